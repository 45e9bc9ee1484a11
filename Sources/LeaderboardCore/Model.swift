/// One model: one row of the leaderboard.
public struct Model: Sendable, Equatable {
    public enum Paper: Sendable, Equatable {
        case url(String)
        case none
        /// The author did not say; `check` warns about it.
        case unspecified
    }

    public var slug: String
    public var name: String
    public var organization: String?
    public var released: String?
    public var parameters: String?
    public var baseModel: String?
    public var license: String?
    public var trainingData: String?
    public var alignment: [AlignmentMethod]
    /// True when the author wrote `alignment: none`, as opposed to leaving it out.
    public var alignmentStated: Bool
    public var paper: Paper
    public var summary: String
    public var writeupHTML: String
    /// Commentary found under a heading that names a criterion, keyed by criterion id.
    public var commentary: [String: String]
    public var location: SourceLocation

    public var paperURL: String? {
        if case .url(let url) = paper { return url }
        return nil
    }
}
