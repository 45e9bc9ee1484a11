import Foundation

/// A value a template can show: text, a flag, a list or an object. View models are converted
/// once per page, so rendering never reflects over Swift types per lookup.
enum TemplateValue {
    case null
    case bool(Bool)
    case text(String)
    /// HTML written straight into the output (a page body inside the layout).
    case html(RawHTML)
    case list([TemplateValue])
    case object(TemplateFields)

    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .text(let s): return !s.isEmpty
        case .html: return true
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }
}

/// A view model that converts itself without reflection.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// Field names numbered once per process, so a lookup while rendering compares integers
/// instead of hashing or comparing strings (that was a fifth of rendering time).
final class TemplateKeys: @unchecked Sendable {
    static let shared = TemplateKeys()
    private let lock = NSLock()
    private var ids: [String: Int] = [:]

    /// The number of `name`, assigned on first use.
    func id(_ name: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        let id = ids.count
        ids[name] = id
        return id
    }
}

/// The field names of one kind of view model, in order, with a table from key number to
/// position. Each view type builds its shape once.
final class TemplateShape: Sendable {
    let names: [String]
    private let slots: [Int32]

    init(_ names: [String]) {
        self.names = names
        let ids = names.map { TemplateKeys.shared.id($0) }
        var slots = [Int32](repeating: -1, count: (ids.max() ?? -1) + 1)
        for (position, id) in ids.enumerated() { slots[id] = Int32(position) }
        self.slots = slots
    }

    @inline(__always) func position(_ id: Int) -> Int? {
        guard id < slots.count else { return nil }
        let position = slots[id]
        return position < 0 ? nil : Int(position)
    }
}

/// The fields of an object: a shared shape and one value per name.
struct TemplateFields: ExpressibleByDictionaryLiteral {
    /// One reference, so copying a value while rendering costs one retain, not two.
    private final class Storage: Sendable {
        let shape: TemplateShape
        let values: [TemplateValue]
        init(shape: TemplateShape, values: [TemplateValue]) {
            self.shape = shape
            self.values = values
        }
    }

    private let storage: Storage
    var shape: TemplateShape { storage.shape }
    var values: [TemplateValue] { storage.values }

    init(_ shape: TemplateShape, _ values: [TemplateValue]) {
        precondition(shape.names.count == values.count, "a template shape and its values differ in length")
        storage = Storage(shape: shape, values: values)
    }

    /// For tests and reflection: builds a one-off shape. A repeated key keeps the last value.
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(pairs: elements)
    }

    init(pairs: [(String, TemplateValue)]) {
        var names: [String] = [], values: [TemplateValue] = []
        for (name, value) in pairs {
            if let i = names.firstIndex(of: name) { values[i] = value } else { names.append(name); values.append(value) }
        }
        self.init(TemplateShape(names), values)
    }

    var keys: [String] { shape.names }

    @inline(__always) subscript(id id: Int) -> TemplateValue? {
        guard let position = storage.shape.position(id) else { return nil }
        return storage.values[position]
    }
}

/// HTML that is not escaped: a page body, rendered into the layout's own buffer when the layout
/// reaches `{{{content}}}`, so a page is never copied from one buffer into another.
struct RawHTML: TemplateRepresentable {
    let write: (inout [UInt8]) -> Void

    init(writer: @escaping (inout [UInt8]) -> Void) { write = writer }

    var templateValue: TemplateValue { .html(self) }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(&out)
        return out
    }
}

extension TemplateValue {
    /// The value reflection gives for a view model, ignoring hand-written conversions: what every
    /// `templateValue` must equal field for field and in order.
    static func reflected(_ value: Any) -> TemplateValue {
        switch value {
        case let r as RawHTML: return .html(r)
        case let s as String: return .text(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .text(String(i))
        case let items as [Any]: return .list(items.map(reflected))
        default: break
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let first = mirror.children.first else { return .null }
            return reflected(first.value)
        }
        return .object(TemplateFields(pairs: mirror.children.compactMap { child in child.label.map { ($0, reflected(child.value)) } }))
    }

    /// A canonical text form, for comparing two values in tests and checks.
    var canonical: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .text(let s): return "\"\(s)\""
        case .html(let raw): return "html(\(String(decoding: raw.bytes, as: UTF8.self)))"
        case .list(let items): return "[" + items.map(\.canonical).joined(separator: ",") + "]"
        case .object(let fields): return "{" + zip(fields.keys, fields.values).map { "\($0):\($1.canonical)" }.joined(separator: ",") + "}"
        }
    }
}
