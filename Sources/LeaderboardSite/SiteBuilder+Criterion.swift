import LeaderboardCore

extension SiteBuilder {
    func renderCriterion(_ criterion: Criterion, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let benchmarks = content.benchmarks.filter { $0.criterion == criterion.id }.map { b in
            BenchmarkSummaryView(
                name: HTML.clean(b.name), href: SitePaths.benchmark(b.id, from: root),
                directionText: Views.directionText(b), setup: HTML.clean(b.setup),
                modelCount: String(index.modelCount(ofBenchmark: b.id))
            )
        }
        let rows = scoreboard.rows
        var qualitative: [LinkView] = []
        var noEval: [LinkView] = []
        var commentary: [CommentaryView] = []
        for r in rows.indices {
            guard let k = rows[r].criteria.firstIndex(where: { $0.criterion == criterion.id }) else { continue }
            let link = LinkView(label: HTML.clean(rows[r].model.name), href: SitePaths.model(rows[r].model.slug, from: root))
            switch rows[r].criteria[k].status {
            case .qualitative: qualitative.append(link)
            case .noEval: noEval.append(link)
            case .scored, .nearChance: break
            }
            if let html = rows[r].model.commentary[criterion.id] {
                commentary.append(CommentaryView(name: link.label, href: link.href, html: html))
            }
        }
        let groups = scoreboard.evidence.groups.filter { $0.criterion == criterion.id }.map { rankingGroup($0, index, root: root) }
        let scatter = Scatter.chart(criterion: criterion.id, index, root: root)
        let context = CriterionContext(
            root: root, name: HTML.clean(criterion.name), descriptionHTML: criterion.descriptionHTML,
            benchmarks: benchmarks, groups: groups, hasRanking: !groups.isEmpty,
            hasScatter: scatter != nil, scatterSVG: scatter?.svg ?? "", scatterLegend: scatter?.legend ?? [], scatterRows: scatter?.rows ?? [],
            qualitative: qualitative, hasQualitative: !qualitative.isEmpty,
            noEval: noEval, hasNoEval: !noEval.isEmpty,
            commentary: commentary, hasCommentary: !commentary.isEmpty
        )
        return page(path: SitePaths.criterion(criterion.id), title: criterion.name, description: criterion.summary.leadingCharacters(200),
                    template: "criterion", context: context, nav: "")
    }

    func rankingGroup(_ group: Evidence.Group, _ index: SiteIndex, root: String) -> RankingGroupView {
        func row(_ entry: Evidence.Entry) -> RankingRowView {
            let info = index.modelInfo[entry.model]
            var notes: [String] = []
            if entry.nearChance { notes.append("near chance: " + entry.nearChanceReason) }
            if !entry.replications.isEmpty {
                notes.append("replicated by " + entry.replications.map(\.source.title).joined(separator: "; ")
                             + (entry.replicationsAgree ? " (agrees)" : " (DISAGREES beyond 95% intervals)"))
            }
            let note = notes.isEmpty ? "" : HTML.clean(notes.joined(separator: "; "))
            return RankingRowView(
                rank: group.shownRank(entry) ?? "–",
                name: info?.name ?? HTML.clean(entry.model), href: info?.href(from: root) ?? SitePaths.model(entry.model, from: root),
                value: entry.uncertainty.valueText, interval: entry.uncertainty.intervalText,
                scoreText: Views.score(entry.score) + " (" + Views.score(entry.scoreLow) + "–" + Views.score(entry.scoreHigh) + ")",
                benchmarkName: index.benchmarkName(entry.benchmark),
                winRateText: entry.winRate.map(Views.percent) ?? "too few to compare",
                note: note, hasNote: !note.isEmpty
            )
        }
        let ranked = group.entries.filter { !$0.nearChance }.map(row)
        let notRanked = group.entries.filter(\.nearChance).map(row)
        let names = group.benchmarks.map { LinkView(label: index.benchmarkName($0), href: SitePaths.benchmark($0, from: root)) }
        let summary: String
        if group.isComparable {
            summary = "\(group.rankedCount) models ranked; models whose 95% intervals overlap share a rank."
        } else {
            summary = "Only \(group.rankedCount) model\(group.rankedCount == 1 ? "" : "s") on this setup: too few to compare (at least \(scoreboard.evidence.minimumOpponents + 1) are needed), so no rank is given."
        }
        return RankingGroupView(id: group.id, title: names.map(\.label).joined(separator: " = "), benchmarks: names, summary: summary,
                                rows: ranked, notRanked: notRanked, hasNotRanked: !notRanked.isEmpty, isComparable: group.isComparable)
    }

    func renderBenchmark(_ benchmark: Benchmark, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let criterion = index.criteria[benchmark.criterion]
        // Positions follow the model-sorted content, so each model's info (and sort key) is looked
        // up once per model, not twice per comparison (that was most of a 10,000-model benchmark
        // page); the sort and the rows share it.
        let all = index.scoreboard.content.measurements
        let positions = index.measurementPositionsByBenchmark[benchmark.id] ?? []
        var keys: [String] = []
        var infos: [ModelInfo?] = []
        keys.reserveCapacity(positions.count)
        infos.reserveCapacity(positions.count)
        var lastModel: String?
        var lastKey = ""
        var lastInfo: ModelInfo?
        for position in positions {
            if all[position].model != lastModel {
                lastModel = all[position].model
                lastInfo = index.modelInfo[all[position].model]
                lastKey = lastInfo?.sortKey ?? all[position].model
            }
            keys.append(lastKey)
            infos.append(lastInfo)
        }
        // Models in the order of their setup group's ranking (best first), then the rest by name.
        let group = scoreboard.evidence.groupPosition[benchmark.group].map { scoreboard.evidence.groups[$0] }
        // The group's entries counted on this benchmark (a group may hold other scales of the setup).
        var own = group
        own?.entries = group?.entries.filter { $0.benchmark == benchmark.id } ?? []
        // Each model's place: its counted entry's position in the group (the group's order), read
        // from the readings of its run of positions (positions are sorted by model).
        let readings = scoreboard.evidence.readings
        let groupIndex = scoreboard.evidence.groupPosition[benchmark.group]
        var place = [Int](repeating: Int.max, count: positions.count)
        var runStart = 0
        while runStart < positions.count {
            var runEnd = runStart + 1
            while runEnd < positions.count && all[positions[runEnd]].model == all[positions[runStart]].model { runEnd += 1 }
            var standing = Int.max
            for k in runStart..<runEnd {
                if let p = readings[positions[k]].place, p.group == groupIndex, let entry = group?.entries[p.entry],
                   entry.measurement === all[positions[k]] { standing = p.entry }
            }
            for k in runStart..<runEnd { place[k] = standing }
            runStart = runEnd
        }
        let order = positions.indices.sorted { i, j in
            if place[i] != place[j] { return place[i] < place[j] }
            if keys[i] != keys[j] { return keys[i] < keys[j] }
            let a = positions[i], b = positions[j]
            if all[a].isHeadline != all[b].isHeadline { return all[a].isHeadline }
            if (all[a].variant ?? "") != (all[b].variant ?? "") { return (all[a].variant ?? "") < (all[b].variant ?? "") }
            return (all[a].subset ?? "") < (all[b].subset ?? "")
        }
        let harness = benchmark.harness.map { rule in
            (rule.isPrefix ? "tasks starting with \(rule.task) (the rest names the subset)" : "task \(rule.task)")
                + ", metric \(rule.metric)" + (rule.variant.map { ", as variant \($0)" } ?? "")
        }
        let benchmarkInfo = index.benchmarkInfo[benchmark.id]
        let heatmap = benchmark.isCapability ? nil : Heatmap.html(benchmark, order: own?.entries.map(\.model) ?? [], index, root: root)
        let rows = order.map { Views.measurement(all[positions[$0]], position: positions[$0], benchmark: benchmarkInfo, model: infos[$0], root: root, index: index) }
        let context = BenchmarkContext(
            root: root, name: HTML.clean(benchmark.name),
            criterionName: criterion.map { HTML.clean($0.name) } ?? (benchmark.isCapability ? "none: a capability check, never scored" : benchmark.criterion),
            criterionHref: criterion == nil ? "" : SitePaths.criterion(benchmark.criterion, from: root),
            hasCriterion: criterion != nil,
            descriptionHTML: benchmark.descriptionHTML,
            directionText: Views.directionText(benchmark),
            rangeText: "\(NumberFormat.plain(benchmark.low)) to \(NumberFormat.plain(benchmark.high))",
            hasChance: benchmark.chance != nil, chanceText: benchmark.chance.map(NumberFormat.plain) ?? "",
            hasNoChance: benchmark.noChance != nil, noChance: HTML.clean(benchmark.noChance ?? ""),
            uncertaintyText: Views.uncertaintyRule(benchmark),
            groupText: Views.groupText(benchmark, group: group, index),
            hasCapabilityCheck: benchmark.capabilityCheck != nil,
            capabilityCheck: benchmark.capabilityCheck.map { Views.capabilityText($0, index) } ?? "",
            hasDotPlot: own?.entries.isEmpty == false,
            dotPlotSVG: own.map { DotPlot.svg($0, benchmark: benchmark, index) } ?? "",
            hasHeatmap: heatmap != nil, heatmapHTML: heatmap ?? "",
            unit: HTML.clean(benchmark.unit), setup: HTML.clean(benchmark.setup), hasSetup: !benchmark.setup.isEmpty,
            formula: Normalization.formula(for: benchmark),
            hasPaper: benchmark.paper != nil, paperTitle: HTML.clean(benchmark.paper?.title ?? ""),
            paperHref: benchmark.paper?.url ?? "", hasPaperHref: benchmark.paper?.url != nil,
            harness: harness, hasHarness: !harness.isEmpty,
            rows: rows, hasRows: !positions.isEmpty,
            modelCount: String(index.modelCount(ofBenchmark: benchmark.id))
        )
        return page(path: SitePaths.benchmark(benchmark.id), title: benchmark.name, description: benchmark.summary.leadingCharacters(200),
                    template: "benchmark", context: context, nav: "")
    }
}
