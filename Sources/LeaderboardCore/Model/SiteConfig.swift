import Markdown

/// `leaderboard.yml`: what a site says about itself. Validated like content, with located
/// diagnostics; a missing file means the defaults (a build of bare content still works).
public struct SiteConfig: Sendable, Equatable {
    public static let fileName = "leaderboard.yml"
    public static let fields = ["title", "description", "base_url", "language", "author", "nav", "footer", "minimum_opponents",
                                "default_sort", "page_size"]
    /// Leaderboard columns a site may sort by first, besides its criteria' ids.
    public static let sortColumns = ["rank", "model", "cohort", "overall", "coverage", "winrate", "paper"]

    /// Shown in every page's header and title.
    public var title = "Leaderboard"
    /// The index page's description (its `<meta name="description">`).
    public var description = ""
    /// Absolute http(s) URL the site is published at; `--base-url` overrides it.
    public var baseURL: String?
    /// The pages' `lang`, a BCP 47 tag.
    public var language = "en"
    /// Who keeps the leaderboard (a person or an organization): `<meta name="author">` and the footer.
    public var author: String?
    /// Extra header links after the built-in ones: an absolute http(s) URL, or a path inside the
    /// site (`about/index.html`), which each page links relative to itself.
    public var nav: [NavLink] = []
    /// The footer's own text, as HTML rendered from the configuration's Markdown (raw HTML off).
    public var footerHTML: String?
    /// No rank or win rate rests on fewer opponents than this (issue 13 says "say 3").
    public var minimumOpponents = Evidence.defaultMinimumOpponents
    /// The leaderboard's first sort when the address names none: a column key (a criterion id,
    /// or one of `sortColumns`), and "asc" or "desc" (nil: the column's natural direction).
    public var defaultSort: DefaultSort?

    public struct DefaultSort: Sendable, Equatable {
        public var column: String
        public var direction: String?
        public var location: SourceLocation
    }
    /// Rows a long table shows before "Show more" (200 when not set).
    public var pageSize: Int?

    public struct NavLink: Sendable, Equatable {
        public var label: String
        public var url: String
        /// A path inside the site, linked relative to each page (not an absolute URL).
        public var isInternal: Bool { !URLPolicy.isWebURL(url) }
    }

    public init(title: String = "Leaderboard", description: String = "", baseURL: String? = nil, language: String = "en") {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
    }

    public static func load(path: String, io: FileIO = .disk) -> (SiteConfig, [Diagnostic]) {
        guard io.kind(path) != .missing else { return (SiteConfig(), []) }
        let bytes: [UInt8]
        do { bytes = try io.read(path) } catch {
            return (SiteConfig(), [.error(SourceLocation(path: path), "cannot read the site configuration: \(error)")])
        }
        let (source, problems) = SourceText.decode(bytes, path: path)
        guard let source else { return (SiteConfig(), problems) }
        var fields = YAMLFields(yaml: source.text, firstLine: 1, path: path)
        var config = SiteConfig()
        let title = fields.string("title")
        if let title, !title.isEmpty {
            config.title = title
        } else if fields.has("title"), let loc = fields.node("title").map(fields.location) {
            fields.error(loc, "`title` must not be empty")
        }
        if let description = fields.string("description") { config.description = description }
        if let url = fields.string("base_url"), !url.isEmpty {
            if URLPolicy.isWebURL(url) {
                config.baseURL = url
            } else if let loc = fields.node("base_url").map(fields.location) {
                fields.error(loc, "`base_url` must be an absolute http or https URL, e.g. https://example.org/leaderboard/")
            }
        }
        if let language = fields.string("language") {
            if Self.isLanguageTag(language) {
                config.language = language
            } else if let loc = fields.node("language").map(fields.location) {
                fields.error(loc, "`language` must be a language tag such as en or en-GB, not `\(language)`")
            }
        }
        if let author = fields.string("author"), !author.isEmpty { config.author = author }
        if let footer = fields.string("footer"), !footer.isEmpty {
            let document = Markdown.parse(footer)
            config.footerHTML = document.html
            if let dropped = document.droppedLinks.first, let loc = fields.node("footer").map(fields.location) {
                fields.error(loc, "the footer links to `\(dropped.url)`, which is not an http(s) or relative link")
            }
        }
        if let minimum = fields.integer("minimum_opponents") {
            if (1...1000).contains(minimum) {
                config.minimumOpponents = minimum
            } else if let loc = fields.node("minimum_opponents").map(fields.location) {
                fields.error(loc, "`minimum_opponents` must be between 1 and 1000, not \(minimum)")
            }
        }
        config.nav = readNav(&fields)
        if let sort = fields.string("default_sort"), let node = fields.node("default_sort") {
            // "factuality" or "factuality desc"; whether the column exists is checked against the
            // content (`sortProblem`), which this file does not know.
            let words = sort.split(separator: " ").map(String.init)
            if words.count == 1 || (words.count == 2 && ["asc", "desc"].contains(words[1])) {
                config.defaultSort = DefaultSort(column: words[0], direction: words.count == 2 ? words[1] : nil, location: fields.location(node))
            } else {
                fields.error(fields.location(node), "`default_sort` is a column and an optional direction, like `factuality` or `factuality desc`")
            }
        }
        if let size = fields.integer("page_size") {
            if (10...100_000).contains(size) {
                config.pageSize = size
            } else if let loc = fields.node("page_size").map(fields.location) {
                fields.error(loc, "`page_size` must be between 10 and 100000 rows, not \(size)")
            }
        }
        fields.warnUnknownKeys(known: Self.fields)
        return (config, fields.diagnostics)
    }

    /// The error for a `default_sort` column the leaderboard does not have.
    public func sortProblem(criteria: [String]) -> Diagnostic? {
        guard let sort = defaultSort else { return nil }
        let columns = Self.sortColumns + criteria
        guard !columns.contains(sort.column) else { return nil }
        return .error(sort.location, "`default_sort` column `\(sort.column)` is not a leaderboard column; use one of \(columns.joined(separator: ", "))")
    }

    /// `nav: [{label: About, url: about/index.html}, {label: Code, url: https://example.org/code}]`
    private static func readNav(_ fields: inout YAMLFields) -> [NavLink] {
        let items = fields.textMappings("nav", known: ["label", "url"],
                                        listShape: "`nav` must be a list of links like `{label: About, url: about/index.html}`",
                                        itemShape: "each `nav` link is a mapping with `label` and `url`",
                                        notText: "`nav` link fields must be text",
                                        unknown: { "unknown field `nav.\($0)`; expected label, url" })
        var links: [NavLink] = []
        for entry in items {
            let item = entry.item, label = entry.values["label"], url = entry.values["url"]
            guard let label, !label.isEmpty, let url, !url.isEmpty else {
                fields.error(fields.location(item), "a `nav` link needs a `label` and a `url`")
                continue
            }
            // An absolute web URL, or a path inside the site: never a script, never protocol-relative.
            let isPath = !url.contains(":") && !url.hasPrefix("/") && !url.contains("..")
            guard URLPolicy.isWebURL(url) || isPath else {
                fields.error(fields.location(item), "`nav` url `\(url)` must be an absolute http(s) URL or a path inside the site such as about/index.html")
                continue
            }
            links.append(NavLink(label: label, url: url))
        }
        return links
    }

    /// "en", "pt-BR", "zh-Hant": a 2–3 letter language, then 2–8 character subtags.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
