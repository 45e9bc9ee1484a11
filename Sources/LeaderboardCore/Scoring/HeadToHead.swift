/// Win, tie and loss between chosen models on the setup groups each pair shares: the
/// head-to-head matrix. Only the chosen models are paired (the site shows a fixed number), so the
/// work is that number squared times the groups a model has, never all models squared.
public struct HeadToHead: Sendable {
    /// How many models the head-to-head page shows.
    public static let pageModels = 30

    /// One shared setup group and its outcome for the row model: 1 win, 0 tie, −1 loss.
    public struct Outcome: Sendable {
        public var group: Int
        public var result: Int
        /// The row model's and the column model's entries in the group.
        public var mine: Evidence.Entry
        public var theirs: Evidence.Entry
    }

    public struct Cell: Sendable {
        public var outcomes: [Outcome]
        public var wins: Int { outcomes.count { $0.result > 0 } }
        public var ties: Int { outcomes.count { $0.result == 0 } }
        public var losses: Int { outcomes.count { $0.result < 0 } }
        /// Whether the two models share any ranked setup group.
        public var isCompared: Bool { !outcomes.isEmpty }
    }

    public var models: [String]
    /// `cells[row][column]`: the row model against the column model.
    public var cells: [[Cell]]

    public init(evidence: Evidence, models: [String]) {
        // Per model, its ranked entries by group (near-chance values are never compared).
        let byGroup = models.map { slug -> [Int: Evidence.Entry] in
            var map: [Int: Evidence.Entry] = [:]
            for (g, e) in evidence.entries(of: slug) {
                let entry = evidence.groups[g].entries[e]
                if entry.rank != nil { map[g] = entry }
            }
            return map
        }
        let groupsInOrder = byGroup.map { $0.keys.sorted() }
        self.models = models
        cells = models.indices.map { r in
            models.indices.map { c in
                guard r != c else { return Cell(outcomes: []) }
                let outcomes = groupsInOrder[r].compactMap { g -> Outcome? in
                    guard let theirs = byGroup[c][g], let mine = byGroup[r][g] else { return nil }
                    return Outcome(group: g, result: Evidence.outcome(mine, theirs), mine: mine, theirs: theirs)
                }
                return Cell(outcomes: outcomes)
            }
        }
    }

    /// The models the page shows: those sharing evidence with another (they have a cohort), in
    /// the default order, so the largest cohort's strongest come first.
    public static func pageSelection(_ scoreboard: Scoreboard) -> [String] {
        Array(scoreboard.rows.lazy.filter { $0.cohort != nil }.map(\.model.slug).prefix(pageModels))
    }
}
