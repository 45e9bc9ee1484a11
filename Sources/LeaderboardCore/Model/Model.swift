/// One model: one row of the leaderboard.
///
/// A class with constant fields, like `Measurement`: rows, pages and lookups share one model
/// instead of copying its fifteen fields each time a row is reordered or read.
public final class Model: Sendable {
    public enum Paper: Sendable, Equatable {
        case url(String)
        case none
        /// The author did not say; `check` warns about it.
        case unspecified

        /// The value of `paper_status` in leaderboard.json.
        public var exportKey: String {
            switch self {
            case .url: return "paper"
            case .none: return "no-paper"
            case .unspecified: return "unspecified"
            }
        }

        /// How pages name the status.
        public var label: String {
            switch self {
            case .url: return "paper"
            case .none: return "no paper"
            case .unspecified: return "not stated"
            }
        }
    }

    public let slug: String
    public let name: String
    public let organization: String?
    public let released: String?
    /// YYYY-MM-DD: when this entry last changed (the feed's date).
    public let updated: String?
    public let parameters: String?
    public let baseModel: String?
    public let license: String?
    public let trainingData: String?
    public let alignment: [AlignmentMethod]
    /// True when the author wrote `alignment: none`, as opposed to leaving it out.
    public let alignmentStated: Bool
    public let paper: Paper
    public let summary: String
    public let writeupHTML: String
    /// Commentary found under a heading that names a criterion, keyed by criterion id: slices
    /// of `writeupHTML`, which holds the same text.
    public let commentary: [String: Substring]
    public let location: SourceLocation

    public init(slug: String, name: String, organization: String? = nil, released: String? = nil, updated: String? = nil, parameters: String? = nil,
                baseModel: String? = nil, license: String? = nil, trainingData: String? = nil, alignment: [AlignmentMethod],
                alignmentStated: Bool, paper: Paper, summary: String, writeupHTML: String, commentary: [String: Substring],
                location: SourceLocation) {
        self.slug = slug
        self.name = name
        self.organization = organization
        self.released = released
        self.updated = updated
        self.parameters = parameters
        self.baseModel = baseModel
        self.license = license
        self.trainingData = trainingData
        self.alignment = alignment
        self.alignmentStated = alignmentStated
        self.paper = paper
        self.summary = summary
        self.writeupHTML = writeupHTML
        self.commentary = commentary
        self.location = location
    }

    /// Stated no alignment step (`alignment: none`).
    public var alignmentNone: Bool { alignment.isEmpty && alignmentStated }
    /// Said nothing about alignment.
    public var alignmentUnknown: Bool { alignment.isEmpty && !alignmentStated }

    /// The index filter's key: the methods' ids, or "none" / "unknown".
    public var alignmentKey: String {
        alignment.isEmpty ? (alignmentStated ? "none" : "unknown") : alignment.map(\.rawValue).joined(separator: " ")
    }

    /// How pages name the alignment: the methods' labels, or "none" / "not stated".
    public var alignmentText: String {
        alignment.isEmpty ? (alignmentStated ? "none" : "not stated") : alignment.map(\.label).joined(separator: ", ")
    }

    public var paperURL: String? {
        if case .url(let url) = paper { return url }
        return nil
    }
}
