import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardOutput
@testable import LeaderboardSite

/// A build writes over the site it replaced two builds ago (the spare) instead of making a new
/// folder: the result must be exactly what a fresh build writes, and nothing outside is touched.
@Suite(.serialized) struct RecycledStagingTests {
    func pipeline(_ root: String, output: String = "Site") -> BuildPipeline {
        BuildPipeline(content: root + "/Content", templates: Support.templates, output: root + "/" + output)
    }

    func inode(_ path: String) -> UInt64? {
        var st = stat()
        return lstat(path, &st) == 0 ? UInt64(st.st_ino) : nil
    }

    func overwrite(_ path: String, _ text: String) throws {
        try Array(text.utf8).withUnsafeBytes { try FileIO.disk.overwrite(path, $0) }
    }

    /// Writes the files through the writer the way a build does, and swaps them in.
    func write(_ files: [String: String], to output: String, prescan: SparePrescan? = nil) throws -> SiteWriter.Staging {
        let sorted = files.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value) }
        return try SiteWriter(output: output, protected: []).write(sorted, prescan: prescan)
    }

    @Test func rebuildsOverTheSpareMatchAFreshBuild() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        _ = try pipeline(root).build()
        let firstIndex = inode(root + "/Site/models/alpha/index.html")
        _ = try pipeline(root).build()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == [".Site.spare", "Content", "Site"])
        #expect(inode(root + "/.Site.spare/models/alpha/index.html") == firstIndex)

        // Drop a model, shorten a write-up: stale pages must go, shorter files must be cut.
        try FileManager.default.removeItem(atPath: root + "/Content/models/beta.md")
        try FileManager.default.removeItem(atPath: root + "/Content/metrics/beta.json")
        try "---\nname: Alpha\npaper: none\n---\n\nShort.\n".write(toFile: root + "/Content/models/alpha.md", atomically: true, encoding: .utf8)
        _ = try pipeline(root).build()
        // The first build's files were written over, not made anew.
        #expect(inode(root + "/Site/models/alpha/index.html") == firstIndex)
        _ = try pipeline(root, output: "Fresh").build()
        #expect(Support.snapshot(root + "/Site") == Support.snapshot(root + "/Fresh"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Site/models/beta"))

        // The spare now holds the second build (with beta); the next build must prune it again.
        _ = try pipeline(root).build()
        #expect(Support.snapshot(root + "/Site") == Support.snapshot(root + "/Fresh"))
    }

    @Test func linksInTheSpareAreNotWrittenThrough() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        try Support.write(["Outside/mine.txt": "mine", "Outside/folder/keep.txt": "keep"], under: root)
        _ = try pipeline(root).build()
        _ = try pipeline(root).build()
        let spare = root + "/.Site.spare"
        // A symbolic link where a page was, a folder link where a page folder was, and a page
        // hard-linked from outside (as `cp -al Site backup` makes).
        try FileManager.default.removeItem(atPath: spare + "/index.html")
        try FileManager.default.createSymbolicLink(atPath: spare + "/index.html", withDestinationPath: root + "/Outside/mine.txt")
        try FileManager.default.removeItem(atPath: spare + "/models/alpha")
        try FileManager.default.createSymbolicLink(atPath: spare + "/models/alpha", withDestinationPath: root + "/Outside/folder")
        try FileManager.default.linkItem(atPath: spare + "/models/beta/index.html", toPath: root + "/Outside/beta-backup.html")
        let backup = FileManager.default.contents(atPath: root + "/Outside/beta-backup.html")
        try "{\"measurements\": []}".write(toFile: root + "/Content/metrics/beta.json", atomically: true, encoding: .utf8)
        let nav = root + "/Content/models/beta.md"
        try (try String(contentsOfFile: nav, encoding: .utf8)).replacingOccurrences(of: "Beta has no paper.", with: "Beta changed.")
            .write(toFile: nav, atomically: true, encoding: .utf8)

        _ = try pipeline(root).build()
        _ = try pipeline(root, output: "Fresh").build()
        #expect(Support.snapshot(root + "/Site") == Support.snapshot(root + "/Fresh"))
        #expect(Support.snapshot(root + "/Outside") == ["mine.txt": Data("mine".utf8), "folder/keep.txt": Data("keep".utf8), "beta-backup.html": backup!])
    }

    @Test func filesAndFoldersTradePlacesBetweenBuilds() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/Site"
        let first = ["index.html": "one", "a/b.css": "b", "x": "a file", "deep/er/page.html": "deep"]
        let second = ["index.html": "two", "a": "now a file", "x/y/z.html": "now a folder", "deep/other.html": "o"]
        // A build writes over the site of two builds before: from the third build on, each one
        // finds files where it puts folders and folders where it puts files.
        for (build, files) in [first, first, second, second, first, first].enumerated() {
            let staging = try write(files, to: output)
            #expect(staging.isRecycled == (build >= 2))
            var expected = files.mapValues { Data($0.utf8) }
            expected[SiteWriter.marker] = Support.snapshot(output)[SiteWriter.marker]
            #expect(Support.snapshot(output) == expected, "build \(build + 1)")
        }
        #expect(!FileManager.default.fileExists(atPath: output + "/deep/other.html"))
        #expect(FileManager.default.fileExists(atPath: output + "/deep/er/page.html"))
    }

    @Test func aPrescanOfAnotherFolderIsNotUsed() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/Site", spare = root + "/.Site.spare"
        let files = ["index.html": "one", "a/b.html": "b"]
        _ = try write(files, to: output)
        _ = try write(files, to: output)
        let prescan = SparePrescan(path: spare)
        #expect(prescan.inventory(of: spare)?.files.contains("a/b.html") == true)
        // The spare is replaced after it was read: what it holds now must be read again.
        try FileManager.default.removeItem(atPath: spare)
        try Support.write([SiteWriter.marker: "x", "stale.html": "old", "Outside/mine.txt": "mine"], under: root + "/replaced")
        try FileManager.default.moveItem(atPath: root + "/replaced/Outside", toPath: root + "/Outside")
        try FileManager.default.createSymbolicLink(atPath: root + "/replaced/index.html", withDestinationPath: root + "/Outside/mine.txt")
        try FileManager.default.moveItem(atPath: root + "/replaced", toPath: spare)
        let staging = try write(files, to: output, prescan: prescan)
        #expect(staging.isRecycled)
        var expected = files.mapValues { Data($0.utf8) }
        expected[SiteWriter.marker] = Support.snapshot(output)[SiteWriter.marker]
        #expect(Support.snapshot(output) == expected)
        #expect(FileManager.default.contents(atPath: root + "/Outside/mine.txt") == Data("mine".utf8))
    }

    @Test func theSpareIsNeverRestoredAsTheSite() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        _ = try pipeline(root).build()
        _ = try pipeline(root).build()
        try FileManager.default.removeItem(atPath: root + "/Site")
        SiteWriter(output: root + "/Site", protected: []).recover()
        #expect(!FileManager.default.fileExists(atPath: root + "/Site"))
        #expect(FileManager.default.fileExists(atPath: root + "/.Site.spare/index.html"))
        // Building again uses the spare and leaves the site and a spare.
        _ = try pipeline(root).build()
        _ = try pipeline(root, output: "Fresh").build()
        #expect(Support.snapshot(root + "/Site") == Support.snapshot(root + "/Fresh"))
    }

    @Test func aSpareWithoutTheMarkerIsLeftAlone() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        try Support.write([".Site.spare/notes.txt": "not the tool's"], under: root)
        _ = try pipeline(root).build()
        _ = try pipeline(root).build()
        #expect(Support.snapshot(root + "/.Site.spare") == ["notes.txt": Data("not the tool's".utf8)])
        _ = try pipeline(root, output: "Fresh").build()
        #expect(Support.snapshot(root + "/Site") == Support.snapshot(root + "/Fresh"))
    }

    @Test func overwriteReusesOnlyAnUnsharedRegularFile() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(["page.html": "a longer old page", "target.txt": "target", "shared.html": "shared"], under: root)
        let reused = inode(root + "/page.html")
        try overwrite(root + "/page.html", "new")
        #expect(FileManager.default.contents(atPath: root + "/page.html") == Data("new".utf8))
        #expect(inode(root + "/page.html") == reused)

        try FileManager.default.createSymbolicLink(atPath: root + "/link.html", withDestinationPath: root + "/target.txt")
        try overwrite(root + "/link.html", "through?")
        #expect(FileManager.default.contents(atPath: root + "/target.txt") == Data("target".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: root + "/link.html")) == nil)
        #expect(FileManager.default.contents(atPath: root + "/link.html") == Data("through?".utf8))

        try FileManager.default.linkItem(atPath: root + "/shared.html", toPath: root + "/elsewhere.html")
        try overwrite(root + "/shared.html", "mine now")
        #expect(FileManager.default.contents(atPath: root + "/elsewhere.html") == Data("shared".utf8))
        #expect(FileManager.default.contents(atPath: root + "/shared.html") == Data("mine now".utf8))
    }

    /// Random trees written one after another through the writer: after each build the site is
    /// exactly what was written, whatever the spare held (files become folders and back, folders
    /// empty out, lengths change).
    @Test func randomSequencesOfSitesComeOutExact() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/Site"
        var rng = SplitMix(seed: 2026)
        let names = ["a", "b", "c", "index.html", "x.css"]
        var recycled = 0
        for _ in 0..<40 {
            var files: [String: String] = [:]
            for _ in 0..<rng.next(upTo: 12) {
                let depth = 1 + rng.next(upTo: 3)
                let path = (0..<depth).map { _ in names[rng.next(upTo: names.count)] }.joined(separator: "/")
                // A tree: no file where another file needs a folder.
                let clashes = files.keys.contains { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }
                if !clashes { files[path] = String(repeating: "v", count: rng.next(upTo: 300)) }
            }
            let staging = try write(files, to: output)
            if staging.isRecycled { recycled += 1 }
            var expected = files.mapValues { Data($0.utf8) }
            let marker = Support.snapshot(output)[SiteWriter.marker]
            #expect(marker != nil)
            expected[SiteWriter.marker] = marker
            #expect(Support.snapshot(output) == expected)
            // No folder is left that holds nothing this build wrote.
            let folders = FolderInventory.scan(output).folders
            let used = Set(files.keys.flatMap { path in
                path.split(separator: "/").dropLast().indices.map { path.split(separator: "/")[...$0].joined(separator: "/") }
            })
            #expect(folders == used)
        }
        #expect(recycled >= 38)
    }
}

/// A small deterministic random number generator for repeatable random tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Pages that list every model go to the writer in chunks as they render: what lands on disk must
/// be what one write of the whole page gives, in a new folder and over the spare alike.
@Suite(.serialized) struct ChunkedPageTests {
    @Test func chunkedPagesMatchWholeOnes() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        var chunked = BuildPipeline(content: root + "/Content", templates: Support.templates, output: root + "/Chunked")
        chunked.largePageChunk = 97
        let appends = AppendCount()
        let diskAppend = chunked.io.append
        chunked.io.append = { path, bytes in appends.add(path); try diskAppend(path, bytes) }
        _ = try chunked.build()
        // Every page that lists every model, and only those, went in more than one piece.
        // (Paths are in the staging folder, named after the output.)
        for page in ["/index.html", "/matrix/index.html", "/compare/index.html", "/data/measurements.csv", "/data/leaderboard.json",
                     "/criteria/toxicity/index.html"] {
            #expect(appends.paths.contains { $0.hasSuffix(page) }, "\(page) was not written in chunks")
        }
        #expect(!appends.paths.contains { $0.contains("/models/") || $0.hasSuffix("/methodology/index.html") })
        _ = try BuildPipeline(content: root + "/Content", templates: Support.templates, output: root + "/Whole").build()
        let whole = Support.snapshot(root + "/Whole")
        #expect(whole["index.html"].map { $0.count > 97 * 3 } == true)
        #expect(Support.snapshot(root + "/Chunked") == whole)
        // Over the spare (a longer old file's first chunk is cut, the rest appended), twice, with
        // a chunk size that splits pages differently from the first build.
        chunked.largePageChunk = 1
        _ = try chunked.build()
        _ = try chunked.build()
        #expect(Support.snapshot(root + "/Chunked") == whole)
    }
}

extension ChunkedPageTests {
    /// A chunk that cannot be written fails the build like any write: an error, and the previous
    /// site as it was.
    @Test func aFailedChunkLeavesThePreviousSite() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        var pipeline = BuildPipeline(content: root + "/Content", templates: Support.templates, output: root + "/Site")
        _ = try pipeline.build()
        let before = Support.snapshot(root + "/Site")
        try "---\nname: Alpha renamed\npaper: none\n---\n\nChanged.\n".write(toFile: root + "/Content/models/alpha.md", atomically: true, encoding: .utf8)
        pipeline.largePageChunk = 97
        pipeline.io.append = { path, _ in throw FileIOError(path: path, reason: "No space left on device") }
        #expect(throws: FileIOError.self) { try pipeline.build() }
        #expect(Support.snapshot(root + "/Site") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Content", "Site"])
    }
}

@Suite struct SpillingBufferTests {
    @Test func spilledChunksAndTheRestAreEverythingAppended() {
        for limit in [1, 7, 64, 1000] {
            var buffer = ByteBuffer(capacity: 64)
            let chunks = Chunks()
            buffer.startSpilling(at: limit) { chunks.bytes.append(contentsOf: $0); chunks.count += 1 }
            var expected: [UInt8] = []
            for i in 0..<300 {
                let piece = [UInt8](repeating: UInt8(i % 251), count: i % 90)
                buffer.append(piece)
                expected += piece
                buffer.append(UInt8(i % 7))
                expected.append(UInt8(i % 7))
                buffer.appendDecimal(i * 37)
                expected += Array(String(i * 37).utf8)
            }
            buffer.stopSpilling()
            #expect(buffer.count <= max(limit, 90), "limit \(limit)")
            #expect(chunks.bytes + buffer.array == expected, "limit \(limit)")
            #expect(chunks.count > 0)
            buffer.append(expected)
            #expect(buffer.array.count == buffer.count && buffer.count >= expected.count, "no spilling once stopped")
        }
    }

    final class Chunks { var bytes: [UInt8] = []; var count = 0 }
}

final class AppendCount: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var paths = Set<String>()
    func add(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
}
