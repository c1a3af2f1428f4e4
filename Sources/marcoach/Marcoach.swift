import ArgumentParser

@main
struct Marcoach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marcoach",
        abstract: "Practise coding hospital drug administration (CPT 96360–96549) from a MAR.",
        version: "1.0.0",
        subcommands: [PracticeCommand.self, ExamCommand.self, ReviewCommand.self, CodeCommand.self, CheckCommand.self,
                      ValidateCommand.self, RulesCommand.self, GenerateCommand.self, ProgressCommand.self,
                      NewScenarioCommand.self, ShowCommand.self, ImportCommand.self, AuditCommand.self, ExportCommand.self],
        defaultSubcommand: PracticeCommand.self
    )

    /// As `ParsableCommand.main()`, but the paths of `code` and `validate` skip the parser (see `PathArguments`).
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let paths = PathArguments.extract(from: &arguments)
        do {
            var command = try parseAsRoot(arguments)
            if var code = command as? CodeCommand {
                code.files += paths
                command = code
            } else if var validate = command as? ValidateCommand {
                validate.paths += paths
                command = validate
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
