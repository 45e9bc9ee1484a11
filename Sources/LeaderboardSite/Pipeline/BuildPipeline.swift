import Foundation
import LeaderboardCore
import LeaderboardOutput

/// Load → validate → score → render → write. Content errors stop before anything is written.
public struct BuildPipeline {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    /// `--base-url`, which overrides the configuration's `base_url`.
    public var baseURL: String?
    /// `leaderboard.yml`; a missing file means the defaults.
    public var configPath: String?
    /// Files copied to the site root as they are; a missing folder means none.
    public var staticFolder: String?
    /// Where the theme is read from when not the disk (the built-in default theme).
    public var themeIO: FileIO?
    public var io: FileIO
    /// When set, `build` leaves what it loaded allocated. Only for a process that ends right after
    /// the build (the command line): freeing the loaded site object by object is serial work that
    /// nothing waits for.
    public var keepsLoadedContent = false
    /// Bytes of a page that lists every model held before they go to the writer (tests set it
    /// small to write every such page in many chunks).
    var largePageChunk = SiteBuilder.defaultChunkSize

    public init(content: String = "Content", templates: String = "Templates", output: String = "Site", baseURL: String? = nil,
                config: String? = nil, static staticFolder: String? = nil, io: FileIO = .disk) {
        self.contentFolder = content
        self.templatesFolder = templates
        self.outputFolder = output
        self.baseURL = baseURL
        self.configPath = config
        self.staticFolder = staticFolder
        self.io = io
    }

    /// The site configuration with the command line's overrides, and its problems, including
    /// those only the content shows (a `default_sort` column it does not have).
    func siteConfig(for content: Content) -> (SiteConfig, [Diagnostic]) {
        guard let configPath else { return (SiteConfig(baseURL: baseURL), []) }
        var (config, diagnostics) = SiteConfig.load(path: configPath, io: io)
        if let baseURL { config.baseURL = baseURL }
        if let problem = config.sortProblem(criteria: content.criteria.map(\.id)) { diagnostics.append(problem) }
        return (config, diagnostics)
    }

    public struct Result {
        public var diagnostics: [Diagnostic]
        /// The rendered files, when rendered in memory (`run`); empty after a streamed `build`.
        public var files: [OutputFile]
        public var paths: [String] = []
        public var modelCount: Int
        public var pageCount: Int { (paths.isEmpty ? files.map(\.path) : paths).filter { $0.hasSuffix(".html") }.count }
    }

    /// Loads and validates content and templates without rendering or writing (`leaderboard check`).
    public func validate() -> Result {
        let loaded = load(progress: { _ in })
        return Result(diagnostics: loaded.diagnostics, files: [], modelCount: loaded.modelCount)
    }

    /// What the load stage found: the site to render, or nil when there are errors.
    private struct Loaded {
        var site: (content: Content, theme: Theme, config: SiteConfig, statics: [OutputFile])?
        var diagnostics: [Diagnostic]
        var modelCount: Int
    }

    /// The load stage shared by `validate`, `run` and `build`.
    private func load(progress: (String) -> Void) -> Loaded {
        progress("loading content")
        let (content, contentDiagnostics) = ContentLoader(io: io, root: contentFolder).load()
        progress("loading templates")
        let (theme, themeDiagnostics) = Theme.load(folder: templatesFolder, io: themeIO ?? io)
        let (config, configDiagnostics) = siteConfig(for: content)
        let (statics, staticDiagnostics) = staticFolder.map { StaticFiles.load(folder: $0, io: io) } ?? ([], [])
        let diagnostics = (contentDiagnostics + themeDiagnostics + configDiagnostics + staticDiagnostics).sorted()
        let site = diagnostics.hasErrors ? nil : theme.map { (content, $0, config, statics) }
        return Loaded(site: site, diagnostics: diagnostics, modelCount: content.models.count)
    }

    private func score(_ content: Content, _ config: SiteConfig, progress: (String) -> Void) -> Scoreboard {
        progress("scoring \(content.models.count) models")
        return Scoreboard(content: content, minimumOpponents: config.minimumOpponents)
    }

    /// Loads and renders in memory. Files are empty when there are errors.
    public func run(progress: (String) -> Void = { _ in }) -> Result {
        let loaded = load(progress: progress)
        guard let site = loaded.site else { return Result(diagnostics: loaded.diagnostics, files: [], modelCount: loaded.modelCount) }
        let scoreboard = score(site.content, site.config, progress: progress)
        progress("rendering pages")
        var builder = SiteBuilder(scoreboard: scoreboard, theme: site.theme, config: site.config)
        builder.staticFiles = site.statics
        let files = builder.build()
        return Result(diagnostics: loaded.diagnostics, files: files, modelCount: loaded.modelCount)
    }

    /// Builds and, when there are no errors, writes the site atomically: pages stream into a staging
    /// folder as they are rendered, which is swapped in at the end.
    public func build(progress: (String) -> Void = { _ in }) throws -> Result {
        let writer = SiteWriter(output: outputFolder, protected: [contentFolder, templatesFolder] + (staticFolder.map { [$0] } ?? []))
        if let refusal = writer.refusal() { throw refusal }
        let prescan = SparePrescan(path: writer.sparePath)
        let loaded = load(progress: progress)
        guard let site = loaded.site else { return Result(diagnostics: loaded.diagnostics, files: [], modelCount: loaded.modelCount) }
        progress("opening the staging folder")
        let staging = try writer.begin(io: io, prescan: prescan)
        // Scoring leaves a core partly idle (its serial steps); the page folders are made in that
        // time instead of while pages render (10,000 mkdirs, bench/RESULTS.md session 11). Those
        // not made when scoring ends are made by the writer as pages need them.
        let folders = staging.makeFolders(SitePaths.pageFolders(site.content), in: .global(qos: .userInitiated))
        let scoreboard = score(site.content, site.config, progress: progress)
        folders.stop()
        progress("rendering and writing pages for \(loaded.modelCount) models")
        let failure = FirstError()
        var builder = SiteBuilder(scoreboard: scoreboard, theme: site.theme, config: site.config)
        builder.staticFiles = site.statics
        let write: @Sendable (OutputFile) -> Void = { file in
            do { try staging.write(file) } catch { failure.record(error) }
        }
        builder.emitChunks = write
        builder.chunkSize = largePageChunk
        let paths = builder.render(emit: write)
        if let error = failure.error {
            writer.abort(staging)
            throw error
        }
        progress("swapping in \(paths.count) files")
        try writer.commit(staging)
        if keepsLoadedContent { _ = Unmanaged.passRetained(KeptAlive(scoreboard)) }
        return Result(diagnostics: loaded.diagnostics, files: [], paths: paths, modelCount: loaded.modelCount)
    }
}

/// Holds a value that is deliberately never freed (see `keepsLoadedContent`).
private final class KeptAlive<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Keeps the first error raised on any thread.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?
    func record(_ e: Error) {
        lock.lock(); if error == nil { error = e }; lock.unlock()
    }
}
