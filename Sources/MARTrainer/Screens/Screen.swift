/// The REPL's screens: pure functions from values to text, laid out for `width` columns and
/// decorated by `style`, so each can be golden-tested. Every screen ends without a newline.
public enum Screen {
    /// A horizontal rule of `width` columns.
    static func rule(_ width: Int, _ style: Style) -> String { style.dim(String(repeating: "─", count: width)) }

    static func spaces(_ n: Int) -> String { String(repeating: " ", count: max(0, n)) }

    /// `96375` or `96375 ×2`.
    static func codeText(_ code: String, units: Int) -> String { units == 1 ? code : "\(code) ×\(units)" }

    /// A percentage without decimals.
    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
}
