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
