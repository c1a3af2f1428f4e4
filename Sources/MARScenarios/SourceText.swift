import Foundation

/// Checks raw file bytes before any YAML parsing: size, UTF-8, control characters.
enum SourceText {
    /// Largest file the loader reads (1 MiB).
    static let maximumBytes = 1 << 20

    static func sizeMessage(_ bytes: Int) -> String {
        "the file is \(bytes) bytes; scenario and curriculum files are limited to 1 MiB (\(maximumBytes) bytes): "
            + "split it or remove what does not belong in it"
    }

    /// Decodes `data` as UTF-8, or reports where it stops being text.
    static func decode(_ data: Data, log: DiagnosticLog) -> String? {
        guard data.count <= maximumBytes else {
            log.error(.start, sizeMessage(data.count))
            return nil
        }
        // Fast path: valid UTF-8 decodes in one pass; the slow loop below only runs to locate a bad byte.
        if let text = String(validating: data, as: UTF8.self) {
            return check(text, log: log) ? text : nil
        }
        var line = 1, column = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                log.error(SourceLocation(line: line, column: column),
                          "the file is not UTF-8 text (binary data or another encoding?): save it as UTF-8 YAML")
                return nil
            }
        }
        let text = String(scalars)
        return check(text, log: log) ? text : nil
    }

    /// The text without a leading byte-order mark (Notepad's "UTF-8 with BOM"), which YAML would
    /// otherwise read as part of the first key.
    /// The bytes without a leading UTF-8 byte order mark (EF BB BF).
    static func withoutByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())) : text
    }

    /// Refuses oversize text and control characters (which libyaml rejects without a useful place).
    static func check(_ text: String, log: DiagnosticLog) -> Bool {
        let count = text.utf8.count
        guard count <= maximumBytes else {
            log.error(.start, sizeMessage(count))
            return false
        }
        // Fast path on bytes, eight at a time: no control character, DEL, or U+FFFE/U+FFFF anywhere (a `String` is
        // valid UTF-8 already, so the rest of `isCleanUTF8`'s test always passes).
        var text = text
        if text.withUTF8({ isCleanUTF8($0) }) { return true }
        var line = 1, column = 1
        for s in text.unicodeScalars {
            if s == "\n" { line += 1; column = 1; continue }
            if s.value < 0x20 && s != "\t" && s != "\r" || s.value == 0x7F || s == "\u{FFFE}" || s == "\u{FFFF}" {
                log.error(SourceLocation(line: line, column: column),
                          "the file contains a control character (U+\(String(s.value, radix: 16, uppercase: true))): "
                          + "it is not plain text (binary data?)")
                return false
            }
            column += 1
        }
        return true
    }
}
