import Foundation
import LeaderboardCore

/// Load → validate → score → render → write. Content errors stop before anything is written.
public struct BuildPipeline {
    public var contentFolder: String
    public var templatesFolder: String
    public var outputFolder: String
    public var baseURL: String?
    public var io: FileIO

    public init(content: String = "Content", templates: String = "Templates", output: String = "Site", baseURL: String? = nil, io: FileIO = .disk) {
        self.contentFolder = content
        self.templatesFolder = templates
        self.outputFolder = output
        self.baseURL = baseURL
        self.io = io
    }

    public struct Result {
        public var diagnostics: [Diagnostic]
        public var files: [OutputFile]
        public var modelCount: Int
        public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
    }

    /// Loads and validates content and templates without rendering or writing (`leaderboard check`).
    public func validate() -> Result {
        let (content, contentDiagnostics) = ContentLoader(io: io, root: contentFolder).load()
        let (_, themeDiagnostics) = Theme.load(folder: templatesFolder, io: io)
        return Result(diagnostics: (contentDiagnostics + themeDiagnostics).sorted(), files: [], modelCount: content.models.count)
    }

    /// Loads and renders in memory. Files are empty when there are errors.
    public func run(progress: (String) -> Void = { _ in }) -> Result {
        progress("loading content")
        let (content, contentDiagnostics) = ContentLoader(io: io, root: contentFolder).load()
        progress("loading templates")
        let (theme, themeDiagnostics) = Theme.load(folder: templatesFolder, io: io)
        let diagnostics = (contentDiagnostics + themeDiagnostics).sorted()
        guard !diagnostics.hasErrors, let theme else {
            return Result(diagnostics: diagnostics, files: [], modelCount: content.models.count)
        }
        progress("scoring \(content.models.count) models")
        let scoreboard = Scoreboard(content: content)
        progress("rendering pages")
        let files = SiteBuilder(scoreboard: scoreboard, theme: theme, baseURL: baseURL).build()
        return Result(diagnostics: diagnostics, files: files, modelCount: content.models.count)
    }

    /// Builds and, when there are no errors, writes the site atomically.
    public func build(progress: (String) -> Void = { _ in }) throws -> Result {
        let writer = SiteWriter(output: outputFolder, protected: [contentFolder, templatesFolder])
        if let refusal = writer.refusal() { throw refusal }
        let result = run(progress: progress)
        if result.diagnostics.hasErrors { return result }
        progress("writing \(result.files.count) files")
        try writer.write(result.files, io: io)
        return result
    }
}
