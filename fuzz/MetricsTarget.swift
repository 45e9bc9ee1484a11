// libFuzzer target: the located JSON parser, re-serialization, and the metrics reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = SourceText.decode(bytes, path: "fuzz.json").0 else { return 0 }
    switch JSONParser.parse(source.text) {
    case .success(let node):
        // What we write back must parse again.
        guard case .success = JSONParser.parse(node.serialized()) else { fatalError("serialized JSON does not parse") }
        let benchmark = Benchmark(id: "tox", name: "Tox", criterion: "toxicity", direction: .target(0.5), low: 0, high: 1, chance: nil,
                                  unit: "", setup: "", paper: nil, harness: [], summary: "", descriptionHTML: "",
                                  location: SourceLocation(path: "b.md"))
        var reader = MetricsReader(path: "fuzz.json", model: "m", benchmarks: ["tox": benchmark])
        _ = reader.read(node)
    case .failure(let error):
        precondition(error.line >= 1 && error.column >= 1)
    }
    return 0
}
