import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// leaderboard.yml: validated with located diagnostics, and the only place a site's title lives.
@Suite struct SiteConfigTests {
    @Test func readsEveryField() {
        let yaml = "title: Open Values\ndescription: \"What models do, measured.\"\nbase_url: https://example.org/lb/\nlanguage: pt-BR\n"
        let (config, diagnostics) = SiteConfig.load(path: "leaderboard.yml", io: .memory(["leaderboard.yml": yaml]))
        #expect(diagnostics.isEmpty)
        #expect(config == SiteConfig(title: "Open Values", description: "What models do, measured.", baseURL: "https://example.org/lb/", language: "pt-BR"))
    }

    /// Author, extra header links, footer and the minimum of opponents for a rank.
    @Test func readsSiteFields() {
        let yaml = """
        author: Values Lab
        nav:
          - {label: About, url: about/index.html}
          - {label: Code, url: "https://example.org/code"}
        footer: "Data under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/); <b>raw</b> HTML is dropped."
        minimum_opponents: 2
        """
        let (config, diagnostics) = SiteConfig.load(path: "leaderboard.yml", io: .memory(["leaderboard.yml": yaml]))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(config.author == "Values Lab" && config.minimumOpponents == 2)
        #expect(config.nav == [SiteConfig.NavLink(label: "About", url: "about/index.html"), SiteConfig.NavLink(label: "Code", url: "https://example.org/code")])
        #expect(config.nav.map(\.isInternal) == [true, false])
        #expect(config.footerHTML == "<p>Data under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>; <!-- raw HTML omitted -->raw<!-- raw HTML omitted --> HTML is dropped.</p>\n")
    }

    @Test func siteFieldProblemsAreLocated() {
        let yaml = """
        nav:
          - {label: Evil, url: "javascript:alert(1)"}
          - {label: Up, url: ../elsewhere.html}
          - {label: Nothing}
        footer: "[x](javascript:alert(1))"
        minimum_opponents: 0
        """
        let (config, diagnostics) = SiteConfig.load(path: "leaderboard.yml", io: .memory(["leaderboard.yml": yaml]))
        #expect(config.nav.isEmpty && config.minimumOpponents == Evidence.defaultMinimumOpponents)
        #expect(diagnostics.map(\.description) == [
            "leaderboard.yml:5:9: error: the footer links to `javascript:alert(1)`, which is not an http(s) or relative link",
            "leaderboard.yml:6:20: error: `minimum_opponents` must be between 1 and 1000, not 0",
            "leaderboard.yml:2:5: error: `nav` url `javascript:alert(1)` must be an absolute http(s) URL or a path inside the site such as about/index.html",
            "leaderboard.yml:3:5: error: `nav` url `../elsewhere.html` must be an absolute http(s) URL or a path inside the site such as about/index.html",
            "leaderboard.yml:4:5: error: a `nav` link needs a `label` and a `url`",
        ])
    }

    /// The layout shows them on every page; internal links are relative to each page's depth;
    /// a lower minimum ranks a setup the default leaves "too few to compare".
    @Test func siteFieldsReachThePages() throws {
        var files = Support.minimalContent()
        files["leaderboard.yml"] = "author: Values Lab\nnav:\n  - {label: About, url: about/index.html}\nfooter: \"Kept by *us*.\"\n"
        let io = FileIO.memory(files)
        var pipeline = BuildPipeline(content: "Content", templates: Support.templates, output: "Site", config: "leaderboard.yml", io: io)
        pipeline.themeIO = .disk
        let result = pipeline.run()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let pages = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let index = try #require(pages["index.html"]), model = try #require(pages["models/alpha/index.html"])
        #expect(index.contains("<meta name=\"author\" content=\"Values Lab\">") && index.contains("<p>Maintained by Values Lab.</p>"))
        #expect(index.contains("<li><a href=\"about/index.html\">About</a></li>") && model.contains("<li><a href=\"../../about/index.html\">About</a></li>"))
        #expect(model.contains("<div class=\"site-footer-text\"><p>Kept by <em>us</em>.</p>\n</div>"))
    }

    /// The leaderboard's first sort and the rows per page: checked against the content's columns,
    /// carried to the page for the script; without them the page is as before.
    /// The columns `default_sort` accepts, the row fields the served order sorts them by, and the
    /// theme's sortable headers are one list: a column added to one and not the others fails here.
    @Test func sortColumnsAgreeWithTheServedOrderAndTheTheme() throws {
        #expect(Set(IndexOrder.rowFields.keys) == Set(SiteConfig.sortColumns))
        let template = try String(contentsOfFile: Support.templates + "/index.mustache", encoding: .utf8)
        for column in SiteConfig.sortColumns {
            #expect(template.contains("data-key=\"\(column)\""), "index.mustache has no header for \(column)")
        }
    }

    @Test func defaultSortAndPageSize() throws {
        var files = Support.minimalContent()
        files["leaderboard.yml"] = "default_sort: factuality asc\npage_size: 50\n"
        let io = FileIO.memory(files)
        var pipeline = BuildPipeline(content: "Content", templates: Support.templates, output: "Site", config: "leaderboard.yml", io: io)
        pipeline.themeIO = .disk
        let result = pipeline.run()
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        let index = String(decoding: try #require(result.files.first { $0.path == "index.html" }).bytes, as: UTF8.self)
        #expect(index.contains("<html lang=\"en\" data-page-size=\"50\">"))
        #expect(index.contains("id=\"leaderboard\" data-paged data-default-sort=\"factuality\" data-default-dir=\"asc\">"))
        // The first layout keeps rows past the configured page out, in a generated stylesheet (the
        // CSP allows no inline style); past 200 rows it also shows what the theme's rule hides.
        #expect(index.contains("<link rel=\"stylesheet\" href=\"assets/page-size.css\">"))
        let css = String(decoding: try #require(result.files.first { $0.path == "assets/page-size.css" }).bytes, as: UTF8.self)
        #expect(css == "/* Generated from leaderboard.yml page_size: 50. */\n.js table[data-paged]:not(.paged) > tbody > tr:nth-child(n+51) { display: none; }\n")
        #expect(String(decoding: SiteBuilder.pageSizeStylesheet(500).bytes, as: UTF8.self).contains("tr:nth-child(n+201):nth-child(-n+500) { display: table-row; }"))
        var plain = BuildPipeline(content: "Content", templates: Support.templates, output: "Site", io: .memory(Support.minimalContent()))
        plain.themeIO = .disk
        let without = plain.run().files
        #expect(!without.contains { $0.path == "assets/page-size.css" })
        #expect(!String(decoding: try #require(without.first { $0.path == "index.html" }).bytes, as: UTF8.self).contains("page-size.css"))

        files["leaderboard.yml"] = "default_sort: honesty\npage_size: 5\n"
        var broken = BuildPipeline(content: "Content", templates: Support.templates, output: "Site", config: "leaderboard.yml", io: .memory(files))
        broken.themeIO = .disk
        let problems = broken.validate().diagnostics.map(\.description)
        #expect(problems.contains("leaderboard.yml:1:15: error: `default_sort` column `honesty` is not a leaderboard column; use one of rank, model, cohort, overall, coverage, winrate, paper, toxicity, factuality"))
        #expect(problems.contains("leaderboard.yml:2:12: error: `page_size` must be between 10 and 100000 rows, not 5"))
        let (_, wrong) = SiteConfig.load(path: "c.yml", io: .memory(["c.yml": "default_sort: factuality upwards\n"]))
        #expect(wrong.map(\.description) == ["c.yml:1:15: error: `default_sort` is a column and an optional direction, like `factuality` or `factuality desc`"])
    }

    @Test func missingFileMeansDefaults() {
        let (config, diagnostics) = SiteConfig.load(path: "leaderboard.yml", io: .memory([:]))
        #expect(diagnostics.isEmpty && config == SiteConfig())
    }

    @Test func problemsAreLocated() {
        let yaml = "title: \"\"\nbase_url: example.org\nlanguage: English\ntitel: x\n"
        let (_, diagnostics) = SiteConfig.load(path: "leaderboard.yml", io: .memory(["leaderboard.yml": yaml]))
        #expect(diagnostics.map(\.description) == [
            "leaderboard.yml:1:8: error: `title` must not be empty",
            "leaderboard.yml:2:11: error: `base_url` must be an absolute http or https URL, e.g. https://example.org/leaderboard/",
            "leaderboard.yml:3:11: error: `language` must be a language tag such as en or en-GB, not `English`",
            "leaderboard.yml:4:1: warning: unknown field `titel`; did you mean `title`?",
        ])
    }

    /// The title and language reach every page; --base-url beats the file's base_url.
    @Test func commandLine() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        var files = Support.minimalContent()
        files["Content/models/alpha.md"] = files["Content/models/alpha.md"]!.replacingOccurrences(of: "name: Alpha\n", with: "name: Alpha\nupdated: 2024-05-02\n")
        try Support.write(files, under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        try Support.write(["leaderboard.yml": "title: Open Values\nlanguage: de\nbase_url: https://example.org/a/\n"], under: root)
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        let index = try String(contentsOfFile: root + "/Site/index.html", encoding: .utf8)
        #expect(index.contains("<html lang=\"de\">") && index.contains("<title>Open Values</title>") && index.contains(">Open Values</a>"))
        let model = try String(contentsOfFile: root + "/Site/models/alpha/index.html", encoding: .utf8)
        #expect(model.contains("<title>Alpha · Open Values</title>"))
        #expect(try String(contentsOfFile: root + "/Site/sitemap.xml", encoding: .utf8).contains("https://example.org/a/index.html"))
        // An Atom feed of dated entries, newest first, that an XML parser reads.
        let feedData = try Data(contentsOf: URL(fileURLWithPath: root + "/Site/feed.xml"))
        let feedText = String(decoding: feedData, as: UTF8.self)
        #expect(feedText.contains("<id>https://example.org/a/models/alpha/index.html</id>") && feedText.contains("<updated>2024-05-02T00:00:00Z</updated>"))
        #expect(feedText.components(separatedBy: "<entry>").count - 1 == 1, "only the dated model")
        final class Counter: NSObject, XMLParserDelegate {
            var entries = 0
            func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "entry" { entries += 1 }
            }
        }
        let parser = XMLParser(data: feedData)
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse() && counter.entries == 1)
        #expect(index.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        // The 404 page is served at any depth: its links start from the site's absolute path.
        let notFound = try String(contentsOfFile: root + "/Site/404.html", encoding: .utf8)
        #expect(notFound.contains("href=\"/a/assets/style.css\"") && notFound.contains("href=\"/a/index.html\""))
        #expect(!notFound.contains("href=\"assets/style.css\""))
        #expect(try Support.run(["build", "--quiet", "--base-url", "https://example.org/b/"], in: root).status == 0)
        #expect(try String(contentsOfFile: root + "/Site/sitemap.xml", encoding: .utf8).contains("https://example.org/b/index.html"))
        try Support.write(["leaderboard.yml": "base_url: ftp://example.org/\n"], under: root)
        let check = try Support.run(["check"], in: root)
        #expect(check.status == 1 && check.stderr.contains("leaderboard.yml:1:11: error: `base_url` must be an absolute http or https URL"))
    }
}
