#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Number formatting that does not depend on locale or on `Double.description`. Digits are
/// written straight into the string's storage: these run for every score on every page.
public enum NumberFormat {
    /// Fixed-point with `decimals` digits, rounding half away from zero. "-0.0" becomes "0.0".
    /// Numbers too large to carry that many digits exactly lose decimals, then switch to
    /// scientific notation.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let decimals = min(max(decimals, 0), 9)
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        if scaled >= 9.0e15 {
            return decimals > 0 ? fixed(value, decimals: decimals - 1) : scientific(value)
        }
        return digits(UInt64(scaled), decimals: decimals, negative: value < 0 && scaled != 0)
    }

    /// The shortest of up to 6 decimals that reads back the same when rounded; for messages and bounds.
    /// "0.3995908" shifted by 2 → "39.95908"; nil for text that is not plain decimal notation.
    public static func shiftingPoint(_ text: String, by places: Int) -> String? {
        var digits = Array(text.utf8)
        var negative = false
        if digits.first == UInt8(ascii: "-") { negative = true; digits.removeFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 }), digits.filter({ $0 == 46 }).count <= 1 else { return nil }
        let point = digits.firstIndex(of: 46) ?? digits.count
        var whole = Array(digits[..<point]), fraction = point < digits.count ? Array(digits[(point + 1)...]) : []
        for _ in 0..<places {
            whole.append(fraction.isEmpty ? 48 : fraction.removeFirst())
        }
        while whole.count > 1 && whole.first == 48 { whole.removeFirst() }
        var out = whole
        if !fraction.isEmpty { out.append(46); out += fraction }
        return (negative ? "-" : "") + String(decoding: out, as: UTF8.self)
    }

    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if abs(value) >= 1e15 { return scientific(value) }
        var text = fixed(value, decimals: 6)
        // Trimmed in place (the exports call this twice per measurement): no array of the bytes.
        return text.withUTF8 { bytes in
            guard bytes.contains(UInt8(ascii: ".")) else { return nil }
            var end = bytes.count
            while bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        } ?? text
    }

    /// "1.234e20": three decimals of mantissa.
    static func scientific(_ value: Double) -> String {
        var exponent = Int(log10(abs(value)).rounded(.down))
        var mantissa = value / pow(10, Double(exponent))
        if abs(mantissa) >= 9.9995 { mantissa /= 10; exponent += 1 }
        return fixed(mantissa, decimals: 3) + "e" + String(exponent)
    }

    /// Writes `integer` with a decimal point `decimals` digits from the right. The digits go into
    /// a stack buffer: `String(unsafeUninitializedCapacity:)` allocated and freed for every number.
    private static func digits(_ integer: UInt64, decimals: Int, negative: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = 32
            var rest = integer
            for _ in 0..<decimals {
                position -= 1
                buffer[position] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            if decimals > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: ".")
            }
            repeat {
                position -= 1
                buffer[position] = 0x30 + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if negative {
                position -= 1
                buffer[position] = UInt8(ascii: "-")
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<32]), as: UTF8.self)
        }
    }
}
