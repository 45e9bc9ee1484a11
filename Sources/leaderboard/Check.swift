import ArgumentParser
import LeaderboardCore
import LeaderboardSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate content and templates without writing anything.",
        discussion: """
        Prints every problem as path:line:column: error|warning: message, with the offending line
        and a caret, then a count. Exit status 1 when there is any error.

        Examples:
          leaderboard check
          leaderboard check --content my-content
        """
    )

    @OptionGroup var folders: Folders

    func run() throws {
        var pipeline = BuildPipeline(content: folders.content, templates: folders.templates, output: folders.output, config: folders.config, static: folders.staticFolder)
        pipeline.useDefaultThemeIfMissing()
        let result = pipeline.validate()
        report(result.diagnostics, quiet: false)
        let summary = DiagnosticPrinter().summary(result.diagnostics)
        print("\(summary) in \(result.modelCount) model\(result.modelCount == 1 ? "" : "s")")
        if result.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
