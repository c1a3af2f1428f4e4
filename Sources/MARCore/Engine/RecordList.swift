/// An administration record's codes or ruled-out codes: its share of one list the whole coding holds, read like an
/// array from index 0 (`filter` and `map` give arrays). A coding's records share one allocation instead of two each;
/// changing one record's list gives that record its own copy, as an array would, and leaves the others as they were.
public struct RecordList<Element>: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
    private var elements: ArraySlice<Element>

    public init() { elements = [] }

    public init(arrayLiteral elements: Element...) { self.elements = elements[...] }

    public init<S: Sequence>(_ elements: S) where S.Element == Element { self.elements = ArraySlice(elements) }

    /// A run's share of its shared list.
    init(sharing elements: ArraySlice<Element>) { self.elements = elements }

    public var startIndex: Int { 0 }
    public var endIndex: Int { elements.count }

    public subscript(position: Int) -> Element {
        get { elements[elements.startIndex + position] }
        set { elements[elements.startIndex + position] = newValue }
    }

    /// Adds an element at the end (the record's list becomes its own).
    public mutating func append(_ element: Element) { elements.append(element) }
}

extension RecordList: Equatable where Element: Equatable {
    public static func == (a: RecordList, b: RecordList) -> Bool { a.elements.elementsEqual(b.elements) }
}

extension RecordList: Hashable where Element: Hashable {
    /// As an array hashes: the count, then each element.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for e in elements { hasher.combine(e) }
    }
}

extension RecordList: Sendable where Element: Sendable {}

extension RecordList: CustomReflectable {
    /// Shown as the list it reads as (not as the shared list it is a part of).
    public var customMirror: Mirror { Mirror(self, unlabeledChildren: Array(elements), displayStyle: .collection) }
}

extension RecordList: CustomStringConvertible {
    public var description: String { Array(elements).description }
}
