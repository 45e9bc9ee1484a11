import LeaderboardCore

/// Lookups shared by all pages, computed once per build.
struct SiteIndex: Sendable {
    let scoreboard: Scoreboard
    let criteria: [String: Criterion]
    /// Positions in `content.measurements` per benchmark (positions, not copies of measurements).
    let measurementPositionsByBenchmark: [String: [Int]]
    /// What measurement rows need of their benchmark, shared by reference: a row never copies the
    /// (large) `Benchmark` struct.
    let benchmarkInfo: [String: BenchmarkInfo]
    /// Per model slug: cleaned name, place in name order and path from the site root.
    let modelInfo: [String: ModelInfo]
    /// Per benchmark, how many models report it.
    private let modelCounts: [String: Int]
    /// Each row's criterion cells, which the leaderboard and compare pages both show.
    private(set) var cellsBySlug: [String: [CellView]]
    /// Each row's basis lines per criterion ("TruthfulQA (MC2): 0.39 (95% 0.36–0.42) → 39.2"), which
    /// the cells and the model page both show.
    private(set) var basisBySlug: [String: [[String]]]

    init(scoreboard: Scoreboard) {
        self.scoreboard = scoreboard
        let content = scoreboard.content
        criteria = Dictionary(uniqueKeysWithValues: content.criteria.map { ($0.id, $0) })
        // Measurements are sorted by model, then benchmark: each run of one benchmark is added at once.
        // A run is one model's values of one benchmark; a run whose model differs from the one
        // before it in the benchmark's list is one more model (content sorted by model only may
        // split a model's values of a benchmark into several runs).
        var byBenchmark: [String: [Int]] = [:]
        var counts: [String: Int] = [:]
        let all = content.measurements
        func add(_ run: Range<Int>, to list: inout [Int]) -> Bool {
            let isNewModel = list.last.map { all[$0].model != all[run.lowerBound].model } ?? true
            list.append(contentsOf: run)
            return isNewModel
        }
        var start = 0
        while start < all.count {
            var end = start + 1
            while end < all.count && all[end].benchmark == all[start].benchmark && all[end].model == all[start].model { end += 1 }
            if add(start..<end, to: &byBenchmark[all[start].benchmark, default: []]) { counts[all[start].benchmark, default: 0] += 1 }
            start = end
        }
        measurementPositionsByBenchmark = byBenchmark
        let criterionRank = Dictionary(uniqueKeysWithValues: content.criteria.enumerated().map { ($1.id, $0) })
        var info: [String: BenchmarkInfo] = [:]
        for b in content.benchmarks {
            info[b.id] = BenchmarkInfo(benchmark: b, name: b.name, path: SitePaths.benchmark(b.id),
                                       criterionName: criteria[b.criterion].map { $0.name } ?? "",
                                       criterionRank: criterionRank[b.criterion] ?? Int.max, unit: b.unit, setup: b.setup)
        }
        benchmarkInfo = info
        // Each model's place in name order, so that pages sorting thousands of rows by name
        // compare integers (equal names share a place, as equal keys compare equal).
        let keys = content.models.map { $0.name.lowercased() }
        let byName = keys.indices.sorted { keys[$0] < keys[$1] }
        var nameOrder = [Int](repeating: 0, count: keys.count)
        for (place, i) in byName.enumerated() {
            nameOrder[i] = place > 0 && keys[byName[place - 1]] == keys[i] ? nameOrder[byName[place - 1]] : place
        }
        var models: [String: ModelInfo] = [:]
        for (i, m) in content.models.enumerated() {
            models[m.slug] = ModelInfo(name: m.name, nameOrder: nameOrder[i], path: SitePaths.model(m.slug))
        }
        modelInfo = models
        modelCounts = counts
        cellsBySlug = [:]
        basisBySlug = [:]
        let rows = scoreboard.rows
        let partial = self
        let built = parallelMap(rows) { row -> ([CellView], [[String]]) in
            let lines = row.criteria.map { $0.basis.map { Views.basisLine($0, partial) } }
            return (zip(row.criteria, lines).map { Views.cell($0, basis: $1, partial) }, lines)
        }
        let slugs = rows.map(\.model.slug)
        cellsBySlug = Dictionary(uniqueKeysWithValues: zip(slugs, built.map(\.0)))
        basisBySlug = Dictionary(uniqueKeysWithValues: zip(slugs, built.map(\.1)))
    }

    /// How many models report `benchmark`.
    func modelCount(ofBenchmark benchmark: String) -> Int { modelCounts[benchmark] ?? 0 }

    func benchmarkName(_ id: String) -> String { benchmarkInfo[id]?.name ?? id }

    func cells(_ row: Scoreboard.Row) -> [CellView] {
        cellsBySlug[row.model.slug] ?? row.criteria.map { Views.cell($0, basis: $0.basis.map { Views.basisLine($0, self) }, self) }
    }

    /// The basis lines of a row's criterion at `position` in `row.criteria`.
    func basisLines(_ row: Scoreboard.Row, criterion position: Int) -> [String] {
        basisBySlug[row.model.slug]?[position] ?? row.criteria[position].basis.map { Views.basisLine($0, self) }
    }
}

final class ModelInfo: Sendable {
    let name: String
    /// The model's place when all are sorted by lowercased name; equal names, equal places.
    let nameOrder: Int
    /// Relative to the site root; a page prefixes its own `root`.
    let path: String
    private let links: PageLinks

    init(name: String, nameOrder: Int, path: String) {
        self.name = name
        self.nameOrder = nameOrder
        self.path = path
        links = PageLinks(path)
    }

    func href(from root: String) -> String { links.href(from: root) }
}

/// A page's path as seen from pages one, two or three levels deep, made once, so that the
/// measurement rows of model and benchmark pages link to it without building a string per row.
struct PageLinks: Sendable {
    private static let roots = ["", "../", "../../"]
    private let path: String
    private let fromDepth: [String]

    init(_ path: String) {
        self.path = path
        fromDepth = Self.roots.map { $0 + path }
    }

    func href(from root: String) -> String {
        // Roots are "", "../", "../../": the length says which one to compare with.
        let depth = root.utf8.count / 3
        if root.utf8.count % 3 == 0, depth < fromDepth.count, root == Self.roots[depth] { return fromDepth[depth] }
        return root + path
    }
}

final class BenchmarkInfo: Sendable {
    let benchmark: Benchmark
    let name: String
    /// Relative to the site root; a page prefixes its own `root`.
    let path: String
    let criterionName: String
    let criterionRank: Int
    let unit: String
    let setup: String
    private let links: PageLinks

    init(benchmark: Benchmark, name: String, path: String, criterionName: String, criterionRank: Int, unit: String, setup: String) {
        self.benchmark = benchmark
        self.name = name
        self.path = path
        links = PageLinks(path)
        self.criterionName = criterionName
        self.criterionRank = criterionRank
        self.unit = unit
        self.setup = setup
    }

    func href(from root: String) -> String { links.href(from: root) }
}
