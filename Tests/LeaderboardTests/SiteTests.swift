import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

@Suite struct SiteTests {
    @Test func writesEveryPageAndExport() throws {
        let site = try Support.render(Support.minimalContent())
        // No sitemap without a base URL: it could only list relative paths.
        #expect(site["sitemap.xml"] == nil && !site["index.html"]!.contains("sitemap.xml"))
        for path in ["index.html", "404.html", "matrix/index.html", "compare/index.html", "methodology/index.html",
                     "models/alpha/index.html", "models/beta/index.html", "criteria/toxicity/index.html", "benchmarks/tox/index.html",
                     "data/leaderboard.json", "data/measurements.csv", "assets/style.css", "assets/leaderboard.js"] {
            #expect(site[path] != nil, "missing \(path)")
        }
    }

    @Test func gapsAreLabelledNeverBlankOrZero() throws {
        let index = try #require(try Support.render(Support.minimalContent())["index.html"])
        let betaRow = try #require(index.components(separatedBy: "<tr id=\"row-beta\"").last?.components(separatedBy: "</tr>").first)
        #expect(betaRow.contains("<span class=\"gap gap-noeval\">no eval</span>"))
        #expect(betaRow.contains("figure/qualitative only"))
        #expect(betaRow.contains("<span class=\"gap gap-nopaper\">no paper</span>"))
        #expect(!betaRow.contains(">0.0<"))
        #expect(betaRow.contains("0 of 2"))
    }

    @Test func leaderboardJSONHasThePublicShape() throws {
        let json = try #require(try Support.render(Support.minimalContent())["data/leaderboard.json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let criteria = object["criteria"] as! [[String: Any]]
        #expect(criteria.map { $0["id"] as! String } == ["toxicity", "factuality"])
        let models = object["models"] as! [[String: Any]]
        #expect(models.map { $0["slug"] as! String } == ["alpha", "beta"])
        #expect(models[0]["paper"] as? String == "https://example.org/alpha")
        #expect(models[1]["paper"] is NSNull)
        let tox = (models[0]["criteria"] as! [String: Any])["toxicity"] as! [String: Any]
        #expect(tox["status"] as? String == "scored")
        #expect(tox["score"] as? Double == 75)
        let betaTox = (models[1]["criteria"] as! [String: Any])["toxicity"] as! [String: Any]
        #expect(betaTox["status"] as? String == "no-eval")
        #expect(betaTox["score"] is NSNull)
        let overall = models[0]["overall"] as! [String: Any]
        // Shown only for a model compared with at least three others; coverage always.
        #expect(overall["score"] is NSNull)
        #expect(overall["coverage"] as? Int == 2)
        #expect(tox["interval"] as? [Double] == [74.5, 75.5]) // 0.25 printed to 2 decimals: ±0.005 on a 0–1 scale
        #expect(models[0]["cohort"] is NSNull && models[0]["standing"] is NSNull)
    }

    @Test func measurementsCSVQuotesAndKeepsSourceText() throws {
        var files = Support.minimalContent()
        files["Content/metrics/beta.json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"subset\": \"a, \\\"b\\\"\", \"value\": 0.50, \"source\": {\"title\": \"t\", \"locator\": \"Table 1\", \"kind\": \"secondary\"}}]}"
        let csv = try #require(try Support.render(files)["data/measurements.csv"])
        let lines = csv.split(separator: "\n")
        #expect(lines[0].hasPrefix("model,benchmark,subset,value,score,source_url,locator,kind"))
        #expect(lines.contains { $0.hasPrefix("beta,tox,\"a, \"\"b\"\"\",0.50,50.000,,Table 1,secondary") })
    }

    @Test func hostileContentIsEscaped() throws {
        var files = Support.minimalContent()
        files["Content/models/evil.md"] = """
        ---
        name: "<script>alert(1)</script>\\" onmouseover=\\"x \u{202E}evil\u{2066}"
        organization: "<img src=x onerror=alert(1)>\u{200F}"
        paper: none
        ---

        <script>alert('body')</script>

        [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) {{layout}} \u{202E}gnp.exe

        ## Toxicity

        <iframe src="https://evil.example"></iframe>
        """
        files["Content/metrics/evil.json"] = """
        {"measurements": [{"benchmark": "tox", "value": 0.5, "subset": "<b onclick=x>\u{202D}", "note": "\\" onfocus=\\"alert(1)\u{FEFF}",
          "source": {"title": "</a><script>x</script>\u{202B}", "url": "https://example.org/?a=1&b='x'", "locator": "{{{content}}}\u{2069}", "kind": "paper"}}]}
        """
        let site = try Support.render(files)
        for (path, html) in site where path.hasSuffix(".html") {
            let lower = html.lowercased()
            #expect(!lower.contains("<script>"), "\(path) has a script element")
            #expect(!lower.contains("<script src=\"http"), "\(path)")
            #expect(!lower.contains("javascript:"), "\(path) has a javascript: URL")
            #expect(!lower.contains("data:text"), "\(path) has a data: URL")
            #expect(!lower.contains("<iframe"), "\(path) has an iframe")
            // Bidi controls and invisible marks from any field (name, organization, subset, note,
            // source title, locator) never reach a page.
            for control in ["\u{202E}", "\u{2066}", "\u{200F}", "\u{202D}", "\u{FEFF}", "\u{202B}", "\u{2069}"] {
                #expect(!html.contains(control), "\(path) has a bidi control \(control.unicodeScalars.first!.value)")
            }
            for (tag, name) in Self.attributeNames(in: html) {
                #expect(!name.hasPrefix("on"), "\(path): event handler \(name) on <\(tag)>")
                #expect(!["img", "iframe", "object", "embed"].contains(tag), "\(path): injected <\(tag)>")
            }
            #expect(lower.contains("content-security-policy"), "\(path) lacks a CSP")
        }
        let page = try #require(site["models/evil/index.html"])
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x"))
        #expect(page.contains("{{layout}}"))
        #expect(page.contains("{{{content}}}"))
    }

    /// Attribute names of every tag, parsed the way a browser tokenizes them (quoted values skipped).
    static func attributeNames(in html: String) -> [(tag: String, name: String)] {
        let b = Array(html.utf8)
        var out: [(String, String)] = []
        var i = 0
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
        while i < b.count {
            guard b[i] == UInt8(ascii: "<"), i + 1 < b.count, (b[i + 1] | 0x20) >= 0x61 && (b[i + 1] | 0x20) <= 0x7A else { i += 1; continue }
            var j = i + 1
            while j < b.count && !isSpace(b[j]) && b[j] != UInt8(ascii: ">") && b[j] != UInt8(ascii: "/") { j += 1 }
            let tag = String(decoding: b[(i + 1)..<j], as: UTF8.self).lowercased()
            while j < b.count && b[j] != UInt8(ascii: ">") {
                while j < b.count && (isSpace(b[j]) || b[j] == UInt8(ascii: "/")) { j += 1 }
                let nameStart = j
                while j < b.count && !isSpace(b[j]) && b[j] != UInt8(ascii: "=") && b[j] != UInt8(ascii: ">") { j += 1 }
                if j > nameStart { out.append((tag, String(decoding: b[nameStart..<j], as: UTF8.self).lowercased())) }
                while j < b.count && isSpace(b[j]) { j += 1 }
                if j < b.count && b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < b.count && isSpace(b[j]) { j += 1 }
                    if j < b.count && (b[j] == 0x22 || b[j] == 0x27) {
                        let quote = b[j]
                        j += 1
                        while j < b.count && b[j] != quote { j += 1 }
                        j += 1
                    } else {
                        while j < b.count && !isSpace(b[j]) && b[j] != UInt8(ascii: ">") { j += 1 }
                    }
                }
            }
            i = j + 1
        }
        return out
    }

    @Test func buildsAreDeterministicAcrossThreadCounts() throws {
        let first = try Support.render(Support.minimalContent())
        let second = try Support.render(Support.minimalContent())
        #expect(first == second)
    }

    /// Streaming reuses each page's buffer once its file is written; a collected build keeps every
    /// buffer. Both must give the same bytes for every file (a buffer taken back too early would
    /// show as one page's bytes inside another).
    @Test func streamedPagesMatchCollectedPages() throws {
        let (content, diagnostics) = ContentLoader(io: .disk, root: Support.seedContent).load()
        #expect(!diagnostics.hasErrors)
        let builder = SiteBuilder(scoreboard: Scoreboard(content: content), theme: try Support.theme())
        let collected = Dictionary(uniqueKeysWithValues: builder.build().map { ($0.path, $0.bytes) })
        let streamed = LockedList<(String, [UInt8])>()
        let paths = builder.render { file in streamed.append((file.path, file.withUnsafeBytes { Array($0) })) }
        #expect(paths == collected.keys.sorted())
        let streamedFiles = Dictionary(uniqueKeysWithValues: streamed.items)
        #expect(streamedFiles.count == collected.count)
        for (path, bytes) in collected {
            let same = streamedFiles[path] == bytes
            #expect(same, "\(path) differs when streamed")
        }
    }

    @Test func linksAreRelative() throws {
        let site = try Support.render(Support.minimalContent())
        for (path, html) in site where path.hasSuffix(".html") {
            for attr in ["href=\"/", "src=\"/"] { #expect(!html.contains(attr), "\(path) has a root-relative link") }
        }
        #expect(site["models/alpha/index.html"]!.contains("href=\"../../assets/style.css\""))
    }

    @Test func brokenTemplateIsAnErrorWithLine() throws {
        let folder = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Support.templates, toPath: folder + "/T")
        try "<h1>{{name}}</h1>\n{{#rows}}\n<p>{{name}}</p>\n".write(toFile: folder + "/T/index.mustache", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/T/matrix.mustache")
        let (theme, diagnostics) = Theme.load(folder: folder + "/T", io: .disk)
        #expect(theme == nil)
        let messages = diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("\(folder)/T/index.mustache:") && $0.contains("error: template does not parse: section {{#rows}} is never closed") }, "\(messages)")
        #expect(messages.contains("\(folder)/T/matrix.mustache:1:1: error: required template is missing; copy it from the default theme"))
    }
}
