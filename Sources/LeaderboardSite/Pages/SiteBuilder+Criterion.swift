import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    func renderCriterion(_ criterion: Criterion, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let benchmarks = content.benchmarks.filter { $0.criterion == criterion.id }.map { b in
            BenchmarkSummaryView(
                name: b.name, href: SitePaths.benchmark(b.id, from: root),
                directionText: Views.directionText(b), setup: b.setup,
                modelCount: String(index.modelCount(ofBenchmark: b.id))
            )
        }
        let rows = scoreboard.rows
        var qualitative: [LinkView] = []
        var noEval: [LinkView] = []
        // Rows with commentary, made into views one at a time as the page is written: each view
        // copies its write-up slice, and a criterion page lists every model's.
        var commented: [(row: Int, html: Substring)] = []
        for r in rows.indices {
            guard let k = rows[r].criteria.firstIndex(where: { $0.criterion == criterion.id }) else { continue }
            let link = { LinkView(label: rows[r].model.name, href: SitePaths.model(rows[r].model.slug, from: root)) }
            switch rows[r].criteria[k].status {
            case .qualitative: qualitative.append(link())
            case .noEval: noEval.append(link())
            case .scored, .nearChance: break
            }
            if let html = rows[r].model.commentary[criterion.id] { commented.append((r, html)) }
        }
        let commentary = ViewList(count: commented.count) { i in
            CommentaryView(name: rows[commented[i].row].model.name, href: SitePaths.model(rows[commented[i].row].model.slug, from: root),
                           html: String(commented[i].html))
        }
        let groups = scoreboard.evidence.groups.filter { $0.criterion == criterion.id }.map { rankingGroup($0, index, root: root) }
        let scatter = Scatter.chart(criterion: criterion.id, index, root: root)
        let context = CriterionContext(
            root: root, name: criterion.name, descriptionHTML: criterion.descriptionHTML,
            benchmarks: benchmarks, groups: groups, hasRanking: !groups.isEmpty,
            hasScatter: scatter != nil, scatterSVG: scatter?.svg ?? "", scatterLegend: scatter?.legend ?? [], scatterRows: scatter?.rows ?? [],
            qualitative: qualitative, hasQualitative: !qualitative.isEmpty,
            noEval: noEval, hasNoEval: !noEval.isEmpty,
            commentary: commentary, hasCommentary: !commentary.isEmpty
        )
        return page(path: SitePaths.criterion(criterion.id), title: criterion.name, description: criterion.summary.leadingCharacters(200),
                    template: "criterion", context: context, nav: "", capacity: Self.largePage)
    }

    func rankingGroup(_ group: Evidence.Group, _ index: SiteIndex, root: String) -> RankingGroupView {
        // A group has a benchmark or a few (scales of one setup): their names are found by a
        // short scan, not a dictionary lookup per row.
        let benchmarkNames = group.benchmarks.map { ($0, index.benchmarkName($0)) }
        func benchmarkName(_ id: String) -> String { benchmarkNames.first { $0.0 == id }?.1 ?? index.benchmarkName(id) }
        func row(_ entry: Evidence.Entry) -> RankingRowView {
            let info = index.modelInfo[entry.model]
            var notes: [String] = []
            if entry.nearChance { notes.append("near chance: " + entry.nearChanceReason) }
            if !entry.replications.isEmpty {
                notes.append("replicated by " + entry.replications.map(\.source.title).joined(separator: "; ")
                             + (entry.replicationsAgree ? " (agrees)" : " (DISAGREES beyond 95% intervals)"))
            }
            let note = notes.isEmpty ? "" : notes.joined(separator: "; ")
            return RankingRowView(
                rank: group.shownRank(entry) ?? "–",
                name: info?.name ?? entry.model, href: info?.href(from: root) ?? SitePaths.model(entry.model, from: root),
                value: entry.valueText, interval: entry.intervalText,
                scoreText: .concatenating([Views.score(entry.score), " (", Views.score(entry.scoreLow), "–", Views.score(entry.scoreHigh), ")"]),
                benchmarkName: benchmarkName(entry.benchmark),
                winRateText: entry.winRate.map(Views.percent) ?? "too few to compare",
                note: note, hasNote: !note.isEmpty
            )
        }
        let rankedEntries = group.entries.filter { !$0.nearChance }
        let notRankedEntries = group.entries.filter(\.nearChance)
        let ranked = ViewList(count: rankedEntries.count) { row(rankedEntries[$0]) }
        let notRanked = ViewList(count: notRankedEntries.count) { row(notRankedEntries[$0]) }
        let names = group.benchmarks.map { LinkView(label: index.benchmarkName($0), href: SitePaths.benchmark($0, from: root)) }
        let summary: String
        if group.isComparable {
            summary = "\(group.rankedCount) models ranked; models whose 95% intervals overlap share a rank."
        } else {
            summary = Views.tooFewToRank(group)
        }
        return RankingGroupView(id: group.id, title: names.map(\.label).joined(separator: " = "), benchmarks: names, summary: summary,
                                rows: ranked, notRanked: notRanked, hasNotRanked: !notRanked.isEmpty, isComparable: group.isComparable)
    }
}
