import LeaderboardCore
import LeaderboardOutput

/// The templates and assets of a theme folder, parsed and checked before anything is rendered.
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "index", "model", "criterion", "benchmark", "matrix", "compare", "methodology", "404"]
    public static let requiredAssets = ["style.css", "leaderboard.js"]

    let templates: [String: Template]
    public let assets: [OutputFile]

    /// Loads `folder`; every missing or broken template is a diagnostic naming the file and line.
    public static func load(folder: String, io: FileIO) -> (Theme?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard io.kind(folder) == .directory || io.realPath(folder).map({ io.kind($0) == .directory }) == true else {
            return (nil, [.error(SourceLocation(path: folder), "templates folder does not exist")])
        }
        var templates: [String: Template] = [:]
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
                templates[templateName] = try Template(source.text)
            } catch let error as Template.ParseError {
                diagnostics.append(.error(SourceLocation(path: path, line: error.line, column: error.column), "template does not parse: \(error.message)"))
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
        return (Theme(templates: templates, assets: assets), diagnostics)
    }

    /// Appends to `out`: how a page body goes straight into the layout's buffer. Taking the protocol
    /// statically avoids a runtime conformance lookup per page.
    func render(_ context: some TemplateRepresentable, template: String, into out: inout ByteBuffer) {
        templates[template]?.render(context.templateValue, partials: templates, into: &out)
    }
}
