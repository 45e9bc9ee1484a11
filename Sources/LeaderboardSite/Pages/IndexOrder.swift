import LeaderboardCore

/// The index's rows in a column's order, as leaderboard.js sorts them (`sortBy`), so that
/// leaderboard.yml's `default_sort` holds in the served HTML, without JavaScript, and the script
/// finds the rows already in its first order. The rules are the script's: a column's values are its
/// cells' `data-value` (numbers, or lower-cased text compared by UTF-16 code units as JavaScript
/// does); empty values (gaps) go last whatever the direction; criterion, Overall and win-rate
/// columns order rows only inside a cohort (rows without one last); ties keep the evidence order.
struct IndexOrder {
    var column: String
    var descending: Bool
    private var criterionPosition: Int?
    private var isText: Bool
    private var withinCohort: Bool

    /// `direction` nil means the column's natural one: descending for numbers except the rank.
    init(column: String, direction: String?, criteria: [String]) {
        self.column = column
        criterionPosition = criteria.firstIndex(of: column)
        isText = column == "model" || column == "paper"
        withinCohort = criterionPosition != nil || column == "overall" || column == "winrate"
        descending = direction.map { $0 == "desc" } ?? (!isText && column != "rank")
    }

    private enum Key {
        case number(Double)
        case text([UInt16])
        case gap
    }

    /// The row field each of the index's own columns (`SiteConfig.sortColumns`) sorts by: the
    /// field its cells' `data-value` shows in `index.mustache`. Criterion columns sort by their cell.
    static let rowFields: [String: KeyPath<RowView, String>] = [
        "rank": \.rank, "model": \.name, "cohort": \.cohort, "overall": \.overallSort, "coverage": \.coverage,
        "winrate": \.winRateSort, "paper": \.paperKey,
    ]

    private func key(_ row: RowView, field: KeyPath<RowView, String>?) -> Key {
        let raw = field.map { row[keyPath: $0] } ?? criterionPosition.map { row.cells[$0].sortValue } ?? ""
        if raw.isEmpty { return .gap }
        if isText { return .text(Array(raw.lowercased().utf16)) }
        return Double(raw).map { .number($0) } ?? .gap
    }

    func sorted(_ rows: [RowView]) -> [RowView] {
        let field = Self.rowFields[column]
        let keys = rows.map { key($0, field: field) }
        // As the script reads data-cohort: a number, or none (after every cohort).
        let cohorts = rows.map { Int($0.cohort) ?? Int.max }
        let sign = descending ? -1 : 1
        let order = rows.indices.sorted { a, b in
            if withinCohort && cohorts[a] != cohorts[b] { return cohorts[a] < cohorts[b] }
            let c: Int
            switch (keys[a], keys[b]) {
            case (.gap, .gap): return a < b
            case (.gap, _): return false
            case (_, .gap): return true
            case (.number(let x), .number(let y)): c = x < y ? -1 : (x > y ? 1 : 0)
            case (.text(let x), .text(let y)): c = x.lexicographicallyPrecedes(y) ? -1 : (y.lexicographicallyPrecedes(x) ? 1 : 0)
            default: c = 0
            }
            return c != 0 ? c * sign < 0 : a < b
        }
        return order.map { rows[$0] }
    }
}
