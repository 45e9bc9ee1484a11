import LeaderboardCore

/// A compiled Mustache template (variables, `{{{raw}}}`/`{{&raw}}`, sections, inverted sections,
/// comments, partials). Written for this project because rendering thousands of pages through a
/// reflection-based engine dominated build time; see bench/RESULTS.md.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Path, escaped: Bool)
        case section(Path, inverted: Bool, children: [Node])
        case partial(String)
    }

    /// A dotted name, numbered through `TemplateKeys` when the template is parsed.
    struct Path: Sendable {
        let ids: [Int]
        let isCurrent: Bool

        init(_ names: [String]) {
            isCurrent = names == ["."]
            ids = isCurrent ? [] : names.map { TemplateKeys.shared.id($0) }
        }
    }

    struct ParseError: Error, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The parsed tree, flattened into a program of plain values, so that walking it retains and
    /// releases nothing (an array of indirect enums would, for every node's payload).
    private let ops: [Op]
    /// Every text run of the template, back to back; `.text` ops point into it.
    private let text: [UInt8]
    /// Every dotted path's key numbers, back to back; variable and section ops point into it.
    private let pathIDs: [Int]
    private let partialNames: [String]

    private struct Op {
        enum Kind: UInt8 { case text, escaped, raw, section, inverted, partial }
        var kind: Kind
        /// text: offset in `text`; variable or section: offset in `pathIDs`; partial: index in `partialNames`.
        var start: Int32
        /// text: byte count; variable or section: number of keys (0 is `.`, the current value).
        var count: Int32
        /// section: the index after its last child.
        var end: Int32
    }

    init(_ source: String) throws {
        let bytes = Array(source.utf8)
        var index = 0
        // Stack of open sections: name, inverted, start position, collected children.
        var stack: [(name: [String], inverted: Bool, start: Int, nodes: [Node])] = [([], false, 0, [])]
        var textStart = 0

        func position(_ offset: Int) -> (Int, Int) {
            var line = 1, lineStart = 0
            for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            return (line, offset - lineStart + 1)
        }
        func fail(_ offset: Int, _ message: String) -> ParseError {
            let (line, column) = position(offset)
            return ParseError(line: line, column: column, message: message)
        }
        func flushText(upTo end: Int) {
            if end > textStart { stack[stack.count - 1].nodes.append(.text(Array(bytes[textStart..<end]))) }
        }
        func path(_ raw: ArraySlice<UInt8>, at offset: Int) throws -> [String] {
            let name = String(decoding: raw, as: UTF8.self).trimmingWhitespace()
            if name.isEmpty { throw fail(offset, "a tag has no name") }
            if name == "." { return ["."] }
            return name.split(separator: ".").map(String.init)
        }

        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else { index += 1; continue }
            let tagStart = index
            flushText(upTo: tagStart)
            var contentStart = index + 2
            let triple = contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: "{")
            if triple { contentStart += 1 }
            var end = contentStart
            while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            guard end + 1 < bytes.count else { throw fail(tagStart, "a tag is not closed with }}") }
            var after = end + 2
            if triple {
                guard after < bytes.count, bytes[after] == UInt8(ascii: "}") else { throw fail(tagStart, "a {{{ tag is not closed with }}}") }
                after += 1
            }
            let content = bytes[contentStart..<end]
            let sigil = triple ? UInt8(ascii: "{") : (content.first ?? 0)
            switch sigil {
            case UInt8(ascii: "{"):
                stack[stack.count - 1].nodes.append(.variable(Path(try path(content, at: tagStart)), escaped: false))
            case UInt8(ascii: "&"):
                stack[stack.count - 1].nodes.append(.variable(Path(try path(content.dropFirst(), at: tagStart)), escaped: false))
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                stack.append((try path(content.dropFirst(), at: tagStart), sigil == UInt8(ascii: "^"), tagStart, []))
            case UInt8(ascii: "/"):
                let name = try path(content.dropFirst(), at: tagStart)
                guard stack.count > 1 else { throw fail(tagStart, "closing tag {{/\(name.joined(separator: "."))}} has no open section") }
                let open = stack.removeLast()
                guard open.name == name else {
                    throw fail(tagStart, "closing tag {{/\(name.joined(separator: "."))}} does not match the open section {{#\(open.name.joined(separator: "."))}}")
                }
                stack[stack.count - 1].nodes.append(.section(Path(open.name), inverted: open.inverted, children: open.nodes))
            case UInt8(ascii: "!"):
                break
            case UInt8(ascii: ">"):
                let name = String(decoding: content.dropFirst(), as: UTF8.self).trimmingWhitespace()
                stack[stack.count - 1].nodes.append(.partial(name))
            case UInt8(ascii: "="):
                throw fail(tagStart, "set-delimiter tags are not supported")
            default:
                stack[stack.count - 1].nodes.append(.variable(Path(try path(content, at: tagStart)), escaped: true))
            }
            index = after
            textStart = after
        }
        flushText(upTo: bytes.count)
        if stack.count > 1 {
            let open = stack.last!
            throw fail(open.start, "section {{#\(open.name.joined(separator: "."))}} is never closed")
        }
        var ops: [Op] = [], text: [UInt8] = [], pathIDs: [Int] = [], partialNames: [String] = []
        func path(_ p: Path) -> (Int32, Int32) {
            let start = Int32(pathIDs.count)
            pathIDs += p.ids
            return (start, p.isCurrent ? 0 : Int32(p.ids.count))
        }
        func flatten(_ nodes: [Node]) {
            var previousIsText = false
            for node in nodes {
                defer { if case .text = node { previousIsText = true } else { previousIsText = false } }
                switch node {
                case .text(let bytes):
                    // Adjacent runs of one level (left by comments) merge into one op.
                    if previousIsText {
                        ops[ops.count - 1].count += Int32(bytes.count)
                    } else {
                        ops.append(Op(kind: .text, start: Int32(text.count), count: Int32(bytes.count), end: 0))
                    }
                    text += bytes
                case .variable(let p, let escaped):
                    let (start, count) = path(p)
                    ops.append(Op(kind: escaped ? .escaped : .raw, start: start, count: count, end: 0))
                case .section(let p, let inverted, let children):
                    let (start, count) = path(p)
                    let at = ops.count
                    ops.append(Op(kind: inverted ? .inverted : .section, start: start, count: count, end: 0))
                    flatten(children)
                    ops[at].end = Int32(ops.count)
                case .partial(let name):
                    ops.append(Op(kind: .partial, start: Int32(partialNames.count), count: 0, end: 0))
                    partialNames.append(name)
                }
            }
        }
        flatten(stack[0].nodes)
        self.ops = ops
        self.text = text
        self.pathIDs = pathIDs
        self.partialNames = partialNames
    }

    func render(_ value: TemplateValue, partials: [String: Template]) -> String {
        var out = ByteBuffer()
        render(value, partials: partials, into: &out)
        return String(decoding: out.array, as: UTF8.self)
    }

    func render(_ value: TemplateValue, partials: [String: Template], into out: inout ByteBuffer) {
        var stack: [TemplateValue] = [value]
        run(stack: &stack, into: &out, partials: partials, depth: 0)
    }

    private func run(stack: inout [TemplateValue], into out: inout ByteBuffer, partials: [String: Template], depth: Int) {
        ops.withUnsafeBufferPointer { ops in
            text.withUnsafeBufferPointer { text in
                pathIDs.withUnsafeBufferPointer { ids in
                    var program = Program(ops: ops, text: text, ids: ids, partialNames: partialNames, partials: partials, depth: depth)
                    program.run(0, ops.count, stack: &stack, into: &out)
                }
            }
        }
    }

    /// One template's program while it renders: plain pointers, so walking it costs no reference counting.
    private struct Program {
        let ops: UnsafeBufferPointer<Op>
        let text: UnsafeBufferPointer<UInt8>
        let ids: UnsafeBufferPointer<Int>
        let partialNames: [String]
        let partials: [String: Template]
        let depth: Int

        func lookup(_ op: Op, in stack: [TemplateValue]) -> TemplateValue {
            if op.count == 0 { return stack.last ?? .null }
            let first = ids[Int(op.start)]
            var frame = stack.count - 1
            var value: TemplateValue = .null
            while frame >= 0 {
                if let v = stack[frame].field(first) {
                    value = v
                    break
                }
                frame -= 1
            }
            if frame < 0 { return .null }
            var i = Int(op.start) + 1
            let end = Int(op.start + op.count)
            while i < end {
                guard let v = value.field(ids[i]) else { return .null }
                value = v
                i += 1
            }
            return value
        }

        /// Writes a one-name variable that the innermost frame holding it has as text; false
        /// when no frame has it as text (the general lookup then decides).
        func writeInPlace(_ id: Int, escaped: Bool, stack: [TemplateValue], into out: inout ByteBuffer) -> Bool {
            var frame = stack.count - 1
            while frame >= 0 {
                switch stack[frame].write(id, escaped: escaped, into: &out) {
                case .missing: frame -= 1
                case .written: return true
                case .other, .flag: return false
                }
            }
            return false
        }

        /// A one-name section's flag if the innermost frame holding the name has it as a flag.
        func flagInPlace(_ id: Int, stack: [TemplateValue]) -> Bool? {
            var frame = stack.count - 1
            while frame >= 0 {
                switch stack[frame].flag(id) {
                case .missing: frame -= 1
                case .flag(let flag): return flag
                case .other, .written: return nil
                }
            }
            return nil
        }

        mutating func run(_ start: Int, _ end: Int, stack: inout [TemplateValue], into out: inout ByteBuffer) {
            var i = start
            while i < end {
                let op = ops[i]
                switch op.kind {
                case .text:
                    out.append(UnsafeBufferPointer(rebasing: text[Int(op.start)..<Int(op.start + op.count)]))
                    i += 1
                case .escaped, .raw:
                    if op.count == 1 && writeInPlace(ids[Int(op.start)], escaped: op.kind == .escaped, stack: stack, into: &out) {
                        i += 1
                        continue
                    }
                    switch lookup(op, in: stack) {
                    case .text(let s): op.kind == .escaped ? Template.appendEscaped(s, to: &out) : Template.appendRaw(s, to: &out)
                    case .html(let raw): raw.write(&out)
                    case .bool(let b): out.append(b ? "true" : "false")
                    default: break
                    }
                    i += 1
                case .inverted:
                    let truthy = op.count == 1 ? flagInPlace(ids[Int(op.start)], stack: stack) : nil
                    if !(truthy ?? lookup(op, in: stack).isTruthy) { run(i + 1, Int(op.end), stack: &stack, into: &out) }
                    i = Int(op.end)
                case .section:
                    // A flag needs no frame of its own: its children see the same stack.
                    if op.count == 1, let flag = flagInPlace(ids[Int(op.start)], stack: stack) {
                        if flag { run(i + 1, Int(op.end), stack: &stack, into: &out) }
                        i = Int(op.end)
                        continue
                    }
                    let value = lookup(op, in: stack)
                    switch value {
                    case .list(let items):
                        for item in items {
                            stack.append(item)
                            run(i + 1, Int(op.end), stack: &stack, into: &out)
                            stack.removeLast()
                        }
                    case .rows(let rows):
                        // `rows` lives until the loop ends; its items on the stack do not retain it.
                        withExtendedLifetime(rows) {
                            for index in 0..<rows.count {
                                stack.append(.row(.passUnretained(rows), index))
                                run(i + 1, Int(op.end), stack: &stack, into: &out)
                                stack.removeLast()
                            }
                        }
                    case .bool(true):
                        run(i + 1, Int(op.end), stack: &stack, into: &out)
                    case .text, .html, .object, .row:
                        if value.isTruthy {
                            stack.append(value)
                            run(i + 1, Int(op.end), stack: &stack, into: &out)
                            stack.removeLast()
                        }
                    case .null, .bool(false):
                        break
                    }
                    i = Int(op.end)
                case .partial:
                    if depth < 16, let partial = partials[partialNames[Int(op.start)]] {
                        partial.run(stack: &stack, into: &out, partials: partials, depth: depth + 1)
                    }
                    i += 1
                }
            }
        }
    }

    /// Writes text, escaped or not, reading it in place when its storage is contiguous (native
    /// strings are), so the text is not copied or retained.
    @inline(__always) static func write(_ text: String, escaped: Bool, into out: inout ByteBuffer) {
        escaped ? appendEscaped(text, to: &out) : appendRaw(text, to: &out)
    }

    static func appendRaw(_ text: String, to out: inout ByteBuffer) {
        if text.utf8.withContiguousStorageIfAvailable({ out.append($0) }) != nil { return }
        var copy = text
        copy.withUTF8 { out.append($0) }
    }

    /// HTML escaping on UTF-8 bytes: & < > " ' are replaced; runs between them are copied whole.
    static func appendEscaped(_ text: String, to out: inout ByteBuffer) {
        if text.utf8.withContiguousStorageIfAvailable({ escape($0, into: &out) }) != nil { return }
        var copy = text
        copy.withUTF8 { escape($0, into: &out) }
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0
        var i = 0
        while i < count {
            // Eight bytes at a time while none of them needs escaping (most text has no such byte);
            // otherwise those eight (or the last few) one by one.
            let end: Int
            if i + 8 <= count {
                if !mayNeedEscaping(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                end = i + 8
            } else {
                end = count
            }
            while i < end {
                let byte = base[i]
                i += 1
                if byte >= 0xE2 {
                    // A bidi control or invisible mark (HTML.isFormatControl) is dropped: the escaper is
                    // the one place every template text passes, so no view has to clean its fields.
                    if (byte == 0xE2 || byte == 0xEF) && i + 1 < count && HTML.isFormatControl(byte, base[i], base[i + 1]) {
                        if i - 1 > runStart { out.append(UnsafeBufferPointer(start: base + runStart, count: i - 1 - runStart)) }
                        i += 2
                        runStart = i
                    }
                    continue
                }
                // Everything above '>' and most bytes below it need no escaping.
                if byte > 0x3E || (byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27) { continue }
                if i - 1 > runStart { out.append(UnsafeBufferPointer(start: base + runStart, count: i - 1 - runStart)) }
                switch byte {
                case 0x26: out.append("&amp;")
                case 0x3C: out.append("&lt;")
                case 0x3E: out.append("&gt;")
                case 0x22: out.append("&quot;")
                default: out.append("&#39;")
                }
                runStart = i
            }
        }
        if count > runStart { out.append(UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
    }

    /// True when one of the eight bytes may be " & ' < or > (never false when one is): a byte
    /// equals c when (byte ^ c) is zero, and the classic test finds a zero byte in a word. Setting
    /// bit 0 folds & into ', and bit 1 folds < into >.
    @inline(__always) static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        // Bytes " ; & or ' ; < = > or ? ; and E2/E3 or EE/EF, a superset of the lead bytes of the
        // format controls the escaper drops (E2 and EF).
        return hasZeroByte(word ^ (0x22 &* ones))
            || hasZeroByte((word | ones) ^ (0x27 &* ones))
            || hasZeroByte((word | (ones << 1)) ^ (0x3E &* ones))
            || hasZeroByte((word | ones) ^ (0xE3 &* ones))
            || hasZeroByte((word | ones) ^ (0xEF &* ones))
    }
}
