/// Aggregation stage: per-model criterion scores, statuses, coverage and mean win rates.
public struct Scoreboard: Sendable {
    public enum Status: String, Sendable {
        case scored
        case qualitative
        case noEval = "no-eval"
    }

    /// One benchmark's contribution to a model's criterion score.
    public struct BenchmarkScore: Sendable {
        public var benchmark: String
        /// The measured value as its source wrote it (not the whole measurement: one copy of
        /// every measurement is enough at 10,000 models).
        public var rawValue: String
        public var score: Double
    }

    public struct CriterionResult: Sendable {
        public var criterion: String
        public var status: Status
        public var score: Double?
        public var basis: [BenchmarkScore]
        /// Benchmarks of this criterion evaluated without a usable number.
        public var qualitativeBenchmarks: [String]
        public var winRate: Double?
    }

    public struct Row: Sendable {
        public var model: Model
        public var criteria: [CriterionResult]
        public var overall: Double?
        public var coverage: Int
        public var meanWinRate: Double?
        /// This model's measurements: a slice of `content.measurements`, which are sorted by model,
        /// so rows share one copy.
        public var measurements: ArraySlice<Measurement>
        /// 1-based position in the default order.
        public var rank: Int
    }

    public var content: Content
    /// In the default order: more criteria covered first, then higher overall, then name.
    public var rows: [Row]
    /// Per criterion: the benchmarks at least one model has a score on.
    public var scoredBenchmarks: [String: [String]]

    public init(content: Content) {
        var content = content
        // The loader sorts by model; content built elsewhere is sorted here (stable, by model only).
        if content.measurements.indices.dropFirst().contains(where: { content.measurements[$0 - 1].model > content.measurements[$0].model }) {
            content.measurements = content.measurements.enumerated()
                .sorted { ($0.element.model, $0.offset) < ($1.element.model, $1.offset) }.map(\.element)
        }
        self.content = content
        let all = content.measurements
        let benchmarks = content.benchmarks
        // Benchmarks of a criterion that is not loaded count toward nothing, as before: they have no
        // entry here.
        let criterionPosition = Dictionary(uniqueKeysWithValues: content.criteria.enumerated().map { ($1.id, $0) })
        let positions = benchmarks.enumerated().reduce(into: [String: (benchmark: Int, criterion: Int)]()) { found, item in
            if let c = criterionPosition[item.element.criterion] { found[item.element.id] = (item.offset, c) }
        }
        var rangeByModel: [String: Range<Int>] = [:]
        var start = 0
        while start < all.count {
            var end = start + 1
            while end < all.count && all[end].model == all[start].model { end += 1 }
            rangeByModel[all[start].model] = start..<end
            start = end
        }

        var rows: [Row] = parallelMap(content.models) { model in
            let measurements = rangeByModel[model.slug].map { all[$0] } ?? []
            // One pass over the measurements, reading fields in place: copying a whole
            // measurement or benchmark per criterion showed up in the profile.
            let criteria = content.criteria
            var basisByCriterion = [[BenchmarkScore]](repeating: [], count: criteria.count)
            var evaluatedByCriterion = [Set<String>](repeating: [], count: criteria.count)
            // A model's measurements are sorted by benchmark: look each benchmark up once per run.
            var last: (id: String, position: (benchmark: Int, criterion: Int)?)?
            for i in measurements.indices {
                let id = measurements[i].benchmark
                if last?.id != id {
                    last = (id, positions[id])
                    if let c = last?.position?.criterion { evaluatedByCriterion[c].insert(id) }
                }
                guard let (b, c) = last?.position else { continue }
                if measurements[i].isHeadline, let value = measurements[i].value {
                    basisByCriterion[c].append(BenchmarkScore(benchmark: measurements[i].benchmark, rawValue: measurements[i].rawValue ?? "",
                                                              score: Normalization.score(value, on: benchmarks[b])))
                }
            }
            var results: [CriterionResult] = []
            for (c, criterion) in criteria.enumerated() {
                let basis = basisByCriterion[c]
                let evaluated = evaluatedByCriterion[c]
                let qualitative = evaluated.subtracting(basis.map(\.benchmark)).sorted()
                let status: Status = !basis.isEmpty ? .scored : (evaluated.isEmpty ? .noEval : .qualitative)
                let score = basis.isEmpty ? nil : basis.map(\.score).reduce(0, +) / Double(basis.count)
                results.append(CriterionResult(criterion: criterion.id, status: status, score: score, basis: basis, qualitativeBenchmarks: qualitative, winRate: nil))
            }
            let scores = results.compactMap(\.score)
            let overall = scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
            return Row(model: model, criteria: results, overall: overall, coverage: scores.count, meanWinRate: nil, measurements: measurements, rank: 0)
        }

        var scoredBenchmarks: [String: [String]] = [:]
        for criterion in content.criteria {
            var ids = Set<String>()
            for row in rows { for r in row.criteria where r.criterion == criterion.id { ids.formUnion(r.basis.map(\.benchmark)) } }
            scoredBenchmarks[criterion.id] = ids.sorted()
        }
        Scoreboard.computeWinRates(&rows)

        // Sort positions with the lowercased names computed once, not twice per comparison.
        let names = rows.map { $0.model.name.lowercased() }
        let order = rows.indices.sorted { i, j in Scoreboard.defaultOrder(rows[i], rows[j], names[i], names[j]) }
        rows = order.map { rows[$0] }
        for index in rows.indices { rows[index].rank = index + 1 }
        self.rows = rows
        self.scoredBenchmarks = scoredBenchmarks
    }

    public static func defaultOrder(_ a: Row, _ b: Row) -> Bool {
        defaultOrder(a, b, a.model.name.lowercased(), b.model.name.lowercased())
    }

    static func defaultOrder(_ a: Row, _ b: Row, _ nameA: String, _ nameB: String) -> Bool {
        if a.coverage != b.coverage { return a.coverage > b.coverage }
        if (a.overall ?? -1) != (b.overall ?? -1) { return (a.overall ?? -1) > (b.overall ?? -1) }
        if nameA != nameB { return nameA < nameB }
        return a.model.slug < b.model.slug
    }

    /// HELM's mean win rate, per criterion: for each benchmark of the criterion, the share of the
    /// other models scored on it that this model beats (a tie counts half), averaged over the
    /// benchmarks it has. The overall figure averages the criteria.
    static func computeWinRates(_ rows: inout [Row]) {
        var scoresByBenchmark: [String: [Double]] = [:]
        for row in rows {
            for result in row.criteria { for b in result.basis { scoresByBenchmark[b.benchmark, default: []].append(b.score) } }
        }
        for key in scoresByBenchmark.keys { scoresByBenchmark[key]!.sort() }
        // Each row's rates depend only on the sorted scores: computed on all cores (one thread
        // was a visible serial step at 10,000 models).
        let sorted = scoresByBenchmark
        let current = rows
        let rated = parallelMap(Array(rows.indices)) { i -> (criteria: [CriterionResult], mean: Double?) in
            var criterionRates: [Double] = []
            var criteria = current[i].criteria
            for j in criteria.indices {
                let result = criteria[j]
                var rates: [Double] = []
                for b in result.basis {
                    let all = sorted[b.benchmark] ?? []
                    guard all.count > 1 else { continue }
                    let below = lowerBound(all, b.score)
                    let equalOrBelow = upperBound(all, b.score)
                    let ties = equalOrBelow - below - 1
                    rates.append((Double(below) + 0.5 * Double(ties)) / Double(all.count - 1))
                }
                guard !rates.isEmpty else { continue }
                let rate = rates.reduce(0, +) / Double(rates.count)
                criteria[j].winRate = rate
                criterionRates.append(rate)
            }
            return (criteria, criterionRates.isEmpty ? nil : criterionRates.reduce(0, +) / Double(criterionRates.count))
        }
        for i in rows.indices {
            rows[i].criteria = rated[i].criteria
            rows[i].meanWinRate = rated[i].mean
        }
    }

    private static func lowerBound(_ sorted: [Double], _ value: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] < value { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    private static func upperBound(_ sorted: [Double], _ value: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] <= value { lo = mid + 1 } else { hi = mid } }
        return lo
    }
}
