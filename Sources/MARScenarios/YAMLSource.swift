import Foundation
import Yams

/// Turns file text into a Yams `Node` tree, refusing what is unsafe or not YAML with located errors.
enum YAMLSource {
    /// Reads a file's bytes, refusing files over 1 MiB before reading them whole.
    static func read(path: String, log: DiagnosticLog) -> String? {
        let url = URL(fileURLWithPath: path)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > SourceText.maximumBytes {
            log.error(.start, SourceText.sizeMessage(size))
            return nil
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            log.error(.start, "cannot read the file: \(error.localizedDescription)")
            return nil
        }
        return SourceText.decode(data, log: log)
    }

    /// Parses `text` (one YAML document). Returns nil, with errors logged, when it cannot be used.
    /// Also returns nil, with no error, for a document that holds nothing; callers report that.
    static func compose(_ text: String, log: DiagnosticLog) -> Node? {
        let text = SourceText.withoutByteOrderMark(text)
        guard SourceText.check(text, log: log) else { return nil }
        if let hit = AnchorScan.first(in: text) {
            log.error(hit.location, (hit.isAlias ? "alias '*\(hit.name)'" : "anchor '&\(hit.name)'")
                      + " is not accepted: scenario files do not use YAML anchors or aliases; write the value out in full")
            return nil
        }
        do {
            // The basic resolver: the typed reader reads every scalar as text itself, so skip the tag regexes.
            let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
            let root = try parser.singleRoot()
            // A second net behind the lexical scan: the parser is alive, so anchors are still visible.
            if let root, let at = firstAnchor(in: root, budget: 200_000) {
                log.error(at, "YAML anchors and aliases are not accepted in scenario files; write the value out in full")
                return nil
            }
            return root
        } catch let error as YamlError {
            report(error, text: text, log: log)
            return nil
        } catch {
            log.error(.start, "the file is not valid YAML: \(error)")
            return nil
        }
    }

    private static func report(_ error: YamlError, text: String, log: DiagnosticLog) {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            if let (at, message) = StructureHints.explain(errorLine: SourceLocation(mark).line, lines: SourceLines(text)) {
                log.error(at, message)
                return
            }
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            log.error(SourceLocation(mark), message + hint(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            log.error(SourceLocation(context.mark),
                      "duplicate key \(names): each key may appear once in a map; merge the two or rename one")
        case let .reader(problem, _, _, _):
            log.error(.start, "the file cannot be read as text: \(problem)")
        default:
            log.error(.start, "the file is not valid YAML: \(error)")
        }
    }

    private static func hint(_ problem: String) -> String {
        if problem.contains("Maximum nesting level") {
            return " — lists and maps nest more than 1000 levels deep; a scenario needs only a few"
        }
        if problem.contains("mapping values are not allowed") {
            return "; a ':' followed by a space starts a key — put text containing ': ' in quotes"
        }
        if problem.contains("tab") { return "; indent with spaces, not tabs" }
        return ""
    }

    /// The first node that carries an anchor, visiting at most `budget` nodes.
    private static func firstAnchor(in root: Node, budget: Int) -> SourceLocation? {
        var stack = [root]
        var visited = 0
        while let node = stack.popLast() {
            visited += 1
            if visited > budget { return SourceLocation(node.mark) }
            if node.anchor != nil { return SourceLocation(node.mark) }
            switch node {
            case .mapping(let m): for (k, v) in m { stack.append(k); stack.append(v) }
            case .sequence(let s): stack.append(contentsOf: s)
            default: break
            }
        }
        return nil
    }
}
