import Foundation

/// A value a template can show: text, a flag, a list or an object. View models answer field
/// lookups themselves (`TemplateView`), so rendering builds no tree of values per page.
enum TemplateValue {
    case null
    case bool(Bool)
    case text(String)
    /// HTML written straight into the output (a page body inside the layout).
    case html(RawHTML)
    case list([TemplateValue])
    case object(TemplateFields)
    /// A list of view models of one type, read in place: iterating it pushes `.row` frames, so
    /// no object is made per item.
    case rows(TemplateRows)
    /// One item of `rows`, as the section that iterates them sees it.
    case row(TemplateRows, Int)

    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .text(let s): return !s.isEmpty
        case .html: return true
        case .list(let items): return !items.isEmpty
        case .object, .row: return true
        case .rows(let rows): return rows.count > 0
        }
    }

    /// The field `id` of an object or row; nil for anything else or a name it does not have.
    @inline(__always) func field(_ id: Int) -> TemplateValue? {
        switch self {
        case .object(let fields): return fields[id: id]
        case .row(let rows, let index):
            guard let position = rows.shape.position(id) else { return nil }
            return rows.value(index, position)
        default: return nil
        }
    }
}

/// A view model that converts itself without reflection.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// A view model that answers a template's lookups itself: its field names once per type, and
/// the value at a position on demand.
protocol TemplateView: TemplateRepresentable {
    static var templateShape: TemplateShape { get }
    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue
}

extension TemplateView {
    var templateValue: TemplateValue { .object(TemplateFields(view: self)) }
}

extension Array where Element: TemplateView {
    /// The views as a template list read in place.
    var templateRows: TemplateValue {
        let views = self
        // A closure made here is specialized for the view type (a generic class's override is not),
        // and reading through a pointer loads one field instead of copying the view per lookup.
        return .rows(TemplateRows(shape: Element.templateShape, count: views.count) { index, position in
            views.withUnsafeBufferPointer { Element.templateField($0.baseAddress! + index, position) }
        })
    }
}

/// Items of one view type, read in place by position.
final class TemplateRows {
    let shape: TemplateShape
    let count: Int
    private let valueAt: (Int, Int) -> TemplateValue

    init(shape: TemplateShape, count: Int, value: @escaping (Int, Int) -> TemplateValue) {
        self.shape = shape
        self.count = count
        self.valueAt = value
    }

    @inline(__always) func value(_ index: Int, _ position: Int) -> TemplateValue { valueAt(index, position) }
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

/// The fields of an object: a shared shape and the values behind it, either stored (tests,
/// reflection) or answered by a view model.
struct TemplateFields: ExpressibleByDictionaryLiteral {
    /// One reference, so copying a value while rendering costs one retain.
    private final class Storage {
        let shape: TemplateShape
        let valueAt: (Int) -> TemplateValue
        init(shape: TemplateShape, value: @escaping (Int) -> TemplateValue) {
            self.shape = shape
            self.valueAt = value
        }
    }

    private let storage: Storage
    var shape: TemplateShape { storage.shape }
    var values: [TemplateValue] { (0..<shape.names.count).map { storage.valueAt($0) } }

    init(_ shape: TemplateShape, _ values: [TemplateValue]) {
        precondition(shape.names.count == values.count, "a template shape and its values differ in length")
        storage = Storage(shape: shape) { values[$0] }
    }

    init<View: TemplateView>(view: View) {
        let box = [view]
        storage = Storage(shape: View.templateShape) { position in
            box.withUnsafeBufferPointer { View.templateField($0.baseAddress!, position) }
        }
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
        return storage.valueAt(position)
    }
}

/// HTML that is not escaped: a page body, rendered into the layout's own buffer when the layout
/// reaches `{{{content}}}`, so a page is never copied from one buffer into another.
struct RawHTML: TemplateRepresentable {
    let write: (inout ByteBuffer) -> Void

    init(writer: @escaping (inout ByteBuffer) -> Void) { write = writer }

    var templateValue: TemplateValue { .html(self) }

    var bytes: [UInt8] {
        var out = ByteBuffer()
        write(&out)
        return out.array
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
        case .rows(let rows): return "[" + (0..<rows.count).map { TemplateValue.row(rows, $0).canonical }.joined(separator: ",") + "]"
        case .row(let rows, let index):
            return "{" + rows.shape.names.enumerated().map { "\($1):\(rows.value(index, $0).canonical)" }.joined(separator: ",") + "}"
        }
    }
}
