// libFuzzer target: the front-matter splitter and UTF-8 decoder on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (source, _) = SourceText.decode(bytes, path: "fuzz.md")
    if let source {
        let (front, problem) = FrontMatter.split(source.text, path: "fuzz.md")
        if let front {
            precondition(front.bodyLineOffset >= 1)
            precondition(front.yaml.utf8.count + front.body.utf8.count <= source.text.utf8.count)
        } else {
            precondition(problem != nil)
        }
    }
    return 0
}
