import LeaderboardCore

/// Where each kind of page lives, in one place: every page path and every link to a model,
/// benchmark or criterion page is made here. `root` is the way back to the site root from the
/// linking page ("" at the top, "../" one level down, ...).
enum SitePaths {
    static func model(_ slug: String, from root: String = "") -> String { "\(root)models/\(slug)/index.html" }
    static func benchmark(_ id: String, from root: String = "") -> String { "\(root)benchmarks/\(id)/index.html" }
    static func criterion(_ id: String, from root: String = "") -> String { "\(root)criteria/\(id)/index.html" }

    /// The folders the page paths above need, parents first.
    static func pageFolders(_ content: Content) -> [String] {
        ["models", "benchmarks", "criteria"]
            + content.models.map { "models/\($0.slug)" }
            + content.benchmarks.map { "benchmarks/\($0.id)" }
            + content.criteria.map { "criteria/\($0.id)" }
    }
}
