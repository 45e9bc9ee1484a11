import PackagePlugin

/// Generates the template tables of a target's view structs (every Swift file in a `Views` folder)
/// into one source file, so a template field is declared only in its view struct.
@main
struct ViewTables: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let views = target.sourceFiles(withSuffix: "swift")
            .map(\.url)
            .filter { $0.pathComponents.contains("Views") }
            .sorted { $0.path < $1.path }
        guard !views.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "ViewTables.swift")
        return [.buildCommand(
            displayName: "Generating view tables for \(target.name)",
            executable: try context.tool(named: "ViewTableGenerator").url,
            arguments: [output.path] + views.map(\.path),
            inputFiles: views,
            outputFiles: [output]
        )]
    }
}
