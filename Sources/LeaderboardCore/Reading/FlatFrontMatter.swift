/// A reader for the front matter nearly every content file has: one `key: value` per line,
/// values plain ASCII words or a one-line `[a, b]` list. It returns nil for anything else
/// (quotes, comments, blank or indented lines, block lists, nested mappings, non-ASCII text,
/// duplicate keys, `: ` or ` #` inside a value, empty values...), and Yams reads the file as
/// before, with its own diagnostics. Yams cost ~300,000 instructions per file; this ~5,000.
/// `FrontMatterReaderTests` checks both readers agree on every file they both accept.
enum FlatFrontMatter {
    static func read(_ yaml: String) -> [(key: String, keyNode: FieldNode, value: FieldNode)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [(key: String, keyNode: FieldNode, value: FieldNode)]? in
            var members: [(key: String, keyNode: FieldNode, value: FieldNode)] = []
            var lineStart = 0
            var lineNumber = 1
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                // A final newline ends the last line; it does not start an empty one.
                guard let member = readLine(bytes, lineStart, lineEnd, lineNumber) else { return nil }
                if members.contains(where: { $0.key == member.key }) { return nil }
                members.append(member)
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            return members.isEmpty ? nil : members
        }
    }

    private static func isKeyStart(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F }
    private static func isKeyByte(_ b: UInt8) -> Bool { isKeyStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D }

    private static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ line: Int)
        -> (key: String, keyNode: FieldNode, value: FieldNode)? {
        guard start < end, isKeyStart(bytes[start]) else { return nil }
        var i = start + 1
        while i < end && isKeyByte(bytes[i]) { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: ":") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        guard i < end, bytes[i] == 0x20 else { return nil }
        while i < end && bytes[i] == 0x20 { i += 1 }
        var valueEnd = end
        while valueEnd > i && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        guard i < valueEnd else { return nil }
        let keyNode = FieldNode(value: .scalar(FieldScalar(string: key, isPlain: true, isNullTag: false)), line: line, column: 1)
        if bytes[i] == UInt8(ascii: "[") {
            guard let items = readList(bytes, i, valueEnd, line: line, lineStart: start) else { return nil }
            return (key, keyNode, FieldNode(value: .sequence(items), line: line, column: i - start + 1))
        }
        guard isPlainBlockScalar(bytes, i, valueEnd) else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<valueEnd]), as: UTF8.self)
        return (key, keyNode, FieldNode(value: .scalar(FieldScalar(string: text, isPlain: true, isNullTag: false)), line: line, column: i - start + 1))
    }

    /// A plain scalar outside brackets: printable ASCII, not starting with a YAML indicator, with
    /// no `: `, ` #` or trailing `:` that would make it something else.
    private static func isPlainBlockScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let first = bytes[start]
        if "-?:,[]{}#&*!|>'\"%@`".utf8.contains(first) {
            // "-5" is a number; "- x" would be a list.
            guard first == UInt8(ascii: "-"), start + 1 < end, bytes[start + 1] >= 0x30, bytes[start + 1] <= 0x39 else { return false }
        }
        for j in start..<end {
            let b = bytes[j]
            if b < 0x20 || b >= 0x7F { return false }
            if b == UInt8(ascii: ":") && (j + 1 == end || bytes[j + 1] == 0x20) { return false }
            if b == UInt8(ascii: "#") && bytes[j - 1] == 0x20 { return false }
        }
        return true
    }

    /// `[a, b, c]` on one line with simple items: letters, digits, `-`, `_`, `.`, `+`, `/`.
    private static func readList(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, line: Int, lineStart: Int) -> [FieldNode]? {
        guard bytes[end - 1] == UInt8(ascii: "]") else { return nil }
        var items: [FieldNode] = []
        var i = start + 1
        let close = end - 1
        while true {
            while i < close && bytes[i] == 0x20 { i += 1 }
            let itemStart = i
            while i < close && isListItemByte(bytes[i]) { i += 1 }
            var itemEnd = i
            while i < close && bytes[i] == 0x20 { i += 1 }
            guard itemEnd > itemStart else { return nil }
            // Spaces inside an item ("a b") are allowed by YAML but kept out of this path.
            while itemEnd > itemStart && bytes[itemEnd - 1] == 0x20 { itemEnd -= 1 }
            if bytes[itemStart] == UInt8(ascii: "-") && !(itemStart + 1 < itemEnd && bytes[itemStart + 1] >= 0x30 && bytes[itemStart + 1] <= 0x39) { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[itemStart..<itemEnd]), as: UTF8.self)
            items.append(FieldNode(value: .scalar(FieldScalar(string: text, isPlain: true, isNullTag: false)), line: line, column: itemStart - lineStart + 1))
            if i == close { return items }
            guard bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }

    private static func isListItemByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x2B || b == 0x2F
    }
}
