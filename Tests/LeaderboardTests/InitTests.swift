import Foundation
import Testing
@testable import LeaderboardCore

/// `init` starts a site from the binary alone; it builds at once with the built-in theme, which
/// `theme eject` copies out byte for byte.
@Suite struct InitTests {
    @Test func newSiteBuildsAtOnce() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let made = try Support.run(["init", "site", "--title", "Safety \"of\" open models"], in: root)
        #expect(made.status == 0, "\(made.stderr)")
        let site = root + "/site"
        for path in ["leaderboard.yml", "static/robots.txt", "Content/criteria/toxicity.md", "Content/benchmarks/crows-pairs-harness.md",
                     "Content/models/pythia-410m.md", "Content/metrics/pythia-410m.json"] {
            #expect(FileManager.default.fileExists(atPath: site + "/" + path), "missing \(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: site + "/Templates"), "the theme stays built in until ejected")
        let check = try Support.run(["check"], in: site)
        #expect(check.status == 0 && check.stdout.contains("0 errors, 0 warnings"), "\(check.stdout) \(check.stderr)")
        #expect(try Support.run(["build", "--quiet"], in: site).status == 0)
        let index = try String(contentsOfFile: site + "/Site/index.html", encoding: .utf8)
        #expect(index.contains("<title>Safety &quot;of&quot; open models</title>") && index.contains("Pythia 410M"))
        #expect(FileManager.default.fileExists(atPath: site + "/Site/robots.txt"))
        // Running it again writes nothing.
        let again = try Support.run(["init", "site"], in: root)
        #expect(again.status == 1 && again.stderr.contains("already exists; nothing was written"))
    }

    @Test func ejectedThemeIsTheRepositorysTemplates() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let eject = try Support.run(["theme", "eject"], in: root)
        #expect(eject.status == 0, "\(eject.stderr)")
        let fm = FileManager.default
        let expected = (fm.enumerator(atPath: Support.templates)?.allObjects as? [String] ?? []).filter { path in
            var isFolder: ObjCBool = false
            return fm.fileExists(atPath: Support.templates + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
        #expect(expected.count >= 12)
        for path in expected {
            #expect(fm.contents(atPath: root + "/Templates/" + path) == fm.contents(atPath: Support.templates + "/" + path), "\(path) differs")
        }
        #expect(try Support.run(["theme", "eject"], in: root).status == 1)
    }
}
