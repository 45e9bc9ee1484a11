import LeaderboardCore

/// Lookups shared by all pages, computed once per build.
struct SiteIndex: Sendable {
    let scoreboard: Scoreboard
    let benchmarks: [String: Benchmark]
    let criteria: [String: Criterion]
    let rowsBySlug: [String: Scoreboard.Row]
    let measurementsByBenchmark: [String: [Measurement]]
    let modelNames: [String: String]

    init(scoreboard: Scoreboard) {
        self.scoreboard = scoreboard
        benchmarks = Dictionary(uniqueKeysWithValues: scoreboard.content.benchmarks.map { ($0.id, $0) })
        criteria = Dictionary(uniqueKeysWithValues: scoreboard.content.criteria.map { ($0.id, $0) })
        rowsBySlug = Dictionary(uniqueKeysWithValues: scoreboard.rows.map { ($0.model.slug, $0) })
        var byBenchmark: [String: [Measurement]] = [:]
        for m in scoreboard.content.measurements { byBenchmark[m.benchmark, default: []].append(m) }
        measurementsByBenchmark = byBenchmark
        modelNames = Dictionary(uniqueKeysWithValues: scoreboard.content.models.map { ($0.slug, $0.name) })
    }

    func benchmarkName(_ id: String) -> String { benchmarks[id].map { HTML.clean($0.name) } ?? id }
}
