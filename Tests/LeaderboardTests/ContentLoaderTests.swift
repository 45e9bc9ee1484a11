import Foundation
import Testing
@testable import LeaderboardCore

@Suite struct ContentLoaderTests {
    /// A huge range is valid; its bounds appear in messages without breaking number formatting.
    /// Broken YAML does not hide the rest of the file: its body is still checked in the same run.
    /// The disk lists kinds from the directory itself; they must be what asking each path gives.
    @Test func listedKindsAgreeWithAskingEachPath() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(["a.md": "a", "sub/b.md": "b"], under: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/link.md", withDestinationPath: root + "/a.md")
        try FileManager.default.createSymbolicLink(atPath: root + "/broken.md", withDestinationPath: root + "/nowhere")
        #expect(mkfifo(root + "/pipe.md", 0o644) == 0)
        let listed = try FileIO.disk.listKinds(root).sorted { $0.name < $1.name }
        #expect(listed.map(\.name) == ["a.md", "broken.md", "link.md", "pipe.md", "sub"])
        #expect(listed.map(\.kind) == [.file, .symlink, .symlink, .other, .directory])
        #expect(listed.map(\.kind) == listed.map { FileIO.disk.kind(root + "/" + $0.name) })
        #expect(throws: FileIOError.self) { try FileIO.disk.listKinds(root + "/missing") }
    }

    @Test func brokenFrontMatterStillChecksTheBody() {
        var files = Support.minimalContent()
        files["Content/models/beta.md"] = "---\nname: \"Beta\n---\n\nSee [this](javascript:alert(1)).\n"
        let (_, diagnostics) = Support.load(files)
        let text = diagnostics.map(\.description).filter { $0.hasPrefix("Content/models/beta.md") }
        #expect(text == [
            "Content/models/beta.md:3:1: error: malformed YAML: the quoted value opened on line 2 is never closed [YAML parser: found unexpected end of stream (while scanning a quoted scalar on line 2)]",
            "Content/models/beta.md:5:5: warning: link to `javascript:alert(1)` removed: only http, https and relative links are published",
        ])
    }

    @Test func hugeRangeBoundsAreReportedNotFatal() {
        var files = Support.minimalContent()
        files["Content/benchmarks/truth.md"] = "---\nname: Truth\ncriterion: factuality\ndirection: higher\nrange: [0, 10000000000]\n---\n\nA truth test.\n"
        files["Content/metrics/alpha.json"] = "{\"measurements\": [{\"benchmark\": \"truth\", \"value\": 2e10, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.contains { $0.message == "value 2e10 is outside the range of `truth` (0–10000000000)" }, "\(diagnostics)")
    }

    @Test func loadsMinimalContentWithoutErrors() {
        let (content, diagnostics) = Support.load(Support.minimalContent())
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(content.criteria.map(\.id) == ["toxicity", "factuality"])
        #expect(content.models.map(\.slug) == ["alpha", "beta"])
        #expect(content.measurements.count == 3)
        #expect(content.models[0].commentary["toxicity"] == "<p>Alpha was tested.</p>\n")
        #expect(content.models[1].paper == .none)
    }

    /// One file changed against the minimal content; the exact diagnostics expected.
    static let cases: [(String, String, String, [String])] = [
        ("missing name", "Content/models/beta.md", "---\npaper: none\n---\nx\n",
         ["Content/models/beta.md:2:1: error: missing required field `name`"]),
        ("malformed YAML", "Content/models/beta.md", "---\nname: [unclosed\n---\n",
         ["Content/models/beta.md:3:1: error: malformed YAML: the list opened with `[` on line 2 is not closed with `]`, or an item in it needs quotes [YAML parser: did not find expected ',' or ']' (while parsing a flow sequence on line 2)]"]),
        ("unknown criterion", "Content/benchmarks/tox.md", "---\nname: Tox\ncriterion: toxic\ndirection: lower\nrange: [0, 1]\n---\n",
         ["Content/benchmarks/tox.md:3:12: error: unknown criterion `toxic`; known criteria: factuality, toxicity"]),
        ("unknown benchmark", "Content/metrics/beta.json", "{\"measurements\": [{\"benchmark\": \"truht\", \"value\": 1, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}",
         ["Content/metrics/beta.json:1:33: error: unknown benchmark `truht`; did you mean `truth`?"]),
        ("value out of range", "Content/metrics/beta.json", "{\"measurements\": [\n {\"benchmark\": \"tox\", \"value\": 1.5, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}",
         ["Content/metrics/beta.json:2:32: error: value 1.5 is outside the range of `tox` (0–1)"]),
        ("NaN", "Content/metrics/beta.json", "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": NaN}]}",
         ["Content/metrics/beta.json:1:49: error: malformed JSON: NaN and Infinity are not JSON numbers; leave the value out or record it as `qualitative`"]),
        ("no source", "Content/metrics/beta.json", "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.5}]}",
         ["Content/metrics/beta.json:1:19: error: measurement has no \"source\": every number needs {\"title\", \"url\", \"locator\", \"kind\"}"]),
        ("orphan metrics", "Content/metrics/gamma.json", "{\"measurements\": []}",
         ["Content/metrics/gamma.json:1:1: error: metrics file for a model that does not exist: add Content/models/gamma.md or rename this file"]),
        ("duplicate name", "Content/models/gamma.md", "---\nname: alpha\npaper: none\n---\n",
         ["Content/models/gamma.md:1:1: error: model name \"alpha\" is already used by Content/models/alpha.md"]),
        ("bad kind", "Content/metrics/beta.json", "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.5, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"blog\"}}]}",
         ["Content/metrics/beta.json:1:103: error: unknown source kind `blog`; use paper, model-card, leaderboard, harness-run, secondary"]),
        ("duplicate measurement", "Content/metrics/beta.json", "{\"measurements\": [\n{\"benchmark\": \"tox\", \"value\": 0.5, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}},\n{\"benchmark\": \"tox\", \"value\": 0.6, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}",
         ["Content/metrics/beta.json:3:1: error: duplicate measurement of `tox`: already given on line 2; use `variant` to keep both"]),
        ("target outside range", "Content/benchmarks/tox.md", "---\nname: Tox\ncriterion: toxicity\ndirection: target\ntarget: 5\nrange: [0, 1]\n---\n",
         ["Content/benchmarks/tox.md:5:9: error: `target` 5 must lie inside the range 0–1"]),
        ("bad paper", "Content/models/beta.md", "---\nname: Beta\npaper: javascript:alert(1)\n---\n",
         ["Content/models/beta.md:3:8: error: `paper` must be an http(s) URL or `none`"]),
        ("bad slug", "Content/models/Beta_2.md", "---\nname: Beta 2\npaper: none\n---\n",
         ["Content/models/Beta_2.md:1:1: error: file name `Beta_2.md` is not a valid model slug: a slug uses only lower-case ASCII letters, digits and hyphens"]),
    ]

    @Test(arguments: cases.indices)
    func reportsExactDiagnostic(index: Int) {
        let (name, path, text, expected) = Self.cases[index]
        var files = Support.minimalContent()
        files[path] = text
        let (_, diagnostics) = Support.load(files)
        let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == expected, "case \(name)")
    }

    @Test func reportsAllProblemsInOneRunSorted() {
        var files = Support.minimalContent()
        files["Content/models/beta.md"] = "---\npaper: none\n---\n"
        files["Content/metrics/alpha.json"] = "{\"measurements\": [}"
        files["Content/benchmarks/tox.md"] = "---\nname: Tox\ncriterion: toxicity\ndirection: up\nrange: [0, 1]\n---\n"
        let (_, diagnostics) = Support.load(files)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 3)
        #expect(errors.map(\.location.path) == ["Content/benchmarks/tox.md", "Content/metrics/alpha.json", "Content/models/beta.md"])
    }

    @Test func warnsAboutLikelyMistakes() {
        var files = Support.minimalContent()
        files["Content/models/alpha.md"] = "---\nname: Alpha\npaper: https://example.org\norganisation: X\n---\n\n## Toxcity\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        files["Content/models/gamma.md"] = "---\nname: Gamma\n---\n"
        let (_, diagnostics) = Support.load(files)
        let warnings = diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains("Content/models/alpha.md:4:1: warning: unknown field `organisation`; did you mean `organization`?"))
        #expect(warnings.contains("Content/models/alpha.md:7:1: warning: heading \"Toxcity\" matches no criterion; did you mean \"Toxicity\"? (criterion sections are headed by a criterion's name)"))
        #expect(warnings.contains("Content/models/alpha.md:9:1: warning: pipe table in a write-up: CommonMark has no tables, so it shows as text; put numbers in the metrics file"))
        #expect(warnings.contains("Content/models/gamma.md:1:1: warning: model has no measurements and does not say `paper: none`; add measurements or state that there is no paper"))
    }

    @Test func criterionSectionsAreSlicesOfTheWriteUp() {
        var files = Support.minimalContent()
        files["Content/models/alpha.md"] = """
        ---
        name: Alpha
        paper: none
        ---

        Intro with é and 漢字.

        ## Toxicity

        First part, 😀.

        ### Details

        - one
        - two

        ## Factuality

        Truthful.

        ## Other

        Not commentary.

        ## Toxicity

        Second part.
        """
        let (content, diagnostics) = Support.load(files)
        let alpha = content.models.first { $0.slug == "alpha" }!
        #expect(diagnostics.contains { $0.description == "Content/models/alpha.md:25:1: warning: second section for criterion `toxicity`; both are shown" }, "\(diagnostics)")
        // One section: a slice of the write-up's own text, not a copy of it.
        let factuality = alpha.commentary["factuality"]
        #expect(factuality == "<p>Truthful.</p>\n")
        #expect(factuality?.base == alpha.writeupHTML)
        // Two sections of one criterion: both, in order, with the nested heading and list.
        #expect(alpha.commentary["toxicity"] == "<p>First part, 😀.</p>\n<h3>Details</h3>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Second part.</p>\n")
        #expect(alpha.commentary.keys.sorted() == ["factuality", "toxicity"])
    }

    @Test func bomAndCRLFAreAccepted() {
        var files = Support.minimalContent()
        files["Content/models/beta.md"] = "\u{FEFF}---\r\nname: Beta\r\npaper: none\r\n---\r\n\r\n## Toxicity\r\n\r\nText.\r\n"
        let (content, diagnostics) = Support.load(files)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(content.models.first { $0.slug == "beta" }?.commentary["toxicity"] == "<p>Text.</p>\n")
    }
}
