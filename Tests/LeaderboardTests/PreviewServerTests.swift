import Foundation
import Testing
@testable import LeaderboardPreview

/// Live reload in `serve`: pages carry the script, the event stream reports each build.
@Suite struct PreviewServerTests {
    /// Reads an event stream on its own thread, so a test can act and then look at what arrived.
    final class StreamReader: @unchecked Sendable {
        private let lock = NSLock()
        private var received: [UInt8] = []
        let fd: Int32

        init?(port: UInt16, path: String) {
            guard let fd = Support.connectLoopback(port: port) else { return nil }
            self.fd = fd
            let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
            Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                    if n <= 0 { return }
                    lock.lock(); received += buffer[0..<n]; lock.unlock()
                }
            }.start()
        }

        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: received, as: UTF8.self) }

        func waitFor(_ fragment: String) -> Bool {
            for _ in 0..<50 { if text.contains(fragment) { return true }; Thread.sleep(forTimeInterval: 0.1) }
            return false
        }

        deinit { close(fd) }
    }

    static func server() throws -> (StaticServer, String) {
        let root = NSTemporaryDirectory() + "preview-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let page = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'\"></head><body class=\"x\"><p>Hi</p></body></html>"
        try page.write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        let server = StaticServer(root: root, port: 0)
        try server.start()
        return (server, root)
    }

    @Test func pagesCarryTheScriptAndMayConnect() throws {
        let (server, root) = try Self.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        server.setBuildErrors(nil)
        let page = try #require(Support.httpGet(port: server.boundPort, path: "/"))
        #expect(page.contains("<script src=\"/__leaderboard/reload.js\" data-generation=\"1\"></script>\n</body>"))
        #expect(page.contains("content=\"default-src 'none'; connect-src 'self'; script-src 'self'\""))
        // The file on disk is the built page, untouched: the script exists only in the preview.
        #expect(try String(contentsOfFile: root + "/index.html", encoding: .utf8).contains("__leaderboard") == false)
        let script = try #require(Support.httpGet(port: server.boundPort, path: "/__leaderboard/reload.js"))
        #expect(script.contains("new EventSource(\"/__leaderboard/events\")") && script.contains("location.reload()"))
    }

    @Test func eachBuildIsAnEvent() throws {
        let (server, root) = try Self.server()
        defer { try? FileManager.default.removeItem(atPath: root) }
        server.setBuildErrors(nil)
        let stream = try #require(StreamReader(port: server.boundPort, path: "/__leaderboard/events"))
        #expect(stream.waitFor("data: {\"generation\": 1, \"errors\": null}\n\n"))
        #expect(stream.text.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream"))
        server.setBuildErrors("Content/models/a.md:2:7: error: \"name\" is empty")
        #expect(stream.waitFor("data: {\"generation\": 2, \"errors\": \"Content/models/a.md:2:7: error: \\\"name\\\" is empty\"}\n\n"))
        // While the build is broken, a page loaded afresh shows the banner and the new number.
        let page = try #require(Support.httpGet(port: server.boundPort, path: "/"))
        #expect(page.contains("Build failed; this is the last good site.") && page.contains("data-generation=\"2\""))
        server.setBuildErrors(nil)
        #expect(stream.waitFor("data: {\"generation\": 3, \"errors\": null}\n\n"))
    }
}
