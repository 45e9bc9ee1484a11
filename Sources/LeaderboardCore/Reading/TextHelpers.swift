#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
// Small text helpers shared by the loaders (and the fuzz targets, which compile this file alone).

extension String {
    /// The text without leading and trailing Unicode whitespace.
    public func trimmingWhitespace() -> String {
        // Fast path: most values start and end with a visible ASCII character.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}

extension String {
    /// Whether the UTF-8 text holds `byte`, scanned with memchr rather than a generic iterator.
    public func containsByte(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased().utf8), b = Array(b.lowercased().utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
