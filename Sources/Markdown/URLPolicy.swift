/// Which link destinations may reach a page: http, https, and scheme-less (relative or fragment).
public enum URLPolicy {
    public static func isAllowed(_ url: String) -> Bool {
        // Browsers ignore leading whitespace/control characters and tabs/newlines inside
        // the scheme, so strip them before looking for one.
        var scheme: [UInt8] = []
        var sawNonSpace = false
        for byte in url.utf8 {
            if !sawNonSpace && byte <= 0x20 { continue }
            sawNonSpace = true
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if byte == UInt8(ascii: ":") {
                let name = String(decoding: scheme, as: UTF8.self).lowercased()
                return name == "http" || name == "https"
            }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
                return true
            }
            scheme.append(byte)
        }
        return true
    }
}

extension URLPolicy {
    /// An absolute http(s) URL with a host: what a citation must be.
    public static func isWebURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
        let rest = lower.hasPrefix("https://") ? lower.dropFirst(8) : lower.dropFirst(7)
        guard let first = rest.first, first != "/" else { return false }
        return !url.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == 0x7F }
    }
}
