import LeaderboardCore

/// A small inline SVG bar chart of one model's criterion scores; gaps are labelled, not drawn as 0.
/// Written as bytes: string interpolation of integers made this a tenth of a model page's cost.
enum ScoreChart {
    static func svg(_ row: Scoreboard.Row, _ index: SiteIndex) -> String {
        let barHeight = 22, gap = 8, labelWidth = 110, barWidth = 200, textWidth = 150
        let width = labelWidth + barWidth + textWidth
        let height = row.criteria.count * (barHeight + gap) + gap
        var bars = ByteBuffer(capacity: 400 * row.criteria.count)
        var label = ByteBuffer(capacity: 256)
        label.append("Criterion scores out of 100: " as StaticString)
        for (i, result) in row.criteria.enumerated() {
            let y = gap + i * (barHeight + gap)
            let name = HTML.escape(index.criteria[result.criterion].map { $0.name } ?? result.criterion)
            if i > 0 { label.append(", " as StaticString) }
            label.append(name)
            label.append(0x20)
            bars.append("<text x=\"0\" y=\""); bars.appendDecimal(y + 15); bars.append("\" class=\"chart-label\">"); bars.append(name); bars.append("</text>")
            bars.append("<rect x=\""); bars.appendDecimal(labelWidth); bars.append("\" y=\""); bars.appendDecimal(y); bars.append("\" width=\""); bars.appendDecimal(barWidth)
            bars.append("\" height=\""); bars.appendDecimal(barHeight); bars.append("\" class=\"chart-track\"/>")
            switch result.status {
            case .scored:
                let score = result.score ?? 0
                let scoreText = Views.score(score)
                bars.append("<rect x=\""); bars.appendDecimal(labelWidth); bars.append("\" y=\""); bars.appendDecimal(y); bars.append("\" width=\"")
                bars.append(NumberFormat.fixed(Double(barWidth) * score / 100, decimals: 1))
                bars.append("\" height=\""); bars.appendDecimal(barHeight); bars.append("\" class=\"chart-bar\"/>")
                if let low = result.scoreLow, let high = result.scoreHigh {
                    // The 95 % range as a whisker across the bar's end.
                    let x1 = NumberFormat.fixed(Double(labelWidth) + Double(barWidth) * low / 100, decimals: 1)
                    let x2 = NumberFormat.fixed(Double(labelWidth) + Double(barWidth) * high / 100, decimals: 1)
                    bars.append("<path d=\"M"); bars.append(x1); bars.append(" "); bars.appendDecimal(y + barHeight / 2)
                    bars.append("H"); bars.append(x2); bars.append("M"); bars.append(x1); bars.append(" "); bars.appendDecimal(y + 5)
                    bars.append("v"); bars.appendDecimal(barHeight - 10); bars.append("M"); bars.append(x2); bars.append(" "); bars.appendDecimal(y + 5)
                    bars.append("v"); bars.appendDecimal(barHeight - 10); bars.append("\" class=\"chart-interval\"/>")
                }
                bars.append("<text x=\""); bars.appendDecimal(labelWidth + barWidth + 6); bars.append("\" y=\""); bars.appendDecimal(y + 15); bars.append("\" class=\"chart-value\">")
                bars.append(scoreText); bars.append("</text>")
                label.append(scoreText)
                if let low = result.scoreLow, let high = result.scoreHigh {
                    label.append(" (95% range "); label.append(Views.score(low)); label.append("–"); label.append(Views.score(high)); label.append(")")
                }
            case .qualitative, .noEval, .nearChance:
                let status = Views.statusLabel(result.status)
                bars.append("<text x=\""); bars.appendDecimal(labelWidth + barWidth + 6); bars.append("\" y=\""); bars.appendDecimal(y + 15); bars.append("\" class=\"chart-gap\">")
                bars.append(status); bars.append("</text>")
                label.append(status)
            }
        }
        var out = ByteBuffer(capacity: bars.count + 2 * label.count + 200)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"score-chart\" viewBox=\"0 0 "); out.appendDecimal(width); out.append(" "); out.appendDecimal(height)
        out.append("\" width=\""); out.appendDecimal(width); out.append("\" height=\""); out.appendDecimal(height); out.append("\" role=\"img\" aria-label=\"")
        out.append(label); out.append("\"><title>"); out.append(label); out.append("</title>")
        out.append(bars); out.append("</svg>")
        return out.string
    }
}
