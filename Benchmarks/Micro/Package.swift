// swift-tools-version: 6.3
// Micro-benchmarks for MARCoach (ordo-one/benchmark), a package of its own so that building them stays out of the
// root package's `swift test`. Run from this folder: `swift package --disable-sandbox benchmark`.
import PackageDescription

let package = Package(
    name: "MARCoachMicro",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "MARCoach", path: "../.."),
        // Listing the traits turns off benchmark's default "RuntimeInterposer" trait, whose package
        // (ordo-one/swift-runtime-interposer) is not in the mirror; malloc counts stay on.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "MARCoachMicro",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MARCore", package: "MARCoach"),
                .product(name: "MARScenarios", package: "MARCoach"),
                .product(name: "MARTrainer", package: "MARCoach"),
                .product(name: "MARGenerator", package: "MARCoach"),
            ],
            path: "Benchmarks/MARCoachMicro",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
