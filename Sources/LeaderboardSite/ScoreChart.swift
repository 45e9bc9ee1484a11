import LeaderboardCore

/// A small inline SVG bar chart of one model's criterion scores; gaps are labelled, not drawn as 0.
enum ScoreChart {
    static func svg(_ row: Scoreboard.Row, _ index: SiteIndex) -> String {
        let barHeight = 22, gap = 8, labelWidth = 110, barWidth = 200, textWidth = 150
        let width = labelWidth + barWidth + textWidth
        let height = row.criteria.count * (barHeight + gap) + gap
        var parts: [String] = []
        var summary: [String] = []
        for (i, result) in row.criteria.enumerated() {
            let y = gap + i * (barHeight + gap)
            let name = HTML.escape(index.criteria[result.criterion].map { $0.name } ?? result.criterion)
            parts.append("<text x=\"0\" y=\"\(y + 15)\" class=\"chart-label\">\(name)</text>")
            parts.append("<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" class=\"chart-track\"/>")
            switch result.status {
            case .scored:
                let score = result.score ?? 0
                let w = NumberFormat.fixed(Double(barWidth) * score / 100, decimals: 1)
                parts.append("<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(w)\" height=\"\(barHeight)\" class=\"chart-bar\"/>")
                parts.append("<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\" class=\"chart-value\">\(Views.score(score))</text>")
                summary.append("\(name) \(Views.score(score))")
            case .qualitative, .noEval:
                let label = Views.statusLabel(result.status)
                parts.append("<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\" class=\"chart-gap\">\(label)</text>")
                summary.append("\(name) \(label)")
            }
        }
        let label = "Criterion scores out of 100: " + summary.joined(separator: ", ")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"score-chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(label)\"><title>\(label)</title>"
            + parts.joined() + "</svg>"
    }
}
