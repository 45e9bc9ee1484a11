import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// static/ is copied to the site root as it is, and never takes a generated page's place.
@Suite struct StaticFilesTests {
    @Test func copiedAsTheyAre() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        try Support.write(["static/CNAME": "leaderboard.example.org\n", "static/robots.txt": "User-agent: *\nAllow: /\n",
                           "static/.well-known/security.txt": "Contact: mailto:x@example.org\n"], under: root)
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        #expect(try String(contentsOfFile: root + "/Site/CNAME", encoding: .utf8) == "leaderboard.example.org\n")
        #expect(try String(contentsOfFile: root + "/Site/robots.txt", encoding: .utf8) == "User-agent: *\nAllow: /\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/Site/.well-known"), "dot-folders are not copied")
        // A rebuild keeps them (the writer removes only what a build no longer writes).
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/Site/CNAME"))
        // The default favicon comes with the theme.
        #expect(try String(contentsOfFile: root + "/Site/index.html", encoding: .utf8).contains("<link rel=\"icon\" href=\"assets/favicon.svg\""))
        #expect(FileManager.default.fileExists(atPath: root + "/Site/assets/favicon.svg"))
    }

    @Test func generatedPathsAreRefused() {
        let files = ["static/index.html": "<p>mine</p>", "static/data/x.json": "{}", "static/favicon.ico": "ico"]
        let (copied, diagnostics) = StaticFiles.load(folder: "static", io: .memory(files))
        #expect(copied.map(\.path) == ["favicon.ico"])
        let text = diagnostics.map(\.description)
        #expect(text.count == 2)
        #expect(text.contains { $0.hasPrefix("static/data") && $0.hasSuffix("error: `data` is where the build writes its own pages; a static file cannot take its place") })
        #expect(text.contains { $0.hasPrefix("static/index.html") && $0.hasSuffix("error: `index.html` is where the build writes its own pages; a static file cannot take its place") })
    }
}
