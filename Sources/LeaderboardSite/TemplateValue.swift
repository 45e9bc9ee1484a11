/// A value a template can show: text, a flag, a list or an object. View models are converted
/// once per page, so rendering never reflects over Swift types per lookup.
enum TemplateValue {
    case null
    case bool(Bool)
    case text(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .text(let s): return !s.isEmpty
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// Converts a view model (structs of String, Bool, Int, arrays and optionals) through Mirror.
    static func from(_ value: Any) -> TemplateValue {
        switch value {
        case let v as TemplateRepresentable: return v.templateValue
        case let v as TemplateValue: return v
        case let s as String: return .text(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .text(String(i))
        case let items as [Any]: return .list(items.map(from))
        default: break
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let first = mirror.children.first else { return .null }
            return from(first.value)
        }
        var fields: [String: TemplateValue] = [:]
        fields.reserveCapacity(Int(mirror.children.count))
        for child in mirror.children {
            if let label = child.label { fields[label] = from(child.value) }
        }
        return .object(fields)
    }
}

/// A view model that converts itself without reflection.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}
