import MARCore

/// The practice REPL's entry point.
///
/// ```swift
/// let status = Trainer.run(curriculum: curriculum,
///                          options: TrainerOptions(learner: "ana", scenario: "ed-obs-pyelo-fluids"))
/// ```
public enum Trainer {
    /// Runs a session on the process's terminal: GNU readline when stdin is a terminal, plain
    /// lines otherwise (echoed after the prompt so a piped transcript reads well); long screens through
    /// the pager only when stdout is a terminal; colour only
    /// when stdout is a terminal and `NO_COLOR`/`TERM=dumb` do not forbid it. Returns the exit
    /// status (0).
    public static func run(curriculum: Curriculum, options: TrainerOptions) -> Int32 {
        let env = options.environment
        let output = StandardOutput()
        let style = Style.detect(environment: env, stdoutIsTerminal: Terminal.stdoutIsTerminal)
        let input: LineInput
        if Terminal.stdinIsTerminal {
            let completer = Completer(scenarioIDs: curriculum.scenarioIDs,
                                      ruleIDs: options.rules.map(\.id.rawValue),
                                      moduleIDs: curriculum.modules.map(\.id))
            input = LineEditor(completer: completer,
                               historyPath: options.historyPath ?? DataPaths.historyFile(environment: env))
        } else {
            input = PlainInput(output: output, echo: true)
        }
        return run(curriculum: curriculum, options: options, input: input, output: output,
                   width: { Terminal.width(environment: env) }, style: style,
                   pager: Pager.forTerminal(environment: env))
    }

    /// Runs a session on the given input and output (tests, scripted demos).
    public static func run(curriculum: Curriculum, options: TrainerOptions, input: LineInput, output: TextOutput,
                           width: @escaping () -> Int = { Terminal.defaultWidth }, style: Style = .plain,
                           pager: Pager? = nil) -> Int32 {
        let session = Session(curriculum: curriculum, options: options, output: output, width: width, style: style, pager: pager)
        return session.run(input: input)
    }
}
