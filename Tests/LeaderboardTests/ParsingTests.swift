import Testing
@testable import LeaderboardCore
import Markdown
import CArena
import CCmark
import Foundation

@Suite struct JSONParserTests {
    @Test func recordsPositionsAndRawNumbers() throws {
        let node = try JSONParser.parse("{\n  \"a\": [1.50, -2e3],\n  \"b\": \"x\"\n}").get()
        let a = try #require(node["a"])
        #expect(a.line == 2 && a.column == 8)
        guard case .array(let items) = a.value, case .number(let v, let raw) = items[0].value else { Issue.record("not an array"); return }
        #expect(v == 1.5 && raw == "1.50")
        #expect(items[1].column == 15)
    }

    @Test(arguments: [
        ("{\"a\": NaN}", 1, 7, "NaN and Infinity are not JSON numbers"),
        ("{\"a\": -Infinity}", 1, 8, "NaN and Infinity are not JSON numbers"),
        ("{\"a\": 1e999}", 1, 7, "number 1e999 is too large to represent"),
        ("{\"a\": 1,}", 1, 9, "expected a quoted key"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\""),
        ("[1 2]", 1, 4, "expected ',' or ']' in an array"),
        ("{\"a\": \"x\ny\"}", 1, 9, "unterminated string"),
        ("", 1, 1, "unexpected end of file"),
        ("{\"a\": 01}", 1, 7, "invalid number: leading zero"),
    ])
    func reportsErrorsWithLocation(input: String, line: Int, column: Int, message: String) {
        guard case .failure(let error) = JSONParser.parse(input) else { Issue.record("parsed: \(input)"); return }
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }

    /// The decimal fast path must give exactly what `Double(String)` gives, or refuse.
    @Test func exactDecimalsMatchTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        var texts = ["0", "-0", "0.1", "0.3", "99.99", "123456789012345", "1234567890123456", "0.000000000000001",
                     "0.0000000000000001", "1.7976931348623157", "-42.125", "100.000", "9007199254740993", "1e5"]
        for _ in 0..<20_000 {
            let whole = String(UInt64.random(in: 0...999_999_999, using: &generator))
            let fraction = String(UInt64.random(in: 0...999_999_999_999, using: &generator))
            let cut = Int.random(in: 0...fraction.count, using: &generator)
            let sign = Bool.random(using: &generator) ? "-" : ""
            texts.append(cut == 0 ? sign + whole : sign + whole + "." + fraction.prefix(cut))
        }
        var checked = 0
        for text in texts {
            guard let fast = JSONParser.exactDecimal(ArraySlice(text.utf8)) else { continue }
            checked += 1
            #expect(fast.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
        #expect(checked > 10_000)
        #expect(JSONParser.exactDecimal(ArraySlice("1234567890123456".utf8)) == nil)
        #expect(JSONParser.exactDecimal(ArraySlice("1e5".utf8)) == nil)
    }

    @Test func limitsNestingDepth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        guard case .failure(let error) = JSONParser.parse(deep) else { Issue.record("parsed"); return }
        #expect(error.message.contains("nested more than 64"))
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let node = try JSONParser.parse("\"a\\u00e9\\ud83d\\ude00\\n\"").get()
        guard case .string(let s) = node.value else { Issue.record("not a string"); return }
        #expect(s == "aé😀\n")
    }

    @Test func serializationRoundTripsSourceText() throws {
        let text = "{\n  \"measurements\": [\n    {\n      \"benchmark\": \"x\",\n      \"value\": 0.6481812760882528\n    }\n  ]\n}\n"
        #expect(try JSONParser.parse(text).get().serialized() == text)
    }
}

@Suite struct FrontMatterTests {
    @Test func splitsAndCountsLines() throws {
        let (fm, problem) = FrontMatter.split("---\nname: A\n---\nBody\n", path: "m.md")
        #expect(problem == nil)
        let front = try #require(fm)
        #expect(front.yaml == "name: A\n")
        #expect(front.body == "Body\n")
        #expect(front.bodyLineOffset == 3)
    }

    @Test func missingAndUnclosed() {
        #expect(FrontMatter.split("name: A\n", path: "m.md").1?.message.hasPrefix("missing front matter") == true)
        #expect(FrontMatter.split("---\nname: A\n", path: "m.md").1?.message.hasPrefix("front matter is not closed") == true)
    }

    @Test func acceptsDotsAndTrailingSpaces() {
        #expect(FrontMatter.split("---  \nname: A\n...\n", path: "m.md").0?.body == "")
    }
}

@Suite struct MarkdownTests {
    @Test func rawHTMLIsDroppedByDefault() {
        let html = Markdown.parse("Hi <script>alert(1)</script>\n\n<div onclick=x>block</div>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLWhenOptedIn() {
        #expect(Markdown.parse("<b>bold</b>\n", options: .init(allowRawHTML: true)).html.contains("<b>bold</b>"))
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " java\tscript:x", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "mailto:a@b.c"])
    func unsafeLinksAreEmptied(url: String) {
        let doc = Markdown.parse("[x](<\(url)>) ![y](<\(url)>)\n")
        #expect(!doc.html.lowercased().contains("script:"))
        #expect(!doc.html.contains("data:"))
        #expect(doc.droppedLinks.count == 2)
    }

    @Test(arguments: ["https://example.org/x", "http://a.b", "../x/index.html", "#frag", "page.html?q=1"])
    func safeLinksSurvive(url: String) {
        let doc = Markdown.parse("[x](\(url))\n")
        #expect(doc.droppedLinks.isEmpty)
        #expect(doc.html.contains("href=\"\(url.replacingOccurrences(of: "&", with: "&amp;"))\""))
    }

    /// cmark allocates from a per-thread arena in `Markdown.parse`. The HTML must be what cmark
    /// renders with its own allocator, for documents whose buffers grow in place, move, and span
    /// many arena blocks (a 3 MB paragraph, a 2 MB code block, 20,000 blocks, deep nesting, a
    /// table of references), and the arena must be given back when the document is done.
    @Test(arguments: [
        "short *emphasis* and `code`\n",
        String(repeating: "word *em* **strong** [link](https://example.org/x) ", count: 50_000) + "\n",
        "```\n" + String(repeating: "let x = \"<&>\" // code line\n", count: 70_000) + "```\n",
        (0..<20_000).map { "## Heading \($0)\n\nParagraph \($0) with _text_.\n\n- item\n- item\n" }.joined(),
        String(repeating: "> ", count: 2_000) + "deep\n" + String(repeating: "- ", count: 500) + "list\n",
        (0..<5_000).map { "[r\($0)]: https://example.org/\($0) \"title \($0)\"\n" }.joined()
            + (0..<5_000).map { "See [r\($0)] and [x][r\($0)].\n" }.joined(),
    ])
    func arenaRenderingMatchesCmarksOwnAllocator(document: String) {
        let ours = Markdown.parse(document).html
        let reference: String = document.withCString { chars in
            let rendered = cmark_markdown_to_html(chars, strlen(chars), CMARK_OPT_DEFAULT)!
            defer { free(rendered) }
            return String(cString: rendered)
        }
        #expect(ours == reference)
        #expect(lb_arena_held() <= 256 * 1024, "the arena keeps at most its first block between documents")
    }

    @Test func nestedArenaScopesKeepTheOuterDocument() {
        lb_arena_begin()
        let memory = UnsafeMutableRawPointer(lb_arena_allocator()).assumingMemoryBound(to: cmark_mem.self)
        let outer = memory.pointee.calloc(1, 64)!.assumingMemoryBound(to: UInt8.self)
        outer.initialize(repeating: 7, count: 64)
        _ = Markdown.parse(String(repeating: "inner *document* ", count: 100_000))
        #expect((0..<64).allSatisfy { outer[$0] == 7 }, "an inner parse must not release the outer scope's memory")
        var grown = memory.pointee.realloc(outer, 1_000_000)!.assumingMemoryBound(to: UInt8.self)
        #expect((0..<64).allSatisfy { grown[$0] == 7 })
        grown = memory.pointee.realloc(grown, 16)!.assumingMemoryBound(to: UInt8.self)
        #expect(grown[15] == 7)
        lb_arena_end()
        #expect(lb_arena_held() <= 256 * 1024)
    }

    @Test func blocksCarryLinesAndHeadingText() {
        let doc = Markdown.parse("# Title\n\nText *here*.\n\n## Toxicity `x`\n")
        #expect(doc.blocks.count == 3)
        #expect(doc.blocks[2].kind == .heading(level: 2))
        #expect(doc.blocks[2].text == "Toxicity x")
        #expect(doc.blocks[2].line == 5)
    }
}

@Suite struct SlugTests {
    @Test(arguments: [
        ("Falcon 7B", "falcon-7b"), ("LLaMA-2 70B (chat)", "llama-2-70b-chat"), ("Škoda Straße", "skoda-strasse"),
        ("  GPT--J  ", "gpt-j"), ("Pythia 1.4B", "pythia-1-4b"), ("Æther Øl", "aether-ol"),
    ])
    func makesSlugs(name: String, slug: String) throws {
        #expect(try Slug.make(from: name).get() == slug)
    }

    @Test func refusesNonLatinNames() {
        guard case .failure(let error) = Slug.make(from: "通义千问 7B") else { Issue.record("accepted"); return }
        #expect(error == .nonLatin("通"))
        #expect(Slug.make(from: "!!!") == .failure(.empty))
    }

    @Test(arguments: ["../x", "A", "a--b", "-a", "a-", "a_b", "con", ""])
    func rejectsBadSlugs(slug: String) {
        #expect(Slug.problem(slug) != nil)
    }
}

@Suite struct FastPathTests {
    @Test(arguments: [
        ("https://arxiv.org/abs/2112.00861", true), ("HTTP://Example.org", true), ("http://a", true),
        ("https://", false), ("http:///x", false), ("http:/x", false), ("ftp://x.org", false),
        ("javascript:alert(1)", false), ("https://x.org/a b", false), ("https://x.org/\"", false), ("httpx://x", false),
    ])
    func webURLs(url: String, allowed: Bool) {
        #expect(URLPolicy.isWebURL(url) == allowed, "\(url)")
    }

    /// The fast and the careful decoding paths agree on what they accept and what they produce.
    @Test func sourceTextFastPathMatchesCarefulPath() {
        let samples: [[UInt8]] = [Array("plain\nlines\n".utf8), Array("crlf\r\nline\r\n".utf8), Array("ünï → ✓\n".utf8),
                                  [0x61, 0xC3], [0x61, 0x00, 0x62], [0xEF, 0xBB, 0xBF, 0x61], [0xED, 0xA0, 0x80], []]
        for bytes in samples {
            let (text, problems) = SourceText.decode(bytes, path: "f")
            let valid = SourceText.firstInvalidUTF8(bytes[...]) == nil && !bytes.contains(0)
            #expect((text != nil) == valid, "\(bytes)")
            if let text { #expect(!text.text.utf8.contains(0x0D) && problems.allSatisfy { $0.severity == .warning }) }
        }
    }
}
