/// One reported number (or a qualitative finding) for one model on one benchmark.
public struct Measurement: Sendable, Equatable {
    public var model: String
    public var benchmark: String
    /// The value and its source text, exactly as written in the metrics file.
    public var value: Double?
    public var rawValue: String?
    /// Set when the evaluation exists only as a figure or prose.
    public var qualitative: String?
    public var subset: String?
    public var variant: String?
    public var stderr: Double?
    public var rawStderr: String?
    public var nShot: Int?
    public var note: String?
    public var source: Source
    public var harness: HarnessProvenance?
    public var location: SourceLocation

    /// The number that aggregates: no subset and no variant.
    public var isHeadline: Bool { subset == nil && variant == nil }
}

public struct Source: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case paper
        case modelCard = "model-card"
        case leaderboard
        case harnessRun = "harness-run"
        case secondary

        public var label: String {
            switch self {
            case .paper: return "paper"
            case .modelCard: return "model card"
            case .leaderboard: return "leaderboard"
            case .harnessRun: return "harness run"
            case .secondary: return "secondary"
            }
        }
    }

    public var title: String
    public var url: String?
    public var locator: String
    public var kind: Kind
}

/// Where a harness-run number came from, so it can be reproduced.
public struct HarnessProvenance: Sendable, Equatable {
    public var file: String
    public var task: String
    public var metric: String
    public var modelArgs: String?
    public var version: String?
}
