import LeaderboardCore

/// Render stage: turns a scoreboard into the files of the site. Pure: no disk access.
public struct SiteBuilder: Sendable {
    public var scoreboard: Scoreboard
    public var theme: Theme
    public var siteTitle: String
    /// Absolute URL the site is published at, used only by sitemap.xml; relative paths otherwise.
    public var baseURL: String?

    public init(scoreboard: Scoreboard, theme: Theme, siteTitle: String = "Values Leaderboard", baseURL: String? = nil) {
        self.scoreboard = scoreboard
        self.theme = theme
        self.siteTitle = siteTitle
        self.baseURL = baseURL
    }

    var content: Content { scoreboard.content }

    /// Every file of the site, sorted by path. Pages are rendered in parallel.
    public func build() -> [OutputFile] {
        let index = SiteIndex(scoreboard: scoreboard)
        var jobs: [() -> OutputFile] = [
            { renderIndex(index) },
            { renderMatrix(index) },
            { renderCompare(index) },
            { renderMethodology(index) },
            { renderNotFound(index) },
            { Exports.leaderboardJSON(scoreboard) },
            { Exports.measurementsCSV(scoreboard) },
        ]
        for row in scoreboard.rows { jobs.append { renderModel(row, index) } }
        for criterion in content.criteria { jobs.append { renderCriterion(criterion, index) } }
        for benchmark in content.benchmarks { jobs.append { renderBenchmark(benchmark, index) } }
        var files = parallelMap(jobs) { $0() }
        files += theme.assets
        files.append(sitemap(files))
        files.sort { $0.path < $1.path }
        return files
    }

    func page(path: String, title: String, description: String, template: String, context: Any, nav: String) -> OutputFile {
        let depth = path.split(separator: "/").count - 1
        let root = String(repeating: "../", count: depth)
        let body = theme.render(context, template: template)
        let layout = LayoutContext(
            title: HTML.clean(title.isEmpty ? siteTitle : "\(title) · \(siteTitle)"),
            description: HTML.clean(description),
            root: root,
            content: body,
            pageClass: template,
            navLeaderboard: nav == "index",
            navMatrix: nav == "matrix",
            navCompare: nav == "compare",
            navMethodology: nav == "methodology",
            criteria: content.criteria.map { LinkView(label: HTML.clean($0.name), href: "\(root)criteria/\($0.id)/index.html") },
            generator: "Leaderboard"
        )
        return OutputFile(path: path, text: theme.render(layout, template: "layout"))
    }

    private func sitemap(_ files: [OutputFile]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        for file in files.sorted(by: { $0.path < $1.path }) where file.path.hasSuffix(".html") && file.path != "404.html" {
            xml += "  <url><loc>\(HTML.escape(base + file.path))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}
