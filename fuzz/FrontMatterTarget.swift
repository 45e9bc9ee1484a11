// libFuzzer target: the front-matter splitter, the flat front-matter reader and the UTF-8
// decoder on arbitrary bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (source, _) = SourceText.decode(bytes, path: "fuzz.md")
    if let source {
        let (front, problem) = FrontMatter.split(source.text, path: "fuzz.md")
        if let front {
            precondition(front.bodyLineOffset >= 1)
            precondition(front.yaml.utf8.count + front.body.utf8.count <= source.text.utf8.count)
            // Whatever the flat reader accepts has one member per line, with positions on those lines.
            if let members = FlatFrontMatter.read(front.yaml) {
                let lines = front.yaml.split(separator: "\n", omittingEmptySubsequences: false).count
                precondition(!members.isEmpty && members.count <= lines)
                for member in members { precondition((member.value.line ?? 0) >= 1 && member.value.column >= 1) }
            }
        } else {
            precondition(problem != nil)
        }
    }
    return 0
}
