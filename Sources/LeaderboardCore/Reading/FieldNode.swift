/// A front-matter value with its position: what the loaders read, whether it came from Yams or
/// from the flat reader (`FlatFrontMatter`). Columns are UTF-8 byte columns.
struct FieldNode {
    indirect enum Value {
        case scalar(FieldScalar)
        case sequence([FieldNode])
        case mapping([(key: FieldNode, value: FieldNode)])
        case alias
    }

    var value: Value
    /// Line within the front matter (1-based) and byte column, or nil when unknown.
    var line: Int?
    var column: Int
}

struct FieldScalar: Equatable {
    var string: String
    /// Written without quotes or block indicators: only such a scalar can spell null.
    var isPlain: Bool
    /// Tagged `!!null` explicitly.
    var isNullTag: Bool
}

extension FieldNode {
    /// A canonical text form with positions, for comparing the two readers in tests.
    var canonical: String {
        let at = "@\(line.map(String.init) ?? "?"):\(column)"
        switch value {
        case .scalar(let s): return "\(s.isPlain ? "plain" : "styled")\(s.isNullTag ? "!null" : "")(\(s.string))\(at)"
        case .sequence(let items): return "[" + items.map(\.canonical).joined(separator: ", ") + "]\(at)"
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key.canonical): \($0.value.canonical)" }.joined(separator: ", ") + "}\(at)"
        case .alias: return "alias\(at)"
        }
    }
}
