import ArgumentParser
import Foundation
import LeaderboardCore

/// Entry point. Maps outcomes onto the documented exit statuses:
/// 0 success, 1 content errors, 2 usage errors.
@main
enum Main {
    static func main() {
        do {
            var command = try Leaderboard.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Leaderboard.exitCode(for: error)
            if code == .success {
                print(Leaderboard.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((Leaderboard.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}

struct Leaderboard: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Build a multi-criteria values leaderboard of language models from Markdown and JSON.",
        discussion: """
        Content lives in Content/ (criteria, benchmarks, models, metrics), the theme in Templates/,
        and the site is written to Site/. Exit status: 0 success, 1 content errors, 2 usage errors.

        Examples:
          leaderboard init my-leaderboard
          leaderboard build
          leaderboard check
          leaderboard new model "Falcon 7B"
          leaderboard import lm-eval results.json --model pythia-12b
          leaderboard serve --port 8000
        """,
        version: version,
        subcommands: [Init.self, Build.self, Check.self, New.self, Import.self, Serve.self, ThemeCommand.self]
    )
}

/// The folder options every command shares.
struct Folders: ParsableArguments {
    @Option(help: "Content folder (criteria, benchmarks, models, metrics).")
    var content = "Content"

    @Option(help: "Templates folder (Mustache templates and assets).")
    var templates = "Templates"

    @Option(help: "Output folder for the built site.")
    var output = "Site"

    @Option(help: "Site configuration (title, description, base_url, language); defaults apply when it is missing.")
    var config = SiteConfig.fileName

    @Option(name: .customLong("static"), help: "Files copied to the site root as they are (CNAME, robots.txt, favicon.ico).")
    var staticFolder = "static"
}

enum Terminal {
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func err(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
