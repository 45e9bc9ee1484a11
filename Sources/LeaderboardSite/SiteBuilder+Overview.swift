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
            MatrixColumnView(name: HTML.clean($0.name), href: SitePaths.benchmark($0.id, from: "../"), criterionName: index.criteria[$0.criterion].map { HTML.clean($0.name) } ?? "")
        }
        // Per row, one pass over its measurements into per-column tallies (reading fields in
        // place, no grouped copies of measurements).
        let names = benchmarks.map { index.benchmarkName($0.id) }
        let column = Dictionary(uniqueKeysWithValues: benchmarks.enumerated().map { ($1.id, $0) })
        let all = scoreboard.rows
        let rows = parallelMap(Array(all.indices)) { r -> MatrixRowView in
            let ms = all[r].measurements
            var headline = [String?](repeating: nil, count: benchmarks.count)
            var values = [Int](repeating: 0, count: benchmarks.count)
            var qualitative = [Bool](repeating: false, count: benchmarks.count)
            var measured = [Bool](repeating: false, count: benchmarks.count)
            for i in ms.indices {
                guard let c = column[ms[i].benchmark] else { continue }
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
                if let raw = headline[c] { title = "\(names[c]): \(raw)" + (subsets > 1 ? " (+\(subsets - 1) subset or variant values)" : "") }
                else if subsets > 0 { title = "\(names[c]): \(subsets) subset or variant values, no headline" }
                else if qualitative[c] { title = "\(names[c]): figure/qualitative only" }
                else { title = "\(names[c]): not measured" }
                return MatrixCellView(isHeadline: headline[c] != nil, isSubsetOnly: headline[c] == nil && subsets > 0,
                                      isQualitative: headline[c] == nil && subsets == 0 && qualitative[c], isMissing: !measured[c], title: title)
            }
            return MatrixRowView(name: HTML.clean(all[r].model.name), href: SitePaths.model(all[r].model.slug, from: "../"), cells: cells,
                                 count: String(measured.filter { $0 }.count))
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
                slug: model.slug, name: HTML.clean(model.name), href: SitePaths.model(model.slug, from: root),
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
            benchmarks: benchmarks.map { MatrixColumnView(name: HTML.clean($0.name), href: SitePaths.benchmark($0.id, from: root), criterionName: "") },
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
                BenchmarkFormulaView(name: HTML.clean($0.name), href: SitePaths.benchmark($0.id, from: root),
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
