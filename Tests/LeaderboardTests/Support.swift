import Foundation
import LeaderboardCore
@testable import LeaderboardSite

/// Paths and small content builders shared by the tests.
enum Support {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var templates: String { packageRoot + "/Templates" }
    static var seedContent: String { packageRoot + "/Content" }
    static var fixtures: String { packageRoot + "/Tests/LeaderboardTests/Fixtures" }
    static var sharedFixtures: String { fixtures + "/lm-eval" }

    /// The release or debug binary built by `swift build`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["LEADERBOARD_BIN"] { return path }
        for candidate in [".build/debug/leaderboard", ".build/release/leaderboard"] {
            let path = packageRoot + "/" + candidate
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return packageRoot + "/.build/debug/leaderboard"
    }

    static let criterion = { (id: String, name: String, order: Int) in
        "---\nname: \(name)\norder: \(order)\n---\n\nWhat \(name.lowercased()) measures.\n"
    }

    /// A small valid content folder, keyed by path under `Content`.
    static func minimalContent() -> [String: String] {
        [
            "Content/criteria/toxicity.md": criterion("toxicity", "Toxicity", 1),
            "Content/criteria/factuality.md": criterion("factuality", "Factuality", 2),
            "Content/benchmarks/tox.md": "---\nname: Tox\ncriterion: toxicity\ndirection: lower\nrange: [0, 1]\n---\n\nA toxicity test.\n",
            "Content/benchmarks/truth.md": "---\nname: Truth\ncriterion: factuality\ndirection: higher\nrange: [0, 100]\nchance: 25\n---\n\nA truth test.\n",
            "Content/models/alpha.md": "---\nname: Alpha\norganization: Lab A\nalignment: [reward-model]\npaper: https://example.org/alpha\n---\n\nAlpha is a model.\n\n## Toxicity\n\nAlpha was tested.\n",
            "Content/models/beta.md": "---\nname: Beta\nalignment: none\npaper: none\n---\n\nBeta has no paper.\n",
            "Content/metrics/alpha.json": """
            {"measurements": [
              {"benchmark": "tox", "value": 0.25, "source": {"title": "Alpha paper", "url": "https://example.org/alpha", "locator": "Table 1", "kind": "paper"}},
              {"benchmark": "truth", "value": 62.5, "source": {"title": "Alpha paper", "locator": "Table 2", "kind": "paper"}}
            ]}
            """,
            "Content/metrics/beta.json": """
            {"measurements": [
              {"benchmark": "truth", "qualitative": "Shown in Figure 3 only", "source": {"title": "Blog", "url": "https://example.org/beta", "locator": "Figure 3", "kind": "model-card"}}
            ]}
            """,
        ]
    }

    static func load(_ files: [String: String]) -> (Content, [Diagnostic]) {
        ContentLoader(io: .memory(files), root: "Content").load()
    }

    static func theme() throws -> Theme {
        let (theme, diagnostics) = Theme.load(folder: templates, io: .disk)
        guard let theme else { throw TestFailure(message: diagnostics.map(\.description).joined(separator: "\n")) }
        return theme
    }

    static func render(_ files: [String: String]) throws -> [String: String] {
        let (content, diagnostics) = load(files)
        if diagnostics.hasErrors { throw TestFailure(message: diagnostics.map(\.description).joined(separator: "\n")) }
        let output = SiteBuilder(scoreboard: Scoreboard(content: content), theme: try theme()).build()
        return Dictionary(uniqueKeysWithValues: output.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "leaderboard-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ files: [String: String], under root: String) throws {
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the real binary in `directory` and waits for it. Uses posix_spawn and waitpid rather
    /// than Foundation's Process, whose exit monitoring can hang when tests run in parallel.
    static func run(_ arguments: [String], in directory: String, launcher: [String] = [], executable: String? = nil) throws -> Run {
        let outPath = NSTemporaryDirectory() + "lb-out-" + UUID().uuidString
        let errPath = NSTemporaryDirectory() + "lb-err-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: outPath); try? FileManager.default.removeItem(atPath: errPath) }
        let pid = try spawn(arguments, in: directory, stdout: outPath, stderr: errPath, launcher: launcher, executable: executable)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let outData = FileManager.default.contents(atPath: outPath) ?? Data()
        let errData = FileManager.default.contents(atPath: errPath) ?? Data()
        return Run(status: code, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts the binary without waiting; output goes to the given files (or /dev/null).
    static func spawn(_ arguments: [String], in directory: String, stdout: String = "/dev/null", stderr: String = "/dev/null", launcher: [String] = [],
                      executable: String? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // The child runs in `directory`: spawn a shell-free `cd` by passing the directory through chdir in a wrapper.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + launcher + [executable ?? binary] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        // Test threads block signals, and a spawned child inherits the mask: reset it, or the
        // child could never be stopped with SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGTERM)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, environ)
        guard result == 0 else { throw TestFailure(message: "posix_spawn failed: \(result)") }
        return pid
    }

    /// A plain HTTP/1.1 GET over a socket, with a timeout (Foundation's loader can block in tests).
    /// A TCP connection to 127.0.0.1:`port`, or nil; the caller closes it.
    static func connectLoopback(port: UInt16) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        return fd
    }

    static func httpGet(port: UInt16, path: String) -> String? {
        guard let fd = connectLoopback(port: port) else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 200"), let body = text.range(of: "\r\n\r\n") else { return nil }
        return String(text[body.upperBound...])
    }

    /// Every file under `folder` with its bytes, for byte-identical comparisons.
    static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: folder) else { return out }
        while let item = e.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + item, isDirectory: &isDir), !isDir.boolValue {
                out[item] = FileManager.default.contents(atPath: folder + "/" + item)
            }
        }
        return out
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
