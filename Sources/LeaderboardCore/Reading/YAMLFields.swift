import Foundation
import Yams

/// Typed, located access to a front-matter mapping. Every problem becomes a diagnostic that
/// points at the offending key or value; nothing throws.
struct YAMLFields {
    let path: String
    private let lines: [Substring]
    private let lineOffset: Int
    private var members: [(key: String, keyNode: FieldNode, value: FieldNode)] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var used = Set<String>()
    private(set) var isValid = false

    /// Parses `yaml`, which starts on file line `firstLine`.
    init(yaml: String, firstLine: Int, path: String, allowFlatReader: Bool = true) {
        self.path = path
        self.lineOffset = firstLine - 1
        if allowFlatReader, let flat = FlatFrontMatter.read(yaml) {
            lines = []
            members = flat
            isValid = true
            return
        }
        self.lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            // No implicit-type regexes (we read scalars as text and recognise null ourselves) and no
            // environment lookup for the encoding: together they were a fifth of loading time.
            guard let root = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                diagnostics.append(.error(SourceLocation(path: path, line: firstLine), "front matter is empty"))
                return
            }
            guard case .mapping(let mapping) = root else {
                diagnostics.append(.error(location(convert(root)), "front matter must be a mapping of `key: value` lines"))
                return
            }
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else {
                    diagnostics.append(.error(location(convert(key)), "front-matter keys must be plain words"))
                    continue
                }
                members.append((scalar.string, convert(key), convert(value)))
            }
            isValid = true
        } catch let error as YamlError {
            diagnostics.append(Self.diagnostic(for: error, path: path, lineOffset: lineOffset, lines: lines))
        } catch {
            diagnostics.append(.error(SourceLocation(path: path, line: firstLine), "front matter could not be read: \(error)"))
        }
    }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int, lines: [Substring]) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: byteColumn(lines: lines, line: mark.line, scalarColumn: mark.column))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let contextLine = context.map { $0.mark.line + lineOffset }
            var parser = problem
            if let context, let contextLine { parser += " (\(context.text) on line \(contextLine))" }
            guard let plain = plainWords(problem: problem, context: context?.text ?? "", contextLine: contextLine) else {
                return .error(at(mark), "malformed YAML: \(parser)")
            }
            return .error(at(mark), "malformed YAML: \(plain) [YAML parser: \(parser)]")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at(context.mark), "duplicate front-matter key \(duplicates.sorted().map { "`\($0)`" }.joined(separator: ", "))")
        case let .reader(problem, _, _, _):
            return .error(SourceLocation(path: path, line: lineOffset + 1), "front matter could not be read: \(problem)")
        default:
            return .error(SourceLocation(path: path, line: lineOffset + 1), "front matter could not be read: \(error)")
        }
    }

    /// What libyaml's most common complaints mean for someone writing front matter by hand; nil
    /// for the rest, which are shown as libyaml words them.
    static func plainWords(problem: String, context: String, contextLine: Int?) -> String? {
        let opened = contextLine.map { " on line \($0)" } ?? ""
        switch problem {
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return "a tab indents this line; YAML indents with spaces only"
        case "found character that cannot start any token":
            return "this character cannot start a YAML value; put the value in quotes, e.g. `key: \"@value\"`"
        case "did not find expected ',' or ']'":
            return "the list opened with `[`\(opened) is not closed with `]`, or an item in it needs quotes"
        case "did not find expected ',' or '}'":
            return "the mapping opened with `{`\(opened) is not closed with `}`, or a value in it needs quotes"
        case "mapping values are not allowed in this context":
            return "a `key: value` inside another value: fix this line's indentation, or put a value that holds `: ` in quotes"
        case "did not find expected key":
            return context.contains("block mapping")
                ? "this line does not line up as a `key: value` line of the mapping started\(opened); check its indentation"
                : "a `key: value` line was expected here; check the indentation"
        case "could not find expected ':'":
            return "a line without `key: value`; add the `:` after the key, or put a long value in quotes on one line"
        case "found unexpected end of stream":
            return context.contains("quoted scalar")
                ? "the quoted value opened\(opened) is never closed"
                : "the front matter ends in the middle of a value"
        case "found unknown escape character":
            return "an unknown backslash escape in a double-quoted value; use single quotes, or write `\\\\` for a backslash"
        case "block sequence entries are not allowed in this context":
            return "a `- ` list item where a value was expected; put the list on the lines below its key"
        default:
            return nil
        }
    }

    /// libyaml counts columns in Unicode scalars; diagnostics use UTF-8 byte columns.
    private static func byteColumn(lines: [Substring], line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lines.count else { return scalarColumn }
        var bytes = 0
        var scalars = 0
        for scalar in lines[line - 1].unicodeScalars {
            if scalars >= scalarColumn - 1 { break }
            bytes += UTF8.width(scalar)
            scalars += 1
        }
        return bytes + 1 + max(0, scalarColumn - 1 - scalars)
    }

    func location(_ node: FieldNode) -> SourceLocation {
        guard let line = node.line else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: line + lineOffset, column: node.column)
    }

    /// Yams' node with its position turned into a byte column.
    private func convert(_ node: Node) -> FieldNode {
        let line = node.mark?.line
        let column = node.mark.map { Self.byteColumn(lines: lines, line: $0.line, scalarColumn: $0.column) } ?? 1
        switch node {
        case .scalar(let scalar):
            return FieldNode(value: .scalar(FieldScalar(string: scalar.string, isPlain: scalar.style == .plain,
                                                        isNullTag: scalar.tag.description == Tag.Name.null.rawValue)), line: line, column: column)
        case .sequence(let sequence):
            return FieldNode(value: .sequence(sequence.map(convert)), line: line, column: column)
        case .mapping(let mapping):
            return FieldNode(value: .mapping(mapping.map { (key: convert($0.key), value: convert($0.value)) }), line: line, column: column)
        case .alias:
            return FieldNode(value: .alias, line: line, column: column)
        }
    }

    var startLocation: SourceLocation { SourceLocation(path: path, line: lineOffset + 1) }

    func node(_ key: String) -> FieldNode? { members.first { $0.key == key }?.value }
    func keyLocation(_ key: String) -> SourceLocation? { members.first { $0.key == key }.map { location($0.keyNode) } }
    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Every member in order with positions, for comparing the two readers in tests.
    var canonicalMembers: String {
        members.map { "\($0.key)\($0.keyNode.canonical) = \($0.value.canonical)" }.joined(separator: "\n")
    }

    mutating func error(_ location: SourceLocation, _ message: String) { diagnostics.append(.error(location, message)) }
    mutating func warning(_ location: SourceLocation, _ message: String) { diagnostics.append(.warning(location, message)) }

    /// A scalar as text. YAML null (`~`, empty) counts as absent.
    mutating func string(_ key: String, required: Bool = false, what: String = "") -> String? {
        used.insert(key)
        guard let node = node(key) else {
            if required { error(startLocation, "missing required field `\(key)`\(what.isEmpty ? "" : " (\(what))")") }
            return nil
        }
        guard case .scalar(let scalar) = node.value else {
            error(location(node), "`\(key)` must be text, not \(Self.kind(node))")
            return nil
        }
        if scalar.isNullTag || (scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)) {
            if required { error(location(node), "`\(key)` is empty") }
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace()
        if trimmed.isEmpty {
            if required { error(location(node), "`\(key)` is empty") }
            return nil
        }
        return trimmed
    }

    mutating func number(_ key: String, required: Bool = false) -> (Double, SourceLocation)? {
        used.insert(key)
        guard let node = node(key) else {
            if required { error(startLocation, "missing required field `\(key)`") }
            return nil
        }
        return number(node, name: "`\(key)`")
    }

    mutating func number(_ node: FieldNode, name: String) -> (Double, SourceLocation)? {
        let loc = location(node)
        guard case .scalar(let scalar) = node.value, let value = Self.parseNumber(scalar.string) else {
            error(loc, "\(name) must be a number")
            return nil
        }
        guard value.isFinite else {
            error(loc, "\(name) must be a finite number, not \(scalar.string)")
            return nil
        }
        return (value, loc)
    }

    mutating func integer(_ key: String) -> Int? {
        used.insert(key)
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node.value, let value = Int(scalar.string.trimmingWhitespace()) else {
            error(location(node), "`\(key)` must be a whole number")
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        used.insert(key)
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node.value, let value = Bool(scalar.string.lowercased()) else {
            error(location(node), "`\(key)` must be true or false")
            return nil
        }
        return value
    }

    /// A list of scalars; a single scalar is accepted as a list of one.
    mutating func stringList(_ key: String) -> [(String, SourceLocation)]? {
        used.insert(key)
        guard let node = node(key) else { return nil }
        switch node.value {
        case .scalar(let scalar):
            let text = scalar.string.trimmingWhitespace()
            if scalar.isPlain && ["", "~", "null"].contains(text) { return nil }
            return [(text, location(node))]
        case .sequence(let sequence):
            var out: [(String, SourceLocation)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item.value else {
                    error(location(item), "items of `\(key)` must be text")
                    continue
                }
                out.append((scalar.string.trimmingWhitespace(), location(item)))
            }
            return out
        default:
            error(location(node), "`\(key)` must be a list")
            return nil
        }
    }

    mutating func markUsed(_ key: String) { used.insert(key) }

    /// One item of a list of text mappings: its fields' trimmed text and where each value stands.
    struct TextMapping {
        var item: FieldNode
        var values: [String: String]
        var locations: [String: SourceLocation]
    }

    /// A list of mappings whose values are text (`harness:` rules, `nav:` links), item by item.
    /// What is not such a list or mapping is one located error each (`listShape`, `itemShape`);
    /// a field not in `known` is warned about (`unknown` words it).
    mutating func textMappings(_ key: String, known: [String], listShape: String, itemShape: String, notText: String,
                               unknown: (String) -> String) -> [TextMapping] {
        used.insert(key)
        guard let node = node(key) else { return [] }
        guard case .sequence(let items) = node.value else {
            error(location(node), listShape)
            return []
        }
        var out: [TextMapping] = []
        for item in items {
            guard case .mapping(let mapping) = item.value else {
                error(location(item), itemShape)
                continue
            }
            var entry = TextMapping(item: item, values: [:], locations: [:])
            for (k, v) in mapping {
                guard case .scalar(let name) = k.value, case .scalar(let value) = v.value else {
                    error(location(k), notText)
                    continue
                }
                if !known.contains(name.string) { warning(location(k), unknown(name.string)) }
                entry.values[name.string] = value.string.trimmingWhitespace()
                entry.locations[name.string] = location(v)
            }
            out.append(entry)
        }
        return out
    }

    /// Warns about keys nobody read: usually a typo of a real field.
    mutating func warnUnknownKeys(known: [String]) {
        for member in members where !used.contains(member.key) {
            let suggestion = known.min { editDistance($0, member.key) < editDistance($1, member.key) }
            var message = "unknown field `\(member.key)`"
            if let suggestion, editDistance(suggestion, member.key) <= 2 { message += "; did you mean `\(suggestion)`?" }
            warning(location(member.keyNode), message)
        }
    }

    static func kind(_ node: FieldNode) -> String {
        switch node.value {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace()
        switch trimmed.lowercased() {
        case ".nan": return .nan
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        default: break
        }
        // Only plain decimal notation; Swift's Double("nan") or hex floats are not numbers here.
        guard !trimmed.isEmpty, trimmed.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 101 || $0 == 69 || $0 == 95 }) else {
            return nil
        }
        return Double(trimmed.replacingOccurrences(of: "_", with: ""))
    }
}

