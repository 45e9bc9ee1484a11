/// Number formatting that does not depend on locale or on `Double.description`.
public enum NumberFormat {
    /// Fixed-point with `decimals` digits, rounding half away from zero. "-0.0" becomes "0.0".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return plain(value) }
        let integer = UInt64(scaled)
        let divisor = UInt64(scale)
        var out = (value < 0 && integer != 0) ? "-" : ""
        out += String(integer / divisor)
        if decimals > 0 {
            var fraction = String(integer % divisor)
            while fraction.count < decimals { fraction = "0" + fraction }
            out += "." + fraction
        }
        return out
    }

    /// The shortest of up to 6 decimals that reads back the same when rounded; for messages and bounds.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if abs(value) >= 1e15 { return fixed(value / 1e15, decimals: 3) + "e15" }
        var text = fixed(value, decimals: 6)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
