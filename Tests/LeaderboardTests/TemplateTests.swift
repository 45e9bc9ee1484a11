import Foundation
import Testing
@testable import LeaderboardSite
import LeaderboardCore

@Suite struct TemplateTests {
    func render(_ source: String, _ value: TemplateValue, partials: [String: Template] = [:]) throws -> String {
        try Template(source).render(value, partials: partials)
    }

    @Test func variablesEscapeAndTripleDoesNot() throws {
        let v = TemplateValue.object(["a": .text("<b>\"x\" & 'y'</b>")])
        #expect(try render("{{a}}|{{{a}}}|{{& a}}", v) == "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;|<b>\"x\" & 'y'</b>|<b>\"x\" & 'y'</b>")
    }

    /// The escaper skips eight bytes at a time; check it against a byte-by-byte reference with
    /// every special character at every offset, beside multi-byte text and bytes just off the
    /// specials (%, (, =, ?, ;), for lengths around the eight-byte steps.
    @Test func escapingMatchesByteByByteReference() {
        func reference(_ text: String) -> String {
            var out = ""
            for c in text.unicodeScalars {
                switch c {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(c)
                }
            }
            return out
        }
        func escaped(_ text: String) -> String {
            var out = ByteBuffer(capacity: 16)
            Template.appendEscaped(text, to: &out)
            return out.string
        }
        let fillers: [Character] = ["a", "%", "(", "=", "?", ";", "é", "→", "7", " ", "~", "\u{7F}", "\u{00}"]
        var generator = SystemRandomNumberGenerator()
        var checked = 0
        for length in 0...34 {
            for special in ["&", "<", ">", "\"", "'"] as [Character] {
                for position in 0..<max(length, 1) {
                    var text = String((0..<length).map { _ in fillers.randomElement(using: &generator)! })
                    if length > 0 {
                        var characters = Array(text)
                        characters[position] = special
                        text = String(characters)
                    }
                    #expect(escaped(text) == reference(text), "\(text.debugDescription)")
                    checked += 1
                }
            }
            let plain = String((0..<length).map { _ in fillers.randomElement(using: &generator)! })
            #expect(escaped(plain) == reference(plain), "\(plain.debugDescription)")
        }
        #expect(checked > 2_500)
    }

    @Test func sectionsListsInvertedAndContextStack() throws {
        let v = TemplateValue.object([
            "slug": .text("m"), "flag": .bool(false), "empty": .text(""),
            "items": .list([.object(["n": .text("1")]), .object(["n": .text("2")])]),
            "names": .list([.text("x"), .text("y")]),
            "nested": .object(["inner": .text("deep")]),
        ])
        #expect(try render("{{#items}}{{n}}-{{slug}};{{/items}}", v) == "1-m;2-m;")
        #expect(try render("{{#names}}[{{.}}]{{/names}}", v) == "[x][y]")
        #expect(try render("{{^flag}}no{{/flag}}{{#flag}}yes{{/flag}}{{^empty}}e{{/empty}}{{missing}}", v) == "noe")
        #expect(try render("{{nested.inner}} {{#nested}}{{inner}}{{/nested}}{{! a comment }}", v) == "deep deep")
        #expect(try render("{{> p}}", v, partials: ["p": try Template("[{{slug}}]")]) == "[m]")
    }

    @Test(arguments: [
        ("<p>\n{{#a}}\n", 2, 1, "section {{#a}} is never closed"),
        ("{{#a}}{{/b}}", 1, 7, "closing tag {{/b}} does not match the open section {{#a}}"),
        ("x\n  {{name", 2, 3, "a tag is not closed with }}"),
        ("{{/a}}", 1, 1, "closing tag {{/a}} has no open section"),
        ("{{=<% %>=}}", 1, 1, "set-delimiter tags are not supported"),
    ])
    func parseErrorsHaveLineAndColumn(source: String, line: Int, column: Int, message: String) {
        do {
            _ = try Template(source)
            Issue.record("parsed \(source)")
        } catch let error as Template.ParseError {
            #expect(error.line == line && error.column == column && error.message == message)
        } catch {
            Issue.record("\(error)")
        }
    }

    /// The generated conversions must match reflection field for field.
    @Test func generatedConversionsMatchMirror() throws {
        let site = try Support.render(Support.minimalContent())
        #expect(!site.isEmpty)
        let cell = CellView(criterion: "c", criterionName: "C", isScored: true, isQualitative: false, isNoEval: false, isNearChance: false, scoreText: "1.0",
                            sortValue: "1", basis: "b", benchmarkNote: "", hasBenchmarkNote: false)
        let row = RowView(rank: "1", standing: "=1", cohort: "1", cohortLabel: "cohort 1", overallNote: "", slug: "s", name: "n", href: "h", organization: "o", hasOrganization: true,
                          methods: [BadgeView(label: "l", short: "s", id: "i")], methodsKey: "i", alignmentNone: false, alignmentUnknown: false,
                          hasPaper: true, paperHref: "p", noPaper: false, paperUnknown: false, paperKey: "yes", cells: [cell],
                          hasOverall: true, overallText: "1", overallSort: "1", coverage: "1", coverageText: "1 of 1",
                          hasWinRate: false, winRateText: "", winRateSort: "", position: "0")
        for value in [row as Any, cell, BadgeView(label: "a", short: "b", id: "c"), LinkView(label: "a", href: "b"),
                      FactView(label: "a", value: "b"), MatrixCellView(isHeadline: true, isSubsetOnly: false, isQualitative: false, isMissing: false, title: "t")] {
            let fast = (value as! TemplateRepresentable).templateValue
            #expect(fast.canonical == TemplateValue.reflected(value).canonical, "\(type(of: value))")
        }
    }

    /// Every view model on every page of the seed site converts exactly as reflection would:
    /// same fields, same order, same values (the conversions list names and values separately).
    @Test func everyPageConversionMatchesReflection() throws {
        let (content, diagnostics) = ContentLoader(root: Support.seedContent).load()
        #expect(!diagnostics.hasErrors)
        let mismatches = LockedList<String>()
        var builder = SiteBuilder(scoreboard: Scoreboard(content: content), theme: try Support.theme())
        builder.verifyConversions = true
        builder.conversionMismatch = { mismatches.append($0) }
        #expect(builder.build().count > 40)
        #expect(mismatches.items.isEmpty, "\(mismatches.items.first ?? "")")
    }
}


/// Rows made as the template reaches them read like an array's: same output, each row made
/// once per pass, and a list iterated inside itself keeps both passes' rows apart.
@Suite struct ViewListTests {
    final class Made: @unchecked Sendable { var rows: [Int] = [] }

    func list(_ made: Made, count: Int = 3) -> ViewList<LinkView> {
        ViewList(count: count) { i in
            made.rows.append(i)
            return LinkView(label: "L\(i)", href: "h\(i)")
        }
    }

    @Test func rendersLikeAnArrayMakingEachRowOnce() throws {
        let made = Made()
        let lazy = TemplateValue.object(TemplateFields(pairs: [("rows", list(made).templateRows)]))
        let eager = TemplateValue.object(TemplateFields(pairs: [("rows", (0..<3).map { LinkView(label: "L\($0)", href: "h\($0)") }.templateRows)]))
        let source = "{{#rows}}<a href=\"{{href}}\">{{label}}</a>{{label}};{{/rows}}"
        let out = try Template(source).render(lazy, partials: [:])
        #expect(out == (try Template(source).render(eager, partials: [:])))
        #expect(out == "<a href=\"h0\">L0</a>L0;<a href=\"h1\">L1</a>L1;<a href=\"h2\">L2</a>L2;")
        #expect(made.rows == [0, 1, 2])
    }

    @Test func aListInsideItselfKeepsBothRows() throws {
        let made = Made()
        let rows = list(made, count: 2)
        let value = TemplateValue.object(TemplateFields(pairs: [("rows", rows.templateRows), ("again", rows.templateRows)]))
        let out = try Template("{{#rows}}[{{label}}:{{#again}}{{label}}{{/again}}:{{label}}]{{/rows}}").render(value, partials: [:])
        #expect(out == "[L0:L0L1:L0][L1:L0L1:L1]")
    }

    @Test func emptyListRendersNothingAndIsFalsy() throws {
        let made = Made()
        let value = TemplateValue.object(TemplateFields(pairs: [("rows", list(made, count: 0).templateRows)]))
        #expect(try Template("{{#rows}}x{{/rows}}{{^rows}}none{{/rows}}").render(value, partials: [:]) == "none")
        #expect(made.rows.isEmpty)
    }

    @Test func reflectionSeesTheRows() {
        let made = Made()
        struct Holder { var rows: ViewList<LinkView> }
        let reflected = TemplateValue.reflected(Holder(rows: list(made)))
        #expect(reflected.canonical == "{rows:[{label:\"L0\",href:\"h0\"},{label:\"L1\",href:\"h1\"},{label:\"L2\",href:\"h2\"}]}")
    }
}

@Suite struct ByteWriterTests {
    @Test(arguments: [0, 7, 9, 10, 11, 99, 100, 315, 9_999, 10_000, 1_234_567_890, Int.max, -1, -120, Int.min])
    func integersMatchDescription(_ n: Int) {
        var out = ByteBuffer(capacity: 1)
        out.append("x=" as StaticString)
        out.appendDecimal(n)
        #expect(out.string == "x=\(n)")
    }

    /// Short appends copy by words, longer ones through memmove: every length lands byte-exact,
    /// at every offset, across growth.
    @Test func appendsOfEveryLengthAreExact() {
        let source = (0..<64).map { UInt8(33 + $0) }
        var out = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for length in 0...40 {
            source.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[(length % 7)..<(length % 7 + length)])) }
            expected += source[(length % 7)..<(length % 7 + length)]
        }
        #expect(out.array == expected)
    }
}

@Suite struct TemplateProgramTests {
    /// Text runs split by comments merge, but never across the end of a section.
    @Test func textAfterASectionStaysOutsideIt() throws {
        let template = try Template("{{#a}}x{{! one }}y{{/a}}z{{! two }}w{{^a}}n{{/a}}.")
        #expect(template.render(.object(["a": .bool(false)]), partials: [:]) == "zwn.")
        #expect(template.render(.object(["a": .bool(true)]), partials: [:]) == "xyzw.")
        #expect(template.render(.object(["a": .list([.text("1"), .text("2")])]), partials: [:]) == "xyxyzw.")
    }

    @Test func nestedSectionsAndDottedPaths() throws {
        let template = try Template("{{#rows}}[{{#cells}}{{.}}{{/cells}}|{{meta.label}}]{{/rows}}{{meta.label}}")
        let value: TemplateValue = .object([
            "meta": .object(["label": .text("top")]),
            "rows": .list([
                .object(["cells": .list([.text("a"), .text("b")])]),
                .object(["cells": .list([]), "meta": .object(["label": .text("<own>")])]),
            ]),
        ])
        #expect(template.render(value, partials: [:]) == "[ab|top][|&lt;own&gt;]top")
    }
}

@Suite struct LeadingCharactersTests {
    @Test func matchesPrefixOnCharacters() {
        let a200 = String(repeating: "a", count: 200)
        let cases = ["", "short", a200, a200 + "b", a200 + "\u{301}tail", String(repeating: "a", count: 199) + "\r\nx",
                     String(repeating: "é", count: 150), String(repeating: "👩‍👩‍👧", count: 90), a200 + "\r\n", "x\r\n" + a200]
        for text in cases {
            #expect(text.leadingCharacters(200) == String(text.prefix(200)), "\(text.utf8.count) bytes")
        }
    }
}

@Suite struct ConcatenatingTests {
    @Test func joinsLikeJoined() {
        let long = String(repeating: "x", count: 40)
        let cases: [[String]] = [[], [""], ["a"], ["a", "", "b"], ["TruthfulQA (MC2)", ": ", "0.39", " (95% ", "0.36–0.42", ") → ", "39.2"],
                                 [long, "é", "👩‍👩‍👧", long], ["123456789012345"], ["12345678", "90123456"], ["", long, ""],
                                 [String(repeating: "漢", count: 5), "字"]]
        for parts in cases {
            let joined = String.concatenating(parts)
            #expect(joined == parts.joined(), "\(parts)")
            #expect(joined.utf8.count == parts.reduce(0) { $0 + $1.utf8.count })
        }
        // Substrings and bridged text are copied the same way.
        let base = "prefix: the middle part, suffix"
        #expect(String.concatenating([String(base.dropFirst(8).prefix(10)), long]) == "the middle" + long)
    }
}
