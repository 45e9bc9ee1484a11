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
        var copy = url
        return copy.withUTF8 { bytes in
            // Case-insensitive "http://" or "https://", then a host (not another slash).
            func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            let http = Array("http".utf8)
            guard bytes.count > 7 else { return false }
            for i in 0..<4 where lower(bytes[i]) != http[i] { return false }
            var i = 4
            if lower(bytes[i]) == UInt8(ascii: "s") { i += 1 }
            guard i + 3 < bytes.count, bytes[i] == UInt8(ascii: ":"), bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/"),
                  bytes[i + 3] != UInt8(ascii: "/") else { return false }
            for b in bytes where b <= 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == 0x7F { return false }
            return true
        }
    }
}
