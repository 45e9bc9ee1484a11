import Dispatch
import Markdown

/// Load stage: reads a content folder into `Content`, reporting every problem it finds.
/// Never throws for bad content; problems are diagnostics.
public struct ContentLoader: Sendable {
    public var io: FileIO
    public var root: String

    public init(io: FileIO = .disk, root: String) {
        self.io = io
        self.root = root
    }

    public static let folders = ["criteria", "benchmarks", "models", "metrics"]

    public func load() -> (Content, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let empty = Content(criteria: [], benchmarks: [], models: [], measurements: [])
        guard io.kind(root) == .directory || (io.kind(root) == .symlink && io.realPath(root) != nil) else {
            let hint = io.kind(SiteConfig.fileName) == .missing
                ? "; this folder is not a leaderboard site (no \(SiteConfig.fileName) here): run this in a site's folder, pass --content, or start one with `leaderboard init DIR`"
                : ""
            return (empty, [.error(SourceLocation(path: root), "content folder does not exist" + hint)])
        }
        let rootReal = io.realPath(root) ?? root

        // Listing checks each entry's kind (a system call per file): folders are listed in parallel.
        var files: [String: [String]] = [:]
        for (folder, (names, problems)) in zip(Self.folders, parallelMap(Self.folders) { listFolder($0, rootReal: rootReal) }) {
            files[folder] = names
            diagnostics += problems
        }

        let criteriaFiles = parallelMap(files["criteria"]!) { loadCriterion(file: $0) }
        var criteria: [Criterion] = []
        for (criterion, problems) in criteriaFiles {
            diagnostics += problems
            if let criterion { criteria.append(criterion) }
        }
        criteria.sort { ($0.order, $0.id) < ($1.order, $1.id) }

        let criterionIDs = Set(criteria.map(\.id))
        // A criterion whose file exists but has errors is already reported; do not report its uses too.
        let brokenCriteria = Set(files["criteria"]!.map { stem($0) }).subtracting(criterionIDs)
        let benchmarkFiles = parallelMap(files["benchmarks"]!) { loadBenchmark(file: $0, criteria: criterionIDs, brokenCriteria: brokenCriteria) }
        var benchmarks: [Benchmark] = []
        for (benchmark, problems) in benchmarkFiles {
            diagnostics += problems
            if let benchmark { benchmarks.append(benchmark) }
        }
        benchmarks.sort { $0.id < $1.id }
        diagnostics += checkAcrossBenchmarks(benchmarks)

        let modelFiles = parallelMap(files["models"]!) { loadModel(file: $0, criteria: criteria) }
        var models: [Model] = []
        for (model, problems) in modelFiles {
            diagnostics += problems
            if let model { models.append(model) }
        }
        models.sort { $0.slug < $1.slug }
        diagnostics += checkDuplicateNames(models)

        let modelSlugs = Set(files["models"]!.map { stem($0) })
        let benchmarksByID = Dictionary(uniqueKeysWithValues: benchmarks.map { ($0.id, $0) })
        let brokenBenchmarks = Set(files["benchmarks"]!.map { stem($0) }).subtracting(benchmarksByID.keys)
        // Each file is sorted on its own thread; files are then concatenated in slug order (not
        // file-name order: "a-b.json" sorts before "a.json" but slug "a" before "a-b"), so the
        // sort runs on every core and the whole list is never sorted on one thread.
        let metricNames = files["metrics"]!.sorted { stem($0) < stem($1) }
        let gapBenchmarks = benchmarks.filter { b in b.gap.map { benchmarksByID[$0.benchmark]?.gap == nil && benchmarksByID[$0.benchmark] != nil } ?? false }
        let metricFiles = parallelMap(metricNames) { file -> ([Measurement], [Diagnostic]) in
            let (list, problems) = loadMetrics(file: file, modelSlugs: modelSlugs, benchmarks: benchmarksByID, brokenBenchmarks: brokenBenchmarks)
            // Gaps between subsets are derived here, per model, and kept in the file's order.
            let derived = gapBenchmarks.flatMap { GapDefinition.derive($0, from: list, source: benchmarksByID[$0.gap!.benchmark]!) }
            return (derived.isEmpty ? list : (list + derived).sorted(by: Measurement.precedes), problems)
        }
        var measurements: [Measurement] = []
        measurements.reserveCapacity(metricFiles.reduce(0) { $0 + $1.0.count })
        for (list, problems) in metricFiles {
            diagnostics += problems
            measurements += list
        }
        // Measurements name their model by the file they came from, so this holds by construction;
        // the check keeps a future change from breaking the order silently.
        assert(zip(measurements, measurements.dropFirst()).allSatisfy { !Measurement.precedes($1, $0) })

        let content = Content(criteria: criteria, benchmarks: benchmarks, models: models, measurements: measurements)
        diagnostics += ContentChecks.run(content)
        return (content, diagnostics.sorted())
    }

    func path(_ folder: String, _ name: String) -> String { "\(root)/\(folder)/\(name)" }

    func stem(_ name: String) -> String {
        if let dot = name.lastIndex(of: ".") { return String(name[..<dot]) }
        return name
    }

    /// Lists the content files of one folder; symlinks that leave the content folder are refused.
    private func listFolder(_ folder: String, rootReal: String) -> ([String], [Diagnostic]) {
        let dir = "\(root)/\(folder)"
        let ext = folder == "metrics" ? ".json" : ".md"
        let kind = io.kind(dir)
        if kind == .missing {
            if folder == "metrics" { return ([], []) }
            return ([], [.error(SourceLocation(path: dir), "folder `\(folder)` is missing from the content folder")])
        }
        guard let entries = try? io.listKinds(dir) else {
            return ([], [.error(SourceLocation(path: dir), "folder cannot be read")])
        }
        var out: [String] = []
        var diagnostics: [Diagnostic] = []
        for (name, kind) in entries.sorted(by: { $0.name < $1.name }) {
            if name.hasPrefix(".") { continue }
            let full = "\(dir)/\(name)"
            guard name.hasSuffix(ext) else {
                diagnostics.append(.warning(SourceLocation(path: full), "ignored: only \(ext) files are read in `\(folder)`"))
                continue
            }
            switch kind {
            case .file:
                out.append(name)
            case .symlink:
                guard let target = io.realPath(full) else {
                    diagnostics.append(.error(SourceLocation(path: full), "broken symbolic link"))
                    continue
                }
                guard target.hasPrefix(rootReal + "/") else {
                    diagnostics.append(.error(SourceLocation(path: full), "symbolic link points outside the content folder; content must live inside it"))
                    continue
                }
                guard io.kind(target) == .file else {
                    diagnostics.append(.error(SourceLocation(path: full), "symbolic link does not point to a regular file"))
                    continue
                }
                out.append(name)
            default:
                diagnostics.append(.warning(SourceLocation(path: full), "ignored: not a regular file"))
            }
        }
        return (out, diagnostics)
    }

    /// Reads and decodes one file.
    func readText(_ path: String) -> (SourceText?, [Diagnostic]) {
        do {
            let bytes = try io.read(path)
            if bytes.count > Self.maximumFileSize {
                return (nil, [.error(SourceLocation(path: path), "file is \(bytes.count / 1_048_576) MB; content files are limited to \(Self.maximumFileSize / 1_048_576) MB")])
            }
            if bytes.isEmpty {
                return (nil, [.error(SourceLocation(path: path), "file is empty")])
            }
            return SourceText.decode(bytes, path: path)
        } catch {
            return (nil, [.error(SourceLocation(path: path), "cannot read file: \(error)")])
        }
    }

    public static let maximumFileSize = 8 * 1_048_576

    private func checkDuplicateNames(_ models: [Model]) -> [Diagnostic] {
        var firstByName: [String: Model] = [:]
        var diagnostics: [Diagnostic] = []
        for model in models {
            let key = model.name.lowercased()
            if let first = firstByName[key] {
                diagnostics.append(.error(model.location, "model name \"\(model.name)\" is already used by \(first.location.path)"))
            } else {
                firstByName[key] = model
            }
        }
        return diagnostics
    }
}

/// Maps in parallel on all cores; results keep the input order so output stays deterministic.
public func parallelMap<T, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    // Each result is initialized in place, once: no optional per slot, no second array.
    return Array(unsafeUninitializedCapacity: items.count) { buffer, initialized in
        let base = buffer.baseAddress!
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            (base + index).initialize(to: transform(items[index]))
        }
        initialized = items.count
    }
}
