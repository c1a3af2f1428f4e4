import Dispatch

/// `body(0..<count)` on every core, results in index order. Files are independent, so loading,
/// coding and rendering them in parallel needs no other coordination.
public func concurrentMap<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        let out = UnsafeMutableSendableBuffer(buffer)
        DispatchQueue.concurrentPerform(iterations: count) { i in out.buffer[i] = body(i) }
    }
    return results.map { $0! }
}

/// Lets `concurrentPerform` write disjoint slots of one buffer.
private struct UnsafeMutableSendableBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ b: UnsafeMutableBufferPointer<T>) { buffer = b }
}
