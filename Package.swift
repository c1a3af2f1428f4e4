// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MARCoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "marcoach", targets: ["marcoach"]),
        .library(name: "MARCore", targets: ["MARCore"]),
        // For the micro-benchmarks in Benchmarks/Micro (a package of its own, so its build stays out of `swift test`).
        .library(name: "MARScenarios", targets: ["MARScenarios"]),
        .library(name: "MARTrainer", targets: ["MARTrainer"]),
        .library(name: "MARGenerator", targets: ["MARGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // Pure core: model, time arithmetic, rule catalog, engine, answers and scoring. No I/O.
        .target(name: "MARCore"),
        // Reads scenario, formulary, profile and curriculum files; located diagnostics. YAML comes from libyaml's
        // events through Yams's CYaml module (Yams does not publish an event API; the product brings the module).
        .target(name: "MARScenarios", dependencies: ["MARCore", .product(name: "Yams", package: "Yams")]),
        // RFC 4180 CSV reading with line numbers (neither mirrored CSV package reports them; see docs/importing.md).
        .target(name: "MARCSV"),
        // MAR exports (CSV) in and out: import into a `Scenario`, export any scenario as CSV.
        .target(name: "MARImport", dependencies: ["MARCore", "MARScenarios", "MARCSV"]),
        // GNU readline, wrapped for Swift 6 (see shim.h).
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // Generated scenarios from the formulary (pure: returns text; the CLI writes files).
        .target(name: "MARGenerator", dependencies: ["MARCore", "MARScenarios"]),
        // The learner's shell: REPL, rendering, progress store, exams and review.
        .target(name: "MARTrainer", dependencies: ["MARCore", "MARScenarios", "MARGenerator", "CReadline"]),
        // Thin command-line front end.
        .executableTarget(name: "marcoach", dependencies: [
            "MARCore", "MARScenarios", "MARTrainer", "MARGenerator", "MARImport",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks (not tests): `swift build -c release --static-swift-stdlib && .build/release/marcoach-bench`.
        .executableTarget(name: "marcoach-bench", dependencies: ["MARCore", "MARScenarios", "MARTrainer", "MARImport",
                                                                "MARGenerator"]),
        // Test-only: one scratch folder per test process, removed at exit.
        .target(name: "TestScratch", path: "Tests/TestScratch"),
        .testTarget(name: "MARCoreTests", dependencies: [
            "MARCore", "MARScenarios", "MARGenerator",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "MARScenariosTests", dependencies: ["MARCore", "MARScenarios", "MARGenerator", "TestScratch",
                                                     .product(name: "Yams", package: "Yams")],
                    resources: [.copy("Malformed")]),
        .testTarget(name: "MARCSVTests", dependencies: ["MARCSV", "MARGenerator"]),
        .testTarget(name: "MARImportTests", dependencies: ["MARCore", "MARScenarios", "MARGenerator", "MARImport", "MARCSV"],
                    resources: [.copy("Corpus"), .copy("Malformed")]),
        .testTarget(name: "MARGeneratorTests", dependencies: ["MARCore", "MARScenarios", "MARGenerator"]),
        .testTarget(name: "MARTrainerTests", dependencies: ["MARCore", "MARScenarios", "MARTrainer", "MARGenerator",
                                                   "TestScratch"],
                    resources: [.copy("Golden")]),
    ]
)
