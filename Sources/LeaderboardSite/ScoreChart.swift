import LeaderboardCore

/// A small inline SVG bar chart of one model's criterion scores; gaps are labelled, not drawn as 0.
/// Written as bytes: string interpolation of integers made this a tenth of a model page's cost.
enum ScoreChart {
    static func svg(_ row: Scoreboard.Row, _ index: SiteIndex) -> String {
        let barHeight = 22, gap = 8, labelWidth = 110, barWidth = 200, textWidth = 150
        let width = labelWidth + barWidth + textWidth
        let height = row.criteria.count * (barHeight + gap) + gap
        var bars: [UInt8] = []
        bars.reserveCapacity(400 * row.criteria.count)
        var label: [UInt8] = Array("Criterion scores out of 100: ".utf8)
        for (i, result) in row.criteria.enumerated() {
            let y = gap + i * (barHeight + gap)
            let name = HTML.escape(index.criteria[result.criterion].map { $0.name } ?? result.criterion)
            if i > 0 { label.append(contentsOf: ", ".utf8) }
            Template.appendRaw(name, to: &label)
            label.append(0x20)
            bars.put("<text x=\"0\" y=\""); bars.put(y + 15); bars.put("\" class=\"chart-label\">"); Template.appendRaw(name, to: &bars); bars.put("</text>")
            bars.put("<rect x=\""); bars.put(labelWidth); bars.put("\" y=\""); bars.put(y); bars.put("\" width=\""); bars.put(barWidth)
            bars.put("\" height=\""); bars.put(barHeight); bars.put("\" class=\"chart-track\"/>")
            switch result.status {
            case .scored:
                let score = result.score ?? 0
                let scoreText = Views.score(score)
                bars.put("<rect x=\""); bars.put(labelWidth); bars.put("\" y=\""); bars.put(y); bars.put("\" width=\"")
                Template.appendRaw(NumberFormat.fixed(Double(barWidth) * score / 100, decimals: 1), to: &bars)
                bars.put("\" height=\""); bars.put(barHeight); bars.put("\" class=\"chart-bar\"/>")
                bars.put("<text x=\""); bars.put(labelWidth + barWidth + 6); bars.put("\" y=\""); bars.put(y + 15); bars.put("\" class=\"chart-value\">")
                Template.appendRaw(scoreText, to: &bars); bars.put("</text>")
                Template.appendRaw(scoreText, to: &label)
            case .qualitative, .noEval:
                let status = Views.statusLabel(result.status)
                bars.put("<text x=\""); bars.put(labelWidth + barWidth + 6); bars.put("\" y=\""); bars.put(y + 15); bars.put("\" class=\"chart-gap\">")
                Template.appendRaw(status, to: &bars); bars.put("</text>")
                Template.appendRaw(status, to: &label)
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(bars.count + 2 * label.count + 200)
        out.put("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"score-chart\" viewBox=\"0 0 "); out.put(width); out.put(" "); out.put(height)
        out.put("\" width=\""); out.put(width); out.put("\" height=\""); out.put(height); out.put("\" role=\"img\" aria-label=\"")
        out.append(contentsOf: label); out.put("\"><title>"); out.append(contentsOf: label); out.put("</title>")
        out.append(contentsOf: bars); out.put("</svg>")
        return String(decoding: out, as: UTF8.self)
    }
}
