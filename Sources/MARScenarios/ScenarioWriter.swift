import MARCore

/// Writes a `Scenario` as scenario-format YAML (`scenario-format.md`, version 1): the inverse of
/// `ScenarioLoader`. Loading the text again (with the same profiles, and a formulary that agrees on
/// aliases) gives back every field the model holds.
///
/// Choices that make the text reload exactly:
/// - Every time is written `YYYY-MM-DD HH:MM`, so years are explicit and `encounter.year` is not
///   needed (D7 never has to infer one).
/// - Every row states `drug`, `class` and `route`, so nothing depends on the formulary's defaults.
/// - An entry is a compact string (`2026-01-04 21:10 New Bag pump alarm`) unless it carries a rate,
///   purpose, reason or dose, or a note the compact form would change (surrounding spaces, a line
///   break); those entries are maps `{at, action, rate, dose, purpose, reason, note}`.
/// - `policy:` lists only the keys whose value differs from the scenario's profile.
/// - Text is written plain when YAML reads it back unchanged, as a literal block (`|`, `|-`, `|+`)
///   when it spans lines, and double-quoted with escapes otherwise.
public enum ScenarioWriter {
    /// The scenario as YAML text. `profiles` resolves `profile:` so that `policy:` holds only the
    /// scenario's own overrides; pass the store the text will be loaded with.
    public static func write(_ s: Scenario, profiles: ProfileStore = .builtIn) -> String {
        var out = YAMLOut()
        out.line("format: \(ScenarioLoader.formatVersion)")
        out.field("id", s.id, indent: 0)
        out.field("title", s.title, indent: 0)
        out.line("difficulty: \(s.difficulty)")
        if !s.topics.isEmpty { out.list("topics", s.topics, indent: 0) }
        out.line("setting: \(s.setting.rawValue)")
        out.field("profile", s.profile, indent: 0)
        let base = profiles.profile(s.profile)?.policy ?? Policy()
        let overrides = Policy.keys.compactMap { key -> (String, String)? in
            let v = policyValue(key, s.policy)
            return v == policyValue(key, base) ? nil : (key, v)
        }
        if !overrides.isEmpty {
            out.line("policy:")
            for (k, v) in overrides { out.line("  \(k): \(v)") }
        }
        if !s.story.isEmpty { out.field("story", s.story, indent: 0) }

        out.line("encounter:")
        out.line("  timeline:")
        for e in s.timeline { out.item(time(e.at) + " " + e.text, indent: 4) }

        if !s.sites.isEmpty {
            out.line("sites:")
            for site in s.sites {
                let key = YAMLOut.key(site.id)
                if site.device == .peripheral && site.separate == nil {
                    out.field(key, site.description, indent: 2, rawKey: true)
                } else {
                    out.line("  \(key):")
                    out.field("description", site.description, indent: 4)
                    out.line("    device: \(site.device.rawValue)")
                    if let sep = site.separate { out.field("separate", sep, indent: 4) }
                }
            }
        }

        out.line("mar:")
        for row in s.mar { writeRow(row, to: &out) }

        if let key = s.key {
            out.line("key:")
            out.line("  codes: " + flowList(key.codes.items.map(codeText)))
            if let byDept = key.byDepartment {
                if byDept.isEmpty {
                    out.line("  by_department: {}")
                } else {
                    out.line("  by_department:")
                    for d in Department.allCases {
                        guard let a = byDept[d] else { continue }
                        out.line("    \(d.rawValue): " + flowList(a.items.map(codeText)))
                    }
                }
            }
            if let r = key.rationale { out.field("rationale", r, indent: 2) }
        }
        if !s.hints.isEmpty { out.list("hints", s.hints, indent: 0) }
        if let t = s.teaching { out.field("teaching", t, indent: 0) }
        return out.text
    }

    /// `2026-01-04 21:10`: the date with its year, then the clock.
    public static func time(_ i: Instant) -> String { i.date.iso + " " + i.clock }

    /// A key code as answers write it (`Answer.Item.text`), with its department when it has one (`OBS: 96376`).
    static func codeText(_ item: Answer.Item) -> String {
        item.department.map { "\($0.rawValue): \(item.text)" } ?? item.text
    }

    /// A policy key's value as `policy:` writes it (`true`, `30`, `sumTimes`).
    static func policyValue(_ key: String, _ p: Policy) -> String {
        PolicyOption.named(key)?.value(in: p) ?? ""
    }

    private static func writeRow(_ row: MARRow, to out: inout YAMLOut) {
        out.field("- med", row.med, indent: 2, rawKey: true, contentIndent: 4)
        out.field("drug", row.drug.description, indent: 4)
        out.line("    class: \(row.drugClass.rawValue)")
        out.line("    route: \(row.route.rawValue)")
        if let site = row.site { out.field("site", site, indent: 4) }
        if let order = row.order { out.field("order", order, indent: 4) }
        if !row.necessity { out.line("    necessity: not-documented") }
        if let v = row.volumeML { out.line("    volume: \(decimal(v)) mL") }
        if let p = row.pump { out.line("    pump: \(p.rawValue)") }
        if let p = row.plannedMinutes { out.line("    planned: \(p) min") }
        if row.primary { out.line("    primary: true") }
        if let b = row.bundled { out.field("bundled", b, indent: 4) }
        if row.entries.isEmpty {
            out.line("    entries: []")
            return
        }
        out.line("    entries:")
        for e in row.entries { writeEntry(e, to: &out) }
    }

    /// The action word to write: the charted spelling when it reads back as the same action.
    private static func actionWord(_ e: MAREntry) -> String {
        Action.named(e.charted.trimmingWhitespace()) == e.action && !e.charted.isEmpty ? e.charted : e.action.rawValue
    }

    private static func writeEntry(_ e: MAREntry, to out: inout YAMLOut) {
        let word = actionWord(e)
        let needsMap = e.rate != nil || e.purpose != nil || e.reaction || e.dose != nil
        if !needsMap {
            let rest = word + (e.note.map { " " + $0 } ?? "")
            let noteFits = e.note.map { !$0.isEmpty && $0 == $0.trimmingWhitespace() && !$0.contains("\n") } ?? true
            // The loader must find this very action and note again.
            if noteFits, let (action, charted, after) = EntryReader.matchAction(Substring(rest)),
               action == e.action, charted == word, Self.note(after) == e.note {
                out.item(time(e.at) + " " + rest, indent: 6)
                return
            }
        }
        out.line("      - at: " + time(e.at))
        out.field("action", word, indent: 8)
        if let r = e.rate { out.field("rate", decimal(r.amount) + " " + r.unit + "/hr", indent: 8) }
        if let d = e.dose { out.field("dose", d, indent: 8) }
        if let p = e.purpose { out.line("        purpose: \(p.rawValue)") }
        if e.reaction { out.line("        reason: reaction") }
        if let n = e.note { out.field("note", n, indent: 8) }
    }

    /// A number as plain decimal digits (`1000`, `12.5`, `0.00001`), never in exponent form, which
    /// `Quantities` does not read (`formatNumber` and `Rate.description` give `1e-05`). Exact: the
    /// digits are those of Swift's shortest round-trip form, only the decimal point moves.
    public static func decimal(_ x: Double) -> String {
        let text = formatNumber(x)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exp = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), frac = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + frac
        let point = whole.count + exp       // position of the decimal point within `digits`
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        while out.contains("."), out.hasSuffix("0") { out.removeLast() }
        if out.hasSuffix(".") { out.removeLast() }
        return (negative ? "-" : "") + out
    }

    /// The note the loader reads from the text after a compact entry's action.
    private static func note(_ after: Substring) -> String? {
        let t = after.trimmingWhitespace()
        return t.isEmpty ? nil : t
    }

    /// `[96365, 96361x2, "OBS: 96376"]`.
    static func flowList(_ items: [String]) -> String {
        "[" + items.map { t in
            t.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" } && t.first?.isNumber == true
                ? t : YAMLOut.doubleQuoted(t)
        }.joined(separator: ", ") + "]"
    }
}

/// Line-by-line YAML text with the scalar styles the writer needs.
struct YAMLOut {
    var text = ""

    mutating func line(_ s: String) { text += s + "\n" }

    /// `key: value` at `indent`, the value in a style that reads back unchanged. `rawKey` writes the
    /// key as given (already safe, or `- med` for a list item); block content goes at `contentIndent`
    /// (default `indent + 2`).
    mutating func field(_ key: String, _ value: String, indent: Int, rawKey: Bool = false, contentIndent: Int? = nil) {
        let pad = String(repeating: " ", count: indent)
        let k = rawKey ? key : Self.key(key)
        line(pad + k + ": " + Self.scalar(value, blockIndent: contentIndent ?? indent + 2))
    }

    /// `- value` at `indent`.
    mutating func item(_ value: String, indent: Int) {
        line(String(repeating: " ", count: indent) + "- " + Self.scalar(value, blockIndent: indent + 2))
    }

    /// `key:` and a block list of text items.
    mutating func list(_ key: String, _ values: [String], indent: Int) {
        line(String(repeating: " ", count: indent) + Self.key(key) + ":")
        for v in values { item(v, indent: indent + 2) }
    }

    /// A mapping key: plain when safe, else double-quoted.
    static func key(_ s: String) -> String { isPlainSafe(s) ? s : doubleQuoted(s) }

    /// A scalar value: plain, literal block (content at `blockIndent`), or double-quoted.
    static func scalar(_ s: String, blockIndent: Int) -> String {
        if isPlainSafe(s) { return s }
        if let block = literalBlock(s, indent: blockIndent) { return block }
        return doubleQuoted(s)
    }

    /// Characters YAML treats as line breaks or strips, or that a printable scalar may not hold.
    static func isSpecial(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\t") || u.value == 0x7F || u.value == 0x85 || u.value == 0x2028 || u.value == 0x2029
            || u.value == 0xFEFF || (0x80...0x9F).contains(u.value) || (0xD800...0xDFFF).contains(u.value)
            || u.value == 0xFFFE || u.value == 0xFFFF
    }

    /// True when `s` written plain (in block context) reads back as the same string.
    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        guard first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        guard last != " " && last != "\t" && last != ":" else { return false }
        if s.unicodeScalars.contains(where: { isSpecial($0) || $0 == "\t" }) { return false }
        if s.contains(": ") || s.contains(" #") { return false }
        if ["null", "~"].contains(s.lowercased()) { return false }
        return true
    }

    /// `|`, `|-` or `|+` with the lines at `indent`, when the text is multi-line and a literal block
    /// keeps it exactly; nil otherwise.
    static func literalBlock(_ s: String, indent: Int) -> String? {
        guard s.contains("\n"), onlyBreaksAndTabs(s) else { return nil }
        guard let first = s.first, first != " " && first != "\t" && first != "\n" else { return nil }
        var body = Substring(s)
        var trailing = 0
        while body.last == "\n" { body.removeLast(); trailing += 1 }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // A line of only blanks is not kept exactly by a literal block.
        if lines.contains(where: { !$0.isEmpty && $0.allSatisfy { $0 == " " || $0 == "\t" } }) { return nil }
        let chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let pad = String(repeating: " ", count: indent)
        var out = "|" + chomp
        for l in lines { out += "\n" + (l.isEmpty ? "" : pad + l) }
        for _ in 0..<max(0, trailing - 1) { out += "\n" }
        return out
    }

    private static func onlyBreaksAndTabs(_ s: String) -> Bool {
        !s.unicodeScalars.contains { isSpecial($0) && $0 != "\n" }
    }

    /// A double-quoted scalar, escaping `\`, `"`, and every control or line-break character.
    static func doubleQuoted(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isSpecial(u) {
                    out += u.value > 0xFFFF ? "\\U" + hex(u.value, width: 8) : "\\u" + hex(u.value, width: 4)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }
}
