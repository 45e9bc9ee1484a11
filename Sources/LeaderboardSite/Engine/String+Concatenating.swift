extension String {
    /// The parts joined with one allocation of the exact size. Interpolation and `+` grow the
    /// string part by part, re-checking it each time; this runs for each of a site's basis lines
    /// (a hundred thousand at 10,000 models).
    static func concatenating(_ parts: [String]) -> String {
        var total = 0
        for part in parts { total += part.utf8.count }
        // Up to 15 bytes is stored inline: no allocation to save.
        guard total > 15 else { return parts.joined() }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    guard let source = bytes.baseAddress else { return }
                    (buffer.baseAddress! + at).update(from: source, count: bytes.count)
                    at += bytes.count
                }
            }
            return at
        }
    }
}
