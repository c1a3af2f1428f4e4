import Dispatch
import Foundation

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

/// `body(0..<count)` on every core, each result handed to `emit` in index order as soon as it and
/// all before it are done. At most `window` results wait at a time, so memory stays flat however
/// large `count` is. `emit` runs on any worker thread, one call at a time.
public func concurrentOrdered<T: Sendable>(_ count: Int, window: Int = 64, _ body: @Sendable (Int) -> T,
                                           emit: @Sendable (Int, T) -> Void) {
    guard count > 0 else { return }
    let state = OrderedState<T>(window: max(window, 1))
    let workers = min(count, max(ProcessInfo.processInfo.activeProcessorCount, 1))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        state.condition.lock()
        while state.next < count {
            let i = state.next
            if i >= state.written + state.window {
                state.condition.wait()
                continue
            }
            state.next += 1
            state.condition.unlock()
            let result = body(i)
            state.condition.lock()
            state.slots[i % state.window] = result
            // One thread emits at a time, outside the lock, so the others keep taking work meanwhile.
            if !state.emitting {
                state.emitting = true
                while true {
                    var ready: [(Int, T)] = []
                    while state.emitted < count, let r = state.slots[state.emitted % state.window] {
                        state.slots[state.emitted % state.window] = nil
                        ready.append((state.emitted, r))
                        state.emitted += 1
                    }
                    if ready.isEmpty { break }
                    state.condition.unlock()
                    for (index, r) in ready { emit(index, r) }
                    state.condition.lock()
                    state.written += ready.count
                    state.condition.broadcast()
                }
                state.emitting = false
            }
            state.condition.broadcast()
        }
        state.condition.unlock()
    }
}

/// The shared counters of `concurrentOrdered`, guarded by `condition`.
private final class OrderedState<T>: @unchecked Sendable {
    let condition = NSCondition()
    let window: Int
    /// The next index to start, and how many results have been emitted.
    var next = 0, emitted = 0
    /// How many results `emit` has finished with; work starts at most a window ahead of it.
    var written = 0
    /// A thread is handing results to `emit`.
    var emitting = false
    /// Finished results waiting for those before them, at `index % window`.
    var slots: [T?]

    init(window: Int) {
        self.window = window
        slots = Array(repeating: nil, count: window)
    }
}
