import ArgumentParser
import Foundation
import LeaderboardCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create content from a scaffold.",
        subcommands: [NewModel.self]
    )
}

struct NewModel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Create Content/models/<slug>.md and an empty Content/metrics/<slug>.json.",
        discussion: """
        The slug is made from the name: lower-case ASCII letters, digits and single hyphens;
        accents are dropped (Škoda → skoda); names in non-Latin scripts are refused unless
        you pass --slug. Existing files are never overwritten. The new model builds at once
        and shows as a row of gaps until you fill it in.

        Examples:
          leaderboard new model "Falcon 7B"          # → Content/models/falcon-7b.md
          leaderboard new model "通义千问 7B" --slug qwen-7b
        """
    )

    @Argument(help: "The model's display name, e.g. \"Falcon 7B\".")
    var name: String

    @Option(help: "Use this slug instead of one made from the name.")
    var slug: String?

    @Option(help: "Content folder.")
    var content = "Content"

    func run() throws {
        let chosen: String
        if let slug {
            if let problem = Slug.problem(slug) {
                Terminal.error("invalid --slug `\(slug)`: \(problem)")
                throw ExitCode(2)
            }
            chosen = slug
        } else {
            switch Slug.make(from: name) {
            case .success(let s): chosen = s
            case .failure(let problem):
                Terminal.error("cannot make a slug from \"\(name)\": \(problem)")
                throw ExitCode(2)
            }
        }
        let modelPath = "\(content)/models/\(chosen).md"
        let metricsPath = "\(content)/metrics/\(chosen).json"
        let fm = FileManager.default
        guard fm.fileExists(atPath: "\(content)/models") else {
            Terminal.error("\(content)/models does not exist; run this from the folder that holds \(content)/ or pass --content")
            throw ExitCode(2)
        }
        for path in [modelPath, metricsPath] where fm.fileExists(atPath: path) {
            Terminal.error("\(path) already exists; nothing was written")
            throw ExitCode(1)
        }
        let (loaded, _) = ContentLoader(root: content).load()
        try fm.createDirectory(atPath: "\(content)/metrics", withIntermediateDirectories: true)
        try FileIO.disk.writeBytes(modelPath, Array(ModelScaffold.markdown(name: name, criteria: loaded.criteria).utf8))
        try FileIO.disk.writeBytes(metricsPath, Array(ModelScaffold.emptyMetrics.utf8))
        print("""
        Created \(modelPath)
        Created \(metricsPath)

        Next:
          1. Fill in the front matter of \(modelPath) (set `paper:` to a URL or `none`).
          2. Write what was measured under each criterion heading.
          3. Add numbers to \(metricsPath), or import a harness run:
               leaderboard import lm-eval results.json --model \(chosen)
          4. Preview: leaderboard serve    (or: leaderboard check)
        """)
    }
}
