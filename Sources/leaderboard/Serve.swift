import ArgumentParser
import Foundation
import LeaderboardCore
import LeaderboardOutput
import LeaderboardPreview
import LeaderboardSite

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site on 127.0.0.1 and rebuild when content or templates change.",
        discussion: """
        A failed rebuild prints its errors here and shows them at the top of every page, while the
        last good site keeps being served. Open pages reload themselves after a good rebuild and show
        the errors of a failed one without reloading (a script the server adds to the pages it sends;
        the files in the output folder never hold it). Stop with Ctrl-C.

        Examples:
          leaderboard serve
          leaderboard serve --port 8080
        """
    )

    @OptionGroup var folders: Folders

    @Option(help: "Port on 127.0.0.1.")
    var port: UInt16 = 8000

    @Option(help: "Seconds between checks for changes.")
    var interval: Double = 0.5

    func run() throws {
        var pipeline = BuildPipeline(content: folders.content, templates: folders.templates, output: folders.output, config: folders.config, static: folders.staticFolder)
        pipeline.useDefaultThemeIfMissing()
        let server = StaticServer(root: folders.output, port: port)
        // Warnings already printed are not printed again on every rebuild; errors always are.
        var printedWarnings = Set<String>()
        func rebuild() {
            let start = DispatchTime.now()
            do {
                let result = try pipeline.build()
                let warnings = Set(result.diagnostics.filter { $0.severity != .error }.map(\.description))
                let fresh = result.diagnostics.filter { $0.severity == .error || !printedWarnings.contains($0.description) }
                report(fresh, quiet: false)
                let repeated = warnings.intersection(printedWarnings).count
                if repeated > 0 { print("(\(repeated) warning\(repeated == 1 ? "" : "s") as before, not repeated)") }
                printedWarnings = warnings
                if result.diagnostics.hasErrors {
                    let text = result.diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
                    server.setBuildErrors(text)
                    Terminal.err("build failed: \(DiagnosticPrinter().summary(result.diagnostics)); still serving the last good site")
                } else {
                    server.setBuildErrors(nil)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                    print("Built \(result.modelCount) model\(result.modelCount == 1 ? "" : "s"), \(result.pageCount) pages in \(NumberFormat.fixed(seconds, decimals: 2)) s")
                }
            } catch let refusal as SiteWriter.Refusal {
                Terminal.error(refusal.description)
                Foundation.exit(2)
            } catch {
                server.setBuildErrors("could not write the site: \(error)")
                Terminal.error("could not write the site: \(error)")
            }
            fflush(stdout)
        }
        // The port is checked before the first build: a busy port fails at once, not after it.
        do { try server.start() } catch {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        rebuild()
        print("Serving \(folders.output) at http://127.0.0.1:\(port)/ — watching \(folders.content), \(folders.templates) and \(folders.config)")
        fflush(stdout)
        var fingerprint = TreeFingerprint.of([folders.content, folders.templates, folders.config, folders.staticFolder])
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = TreeFingerprint.of([folders.content, folders.templates, folders.config, folders.staticFolder])
            if now != fingerprint {
                fingerprint = now
                print("Change detected; rebuilding")
                rebuild()
            }
        }
    }
}
