import Foundation
/// Prints diagnostics like a compiler: the location line, the offending source line, a caret.
public struct DiagnosticPrinter {
    public var io: FileIO
    public var color: Bool

    public init(io: FileIO = .disk, color: Bool = false) {
        self.io = io
        self.color = color
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        if color {
            let tint = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;35m"
            text = text.replacingFirst("\(diagnostic.severity.rawValue):", with: "\(tint)\(diagnostic.severity.rawValue):\u{1B}[0m")
        }
        guard let line = sourceLine(diagnostic.location) else { return text }
        let shown = String(decoding: line.prefix(200), as: UTF8.self)
        let caretOffset = min(max(0, diagnostic.location.column - 1), line.count)
        // Keep tabs so the caret lines up under the same byte in a terminal.
        let pad = String(decoding: line.prefix(caretOffset).map { $0 == 0x09 ? 0x09 : 0x20 }, as: UTF8.self)
        return text + "\n    " + shown + "\n    " + pad + "^"
    }

    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private func sourceLine(_ location: SourceLocation) -> [UInt8]? {
        guard io.kind(location.path) == .file || io.kind(location.path) == .symlink,
              let bytes = try? io.read(location.path), bytes.count <= ContentLoader.maximumFileSize else { return nil }
        var line = 1
        var start = 0
        var i = 0
        while i < bytes.count && line < location.line {
            if bytes[i] == 0x0A { line += 1; start = i + 1 }
            i += 1
        }
        guard line == location.line, start < bytes.count || location.line == 1 else { return nil }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        var slice = Array(bytes[start..<end])
        if location.line == 1 && slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice.removeFirst(3) }
        guard SourceText.firstInvalidUTF8(slice[...]) == nil, !slice.isEmpty else { return nil }
        return slice
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
