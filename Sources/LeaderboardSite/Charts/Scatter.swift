#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LeaderboardCore

/// Score against parameter count on a criterion page: one point per counted value (model × setup
/// group), its 95 % score range as a vertical whisker, one marker shape per setup group (so the
/// chart reads without colour). Scores of different setups share the 0–100 axis but are never
/// ranked against each other; the legend says which is which. A table below gives the same points.
enum Scatter {
    /// Points drawn per setup group at most, best first; a 10,000-point cloud helps nobody.
    static let maximumPerGroup = 100
    static let shapes = ["circle", "square", "triangle", "diamond", "cross"]

    struct Point {
        var model: String
        var series: Int
        var parameters: Double
        var entry: Evidence.Entry
    }

    /// The SVG and its table rows; nil when fewer than two points have a parameter count.
    static func chart(criterion: String, _ index: SiteIndex, root: String) -> (svg: String, rows: [ScatterRowView], legend: [String])? {
        let evidence = index.scoreboard.evidence
        let models = index.scoreboard.content.models
        var counts: [String: Double] = [:]
        for m in models { if let n = m.parameterCount { counts[m.slug] = n } }
        var points: [Point] = []
        var legend: [String] = []
        for group in evidence.groups where group.criterion == criterion {
            let chosen = group.entries.lazy.filter { counts[$0.model] != nil }.prefix(maximumPerGroup)
            guard !chosen.isEmpty else { continue }
            let series = legend.count
            legend.append(Views.groupName(group, index))
            for entry in chosen { points.append(Point(model: entry.model, series: series, parameters: counts[entry.model]!, entry: entry)) }
        }
        guard points.count >= 2 else { return nil }
        let left = 44.0, right = 16.0, top = 10.0, plotWidth = 520.0, plotHeight = 240.0, bottom = 36.0
        let width = left + plotWidth + right, height = top + plotHeight + bottom
        // Whole decades around the data, so the ticks are round numbers.
        var lo = floor(log10(points.map(\.parameters).min()!)), hi = ceil(log10(points.map(\.parameters).max()!))
        if hi - lo < 1 { hi = lo + 1 }
        if hi == lo { lo -= 1 }
        func x(_ n: Double) -> Double { left + plotWidth * (log10(n) - lo) / (hi - lo) }
        func y(_ s: Double) -> Double { top + plotHeight * (1 - s / 100) }
        func f(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }

        var out = ByteBuffer(capacity: 400 + points.count * 260)
        var label = "Scatter of normalized score against parameter count (log scale), one marker shape per setup: "
        label += legend.enumerated().map { "\(shapes[$0.offset % shapes.count]) = \($0.element)" }.joined(separator: "; ")
        label += ". The table below lists every point."
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scatter\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"")
        out.append(HTML.escape(label)); out.append("\"><title>"); out.append(HTML.escape(label)); out.append("</title>")
        for s in stride(from: 0, through: 100, by: 25) {
            let ys = f(y(Double(s)))
            out.append("<path class=\"grid\" d=\"M\(f(left)) \(ys)H\(f(left + plotWidth))\"/>")
            out.append("<text x=\"\(f(left - 6))\" y=\"\(f(y(Double(s)) + 4))\" text-anchor=\"end\">\(s)</text>")
        }
        for d in Int(lo)...Int(hi) {
            let xs = f(x(pow(10, Double(d))))
            out.append("<path class=\"grid\" d=\"M\(xs) \(f(top))V\(f(top + plotHeight))\"/>")
            out.append("<text x=\"\(xs)\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\">\(parameterText(pow(10, Double(d))))</text>")
        }
        out.append("<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 4))\" text-anchor=\"middle\">parameters (log scale)</text>")
        for p in points {
            let px = x(p.parameters), py = y(p.entry.score)
            out.append("<path class=\"whisker\" d=\"M\(f(px)) \(f(y(p.entry.scoreLow)))V\(f(y(p.entry.scoreHigh)))\"/>")
            out.append(marker(p.series, x: px, y: py, hollow: p.entry.nearChance))
        }
        out.append("</svg>")
        let rows = points.map { p -> ScatterRowView in
            let info = index.modelInfo[p.model]
            return ScatterRowView(
                name: info?.name ?? p.model, href: info?.href(from: root) ?? SitePaths.model(p.model, from: root),
                parameters: parameterText(p.parameters), setup: legend[p.series],
                shape: shapes[p.series % shapes.count],
                score: p.entry.nearChance ? "near chance, not ranked" : Views.score(p.entry.score) + " (" + Views.score(p.entry.scoreLow) + "–" + Views.score(p.entry.scoreHigh) + ")"
            )
        }
        return (out.string, rows, legend.enumerated().map { "\(shapes[$0.offset % shapes.count]): \($0.element)" })
    }

    static func marker(_ series: Int, x: Double, y: Double, hollow: Bool) -> String {
        func f(_ v: Double) -> String { NumberFormat.fixed(v, decimals: 1) }
        let cls = "point" + (hollow ? " point-hollow" : "")
        switch series % shapes.count {
        case 0: return "<circle class=\"\(cls)\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4.5\"/>"
        case 1: return "<rect class=\"\(cls)\" x=\"\(f(x - 4))\" y=\"\(f(y - 4))\" width=\"8\" height=\"8\"/>"
        case 2: return "<path class=\"\(cls)\" d=\"M\(f(x)) \(f(y - 5))L\(f(x + 5)) \(f(y + 4))H\(f(x - 5))Z\"/>"
        case 3: return "<path class=\"\(cls)\" d=\"M\(f(x)) \(f(y - 5.5))L\(f(x + 5.5)) \(f(y))L\(f(x)) \(f(y + 5.5))L\(f(x - 5.5)) \(f(y))Z\"/>"
        default: return "<path class=\"\(cls) point-cross\" d=\"M\(f(x - 4.5)) \(f(y - 4.5))L\(f(x + 4.5)) \(f(y + 4.5))M\(f(x + 4.5)) \(f(y - 4.5))L\(f(x - 4.5)) \(f(y + 4.5))\"/>"
        }
    }

    /// 70M, 6.9B, 175B, 1T: at most three significant digits.
    static func parameterText(_ n: Double) -> String {
        let (scale, suffix): (Double, String) = n >= 1e12 ? (1e12, "T") : n >= 1e9 ? (1e9, "B") : n >= 1e6 ? (1e6, "M") : n >= 1e3 ? (1e3, "K") : (1, "")
        let v = n / scale
        let text = NumberFormat.fixed(v, decimals: v >= 100 ? 0 : (v >= 10 ? 1 : 2))
        // Drop trailing zeros after the point: "6.90" → "6.9", "7.00" → "7".
        var trimmed = text
        if trimmed.contains(".") {
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
        }
        return trimmed + suffix
    }
}
