import Dispatch

/// Comparable evidence: every headline value grouped by setup group (values measured the same way
/// on the same scale), one entry per model, with its 95 % interval, and ranks that only separate
/// models whose intervals do not overlap.
///
/// Everything that orders models reads this: criterion rankings, benchmark pages, win rates, the
/// index's cohorts and head-to-head. Work is O(n log n) per group (sorted bounds and binary search),
/// never a comparison of every pair.
public struct Evidence: Sendable {
    /// No rank or win rate rests on fewer opponents than this, unless the site says otherwise
    /// (`minimum_opponents` in leaderboard.yml).
    public static let defaultMinimumOpponents = 3
    public let minimumOpponents: Int

    /// One model's counted value in one setup group. A class with constant fields, like
    /// `Measurement`: pages, exports and sorts pass entries around, and copying one retained
    /// half a dozen references each time.
    public final class Entry: Sendable {
        /// The value that counts; other sources of the same setup are `replications`.
        public let measurement: Measurement
        public let replications: [Measurement]
        /// Where the counted value and its replications sit in the measurements Evidence was built from.
        public let position: Int
        public let replicationPositions: [Int]
        /// Whether every replication's score range overlaps the counted one's.
        public let replicationsAgree: Bool
        public let uncertainty: Uncertainty
        /// `uncertainty.valueText` and `.intervalText`, formatted once: an entry is shown on its
        /// model, benchmark and criterion pages and in charts.
        public let valueText: String
        public let intervalText: String
        public let score: Double
        public let scoreLow: Double
        public let scoreHigh: Double
        /// At the ideal point without the capability that makes it informative: shown, not ranked.
        public let nearChance: Bool
        /// Why it is near chance, e.g. "LAMBADA 0.185 in the same run, below the floor 0.4".
        public let nearChanceReason: String
        /// 1 + the number of entries whose whole score interval lies above this one's; nil when not ranked.
        public let rank: Int?
        /// Another entry has the same rank ("=3").
        public let rankShared: Bool
        public let wins: Int
        public let ties: Int
        public let losses: Int
        /// Wins plus half the ties over the opponents; nil when not ranked or with fewer than the
        /// site's `minimum_opponents`. Computed once, with the rank.
        public let winRate: Double?

        init(_ d: Draft, rank: Int?, rankShared: Bool, wins: Int, ties: Int, losses: Int, minimumOpponents: Int) {
            measurement = d.measurement
            replications = d.replications
            position = d.position
            replicationPositions = d.replicationPositions
            replicationsAgree = d.replicationsAgree
            uncertainty = d.uncertainty
            valueText = d.uncertainty.valueText
            intervalText = d.uncertainty.intervalText
            score = d.score
            scoreLow = d.scoreLow
            scoreHigh = d.scoreHigh
            nearChance = d.nearChance
            nearChanceReason = d.nearChanceReason
            self.rank = rank
            self.rankShared = rankShared
            self.wins = wins
            self.ties = ties
            self.losses = losses
            if let rank { rankText = (rankShared ? "=" : "") + String(rank) } else { rankText = d.nearChance ? "not ranked" : "–" }
            let opponents = wins + ties + losses
            winRate = rank == nil || opponents < minimumOpponents ? nil : (Double(wins) + 0.5 * Double(ties)) / Double(opponents)
        }

        public var model: String { measurement.model }
        public var benchmark: String { measurement.benchmark }

        /// "=3", "4", "not ranked" (near chance) or "–"; made once, as pages show it many times.
        public let rankText: String
    }

    /// What an entry is before the group's ranks are known.
    struct Draft {
        var measurement: Measurement
        var replications: [Measurement]
        var position: Int
        var replicationPositions: [Int]
        var replicationsAgree: Bool
        var uncertainty: Uncertainty
        var score: Double
        var scoreLow: Double
        var scoreHigh: Double
        var nearChance: Bool
        var nearChanceReason: String
    }

    public struct Group: Sendable {
        public var id: String
        public var criterion: String
        /// The benchmarks in the group, by id.
        public var benchmarks: [String]
        /// Ranked entries best first (by rank, then score), then those not ranked.
        public var entries: [Entry]
        public var rankedCount: Int
        /// The group's anchor applied to its scores (identity for the declared range).
        public var rescale: Rescale
        public var minimumOpponents: Int
        /// Enough models to rank at all.
        public var isComparable: Bool { rankedCount > minimumOpponents }

        /// The rank every page and export shows for an entry: "=3", "not ranked" (near chance), or
        /// nil when the group is too small to rank.
        public func shownRank(_ entry: Entry) -> String? {
            if entry.nearChance { return "not ranked" }
            return isComparable ? entry.rankText : nil
        }
    }

    public var groups: [Group]
    /// Per group id, its position in `groups`.
    public var groupPosition: [String: Int]
    /// Per model slug, its run of positions in the measurements (they are sorted by model).
    public var rangeByModel: [String: Range<Int>]
    /// Per measurement position, the group and entry it counts in or replicates; −1 for none.
    var places: [(group: Int32, entry: Int32)]

    /// A model's entries, as (group, entry) positions in group order.
    public func entries(of slug: String) -> [(group: Int, entry: Int)] {
        rangeByModel[slug].map(entries(in:)) ?? []
    }

    /// The entries of the model whose run of measurement positions is `range`.
    func entries(in range: Range<Int>) -> [(group: Int, entry: Int)] {
        var out: [(group: Int, entry: Int)] = []
        for p in range where counts(p) { out.append((Int(places[p].group), Int(places[p].entry))) }
        if out.count > 1 { out.sort { $0.group < $1.group } }
        return out
    }

    /// Whether the measurement at `position` is the value its entry counts: not a replication of
    /// it, and not a value that counts nowhere (a subset, a variant, a qualitative finding).
    public func counts(_ position: Int) -> Bool {
        let place = places[position]
        return place.group >= 0 && groups[Int(place.group)].entries[Int(place.entry)].position == position
    }
    /// One per measurement, aligned with the measurements Evidence was built from
    /// (`content.measurements`): the one place every page and export reads a value's interval,
    /// score and place from; nothing works them out again.
    public var readings: [Reading]

    /// What the site shows of one measurement besides its source text.
    /// A capability value a check can read: a headline, or a subset when the check names one.
    struct CapabilityValue {
        var benchmark: String
        var subset: String?
        var value: Double
        var source: String
    }

    public struct Reading: Sendable {
        /// nil for a qualitative finding.
        public var uncertainty: Uncertainty?
        /// `uncertainty.valueText` and `.intervalText`, formatted once per build (the counted
        /// entry's own text for a headline that counts); empty without an uncertainty.
        public var valueText: String
        public var intervalText: String
        /// The normalized score with its group's anchor; nil for a qualitative finding or a
        /// capability benchmark (never scored).
        public var score: Double?
        /// The group and entry a headline counts in or replicates; −1 when none.
        var group: Int32
        var entry: Int32

        public var place: (group: Int, entry: Int)? { group < 0 ? nil : (Int(group), Int(entry)) }
    }

    /// The normalized score of any value on `benchmark` (a subset or variant too), with its setup
    /// group's anchor: the one place pages and exports get a score from.
    public func score(_ value: Double, on benchmark: Benchmark) -> Double {
        let base = Normalization.score(value, on: benchmark)
        guard let g = groupPosition[benchmark.group] else { return base }
        return groups[g].rescale.apply(base)
    }


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
    public init(criteria: [Criterion], benchmarks: [Benchmark], measurements: [Measurement], minimumOpponents: Int = Evidence.defaultMinimumOpponents) {
        self.minimumOpponents = minimumOpponents
        let criterionOrder = Dictionary(uniqueKeysWithValues: criteria.enumerated().map { ($1.id, $0) })
        let byID = Dictionary(uniqueKeysWithValues: benchmarks.map { ($0.id, $0) })
        // Capability values by model and benchmark, with their source, for capability checks.
        var capability: [String: [CapabilityValue]] = [:]
        // Positions in `measurements`, not copies: readings and places are arrays aligned with it.
        var candidates: [String: [Int]] = [:]
        var ranges: [String: Range<Int>] = [:]
        var runStart = 0
        var last: (id: String, benchmark: Benchmark?)?
        for (position, m) in measurements.enumerated() {
            if position > runStart && measurements[runStart].model != m.model {
                ranges[measurements[runStart].model] = runStart..<position
                runStart = position
            }
            guard m.variant == nil, let value = m.value else { continue }
            // Sorted by model, then benchmark: one lookup per run of a benchmark.
            if last?.id != m.benchmark { last = (m.benchmark, byID[m.benchmark]) }
            guard let b = last!.benchmark else { continue }
            if b.isCapability {
                // Subsets too: a check may name one (WinoBias: the pro-stereotypical sentences).
                capability[m.model, default: []].append(CapabilityValue(benchmark: b.id, subset: m.subset, value: value, source: Self.sourceKey(m)))
            } else if m.subset == nil, criterionOrder[b.criterion] != nil {
                candidates[b.group, default: []].append(position)
            }
        }
        if runStart < measurements.count { ranges[measurements[runStart].model] = runStart..<measurements.count }
        rangeByModel = ranges
        let groupIDs = candidates.keys.sorted { a, b in
            let ca = criterionOrder[byID[measurements[candidates[a]![0]].benchmark]!.criterion]!
            let cb = criterionOrder[byID[measurements[candidates[b]![0]].benchmark]!.criterion]!
            return ca != cb ? ca < cb : a < b
        }
        let members = Dictionary(grouping: benchmarks.filter { !$0.isCapability }, by: \.group).mapValues { $0.map(\.id).sorted() }
        let built = parallelMap(groupIDs) { id -> Group in
            Self.group(id: id, positions: candidates[id]!, all: measurements, benchmarks: byID, members: members[id] ?? [], capability: capability,
                       minimumOpponents: minimumOpponents)
        }
        groups = built
        groupPosition = Dictionary(uniqueKeysWithValues: built.enumerated().map { ($1.id, $0) })
        var places = [(group: Int32, entry: Int32)](repeating: (-1, -1), count: measurements.count)
        for (g, group) in built.enumerated() {
            for (e, entry) in group.entries.enumerated() {
                places[entry.position] = (Int32(g), Int32(e))
                for r in entry.replicationPositions { places[r] = (Int32(g), Int32(e)) }
            }
        }
        self.places = places
        readings = Self.readings(measurements, benchmarks: byID, groups: built, groupPosition: groupPosition, places: places)
    }

    /// Readings in chunks on all cores. Measurements come sorted by model and then benchmark, so
    /// a benchmark is looked up once per run of it, not once per value.
    static func readings(_ measurements: [Measurement], benchmarks: [String: Benchmark], groups: [Group],
                         groupPosition: [String: Int], places: [(group: Int32, entry: Int32)]) -> [Reading] {
        let chunk = 4096
        let chunks = (measurements.count + chunk - 1) / chunk
        // Each chunk fills its own part of one array in place: no per-chunk arrays to join.
        return Array(unsafeUninitializedCapacity: measurements.count) { buffer, initialized in
            // No storage at all for no measurements (a site without metrics yet).
            guard let base = buffer.baseAddress else { return }
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var last: (id: String, benchmark: Benchmark?, rescale: Rescale)?
                for position in c * chunk..<min((c + 1) * chunk, measurements.count) {
                    let m = measurements[position]
                    if last?.id != m.benchmark {
                        let b = benchmarks[m.benchmark]
                        last = (m.benchmark, b, b.flatMap { groupPosition[$0.group] }.map { groups[$0].rescale } ?? .identity)
                    }
                    let place = places[position].group < 0 ? nil : places[position]
                    guard let b = last!.benchmark else {
                        (base + position).initialize(to: Reading(uncertainty: nil, valueText: "", intervalText: "", score: nil, group: -1, entry: -1))
                        continue
                    }
                    var u: Uncertainty?
                    var valueText = "", intervalText = ""
                    if let place, groups[Int(place.group)].entries[Int(place.entry)].position == position {
                        let entry = groups[Int(place.group)].entries[Int(place.entry)]
                        (u, valueText, intervalText) = (entry.uncertainty, entry.valueText, entry.intervalText)
                    } else if let own = Uncertainty.of(m, on: b) {
                        (u, valueText, intervalText) = (own, own.valueText, own.intervalText)
                    }
                    let score = (m.value != nil && !b.isCapability) ? last!.rescale.apply(Normalization.score(m.value!, on: b)) : nil
                    (base + position).initialize(to: Reading(uncertainty: u, valueText: valueText, intervalText: intervalText, score: score,
                                                             group: place?.group ?? -1, entry: place?.entry ?? -1))
                }
            }
            initialized = measurements.count
        }
    }

    static func sourceKey(_ m: Measurement) -> String { m.source.url ?? m.source.title }

    /// `positions` index `all`, sorted by model (as `all` is).
    static func group(id: String, positions: [Int], all: [Measurement], benchmarks: [String: Benchmark], members: [String],
                      capability: [String: [CapabilityValue]], minimumOpponents: Int = Evidence.defaultMinimumOpponents) -> Group {
        var drafts: [Draft] = []
        var start = 0
        // A group's values are nearly all of one benchmark: it is looked up when the id changes.
        var lastBenchmark: (id: String, benchmark: Benchmark)?
        // Measurements arrive sorted by model: each run of one model is one entry.
        while start < positions.count {
            var end = start + 1
            while end < positions.count && all[positions[end]].model == all[positions[start]].model { end += 1 }
            // Most models have one report per setup: no sort and no arrays.
            var primaryPosition = positions[start]
            var replicationPositions: [Int] = []
            if end - start > 1 {
                let order = positions[start..<end].enumerated().sorted { a, b in
                    let pa = sourcePriority(all[a.element].source.kind), pb = sourcePriority(all[b.element].source.kind)
                    return pa != pb ? pa < pb : a.offset < b.offset
                }.map(\.element)
                primaryPosition = order[0]
                replicationPositions = Array(order.dropFirst())
            }
            let primary = all[primaryPosition]
            if lastBenchmark?.id != primary.benchmark { lastBenchmark = (primary.benchmark, benchmarks[primary.benchmark]!) }
            let benchmark = lastBenchmark!.benchmark
            let u = Uncertainty.of(primary, on: benchmark)!
            let replications = replicationPositions.map { all[$0] }
            let (lo, hi) = u.scoreRange(on: benchmark)
            // Compared as scores: a replication may be on another scale of the same setup (×100).
            let agree = replications.allSatisfy { r in
                guard let b = benchmarks[r.benchmark], let ru = Uncertainty.of(r, on: b) else { return true }
                let (rlo, rhi) = ru.scoreRange(on: b)
                return rlo <= hi && lo <= rhi
            }
            var nearChance = false
            var reason = ""
            if let ideal = Self.idealPoint(benchmark), u.low <= ideal, ideal <= u.high, let check = benchmark.capabilityCheck {
                let source = sourceKey(primary)
                let found = capability[primary.model]?.first { $0.benchmark == check.benchmark && $0.subset == check.subset && $0.source == source }
                let checkName = (benchmarks[check.benchmark]?.name ?? check.benchmark) + (check.subset.map { " (\($0))" } ?? "")
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
            // A value no better than guessing (or a constant answer) within its interval says
            // nothing about the model: shown, never scored as a real 0 or ranked.
            if !nearChance, case .higher = benchmark.direction, let chance = benchmark.chance, u.low <= chance {
                nearChance = true
                reason = u.high <= chance
                    ? "\(u.valueText) is at or below the chance level \(NumberFormat.plain(chance))"
                    : "\(u.valueText) (95% \(u.intervalText)) cannot be told from the chance level \(NumberFormat.plain(chance))"
            }
            drafts.append(Draft(measurement: primary, replications: replications, position: primaryPosition, replicationPositions: replicationPositions,
                                replicationsAgree: agree, uncertainty: u,
                                score: Normalization.score(u.value, on: benchmark), scoreLow: lo, scoreHigh: hi,
                                nearChance: nearChance, nearChanceReason: reason))
            start = end
        }
        var ranked = drafts.indices.filter { !drafts[$0].nearChance }
        // The anchor moves every score of the group by one monotone map: ranks do not change.
        let first = benchmarks[all[positions[0]].benchmark]!
        let rescale = Self.rescale(first.anchor, drafts: drafts, ranked: ranked)
        if !rescale.isIdentity {
            for i in drafts.indices {
                drafts[i].score = rescale.apply(drafts[i].score)
                drafts[i].scoreLow = rescale.apply(drafts[i].scoreLow)
                drafts[i].scoreHigh = rescale.apply(drafts[i].scoreHigh)
            }
        }
        ranked = drafts.indices.filter { !drafts[$0].nearChance }
        let lows = ranked.map { drafts[$0].scoreLow }.sorted()
        let highs = ranked.map { drafts[$0].scoreHigh }.sorted()
        // Clearly better: their lowest score is above our highest; clearly worse: the reverse.
        var better = [Int](repeating: 0, count: drafts.count), worse = better
        var rankCounts: [Int: Int] = [:]
        for i in ranked {
            better[i] = lows.count - upperBound(lows, drafts[i].scoreHigh)
            worse[i] = lowerBound(highs, drafts[i].scoreLow)
            rankCounts[better[i] + 1, default: 0] += 1
        }
        var entries = drafts.indices.map { i -> Entry in
            guard !drafts[i].nearChance else { return Entry(drafts[i], rank: nil, rankShared: false, wins: 0, ties: 0, losses: 0, minimumOpponents: minimumOpponents) }
            return Entry(drafts[i], rank: better[i] + 1, rankShared: rankCounts[better[i] + 1]! > 1,
                         wins: worse[i], ties: ranked.count - 1 - better[i] - worse[i], losses: better[i], minimumOpponents: minimumOpponents)
        }
        // Ranked first, by rank, then score (higher first), then model. The keys sit in arrays: a
        // comparison reads no entry object (each read retained and released it).
        let rankKeys = entries.map { $0.rank ?? Int.max }
        let scores = entries.map(\.score)
        let order = entries.indices.sorted { i, j in
            if rankKeys[i] != rankKeys[j] { return rankKeys[i] < rankKeys[j] }
            if scores[i] != scores[j] { return scores[i] > scores[j] }
            return entries[i].model < entries[j].model
        }
        entries = order.map { entries[$0] }
        let criterion = benchmarks[all[positions[0]].benchmark]!.criterion
        return Group(id: id, criterion: criterion, benchmarks: members, entries: entries, rankedCount: ranked.count, rescale: rescale,
                     minimumOpponents: minimumOpponents)
    }

    /// Where a value says "no difference found" rather than "good": the target of a target
    /// benchmark, or 0 of a gap. A value whose interval holds it needs the capability check.
    static func idealPoint(_ b: Benchmark) -> Double? {
        switch b.direction {
        case .target(let t): return t
        case .lower: return b.gap != nil ? b.low : nil
        case .higher: return nil
        }
    }

    static func rescale(_ anchor: Anchor, drafts: [Draft], ranked: [Int]) -> Rescale {
        func text(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
        switch anchor {
        case .range:
            return .identity
        case .spread:
            guard let lo = ranked.map({ drafts[$0].scoreLow }).min(), let hi = ranked.map({ drafts[$0].scoreHigh }).max(), hi - lo > 1e-9 else {
                return Rescale(from: [0, 100], to: [0, 100], text: "spread: fewer than two distinct values, declared range used")
            }
            return Rescale(from: [lo, hi], to: [0, 100], text: "spread: range scores \(text(lo))–\(text(hi)) (the group's lowest and highest interval ends) stretched to 0–100")
        case .reference(let slug):
            guard let r = drafts.first(where: { $0.measurement.model == slug })?.score else {
                return Rescale(from: [0, 100], to: [0, 100], text: "reference \(slug) has no value here: declared range used")
            }
            guard r > 0, r < 100 else {
                return Rescale(from: [0, 100], to: [0, 100], text: "reference \(slug) scores \(text(r)) on the range, an end of it: declared range used")
            }
            return Rescale(from: [0, r, 100], to: [0, 50, 100], text: "reference \(slug): its range score \(text(r)) maps to 50, the range's ends stay 0 and 100")
        }
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
