// libFuzzer target: the lm-evaluation-harness importer on arbitrary results files.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = SourceText.decode(bytes, path: "r.json").0 else { return 0 }
    let rules = [HarnessRule(task: "crows_pairs_english", isPrefix: false, metric: "pct_stereotype", variant: nil),
                 HarnessRule(task: "crows_pairs_english_", isPrefix: true, metric: "pct_stereotype", variant: nil),
                 HarnessRule(task: "truthfulqa_mc", isPrefix: false, metric: "mc1", variant: "mc1")]
    let benchmark = Benchmark(id: "b", name: "B", criterion: "c", direction: .higher, low: 0, high: 1, chance: nil,
                              unit: "", setup: "", paper: nil, harness: rules, summary: "", descriptionHTML: "",
                              location: SourceLocation(path: "b.md"))
    let outcome = HarnessImporter(benchmarks: [benchmark], model: "m").read(text: source.text, path: "r.json", fileName: "r.json")
    for m in outcome.measurements { precondition(m.value! >= 0 && m.value! <= 1) }
    let merged = MetricsMerge.merge(existing: JSONNode(value: .object([]), line: 0, column: 0), imported: outcome.measurements, replace: false)
    guard case .success = JSONParser.parse(merged.text) else { fatalError("merged metrics do not parse") }
    return 0
}
