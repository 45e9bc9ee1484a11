/// An lm-evaluation-harness output folder (`--output_path`): one sub-folder per model, named
/// after it (`EleutherAI__pythia-160m`), holding `results_<timestamp>.json` per run. The import
/// reads the newest run of the model it is for.
public enum ResultsFolder {
    public struct Problem: Error, Equatable {
        public var message: String
    }

    /// `files` are paths relative to the folder. Returns the chosen file's relative path.
    public static func choose(_ files: [String], model: String) -> Result<String, Problem> {
        let runs = files.filter { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return name.hasPrefix("results") && name.hasSuffix(".json")
        }
        guard !runs.isEmpty else {
            return .failure(Problem(message: "no results_*.json in this folder: not an lm-evaluation-harness output folder"))
        }
        func folder(_ path: String) -> String { path.split(separator: "/").dropLast().joined(separator: "/") }
        var byFolder: [String: [String]] = [:]
        for run in runs { byFolder[folder(run), default: []].append(run) }
        var folders = byFolder.keys.sorted()
        if folders.count > 1 {
            // Several models: the one whose folder name fits the model being imported.
            let fitting = folders.filter { ModelNameMatch.matches($0.split(separator: "/").last.map(String.init) ?? $0, slug: model) }
            guard fitting.count == 1 else {
                let listed = folders.map { $0.isEmpty ? "." : $0 }.joined(separator: ", ")
                return .failure(Problem(message: "runs of several models here (\(listed)); \(fitting.isEmpty ? "none" : "more than one") fits `\(model)`: pass the model's own folder or file"))
            }
            folders = fitting
        }
        // Timestamps in the names sort as text (results_2024-05-20T12-34-56.123456.json).
        return .success(byFolder[folders[0]]!.max()!)
    }
}
