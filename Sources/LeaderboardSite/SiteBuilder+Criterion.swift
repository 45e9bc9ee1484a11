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
        // Rows and results are referred to by position: copying a row copies its model.
        let rows = scoreboard.rows
        var scored: [(row: Int, result: Int)] = []
        var qualitative: [LinkView] = []
        var noEval: [LinkView] = []
        var commentary: [CommentaryView] = []
        for r in rows.indices {
            guard let k = rows[r].criteria.firstIndex(where: { $0.criterion == criterion.id }) else { continue }
            let link = LinkView(label: HTML.clean(rows[r].model.name), href: SitePaths.model(rows[r].model.slug, from: root))
            switch rows[r].criteria[k].status {
            case .scored: scored.append((r, k))
            case .qualitative: qualitative.append(link)
            case .noEval: noEval.append(link)
            }
            if let html = rows[r].model.commentary[criterion.id] {
                commentary.append(CommentaryView(name: link.label, href: link.href, html: html))
            }
        }
        scored.sort { a, b in
            let scoreA = rows[a.row].criteria[a.result].score!, scoreB = rows[b.row].criteria[b.result].score!
            if scoreA != scoreB { return scoreA > scoreB }
            return rows[a.row].model.slug < rows[b.row].model.slug
        }
        var ranking: [RankingRowView] = []
        ranking.reserveCapacity(scored.count)
        for (i, pair) in scored.enumerated() {
            let cell = index.cell(rows[pair.row], rows[pair.row].criteria[pair.result])
            ranking.append(RankingRowView(
                rank: String(i + 1), name: HTML.clean(rows[pair.row].model.name), href: SitePaths.model(rows[pair.row].model.slug, from: root),
                scoreText: cell.scoreText, basis: cell.basis, benchmarkNote: cell.benchmarkNote,
                winRateText: rows[pair.row].criteria[pair.result].winRate.map(Views.percent) ?? "–"
            ))
        }
        let context = CriterionContext(
            root: root, name: HTML.clean(criterion.name), descriptionHTML: criterion.descriptionHTML,
            benchmarks: benchmarks, ranking: ranking, hasRanking: !ranking.isEmpty,
            qualitative: qualitative, hasQualitative: !qualitative.isEmpty,
            noEval: noEval, hasNoEval: !noEval.isEmpty,
            commentary: commentary, hasCommentary: !commentary.isEmpty
        )
        return page(path: SitePaths.criterion(criterion.id), title: criterion.name, description: criterion.summary.leadingCharacters(200),
                    template: "criterion", context: context, nav: "")
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
        let order = positions.indices.sorted { i, j in
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
        let rows = order.map { Views.measurement(all[positions[$0]], benchmark: benchmarkInfo, model: infos[$0], root: root) }
        let context = BenchmarkContext(
            root: root, name: HTML.clean(benchmark.name),
            criterionName: criterion.map { HTML.clean($0.name) } ?? benchmark.criterion,
            criterionHref: SitePaths.criterion(benchmark.criterion, from: root),
            descriptionHTML: benchmark.descriptionHTML,
            directionText: Views.directionText(benchmark),
            rangeText: "\(NumberFormat.plain(benchmark.low)) to \(NumberFormat.plain(benchmark.high))",
            hasChance: benchmark.chance != nil, chanceText: benchmark.chance.map(NumberFormat.plain) ?? "",
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
