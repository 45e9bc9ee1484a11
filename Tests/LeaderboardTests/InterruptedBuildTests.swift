import Foundation
import Testing

/// Killing `build` at any moment leaves the old or the new complete site, never a mix, and the
/// next run removes what the killed one left behind.
@Suite(.serialized) struct InterruptedBuildTests {
    @Test func killAtManyPointsLeavesOldOrNewSite() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try writeProject(under: root)
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        let old = Support.snapshot(root + "/Site")

        let alpha = root + "/Content/models/alpha.md"
        try (try String(contentsOfFile: alpha, encoding: .utf8)).replacingOccurrences(of: "name: Alpha", with: "name: Alpha Two")
            .write(toFile: alpha, atomically: true, encoding: .utf8)
        #expect(try Support.run(["build", "--quiet", "--output", "New"], in: root).status == 0)
        let new = Support.snapshot(root + "/New")
        #expect(old != new)

        // Fixed early points, plus points spread over the last part of a measured build, where the
        // swap and the removal of the previous site happen (a kill there once left a folder behind).
        let started = Date()
        #expect(try Support.run(["build", "--quiet", "--output", "Timing"], in: root).status == 0)
        let full = Int(Date().timeIntervalSince(started) * 1000)
        let late = [70, 80, 85, 90, 93, 96, 98, 100, 103, 106].map { full * $0 / 100 }
        let delays = [0, 2, 5, 10, 20, 40, 80, 160] + late
        var sawOld = 0, sawNew = 0
        for delay in delays {
            // Start from the old site each time.
            try? FileManager.default.removeItem(atPath: root + "/Site")
            try copy(old, to: root + "/Site")
            let pid = try Support.spawn(["build", "--quiet"], in: root)
            usleep(useconds_t(delay * 1000))
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            let now = Support.snapshot(root + "/Site")
            #expect(now == old || now == new, "killed after \(delay) ms: the site is a mix")
            if now == old { sawOld += 1 } else if now == new { sawNew += 1 }
        }
        #expect(sawOld + sawNew == delays.count)

        // The next build cleans every temporary folder a killed build left, but for the one spare.
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".Site.") }
        #expect(leftovers == [".Site.spare"], "\(leftovers)")
        #expect(Support.snapshot(root + "/Site") == new)
    }

    /// Builds into one output at the same time take turns: each one's recovery used to take
    /// another's staging folder for a killed build's leftover and move or remove it mid-write.
    @Test func concurrentBuildsIntoOneOutputTakeTurns() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try writeProject(under: root)
        #expect(try Support.run(["build", "--quiet", "--output", "Fresh"], in: root).status == 0)
        let fresh = Support.snapshot(root + "/Fresh")
        for _ in 0..<3 {
            let pids = try (0..<3).map { _ in try Support.spawn(["build", "--quiet"], in: root) }
            for pid in pids {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                #expect((status & 0x7F) == 0 && (status >> 8) & 0xFF == 0, "a concurrent build failed: status \(status)")
            }
            #expect(Support.snapshot(root + "/Site") == fresh)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasPrefix(".Site.") }
            #expect(siblings == [".Site.spare"], "\(siblings)")
            #expect(Support.snapshot(root + "/.Site.spare") == fresh)
        }
    }

    /// The minimal content plus 150 models, and the templates: enough that a build takes long
    /// enough to be killed part-way, or to overlap another.
    func writeProject(under root: String) throws {
        var files = Support.minimalContent()
        for i in 0..<150 {
            files["Content/models/m\(i).md"] = "---\nname: Model \(i)\npaper: none\n---\n\n" + String(repeating: "Some *text* with a [link](https://example.org).\n\n", count: 40)
            files["Content/metrics/m\(i).json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.\(i % 10), \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}]}"
        }
        try Support.write(files, under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
    }

    func copy(_ snapshot: [String: Data], to folder: String) throws {
        for (path, data) in snapshot {
            let full = folder + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: full))
        }
    }
}
