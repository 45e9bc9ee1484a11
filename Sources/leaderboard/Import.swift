import ArgumentParser
import Foundation
import LeaderboardCore
import Markdown

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import results produced by other tools.",
        subcommands: [ImportLMEval.self, ImportInspect.self, ImportHelm.self]
    )
}

struct ImportLMEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lm-eval",
        abstract: "Merge an lm-evaluation-harness results file into a model's metrics.",
        discussion: """
        Reads both the old format (results/versions/config, keys like pct_stereotype, mc2, acc)
        and the current one (keys like acc,none with acc_stderr,none; n-shot; config.model_args).
        Tasks map to benchmarks through the `harness` rules in Content/benchmarks/*.md.
        Stderr, n-shot, task, metric key and model arguments are kept as provenance
        (source kind harness-run). A measurement that already exists with the same value is
        skipped; one with a different value is a conflict and nothing is written, unless
        --replace is given.

        FILE may be an output folder (lm_eval --output_path): the newest results_*.json of the
        model's sub-folder is read.

        Examples:
          leaderboard import lm-eval pythia-12b.json --model pythia-12b
          leaderboard import lm-eval output/ --model pythia-160m
          leaderboard import lm-eval results.json --model my-model --source-url https://example.org/results.json
        """
    )

    @Argument(help: "The harness results JSON file, or an output folder (--output_path): its newest run for the model.")
    var file: String

    @OptionGroup var options: ImportOptions

    func run() throws {
        var file = self.file
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
            let found = (FileManager.default.enumerator(atPath: file)?.allObjects as? [String]) ?? []
            switch ResultsFolder.choose(found, model: options.model) {
            case .success(let relative):
                file = file + "/" + relative
                print("Newest run in \(self.file): \(relative)")
            case .failure(let problem):
                Terminal.err("\(self.file): error: \(problem.message)")
                throw ExitCode(1)
            }
        }
        try ImportRun(file: file, options: options)
            .run { benchmarks in HarnessImporter(benchmarks: benchmarks, model: options.model, sourceURL: options.sourceURL) }
    }
}

struct ImportInspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Merge an Inspect AI evaluation log (.eval or .json) into a model's metrics.",
        discussion: """
        Reads Inspect's .eval logs (the default format; their header.json member) and the JSON
        logs it writes with --log-format json. Scores map to benchmarks through rules with
        `from: inspect` in Content/benchmarks/*.md, e.g.
          harness:
            - {from: inspect, task: truthfulqa, metric: accuracy, variant: mc1}
        The scorer's stderr, the sample count, the eval id and date, the model and the Inspect
        version are kept as provenance (source kind harness-run). Merging works as for lm-eval.

        Examples:
          leaderboard import inspect logs/2024-05-01_truthfulqa_abc.json --model my-model
        """
    )

    @Argument(help: "The Inspect AI log: .eval or .json.")
    var file: String

    @OptionGroup var options: ImportOptions

    func run() throws {
        var run = ImportRun(file: file, options: options)
        if file.hasSuffix(".eval") {
            // The archive's header.json is the log without its samples: all the importer reads.
            run.extract = InspectArchive.header
        }
        try run
            .run { benchmarks in InspectImporter(benchmarks: benchmarks, model: options.model, sourceURL: options.sourceURL) }
    }
}

struct ImportHelm: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helm",
        abstract: "Merge a HELM run (its stats.json and run_spec.json) or suite summary (runs.json) into a model's metrics.",
        discussion: """
        RUN is a run folder of helm-run's output (benchmark_output/runs/<suite>/<run>/), or a
        suite folder, whose runs of the model are each imported, or a suite summary: the
        runs.json helm-summarize writes (and HELM's releases publish), whose runs of the model
        are imported in one go. A suite folder that has both is read run by run, because only
        the run folders have per-instance stats. Stats map to benchmarks through
        rules with `from: helm` in Content/benchmarks/*.md, by scenario (or run name without the
        model) and stat name, e.g.
          harness:
            - {from: helm, task: truthful_qa, metric: exact_match, variant: helm multiple-choice joint}
        Unperturbed stats of the test split are read (the valid split when there is no test split).
        HELM reports no standard error; with per_instance_stats.json the standard error over
        instances is computed from it, and the note says so. The run's name, split, instance
        count and model are kept as provenance (source kind harness-run). Merging works as for
        lm-eval. A suite summary has no per-instance stats, so its values have no standard error.

        Examples:
          leaderboard import helm "benchmark_output/runs/v1/truthful_qa:task=mc_single,method=multiple_choice_joint,model=org_m" --model m
          leaderboard import helm benchmark_output/runs/v1 --model m
          leaderboard import helm runs.json --model m --source-url https://example.org/helm/v1/runs.json
        """
    )

    @Argument(help: "A HELM run folder (with stats.json and run_spec.json), a suite folder of runs, or a suite summary (runs.json).")
    var folder: String

    @OptionGroup var options: ImportOptions

    func run() throws {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        let exists = fm.fileExists(atPath: folder, isDirectory: &isFolder)
        let isRun = fm.fileExists(atPath: folder + "/stats.json")
        // A suite's run folders, listed once.
        let suiteRuns = isFolder.boolValue && !isRun
            ? ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }.filter { fm.fileExists(atPath: $0 + "/stats.json") }
            : []
        // A suite summary: the file itself, or the runs.json of a folder without run folders.
        if (exists && !isFolder.boolValue) || (!isRun && suiteRuns.isEmpty && fm.fileExists(atPath: folder + "/runs.json")) {
            let summary = isFolder.boolValue ? folder + "/runs.json" : folder
            try ImportRun(file: summary, options: options).run { benchmarks in
                HelmSummaryImporter(benchmarks: benchmarks, model: options.model, sourceURL: options.sourceURL, anyModel: options.force)
            }
            return
        }
        // Each run folder with its run_spec.json's text, read once.
        var runs: [(folder: String, spec: String?)]
        if isRun {
            runs = [(folder, try? String(contentsOfFile: folder + "/run_spec.json", encoding: .utf8))]
        } else {
            runs = suiteRuns.compactMap { run in (try? String(contentsOfFile: run + "/run_spec.json", encoding: .utf8)).map { (run, $0) } }
            guard !runs.isEmpty else {
                Terminal.err("\(folder): error: no HELM run here: a run folder holds stats.json and run_spec.json")
                throw ExitCode(1)
            }
            // In a suite, a run of another model is skipped rather than refused (unless --force).
            if !options.force {
                let mine = runs.filter { run in
                    guard case .success(let spec) = JSONParser.parse(run.spec ?? ""), let name = HelmImporter.modelName(spec) else { return false }
                    return ModelNameMatch.matches(name, slug: options.model)
                }
                print("\(folder): \(mine.count) of \(runs.count) runs are of `\(options.model)`")
                runs = mine
            }
        }
        for (runFolder, spec) in runs {
            guard let spec else {
                Terminal.err("\(runFolder): error: cannot read run_spec.json")
                throw ExitCode(1)
            }
            let perInstance = try? String(contentsOfFile: runFolder + "/per_instance_stats.json", encoding: .utf8)
            try ImportRun(file: runFolder + "/stats.json", options: options)
                .run { benchmarks in
                    HelmImporter(benchmarks: benchmarks, model: options.model, sourceURL: options.sourceURL, runSpec: spec, perInstanceStats: perInstance)
                }
        }
    }
}

/// The options every import command takes.
struct ImportOptions: ParsableArguments {
    @Option(help: "Slug of the model (Content/models/<slug>.md must exist).")
    var model: String

    @Option(help: "Where the file is published, cited as the source URL.")
    var sourceURL: String?

    @Flag(help: "Replace existing measurements whose value differs.")
    var replace = false

    @Flag(help: "Import although the file names another model than --model.")
    var force = false

    @Flag(help: "Print the diff the import would make to the metrics file, without writing it.")
    var dryRun = false

    @Option(help: "Content folder.")
    var content = "Content"
}

/// What every import command does once its importer has read the file: check the model, merge,
/// report, and write the metrics file atomically (temporary file, then rename).
struct ImportRun {
    var file: String
    var options: ImportOptions
    /// Turns the file's bytes into the text the importer reads (an archive member), when the
    /// file is not that text itself.
    var extract: (([UInt8]) -> Result<String, InspectArchive.ArchiveError>)? = nil

    func run(_ makeImporter: ([Benchmark]) -> some ResultImporter) throws {
        let model = options.model, content = options.content, sourceURL = options.sourceURL
        if let sourceURL, !URLPolicy.isWebURL(sourceURL) {
            Terminal.error("--source-url must be an http or https URL")
            throw ExitCode(2)
        }
        let (loaded, _) = ContentLoader(root: content).load()
        guard loaded.models.contains(where: { $0.slug == model }) || FileManager.default.fileExists(atPath: "\(content)/models/\(model).md") else {
            Terminal.error("no model `\(model)`: create it first with `leaderboard new model`")
            throw ExitCode(1)
        }
        let bytes: [UInt8]
        do { bytes = try FileIO.disk.read(file) } catch {
            Terminal.error("cannot read \(file): \(error)")
            throw ExitCode(1)
        }
        var text: String
        var path = file
        if let extract {
            switch extract(bytes) {
            case .success(let member): text = member
            case .failure(let problem):
                Terminal.err("\(file): error: \(problem.message)")
                throw ExitCode(1)
            }
            path = file + "(header.json)"
        } else {
            let (source, problems) = SourceText.decode(bytes, path: file)
            guard let source else {
                report(problems, quiet: false)
                throw ExitCode(1)
            }
            text = source.text
        }
        let fileName = (file as NSString).lastPathComponent
        let outcome = makeImporter(loaded.benchmarks).read(text: text, path: path, fileName: fileName)
        report(outcome.diagnostics, quiet: false)
        if outcome.diagnostics.hasErrors { throw ExitCode(1) }
        if let named = outcome.modelName, !ModelNameMatch.matches(named, slug: model), !options.force {
            Terminal.error("\(fileName) evaluated `\(named)`, which does not look like `\(model)`; pass --force if it is the same model")
            throw ExitCode(1)
        }

        let metricsPath = "\(content)/metrics/\(model).json"
        var existing = JSONNode(value: .object([]), line: 0, column: 0)
        var existingText: String?
        if FileManager.default.fileExists(atPath: metricsPath) {
            let (text, readProblems) = SourceText.decode((try? FileIO.disk.read(metricsPath)) ?? [], path: metricsPath)
            guard let text else { report(readProblems, quiet: false); throw ExitCode(1) }
            existingText = text.text
            switch JSONParser.parse(text.text) {
            case .success(let node): existing = node
            case .failure(let e):
                Terminal.err("\(metricsPath):\(e.line):\(e.column): error: malformed JSON: \(e.message)")
                throw ExitCode(1)
            }
        }
        let merged = MetricsMerge.merge(existing: existing, text: existingText, imported: outcome.measurements, replace: options.replace)
        print("Read \(fileName) (\(outcome.format ?? "unknown format"))")
        for m in merged.added { print("  + \(describe(m))") }
        for m in merged.replaced { print("  ~ \(describe(m)) (replaced)") }
        if !merged.unchanged.isEmpty { print("  = \(merged.unchanged.count) already present with the same value") }
        for c in merged.conflicts {
            Terminal.err("\(metricsPath): error: \(describe(c.imported)) conflicts with the existing value \(c.existing); pass --replace to overwrite")
        }
        if !outcome.unmapped.isEmpty {
            print("Not mapped to any benchmark (\(outcome.unmapped.count) tasks): \(outcome.unmapped.map(\.task).joined(separator: ", "))")
            for u in outcome.unmapped where u.closestBenchmark != nil {
                print("  \(u.task): closest benchmark `\(u.closestBenchmark!)`; to map it, add to the `harness:` list of Content/benchmarks/\(u.closestBenchmark!).md:")
                print("    \(u.suggestedRule)")
            }
        }
        if !merged.conflicts.isEmpty { throw ExitCode(1) }
        if options.dryRun {
            if !merged.added.isEmpty || !merged.replaced.isEmpty {
                print(TextDiff.unified(old: existingText ?? "", new: merged.text, path: metricsPath), terminator: "")
            }
            print("Dry run: \(metricsPath) not written")
            return
        }
        if merged.added.isEmpty && merged.replaced.isEmpty {
            print("Nothing new; \(metricsPath) unchanged")
            return
        }
        let tmp = metricsPath + ".tmp-\(getpid())"
        try FileIO.disk.writeBytes(tmp, Array(merged.text.utf8))
        guard rename(tmp, metricsPath) == 0 else {
            unlink(tmp)
            Terminal.error("cannot write \(metricsPath)")
            throw ExitCode(1)
        }
        print("Wrote \(merged.added.count) new and \(merged.replaced.count) replaced measurements to \(metricsPath)")
    }

    private func describe(_ m: LeaderboardCore.Measurement) -> String {
        var text = m.benchmark
        if let s = m.subset { text += " [\(s)]" }
        if let v = m.variant { text += " (\(v))" }
        return text + " = " + (m.rawValue ?? "") + "  ← \(m.harness?.task ?? "") \(m.harness?.metric ?? "")"
    }
}
