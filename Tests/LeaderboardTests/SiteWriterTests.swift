import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardOutput
@testable import LeaderboardSite

@Suite(.serialized) struct SiteWriterTests {
    func pipeline(_ root: String, output: String = "Site") -> BuildPipeline {
        BuildPipeline(content: root + "/Content", templates: Support.templates, output: root + "/" + output)
    }

    @Test func contentErrorsLeaveThePreviousSiteByteIdentical() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        let first = try pipeline(root).build()
        #expect(!first.diagnostics.hasErrors)
        let before = Support.snapshot(root + "/Site")
        #expect(before["index.html"] != nil && before[SiteWriter.marker] != nil)

        try "{\"measurements\": [}".write(toFile: root + "/Content/metrics/alpha.json", atomically: true, encoding: .utf8)
        let second = try pipeline(root).build()
        #expect(second.diagnostics.hasErrors)
        #expect(Support.snapshot(root + "/Site") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".Site.") }
        #expect(leftovers.isEmpty)
    }

    /// Page folders are made ahead of the pages (while the build scores), in the background:
    /// only safe paths, parents made as needed, and a file written afterwards lands in them.
    @Test func foldersMadeAheadHoldThePagesWrittenLater() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = SiteWriter(output: root + "/Site", protected: [])
        let staging = try writer.begin()
        staging.makeFolders(["models", "models/a", "deep/er", "../escape", "/abs", "models/../up"], in: .global()).wait()
        #expect(FileIO.isDirectory(staging.path + "/models/a"))
        #expect(FileIO.isDirectory(staging.path + "/deep/er"))
        #expect(!FileManager.default.fileExists(atPath: root + "/escape"))
        #expect(!FileManager.default.fileExists(atPath: root + "/up"))
        try staging.write(OutputFile(path: "models/a/index.html", text: "a"))
        try staging.write(OutputFile(path: "models/b/index.html", text: "b"))
        try writer.commit(staging)
        #expect(Support.snapshot(root + "/Site") == [SiteWriter.marker: Data("Made by leaderboard build. This folder is replaced on every build.\n".utf8),
                                                     "models/a/index.html": Data("a".utf8), "models/b/index.html": Data("b".utf8)])
        #expect(FileIO.isDirectory(root + "/Site/deep/er"))
    }

    /// Stopped part-way (scoring ended before the disk made them all), the folders left are made
    /// by the writer as pages arrive: every page lands.
    @Test func foldersNotMadeAheadAreMadeByTheWriter() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = SiteWriter(output: root + "/Site", protected: [])
        let staging = try writer.begin()
        let slugs = (0..<2000).map { "m\($0)" }
        staging.makeFolders(["models"] + slugs.map { "models/\($0)" }, in: .global()).stop()
        for slug in slugs { try staging.write(OutputFile(path: "models/\(slug)/index.html", text: slug)) }
        try writer.commit(staging)
        let site = Support.snapshot(root + "/Site")
        #expect(site.count == slugs.count + 1)
        #expect(slugs.allSatisfy { site["models/\($0)/index.html"] == Data($0.utf8) })
    }

    @Test func successfulBuildReplacesTheSiteAtomically() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        _ = try pipeline(root).build()
        try FileManager.default.removeItem(atPath: root + "/Content/models/beta.md")
        try FileManager.default.removeItem(atPath: root + "/Content/metrics/beta.json")
        _ = try pipeline(root).build()
        #expect(!FileManager.default.fileExists(atPath: root + "/Site/models/beta/index.html"))
        #expect(FileManager.default.fileExists(atPath: root + "/Site/models/alpha/index.html"))
        // The replaced site is kept as the spare the next build writes over (RecycledStagingTests).
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Site.spare", "Content", "Site"])
        #expect(FileManager.default.fileExists(atPath: root + "/.Site.spare/models/beta/index.html"))
    }

    @Test func refusesFoldersItDidNotMake() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        try Support.write(["Other/notes.txt": "mine"], under: root)
        for output in ["Content", "Other", ".", "/", "Content/models"] {
            let writer = SiteWriter(output: output.hasPrefix("/") ? output : root + "/" + output, protected: [root + "/Content", Support.templates])
            #expect(writer.refusal() != nil, "accepted \(output)")
        }
        #expect(throws: SiteWriter.Refusal.self) { try pipeline(root, output: "Other").build() }
        #expect(FileManager.default.contents(atPath: root + "/Other/notes.txt") == Data("mine".utf8))
    }

    @Test func recoversFromAnInterruptedSwap() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        _ = try pipeline(root).build()
        let before = Support.snapshot(root + "/Site")
        // Simulate a kill between the two renames of the fallback swap, and a stale temporary folder.
        try FileManager.default.moveItem(atPath: root + "/Site", toPath: root + "/.Site.old-12345")
        try Support.write(["\(SiteWriter.marker)": "x", "index.html": "half"], under: root + "/.Site.tmp-999")
        SiteWriter(output: root + "/Site", protected: []).recover()
        #expect(Support.snapshot(root + "/Site") == before)
        // The killed build's staging folder is ours: it is kept as the spare, not restored.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Site.spare", "Content", "Site"])
        #expect(Support.snapshot(root + "/.Site.spare")["index.html"] == Data("half".utf8))
    }
}
