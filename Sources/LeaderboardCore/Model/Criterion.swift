/// One shared axis of the comparison (toxicity, factuality, bias, stereotypes, ...).
public struct Criterion: Sendable, Equatable {
    public var id: String
    public var name: String
    public var order: Int
    public var summary: String
    public var descriptionHTML: String
    public var location: SourceLocation
}
