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

    public static func merge(existing root: JSONNode, imported: [Measurement], replace: Bool) -> Outcome {
        var items: [JSONNode] = []
        var topLevel: [JSONNode.Member] = []
        if case .object(let members) = root.value {
            topLevel = members
            if let list = root["measurements"], case .array(let array) = list.value { items = array }
        }
        func key(_ node: JSONNode) -> String {
            func s(_ k: String) -> String { if let n = node[k], case .string(let v) = n.value { return v.trimmingWhitespace() }; return "" }
            return [s("benchmark"), s("subset"), s("variant")].joined(separator: "\u{1F}")
        }
        func key(_ m: Measurement) -> String { [m.benchmark, m.subset ?? "", m.variant ?? ""].joined(separator: "\u{1F}") }
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
                    items[i] = m.jsonNode()
                    outcome.replaced.append(m)
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
}
