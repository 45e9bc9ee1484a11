import ArgumentParser
import Foundation
import LeaderboardCore
import LeaderboardOutput
import LeaderboardSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content and build the site.",
        discussion: """
        Nothing is written when the content has errors: the previous site stays exactly as it was.
        A successful build is written to a temporary folder and swapped in at the end.

        Examples:
          leaderboard build
          leaderboard build --output public --base-url https://example.org/leaderboard/
        """
    )

    @OptionGroup var folders: Folders

    @Option(help: "Absolute URL the site is published at; used for sitemap.xml only.")
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print nothing but problems.")
    var quiet = false

    @Flag(help: "Print how long each phase took (load, templates, score, render and write, swap) to stderr.")
    var timings = false

    func run() throws {
        let start = DispatchTime.now()
        var pipeline = BuildPipeline(content: folders.content, templates: folders.templates, output: folders.output, baseURL: baseURL, config: folders.config, static: folders.staticFolder)
        pipeline.keepsLoadedContent = true
        pipeline.useDefaultThemeIfMissing()
        let progress = Progress(enabled: !quiet && Terminal.stderrIsTerminal, timings: timings)
        let result: BuildPipeline.Result
        do {
            result = try pipeline.build(progress: progress.phase)
        } catch let refusal as SiteWriter.Refusal {
            progress.clear()
            Terminal.error(refusal.description)
            throw ExitCode(2)
        } catch {
            progress.clear()
            Terminal.error("could not write the site: \(error)")
            throw ExitCode(1)
        }
        progress.clear()
        progress.printTimings()
        report(result.diagnostics, quiet: quiet)
        if result.diagnostics.hasErrors {
            Terminal.err("build failed: \(DiagnosticPrinter().summary(result.diagnostics)); \(folders.output) was not changed")
            throw ExitCode(1)
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            print("Built \(result.modelCount) model\(result.modelCount == 1 ? "" : "s"), \(result.pageCount) pages in \(NumberFormat.fixed(seconds, decimals: 2)) s → \(folders.output)")
        }
    }
}

func report(_ diagnostics: [Diagnostic], quiet: Bool) {
    let printer = DiagnosticPrinter(color: Terminal.stderrIsTerminal)
    for d in diagnostics where !(quiet && d.severity == .warning) {
        Terminal.err(printer.format(d))
    }
}

/// Phase and count on one terminal line; silent when stderr is not a terminal. With `timings`,
/// remembers when each phase started and prints the durations at the end: wall time, and the
/// process's CPU time (user + system, all threads), whose ratio says how many cores a phase kept busy.
final class Progress {
    let enabled: Bool
    let timings: Bool
    private var phases: [(name: String, start: UInt64, cpu: Double)] = []

    init(enabled: Bool, timings: Bool = false) {
        self.enabled = enabled
        self.timings = timings
    }

    func phase(_ text: String) {
        if timings { phases.append((text, DispatchTime.now().uptimeNanoseconds, Self.cpuSeconds())) }
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)…".utf8))
    }

    func printTimings() {
        guard timings, !phases.isEmpty else { return }
        let end = DispatchTime.now().uptimeNanoseconds, endCPU = Self.cpuSeconds()
        for (i, phase) in phases.enumerated() {
            let stop = i + 1 < phases.count ? phases[i + 1].start : end
            let stopCPU = i + 1 < phases.count ? phases[i + 1].cpu : endCPU
            let seconds = Double(stop - phase.start) / 1e9
            Terminal.err("\(NumberFormat.fixed(seconds, decimals: 3)) s  (CPU \(NumberFormat.fixed(stopCPU - phase.cpu, decimals: 3)) s)  \(phase.name)")
        }
    }

    /// User plus system time of the whole process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
