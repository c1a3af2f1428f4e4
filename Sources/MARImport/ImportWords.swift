import MARCore
import MARScenarios

/// The closed word lists an import reads, with the spellings EHR reports use.
enum ImportWords {
    /// Route spellings of EHR reports beyond the scenario format's own words, mapped to a route.
    /// Only spellings whose meaning is not in doubt: `Intravenous` leaves push or infusion to the
    /// charted times, exactly as the scenario format's `IV` does.
    static let routeAliases: [(String, Route)] = [
        ("Intravenous", .iv), ("IVPB", .ivPiggyback), ("IV Continuous", .ivInfusion), ("Continuous IV", .ivInfusion),
        ("Intramuscular", .im), ("Subcutaneous", .subQ), ("SQ", .subQ), ("SC", .subQ), ("Oral", .po), ("By Mouth", .po),
        ("Sublingual", .sl), ("Rectal", .pr), ("Inhaled", .inhalation), ("Nasal", .intranasal), ("Intrathecal", .intrathecal),
    ]

    static func route(_ text: String) -> Route? {
        let t = text.trimmingBlanks().lowercased()
        if let r = Route.allCases.first(where: { $0.rawValue.lowercased() == t }) { return r }
        return routeAliases.first { $0.0.lowercased() == t }?.1
    }

    static let routeWords = Route.allCases.map(\.rawValue)

    static func drugClass(_ text: String) -> DrugClass? {
        let t = text.trimmingBlanks().lowercased()
        return DrugClass.allCases.first { $0.rawValue.lowercased() == t }
    }

    /// `unknown KIND 'word' — did you mean 'x'? (accepted: a, b, c)`
    static func unknown(_ kind: String, _ word: String, _ candidates: [String], listed: [String]? = nil) -> String {
        let shown = word.count > 60 ? String(word.prefix(57)) + "…" : word
        let guess = Suggestion.closest(to: word, in: candidates).map { " — did you mean '\($0)'?" } ?? ""
        return "unknown \(kind) '\(shown)'\(guess) (accepted: " + (listed ?? candidates).joined(separator: ", ") + ")"
    }

    static let eventWords = ["ED arrival", "Arrival", "Observation order", "Inpatient order", "Discharge", "Transfer <DEPT>"]
    static let eventCandidates = ["ED arrival", "Arrival", "Observation order", "Inpatient order", "Discharge",
                                  "Transfer ED", "Transfer OBS", "Transfer CLINIC"]

    /// A timeline event from its words (and a Department cell, when the timeline has one).
    static func event(_ text: String, department: String?) -> Result<(TimelineEvent.Kind, String), ImportWords.Problem> {
        let words = text.split(separator: " ").map { $0.lowercased() }
        let dept = department?.trimmingBlanks() ?? ""
        let deptValue = Department.allCases.first { $0.rawValue.lowercased() == dept.lowercased() }
        switch words {
        case ["ed", "arrival"]: return .success((.arrival(.ED), "ED arrival"))
        case ["arrival"]:
            return deptValue == .ED ? .success((.arrival(.ED), "ED arrival")) : .success((.arrival(.CLINIC), "Arrival"))
        case ["observation", "order"]: return .success((.observationOrder, "Observation order"))
        case ["inpatient", "order"]: return .success((.inpatientOrder, "Inpatient order"))
        case ["discharge"]: return .success((.discharge, "Discharge"))
        default: break
        }
        if words.first == "transfer" {
            var target = text.split(separator: " ").dropFirst().joined(separator: " ")
            if target.isEmpty { target = dept }
            let names = Department.allCases.map(\.rawValue).filter { $0 != "INPATIENT" }
            guard !target.isEmpty else {
                return .failure(Problem(message: "Transfer needs a department: Transfer ED, Transfer OBS or Transfer CLINIC"))
            }
            if target.uppercased() == "INPATIENT" {
                return .failure(Problem(message: "'Transfer INPATIENT' is not accepted: inpatient status starts with an "
                                        + "'Inpatient order' event; write that instead (rules.md D23)"))
            }
            guard let d = Department.allCases.first(where: { $0.rawValue.lowercased() == target.lowercased() }) else {
                return .failure(Problem(message: unknown("department", target, names)))
            }
            return .success((.transfer(d), "Transfer \(d.rawValue)"))
        }
        if text.isEmpty {
            return .failure(Problem(message: "the event is empty (accepted: " + eventWords.joined(separator: ", ") + ")"))
        }
        return .failure(Problem(message: unknown("timeline event", text, eventCandidates, listed: eventWords)))
    }

    struct Problem: Error { var message: String }

    /// The action a cell names, with its charted spelling; case-insensitive, the whole cell.
    static func action(_ text: String) -> (Action, String)? {
        let t = text.trimmingBlanks()
        return Action.named(t).map { ($0, t) }
    }

    static let actionSpellings = Action.allSpellings.map(\.0)

    static func unknownAction(_ text: String) -> String {
        let shown = text.count > 60 ? String(text.prefix(57)) + "…" : text
        let guess = Suggestion.closest(to: text, in: actionSpellings).map { " — did you mean '\($0)'?" } ?? ""
        return "unknown action '\(shown)'\(guess) (accepted: " + Action.allCases.map(\.rawValue).joined(separator: ", ")
            + ", or an alias from scenario-format.md)"
    }
}
