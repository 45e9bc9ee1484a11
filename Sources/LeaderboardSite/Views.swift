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
        }
    }

    static func valueText(_ m: Measurement) -> String {
        m.rawValue ?? ""
    }

    static func basisLine(_ b: Scoreboard.BenchmarkScore, _ index: SiteIndex) -> String {
        "\(index.benchmarkName(b.benchmark)): \(b.rawValue) → \(score(b.score))"
    }

    static func cell(_ result: Scoreboard.CriterionResult, _ index: SiteIndex) -> CellView {
        let criterion = index.criteria[result.criterion]
        let total = index.scoreboard.scoredBenchmarks[result.criterion]?.count ?? 0
        let used = result.basis.count
        var basis = result.basis.map { basisLine($0, index) }.joined(separator: "; ")
        if result.status == .qualitative {
            basis = "Evaluated without a usable number: " + result.qualitativeBenchmarks.map { index.benchmarkName($0) }.joined(separator: ", ")
        } else if result.status == .noEval {
            basis = "No evaluation on this criterion was found"
        }
        let note = used > 0 && total > 1 ? "\(used) of \(total) benchmarks" : ""
        return CellView(
            criterion: result.criterion,
            criterionName: criterion.map { HTML.clean($0.name) } ?? result.criterion,
            isScored: result.status == .scored,
            isQualitative: result.status == .qualitative,
            isNoEval: result.status == .noEval,
            scoreText: result.score.map(score) ?? "",
            sortValue: result.score.map { NumberFormat.fixed($0, decimals: 3) } ?? "",
            basis: HTML.clean(basis),
            benchmarkNote: note,
            hasBenchmarkNote: !note.isEmpty
        )
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

    /// The caller passes the benchmark and model info it already holds (every row of a model page
    /// has the same model, every row of a benchmark page the same benchmark): hashing both ids for
    /// each row was a visible share of those pages.
    static func measurement(_ m: Measurement, benchmark info: BenchmarkInfo?, model: ModelInfo?, root: String) -> MeasurementView {
        let normalized = (info != nil && m.value != nil) ? Normalization.score(m.value!, on: info!.benchmark) : nil
        return MeasurementView(
            benchmarkName: info?.name ?? m.benchmark,
            benchmarkHref: info?.href(from: root) ?? SitePaths.benchmark(m.benchmark, from: root),
            criterionName: info?.criterionName ?? "",
            subset: HTML.clean(m.subset ?? ""), hasSubset: m.subset != nil,
            variant: HTML.clean(m.variant ?? ""), hasVariant: m.variant != nil,
            isHeadline: m.isHeadline,
            isQualitative: m.qualitative != nil, qualitative: HTML.clean(m.qualitative ?? ""),
            value: valueText(m), unit: info?.unit ?? "",
            stderr: m.rawStderr ?? "", hasStderr: m.rawStderr != nil,
            nShot: m.nShot.map { String($0) } ?? "", hasNShot: m.nShot != nil,
            score: normalized.map(score) ?? "", hasScore: normalized != nil,
            sourceTitle: HTML.clean(m.source.title),
            sourceHref: m.source.url ?? "", hasSourceHref: m.source.url != nil,
            locator: HTML.clean(m.source.locator),
            kind: m.source.kind.rawValue, kindLabel: m.source.kind.label,
            note: HTML.clean(m.note ?? ""), hasNote: m.note != nil,
            harness: m.harness.map { HTML.clean(harnessText($0, nShot: m.nShot)) } ?? "", hasHarness: m.harness != nil,
            modelName: model?.name ?? HTML.clean(m.model),
            modelHref: model?.href(from: root) ?? SitePaths.model(m.model, from: root),
            setup: info?.setup ?? ""
        )
    }
}
