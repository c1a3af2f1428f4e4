/// Scenario paths are taken out of the command line before the argument parser sees it.
///
/// swift-argument-parser (1.8.2) stores each repeated positional value by copying the array parsed so
/// far out of its `Any` box and merging a `Set` of input origins that grows by one per value
/// (`ParsedValues.update`), so n paths cost O(n²): 4.5 s of 11.7 s at 10,000 files. Here the paths are
/// collected in one pass; the parser gets only the sub-command and its options.
enum PathArguments {
    /// Sub-commands whose positional arguments are paths, with each option that takes a value (its
    /// value is never a path). Keep in step with the commands' `@Option`s and `Folders`.
    static let valueOptions: [String: Set<String>] = [
        CodeCommand.configuration.commandName!: ["--format", "--profile", "--files-from", "--curriculum", "--scenarios"],
        ValidateCommand.configuration.commandName!: ["--format", "--files-from", "--curriculum", "--scenarios"],
    ]

    /// Removes the positional paths from `arguments` (without the executable's name) and returns them
    /// in order; leaves `arguments` untouched for other sub-commands.
    static func extract(from arguments: inout [String]) -> [String] {
        guard let command = arguments.first, let options = valueOptions[command] else { return [] }
        var kept = [command]
        var paths: [String] = []
        var i = 1
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                paths += arguments[(i + 1)...]
                break
            }
            if a.hasPrefix("-") && a.count > 1 {
                kept.append(a)
                if options.contains(a) && i + 1 < arguments.count {
                    kept.append(arguments[i + 1])
                    i += 1
                }
            } else {
                paths.append(a)
            }
            i += 1
        }
        arguments = kept
        return paths
    }
}
