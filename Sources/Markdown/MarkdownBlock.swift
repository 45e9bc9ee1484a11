/// One top-level block of a parsed Markdown body, already rendered to HTML.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(level: Int)
        case paragraph
        case other
    }

    public let kind: Kind
    /// 1-based line and UTF-8 byte column, counted from the start of the parsed text.
    public let line: Int
    public let column: Int
    /// Plain text of a heading or paragraph (empty for other blocks).
    public let text: String
    public let html: String

    public init(kind: Kind, line: Int, column: Int, text: String, html: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.text = text
        self.html = html
    }
}
