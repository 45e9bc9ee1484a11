import CArena
import CCmark

/// The cmark wrapper. Parses CommonMark with the C library and returns plain values;
/// every node is released (with its arena) before returning.
public enum Markdown {
    public struct Options: Sendable {
        /// Keep raw HTML blocks and inline HTML (off by default: cmark replaces them with a comment).
        public var allowRawHTML: Bool
        public init(allowRawHTML: Bool = false) { self.allowRawHTML = allowRawHTML }
    }

    public static func parse(_ text: String, options: Options = Options()) -> MarkdownDocument {
        // Everything cmark allocates for this document (nodes, text, rendered HTML) comes from this
        // thread's arena and is released at once when the scope closes, with no free per node and
        // no walk to free them. Nothing cmark made is used after this function returns (blocks
        // hold Swift strings).
        lb_arena_begin()
        defer { lb_arena_end() }
        var text = text
        let root: OpaquePointer? = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let memory = UnsafeMutableRawPointer(lb_arena_allocator()).assumingMemoryBound(to: cmark_mem.self)
                guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, memory) else { return nil }
                defer { cmark_parser_free(parser) }
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
                return cmark_parser_finish(parser)
            }
        }
        guard let root else { return MarkdownDocument(blocks: [], droppedLinks: []) }

        let (dropped, texts) = walk(root)
        var renderOptions = CMARK_OPT_DEFAULT
        if options.allowRawHTML { renderOptions |= CMARK_OPT_UNSAFE }

        var blocks: [MarkdownBlock] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            blocks.append(block(node, text: texts[blocks.count], renderOptions: renderOptions))
            child = cmark_node_next(node)
        }
        return MarkdownDocument(blocks: blocks, droppedLinks: dropped)
    }

    private static func block(_ node: OpaquePointer, text: String, renderOptions: Int32) -> MarkdownBlock {
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        default: kind = .other
        }
        var html = ""
        // Arena memory: released with the document, not freed here.
        if let rendered = cmark_render_html(node, renderOptions) {
            html = stripBidiControls(String(cString: rendered))
        }
        return MarkdownBlock(
            kind: kind,
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)),
            text: text,
            html: html
        )
    }

    /// Removes explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
    /// which can make text display differently from what it is ("gnp.exe" shown as "exe.png").
    static func stripBidiControls(_ text: String) -> String {
        // Every control listed starts with the UTF-8 byte 0xE2; memchr rules most blocks out.
        var copy = text
        let mayHold = copy.withUTF8 { buffer in buffer.baseAddress.map { memchr($0, 0xE2, buffer.count) != nil } ?? false }
        guard mayHold else { return text }
        var found = false
        for scalar in text.unicodeScalars where (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
            found = true
            break
        }
        guard found else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !((0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)) {
            out.append(scalar)
        }
        return String(out)
    }

    /// One walk over the whole tree does two jobs. It empties link and image destinations whose
    /// scheme is not allowed: only http, https, fragment and relative destinations survive;
    /// javascript:, data:, vbscript:, file:, mailto: and the rest are emptied. It also gathers the
    /// plain text of each top-level heading and paragraph: text and code literals, with a space
    /// for each line break. The text is gathered as bytes and decoded once per block, never
    /// appended to a String node by node.
    private static func walk(_ root: OpaquePointer) -> ([MarkdownDocument.DroppedLink], [String]) {
        var dropped: [MarkdownDocument.DroppedLink] = []
        var texts: [String] = []
        var bytes: [UInt8] = []
        var collecting = false
        func finishBlock() {
            if collecting { texts[texts.count - 1] = stripBidiControls(String(decoding: bytes, as: UTF8.self)) }
            bytes.removeAll(keepingCapacity: true)
        }
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if cmark_node_parent(node) == root {
                finishBlock()
                texts.append("")
                collecting = type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH
            }
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let raw = cmark_node_get_url(node) {
                let url = String(cString: raw)
                if !URLPolicy.isAllowed(url) {
                    dropped.append(.init(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)), url: url))
                    _ = cmark_node_set_url(node, "")
                }
            }
            guard collecting else { continue }
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
                    bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: strlen(literal)))
                }
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                bytes.append(0x20)
            }
        }
        finishBlock()
        return (dropped, texts)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
