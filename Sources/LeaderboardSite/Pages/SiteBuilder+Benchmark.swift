import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    func renderBenchmark(_ benchmark: Benchmark, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let criterion = index.criteria[benchmark.criterion]
        // Positions follow the model-sorted content, so each model's info (and sort key) is looked
        // up once per model, never per comparison; the sort and the rows share it.
        let all = index.scoreboard.content.measurements
        let positions = index.measurementPositionsByBenchmark[benchmark.id] ?? []
        // A model's place in name order; models outside the content (only possible in content
        // built by hand) come last.
        var keysBuilt: [Int] = []
        var infosBuilt: [ModelInfo?] = []
        keysBuilt.reserveCapacity(positions.count)
        infosBuilt.reserveCapacity(positions.count)
        var lastModel: String?
        var lastKey = Int.max
        var lastInfo: ModelInfo?
        for position in positions {
            if all[position].model != lastModel {
                lastModel = all[position].model
                lastInfo = index.modelInfo[all[position].model]
                lastKey = lastInfo?.nameOrder ?? Int.max
            }
            keysBuilt.append(lastKey)
            infosBuilt.append(lastInfo)
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
        var placeBuilt = [Int](repeating: Int.max, count: positions.count)
        var runStart = 0
        while runStart < positions.count {
            var runEnd = runStart + 1
            while runEnd < positions.count && all[positions[runEnd]].model == all[positions[runStart]].model { runEnd += 1 }
            var standing = Int.max
            for k in runStart..<runEnd {
                if let p = readings[positions[k]].place, p.group == groupIndex, scoreboard.evidence.counts(positions[k]) { standing = p.entry }
            }
            for k in runStart..<runEnd { placeBuilt[k] = standing }
            runStart = runEnd
        }
        // Constant copies for the closures below: a closure that captures a `var` reads it
        // through a box, retaining and releasing the array on every comparison.
        let place = placeBuilt, keys = keysBuilt, infos = infosBuilt
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
        let rows = ViewList(count: order.count) { row in
            let i = order[row]
            return Views.measurement(all[positions[i]], position: positions[i], benchmark: benchmarkInfo, model: infos[i], root: root, index: index)
        }
        let modelCount = index.modelCount(ofBenchmark: benchmark.id)
        let context = BenchmarkContext(
            root: root, name: benchmark.name,
            criterionName: criterion.map { $0.name } ?? (benchmark.isCapability ? "none: a capability check, never scored" : benchmark.criterion),
            criterionHref: criterion == nil ? "" : SitePaths.criterion(benchmark.criterion, from: root),
            hasCriterion: criterion != nil,
            descriptionHTML: benchmark.descriptionHTML,
            directionText: Views.directionText(benchmark),
            rangeText: "\(NumberFormat.plain(benchmark.low)) to \(NumberFormat.plain(benchmark.high))",
            hasChance: benchmark.chance != nil, chanceText: benchmark.chance.map(NumberFormat.plain) ?? "",
            hasNoChance: benchmark.noChance != nil, noChance: benchmark.noChance ?? "",
            uncertaintyText: Views.uncertaintyRule(benchmark),
            groupText: Views.groupText(benchmark, group: group, index),
            hasCapabilityCheck: benchmark.capabilityCheck != nil,
            capabilityCheck: benchmark.capabilityCheck.map { Views.capabilityText($0, index) } ?? "",
            hasDotPlot: own?.entries.isEmpty == false,
            dotPlotSVG: own.map { DotPlot.svg($0, benchmark: benchmark, index) } ?? "",
            hasHeatmap: heatmap != nil, heatmapHTML: heatmap ?? "",
            unit: benchmark.unit, setup: benchmark.setup, hasSetup: !benchmark.setup.isEmpty,
            formula: Normalization.formula(for: benchmark),
            hasPaper: benchmark.paper != nil, paperTitle: benchmark.paper?.title ?? "",
            paperHref: benchmark.paper?.url ?? "", hasPaperHref: benchmark.paper?.url != nil,
            harness: harness, hasHarness: !harness.isEmpty,
            rows: rows, hasRows: !positions.isEmpty,
            modelCount: String(modelCount),
            modelNoun: modelCount == 1 ? "model" : "models",
            rankNote: group.map { $0.isComparable ? "" : Views.tooFewToRank($0) } ?? "",
            hasRankNote: group.map { !$0.isComparable } ?? false
        )
        return page(path: SitePaths.benchmark(benchmark.id), title: benchmark.name, description: benchmark.summary.leadingCharacters(200),
                    template: "benchmark", context: context, nav: "", capacity: Self.largePage)
    }
}
