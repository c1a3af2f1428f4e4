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
}
