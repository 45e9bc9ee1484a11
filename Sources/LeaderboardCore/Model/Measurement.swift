/// One reported number (or a qualitative finding) for one model on one benchmark.
///
/// A class with constant fields, not a struct: a measurement holds a dozen strings, and every
/// page, export and sort that handled one copied and released all of them (a tenth of a build
/// at 10,000 models, part of it on one thread). Shared, it costs one reference count instead.
public final class Measurement: Sendable, Equatable {
    public let model: String
    public let benchmark: String
    /// The value and its source text, exactly as written in the metrics file.
    public let value: Double?
    public let rawValue: String?
    public let subset: String?
    public let stderr: Double?
    public let rawStderr: String?
    public let nShot: Int?
    public let source: Source
    public let location: SourceLocation
    /// The fields most measurements leave empty, kept out of line so that a measurement fits a
    /// 256-byte allocation instead of 384: at 10,000 models that is 25 MB of the build's peak.
    private let rare: Rare?

    private final class Rare: Sendable {
        let qualitative: String?
        let variant: String?
        let note: String?
        let harness: HarnessProvenance?
        let derivation: Derivation?
        init(qualitative: String?, variant: String?, note: String?, harness: HarnessProvenance?, derivation: Derivation?) {
            self.qualitative = qualitative
            self.variant = variant
            self.note = note
            self.harness = harness
            self.derivation = derivation
        }
    }

    /// Set when the evaluation exists only as a figure or prose.
    public var qualitative: String? { rare?.qualitative }
    public var variant: String? { rare?.variant }
    public var note: String? { rare?.note }
    public var harness: HarnessProvenance? { rare?.harness }
    /// Set for a value computed from reported ones (a gap between subsets), never read from a file.
    public var derivation: Derivation? { rare?.derivation }

    public init(model: String, benchmark: String, value: Double? = nil, rawValue: String? = nil, qualitative: String? = nil,
                subset: String? = nil, variant: String? = nil, stderr: Double? = nil, rawStderr: String? = nil,
                nShot: Int? = nil, note: String? = nil, source: Source, harness: HarnessProvenance? = nil,
                location: SourceLocation, derivation: Derivation? = nil) {
        self.model = model
        self.benchmark = benchmark
        self.value = value
        self.rawValue = rawValue
        self.subset = subset
        self.stderr = stderr
        self.rawStderr = rawStderr
        self.nShot = nShot
        self.source = source
        self.location = location
        if qualitative == nil && variant == nil && note == nil && harness == nil && derivation == nil {
            rare = nil
        } else {
            rare = Rare(qualitative: qualitative, variant: variant, note: note, harness: harness, derivation: derivation)
        }
    }

    /// The number that aggregates: no subset and no variant.
    public var isHeadline: Bool { subset == nil && variant == nil }

    /// A harness run's numbers are the program's own floats, written in full (Python's shortest
    /// round-trip form): "0.5" there is exactly 198 of 396, not a value rounded to one decimal.
    /// Papers and cards print rounded figures, whose last digit bounds what is known.
    public var isUnrounded: Bool { source.kind == .harnessRun }

    /// Equal fields, as when it was a value.
    public static func == (a: Measurement, b: Measurement) -> Bool {
        a === b || (a.model == b.model && a.benchmark == b.benchmark && a.value == b.value && a.rawValue == b.rawValue
            && a.qualitative == b.qualitative && a.subset == b.subset && a.variant == b.variant && a.stderr == b.stderr
            && a.rawStderr == b.rawStderr && a.nShot == b.nShot && a.note == b.note && a.source == b.source
            && a.harness == b.harness && a.location == b.location && a.derivation == b.derivation)
    }
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
