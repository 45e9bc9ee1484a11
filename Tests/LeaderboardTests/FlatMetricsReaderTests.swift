import Foundation
import Testing
@testable import LeaderboardCore

/// The flat metrics reader may only ever answer what the careful reader answers without a
/// diagnostic; anything else it must hand back (nil).
@Suite struct FlatMetricsReaderTests {
    static let seedBenchmarks: [String: Benchmark] = {
        let (content, _) = ContentLoader(root: Support.seedContent).load()
        return Dictionary(uniqueKeysWithValues: content.benchmarks.map { ($0.id, $0) })
    }()

    static let minimalBenchmarks: [String: Benchmark] = {
        let (content, _) = ContentLoader(io: .memory(Support.minimalContent()), root: "Content").load()
        return Dictionary(uniqueKeysWithValues: content.benchmarks.map { ($0.id, $0) })
    }()

    /// Whether the flat reader took the file; fails the test if it disagrees with the careful one.
    @discardableResult
    static func agree(_ text: String, _ benchmarks: [String: Benchmark], _ label: String) -> Bool {
        let flat = FlatMetricsReader.read(text, path: "m.json", model: "m", benchmarks: benchmarks)
        var careful: [LeaderboardCore.Measurement] = []
        var diagnostics: [Diagnostic] = []
        switch JSONParser.parse(text) {
        case .success(let root):
            var reader = MetricsReader(path: "m.json", model: "m", benchmarks: benchmarks)
            careful = reader.read(root)
            diagnostics = reader.diagnostics
        case .failure(let error):
            diagnostics = [.error(SourceLocation(path: "m.json", line: error.line, column: error.column), error.message)]
        }
        guard let flat else { return false }
        // A repeated series is left to the loader's adjacent check after sorting.
        let sorted = flat.sorted(by: LeaderboardCore.Measurement.precedes)
        if zip(sorted, sorted.dropFirst()).contains(where: { $0.isSameSeries(as: $1) }) {
            #expect(!diagnostics.isEmpty, "\(label): duplicate series without a diagnostic")
            return false
        }
        #expect(diagnostics.isEmpty, "\(label): flat reader accepted a file with diagnostics: \(diagnostics)")
        #expect(flat == careful, "\(label): readers disagree")
        return true
    }

    static func metricsFiles(under folder: String) -> [String] {
        let names = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix(".json") && $0.contains("metrics/") }.sorted().map { folder + "/" + $0 }
    }

    @Test func seedFilesAgreeAndMostTakeTheFlatPath() throws {
        var taken = 0
        let files = Self.metricsFiles(under: Support.seedContent)
        #expect(files.count >= 20)
        for file in files {
            if Self.agree(try String(contentsOfFile: file, encoding: .utf8), Self.seedBenchmarks, file) { taken += 1 }
        }
        #expect(taken * 2 >= files.count, "only \(taken) of \(files.count) seed files took the flat path")
    }

    /// The fuzzing seed uses every field (harness, variant, qualitative, subsets, $schema).
    @Test func everyFieldTakesTheFlatPath() throws {
        let text = try String(contentsOfFile: Support.packageRoot + "/fuzz/seeds/metrics-tox.json", encoding: .utf8)
        #expect(Self.agree(text, Self.minimalBenchmarks, "metrics-tox.json"))
        let flat = FlatMetricsReader.read(text, path: "m.json", model: "m", benchmarks: Self.minimalBenchmarks) ?? []
        #expect(flat.count == 4)
        #expect(flat.contains { $0.harness?.modelArgs == "pretrained=x" && $0.rawValue == "1" })
    }

    @Test func badFixturesAreHandedBack() throws {
        // The `json-` cases each hold one problem inside a metrics file (the others are about other files).
        let files = Self.metricsFiles(under: Support.fixtures + "/bad").filter { $0.contains("/bad/json-") }
        #expect(files.count >= 15)
        for file in files {
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            #expect(!Self.agree(text, Self.minimalBenchmarks, file), "\(file) took the flat path")
        }
    }

    /// Each edit turns a clean seed file into one the careful reader has something to say about,
    /// or into a variant both must read alike.
    @Test func editedSeedFilesAgree() throws {
        let edits: [(String, String)] = [
            ("\"value\": ", "\"value\": null, \"x\": "), ("\"value\": ", "\"value\": -"), ("\"value\": ", "\"value\": 1e2, \"v\": "),
            ("\"value\": ", "\"stderr\": -1, \"value\": "), ("\"title\": \"", "\"title\": \" "), ("\"title\": \"", "\"title\": \"\\u0041"),
            ("\"kind\": \"", "\"kind\": \"x"), ("\"locator\": \"", "\"locator\": \"\t"), ("\"benchmark\": \"", "\"benchmark\": \"zz"),
            ("\"source\": {", "\"source\": {\"extra\": 1, "), ("\"source\": {", "\"harness\": {\"file\": \"f\"}, \"source\": {"),
            ("\"measurements\"", "\"note\": 1, \"measurements\""), ("{\"benchmark\"", "{\"n_shot\": 2.5, \"benchmark\""),
            ("{\"benchmark\"", "{\"n_shot\": 3, \"benchmark\""), ("{\"benchmark\"", "{\"subset\": \"a b\", \"benchmark\""),
            ("{\"benchmark\"", "{\"qualitative\": \"figure 2\", \"benchmark\""), ("{\"benchmark\"", "{\"benchmark\": \"x\", \"benchmark\""),
            ("\"url\": \"https:", "\"url\": \"javascript:"), ("\"url\": \"", "\"url\": \"\", \"u\": \""), ("]", ", ]"), ("}", "} "),
        ]
        var checked = 0
        for file in Self.metricsFiles(under: Support.seedContent) {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for (from, to) in edits {
                guard let range = text.range(of: from) else { continue }
                Self.agree(text.replacingCharacters(in: range, with: to), Self.seedBenchmarks, "\(file) with \(to)")
                checked += 1
            }
        }
        #expect(checked >= 200)
    }
}
