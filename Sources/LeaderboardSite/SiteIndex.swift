import LeaderboardCore

/// Lookups shared by all pages, computed once per build.
struct SiteIndex: Sendable {
    let scoreboard: Scoreboard
    let benchmarks: [String: Benchmark]
    let criteria: [String: Criterion]
    let rowsBySlug: [String: Scoreboard.Row]
    /// Positions in `content.measurements` per benchmark (positions, not copies of measurements).
    let measurementPositionsByBenchmark: [String: [Int]]
    let modelNames: [String: String]
    /// Benchmark names cleaned once, and each row's criterion cells, which the leaderboard,
    /// compare and criterion pages all show.
    let benchmarkNames: [String: String]
    /// Position of each criterion in the criteria's order.
    let criterionOrder: [String: Int]
    /// What measurement rows need of their benchmark, shared by reference (a `Benchmark` is a
    /// large struct; copying one per row showed up in the profile).
    let benchmarkInfo: [String: BenchmarkInfo]
    /// Per model slug: cleaned name, sort key and link from a page two levels down.
    let modelInfo: [String: ModelInfo]
    private(set) var cellsBySlug: [String: [CellView]]

    init(scoreboard: Scoreboard) {
        self.scoreboard = scoreboard
        benchmarks = Dictionary(uniqueKeysWithValues: scoreboard.content.benchmarks.map { ($0.id, $0) })
        criteria = Dictionary(uniqueKeysWithValues: scoreboard.content.criteria.map { ($0.id, $0) })
        rowsBySlug = Dictionary(uniqueKeysWithValues: scoreboard.rows.map { ($0.model.slug, $0) })
        var byBenchmark: [String: [Int]] = [:]
        for (i, m) in scoreboard.content.measurements.enumerated() { byBenchmark[m.benchmark, default: []].append(i) }
        measurementPositionsByBenchmark = byBenchmark
        modelNames = Dictionary(uniqueKeysWithValues: scoreboard.content.models.map { ($0.slug, $0.name) })
        benchmarkNames = Dictionary(uniqueKeysWithValues: scoreboard.content.benchmarks.map { ($0.id, HTML.clean($0.name)) })
        criterionOrder = Dictionary(uniqueKeysWithValues: scoreboard.content.criteria.enumerated().map { ($1.id, $0) })
        var info: [String: BenchmarkInfo] = [:]
        for b in scoreboard.content.benchmarks {
            info[b.id] = BenchmarkInfo(benchmark: b, name: HTML.clean(b.name), hrefFromDepth2: "../../benchmarks/\(b.id)/index.html", criterionName: criteria[b.criterion].map { HTML.clean($0.name) } ?? "",
                                       criterionRank: criterionOrder[b.criterion] ?? Int.max, unit: HTML.clean(b.unit), setup: HTML.clean(b.setup))
        }
        benchmarkInfo = info
        var models: [String: ModelInfo] = [:]
        for m in scoreboard.content.models {
            models[m.slug] = ModelInfo(name: HTML.clean(m.name), sortKey: m.name.lowercased(), hrefFromDepth2: "../../models/\(m.slug)/index.html")
        }
        modelInfo = models
        cellsBySlug = [:]
        let rows = scoreboard.rows
        let partial = self
        let cells = parallelMap(rows) { row in row.criteria.map { Views.cell($0, partial) } }
        cellsBySlug = Dictionary(uniqueKeysWithValues: zip(rows.map(\.model.slug), cells))
    }

    func measurements(of benchmark: String) -> [Measurement] {
        (measurementPositionsByBenchmark[benchmark] ?? []).map { scoreboard.content.measurements[$0] }
    }

    func benchmarkName(_ id: String) -> String { benchmarkNames[id] ?? id }

    func cell(_ row: Scoreboard.Row, _ result: Scoreboard.CriterionResult) -> CellView {
        cellsBySlug[row.model.slug]?.first { $0.criterion == result.criterion } ?? Views.cell(result, self)
    }

    func cells(_ row: Scoreboard.Row) -> [CellView] { cellsBySlug[row.model.slug] ?? row.criteria.map { Views.cell($0, self) } }
}

final class ModelInfo: Sendable {
    let name: String
    let sortKey: String
    let hrefFromDepth2: String

    init(name: String, sortKey: String, hrefFromDepth2: String) {
        self.name = name
        self.sortKey = sortKey
        self.hrefFromDepth2 = hrefFromDepth2
    }
}

final class BenchmarkInfo: Sendable {
    let benchmark: Benchmark
    let name: String
    let hrefFromDepth2: String
    let criterionName: String
    let criterionRank: Int
    let unit: String
    let setup: String

    init(benchmark: Benchmark, name: String, hrefFromDepth2: String, criterionName: String, criterionRank: Int, unit: String, setup: String) {
        self.benchmark = benchmark
        self.name = name
        self.hrefFromDepth2 = hrefFromDepth2
        self.criterionName = criterionName
        self.criterionRank = criterionRank
        self.unit = unit
        self.setup = setup
    }
}
