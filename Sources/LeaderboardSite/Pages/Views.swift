import LeaderboardCore

/// Shared conversions from core values to pre-formatted view values.
enum Views {
    static func score(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 1) }

    static func percent(_ rate: Double) -> String { NumberFormat.fixed(rate * 100, decimals: 0) + "%" }

    static func statusLabel(_ status: Scoreboard.Status) -> String {
        switch status {
        case .scored: return "scored"
        case .qualitative: return "figure/qualitative only"
        case .noEval: return "no eval"
        case .nearChance: return "near chance: not ranked"
        }
    }

    static func valueText(_ m: Measurement) -> String {
        m.rawValue ?? ""
    }

    /// "TruthfulQA (MC2): 0.39 (95% 0.36–0.42) → 39.2, rank =3 of 40".
    static func basisLine(_ b: Scoreboard.BenchmarkScore, _ index: SiteIndex) -> String {
        // Read in place: a copy of the group would retain each of its arrays.
        let entry = index.scoreboard.evidence.groups[b.position.group].entries[b.position.entry]
        let name = index.benchmarkName(b.benchmark)
        guard entry.rank != nil, index.scoreboard.evidence.groups[b.position.group].isComparable else {
            return .concatenating([name, ": ", entry.valueText, " (95% ", entry.intervalText, ") → ", score(b.score)])
        }
        let rankedCount = String(index.scoreboard.evidence.groups[b.position.group].rankedCount)
        return .concatenating([name, ": ", entry.valueText, " (95% ", entry.intervalText, ") → ", score(b.score),
                               ", rank ", entry.rankText, " of ", rankedCount])
    }

    /// `basis` is `basisLine` of each of the result's basis entries (worked out once per build).
    static func cell(_ result: Scoreboard.CriterionResult, basis lines: [String], _ index: SiteIndex) -> CellView {
        let criterion = index.criteria[result.criterion]
        let total = index.scoreboard.scoredBenchmarks[result.criterion]?.count ?? 0
        let used = result.basis.count
        var basis = lines.joined(separator: "; ")
        if result.status == .qualitative {
            basis = "Evaluated without a usable number: " + result.qualitativeBenchmarks.map { index.benchmarkName($0) }.joined(separator: ", ")
        } else if result.status == .noEval {
            basis = "No evaluation on this criterion was found"
        } else if result.status == .nearChance {
            basis = result.nearChance.map { p in
                let entry = index.scoreboard.evidence.groups[p.group].entries[p.entry]
                return "\(index.benchmarkName(entry.benchmark)): \(entry.valueText), near chance: \(entry.nearChanceReason)"
            }.joined(separator: "; ")
        }
        let note = used > 0 && total > 1 ? "\(used) of \(total) benchmarks" : ""
        return CellView(
            criterion: result.criterion,
            criterionName: criterion.map { $0.name } ?? result.criterion,
            isScored: result.status == .scored,
            isQualitative: result.status == .qualitative,
            isNoEval: result.status == .noEval,
            isNearChance: result.status == .nearChance,
            scoreText: result.score.map(score) ?? "",
            sortValue: result.score.map { NumberFormat.fixed($0, decimals: 3) } ?? "",
            basis: basis,
            benchmarkNote: note,
            hasBenchmarkNote: !note.isEmpty
        )
    }

    /// "cohort 1 (factuality)": cohorts link models within one criterion.
    static func cohortLabel(_ id: Int, _ index: SiteIndex) -> String {
        let criterion = index.scoreboard.cohorts[id - 1].criterion
        return "cohort \(id) (\(index.criteria[criterion].map { $0.name.lowercased() } ?? criterion))"
    }

    /// "=2 of 14 in cohort 1 (factuality)", or why there is no standing.
    static func standingText(_ row: Scoreboard.Row, _ index: SiteIndex) -> String {
        guard let cohort = row.cohort else { return "not compared: shares no benchmark setup with another model" }
        let size = index.scoreboard.cohorts[cohort - 1].members.count
        guard row.standing != "–" else {
            return "too few to compare: no setup shared with \(index.scoreboard.evidence.minimumOpponents) other models (\(cohortLabel(cohort, index)))"
        }
        return "\(row.standing) of \(size) in \(cohortLabel(cohort, index)), by \(index.scoreboard.cohorts[cohort - 1].criterion) win rate"
    }

    /// Where a benchmark's standard errors come from, in one phrase: the benchmark page and the
    /// methodology table print this same text.
    static func uncertaintyBasis(_ b: Benchmark) -> String {
        if let gap = b.gap {
            let items = gap.items.map { "binomial bound from \($0) items per subset" } ?? "rounding only"
            return "the two subsets' errors combined, sqrt(se₁² + se₂²), each its reported stderr, else \(items); both roundings added"
        }
        return "stderr as reported, else " + (b.items.map { "binomial bound from \($0) items (headlines only)" } ?? "rounding only (no item count declared)")
    }

    static func uncertaintyRule(_ b: Benchmark) -> String {
        "95% interval = value ± (1.96 × se + half the last printed digit, none for a harness run's own full-precision floats); se: " + uncertaintyBasis(b) + "."
    }

    /// The anchor as declared, and what it came to on the site's data.
    static func anchorText(_ b: Benchmark, _ index: SiteIndex) -> String {
        let evidence = index.scoreboard.evidence
        let applied = evidence.groupPosition[b.group].map { evidence.groups[$0].rescale.text } ?? ""
        return b.anchor.text + (applied.isEmpty ? "" : " (\(applied))")
    }

    /// A setup group by its benchmarks' names: "TruthfulQA (MC2) = TruthfulQA MC2 (Open LLM Leaderboard v1)".
    static func groupName(_ group: Evidence.Group, _ index: SiteIndex) -> String {
        group.benchmarks.map { index.benchmarkName($0) }.joined(separator: " = ")
    }

    static func groupText(_ b: Benchmark, group: Evidence.Group?, _ index: SiteIndex) -> String {
        if b.isCapability {
            let readers = index.scoreboard.content.benchmarks.filter { $0.capabilityCheck?.benchmark == b.id }.map { index.benchmarkName($0.id) }
            return readers.isEmpty ? "not ranked or aggregated: outside the criteria (role: capability)"
                                   : "not ranked: a capability check read by " + readers.joined(separator: ", ")
        }
        let others = (group?.benchmarks ?? [b.id]).filter { $0 != b.id }
        let base = others.isEmpty ? "only itself (setup group \(b.group))" : "setup group \(b.group): " + others.map { index.benchmarkName($0) }.joined(separator: ", ")
        return base + "; models are ranked only within this group"
    }

    static func capabilityText(_ check: CapabilityCheck, _ index: SiteIndex) -> String {
        "a value whose 95% interval contains the ideal point counts only if the same source shows \(index.benchmarkName(check.benchmark))\(check.subset.map { " (subset \($0))" } ?? "") at or above \(NumberFormat.plain(check.floor)); otherwise it is shown as \"near chance: not ranked\""
    }

    /// The rules applied to real entries: the first comparable group with a reported stderr, else
    /// the first comparable group. Lines of text, computed from the same Evidence the pages show.
    static func workedExample(_ index: SiteIndex) -> [String] {
        let groups = index.scoreboard.evidence.groups.filter(\.isComparable)
        guard let group = groups.first(where: { $0.entries.contains { $0.uncertainty.basis == .reported } }) ?? groups.first,
              group.entries.count >= 2 else { return [] }
        let a = group.entries[0], b = group.entries[1]
        func describe(_ e: Evidence.Entry) -> String {
            let name = index.modelInfo[e.model]?.name ?? e.model
            let u = e.uncertainty
            let se: String
            switch u.basis {
            case .reported: se = "stderr \(e.measurement.rawStderr ?? "")"
            case .items(let n): se = "no stderr; binomial bound from \(n) items"
            case .roundingOnly: se = "no stderr and no item count; rounding only"
            case .difference: se = u.basisText
            }
            return "\(name): reported \(e.measurement.rawValue ?? "") (\(se)), 95% interval \(u.intervalText), shown as \(u.valueText); score \(score(e.score)), range \(score(e.scoreLow))–\(score(e.scoreHigh)); rank \(e.rankText), win rate \(e.winRate.map(percent) ?? "too few to compare")."
        }
        let outcome = Evidence.outcome(a, b)
        let verdict = outcome == 0 ? "their score ranges overlap, so between them it is a tie (half a win each)" : "their score ranges do not overlap, so \(index.modelInfo[a.model]?.name ?? a.model) wins"
        var lines = ["On \(group.benchmarks.map { index.benchmarkName($0) }.joined(separator: " = ")) (\(group.rankedCount) models ranked):",
                     describe(a), describe(b), "Between these two: \(verdict)."]
        if let near = group.entries.first(where: \.nearChance) {
            lines.append("\(index.modelInfo[near.model]?.name ?? near.model): reported \(near.measurement.rawValue ?? ""), 95% interval \(near.uncertainty.intervalText): near chance, not ranked, because \(near.nearChanceReason).")
        }
        return lines
    }

    static func badges(_ model: Model) -> [BadgeView] {
        model.alignment.map { BadgeView(label: $0.label, short: $0.shortLabel, id: $0.rawValue) }
    }

    static func directionText(_ b: Benchmark) -> String {
        switch b.direction {
        case .higher: return "higher is better"
        case .lower: return "lower is better"
        case .target(let t): return "best at \(NumberFormat.plain(t)); both sides are worse"
        }
    }

    static func harnessText(_ h: HarnessProvenance, nShot: Int?) -> String {
        var parts = ["file \(h.file)", "task \(h.task)", "metric \(h.metric)"]
        if let nShot { parts.append("\(nShot)-shot") }
        if let args = h.modelArgs { parts.append("model_args \(args)") }
        if let v = h.version { parts.append("harness \(v)") }
        return parts.joined(separator: ", ")
    }

    /// Why a setup group gives no ranks: the one wording for benchmark and criterion pages.
    static func tooFewToRank(_ group: Evidence.Group) -> String {
        "Only \(group.rankedCount) model\(group.rankedCount == 1 ? "" : "s") on this setup: too few to compare (at least \(group.minimumOpponents + 1) are needed), so no rank is given."
    }

    /// The caller passes the benchmark and model info it already holds (every row of a model page
    /// has the same model, every row of a benchmark page the same benchmark), so a row hashes no id.
    /// `position` is the measurement's place in `content.measurements`, where its reading is.
    static func measurement(_ m: Measurement, position: Int, benchmark info: BenchmarkInfo?, model: ModelInfo?, root: String, index: SiteIndex) -> MeasurementView {
        // The reading's parts are read where they are: copying a whole reading, group or the
        // evidence retains every reference it holds, and this runs for every row of every page.
        let readings = index.scoreboard.evidence.readings
        let normalized = readings[position].score
        let hasUncertainty = readings[position].uncertainty != nil
        let place = readings[position].place
        let entry = place.map { index.scoreboard.evidence.groups[$0.group].entries[$0.entry] }
        let isPrimary = index.scoreboard.evidence.counts(position)
        var replication = ""
        if let entry, !isPrimary {
            replication = "replicates the \(entry.measurement.source.kind.label) value \(entry.measurement.rawValue ?? "") (\(entry.measurement.source.title)); counted once"
                + (entry.replicationsAgree ? ", agrees within 95% intervals" : ", DISAGREES beyond 95% intervals")
        } else if let entry, !entry.replications.isEmpty {
            replication = "replicated by " + entry.replications.map { "\($0.source.title) (\($0.rawValue ?? ""))" }.joined(separator: "; ")
                + (entry.replicationsAgree ? ": agrees within 95% intervals" : ": DISAGREES beyond 95% intervals")
        }
        let reported = valueText(m)
        let shown = hasUncertainty ? readings[position].valueText : reported
        var rank = ""
        if isPrimary, let entry, let place { rank = index.scoreboard.evidence.groups[place.group].shownRank(entry) ?? "" }
        return MeasurementView(
            benchmarkName: info?.name ?? m.benchmark,
            benchmarkHref: info?.href(from: root) ?? SitePaths.benchmark(m.benchmark, from: root),
            criterionName: info?.criterionName ?? "",
            subset: m.subset ?? "", hasSubset: m.subset != nil,
            variant: m.variant ?? "", hasVariant: m.variant != nil,
            isHeadline: m.isHeadline,
            isQualitative: m.qualitative != nil, qualitative: m.qualitative ?? "",
            value: shown, unit: info?.unit ?? "",
            stderr: m.rawStderr ?? "", hasStderr: m.rawStderr != nil,
            nShot: m.nShot.map { String($0) } ?? "", hasNShot: m.nShot != nil,
            score: normalized.map(score) ?? "", hasScore: normalized != nil,
            sourceTitle: m.source.title,
            sourceHref: m.source.url ?? "", hasSourceHref: m.source.url != nil,
            locator: m.source.locator,
            kind: m.source.kind.rawValue, kindLabel: m.source.kind.label,
            note: m.note ?? "", hasNote: m.note != nil,
            harness: m.harness.map { harnessText($0, nShot: m.nShot) } ?? "", hasHarness: m.harness != nil,
            modelName: model?.name ?? m.model,
            modelHref: model?.href(from: root) ?? SitePaths.model(m.model, from: root),
            setup: info?.setup ?? "",
            reported: reported, isRounded: shown != reported,
            interval: readings[position].intervalText, hasInterval: hasUncertainty, intervalBasis: readings[position].uncertainty?.basisText ?? "",
            rank: rank, hasRank: !rank.isEmpty,
            isReplication: !replication.isEmpty, replication: replication,
            isNearChance: isPrimary && entry!.nearChance, nearChanceReason: isPrimary ? entry!.nearChanceReason : ""
        )
    }
}
