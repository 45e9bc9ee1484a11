extension Model {
    /// The parameter count written in `parameters` ("6.9B", "410M", "1.3 billion", "175,000,000,000"),
    /// or nil when it does not read as one number with an optional scale ("~7B", "7B + 1B adapter").
    public var parameterCount: Double? { parameters.flatMap(Model.parseParameterCount) }

    static func parseParameterCount(_ text: String) -> Double? {
        var digits = ""
        var rest = Substring(text.trimmingWhitespace())
        while let c = rest.first, c.isASCII, c.isNumber || c == "." || c == "," {
            if c != "," { digits.append(c) }
            rest = rest.dropFirst()
        }
        guard let number = Double(digits), number > 0 else { return nil }
        let unit = String(rest).trimmingWhitespace().lowercased()
        let scale: Double
        switch unit {
        case "": scale = 1
        case "k", "thousand": scale = 1e3
        case "m", "million": scale = 1e6
        case "b", "bn", "billion": scale = 1e9
        case "t", "trillion": scale = 1e12
        default: return nil
        }
        return number * scale
    }
}

extension Model {
    /// The entry's date for the feed: `updated`, else `released` when it is a YYYY-MM-DD date.
    public var feedDate: String? {
        if let updated { return updated }
        return released.flatMap { ContentLoader.isISODate($0) ? $0 : nil }
    }
}
