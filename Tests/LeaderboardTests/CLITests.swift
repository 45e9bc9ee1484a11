import Foundation
import Testing
@testable import LeaderboardCore

/// End to end: the real binary on temporary content folders.
@Suite(.serialized) struct CLITests {
    func project() throws -> String {
        let root = Support.temporaryFolder()
        try Support.write(Support.minimalContent(), under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        return root
    }

    @Test func newFillCheckBuild() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let created = try Support.run(["new", "model", "Falcon 7B"], in: root)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created Content/models/falcon-7b.md"))
        let scaffold = try String(contentsOfFile: root + "/Content/models/falcon-7b.md", encoding: .utf8)
        #expect(scaffold.contains("name: \"Falcon 7B\"") && scaffold.contains("## Toxicity") && scaffold.contains("## Factuality"))
        #expect(try String(contentsOfFile: root + "/Content/metrics/falcon-7b.json", encoding: .utf8) == "{\n  \"measurements\": []\n}\n")

        // The scaffold builds as it is: a row of gaps.
        let build = try Support.run(["build"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        let index = try String(contentsOfFile: root + "/Site/index.html", encoding: .utf8)
        #expect(index.contains("models/falcon-7b/index.html"))

        // Refuses to overwrite.
        let again = try Support.run(["new", "model", "Falcon 7B"], in: root)
        #expect(again.status == 1)
        #expect(again.stderr.contains("Content/models/falcon-7b.md already exists"))

        // Fill it in, check, build.
        try scaffold.replacingOccurrences(of: "paper:            # the paper's URL, or none when there is no paper", with: "paper: none")
            .write(toFile: root + "/Content/models/falcon-7b.md", atomically: true, encoding: .utf8)
        try "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.1, \"source\": {\"title\": \"Card\", \"locator\": \"Eval table\", \"kind\": \"model-card\"}}]}"
            .write(toFile: root + "/Content/metrics/falcon-7b.json", atomically: true, encoding: .utf8)
        let check = try Support.run(["check"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("0 errors"))
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        let page = try String(contentsOfFile: root + "/Site/models/falcon-7b/index.html", encoding: .utf8)
        #expect(page.contains("Eval table"))
    }

    @Test func nonLatinNameIsRefusedUnlessASlugIsGiven() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let refused = try Support.run(["new", "model", "通义千问 7B"], in: root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("no agreed Latin spelling"))
        #expect(try Support.run(["new", "model", "通义千问 7B", "--slug", "qwen-7b"], in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root + "/Content/models/qwen-7b.md"))
        let traversal = try Support.run(["new", "model", "Evil", "--slug", "../../evil"], in: root)
        #expect(traversal.status == 2)
        #expect(traversal.stderr.contains("invalid --slug `../../evil`"))
        #expect(!FileManager.default.fileExists(atPath: root + "/evil.md"))
    }

    @Test func checkPrintsLocatedDiagnosticsWithCaret() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "{\"measurements\": [\n  {\"benchmark\": \"tox\", \"value\": 7, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"paper\"}}\n]}\n"
            .write(toFile: root + "/Content/metrics/beta.json", atomically: true, encoding: .utf8)
        try "---\nname: Alpha\npaper: https://example.org\n---\n\n## Toxcity\n".write(toFile: root + "/Content/models/alpha.md", atomically: true, encoding: .utf8)
        let check = try Support.run(["check"], in: root)
        #expect(check.status == 1)
        let expected = """
        Content/metrics/beta.json:2:33: error: value 7 is outside the range of `tox` (0–1)
              {"benchmark": "tox", "value": 7, "source": {"title": "t", "locator": "l", "kind": "paper"}}
                                            ^
        """
        #expect(check.stderr.contains(expected), "\(check.stderr)")
        #expect(check.stderr.contains("Content/models/alpha.md:6:1: warning: heading \"Toxcity\" matches no criterion; did you mean \"Toxicity\"?"))
        #expect(check.stdout.contains("1 error, "))
        #expect(!FileManager.default.fileExists(atPath: root + "/Site"))
    }

    @Test func buildWithErrorsKeepsTheOldSite() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Support.run(["build"], in: root).status == 0)
        let before = Support.snapshot(root + "/Site")
        try "---\nname: [\n---\n".write(toFile: root + "/Content/models/beta.md", atomically: true, encoding: .utf8)
        let failed = try Support.run(["build"], in: root)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Content/models/beta.md:3:1: error: malformed YAML"))
        #expect(failed.stderr.contains("Site was not changed"))
        #expect(Support.snapshot(root + "/Site") == before)
    }

    @Test func buildsAreByteIdenticalOnOneCoreAndOnAll() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Support.seedContent, toPath: root + "/Content")
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        #expect(try Support.run(["build", "--quiet", "--output", "A"], in: root).status == 0)
        let oneCore = FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset") ? ["/usr/bin/taskset", "-c", "0"] : []
        #expect(try Support.run(["build", "--quiet", "--output", "B"], in: root, launcher: oneCore).status == 0)
        let a = Support.snapshot(root + "/A"), b = Support.snapshot(root + "/B")
        #expect(a.count > 40)
        #expect(a == b)
    }

    @Test func usageErrorsExitTwo() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try Support.run(["frobnicate"], in: root).status == 2)
        #expect(try Support.run(["build", "--no-such-flag"], in: root).status == 2)
        let refused = try Support.run(["build", "--output", "Content"], in: root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("refusing"))
        #expect(try Support.run(["build", "--output", "."], in: root).status == 2)
        let version = try Support.run(["--version"], in: root)
        #expect(version.status == 0 && version.stdout.hasPrefix("0."))
        for command in [["build"], ["check"], ["new", "model"], ["new", "benchmark"], ["new", "criterion"], ["import", "lm-eval"], ["import", "inspect"], ["serve"]] {
            let help = try Support.run(command + ["--help"], in: root)
            #expect(help.status == 0)
            #expect(help.stdout.contains("Example"), "\(command) help has no example")
        }
    }

    @Test func importsHarnessFilesAndReportsUnmappedTasks() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Support.seedContent, toPath: root + "/Content")
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        try FileManager.default.removeItem(atPath: root + "/Content/metrics/pythia-70m.json")
        let file = Support.sharedFixtures + "/pythia-70m-step143000-zero-shot.json"
        let first = try Support.run(["import", "lm-eval", file, "--model", "pythia-70m", "--source-url", "https://example.org/70m.json"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Read pythia-70m-step143000-zero-shot.json (old harness format)"))
        #expect(first.stdout.contains("Not mapped to any benchmark (64 tasks): arc_challenge, arc_easy"))
        #expect(first.stdout.contains("Wrote 23 new and 0 replaced measurements"))
        let second = try Support.run(["import", "lm-eval", file, "--model", "pythia-70m"], in: root)
        #expect(second.status == 0)
        #expect(second.stdout.contains("= 23 already present with the same value"))
        #expect(second.stdout.contains("Nothing new"))
        // The current format, into a model that already has a different TruthfulQA MC2 figure.
        // The file evaluated pythia-160m: importing it into llama-7b needs --force.
        let refused = try Support.run(["import", "lm-eval", Support.fixtures + "/lm-eval/current-format.json", "--model", "llama-7b"], in: root)
        #expect(refused.status == 1 && refused.stderr.contains("evaluated `pretrained=EleutherAI/pythia-160m,dtype=float32`, which does not look like `llama-7b`; pass --force"))
        let conflict = try Support.run(["import", "lm-eval", Support.fixtures + "/lm-eval/current-format.json", "--model", "llama-7b", "--force"], in: root)
        #expect(conflict.status == 1)
        #expect(conflict.stderr.contains("truthfulqa-mc = 0.3891"))
        #expect(conflict.stderr.contains("conflicts with the existing value 0.34; pass --replace to overwrite"))
        let missing = try Support.run(["import", "lm-eval", file, "--model", "nope"], in: root)
        #expect(missing.status == 1)
        #expect(try Support.run(["check"], in: root).status == 0)
    }

    @Test func serveAnswersAndPicksUpEdits() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let port = 18_000 + Int(getpid() % 1000)
        let pid = try Support.spawn(["serve", "--port", String(port), "--interval", "0.2"], in: root)
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }

        func get(_ path: String) -> String? { Support.httpGet(port: UInt16(port), path: path) }
        func waitFor(_ condition: () -> Bool) -> Bool {
            for _ in 0..<100 { if condition() { return true }; Thread.sleep(forTimeInterval: 0.1) }
            return false
        }
        #expect(waitFor { get("/")?.contains("Alpha") == true })
        #expect(get("/models/alpha/")?.contains("<h1>Alpha</h1>") == true)
        // A second serve on the same port fails before building anything.
        let busy = try Support.run(["serve", "--port", String(port), "--output", "Other"], in: root)
        #expect(busy.status == 2 && busy.stderr.contains("cannot listen on 127.0.0.1:\(port)") && !busy.stdout.contains("Built"))
        #expect(!FileManager.default.fileExists(atPath: root + "/Other"))

        let path = root + "/Content/models/alpha.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Alpha", with: "name: Alpha Prime").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(waitFor { get("/")?.contains("Alpha Prime") == true })

        // A broken edit: errors in the page, last good site still served.
        try "---\nname: [\n---\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(waitFor { get("/")?.contains("Build failed; this is the last good site.") == true })
        #expect(get("/")?.contains("Alpha Prime") == true)
    }
}
