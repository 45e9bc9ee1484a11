import Foundation
import Testing
@testable import LeaderboardCore

/// `new criterion` and `new benchmark` write files that load at once, and never overwrite.
@Suite struct ScaffoldTests {
    @Test func newCriterionThenBenchmarkBuild() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Support.write(Support.minimalContent(), under: root)
        try FileManager.default.copyItem(atPath: Support.templates, toPath: root + "/Templates")
        let criterion = try Support.run(["new", "criterion", "Privacy"], in: root)
        #expect(criterion.status == 0 && criterion.stdout.contains("Created Content/criteria/privacy.md"), "\(criterion.stderr)")
        #expect(try String(contentsOfFile: root + "/Content/criteria/privacy.md", encoding: .utf8).contains("order: 3"))
        let benchmark = try Support.run(["new", "benchmark", "Leak rate (%)", "--criterion", "privacy"], in: root)
        #expect(benchmark.status == 0 && benchmark.stdout.contains("Created Content/benchmarks/leak-rate.md"), "\(benchmark.stderr)")
        let check = try Support.run(["check"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("no model reports benchmark `leak-rate`"))
        #expect(try Support.run(["build", "--quiet"], in: root).status == 0)
        let again = try Support.run(["new", "benchmark", "Leak rate (%)", "--criterion", "privacy"], in: root)
        #expect(again.status == 1 && again.stderr.contains("already exists; nothing was written"))
        let unknown = try Support.run(["new", "benchmark", "X", "--criterion", "nope"], in: root)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown criterion `nope`; known criteria: toxicity, factuality, privacy"))
    }

    /// The scaffolds' YAML reads back with the name exactly as given (quotes and all).
    @Test func namesRoundTrip() {
        var files = Support.minimalContent()
        files["Content/benchmarks/q.md"] = BenchmarkScaffold.markdown(name: "A \"quoted\" name: yes", criterion: "toxicity")
        files["Content/criteria/c.md"] = CriterionScaffold.markdown(name: "Privacy & safety", order: 9)
        let (content, diagnostics) = Support.load(files)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(content.benchmarks.first { $0.id == "q" }?.name == "A \"quoted\" name: yes")
        #expect(content.criteria.first { $0.id == "c" }?.name == "Privacy & safety")
    }
}

/// What a newcomer runs into first.
@Suite struct NewcomerDiagnosticTests {
    @Test func outsideASite() throws {
        let root = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let build = try Support.run(["build"], in: root)
        #expect(build.status == 1 && build.stderr.contains("this folder is not a leaderboard site (no leaderboard.yml here): run this in a site's folder, pass --content, or start one with `leaderboard init DIR`"))
    }

    @Test func didYouMeanForMethodsAndKinds() {
        var files = Support.minimalContent()
        files["Content/models/beta.md"] = "---\nname: Beta\nalignment: [reward-modle]\npaper: none\n---\n"
        files["Content/metrics/beta.json"] = "{\"measurements\": [{\"benchmark\": \"tox\", \"value\": 0.1, \"source\": {\"title\": \"t\", \"locator\": \"l\", \"kind\": \"papr\"}}]}"
        let (_, diagnostics) = Support.load(files)
        let text = diagnostics.map(\.description)
        #expect(text.contains { $0.contains("unknown alignment method `reward-modle` (did you mean `reward-model`?); use curated-data") })
        #expect(text.contains { $0.contains("unknown source kind `papr` (did you mean `paper`?); use paper, model-card") })
    }
}

@Suite struct UpdatedFieldTests {
    @Test func updatedMustBeADate() {
        var files = Support.minimalContent()
        files["Content/models/beta.md"] = "---\nname: Beta\nupdated: May 2024\nalignment: none\npaper: none\n---\n"
        let (_, diagnostics) = Support.load(files)
        #expect(diagnostics.map(\.description).contains("Content/models/beta.md:3:10: error: `updated` must be a date written YYYY-MM-DD, not `May 2024`"))
    }
}
