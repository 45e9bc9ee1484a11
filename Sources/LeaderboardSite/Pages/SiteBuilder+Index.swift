import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    func row(_ row: Scoreboard.Row, _ index: SiteIndex, root: String, position: Int = 0) -> RowView {
        let model = row.model
        let criteriaCount = content.criteria.count
        let overallNote: String
        if row.cohort == nil {
            overallNote = "shares no benchmark setup with another model"
        } else if row.meanWinRate == nil {
            overallNote = "too few to compare: no setup shared with \(scoreboard.evidence.minimumOpponents) other models"
        } else {
            overallNote = ""
        }
        return RowView(
            rank: String(row.rank),
            standing: row.standing,
            cohort: row.cohort.map { String($0) } ?? "",
            cohortLabel: row.cohort.map { Views.cohortLabel($0, index) } ?? "none",
            overallNote: overallNote,
            slug: model.slug,
            name: model.name,
            href: SitePaths.model(model.slug, from: root),
            organization: model.organization ?? "",
            hasOrganization: model.organization != nil,
            methods: Views.badges(model),
            methodsKey: model.alignmentKey,
            alignmentNone: model.alignmentNone,
            alignmentUnknown: model.alignmentUnknown,
            hasPaper: model.paperURL != nil,
            paperHref: model.paperURL ?? "",
            noPaper: model.paper == .none,
            paperUnknown: model.paper == .unspecified,
            paperKey: model.paperURL != nil ? "yes" : "no",
            cells: index.cells(row),
            hasOverall: row.overall != nil,
            overallText: row.overall.map(Views.score) ?? "",
            overallSort: row.overall.map { NumberFormat.fixed($0, decimals: 3) } ?? "",
            coverage: String(row.coverage),
            coverageText: "\(row.coverage) of \(criteriaCount)",
            hasWinRate: row.meanWinRate != nil,
            winRateText: row.meanWinRate.map(Views.percent) ?? "",
            winRateSort: row.meanWinRate.map { NumberFormat.fixed($0, decimals: 4) } ?? "",
            position: String(position)
        )
    }

    func criterionHeaders(root: String, sortedBy sort: (column: String, aria: String)? = nil) -> [CriterionHeaderView] {
        content.criteria.map {
            CriterionHeaderView(id: $0.id, name: $0.name, href: SitePaths.criterion($0.id, from: root), summary: $0.summary,
                                ariaSort: sort?.column == $0.id ? sort!.aria : "", hasAriaSort: sort?.column == $0.id)
        }
    }

    func renderIndex(_ index: SiteIndex) -> OutputFile {
        let organizations = Set(content.models.compactMap(\.organization)).sorted { $0.lowercased() < $1.lowercased() }
        // Served in the default_sort order, so that it holds without JavaScript too. In the
        // default order (the scoreboard's) each row is made as the template reaches it.
        let sort = config.defaultSort.map { IndexOrder(column: $0.column, direction: $0.direction, criteria: content.criteria.map(\.id)) }
            ?? IndexOrder(column: "rank", direction: "asc", criteria: [])
        let board = scoreboard.rows
        let rows: ViewList<RowView>
        if config.defaultSort != nil {
            let sorted = sort.sorted(board.enumerated().map { row($1, index, root: "", position: $0) })
            rows = ViewList(count: sorted.count) { sorted[$0] }
        } else {
            rows = ViewList(count: board.count) { row(board[$0], index, root: "", position: $0) }
        }
        let aria = sort.descending ? "descending" : "ascending"
        let context = IndexContext(
            root: "",
            criteria: criterionHeaders(root: "", sortedBy: (sort.column, aria)),
            criterionCount: String(content.criteria.count),
            rows: rows,
            modelCount: String(scoreboard.rows.count),
            organizations: organizations.map { LinkView(label: $0, href: "") },
            methods: AlignmentMethod.allCases.map { BadgeView(label: $0.label, short: $0.shortLabel, id: $0.rawValue) },
            defaultSort: config.defaultSort?.column ?? "", defaultDirection: config.defaultSort?.direction ?? "",
            hasDefaultSort: config.defaultSort != nil,
            sortAria: aria, sortRank: sort.column == "rank", sortModel: sort.column == "model", sortCohort: sort.column == "cohort",
            sortOverall: sort.column == "overall", sortCoverage: sort.column == "coverage", sortWinRate: sort.column == "winrate",
            sortPaper: sort.column == "paper"
        )
        return page(path: "index.html", title: "", description: config.description.isEmpty ? "Language models compared on \(content.criteria.map(\.name).joined(separator: ", ")), with every gap shown." : config.description,
                    template: "index", context: context, nav: "index", capacity: Self.largePage)
    }

    func renderNotFound(_ index: SiteIndex) -> OutputFile {
        // A host serves 404.html for a missing page at any depth: with a known base URL its links
        // start from the site's absolute path, so they work from /a/b/missing as from /missing.
        let root = basePath ?? ""
        return page(path: "404.html", title: "Page not found", description: "Page not found", template: "404",
                    context: NotFoundContext(root: root), nav: "", root: root)
    }
}
