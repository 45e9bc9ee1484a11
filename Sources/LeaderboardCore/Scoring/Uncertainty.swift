#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 95 % interval around a reported value, and where its width comes from.
public struct Uncertainty: Sendable, Equatable {
    public enum Basis: Sendable, Equatable {
        /// The source's standard error.
        case reported
        /// No standard error reported: the binomial bound sqrt(p(1−p)/n) from the benchmark's item
        /// count. Each item scores within the range, so this bounds the true standard error from above.
        case items(Int)
        /// Neither: only the published rounding is known.
        case roundingOnly
        /// A difference of two reported values: their standard errors combined in quadrature and
        /// their roundings added. Carries the operands' own basis.
        indirect case difference(Basis)
    }

    public var value: Double
    public var low: Double
    public var high: Double
    public var basis: Basis
    /// Half the last published digit (66.6 → 0.05): the value is known no better than that.
    public var rounding: Double
    /// Decimals the interval supports: one significant digit of its half-width, never more than
    /// the source printed.
    public var decimals: Int

    /// z for a two-sided 95 % normal interval.
    public static let z = 1.96

    /// The interval of a measured value; nil for a qualitative finding. Only a headline may use
    /// the benchmark's item count (a subset has fewer items, and how many is not declared).
    public static func of(_ m: Measurement, on benchmark: Benchmark) -> Uncertainty? {
        guard let value = m.value else { return nil }
        if let d = m.derivation { return difference(value: value, d, on: benchmark) }
        return of(value: value, rawText: m.isUnrounded ? nil : m.rawValue, stderr: m.stderr, items: m.isHeadline ? benchmark.items : nil, on: benchmark)
    }

    public static func of(value: Double, rawText: String?, stderr: Double?, items: Int?, on benchmark: Benchmark) -> Uncertainty {
        // Without text (a value built in code, or a harness run's own float) or in exponent
        // notation, the rounding is taken as none; six decimals is the most a value is ever shown with.
        let printed: Int? = rawText.flatMap(decimals(of:))
        let rounding = printed.map { 0.5 * pow(10, -Double($0)) } ?? 0
        let (se, basis) = standardError(value: value, stderr: stderr, items: items, on: benchmark)
        return interval(value, half: z * se + rounding, printed: printed ?? 6, basis: basis, rounding: rounding, on: benchmark)
    }

    /// The reported stderr, else the binomial bound from `items`, else none (rounding only).
    static func standardError(value: Double, stderr: Double?, items: Int?, on benchmark: Benchmark) -> (se: Double, basis: Basis) {
        if let stderr, stderr.isFinite, stderr >= 0 { return (stderr, .reported) }
        let span = benchmark.high - benchmark.low
        if let items, items > 0, span > 0 {
            let p = min(1, max(0, (value - benchmark.low) / span))
            return ((p * (1 - p) / Double(items)).squareRoot() * span, .items(items))
        }
        return (0, .roundingOnly)
    }

    /// value ± half, clipped to the range, shown at one significant digit of the half-width and
    /// never more than `printed` decimals (nor six).
    static func interval(_ value: Double, half: Double, printed: Int, basis: Basis, rounding: Double, on benchmark: Benchmark) -> Uncertainty {
        var shown = min(printed, 6)
        if half > 0 { shown = min(shown, max(0, -Int(log10(half).rounded(.down)))) }
        return Uncertainty(value: value, low: max(benchmark.low, value - half), high: min(benchmark.high, value + half),
                           basis: basis, rounding: rounding, decimals: shown)
    }

    /// A gap between two subset values: se = sqrt(se₁² + se₂²), each from its reported stderr or
    /// the per-subset item count; the rounding of both operands adds up.
    static func difference(value: Double, _ d: Derivation, on benchmark: Benchmark) -> Uncertainty {
        let operands = [d.high, d.low]
        let errors = operands.map { standardError(value: $0.value!, stderr: $0.stderr, items: d.items, on: d.source) }
        let texts = operands.map { $0.isUnrounded ? nil : $0.rawValue }
        let rounding = texts.reduce(0.0) { sum, text in sum + (text.flatMap(decimals(of:)).map { 0.5 * pow(10, -Double($0)) } ?? 0) }
        let combined = (errors[0].se * errors[0].se + errors[1].se * errors[1].se).squareRoot()
        // An operand without text to read digits from (a harness run's own float) allows six.
        let printed = texts.map { $0.flatMap(decimals(of:)) ?? 6 }.max()!
        // Both operands' bases are the same kind when both come from one source.
        return interval(value, half: z * combined + rounding, printed: printed, basis: .difference(errors[0].basis), rounding: rounding, on: benchmark)
    }

    /// Digits after the decimal point as printed ("66.6" → 1, "0.5193" → 4, "42" → 0); nil for
    /// exponent notation, whose rounding is not read here.
    static func decimals(of text: String) -> Int? {
        var seenPoint = false
        var count = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): if seenPoint { count += 1 }
            default: break
            }
        }
        return count
    }

    /// The value rounded to what the interval supports.
    public var valueText: String { NumberFormat.fixed(value, decimals: decimals) }

    /// "0.50–0.54": the bounds at one more decimal than the value, so a reader sees where they fall.
    public var intervalText: String {
        let d = min(decimals + 1, 9)
        return NumberFormat.fixed(low, decimals: d) + "–" + NumberFormat.fixed(high, decimals: d)
    }

    public var basisText: String {
        switch basis {
        case .reported: return "reported stderr"
        case .items(let n): return "binomial bound, \(n) items"
        case .roundingOnly: return "rounding only (no stderr, no item count)"
        case .difference(let operands):
            let inner = Uncertainty(value: 0, low: 0, high: 0, basis: operands, rounding: 0, decimals: 0).basisText
            return "difference of two subsets: their errors combined (\(inner), each)"
        }
    }

    /// The normalized scores the interval spans: both ends mapped, and the ideal point when a
    /// target lies inside it.
    public func scoreRange(on benchmark: Benchmark) -> (low: Double, high: Double) {
        let a = Normalization.score(low, on: benchmark), b = Normalization.score(high, on: benchmark)
        var top = max(a, b)
        if case .target(let t) = benchmark.direction, low <= t, t <= high { top = 100 }
        return (min(a, b), top)
    }
}
