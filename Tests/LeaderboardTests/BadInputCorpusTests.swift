import Foundation
import Testing

/// Every case under Fixtures/bad overlays broken files on a valid project that already has a built
/// site. The real binary must not crash, must print exactly the expected errors, exit 1, and leave
/// the previous site byte-identical. Set RECORD_BAD=1 to write missing expected.txt files.
@Suite(.serialized) struct BadInputCorpusTests {
    static let root = Support.fixtures + "/bad"
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }.sorted()

    /// A project with the minimal content and a site built from it, made once and copied per case.
    static let baseline: String = {
        let folder = Support.temporaryFolder()
        try! Support.write(Support.minimalContent(), under: folder)
        try! FileManager.default.copyItem(atPath: Support.templates, toPath: folder + "/Templates")
        let built = try! Support.run(["build", "--quiet"], in: folder)
        precondition(built.status == 0, built.stderr)
        return folder
    }()

    @Test func corpusHasAtLeastFortyCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases)
    func brokenContentIsReportedAndSiteUntouched(name: String) throws {
        let project = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.removeItem(atPath: project)
        try FileManager.default.copyItem(atPath: Self.baseline, toPath: project)
        let before = Support.snapshot(project + "/Site")

        let caseFolder = Self.root + "/" + name
        let files = caseFolder + "/files"
        if let e = FileManager.default.enumerator(atPath: files) {
            while let item = e.nextObject() as? String {
                let source = files + "/" + item, target = project + "/" + item
                var isDir: ObjCBool = false
                let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: source)) != nil
                if !isLink, FileManager.default.fileExists(atPath: source, isDirectory: &isDir), isDir.boolValue { continue }
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try? FileManager.default.removeItem(atPath: target)
                try FileManager.default.copyItem(atPath: source, toPath: target)
            }
        }
        if let spec = try? String(contentsOfFile: caseFolder + "/generate.txt", encoding: .utf8) {
            let parts = spec.split(separator: " ")
            let size = Int(parts[1].trimmingCharacters(in: .whitespacesAndNewlines))!
            var text = "---\nname: Huge\npaper: none\n---\n\n"
            let paragraph = "A long paragraph of *evaluation* notes with a [link](https://example.org) and `code`.\n\n"
            while text.utf8.count < size { text += paragraph }
            try text.write(toFile: project + "/" + parts[0], atomically: true, encoding: .utf8)
        }

        let run = try Support.run(["build"], in: project)
        #expect(run.status == 1, "\(name): exit \(run.status)\n\(run.stderr)")
        let errors = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
        let expectedPath = caseFolder + "/expected.txt"
        if let expected = try? String(contentsOfFile: expectedPath, encoding: .utf8) {
            #expect(errors == expected.split(separator: "\n").map(String.init), "\(name)")
        } else if ProcessInfo.processInfo.environment["RECORD_BAD"] == "1" {
            try (errors.joined(separator: "\n") + "\n").write(toFile: expectedPath, atomically: true, encoding: .utf8)
        } else {
            Issue.record("\(name): no expected.txt; run with RECORD_BAD=1 and review it")
        }
        #expect(Support.snapshot(project + "/Site") == before, "\(name): the previous site changed")
    }
}
