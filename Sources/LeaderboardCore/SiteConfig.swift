import Markdown

/// `leaderboard.yml`: what a site says about itself. Validated like content, with located
/// diagnostics; a missing file means the defaults (a build of bare content still works).
public struct SiteConfig: Sendable, Equatable {
    public static let fileName = "leaderboard.yml"
    public static let fields = ["title", "description", "base_url", "language"]

    /// Shown in every page's header and title.
    public var title = "Leaderboard"
    /// The index page's description (its `<meta name="description">`).
    public var description = ""
    /// Absolute http(s) URL the site is published at; `--base-url` overrides it.
    public var baseURL: String?
    /// The pages' `lang`, a BCP 47 tag.
    public var language = "en"

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
        fields.warnUnknownKeys(known: Self.fields)
        return (config, fields.diagnostics)
    }

    /// "en", "pt-BR", "zh-Hant": a 2–3 letter language, then 2–8 character subtags.
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
