import Foundation
import PackagePlugin

/// Embeds the package's default theme (Templates/) and the starter content that `leaderboard init`
/// writes (Starter/) into the executable as a generated source file.
@main
struct EmbedDefaults: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [(name: String, url: URL)] = []
        for folder in ["Templates", "Starter"] {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = url.path.dropFirst(base.path.count + 1)
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                inputs.append(("\(folder)/\(relative)", url))
            }
        }
        inputs.sort { $0.name < $1.name }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDefaults.swift")
        return [.buildCommand(
            displayName: "Embedding the default theme and starter content",
            executable: try context.tool(named: "DefaultsEmbedder").url,
            arguments: [output.path] + inputs.map { "\($0.name)=\($0.url.path)" },
            inputFiles: inputs.map(\.url),
            outputFiles: [output]
        )]
    }
}
