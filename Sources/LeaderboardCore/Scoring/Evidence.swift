/// Comparable evidence: every headline value grouped by setup group (values measured the same way
/// on the same scale), one entry per model, with its 95 % interval, and ranks that only separate
/// models whose intervals do not overlap.
///
/// Everything that orders models reads this: criterion rankings, benchmark pages, win rates, the
/// index's cohorts and head-to-head. Work is O(n log n) per group (sorted bounds and binary search),
/// never a comparison of every pair.
public struct Evidence: Sendable {
    /// No rank or win rate rests on fewer opponents than this.
    public static let minimumOpponents = 3

    public struct Entry: Sendable {
        public var model: String
        /// The value that counts; other sources of the same setup are `replications`.
        public var measurement: Measurement
        public var benchmark: String
        public var replications: [Measurement]
        /// Whether every replication's interval overlaps the counted one's.
        public var replicationsAgree: Bool
        public var uncertainty: Uncertainty
        public var score: Double
        public var scoreLow: Double
        public var scoreHigh: Double
        /// At the ideal point without the capability that makes it informative: shown, not ranked.
        public var nearChance: Bool
        /// Why it is near chance, e.g. "LAMBADA 0.185 in the same run, below the floor 0.4".
        public var nearChanceReason: String
        /// 1 + the number of entries whose whole score interval lies above this one's; nil when not ranked.
        public var rank: Int?
        /// Another entry has the same rank ("=3").
        public var rankShared: Bool
        public var wins: Int
        public var ties: Int
        public var losses: Int

        public var rankText: String {
            guard let rank else { return nearChance ? "not ranked" : "–" }
            return (rankShared ? "=" : "") + String(rank)
        }

        /// Wins plus half the ties over the opponents; nil with fewer than `minimumOpponents`.
        public var winRate: Double? {
            let opponents = wins + ties + losses
            guard rank != nil, opponents >= Evidence.minimumOpponents else { return nil }
            return (Double(wins) + 0.5 * Double(ties)) / Double(opponents)
        }
    }

    public struct Group: Sendable {
        public var id: String
        public var criterion: String
        /// The benchmarks in the group, by id.
        public var benchmarks: [String]
        /// Ranked entries best first (by rank, then score), then those not ranked.
        public var entries: [Entry]
        public var rankedCount: Int
        /// Enough models to rank at all.
        public var isComparable: Bool { rankedCount > Evidence.minimumOpponents }
    }

    public var groups: [Group]
    /// Per group id, its position in `groups`.
    public var groupPosition: [String: Int]
    /// Per model slug, the (group, entry) positions of its entries.
    public var entriesByModel: [String: [(group: Int, entry: Int)]]

    /// Sources ranked for which of two reports of one setup counts: the primary record first.
    static func sourcePriority(_ kind: Source.Kind) -> Int {
        switch kind {
        case .harnessRun: return 0
        case .paper: return 1
        case .modelCard: return 2
        case .leaderboard: return 3
        case .secondary: return 4
        }
    }

    /// `measurements` sorted by model (as the loader and Scoreboard keep them).
    public init(criteria: [Criterion], benchmarks: [Benchmark], measurements: [Measurement]) {
        let criterionOrder = Dictionary(uniqueKeysWithValues: criteria.enumerated().map { ($1.id, $0) })
        let byID = Dictionary(uniqueKeysWithValues: benchmarks.map { ($0.id, $0) })
        // Capability values by model and benchmark, with their source, for capability checks.
        var capability: [String: [(benchmark: String, value: Double, source: String)]] = [:]
        var candidates: [String: [Measurement]] = [:]
        for m in measurements where m.isHeadline && m.value != nil {
            guard let b = byID[m.benchmark] else { continue }
            if b.isCapability {
                capability[m.model, default: []].append((b.id, m.value!, Self.sourceKey(m)))
            } else if criterionOrder[b.criterion] != nil {
                candidates[b.group, default: []].append(m)
            }
        }
        let groupIDs = candidates.keys.sorted { a, b in
            let ca = criterionOrder[byID[candidates[a]![0].benchmark]!.criterion]!, cb = criterionOrder[byID[candidates[b]![0].benchmark]!.criterion]!
            return ca != cb ? ca < cb : a < b
        }
        let members = Dictionary(grouping: benchmarks.filter { !$0.isCapability }, by: \.group).mapValues { $0.map(\.id).sorted() }
        let built = parallelMap(groupIDs) { id -> Group in
            Self.group(id: id, measurements: candidates[id]!, benchmarks: byID, members: members[id] ?? [], capability: capability)
        }
        groups = built
        groupPosition = Dictionary(uniqueKeysWithValues: built.enumerated().map { ($1.id, $0) })
        var byModel: [String: [(group: Int, entry: Int)]] = [:]
        for (g, group) in built.enumerated() {
            for (e, entry) in group.entries.enumerated() { byModel[entry.model, default: []].append((g, e)) }
        }
        entriesByModel = byModel
    }

    static func sourceKey(_ m: Measurement) -> String { m.source.url ?? m.source.title }

    static func group(id: String, measurements: [Measurement], benchmarks: [String: Benchmark], members: [String],
                      capability: [String: [(benchmark: String, value: Double, source: String)]]) -> Group {
        var entries: [Entry] = []
        var start = 0
        // Measurements arrive sorted by model: each run of one model is one entry.
        while start < measurements.count {
            var end = start + 1
            while end < measurements.count && measurements[end].model == measurements[start].model { end += 1 }
            let reports = measurements[start..<end].enumerated().sorted { a, b in
                let pa = sourcePriority(a.element.source.kind), pb = sourcePriority(b.element.source.kind)
                return pa != pb ? pa < pb : a.offset < b.offset
            }.map(\.element)
            let primary = reports[0]
            let benchmark = benchmarks[primary.benchmark]!
            let u = Uncertainty.of(primary, on: benchmark)!
            let replications = Array(reports.dropFirst())
            let (lo, hi) = u.scoreRange(on: benchmark)
            // Compared as scores: a replication may be on another scale of the same setup (×100).
            let agree = replications.allSatisfy { r in
                guard let b = benchmarks[r.benchmark], let ru = Uncertainty.of(r, on: b) else { return true }
                let (rlo, rhi) = ru.scoreRange(on: b)
                return rlo <= hi && lo <= rhi
            }
            var nearChance = false
            var reason = ""
            if case .target(let t) = benchmark.direction, u.low <= t, t <= u.high, let check = benchmark.capabilityCheck {
                let source = sourceKey(primary)
                let found = capability[primary.model]?.first { $0.benchmark == check.benchmark && $0.source == source }
                let checkName = benchmarks[check.benchmark]?.name ?? check.benchmark
                if let found {
                    if found.value < check.floor {
                        nearChance = true
                        reason = "\(checkName) \(NumberFormat.plain(found.value)) in the same source is below the floor \(NumberFormat.plain(check.floor))"
                    }
                } else {
                    nearChance = true
                    reason = "no \(checkName) result in the same source shows the model can do the task (floor \(NumberFormat.plain(check.floor)))"
                }
            }
            entries.append(Entry(model: primary.model, measurement: primary, benchmark: primary.benchmark, replications: replications,
                                 replicationsAgree: agree, uncertainty: u, score: Normalization.score(u.value, on: benchmark),
                                 scoreLow: lo, scoreHigh: hi, nearChance: nearChance, nearChanceReason: reason,
                                 rank: nil, rankShared: false, wins: 0, ties: 0, losses: 0))
            start = end
        }
        let ranked = entries.indices.filter { !entries[$0].nearChance }
        let lows = ranked.map { entries[$0].scoreLow }.sorted()
        let highs = ranked.map { entries[$0].scoreHigh }.sorted()
        for i in ranked {
            // Clearly better: their lowest score is above our highest; clearly worse: the reverse.
            let better = lows.count - upperBound(lows, entries[i].scoreHigh)
            let worse = lowerBound(highs, entries[i].scoreLow)
            entries[i].rank = better + 1
            entries[i].losses = better
            entries[i].wins = worse
            entries[i].ties = ranked.count - 1 - better - worse
        }
        var rankCounts: [Int: Int] = [:]
        for i in ranked { rankCounts[entries[i].rank!, default: 0] += 1 }
        for i in ranked { entries[i].rankShared = rankCounts[entries[i].rank!]! > 1 }
        entries.sort { a, b in
            if (a.rank == nil) != (b.rank == nil) { return a.rank != nil }
            if let ra = a.rank, let rb = b.rank, ra != rb { return ra < rb }
            if a.score != b.score { return a.score > b.score }
            return a.model < b.model
        }
        let criterion = benchmarks[measurements[0].benchmark]!.criterion
        return Group(id: id, criterion: criterion, benchmarks: members, entries: entries, rankedCount: ranked.count)
    }

    /// The first position whose value is not below `value`.
    static func lowerBound(_ sorted: [Double], _ value: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] < value { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// The first position whose value is above `value`.
    static func upperBound(_ sorted: [Double], _ value: Double) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid] <= value { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    /// Win, tie or loss of `a` against `b` on one group's entries (head-to-head).
    public static func outcome(_ a: Entry, _ b: Entry) -> Int {
        if a.scoreLow > b.scoreHigh { return 1 }
        if a.scoreHigh < b.scoreLow { return -1 }
        return 0
    }
}
