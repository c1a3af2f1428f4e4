// libyaml, as built and linked by Yams (its `CYaml` module); Yams does not publish its event parser,
// so the loader drives libyaml's events itself.
import CYaml
import MARCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a `Node` from one YAML document in a single pass over libyaml's events: scalars are copied
/// once from libyaml's buffers, anchors and aliases are refused at the event that carries them (so an
/// "alias bomb" never expands), and duplicate keys are found with a scan of each map's few keys.
enum YAMLEvents {
    /// Why a text is not a usable YAML document, with libyaml's marks.
    enum Failure: Error, Equatable {
        /// A scanner or parser error: `problem` at `mark`, with libyaml's `context` when it gives one.
        case syntax(problem: String, mark: Node.Mark, context: String?, contextMark: Node.Mark)
        /// The bytes are not text (libyaml's reader).
        case reader(problem: String)
        /// `&name` (`isAlias` false) or `*name` at `mark`.
        case anchor(name: String, isAlias: Bool, mark: Node.Mark)
        /// The same key twice in one map: the keys, sorted, and where the first of them first appears.
        case duplicateKeys([String], mark: Node.Mark)
        /// libyaml ran out of memory.
        case memory
    }

    /// The document's root, or nil when the stream holds no document (empty, or only comments).
    /// `preloading`: false leaves the decoding to libyaml's reader (for tests that hold the two ways to each other).
    static func compose(utf8 bytes: UnsafeBufferPointer<UInt8>, preloading: Bool = true) throws(Failure) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw .memory }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        if preloading { preload(&parser, bytes) }
        var builder = TreeBuilder()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw failure(of: parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return builder.root
            case YAML_DOCUMENT_START_EVENT where builder.root != nil:
                throw .syntax(problem: "but found another document", mark: mark(event.start_mark),
                              context: "expected a single document in the stream", contextMark: Node.Mark(line: 1, column: 1))
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                try refuseAnchor(s.anchor, event)
                let bytes = UnsafeBufferPointer(start: s.value, count: s.length)
                let text = String(decoding: bytes, as: UTF8.self)
                let style = Node.Scalar.Style(rawValue: UInt8(truncatingIfNeeded: s.style.rawValue)) ?? .any
                builder.add(.scalar(.init(string: text, style: style, mark: mark(event.start_mark))),
                            keyPrint: builder.expectsKey ? ByteText.fingerprint(bytes, seed: 0) | 1 : 0)
            case YAML_SEQUENCE_START_EVENT:
                try refuseAnchor(event.data.sequence_start.anchor, event)
                builder.open(isMap: false, at: mark(event.start_mark))
            case YAML_MAPPING_START_EVENT:
                try refuseAnchor(event.data.mapping_start.anchor, event)
                builder.open(isMap: true, at: mark(event.start_mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try builder.close()
            case YAML_ALIAS_EVENT:
                throw .anchor(name: name(event.data.alias.anchor), isAlias: true, mark: mark(event.start_mark))
            default:
                continue   // stream start, document start and end
            }
        }
    }

    /// Puts the whole text into libyaml's character buffer, as its reader leaves it at the end of the input, so that
    /// the reader never runs. libyaml decodes and re-encodes its input a character at a time (a sixth of loading a
    /// scenario); the loader's text is already checked UTF-8 without the control characters libyaml refuses,
    /// except C1 controls (U+0080–U+009F but U+0085), which `characterCount` leaves to libyaml's own reader and
    /// its usual error. The buffer's state is the one `yaml_parser_update_buffer` (reader.c) reaches at the end of
    /// the input: every character in it followed by a NUL, `unread` counting characters and the NUL, `eof` set
    /// with the raw buffer empty — from then on the reader returns at once.
    private static func preload(_ parser: inout yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) {
        guard let characters = characterCount(bytes), var start = parser.buffer.start else { return }
        let needed = bytes.count + 1
        if parser.buffer.end - start < needed {
            // libyaml's allocator is malloc and free (yaml_malloc, yaml_free): it frees this buffer when deleted.
            guard let bigger = malloc(needed) else { return }
            free(start)
            start = bigger.assumingMemoryBound(to: yaml_char_t.self)
            parser.buffer.start = start
            parser.buffer.end = start + needed
        }
        if let base = bytes.baseAddress { start.update(from: base, count: bytes.count) }
        start[bytes.count] = 0
        parser.buffer.pointer = start
        parser.buffer.last = start + needed
        parser.unread = characters + 1
        parser.offset = bytes.count
        parser.eof = 1
    }

    /// The characters in checked UTF-8 (bytes that are not continuation bytes), or nil when the text holds a C1
    /// control character libyaml's reader refuses. Eight bytes at a time: an ASCII word is eight characters.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        let high: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0, i = 0
        while i + 8 <= n {
            let w = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if w & high != 0 {
                // A continuation byte has its top bit set and the next one clear.
                continuations += (w & ~(w << 1) & high).nonzeroBitCount
                // U+0080–U+009F are 0xC2 0x80–0x9F (U+0085, NEL, is a line break libyaml accepts).
                for k in 0..<8 where bytes[i + k] == 0xC2 && isC1(bytes, after: i + k) { return nil }
            }
            i += 8
        }
        while i < n {
            if bytes[i] & 0xC0 == 0x80 { continuations += 1 }
            if bytes[i] == 0xC2 && isC1(bytes, after: i) { return nil }
            i += 1
        }
        return n - continuations
    }

    private static func isC1(_ bytes: UnsafeBufferPointer<UInt8>, after lead: Int) -> Bool {
        lead + 1 < bytes.count && (0x80...0x9F).contains(bytes[lead + 1]) && bytes[lead + 1] != 0x85
    }

    private static func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ event: yaml_event_t) throws(Failure) {
        guard let anchor else { return }
        throw .anchor(name: name(anchor), isAlias: false, mark: mark(event.start_mark))
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func mark(_ m: yaml_mark_t) -> Node.Mark { Node.Mark(line: m.line + 1, column: m.column + 1) }

    private static func failure(of parser: yaml_parser_t) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        switch parser.error {
        case YAML_MEMORY_ERROR: return .memory
        case YAML_READER_ERROR: return .reader(problem: problem)
        default:
            return .syntax(problem: problem, mark: mark(parser.problem_mark),
                           context: parser.context.map { String(cString: $0) }, contextMark: mark(parser.context_mark))
        }
    }
}

/// Lists and maps under construction, innermost last. Their nodes wait on one stack shared by all of them (a
/// map's keys and values alternating), and each list or map takes its own, at its exact size, when it closes.
private struct TreeBuilder {
    private struct Open {
        var isMap: Bool
        var mark: Node.Mark
        /// Where its nodes start on the stack.
        var first: Int
    }

    private var open: [Open] = []
    private var stack: [Node] = []
    /// For each node on the stack that is a scalar key of a map, a fingerprint of its bytes (never 0); 0 for any
    /// other node. Duplicate keys are found by comparing these, and the texts only where two are equal.
    private var keyPrints: [UInt64] = []
    private(set) var root: Node?

    /// Whether the next node is a key of the innermost open map.
    var expectsKey: Bool {
        guard let innermost = open.last else { return false }
        return innermost.isMap && (stack.count - innermost.first) % 2 == 0
    }

    mutating func open(isMap: Bool, at mark: Node.Mark) { open.append(Open(isMap: isMap, mark: mark, first: stack.count)) }

    mutating func close() throws(YAMLEvents.Failure) {
        guard let done = open.popLast() else { return }
        let node: Node
        if done.isMap {
            var pairs: [(key: Node, value: Node)] = []
            pairs.reserveCapacity((stack.count - done.first) / 2)
            var i = done.first
            while i + 1 < stack.count { pairs.append((stack[i], stack[i + 1])); i += 2 }
            try refuseDuplicates(pairs, keysFrom: done.first)
            node = .mapping(.init(pairs: pairs, mark: done.mark))
        } else {
            node = .sequence(.init(items: Array(stack[done.first...]), mark: done.mark))
        }
        stack.removeSubrange(done.first...)
        keyPrints.removeSubrange(done.first...)
        add(node, keyPrint: 0)
    }

    /// `keyPrint`: the fingerprint of a scalar key's bytes (`expectsKey`), 0 for any other node.
    mutating func add(_ node: Node, keyPrint: UInt64) {
        if open.isEmpty {
            root = node
        } else {
            stack.append(node)
            keyPrints.append(keyPrint)
        }
    }

    /// Scalar keys that appear more than once: for a scenario's few keys a map, their fingerprints compared (the
    /// texts only where two are equal); a table for long maps. `start`: where the map's nodes start on the stack.
    private func refuseDuplicates(_ pairs: [(key: Node, value: Node)], keysFrom start: Int) throws(YAMLEvents.Failure) {
        var repeated: [String: Node.Mark] = [:]
        if pairs.count <= 32 {
            for i in pairs.indices where keyPrints[start + 2 * i] != 0 {
                let print = keyPrints[start + 2 * i]
                for j in (i + 1)..<pairs.count where keyPrints[start + 2 * j] == print {
                    guard case .scalar(let key) = pairs[i].key, case .scalar(let other) = pairs[j].key,
                          other.string == key.string else { continue }
                    // The first place of each repeated key.
                    if repeated[key.string] == nil { repeated[key.string] = key.mark }
                    break
                }
            }
        } else {
            var first: [String: Node.Mark] = [:]
            for pair in pairs {
                guard case .scalar(let key) = pair.key else { continue }
                if let m = first[key.string] { repeated[key.string] = m } else { first[key.string] = key.mark }
            }
        }
        guard !repeated.isEmpty else { return }
        let names = repeated.keys.sorted()
        throw .duplicateKeys(names, mark: repeated[names[0]]!)
    }
}
