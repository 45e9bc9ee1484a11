import LeaderboardCore
import Mustache

/// The templates and assets of a theme folder, parsed and checked before anything is rendered.
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "index", "model", "criterion", "benchmark", "matrix", "compare", "methodology", "404"]
    public static let requiredAssets = ["style.css", "leaderboard.js"]

    let library: MustacheLibrary
    public let assets: [OutputFile]

    /// Loads `folder`; every missing or broken template is a diagnostic naming the file and line.
    public static func load(folder: String, io: FileIO) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard io.kind(folder) == .directory || io.realPath(folder).map({ io.kind($0) == .directory }) == true else {
            return (nil, [.error(SourceLocation(path: folder), "templates folder does not exist")])
        }
        var library = MustacheLibrary()
        let names = ((try? io.list(folder)) ?? []).sorted()
        for name in names where name.hasSuffix(".mustache") {
            let path = "\(folder)/\(name)"
            let templateName = String(name.dropLast(".mustache".count))
            guard let bytes = try? io.read(path) else {
                diagnostics.append(.error(SourceLocation(path: path), "cannot read template"))
                continue
            }
            let (source, problems) = SourceText.decode(bytes, path: path)
            diagnostics += problems
            guard let source else { continue }
            do {
                library.register(try MustacheTemplate(string: source.text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(SourceLocation(path: path, line: error.context.lineNumber, column: byteColumn(error.context.line, error.context.columnNumber)),
                                          "template does not parse: \(describe(error.error)) near `\(error.context.line.trimmingCharacters())`"))
            } catch {
                diagnostics.append(.error(SourceLocation(path: path), "template does not parse: \(error)"))
            }
        }
        for required in requiredTemplates where !names.contains("\(required).mustache") {
            diagnostics.append(.error(SourceLocation(path: "\(folder)/\(required).mustache"), "required template is missing; copy it from the default theme"))
        }
        var assets: [OutputFile] = []
        let assetFolder = "\(folder)/assets"
        let assetNames = ((try? io.list(assetFolder)) ?? []).sorted()
        for required in requiredAssets where !assetNames.contains(required) {
            diagnostics.append(.error(SourceLocation(path: "\(assetFolder)/\(required)"), "required asset is missing; copy it from the default theme"))
        }
        for name in assetNames where !name.hasPrefix(".") && io.kind("\(assetFolder)/\(name)") == .file {
            if let bytes = try? io.read("\(assetFolder)/\(name)") {
                assets.append(OutputFile(path: "assets/\(name)", bytes: bytes))
            }
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (Theme(library: library, assets: assets), diagnostics)
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the open section"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        default: return "\(error)"
        }
    }

    private static func byteColumn(_ line: String, _ characterColumn: Int) -> Int {
        var bytes = 0
        for (i, c) in line.enumerated() where i < characterColumn - 1 { bytes += c.utf8.count }
        return bytes + 1
    }

    func render(_ context: Any, template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
