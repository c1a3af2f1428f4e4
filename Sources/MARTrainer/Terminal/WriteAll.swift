#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every byte to `fd`, retrying after partial writes and `EINTR`. Returns false on error.
@discardableResult
public func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = bytes.withUnsafeBytes { buf in
            write(fd, buf.baseAddress! + offset, buf.count - offset)
        }
        if n < 0 {
            if errno == EINTR { continue }
            return false
        }
        offset += n
    }
    return true
}
