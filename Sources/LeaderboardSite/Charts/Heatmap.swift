import LeaderboardCore

/// A models × subsets table of one benchmark's subset values (CrowS-Pairs categories, WinoGender
/// pronoun groups), each cell shaded by its normalized score in five steps. It is a table, so it
/// is its own text equivalent; the shade repeats what the score says, never replaces it.
enum Heatmap {
    /// Models shown at most, best of the setup group first; the full values are in the page's table.
    static let maximumRows = 60

    /// nil when fewer than two subsets have values (nothing to compare across).
    static func html(_ benchmark: Benchmark, order: [String], _ index: SiteIndex, root: String) -> String? {
        let all = index.scoreboard.content.measurements
        let positions = index.measurementPositionsByBenchmark[benchmark.id] ?? []
        // Positions are sorted by model: each model's subset values are one run of them, found
        // by the run's bounds, so nothing is hashed per value and only shown rows are looked into.
        var runs: [String: Range<Int>] = [:]
        var subsets = Set<String>()
        var runStart = 0
        while runStart < positions.count {
            let model = all[positions[runStart]].model
            var runEnd = runStart
            var hasValue = false
            while runEnd < positions.count, all[positions[runEnd]].model == model {
                let m = all[positions[runEnd]]
                if let subset = m.subset, m.variant == nil, m.value != nil {
                    subsets.insert(subset)
                    hasValue = true
                }
                runEnd += 1
            }
            if hasValue { runs[model] = runStart..<runEnd }
            runStart = runEnd
        }
        guard subsets.count >= 2 else { return nil }
        let columns = subsets.sorted()
        // The setup group's order first, then the remaining models by name (sorted only when shown).
        var models = order.filter { runs[$0] != nil }
        let modelCount = runs.count
        if models.count < maximumRows {
            let ranked = Set(models)
            // By name order, then slug: equal names get a fixed order (the keys come from a dictionary).
            let place = { (slug: String) in index.modelInfo[slug]?.nameOrder ?? Int.max }
            models += runs.keys.filter { !ranked.contains($0) }.sorted { (place($0), $0) < (place($1), $1) }
        }
        let shown = models.prefix(maximumRows)
        /// The model's first value of the subset, as the table shows it (the first in content order).
        func position(_ slug: String, _ subset: String) -> Int? {
            for k in runs[slug]! {
                let m = all[positions[k]]
                if m.subset == subset, m.variant == nil, m.value != nil { return positions[k] }
            }
            return nil
        }
        let evidence = index.scoreboard.evidence

        var out = ByteBuffer(capacity: 200 + shown.count * columns.count * 60)
        out.append("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"heatmap-caption\" tabindex=\"0\"><table class=\"heatmap\"><caption id=\"heatmap-caption\">")
        out.append("Subset values by model")
        if modelCount > shown.count { out.append(" (the first \(shown.count) of \(modelCount) models)") }
        out.append(". Shade: the value's normalized score, from <span class=\"heat heat-0\">0–20</span> to <span class=\"heat heat-4\">80–100</span> (best).</caption><thead><tr><th scope=\"col\">Model</th>")
        for c in columns { out.append("<th scope=\"col\" class=\"num\">"); out.append(HTML.escape(c)); out.append("</th>") }
        out.append("</tr></thead><tbody>")
        for slug in shown {
            let info = index.modelInfo[slug]
            out.append("<tr><th scope=\"row\"><a href=\""); out.append(info?.href(from: root) ?? SitePaths.model(slug, from: root)); out.append("\">")
            out.append(info?.name ?? HTML.escape(slug)); out.append("</a></th>")
            for c in columns {
                guard let p = position(slug, c), let score = evidence.readings[p].score else { out.append("<td class=\"num muted\">–</td>"); continue }
                let text = evidence.readings[p].uncertainty == nil ? (all[p].rawValue ?? "") : evidence.readings[p].valueText
                out.append("<td class=\"num heat heat-\(min(4, max(0, Int(score / 20))))\" title=\"score ")
                out.append(Views.score(score)); out.append("\">"); out.append(text); out.append("</td>")
            }
            out.append("</tr>")
        }
        out.append("</tbody></table></div>")
        return out.string
    }
}
