import ArgumentParser
import Foundation
import LeaderboardCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create content from a scaffold.",
        subcommands: [NewModel.self, NewBenchmark.self, NewCriterion.self]
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

    @OptionGroup var item: NewItemOptions

    func run() throws {
        let chosen = try item.chosenSlug()
        let name = item.name, content = item.content
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

/// What every `new` command takes: the display name, an optional slug, and the content folder.
struct NewItemOptions: ParsableArguments {
    @Argument(help: "The display name, e.g. \"Falcon 7B\"; the slug is made from it.")
    var name: String

    @Option(help: "Use this slug instead of one made from the name.")
    var slug: String?

    @Option(help: "Content folder.")
    var content = "Content"

    /// The slug from --slug or from the name, or a usage error.
    func chosenSlug() throws -> String {
        if let slug {
            if let problem = Slug.problem(slug) {
                Terminal.error("invalid --slug `\(slug)`: \(problem)")
                throw ExitCode(2)
            }
            return slug
        }
        switch Slug.make(from: name) {
        case .success(let s): return s
        case .failure(let problem):
            Terminal.error("cannot make a slug from \"\(name)\": \(problem)")
            throw ExitCode(2)
        }
    }
}

/// Writes a new content file into `folder`, never over an existing one.
private func create(_ path: String, _ text: String, folder: String, content: String) throws {
    let fm = FileManager.default
    guard fm.fileExists(atPath: folder) else {
        Terminal.error("\(folder) does not exist; run this from the folder that holds \(content)/ or pass --content")
        throw ExitCode(2)
    }
    guard !fm.fileExists(atPath: path) else {
        Terminal.error("\(path) already exists; nothing was written")
        throw ExitCode(1)
    }
    try FileIO.disk.writeBytes(path, Array(text.utf8))
    print("Created \(path)")
}

struct NewBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Create Content/benchmarks/<slug>.md with every field explained.",
        discussion: """
        The benchmark belongs to the criterion given with --criterion (an id from
        Content/criteria). The file loads at once; fill in the direction, range, unit and
        setup, then add values to models' metrics files or import them.

        Examples:
          leaderboard new benchmark "BBQ (ambiguous bias score)" --criterion bias
          leaderboard new benchmark "HarmBench refusal rate" --criterion toxicity --slug harmbench
        """
    )

    @OptionGroup var item: NewItemOptions

    @Option(help: "The criterion id it is scored under.")
    var criterion: String

    func run() throws {
        let chosen = try item.chosenSlug()
        let name = item.name, content = item.content
        let (loaded, _) = ContentLoader(root: content).load()
        guard loaded.criteria.contains(where: { $0.id == criterion }) else {
            let known = loaded.criteria.map(\.id).joined(separator: ", ")
            Terminal.error("unknown criterion `\(criterion)`; known criteria: \(known.isEmpty ? "none (create one with `leaderboard new criterion`)" : known)")
            throw ExitCode(2)
        }
        let path = "\(content)/benchmarks/\(chosen).md"
        try create(path, BenchmarkScaffold.markdown(name: name, criterion: criterion), folder: "\(content)/benchmarks", content: content)
        print("""

        Next:
          1. Set direction, range, unit and setup in \(path).
          2. Add values to models' metrics files with "benchmark": "\(chosen)", or a harness rule and
             leaderboard import lm-eval results.json --model SLUG
          3. Preview: leaderboard serve    (or: leaderboard check)
        """)
    }
}

struct NewCriterion: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criterion",
        abstract: "Create Content/criteria/<slug>.md, ordered after the existing criteria.",
        discussion: """
        A criterion is a column of the leaderboard; it is scored once a benchmark names it.

        Examples:
          leaderboard new criterion "Privacy"
        """
    )

    @OptionGroup var item: NewItemOptions

    func run() throws {
        let chosen = try item.chosenSlug()
        let name = item.name, content = item.content
        let (loaded, _) = ContentLoader(root: content).load()
        let order = (loaded.criteria.map(\.order).max() ?? 0) + 1
        let path = "\(content)/criteria/\(chosen).md"
        try create(path, CriterionScaffold.markdown(name: name, order: order), folder: "\(content)/criteria", content: content)
        print("""

        Next:
          1. Write the summary and description in \(path).
          2. Create its benchmarks: leaderboard new benchmark "NAME" --criterion \(chosen)
        """)
    }
}
