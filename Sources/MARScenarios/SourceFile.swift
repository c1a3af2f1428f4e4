import Foundation

/// A file read whole with one `open`, `fstat` and `read`: the size limit comes from `fstat` before
/// any byte is read, and the bytes are checked (UTF-8, no control characters) in one pass.
enum SourceFile {
    /// The file's text, or nil with the problem logged (unreadable, too large, not UTF-8 text).
    static func text(path: String, log: DiagnosticLog) -> String? {
        bytes(path: path, log: log).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file's bytes, checked as `text` checks them (clean UTF-8 text), or nil with the problem logged.
    static func bytes(path: String, log: DiagnosticLog) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            log.error(.start, "cannot read the file: \(errorText(errno))")
            return nil
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            log.error(.start, "cannot read the file: \(errorText(errno))")
            return nil
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            log.error(.start, "cannot read the file: it is a folder")
            return nil
        }
        let size = Int(info.st_size)
        guard size <= SourceText.maximumBytes else {
            log.error(.start, SourceText.sizeMessage(size))
            return nil
        }
        // One byte more than the limit, so a file that grew since `fstat` is still caught.
        let capacity = max(size, 0) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        let failed: Int32? = bytes.withUnsafeMutableBytes { buffer in
            while count < capacity {
                let n = read(fd, buffer.baseAddress! + count, capacity - count)
                if n == 0 { break }
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                count += n
            }
            return nil
        }
        if let failed {
            log.error(.start, "cannot read the file: \(errorText(failed))")
            return nil
        }
        if count > size {
            // The file grew while it was read (or `fstat` gave no size): read the rest the slow way.
            guard let data = FileManager.default.contents(atPath: path) else {
                log.error(.start, "cannot read the file")
                return nil
            }
            return SourceText.decode(data, log: log).map { Array($0.utf8) }
        }
        bytes.removeLast(capacity - count)
        guard SourceText.isCleanUTF8(bytes) else {
            // Not text: the slow path locates the first bad byte with the usual messages.
            return SourceText.decode(Data(bytes), log: log).map { Array($0.utf8) }
        }
        return bytes
    }

    private static func errorText(_ code: Int32) -> String {
        code == ENOENT ? "no such file" : String(cString: strerror(code))
    }
}

extension SourceText {
    /// One pass over `bytes`: valid UTF-8 (no overlong forms, no surrogates), and none of the characters
    /// `check` refuses (control characters other than tab, line feed and carriage return; DEL; U+FFFE; U+FFFF).
    static func isCleanUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isCleanUTF8($0) }
    }

    /// The same test on bytes in place (a file's, or a `String`'s own).
    static func isCleanUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = p.count
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        while i < n {
            // Eight printable ASCII bytes at a time: none with the high bit, none below 0x20, none 0x7F
            // (the bit tricks say exactly whether any byte is below a bound when all are ASCII).
            if i + 8 <= n {
                let w = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let notDEL = w ^ (ones &* 0x7F)
                let flagged = (w | ((w &- ones &* 0x20) & ~w) | ((notDEL &- ones) & ~notDEL)) & high
                if flagged == 0 {
                    i += 8
                    continue
                }
            }
            let b = p[i]
            if b < 0x80 {
                if b < 0x20 {
                    if b != 0x0A && b != 0x09 && b != 0x0D { return false }
                } else if b == 0x7F {
                    return false
                }
                i += 1
                continue
            }
            let length: Int
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; scalar = UInt32(b & 0x07)
            default: return false
            }
            guard i + length <= n else { return false }
            for k in 1..<length {
                let c = p[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            switch length {
            case 3 where scalar < 0x800 || (0xD800...0xDFFF).contains(scalar) || scalar == 0xFFFE || scalar == 0xFFFF:
                return false
            case 4 where scalar < 0x10000 || scalar > 0x10FFFF:
                return false
            default: break
            }
            i += length
        }
        return true
    }
}
