import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    func renderModel(_ row: Scoreboard.Row, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let model = row.model
        var facts: [FactView] = []
        func fact(_ label: String, _ value: String?) {
            if let value { facts.append(FactView(label: label, value: value)) }
        }
        fact("Organization", model.organization)
        fact("Released", model.released)
        fact("Parameters", model.parameters)
        fact("Base model", model.baseModel)
        fact("Training data", model.trainingData)
        fact("License", model.license)

        var gaps: [String] = []
        if model.paper == .none { gaps.append("No paper: the makers published no paper describing this model.") }
        if model.paper == .unspecified { gaps.append("Paper not stated in this leaderboard's content.") }
        let sections: [CriterionSectionView] = row.criteria.indices.map { position in
            let result = row.criteria[position]
            let criterion = index.criteria[result.criterion]!
            let name = criterion.name
            switch result.status {
            case .noEval: gaps.append("\(name): no eval.")
            case .qualitative:
                gaps.append("\(name): figure/qualitative only (\(result.qualitativeBenchmarks.map { index.benchmarkName($0) }.joined(separator: ", "))).")
            case .nearChance:
                gaps.append("\(name): near chance, not ranked (\(result.nearChance.map { p in index.scoreboard.evidence.groups[p.group].entries[p.entry].nearChanceReason }.joined(separator: "; "))).")
            case .scored: break
            }
            let commentary = model.commentary[result.criterion]
            return CriterionSectionView(
                id: result.criterion, name: name, href: SitePaths.criterion(result.criterion, from: root),
                isScored: result.status == .scored, isQualitative: result.status == .qualitative, isNoEval: result.status == .noEval,
                isNearChance: result.status == .nearChance,
                scoreText: result.score.map(Views.score) ?? "",
                basis: index.basisLines(row, criterion: position),
                qualitativeBenchmarks: result.qualitativeBenchmarks.map { index.benchmarkName($0) },
                hasCommentary: commentary != nil, commentaryHTML: commentary.map(String.init) ?? ""
            )
        }

        // Sort positions by precomputed keys and read each measurement in place: a comparison does
        // no dictionary lookup and copies no measurement.
        let measurements = row.measurements
        let base = measurements.startIndex
        // Each benchmark's info is looked up once: a model's measurements are sorted by benchmark,
        // so equal ids are adjacent. The sort and the rows share the result.
        var last: (id: String, info: BenchmarkInfo?)?
        let infos = measurements.map { m -> BenchmarkInfo? in
            if last?.id != m.benchmark { last = (m.benchmark, index.benchmarkInfo[m.benchmark]) }
            return last?.info
        }
        let criterionRank = infos.map { $0?.criterionRank ?? Int.max }
        let order = criterionRank.indices.sorted { i, j in
            if criterionRank[i] != criterionRank[j] { return criterionRank[i] < criterionRank[j] }
            let a = base + i, b = base + j
            if measurements[a].benchmark != measurements[b].benchmark { return measurements[a].benchmark < measurements[b].benchmark }
            if measurements[a].isHeadline != measurements[b].isHeadline { return measurements[a].isHeadline }
            if (measurements[a].variant ?? "") != (measurements[b].variant ?? "") { return (measurements[a].variant ?? "") < (measurements[b].variant ?? "") }
            return (measurements[a].subset ?? "") < (measurements[b].subset ?? "")
        }

        let modelInfo = index.modelInfo[model.slug]
        let measurementViews = order.map { Views.measurement(measurements[base + $0], position: base + $0, benchmark: infos[$0], model: modelInfo, root: root, index: index) }
        let context = ModelContext(
            root: root,
            name: model.name,
            summary: model.summary,
            facts: facts,
            methods: Views.badges(model),
            alignmentNone: model.alignmentNone,
            alignmentUnknown: model.alignmentUnknown,
            hasPaper: model.paperURL != nil, paperHref: model.paperURL ?? "",
            noPaper: model.paper == .none, paperUnknown: model.paper == .unspecified,
            hasOverall: row.overall != nil,
            overallText: row.overall.map(Views.score) ?? "",
            coverageText: "\(row.coverage) of \(content.criteria.count)",
            rank: Views.standingText(row, index),
            chartSVG: ScoreChart.svg(row, index),
            sections: sections,
            gaps: gaps, hasGaps: !gaps.isEmpty,
            measurements: measurementViews,
            hasMeasurements: !order.isEmpty,
            writeupHTML: model.writeupHTML,
            sourcePath: model.location.path
        )
        return page(path: SitePaths.model(model.slug), title: model.name, description: model.summary.leadingCharacters(200),
                    template: "model", context: context, nav: "")
    }
}
