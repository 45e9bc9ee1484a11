// libFuzzer target: the located JSON parser, re-serialization, the metrics reader, and the flat
// metrics reader checked against it (whatever the flat reader accepts, the careful reader must
// read the same, without a diagnostic).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = SourceText.decode(bytes, path: "fuzz.json").0 else { return 0 }
    let benchmark = Benchmark(id: "tox", name: "Tox", criterion: "toxicity", direction: .target(0.5), low: 0, high: 1, chance: nil,
                              unit: "", setup: "", paper: nil, harness: [], summary: "", descriptionHTML: "",
                              location: SourceLocation(path: "b.md"))
    let flat = FlatMetricsReader.read(source.text, path: "fuzz.json", model: "m", benchmarks: ["tox": benchmark])
    switch JSONParser.parse(source.text) {
    case .success(let node):
        // What we write back must parse again.
        guard case .success = JSONParser.parse(node.serialized()) else { fatalError("serialized JSON does not parse") }
        var reader = MetricsReader(path: "fuzz.json", model: "m", benchmarks: ["tox": benchmark])
        let careful = reader.read(node)
        if let flat {
            let sorted = flat.sorted(by: Measurement.precedes)
            let repeated = zip(sorted, sorted.dropFirst()).contains { $0.isSameSeries(as: $1) }
            if !repeated && (!reader.diagnostics.isEmpty || careful != flat) { fatalError("the flat and careful metrics readers disagree") }
        }
    case .failure(let error):
        precondition(error.line >= 1 && error.column >= 1)
        if flat != nil { fatalError("the flat metrics reader accepted JSON that does not parse") }
    }
    return 0
}
