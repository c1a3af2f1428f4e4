#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Room for `capacity` values of `T` from `malloc`, for the run's own lists. `UnsafeMutablePointer.allocate` asks the
/// runtime for aligned memory (`posix_memalign`, about twice `malloc`'s instructions) even where `malloc`'s
/// 16-byte alignment serves; a run makes half a dozen such lists.
func plainAllocate<T>(_: T.Type, capacity: Int) -> UnsafeMutablePointer<T> {
    precondition(MemoryLayout<T>.alignment <= 16, "malloc aligns to 16 bytes")
    guard let raw = malloc(max(1, capacity) * MemoryLayout<T>.stride) else { fatalError("out of memory") }
    return raw.bindMemory(to: T.self, capacity: capacity)
}

/// Frees memory from `plainAllocate` (its values already deinitialized or moved out).
func plainFree<T>(_ pointer: UnsafeMutablePointer<T>) {
    free(pointer)
}
