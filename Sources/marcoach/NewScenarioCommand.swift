import ArgumentParser
import Foundation
import MARCore
import MARScenarios

struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-scenario",
        abstract: "Write a commented, valid scenario skeleton to edit: Scenarios/<module>/<ID>.yaml.",
        discussion: """
            The skeleton is a complete, commented example case with your id, title and difficulty; --minimal writes the shortest valid case instead (one push, no comments). Either passes `marcoach validate` as written: replace its story, timeline, MAR rows and key with your case, validating as you go, and `marcoach show FILE` to see it as learners will.

            Example:
              marcoach new-scenario m06-dka-fluids-and-insulin \\
                --module 06-hydration --difficulty 3
            """)

    @Argument(help: "The scenario id: kebab-case (lower-case letters and digits joined by '-'), unique in the Scenarios folder.")
    var id: String

    @Option(help: "The module folder under Scenarios (default: the last module of the curriculum, else the Scenarios folder itself).")
    var module: String?

    @Option(help: "The title shown in lists (default: a placeholder to replace).")
    var title: String?

    @Option(help: "1 (first week) to 5 (audit level).")
    var difficulty: Int = ScenarioSkeleton.templateDifficulty

    @ArgumentParser.Flag(help: "Write the shortest valid skeleton (one push, no comments) instead of the commented example case.")
    var minimal = false

    @ArgumentParser.Flag(help: "Overwrite the file if it exists.")
    var force = false

    @OptionGroup var folders: Folders

    func validate() throws {
        guard ScenarioSkeleton.isValidID(id) else {
            throw ValidationError("'\(id)' is not a kebab-case id: use lower-case letters and digits joined by single '-', "
                                  + "like m06-dka-fluids-and-insulin")
        }
        guard (1...5).contains(difficulty) else {
            throw ValidationError("difficulty must be a whole number from 1 to 5, not \(difficulty)")
        }
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty || title.contains(where: \.isNewline) {
            throw ValidationError("the title is one non-empty line shown in lists")
        }
    }

    func run() throws {
        let fm = FileManager.default
        // Why the file goes where it goes, said when there is no course folder to follow.
        var whereNote: String?
        let scenariosRoot: String
        if let found = folders.scenariosDirectory {
            scenariosRoot = found
        } else {
            scenariosRoot = (fm.currentDirectoryPath as NSString).appendingPathComponent("Scenarios")
            whereNote = "No course folder (one holding Curriculum/ and Scenarios/) was found here or above, so the file "
                + "went into a new Scenarios/ folder in the current directory. To add it to a course, run new-scenario "
                + "from the course folder or pass --scenarios DIR."
        }
        let modules = folders.curriculumDirectory.map {
            CurriculumLoader.moduleIDs(path: ($0 as NSString).appendingPathComponent("curriculum.yaml"))
        } ?? []

        let folder: String
        if let module {
            guard modules.isEmpty || modules.contains(module) else {
                let hint = ScenarioSkeleton.closest(to: module, in: modules).map { " — did you mean '\($0)'?" } ?? ""
                printError("marcoach: unknown module '\(module)'\(hint) (curriculum.yaml has: \(modules.joined(separator: ", "))). "
                           + "To start a new module, add it under modules: in Curriculum/curriculum.yaml first, e.g. "
                           + "'- id: \(module)', 'title: …' and 'lesson: lessons/\(module).md' (a Markdown file beside it).")
                throw ExitCode(2)
            }
            folder = (scenariosRoot as NSString).appendingPathComponent(module)
        } else if let last = modules.last {
            folder = (scenariosRoot as NSString).appendingPathComponent(last)
        } else {
            folder = scenariosRoot
        }
        let path = (folder as NSString).appendingPathComponent(id + ".yaml")
        let target = URL(fileURLWithPath: path).standardizedFileURL.path

        if fm.fileExists(atPath: scenariosRoot) {
            let clash = ScenarioSkeleton.existingIDs(in: scenariosRoot).first {
                $0.id == id && URL(fileURLWithPath: $0.path).standardizedFileURL.path != target
            }
            if let clash {
                printError("marcoach: scenario id '\(id)' is already used by \(clash.path); ids are unique across the "
                           + "scenario folder: choose another id")
                throw ExitCode(2)
            }
        }
        if fm.fileExists(atPath: path) && !force {
            printError("marcoach: \(path) already exists; pass --force to overwrite it")
            throw ExitCode(2)
        }

        let draftTitle = title ?? "Draft — \(id) (replace this title)"
        let text = minimal ? ScenarioSkeleton.minimalText(id: id, title: draftTitle, difficulty: difficulty)
            : ScenarioSkeleton.text(id: id, title: draftTitle, difficulty: difficulty)
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            printError("marcoach: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }

        // The skeleton must start green; say so loudly if the formulary or profiles here make it fail.
        let (context, _) = folders.context(near: path, quiet: true)
        let loaded = ScenarioLoader.load(path: path, context: context)
        loaded.diagnostics.forEach { printError($0.description) }
        if let s = loaded.scenario, let key = s.key, !Scorer.assess(key.codes, against: Engine.code(s)).perfect {
            printError("\(path): warning: the skeleton's key disagrees with the engine here; run `marcoach validate \(path)`")
        }

        let shown = shownPath(path)
        print("Wrote \(shown)")
        if let whereNote { print(whereNote) }
        print("""
            It is \(minimal ? "the shortest case" : "a complete example case") that passes validation. Next:
              1. Edit it: replace the story, timeline, MAR rows, key and hints with your case
                 \(minimal ? "(without --minimal, new-scenario writes a copy whose comments say what each field takes)"
                           : "(the comments at the top of the file say what each field takes)")
              2. marcoach validate \(shown)
                 checks the file and compares your key with the engine.
              3. marcoach show \(shown)
                 shows the scenario exactly as learners will see it.
              4. marcoach code \(shown)
                 shows the engine's coding and reasoning, rule by rule.
            """)
    }
}
