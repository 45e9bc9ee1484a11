/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatter: Sendable, Equatable {
    public var yaml: String
    /// Line of the file on which the YAML starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// Number of file lines before the body's first line; add it to body line numbers.
    public var bodyLineOffset: Int

    /// Splits `---\n yaml \n---\n body`. Works on UTF-8 bytes; returns a diagnostic when the
    /// front matter is missing or never closed.
    public static func split(_ text: String, path: String) -> (FrontMatter?, Diagnostic?) {
        let bytes = Array(text.utf8)
        guard isFence(bytes, from: 0, closing: false) != nil else {
            return (nil, .error(SourceLocation(path: path), "missing front matter: the file must start with a line `---`, then YAML, then `---`"))
        }
        var lineStart = lineEnd(bytes, from: 0) + 1
        var line = 2
        let yamlStart = min(lineStart, bytes.count)
        while lineStart <= bytes.count {
            if lineStart == bytes.count { break }
            if let afterFence = isFence(bytes, from: lineStart, closing: true) {
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                let bodyStart = min(afterFence, bytes.count)
                let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                return (FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyLineOffset: line), nil)
            }
            lineStart = lineEnd(bytes, from: lineStart) + 1
            line += 1
        }
        return (nil, .error(SourceLocation(path: path), "front matter is not closed: add a line `---` after the YAML"))
    }

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return i
    }

    /// If a fence line (`---`, or `...` when closing, trailing spaces allowed) starts at `start`,
    /// returns the index just past its newline.
    private static func isFence(_ bytes: [UInt8], from start: Int, closing: Bool) -> Int? {
        guard start + 3 <= bytes.count else { return nil }
        let a = bytes[start], b = bytes[start + 1], c = bytes[start + 2]
        let dashes = a == UInt8(ascii: "-") && b == a && c == a
        let dots = closing && a == UInt8(ascii: ".") && b == a && c == a
        guard dashes || dots else { return nil }
        var i = start + 3
        while i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
        if i == bytes.count { return i }
        return bytes[i] == 0x0A ? i + 1 : nil
    }
}
