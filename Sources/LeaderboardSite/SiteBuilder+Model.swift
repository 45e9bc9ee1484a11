import LeaderboardCore

extension SiteBuilder {
    func renderModel(_ row: Scoreboard.Row, _ index: SiteIndex) -> OutputFile {
        let root = "../../"
        let model = row.model
        var facts: [FactView] = []
        func fact(_ label: String, _ value: String?) {
            if let value { facts.append(FactView(label: label, value: HTML.clean(value))) }
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
        let sections: [CriterionSectionView] = row.criteria.map { result in
            let criterion = index.criteria[result.criterion]!
            let name = HTML.clean(criterion.name)
            switch result.status {
            case .noEval: gaps.append("\(name): no eval.")
            case .qualitative:
                gaps.append("\(name): figure/qualitative only (\(result.qualitativeBenchmarks.map { index.benchmarkName($0) }.joined(separator: ", "))).")
            case .scored: break
            }
            let commentary = model.commentary[result.criterion]
            return CriterionSectionView(
                id: result.criterion, name: name, href: "\(root)criteria/\(result.criterion)/index.html",
                isScored: result.status == .scored, isQualitative: result.status == .qualitative, isNoEval: result.status == .noEval,
                scoreText: result.score.map(Views.score) ?? "",
                basis: result.basis.map { Views.basisLine($0, index) },
                qualitativeBenchmarks: result.qualitativeBenchmarks.map { index.benchmarkName($0) },
                hasCommentary: commentary != nil, commentaryHTML: commentary ?? ""
            )
        }

        // Sort positions by precomputed keys: comparing through dictionary lookups and moving
        // whole measurements showed up in the profile.
        let measurements = Array(row.measurements)
        let criterionRank = measurements.map { m in index.benchmarkInfo[m.benchmark]?.criterionRank ?? Int.max }
        let positions = measurements.indices.sorted { i, j in
            let a = measurements[i], b = measurements[j]
            if criterionRank[i] != criterionRank[j] { return criterionRank[i] < criterionRank[j] }
            if a.benchmark != b.benchmark { return a.benchmark < b.benchmark }
            if a.isHeadline != b.isHeadline { return a.isHeadline }
            if (a.variant ?? "") != (b.variant ?? "") { return (a.variant ?? "") < (b.variant ?? "") }
            return (a.subset ?? "") < (b.subset ?? "")
        }
        let sorted = positions.map { measurements[$0] }

        let context = ModelContext(
            root: root,
            name: HTML.clean(model.name),
            summary: HTML.clean(model.summary),
            facts: facts,
            methods: Views.badges(model),
            alignmentNone: model.alignment.isEmpty && model.alignmentStated,
            alignmentUnknown: model.alignment.isEmpty && !model.alignmentStated,
            hasPaper: model.paperURL != nil, paperHref: model.paperURL ?? "",
            noPaper: model.paper == .none, paperUnknown: model.paper == .unspecified,
            hasOverall: row.overall != nil,
            overallText: row.overall.map(Views.score) ?? "",
            coverageText: "\(row.coverage) of \(content.criteria.count)",
            rank: String(row.rank),
            chartSVG: ScoreChart.svg(row, index),
            sections: sections,
            gaps: gaps, hasGaps: !gaps.isEmpty,
            measurements: sorted.map { Views.measurement($0, index, root: root) },
            hasMeasurements: !sorted.isEmpty,
            writeupHTML: model.writeupHTML,
            sourcePath: model.location.path
        )
        return page(path: "models/\(model.slug)/index.html", title: model.name, description: model.summary.leadingCharacters(200),
                    template: "model", context: context, nav: "")
    }
}
