/// Pretty JSON text from a located tree. Numbers keep their source text, keys their order,
/// so re-writing a metrics file changes only what was changed.
extension JSONNode {
    public func serialized() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(_, let raw): out += raw
        case .string(let s): out += "\"" + JSONNode.escape(s) + "\""
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            let inline = items.allSatisfy { if case .object = $0.value { return false }; if case .array = $0.value { return false }; return true }
            if inline {
                out += "["
                for (i, item) in items.enumerated() { if i > 0 { out += ", " }; item.write(into: &out, indent: indent) }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad + "  "
                item.write(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += pad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, m) in members.enumerated() {
                out += pad + "  \"" + JSONNode.escape(m.key) + "\": "
                m.value.write(into: &out, indent: indent + 1)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += pad + "}"
        }
    }

    /// JSON string escaping on UTF-8 bytes. `htmlSafe` also writes `<` as `\u003c`, so a
    /// "</script>" in the text stays inert if the JSON is ever embedded in a page.
    public static func escape(_ s: String, htmlSafe: Bool = false) -> String {
        // Most strings need nothing escaped: return them as they are.
        var copy = s
        let clean = copy.withUTF8 { bytes in !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || ($0 == 0x3C && htmlSafe) } }
        if clean { return s }
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20: out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            case 0x3C where htmlSafe: out.append(contentsOf: Array("\\u003c".utf8))
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // Builders for writing new trees.
    static func string(_ s: String) -> JSONNode { JSONNode(value: .string(s), line: 0, column: 0) }
    static func number(raw: String) -> JSONNode { JSONNode(value: .number(Double(raw) ?? 0, raw: raw), line: 0, column: 0) }
    static func object(_ pairs: [(String, JSONNode)]) -> JSONNode {
        JSONNode(value: .object(pairs.map { Member(key: $0.0, keyLine: 0, keyColumn: 0, value: $0.1) }), line: 0, column: 0)
    }
}

extension Measurement {
    /// The metrics-file object for this measurement.
    public func jsonNode() -> JSONNode {
        var pairs: [(String, JSONNode)] = [("benchmark", .string(benchmark))]
        if let subset { pairs.append(("subset", .string(subset))) }
        if let variant { pairs.append(("variant", .string(variant))) }
        if let rawValue { pairs.append(("value", .number(raw: rawValue))) }
        if let qualitative { pairs.append(("qualitative", .string(qualitative))) }
        if let rawStderr { pairs.append(("stderr", .number(raw: rawStderr))) }
        if let nShot { pairs.append(("n_shot", .number(raw: String(nShot)))) }
        if let note { pairs.append(("note", .string(note))) }
        var sourcePairs: [(String, JSONNode)] = [("title", .string(source.title))]
        if let url = source.url { sourcePairs.append(("url", .string(url))) }
        sourcePairs.append(("locator", .string(source.locator)))
        sourcePairs.append(("kind", .string(source.kind.rawValue)))
        pairs.append(("source", .object(sourcePairs)))
        if let harness {
            var h: [(String, JSONNode)] = [("file", .string(harness.file)), ("task", .string(harness.task)), ("metric", .string(harness.metric))]
            if let args = harness.modelArgs { h.append(("model_args", .string(args))) }
            if let version = harness.version { h.append(("version", .string(version))) }
            pairs.append(("harness", .object(h)))
        }
        return .object(pairs)
    }
}
