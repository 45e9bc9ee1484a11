import ArgumentParser
import Foundation
import LeaderboardCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new leaderboard site in a folder.",
        discussion: """
        Writes leaderboard.yml, static/robots.txt, the four criteria (toxicity, factuality, bias,
        stereotypes), two benchmark definitions with their lm-evaluation-harness rules (CrowS-Pairs
        and the LAMBADA capability check it uses), and one example model with its metrics (Pythia
        410M, from EleutherAI's published harness run), all from the binary itself. The site builds at once with the built-in theme;
        `leaderboard theme eject` copies the theme out when you want to change it. Nothing that
        exists is overwritten.

        Examples:
          leaderboard init my-leaderboard --title "Safety of open models"
          cd my-leaderboard && leaderboard build
        """
    )

    @Argument(help: "The folder to create the site in (created if missing).")
    var folder: String

    @Option(help: "The site's title.")
    var title = "Values Leaderboard"

    func run() throws {
        var files = Defaults.files(under: "Starter")
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        files.append((SiteConfig.fileName, Array("""
        # The site's own settings; every field is optional.
        title: \(quoted)
        description: ""
        language: en
        # base_url: https://example.org/leaderboard/   # absolute; enables sitemap.xml and a 404 page that works at any depth
        # author: Your name or organization            # <meta name="author"> and the footer
        # nav:                                         # extra header links: a path inside the site, or an absolute URL
        #   - {label: About, url: about/index.html}
        # footer: "Data under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)."   # Markdown
        # minimum_opponents: 3                         # no rank or win rate from fewer opponents
        # default_sort: factuality                     # the leaderboard's first sort (a criterion id or rank, overall, coverage, ...)
        # page_size: 200                               # rows long tables show before "Show more"

        """.utf8)))
        files.append(("static/robots.txt", Array("User-agent: *\nAllow: /\n".utf8)))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let written = try Defaults.write(files, into: folder)
        print("Created \(written.count) files in \(folder):")
        for path in written { print("  \(path)") }
        print("""

        Next:
          cd \(folder)
          leaderboard build                 # writes Site/ with the built-in theme
          leaderboard new model "NAME"      # add a model; or import a harness run:
          leaderboard import lm-eval results.json --model SLUG
          leaderboard theme eject           # copy the theme to Templates/ to change it
        """)
    }
}

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in default theme.",
        subcommands: [ThemeEject.self]
    )
}

struct ThemeEject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy the built-in theme to a folder to edit it.",
        discussion: """
        A build reads Templates/ when it exists and the built-in theme otherwise. After ejecting,
        edit the templates and assets; nothing that exists is overwritten.

        Examples:
          leaderboard theme eject
          leaderboard theme eject --templates MyTheme
        """
    )

    @Option(help: "Where to write the theme.")
    var templates = "Templates"

    func run() throws {
        let written = try Defaults.write(Defaults.files(under: "Templates"), into: templates)
        print("Wrote the default theme (\(written.count) files) to \(templates)/")
    }
}
