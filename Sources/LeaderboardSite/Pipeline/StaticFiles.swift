import LeaderboardCore
import LeaderboardOutput

/// `static/`: files copied to the site's root as they are (CNAME, robots.txt, favicon.ico, a
/// verification file). A missing folder means none. A file where the site writes its own pages
/// is an error, so a build never replaces a generated page with a stale copy, or the reverse.
public enum StaticFiles {
    /// Top-level names the build writes itself.
    static let reserved: Set<String> = ["index.html", "404.html", "sitemap.xml", "assets", "data", "models", "criteria",
                                        "benchmarks", "matrix", "compare", "head-to-head", "methodology"]

    public static func load(folder: String, io: FileIO) -> ([OutputFile], [Diagnostic]) {
        guard io.kind(folder) == .directory else { return ([], []) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : "\(folder)/\(relative)"
            guard let names = try? io.list(path) else {
                diagnostics.append(.error(SourceLocation(path: path), "folder cannot be read"))
                return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : "\(relative)/\(name)"
                if relative.isEmpty && reserved.contains(name) {
                    diagnostics.append(.error(SourceLocation(path: "\(folder)/\(child)"), "`\(child)` is where the build writes its own pages; a static file cannot take its place"))
                    continue
                }
                switch io.kind("\(folder)/\(child)") {
                case .directory: walk(child)
                case .file:
                    do { files.append(OutputFile(path: child, bytes: try io.read("\(folder)/\(child)"))) } catch {
                        diagnostics.append(.error(SourceLocation(path: "\(folder)/\(child)"), "cannot read: \(error)"))
                    }
                default:
                    diagnostics.append(.warning(SourceLocation(path: "\(folder)/\(child)"), "ignored: only regular files and folders are copied"))
                }
            }
        }
        walk("")
        return (files, diagnostics)
    }
}
