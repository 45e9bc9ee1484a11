import LeaderboardCore

/// An inline SVG dot plot of one setup group's headline values: a dot per model with its 95 %
/// interval as a whisker, best first, and the ideal point or chance level as a dashed line.
/// The axis spans the intervals (not the whole declared range), so a 2-point spread stays
/// readable; its ends are labelled. The page's table holds the same numbers as text.
enum DotPlot {
    /// Models drawn at most; the rest are in the table (a 10,000-row chart helps nobody).
    static let maximumRows = 60

    static func svg(_ group: Evidence.Group, benchmark: Benchmark, _ index: SiteIndex) -> String {
        let entries = Array(group.entries.prefix(maximumRows))
        guard !entries.isEmpty else { return "" }
        let rowHeight = 20, labelWidth = 190, plotWidth = 360, top = 10, axisHeight = 34
        let width = labelWidth + plotWidth + 20
        let height = top + entries.count * rowHeight + axisHeight
        var lo = entries.map(\.uncertainty.low).min()!, hi = entries.map(\.uncertainty.high).max()!
        var reference: Double?
        switch benchmark.direction {
        case .target(let t): reference = t
        case .higher: reference = benchmark.chance
        case .lower: reference = nil
        }
        if let r = reference { lo = min(lo, r); hi = max(hi, r) }
        let pad = max((hi - lo) * 0.05, (benchmark.high - benchmark.low) * 0.001)
        lo = max(benchmark.low, lo - pad)
        hi = min(benchmark.high, hi + pad)
        func x(_ v: Double) -> String { NumberFormat.fixed(Double(labelWidth) + Double(plotWidth) * (v - lo) / (hi - lo), decimals: 1) }
        let decimals = entries.map(\.uncertainty.decimals).max()! + 1

        var out = ByteBuffer(capacity: 300 * entries.count + 600)
        var label = ByteBuffer(capacity: 60 * entries.count + 100)
        label.append("Dot plot of ")
        label.append(HTML.escape(benchmark.name))
        label.append(": values with 95% intervals, best first. ")
        var body = ByteBuffer(capacity: 300 * entries.count)
        for (i, entry) in entries.enumerated() {
            let y = top + i * rowHeight + rowHeight / 2
            let name = HTML.escape(index.modelInfo[entry.model]?.name ?? entry.model)
            let rank = group.shownRank(entry) ?? ""
            body.append("<text x=\"0\" y=\""); body.appendDecimal(y + 4); body.append("\">")
            if !rank.isEmpty { body.append("("); body.append(rank); body.append(") ") }
            body.append(name); body.append("</text>")
            body.append("<path class=\"whisker\" d=\"M"); body.append(x(entry.uncertainty.low)); body.append(" "); body.appendDecimal(y)
            body.append("H"); body.append(x(entry.uncertainty.high)); body.append("\"/>")
            body.append("<circle class=\""); body.append(entry.nearChance ? "dot-nearchance" : "dot"); body.append("\" cx=\"")
            body.append(x(entry.uncertainty.value)); body.append("\" cy=\""); body.appendDecimal(y); body.append("\" r=\"4\"/>")
            if i > 0 { label.append("; ") }
            label.append(name); label.append(" "); label.append(entry.valueText)
            label.append(" ("); label.append(entry.intervalText); label.append(")")
        }
        let axisY = top + entries.count * rowHeight + 6
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dotplot\" viewBox=\"0 0 "); out.appendDecimal(width); out.append(" "); out.appendDecimal(height)
        out.append("\" width=\""); out.appendDecimal(width); out.append("\" height=\""); out.appendDecimal(height); out.append("\" role=\"img\" aria-label=\"")
        out.append(label); out.append("\"><title>"); out.append(label); out.append("</title>")
        if let r = reference {
            out.append("<path class=\"ideal\" d=\"M"); out.append(x(r)); out.append(" "); out.appendDecimal(top - 4); out.append("V"); out.appendDecimal(axisY); out.append("\"/>")
        }
        out.append(body)
        out.append("<path class=\"axis\" d=\"M"); out.appendDecimal(labelWidth); out.append(" "); out.appendDecimal(axisY); out.append("H"); out.appendDecimal(labelWidth + plotWidth); out.append("\"/>")
        out.append("<text x=\""); out.appendDecimal(labelWidth); out.append("\" y=\""); out.appendDecimal(axisY + 16); out.append("\">")
        out.append(NumberFormat.fixed(lo, decimals: decimals)); out.append("</text>")
        out.append("<text x=\""); out.appendDecimal(labelWidth + plotWidth); out.append("\" y=\""); out.appendDecimal(axisY + 16); out.append("\" text-anchor=\"end\">")
        out.append(NumberFormat.fixed(hi, decimals: decimals)); out.append("</text>")
        if let r = reference {
            out.append("<text x=\""); out.append(x(r)); out.append("\" y=\""); out.appendDecimal(axisY + 28); out.append("\" text-anchor=\"middle\">")
            out.append(benchmark.direction == .higher ? "chance " : "ideal "); out.append(NumberFormat.plain(r)); out.append("</text>")
        }
        out.append("</svg>")
        return out.string
    }
}
