/// Merges imported measurements into a metrics file's JSON without duplicating or silently
/// overwriting: equal values are skipped, differing values are conflicts unless `replace`.
public enum MetricsMerge {
    public struct Outcome {
        public var text: String
        public var added: [Measurement]
        public var unchanged: [Measurement]
        public var replaced: [Measurement]
        public var conflicts: [(existing: String, imported: Measurement)]
    }

    /// Merges into the file's own text when there is one: entries that did not change keep
    /// their bytes (formatting, order, notes), new entries are appended to the list in its
    /// indentation, and a replaced entry keeps its note with what it replaced. Without text (a
    /// new file) or when the text cannot be spliced, the tree is written out whole.
    public static func merge(existing root: JSONNode, text: String?, imported: [Measurement], replace: Bool) -> Outcome {
        let tree = merge(existing: root, imported: imported, replace: replace)
        guard let text, !tree.added.isEmpty || !tree.replaced.isEmpty,
              let spliced = splice(text, root: root, outcome: tree) else { return tree }
        var outcome = tree
        outcome.text = spliced
        return outcome
    }

    public static func merge(existing root: JSONNode, imported: [Measurement], replace: Bool) -> Outcome {
        var items: [JSONNode] = []
        var topLevel: [JSONNode.Member] = []
        if case .object(let members) = root.value {
            topLevel = members
            if let list = root["measurements"], case .array(let array) = list.value { items = array }
        }
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() { index[key(item)] = i }

        var outcome = Outcome(text: "", added: [], unchanged: [], replaced: [], conflicts: [])
        for m in imported {
            if let i = index[key(m)] {
                var existingRaw = ""
                if let v = items[i]["value"], case .number(_, let raw) = v.value { existingRaw = raw }
                if existingRaw == m.rawValue {
                    outcome.unchanged.append(m)
                } else if replace {
                    let kept = keepingNote(m, replacing: items[i], oldValue: existingRaw)
                    items[i] = kept.jsonNode()
                    outcome.replaced.append(kept)
                } else {
                    outcome.conflicts.append((existingRaw.isEmpty ? "an entry without a value" : existingRaw, m))
                }
            } else {
                index[key(m)] = items.count
                items.append(m.jsonNode())
                outcome.added.append(m)
            }
        }
        let list = JSONNode(value: .array(items), line: 0, column: 0)
        if let i = topLevel.firstIndex(where: { $0.key == "measurements" }) {
            topLevel[i].value = list
        } else {
            topLevel.append(JSONNode.Member(key: "measurements", keyLine: 0, keyColumn: 0, value: list))
        }
        outcome.text = JSONNode(value: .object(topLevel), line: 0, column: 0).serialized()
        return outcome
    }

    /// What makes two entries the same measurement: benchmark, subset and variant.
    static func key(_ node: JSONNode) -> String {
        func s(_ k: String) -> String { if let n = node[k], case .string(let v) = n.value { return v.trimmingWhitespace() }; return "" }
        return [s("benchmark"), s("subset"), s("variant")].joined(separator: "\u{1F}")
    }

    static func key(_ m: Measurement) -> String { [m.benchmark, m.subset ?? "", m.variant ?? ""].joined(separator: "\u{1F}") }

    /// The imported measurement with the replaced entry's note kept, and a line saying what it
    /// replaced (value and source): a replace never loses the old citation.
    static func keepingNote(_ m: Measurement, replacing old: JSONNode, oldValue: String) -> Measurement {
        func string(_ node: JSONNode?) -> String? { if let node, case .string(let v) = node.value { return v }; return nil }
        var parts: [String] = []
        if let note = string(old["note"]) { parts.append(note) }
        let source = old["source"]
        let cited = [string(source?["title"]), string(source?["locator"])].compactMap { $0 }.joined(separator: ", ")
        parts.append("Replaced \(oldValue.isEmpty ? "an entry" : oldValue)\(cited.isEmpty ? "" : " (\(cited)")\(string(source?["url"]).map { ", \($0)" } ?? "")\(cited.isEmpty ? "" : ")") on import.")
        if let own = m.note { parts.append(own) }
        return Measurement(model: m.model, benchmark: m.benchmark, value: m.value, rawValue: m.rawValue, qualitative: m.qualitative,
                           subset: m.subset, variant: m.variant, stderr: m.stderr, rawStderr: m.rawStderr, nShot: m.nShot,
                           note: parts.joined(separator: " "), source: m.source, harness: m.harness, location: m.location)
    }

    /// Splices new and replaced entries into the file's text; nil when its shape is not the
    /// usual `{"measurements": [ {...}, ... ]}` with at least one entry.
    static func splice(_ text: String, root: JSONNode, outcome: Outcome) -> String? {
        guard let list = root["measurements"], case .array(let items) = list.value, let last = items.last else { return nil }
        let bytes = Array(text.utf8)
        // Byte offset of each line's start: positions are (line, byte column).
        var lineStarts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        func offset(_ node: JSONNode) -> Int? {
            guard node.line >= 1, node.line <= lineStarts.count else { return nil }
            let o = lineStarts[node.line - 1] + node.column - 1
            return o < bytes.count ? o : nil
        }
        /// The end (exclusive) of the object or array starting at `start`.
        func end(from start: Int) -> Int? {
            var depth = 0, i = start, inString = false
            while i < bytes.count {
                let b = bytes[i]
                if inString {
                    if b == 0x5C { i += 2; continue }
                    if b == 0x22 { inString = false }
                } else if b == 0x22 { inString = true }
                else if b == 0x7B || b == 0x5B { depth += 1 }
                else if b == 0x7D || b == 0x5D { depth -= 1; if depth == 0 { return i + 1 } }
                i += 1
            }
            return nil
        }
        func indentation(_ node: JSONNode) -> [UInt8] {
            guard node.line >= 1, node.line <= lineStarts.count else { return [] }
            let start = lineStarts[node.line - 1]
            return Array(bytes[start..<(start + node.column - 1)].prefix { $0 == 0x20 || $0 == 0x09 })
        }
        /// An entry's text, its continuation lines indented like the entry it sits beside.
        func entryText(_ m: Measurement, indent: [UInt8]) -> [UInt8] {
            var out: [UInt8] = []
            let lines = m.jsonNode().serialized().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for (i, line) in lines.enumerated() {
                if i > 0 { out.append(0x0A); out += indent }
                out += Array(line.utf8)
            }
            return out
        }
        var edits: [(range: Range<Int>, replacement: [UInt8])] = []
        let replaced = Dictionary(outcome.replaced.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for item in items {
            guard let m = replaced[key(item)] else { continue }
            guard let start = offset(item), let stop = end(from: start) else { return nil }
            edits.append((start..<stop, entryText(m, indent: indentation(item))))
        }
        if !outcome.added.isEmpty {
            guard let start = offset(last), let stop = end(from: start) else { return nil }
            let indent = indentation(last)
            var insertion: [UInt8] = []
            for m in outcome.added {
                insertion += Array(",\n".utf8) + indent + entryText(m, indent: indent)
            }
            edits.append((stop..<stop, insertion))
        }
        var out = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: edit.replacement)
        }
        let result = String(decoding: out, as: UTF8.self)
        // The splice must parse to the same entries the tree merge made; otherwise write the tree.
        guard case .success = JSONParser.parse(result) else { return nil }
        return result
    }
}
