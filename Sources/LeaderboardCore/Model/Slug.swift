import Foundation

/// Slugs name model files and URLs: lower-case ASCII letters and digits separated by single hyphens.
public enum Slug {
    public static let maximumLength = 80
    /// Names some file systems or servers treat specially.
    static let reserved: Set<String> = Set(["con", "prn", "aux", "nul"])
        .union((1...9).map { "com\($0)" }).union((1...9).map { "lpt\($0)" })

    /// Why `slug` is not acceptable, or nil when it is.
    public static func problem(_ slug: String) -> String? {
        if slug.isEmpty { return "a slug cannot be empty" }
        if slug.utf8.count > maximumLength { return "a slug is at most \(maximumLength) characters" }
        var previousHyphen = true
        for byte in slug.utf8 {
            let isAlnum = (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57)
            if byte == UInt8(ascii: "-") {
                if previousHyphen { return "a slug cannot start with a hyphen or have two in a row" }
                previousHyphen = true
            } else if isAlnum {
                previousHyphen = false
            } else {
                return "a slug uses only lower-case ASCII letters, digits and hyphens"
            }
        }
        if previousHyphen { return "a slug cannot end with a hyphen" }
        if reserved.contains(slug) { return "`\(slug)` is a reserved name" }
        return nil
    }

    /// Makes a slug from a display name: Latin letters lose their accents, everything that is not
    /// a letter or digit becomes a hyphen. Names with letters outside Latin are refused, because a
    /// guessed transliteration would make an unstable URL.
    public static func make(from name: String) -> Result<String, SlugError> {
        let folded = name
            .replacingOccurrences(of: "ß", with: "ss")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "AE")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "O")
            .replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "L")
            .folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out: [UInt8] = []
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                let lower = (byte >= 65 && byte <= 90) ? byte + 32 : byte
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                    pendingHyphen = false
                    out.append(lower)
                } else {
                    pendingHyphen = true
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                return .failure(.nonLatin(String(scalar)))
            } else {
                pendingHyphen = true
            }
        }
        var slug = String(decoding: out, as: UTF8.self)
        if slug.utf8.count > maximumLength {
            slug = String(slug.prefix(maximumLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        if slug.isEmpty { return .failure(.empty) }
        if let problem = problem(slug) { return .failure(.invalid(problem)) }
        return .success(slug)
    }

    public enum SlugError: Error, Equatable, CustomStringConvertible {
        case nonLatin(String)
        case empty
        case invalid(String)

        public var description: String {
            switch self {
            case .nonLatin(let character):
                return "the name contains \"\(character)\", which has no agreed Latin spelling; give a Latin name (you can keep the original in the write-up) or pass --slug"
            case .empty:
                return "the name has no letters or digits to make a slug from"
            case .invalid(let problem):
                return problem
            }
        }
    }
}
