import LeaderboardCore
import LeaderboardOutput

/// Where each kind of page lives, in one place: every page path and every link to a model,
/// benchmark or criterion page is made here. `root` is the way back to the site root from the
/// linking page ("" at the top, "../" one level down, ...).
enum SitePaths {
    static func model(_ slug: String, from root: String = "") -> String { "\(root)models/\(slug)/index.html" }
    static func benchmark(_ id: String, from root: String = "") -> String { "\(root)benchmarks/\(id)/index.html" }
    static func criterion(_ id: String, from root: String = "") -> String { "\(root)criteria/\(id)/index.html" }

    /// The folders the page paths above need, parents first: taken from the paths themselves.
    static func pageFolders(_ content: Content) -> [String] {
        let pages = content.models.map { model($0.slug) } + content.benchmarks.map { benchmark($0.id) } + content.criteria.map { criterion($0.id) }
        let folders = pages.map(SiteWriter.parentFolder)
        var parents: [String] = []
        for folder in folders {
            var chain: [String] = []
            var parent = SiteWriter.parentFolder(folder)
            while !parent.isEmpty, !parents.contains(parent) {
                chain.append(parent)
                parent = SiteWriter.parentFolder(parent)
            }
            parents += chain.reversed()
        }
        return parents + folders
    }
}
