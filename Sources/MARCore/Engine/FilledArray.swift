extension Array {
    /// `count` copies of `value`, like `Array(repeating:count:)`. That initializer allocates through a standard-library
    /// function that is never specialized, which looks the storage's generic class up at run time on every call
    /// (about 700 instructions; a 30-row run made 13 such tables). Reserving and appending here is specialized for the
    /// element type.
    @inline(__always)
    init(filling value: Element, count: Int) {
        self.init()
        // Written straight into new storage: appending one at a time checks the storage's uniqueness each time (a
        // runtime call), and `append(contentsOf:)` reads a sequence element by element.
        append(addingCapacity: count) { span in
            for _ in 0..<count { span.append(value) }
        }
    }
}
