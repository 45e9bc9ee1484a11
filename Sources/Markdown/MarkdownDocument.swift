/// A parsed Markdown body: plain Swift values, no C pointers survive parsing.
public struct MarkdownDocument: Sendable, Equatable {
    public let blocks: [MarkdownBlock]
    /// Links and images whose destination was removed because its scheme is not allowed.
    public let droppedLinks: [DroppedLink]

    public struct DroppedLink: Sendable, Equatable {
        public let line: Int
        public let column: Int
        public let url: String
    }

    public init(blocks: [MarkdownBlock], droppedLinks: [DroppedLink]) {
        self.blocks = blocks
        self.droppedLinks = droppedLinks
    }

    public var html: String {
        var out = ""
        out.reserveCapacity(blocks.reduce(0) { $0 + $1.html.utf8.count })
        for block in blocks { out += block.html }
        return out
    }
}
