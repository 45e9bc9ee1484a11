import LeaderboardCore

extension SiteBuilder {
    /// Benchmarks grouped by criterion in criterion order: the column order of the matrix and compare pages.
    func orderedBenchmarks(_ index: SiteIndex) -> [Benchmark] {
        content.criteria.flatMap { c in content.benchmarks.filter { $0.criterion == c.id } }
    }

    func renderMatrix(_ index: SiteIndex) -> OutputFile {
        let benchmarks = orderedBenchmarks(index)
        let groups = content.criteria.compactMap { c -> MatrixGroupView? in
            let n = benchmarks.filter { $0.criterion == c.id }.count
            return n == 0 ? nil : MatrixGroupView(name: HTML.clean(c.name), span: String(n))
        }
        let columns = benchmarks.map {
            MatrixColumnView(name: HTML.clean($0.name), href: "../benchmarks/\($0.id)/index.html", criterionName: index.criteria[$0.criterion].map { HTML.clean($0.name) } ?? "")
        }
        let rows = scoreboard.rows.map { row -> MatrixRowView in
            var byBenchmark: [String: [Measurement]] = [:]
            for m in row.measurements { byBenchmark[m.benchmark, default: []].append(m) }
            var count = 0
            let cells = benchmarks.map { b -> MatrixCellView in
                let ms = byBenchmark[b.id] ?? []
                let headline = ms.first { $0.isHeadline && $0.value != nil }
                let qualitative = ms.contains { $0.qualitative != nil }
                let subsets = ms.filter { $0.value != nil }.count
                if !ms.isEmpty { count += 1 }
                let title: String
                if let headline { title = "\(HTML.clean(b.name)): \(headline.rawValue ?? "")" + (subsets > 1 ? " (+\(subsets - 1) subset or variant values)" : "") }
                else if subsets > 0 { title = "\(HTML.clean(b.name)): \(subsets) subset or variant values, no headline" }
                else if qualitative { title = "\(HTML.clean(b.name)): figure/qualitative only" }
                else { title = "\(HTML.clean(b.name)): not measured" }
                return MatrixCellView(isHeadline: headline != nil, isSubsetOnly: headline == nil && subsets > 0,
                                      isQualitative: headline == nil && subsets == 0 && qualitative, isMissing: ms.isEmpty, title: title)
            }
            return MatrixRowView(name: HTML.clean(row.model.name), href: "../models/\(row.model.slug)/index.html", cells: cells, count: String(count))
        }
        let context = MatrixContext(root: "../", groups: groups, columns: columns, rows: rows)
        return page(path: "matrix/index.html", title: "Coverage matrix", description: "Which model was measured on which benchmark.",
                    template: "matrix", context: context, nav: "matrix")
    }

    func renderCompare(_ index: SiteIndex) -> OutputFile {
        let root = "../"
        let benchmarks = orderedBenchmarks(index)
        let models = scoreboard.rows.map { row -> CompareRowView in
            var headline: [String: String] = [:]
            var qualitative = Set<String>()
            for m in row.measurements {
                if m.isHeadline, let raw = m.rawValue { headline[m.benchmark] = raw }
                if m.qualitative != nil { qualitative.insert(m.benchmark) }
            }
            let model = row.model
            let paper: String
            switch model.paper {
            case .url: paper = "paper"
            case .none: paper = "no paper"
            case .unspecified: paper = "not stated"
            }
            return CompareRowView(
                slug: model.slug, name: HTML.clean(model.name), href: "\(root)models/\(model.slug)/index.html",
                cells: index.cells(row),
                overallText: row.overall.map(Views.score) ?? "no score",
                coverageText: "\(row.coverage) of \(content.criteria.count)",
                methods: model.alignment.isEmpty ? (model.alignmentStated ? "none" : "not stated") : model.alignment.map(\.label).joined(separator: ", "),
                paper: paper,
                benchmarks: benchmarks.map { headline[$0.id] ?? (qualitative.contains($0.id) ? "figure/qualitative only" : "–") }
            )
        }
        let context = CompareContext(
            root: root, criteria: criterionHeaders(root: root),
            benchmarks: benchmarks.map { MatrixColumnView(name: HTML.clean($0.name), href: "\(root)benchmarks/\($0.id)/index.html", criterionName: "") },
            models: models
        )
        return page(path: "compare/index.html", title: "Compare models", description: "Pick models and compare them side by side.",
                    template: "compare", context: context, nav: "compare")
    }

    func renderMethodology(_ index: SiteIndex) -> OutputFile {
        let root = "../"
        let context = MethodologyContext(
            root: root,
            formulas: Normalization.generalFormulas.map { FormulaView(direction: $0.direction, formula: $0.formula) },
            benchmarks: orderedBenchmarks(index).map {
                BenchmarkFormulaView(name: HTML.clean($0.name), href: "\(root)benchmarks/\($0.id)/index.html",
                                     criterionName: index.criteria[$0.criterion].map { HTML.clean($0.name) } ?? "",
                                     formula: Normalization.formula(for: $0))
            },
            criteria: criterionHeaders(root: root),
            statuses: [
                FactView(label: "scored", value: "at least one benchmark of the criterion has a headline number; the criterion score is the mean of those benchmarks' scores"),
                FactView(label: "figure/qualitative only", value: "the model was evaluated on the criterion, but the source gives only a figure, prose, or subset values without a headline; no number is read off a plot"),
                FactView(label: "no eval", value: "no evaluation of the model on the criterion was found"),
                FactView(label: "no paper", value: "the makers published no paper (`paper: none`)"),
            ]
        )
        return page(path: "methodology/index.html", title: "Methodology", description: "How raw benchmark values become comparable scores.",
                    template: "methodology", context: context, nav: "methodology")
    }
}
