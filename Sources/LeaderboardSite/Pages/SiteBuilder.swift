import Foundation
import LeaderboardCore
import LeaderboardOutput

/// Render stage: turns a scoreboard into the files of the site. Pure: no disk access.
public struct SiteBuilder: Sendable {
    public var scoreboard: Scoreboard
    public var theme: Theme
    /// Title, description, language and base URL (`leaderboard.yml`).
    public var config: SiteConfig
    public var siteTitle: String { config.title }
    /// Absolute URL the site is published at, used only by sitemap.xml; relative paths otherwise.
    public var baseURL: String? { config.baseURL }
    /// Tests set this to compare every page's generated view conversion with reflection
    /// (slow); a mismatch is reported through `conversionMismatch`.
    var verifyConversions = false
    var conversionMismatch: @Sendable (String) -> Void = { _ in }
    /// `static/`'s files, written to the site root as they are.
    public var staticFiles: [OutputFile] = []
    /// Buffers pages render into, reused once written.
    let pages = PagePool()
    /// Set by a build that writes as it renders (the same writer as `render`'s `emit`): a page
    /// that lists every model then goes to it in chunks of `chunkSize` bytes as it fills, and
    /// the rest as the page's file, so no such page (25 MB at 10,000 models) is held whole.
    /// A chunk's bytes are lent for the call: it must write them before it returns, never keep them.
    public var emitChunks: (@Sendable (OutputFile) -> Void)?
    var chunkSize = SiteBuilder.defaultChunkSize
    static let defaultChunkSize = 4 << 20

    public init(scoreboard: Scoreboard, theme: Theme, config: SiteConfig = SiteConfig()) {
        self.scoreboard = scoreboard
        self.theme = theme
        self.config = config
    }

    var content: Content { scoreboard.content }

    /// Every file of the site in memory, sorted by path (tests and `check` use this).
    public func build() -> [OutputFile] {
        let collected = LockedList<OutputFile>()
        _ = render { file in collected.append(file) }
        return collected.items.sorted { $0.path < $1.path }
    }

    /// Renders every page in parallel and hands each file to `emit` as soon as it is ready, from
    /// several threads, so a large site never sits in memory whole. Returns every path, sorted.
    public func render(emit: @escaping @Sendable (OutputFile) -> Void) -> [String] {
        let index = SiteIndex(scoreboard: scoreboard)
        // Pages that list every model are large; one lane renders them one after another while
        // the other lanes render model pages, so at most one large page is in memory until the
        // model pages run out (then every lane helps with what is left). Large pages go longest
        // first, so the lanes finish close together.
        let heavy: [() -> OutputFile] = [
            { renderMatrix(index) },
            { largePage("data/measurements.csv") { Exports.measurementsCSV(scoreboard, into: $0) } },
            { renderCompare(index) },
            { renderIndex(index) },
            { largePage("data/leaderboard.json") { Exports.leaderboardJSON(scoreboard, into: $0) } },
        ] + content.criteria.map { criterion in { renderCriterion(criterion, index) } }
          + content.benchmarks.map { benchmark in { renderBenchmark(benchmark, index) } }
        // Model pages are positions in `rows`, not closures: a job holds no copy of a row or of
        // this builder, so nothing per model is left to free after the lanes finish.
        let light: [() -> OutputFile] = [{ renderMethodology(index) }, { renderNotFound(index) }, { renderHeadToHead(index) }]
        let queue = JobQueue(heavy: heavy.count, light: light.count + scoreboard.rows.count)
        let rendered = LockedList<String>()
        let lanes = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let rows = scoreboard.rows
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            while let job = queue.next(preferHeavy: lane == 0) {
                var file: OutputFile
                switch job {
                case .heavy(let position): file = heavy[position]()
                case .light(let position) where position < light.count: file = light[position]()
                case .light(let position): file = renderModel(rows[position - light.count], index)
                }
                emit(file)
                rendered.append(file.path)
                pages.recycle(&file)
            }
        }
        var paths = rendered.items
        for file in theme.assets + staticFiles + (config.pageSize.map { [Self.pageSizeStylesheet($0)] } ?? []) {
            emit(file)
            paths.append(file.path)
        }
        // A sitemap lists absolute URLs: without a base URL there is none to give.
        if let base = baseURL.map({ $0.hasSuffix("/") ? $0 : $0 + "/" }) {
            let feed = Feed.atom(content.models, title: siteTitle, base: base)
            emit(feed)
            paths.append(feed.path)
            let map = sitemap(paths)
            emit(map)
            paths.append(map.path)
        }
        return paths.sorted()
    }

    /// What a page that lists every model asks its buffer to hold: more than any model page, so it
    /// gets the largest buffer the pool has.
    static let largePage = 1 << 20

    /// The default theme's rows per page: `PAGE` in leaderboard.js, `nth-child(n+201)` in style.css.
    static let themePageSize = 200

    /// leaderboard.yml's `page_size` in the first layout: the theme's stylesheet keeps rows past the
    /// 200th of a paged table out of it until the script takes over; this generated one (linked by
    /// the layout only when `page_size` is set, since the CSP allows no inline style) moves that
    /// line to the configured size, so the first layout shows what the script will show.
    static func pageSizeStylesheet(_ size: Int) -> OutputFile {
        let rows = ".js table[data-paged]:not(.paged) > tbody > tr"
        let theme = themePageSize
        var css = "/* Generated from leaderboard.yml page_size: \(size). */\n"
        css += "\(rows):nth-child(n+\(size + 1)) { display: none; }\n"
        if size > theme { css += "\(rows):nth-child(n+\(theme + 1)):nth-child(-n+\(size)) { display: table-row; }\n" }
        return OutputFile(path: "assets/page-size.css", text: css)
    }

    /// `root`, when given, replaces the relative way up to the site root (the 404 page, which a
    /// host serves at any depth, links from the site's absolute path instead).
    /// `capacity`: the bytes the page is expected to take, which picks the buffer it renders into
    /// (`PagePool.take`); pages that list every model pass `largePage`.
    func page(path: String, title: String, description: String, template: String, context: some TemplateRepresentable, nav: String,
              root fixedRoot: String? = nil, capacity: Int = 32_768) -> OutputFile {
        // Output paths are relative and have no empty segments, so the depth is the count of slashes.
        let depth = path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        let root = fixedRoot ?? String(repeating: "../", count: depth)
        if verifyConversions { verify(context, page: path) }
        let theme = self.theme
        let body = RawHTML { out in theme.render(context, template: template, into: &out) }
        let layout = LayoutContext(
            title: title.isEmpty ? siteTitle : "\(title) · \(siteTitle)",
            siteTitle: siteTitle,
            language: config.language,
            hasSitemap: baseURL != nil,
            description: description,
            root: root,
            content: body,
            pageClass: template,
            navLeaderboard: nav == "index",
            navMatrix: nav == "matrix",
            navCompare: nav == "compare",
            navHeadToHead: nav == "head-to-head",
            navMethodology: nav == "methodology",
            criteria: content.criteria.map { LinkView(label: $0.name, href: SitePaths.criterion($0.id, from: root)) },
            generator: "Leaderboard",
            author: config.author ?? "", hasAuthor: config.author != nil,
            navLinks: config.nav.map { LinkView(label: $0.label, href: $0.isInternal ? root + $0.url : $0.url) },
            footerHTML: config.footerHTML ?? "", hasFooter: config.footerHTML != nil,
            pageSize: config.pageSize.map(String.init) ?? "", hasPageSize: config.pageSize != nil
        )
        if verifyConversions { verify(layout, page: path) }
        if capacity >= Self.largePage {
            return largePage(path) { page in
                theme.render(layout, template: "layout", into: &page.buffer)
                return OutputFile(path: path, page: page)
            }
        }
        let page = pages.take(capacity: capacity)
        theme.render(layout, template: "layout", into: &page.buffer)
        return OutputFile(path: path, page: page)
    }

    /// A page that lists every model, filled by `fill` into a pool buffer. With `emitChunks` set,
    /// each `chunkSize` bytes go to it as they fill, and the file returned is the page's end.
    func largePage(_ path: String, _ fill: (PageBytes) -> OutputFile) -> OutputFile {
        let page = pages.take(capacity: Self.largePage)
        guard let emitChunks else { return fill(page) }
        let mark = ChunkMark()
        page.buffer.startSpilling(at: chunkSize) { bytes in
            var chunk = OutputFile(path: path, page: BorrowedBytes(bytes))
            chunk.appendsToWritten = mark.emitted
            mark.emitted = true
            emitChunks(chunk)
        }
        var file = fill(page)
        page.buffer.stopSpilling()
        file.appendsToWritten = mark.emitted
        return file
    }

    private func verify(_ context: some TemplateRepresentable, page: String) {
        let fast = context.templateValue.canonical, slow = TemplateValue.reflected(context).canonical
        if fast != slow { conversionMismatch("\(page): \(type(of: context)) converts to\n\(fast)\nbut reflection gives\n\(slow)") }
        if let field = context.templateValue.inPlaceMismatch() {
            conversionMismatch("\(page): \(type(of: context)) field \(field) is written or tested in place differently from its value")
        }
    }

    /// The path part of the base URL, with a trailing slash ("https://example.org/lb" → "/lb/").
    var basePath: String? {
        guard let baseURL, let scheme = baseURL.range(of: "://") else { return nil }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        let path = afterHost.prefix { $0 != "?" && $0 != "#" }
        return path.isEmpty ? "/" : (path.hasSuffix("/") ? String(path) : path + "/")
    }

    private func sitemap(_ paths: [String]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }!
        for path in paths.sorted() where path.hasSuffix(".html") && path != "404.html" {
            xml += "  <url><loc>\(HTML.escape(base + path))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: "sitemap.xml", text: xml)
    }
}

/// Hands out render jobs to lanes, by position: the first lane takes large pages first, the
/// others small ones first; each takes from the other list when its own runs out.
private final class JobQueue: @unchecked Sendable {
    enum Job { case heavy(Int), light(Int) }
    private let lock = NSLock()
    private let heavy: Int
    private let light: Int
    private var nextHeavy = 0
    private var nextLight = 0

    init(heavy: Int, light: Int) {
        self.heavy = heavy
        self.light = light
    }

    func next(preferHeavy: Bool) -> Job? {
        lock.lock()
        defer { lock.unlock() }
        func takeHeavy() -> Job? {
            guard nextHeavy < heavy else { return nil }
            nextHeavy += 1
            return .heavy(nextHeavy - 1)
        }
        func takeLight() -> Job? {
            guard nextLight < light else { return nil }
            nextLight += 1
            return .light(nextLight - 1)
        }
        return preferHeavy ? (takeHeavy() ?? takeLight()) : (takeLight() ?? takeHeavy())
    }
}

/// Items appended from several threads.
final class LockedList<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ item: Element) {
        lock.lock()
        storage.append(item)
        lock.unlock()
    }

    var items: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
