/// Aggregation stage: per-model criterion scores, statuses, coverage and mean win rates.
public struct Scoreboard: Sendable {
    public enum Status: String, Sendable {
        case scored
        case qualitative
        case noEval = "no-eval"
        /// Every number it has sits at the ideal point without the capability that makes that
        /// informative (Evidence.Entry.nearChance): shown, never ranked.
        case nearChance = "near-chance"
    }

    /// One setup group's contribution to a model's criterion score.
    public struct BenchmarkScore: Sendable {
        public var benchmark: String
        /// The measured value as its source wrote it (not the whole measurement: one copy of
        /// every measurement is enough at 10,000 models).
        public var rawValue: String
        public var score: Double
        /// Where the entry sits in `evidence.groups[group].entries`.
        public var position: (group: Int, entry: Int)
    }

    public struct CriterionResult: Sendable {
        public var criterion: String
        public var status: Status
        public var score: Double?
        /// The mean of the counted entries' score-interval ends: the score's 95 % range.
        public var scoreLow: Double?
        public var scoreHigh: Double?
        public var basis: [BenchmarkScore]
        /// Benchmarks of this criterion evaluated without a usable number.
        public var qualitativeBenchmarks: [String]
        /// Entries shown but not ranked (near chance), as positions in `evidence`.
        public var nearChance: [(group: Int, entry: Int)]
        /// Mean over this criterion's setup groups of the model's tie-aware win rate there; nil
        /// where no group has `evidence.minimumOpponents` ranked opponents.
        public var winRate: Double?
    }

    public struct Row: Sendable {
        public var model: Model
        public var criteria: [CriterionResult]
        /// Mean of the criterion scores; nil unless the model shares evidence with enough models
        /// to be compared (it has a mean win rate).
        public var overall: Double?
        /// Scored criteria (what `overall` would average), shown whether or not `overall` is.
        public var coverage: Int
        public var meanWinRate: Double?
        /// The cohort the row is listed under: the largest of the per-criterion cohorts the model
        /// belongs to; nil when it shares no ranked setup with another model.
        public var cohort: Int?
        /// "=2": position by the cohort criterion's win rate within the cohort, equal rates
        /// sharing it; "–" when the model has no win rate there.
        public var standing: String
        /// This model's measurements: a slice of `content.measurements`, which are sorted by model,
        /// so rows share one copy.
        public var measurements: ArraySlice<Measurement>
        /// 1-based position in the default order.
        public var rank: Int
    }

    /// Models linked (directly or through others) by ranked values in shared setup groups of one
    /// criterion. Evidence on different criteria never links models: a model ranked on
    /// stereotypes and one ranked on factuality are not ordered against each other, even when a
    /// third model has values on both.
    public struct Cohort: Sendable {
        public var id: Int
        /// The criterion whose setup groups link the models.
        public var criterion: String
        /// Every model of the linked component (a model may be linked in several criteria).
        public var models: [String]
        /// The models listed under this cohort: those whose largest cohort it is.
        public var members: [String]
        /// The setup groups that link them, in evidence order.
        public var groups: [String]
    }

    public var content: Content
    public var evidence: Evidence
    public var cohorts: [Cohort]
    /// In the default order: by cohort (largest first), then the cohort criterion's win rate,
    /// coverage, name.
    public var rows: [Row]
    /// Per criterion: the benchmarks at least one model has a score on.
    public var scoredBenchmarks: [String: [String]]

    public init(content: Content, minimumOpponents: Int = Evidence.defaultMinimumOpponents) {
        var content = content
        // The loader sorts by model; content built elsewhere is sorted here (stable, by model only).
        if content.measurements.indices.dropFirst().contains(where: { content.measurements[$0 - 1].model > content.measurements[$0].model }) {
            content.measurements = content.measurements.enumerated()
                .sorted { ($0.element.model, $0.offset) < ($1.element.model, $1.offset) }.map(\.element)
        }
        self.content = content
        let all = content.measurements
        let evidence = Evidence(criteria: content.criteria, benchmarks: content.benchmarks, measurements: all, minimumOpponents: minimumOpponents)
        self.evidence = evidence
        let criterionPosition = Dictionary(uniqueKeysWithValues: content.criteria.enumerated().map { ($1.id, $0) })
        var benchmarkCriterion: [String: Int] = [:]
        for b in content.benchmarks where !b.isCapability { if let c = criterionPosition[b.criterion] { benchmarkCriterion[b.id] = c } }
        let rangeByModel = evidence.rangeByModel
        // Each group's criterion position, looked up once here rather than per entry of every model.
        let groupCriterion = evidence.groups.map { criterionPosition[$0.criterion] ?? -1 }

        var rows: [Row] = parallelMap(content.models) { model in
            let range = rangeByModel[model.slug]
            let measurements = range.map { all[$0] } ?? []
            let criteria = content.criteria
            // A model has a handful of benchmarks per criterion: short arrays, not sets (hashing
            // and allocating sets per model per criterion was most of this closure).
            var evaluatedByCriterion = [[String]](repeating: [], count: criteria.count)
            var last: String?
            for i in measurements.indices where measurements[i].benchmark != last {
                last = measurements[i].benchmark
                if let c = benchmarkCriterion[last!], !evaluatedByCriterion[c].contains(last!) { evaluatedByCriterion[c].append(last!) }
            }
            var basisByCriterion = [[BenchmarkScore]](repeating: [], count: criteria.count)
            var nearByCriterion = [[(group: Int, entry: Int)]](repeating: [], count: criteria.count)
            var ratesByCriterion = [[Double]](repeating: [], count: criteria.count)
            let places: [(group: Int, entry: Int)] = range.map { evidence.entries(in: $0) } ?? []
            for (g, e) in places {
                let c = groupCriterion[g]
                guard c >= 0 else { continue }
                // The entry read in place: copying its group retained each of the group's arrays.
                let entry = evidence.groups[g].entries[e]
                if entry.nearChance {
                    nearByCriterion[c].append((g, e))
                    continue
                }
                basisByCriterion[c].append(BenchmarkScore(benchmark: entry.benchmark, rawValue: entry.measurement.rawValue ?? "",
                                                          score: entry.score, position: (g, e)))
                if let rate = entry.winRate { ratesByCriterion[c].append(rate) }
            }
            var results: [CriterionResult] = []
            results.reserveCapacity(criteria.count)
            for (c, criterion) in criteria.enumerated() {
                let basis = basisByCriterion[c]
                let near = nearByCriterion[c]
                // Evaluated, yet neither scored nor near chance: only a figure or prose.
                let qualitative = evaluatedByCriterion[c].filter { b in
                    !basis.contains { $0.benchmark == b } && !near.contains { evidence.groups[$0.group].entries[$0.entry].benchmark == b }
                }.sorted()
                let status: Status = !basis.isEmpty ? .scored : (!near.isEmpty ? .nearChance : (evaluatedByCriterion[c].isEmpty ? .noEval : .qualitative))
                var sum = 0.0, lows = 0.0, highs = 0.0
                for b in basis {
                    sum += b.score
                    lows += evidence.groups[b.position.group].entries[b.position.entry].scoreLow
                    highs += evidence.groups[b.position.group].entries[b.position.entry].scoreHigh
                }
                let count = Double(basis.count)
                let rates = ratesByCriterion[c]
                results.append(CriterionResult(criterion: criterion.id, status: status, score: basis.isEmpty ? nil : sum / count,
                                               scoreLow: basis.isEmpty ? nil : lows / count,
                                               scoreHigh: basis.isEmpty ? nil : highs / count,
                                               basis: basis, qualitativeBenchmarks: qualitative,
                                               nearChance: near,
                                               winRate: rates.isEmpty ? nil : rates.reduce(0, +) / Double(rates.count)))
            }
            let scores = results.compactMap(\.score)
            let criterionRates = results.compactMap(\.winRate)
            let meanWinRate = criterionRates.isEmpty ? nil : criterionRates.reduce(0, +) / Double(criterionRates.count)
            let overall = (scores.isEmpty || meanWinRate == nil) ? nil : scores.reduce(0, +) / Double(scores.count)
            return Row(model: model, criteria: results, overall: overall, coverage: scores.count, meanWinRate: meanWinRate,
                       cohort: nil, standing: "–", measurements: measurements, rank: 0)
        }

        // A row's results follow `content.criteria` (made so above), so the position names the criterion.
        var scoredIDs = [Set<String>](repeating: [], count: content.criteria.count)
        for row in rows {
            for c in row.criteria.indices {
                var last: String?
                for b in row.criteria[c].basis where b.benchmark != last {
                    last = b.benchmark
                    scoredIDs[c].insert(b.benchmark)
                }
            }
        }
        var scoredBenchmarks: [String: [String]] = [:]
        for (c, criterion) in content.criteria.enumerated() { scoredBenchmarks[criterion.id] = scoredIDs[c].sorted() }
        let cohorts = Scoreboard.cohorts(evidence, models: rows.map(\.model.slug), criteria: content.criteria.map(\.id))
        var cohortOf: [String: Int] = [:]
        for cohort in cohorts { for slug in cohort.members { cohortOf[slug] = cohort.id } }
        for i in rows.indices { rows[i].cohort = cohortOf[rows[i].model.slug] }

        // Sort positions with the lowercased names and the cohort criterion's win rate computed
        // once, not twice per comparison.
        let names = rows.map { $0.model.name.lowercased() }
        let cohortCriterion = cohorts.map { c in content.criteria.firstIndex { $0.id == c.criterion }! }
        let rates = rows.map { row in row.cohort.flatMap { row.criteria[cohortCriterion[$0 - 1]].winRate } }
        // The keys in arrays: a comparison then copies no row (each copy retains five references).
        let cohortKeys = rows.map { $0.cohort ?? Int.max }
        let coverages = rows.map(\.coverage)
        let slugs = rows.map(\.model.slug)
        let order = rows.indices.sorted { i, j in
            Scoreboard.defaultOrder(cohort: (cohortKeys[i], cohortKeys[j]), rate: (rates[i], rates[j]), coverage: (coverages[i], coverages[j]),
                                    name: (names[i], names[j]), slug: (slugs[i], slugs[j]))
        }
        let orderedRates = order.map { rates[$0] }
        rows = order.map { rows[$0] }
        for index in rows.indices { rows[index].rank = index + 1 }
        Scoreboard.assignStandings(&rows, rates: orderedRates)
        self.rows = rows
        self.cohorts = cohorts
        self.scoredBenchmarks = scoredBenchmarks
    }

    /// Per criterion, the connected components of models over that criterion's setup groups where
    /// both have a ranked value. Each model is listed under its largest one (ties: criterion order,
    /// then first slug); cohorts are numbered by how many models they list, largest first.
    static func cohorts(_ evidence: Evidence, models: [String], criteria: [String]) -> [Cohort] {
        // Union-find over model positions, one pass per criterion: a slug is hashed once per
        // ranked entry, never per union step.
        let position = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($1, $0) })
        // Content lists models by slug: then positions sort as their slugs do, and sorting
        // thousands of members compares integers, not strings.
        let slugOrder = models.indices.dropFirst().allSatisfy { models[$0 - 1] < models[$0] }
        func sortedBySlug(_ members: [Int]) -> [Int] {
            slugOrder ? members.sorted() : members.sorted { models[$0] < models[$1] }
        }
        var parent = [Int](repeating: -1, count: models.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Each group's ranked models as positions. Reading 100,000 entries is mostly waiting for
        // memory (each entry, then its measurement), so the groups are read in parallel.
        let rankedByGroup: [[Int]] = parallelMap(Array(evidence.groups.indices)) { g in
            let group = evidence.groups[g]
            guard group.rankedCount >= 2 else { return [] }
            return group.entries.compactMap { $0.rank == nil ? nil : position[$0.model] }
        }
        var candidates: [Cohort] = []
        /// Each candidate's models as positions, in slug order.
        var candidatePositions: [[Int]] = []
        for criterion in criteria {
            for i in parent.indices { parent[i] = -1 }
            var touched: [Int] = []
            var linked: [(group: Int, models: [Int])] = []
            for (g, group) in evidence.groups.enumerated() where group.criterion == criterion && group.rankedCount >= 2 {
                let ranked = rankedByGroup[g]
                guard ranked.count >= 2 else { continue }
                for m in ranked where parent[m] < 0 { parent[m] = m; touched.append(m) }
                // Everything joins the first model's root, which so stays a root.
                let root = find(ranked[0])
                for m in ranked.dropFirst() where find(m) != root { parent[find(m)] = root }
                linked.append((g, ranked))
            }
            var components: [Int: [Int]] = [:]
            for m in touched { components[find(m), default: []].append(m) }
            var rootOfGroup: [Int: Int] = [:]
            for (g, ranked) in linked { rootOfGroup[g] = find(ranked[0]) }
            for (root, members) in components.sorted(by: { models[$0.value.min()!] < models[$1.value.min()!] }) {
                let sorted = sortedBySlug(members)
                let groups = linked.filter { rootOfGroup[$0.group] == root }.map { evidence.groups[$0.group].id }
                candidatePositions.append(sorted)
                candidates.append(Cohort(id: 0, criterion: criterion, models: sorted.map { models[$0] }, members: [], groups: groups))
            }
        }
        // Each model's home: the largest component it is in; candidates are in criterion order,
        // so the first of equal size wins.
        var home = [Int](repeating: -1, count: models.count)
        for (c, positions) in candidatePositions.enumerated() {
            for m in positions {
                if home[m] >= 0, candidatePositions[home[m]].count >= positions.count { continue }
                home[m] = c
            }
        }
        var memberPositions = [[Int]](repeating: [], count: candidates.count)
        for m in models.indices where home[m] >= 0 { memberPositions[home[m]].append(m) }
        for c in candidates.indices { candidates[c].members = sortedBySlug(memberPositions[c]).map { models[$0] } }
        var cohorts = candidates.filter { !$0.members.isEmpty }
        let criterionOrder = Dictionary(uniqueKeysWithValues: criteria.enumerated().map { ($1, $0) })
        cohorts.sort { a, b in
            if a.members.count != b.members.count { return a.members.count > b.members.count }
            if a.criterion != b.criterion { return criterionOrder[a.criterion]! < criterionOrder[b.criterion]! }
            return a.members[0] < b.members[0]
        }
        for i in cohorts.indices { cohorts[i].id = i + 1 }
        return cohorts
    }

    /// Within each cohort, models ordered by the cohort criterion's win rate share a position when
    /// their rates are equal to the shown precision (0.1 %). `rates` follow `rows`.
    static func assignStandings(_ rows: inout [Row], rates: [Double?]) {
        var i = 0
        while i < rows.count {
            var j = i
            while j < rows.count && rows[j].cohort == rows[i].cohort { j += 1 }
            var position = 1
            var k = i
            while k < j {
                guard let rate = rates[k], rows[k].cohort != nil else { k += 1; continue }
                let key = (rate * 1000).rounded()
                var m = k
                while m < j, let other = rates[m], (other * 1000).rounded() == key { m += 1 }
                for n in k..<m { rows[n].standing = (m - k > 1 ? "=" : "") + String(position) }
                position += m - k
                k = m
            }
            i = j
        }
    }

    /// Whether the first of two rows comes first: each argument is the pair of their keys (a row
    /// with no cohort has `Int.max`).
    @inline(__always)
    static func defaultOrder(cohort: (Int, Int), rate: (Double?, Double?), coverage: (Int, Int), name: (String, String), slug: (String, String)) -> Bool {
        // Models that share no evidence on a criterion are never ordered against each other: cohorts first.
        if cohort.0 != cohort.1 { return cohort.0 < cohort.1 }
        if (rate.0 ?? -1) != (rate.1 ?? -1) { return (rate.0 ?? -1) > (rate.1 ?? -1) }
        if coverage.0 != coverage.1 { return coverage.0 > coverage.1 }
        if name.0 != name.1 { return name.0 < name.1 }
        return slug.0 < slug.1
    }
}
