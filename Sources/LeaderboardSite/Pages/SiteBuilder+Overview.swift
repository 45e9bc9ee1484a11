import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    /// Benchmarks grouped by criterion in criterion order: the column order of the matrix and compare pages.
    func orderedBenchmarks(_ index: SiteIndex) -> [Benchmark] {
        content.criteria.flatMap { c in content.benchmarks.filter { $0.criterion == c.id } }
    }

    func renderMatrix(_ index: SiteIndex) -> OutputFile {
        let benchmarks = orderedBenchmarks(index)
        let groups = content.criteria.compactMap { c -> MatrixGroupView? in
            let n = benchmarks.filter { $0.criterion == c.id }.count
            return n == 0 ? nil : MatrixGroupView(name: c.name, span: String(n))
        }
        let columns = benchmarks.map {
            MatrixColumnView(name: $0.name, href: SitePaths.benchmark($0.id, from: "../"), criterionName: index.criteria[$0.criterion].map { $0.name } ?? "")
        }
        // Per row, one pass over its measurements into per-column tallies (reading fields in
        // place, no grouped copies of measurements).
        let names = benchmarks.map { index.benchmarkName($0.id) }
        let column = Dictionary(uniqueKeysWithValues: benchmarks.enumerated().map { ($1.id, $0) })
        let all = scoreboard.rows
        let rows = ViewList(count: all.count) { r -> MatrixRowView in
            let ms = all[r].measurements
            var headline = [String?](repeating: nil, count: benchmarks.count)
            var values = [Int](repeating: 0, count: benchmarks.count)
            var qualitative = [Bool](repeating: false, count: benchmarks.count)
            var measured = [Bool](repeating: false, count: benchmarks.count)
            // A model's measurements are sorted by benchmark: one lookup per run of one.
            var last: (id: String, column: Int?)?
            for i in ms.indices {
                if last?.id != ms[i].benchmark { last = (ms[i].benchmark, column[ms[i].benchmark]) }
                guard let c = last!.column else { continue }
                measured[c] = true
                if ms[i].value != nil {
                    values[c] += 1
                    if headline[c] == nil && ms[i].isHeadline { headline[c] = ms[i].rawValue ?? "" }
                }
                if ms[i].qualitative != nil { qualitative[c] = true }
            }
            let cells = benchmarks.indices.map { c -> MatrixCellView in
                let subsets = values[c]
                let title: String
                if let raw = headline[c] {
                    title = subsets > 1 ? .concatenating([names[c], ": ", raw, " (+", String(subsets - 1), " subset or variant values)"])
                        : .concatenating([names[c], ": ", raw])
                }
                else if subsets > 0 { title = .concatenating([names[c], ": ", String(subsets), " subset or variant values, no headline"]) }
                else if qualitative[c] { title = .concatenating([names[c], ": figure/qualitative only"]) }
                else { title = .concatenating([names[c], ": not measured"]) }
                return MatrixCellView(isHeadline: headline[c] != nil, isSubsetOnly: headline[c] == nil && subsets > 0,
                                      isQualitative: headline[c] == nil && subsets == 0 && qualitative[c], isMissing: !measured[c], title: title)
            }
            return MatrixRowView(name: all[r].model.name, href: SitePaths.model(all[r].model.slug, from: "../"), cells: cells,
                                 count: String(measured.filter { $0 }.count))
        }
        let context = MatrixContext(root: "../", groups: groups, columns: columns, rows: rows)
        return page(path: "matrix/index.html", title: "Coverage matrix", description: "Which model was measured on which benchmark.",
                    template: "matrix", context: context, nav: "matrix", capacity: Self.largePage)
    }

    func renderCompare(_ index: SiteIndex) -> OutputFile {
        let root = "../"
        let benchmarks = orderedBenchmarks(index)
        // Each benchmark's column, so that a row fills an array instead of a dictionary and a set
        // of its own (a model's measurements are sorted by benchmark: one lookup per run of one).
        let column = Dictionary(benchmarks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // An array, not a ViewList: the theme lists the models twice (the picker and the table).
        let models = scoreboard.rows.map { row -> CompareRowView in
            var headline = [String?](repeating: nil, count: benchmarks.count)
            var qualitative = [Bool](repeating: false, count: benchmarks.count)
            var last: (id: String, column: Int?)?
            for m in row.measurements {
                if last?.id != m.benchmark { last = (m.benchmark, column[m.benchmark]) }
                guard let c = last!.column else { continue }
                if m.isHeadline, let raw = m.rawValue { headline[c] = raw }
                if m.qualitative != nil { qualitative[c] = true }
            }
            let model = row.model
            return CompareRowView(
                slug: model.slug, name: model.name, href: SitePaths.model(model.slug, from: root),
                cells: index.cells(row),
                overallText: row.overall.map(Views.score) ?? "no score",
                coverageText: "\(row.coverage) of \(content.criteria.count)",
                methods: model.alignmentText,
                paper: model.paper.label,
                benchmarks: benchmarks.indices.map { headline[$0] ?? (qualitative[$0] ? "figure/qualitative only" : "–") },
                evidence: compareEvidence(model.slug)
            )
        }
        let context = CompareContext(
            root: root, criteria: criterionHeaders(root: root),
            benchmarks: benchmarks.map { MatrixColumnView(name: $0.name, href: SitePaths.benchmark($0.id, from: root), criterionName: "") },
            models: models,
            groups: scoreboard.evidence.groups.map { Views.groupName($0, index) },
            pageModels: String(HeadToHead.pageModels)
        )
        return page(path: "compare/index.html", title: "Compare models", description: "Pick models and compare them side by side.",
                    template: "compare", context: context, nav: "compare", capacity: Self.largePage)
    }

    /// A model's ranked entries as compare's script reads them; see `CompareRowView.evidence`.
    func compareEvidence(_ slug: String) -> String {
        let evidence = scoreboard.evidence
        var parts: [String] = []
        for (g, e) in evidence.entries(of: slug) {
            let entry = evidence.groups[g].entries[e]
            guard entry.rank != nil else { continue }
            parts.append(.concatenating([String(g), "~", NumberFormat.fixed(entry.scoreLow, decimals: 3), "~",
                                         NumberFormat.fixed(entry.scoreHigh, decimals: 3), "~", entry.valueText]))
        }
        return parts.joined(separator: ";")
    }

    func renderMethodology(_ index: SiteIndex) -> OutputFile {
        let root = "../"
        let minimum = scoreboard.evidence.minimumOpponents
        let benchmarkRules: [FactView] = content.benchmarks.map { b in
            var parts: [String] = []
            if b.isCapability { parts.append("capability check, never scored") }
            if let c = b.chance { parts.append("chance level \(NumberFormat.plain(c))") }
            if let why = b.noChance { parts.append("no chance level: \(why)") }
            if b.chance == nil && b.noChance == nil && !b.isCapability { parts.append("no chance level declared") }
            if let check = b.capabilityCheck { parts.append(Views.capabilityText(check, index)) }
            return FactView(label: b.name, value: parts.joined(separator: "; "))
        }
        let example = Views.workedExample(index)
        let context = MethodologyContext(
            root: root,
            formulas: Normalization.generalFormulas.map { FormulaView(direction: $0.direction, formula: $0.formula) },
            benchmarks: orderedBenchmarks(index).map {
                BenchmarkFormulaView(name: $0.name, href: SitePaths.benchmark($0.id, from: root),
                                     criterionName: index.criteria[$0.criterion].map { $0.name } ?? "",
                                     formula: Normalization.formula(for: $0), group: $0.group,
                                     uncertainty: Views.uncertaintyBasis($0), anchor: Views.anchorText($0, index))
            },
            criteria: criterionHeaders(root: root),
            statuses: [
                FactView(label: "scored", value: "at least one setup group of the criterion has a counted headline value for the model; the criterion score is the mean of those values' scores, one per setup group"),
                FactView(label: "near chance: not ranked", value: "the model's only values cannot be told from chance: at the ideal point (a target, or no gap) with a failed capability check, or, on a benchmark with a chance level, with a 95% interval reaching it; shown, never ranked or averaged"),
                FactView(label: "figure/qualitative only", value: "the model was evaluated on the criterion, but the source gives only a figure, prose, or subset values without a headline; no number is read off a plot"),
                FactView(label: "no eval", value: "no evaluation of the model on the criterion was found"),
                FactView(label: "no paper", value: "the makers published no paper (`paper: none`)"),
            ],
            uncertaintyRules: [
                FactView(label: "Interval", value: "95% interval = v ± (\(NumberFormat.plain(Uncertainty.z)) × se + r), clipped to the benchmark's range, where r is half the last printed digit (66.6 → 0.05), and 0 for a harness run's own full-precision floats (\"0.5\" there is exact)"),
                FactView(label: "Standard error", value: "se is the source's stderr when it reports one. Otherwise, for a headline on a benchmark that declares `items: n`, se = sqrt(p(1−p)/n) × (hi − lo) with p = (v − lo)/(hi − lo): each item scores within the range, so this bounds the true standard error from above. Otherwise se = 0 and only the rounding is known (said beside the value)."),
                FactView(label: "Shown value", value: "rounded to one significant digit of the interval's half-width, never to more digits than the source printed (six for a harness run's floats); the exact text stays beside it and in the exports"),
                FactView(label: "Score range", value: "both ends of the interval normalized; for a target benchmark an interval containing the target reaches 100"),
                FactView(label: "Gap", value: "a benchmark that declares `gap` scores the largest minus the smallest of the named subsets of another benchmark, from one source; se = sqrt(se₁² + se₂²), each subset's se as above with the gap's `items` per subset, and both roundings add. The accuracy it is taken from is a capability check: a guesser shows no gap."),
                FactView(label: "Anchor", value: "what scores 0 and 100. The default, the declared range (with the chance level as 0), keeps a spread of two points two points, so no benchmark weighs more because its models are close together. A benchmark may declare `anchor: spread` (the group's lowest and highest interval ends become 0 and 100) or `anchor: {reference: model}` (that model's value scores 50). Anchors map scores monotonically: ranks and win rates never change, only the scores shown and averaged."),
            ],
            comparisonRules: [
                FactView(label: "Setup group", value: "benchmarks that declare the same `setup_group` measure the same metric with the same prompt; scores, not raw values, are compared, so a fraction and a percentage of one metric may share a group. A benchmark with none is its own group. Models are ranked only within a group."),
                FactView(label: "Replication", value: "a model with two values in one group (two sources of the same setup) has one entry: the primary record counts (harness run, then paper, model card, leaderboard, secondary), the other is shown as a replication with an agreement check (do the score ranges overlap?)"),
                FactView(label: "Rank", value: "1 + the number of models in the group whose whole score range lies above this model's; models whose ranges overlap can share a rank, shown as =n. A group with fewer than \(minimum + 1) ranked models gives no rank: too few to compare."),
                FactView(label: "Win rate", value: "in a group, wins (the other's range lies wholly below) plus half the overlaps, over the opponents; only with at least \(minimum) opponents. A criterion's win rate is the mean over its groups, the mean win rate the mean over criteria."),
                FactView(label: "Cohort", value: "per criterion, the models linked, directly or through others, by ranked values in shared setup groups of that criterion. Evidence on different criteria never links models: a model ranked on stereotypes and one ranked on factuality are not ordered against each other even when a third model has values on both. A model linked in several criteria is listed under its largest cohort. The leaderboard lists cohorts one after another (largest first), and sorting a score column sorts within each cohort."),
                FactView(label: "Default order and overall", value: "within a cohort, the win rate on the cohort's criterion (equal to 0.1% share a position), then coverage, then name. Overall, the mean of the criterion scores, is shown only for a model with a mean win rate, i.e. compared with at least \(minimum) others on some criterion, and is never used to order models; coverage (criteria scored) is always shown."),
            ],
            benchmarkRules: benchmarkRules,
            example: example, hasExample: !example.isEmpty
        )
        return page(path: "methodology/index.html", title: "Methodology", description: "How raw benchmark values become comparable scores.",
                    template: "methodology", context: context, nav: "methodology")
    }
}
