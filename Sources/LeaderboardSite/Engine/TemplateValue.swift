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
    /// One item of `rows`, as the section that iterates them sees it. Not retained: the section
    /// holds `rows` while its items are on the stack, and frames are copied for every field a
    /// template reads, so a retained reference cost two atomic operations per lookup.
    case row(Unmanaged<TemplateRows>, Int)

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

    /// What a frame answers when asked to write or test one field in place.
    enum FieldAnswer {
        /// The frame has no field of that name: ask the next one out.
        case missing
        /// The field is there but not of the kind asked for: look it up in general.
        case other
        case written
        case flag(Bool)
    }

    /// Writes field `id` if this object or row has it as text, borrowing the text in place (no
    /// value is made, retained or released for the most common lookup).
    @inline(__always) func write(_ id: Int, escaped: Bool, into out: inout ByteBuffer) -> FieldAnswer {
        switch self {
        case .object(let fields):
            guard let position = fields.shape.position(id) else { return .missing }
            return fields.write(position, escaped: escaped, into: &out) ? .written : .other
        case .row(let rows, let index):
            return rows._withUnsafeGuaranteedRef { rows in
                guard let position = rows.shape.position(id) else { return .missing }
                return rows.write(index, position, escaped: escaped, into: &out) ? .written : .other
            }
        default: return .missing
        }
    }

    /// Field `id` if this object or row has it as a flag (the second most common lookup).
    @inline(__always) func flag(_ id: Int) -> FieldAnswer {
        switch self {
        case .object(let fields):
            guard let position = fields.shape.position(id) else { return .missing }
            return fields.flag(position).map { .flag($0) } ?? .other
        case .row(let rows, let index):
            return rows._withUnsafeGuaranteedRef { rows in
                guard let position = rows.shape.position(id) else { return .missing }
                return rows.flag(index, position).map { .flag($0) } ?? .other
            }
        default: return .missing
        }
    }

    /// The field `id` of an object or row; nil for anything else or a name it does not have.
    @inline(__always) func field(_ id: Int) -> TemplateValue? {
        switch self {
        case .object(let fields): return fields[id: id]
        case .row(let rows, let index):
            return rows._withUnsafeGuaranteedRef { rows in
                guard let position = rows.shape.position(id) else { return nil }
                return rows.value(index, position)
            }
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
    /// Writes the field at `position` if it is text; false otherwise.
    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool
    /// The field at `position` if it is a flag; nil otherwise.
    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool?
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
        return .rows(TemplateRows(
            shape: Element.templateShape, count: views.count,
            value: { index, position in views.withUnsafeBufferPointer { Element.templateField($0.baseAddress! + index, position) } },
            write: { index, position, escaped, out in
                views.withUnsafeBufferPointer { Element.writeField($0.baseAddress! + index, position, escaped: escaped, into: &out) }
            },
            flag: { index, position in views.withUnsafeBufferPointer { Element.flagField($0.baseAddress! + index, position) } }
        ))
    }
}

/// Items of one view type, read in place by position.
final class TemplateRows {
    let shape: TemplateShape
    let count: Int
    private let valueAt: (Int, Int) -> TemplateValue
    private let writeAt: (Int, Int, Bool, inout ByteBuffer) -> Bool
    private let flagAt: (Int, Int) -> Bool?

    init(shape: TemplateShape, count: Int, value: @escaping (Int, Int) -> TemplateValue,
         write: @escaping (Int, Int, Bool, inout ByteBuffer) -> Bool, flag: @escaping (Int, Int) -> Bool?) {
        self.shape = shape
        self.count = count
        self.valueAt = value
        self.writeAt = write
        self.flagAt = flag
    }

    @inline(__always) func value(_ index: Int, _ position: Int) -> TemplateValue { valueAt(index, position) }
    @inline(__always) func write(_ index: Int, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        writeAt(index, position, escaped, &out)
    }
    @inline(__always) func flag(_ index: Int, _ position: Int) -> Bool? { flagAt(index, position) }
}

/// Field names numbered once per process, so a lookup while rendering compares integers and
/// never hashes or compares strings.
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
final class TemplateShape: @unchecked Sendable {
    let names: [String]
    /// Read-only after init. A pointer, not an array: shapes are shared by every rendering thread,
    /// and reading an array held by a shared object retained and released it on each lookup,
    /// so both cores kept writing the same reference count.
    private let slots: UnsafeMutableBufferPointer<Int32>

    init(_ names: [String]) {
        self.names = names
        let ids = names.map { TemplateKeys.shared.id($0) }
        slots = .allocate(capacity: (ids.max() ?? -1) + 1)
        slots.initialize(repeating: -1)
        for (position, id) in ids.enumerated() { slots[id] = Int32(position) }
    }

    deinit { slots.deallocate() }

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
        let writeAt: (Int, Bool, inout ByteBuffer) -> Bool
        let flagAt: (Int) -> Bool?
        init(shape: TemplateShape, value: @escaping (Int) -> TemplateValue,
             write: @escaping (Int, Bool, inout ByteBuffer) -> Bool, flag: @escaping (Int) -> Bool?) {
            self.shape = shape
            self.valueAt = value
            self.writeAt = write
            self.flagAt = flag
        }
    }

    private let storage: Storage
    var shape: TemplateShape { storage.shape }
    var values: [TemplateValue] { (0..<shape.names.count).map { storage.valueAt($0) } }

    init(_ shape: TemplateShape, _ values: [TemplateValue]) {
        precondition(shape.names.count == values.count, "a template shape and its values differ in length")
        storage = Storage(
            shape: shape, value: { values[$0] },
            write: { position, escaped, out in
                guard case .text(let text) = values[position] else { return false }
                Template.write(text, escaped: escaped, into: &out)
                return true
            },
            flag: { position in
                guard case .bool(let flag) = values[position] else { return nil }
                return flag
            }
        )
    }

    init<View: TemplateView>(view: View) {
        let box = [view]
        storage = Storage(
            shape: View.templateShape,
            value: { position in box.withUnsafeBufferPointer { View.templateField($0.baseAddress!, position) } },
            write: { position, escaped, out in
                box.withUnsafeBufferPointer { View.writeField($0.baseAddress!, position, escaped: escaped, into: &out) }
            },
            flag: { position in box.withUnsafeBufferPointer { View.flagField($0.baseAddress!, position) } }
        )
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

    @inline(__always) func write(_ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {
        storage.writeAt(position, escaped, &out)
    }

    @inline(__always) func flag(_ position: Int) -> Bool? { storage.flagAt(position) }

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
    /// The value reflection gives for a view model, ignoring the generated conversions: what every
    /// `templateValue` must equal field for field and in order.
    static func reflected(_ value: Any) -> TemplateValue {
        switch value {
        case let r as RawHTML: return .html(r)
        case let s as String: return .text(s)
        case let b as Bool: return .bool(b)
        case let i as Int: return .text(String(i))
        case let items as [Any]: return .list(items.map(reflected))
        case let list as ReflectableViewList: return .list(list.reflectedItems.map(reflected))
        default: break
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let first = mirror.children.first else { return .null }
            return reflected(first.value)
        }
        return .object(TemplateFields(pairs: mirror.children.compactMap { child in child.label.map { ($0, reflected(child.value)) } }))
    }

    /// The first field, anywhere inside this value, whose in-place answers (`write`, `flag`)
    /// disagree with its value; nil when all agree. For tests: the three tables of each view type
    /// are written by hand and must match.
    func inPlaceMismatch(_ path: String = "") -> String? {
        func check(_ names: [String], at path: String, value: (Int) -> TemplateValue, write: (Int, inout ByteBuffer) -> Bool, flag: (Int) -> Bool?) -> String? {
            for (position, name) in names.enumerated() {
                let field = value(position)
                var out = ByteBuffer()
                let wrote = write(position, &out)
                switch field {
                case .text(let text):
                    var expected = ByteBuffer()
                    Template.appendEscaped(text, to: &expected)
                    if !wrote || out.array != expected.array || flag(position) != nil { return "\(path).\(name)" }
                case .bool(let b):
                    if wrote || flag(position) != b { return "\(path).\(name)" }
                default:
                    if wrote || flag(position) != nil { return "\(path).\(name)" }
                }
                if let inner = field.inPlaceMismatch("\(path).\(name)") { return inner }
            }
            return nil
        }
        switch self {
        case .object(let fields):
            return check(fields.keys, at: path, value: { fields.values[$0] },
                         write: { fields.write($0, escaped: true, into: &$1) }, flag: { fields.flag($0) })
        case .rows(let rows):
            for index in 0..<rows.count {
                if let problem = check(rows.shape.names, at: "\(path)[\(index)]", value: { rows.value(index, $0) },
                                       write: { rows.write(index, $0, escaped: true, into: &$1) }, flag: { rows.flag(index, $0) }) {
                    return problem
                }
            }
            return nil
        case .list(let items):
            for (index, item) in items.enumerated() { if let problem = item.inPlaceMismatch("\(path)[\(index)]") { return problem } }
            return nil
        default:
            return nil
        }
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
        case .rows(let rows):
            return withExtendedLifetime(rows) { "[" + (0..<rows.count).map { TemplateValue.row(.passUnretained(rows), $0).canonical }.joined(separator: ",") + "]" }
        case .row(let unretained, let index):
            let rows = unretained.takeUnretainedValue()
            return "{" + rows.shape.names.enumerated().map { "\($1):\(rows.value(index, $0).canonical)" }.joined(separator: ",") + "}"
        }
    }
}
