/// The three kinds of alignment method the comparison distinguishes.
public enum AlignmentMethod: String, CaseIterable, Sendable, Equatable {
    case curatedData = "curated-data"
    case safetyClassifier = "safety-classifier"
    case rewardModel = "reward-model"

    public var label: String {
        switch self {
        case .curatedData: return "Curated data / SFT"
        case .safetyClassifier: return "Safety classifier"
        case .rewardModel: return "Reward model / RLHF"
        }
    }

    public var shortLabel: String {
        switch self {
        case .curatedData: return "SFT"
        case .safetyClassifier: return "Classifier"
        case .rewardModel: return "RLHF"
        }
    }
}
