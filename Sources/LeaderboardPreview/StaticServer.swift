import Foundation
import LeaderboardCore
import LeaderboardSite

/// A small HTTP/1.1 file server for previews, bound to 127.0.0.1 only. It serves the output
/// folder and, while the last build failed, shows the errors at the top of every page.
///
/// Live reload: every HTML page it serves (never the built files) gets a script that listens to
/// `/__leaderboard/events` (server-sent events). After each build the server sends the build's
/// number and errors: a page reloads after a good build, and shows the errors in place after a
/// failed one.
public final class StaticServer: @unchecked Sendable {
    public let root: String
    public let port: UInt16
    private let lock = NSCondition()
    private var buildErrors: String?
    /// Counts finished builds (good or failed); pages carry the number they were served at.
    private var generation = 0
    private var listenFD: Int32 = -1
    /// Seconds between keep-alive comments on an idle event stream.
    var keepAlive: Double = 15

    public init(root: String, port: UInt16) {
        self.root = root
        self.port = port
    }

    /// Records a build's outcome (nil: it succeeded) and tells every open page.
    public func setBuildErrors(_ text: String?) {
        lock.lock()
        buildErrors = text
        generation += 1
        lock.broadcast()
        lock.unlock()
    }

    private func currentErrors() -> String? {
        lock.lock(); defer { lock.unlock() }
        return buildErrors
    }

    private func currentState() -> (generation: Int, errors: String?) {
        lock.lock(); defer { lock.unlock() }
        return (generation, buildErrors)
    }

    /// Binds and listens; throws when the port is taken.
    public func start() throws {
        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError(message: "cannot create a socket") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            close(fd)
            throw ServerError(message: "cannot listen on 127.0.0.1:\(port): \(String(cString: strerror(errno)))")
        }
        guard listen(fd, 64) == 0 else { close(fd); throw ServerError(message: "listen failed") }
        listenFD = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The port actually bound (the one asked for, or the system's pick for port 0).
    public var boundPort: UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listenFD, $0, &length) }
        }
        return ok == 0 ? UInt16(bigEndian: address.sin_port) : port
    }

    public struct ServerError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listenFD, nil, nil)
            if client < 0 { continue }
            // A thread per connection, not the shared pool: an event stream holds its thread
            // for as long as the page is open.
            let thread = Thread { [self] in
                handle(client)
                close(client)
            }
            thread.start()
        }
    }

    private func handle(_ fd: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 65536 {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            request += buffer[0..<n]
            if request.count >= 4, request.suffix(4) == [13, 10, 13, 10] { break }
            if let text = String(bytes: request, encoding: .utf8), text.contains("\r\n\r\n") { break }
        }
        guard let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first else { return }
        let parts = line.split(separator: " ")
        guard parts.count >= 2 else { return respond(fd, 400, "text/plain", Array("bad request".utf8)) }
        let method = parts[0]
        guard method == "GET" || method == "HEAD" else { return respond(fd, 405, "text/plain", Array("method not allowed".utf8)) }
        var path = String(parts[1])
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<q]) }
        path = path.removingPercentEncoding ?? path
        let segments = path.split(separator: "/")
        if segments.contains(where: { $0 == ".." || $0.hasPrefix(".") }) {
            return respond(fd, 404, "text/plain", Array("not found".utf8))
        }
        var file = root + "/" + segments.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            file += "/index.html"
        }
        let head = method == "HEAD"
        if path == Self.eventsPath { return streamEvents(fd) }
        if path == Self.scriptPath { return respond(fd, 200, "text/javascript; charset=utf-8", Array(Self.reloadScript.utf8), head: head) }
        if let data = FileManager.default.contents(atPath: file) {
            var bytes = [UInt8](data)
            let type = Self.contentType(file)
            if type.hasPrefix("text/html") { bytes = preview(bytes) }
            respond(fd, 200, type, bytes, head: head)
        } else if let data = FileManager.default.contents(atPath: root + "/404.html") {
            respond(fd, 404, "text/html; charset=utf-8", preview([UInt8](data)), head: head)
        } else {
            let errors = currentErrors().map { "Build failed:\n\n" + $0 } ?? "not found"
            respond(fd, 404, "text/plain; charset=utf-8", Array(errors.utf8), head: head)
        }
    }

    static let eventsPath = "/__leaderboard/events"
    static let scriptPath = "/__leaderboard/reload.js"

    /// A page as the preview serves it: the error banner while the last build failed, the
    /// live-reload script, and a policy that lets that script connect to this server.
    func preview(_ page: [UInt8]) -> [UInt8] {
        let state = currentState()
        var html = state.errors.map { inject($0, into: page) } ?? page
        // The built pages allow no connections (default-src 'none'); the preview allows its own.
        let policy = Array("default-src 'none';".utf8)
        if let range = html.firstRange(of: policy) {
            html.replaceSubrange(range, with: Array("default-src 'none'; connect-src 'self';".utf8))
        }
        let script = Array("<script src=\"\(Self.scriptPath)\" data-generation=\"\(state.generation)\"></script>\n".utf8)
        if let end = html.lastRange(of: Array("</body>".utf8)) {
            html.insert(contentsOf: script, at: end.lowerBound)
        } else {
            html += script
        }
        return html
    }

    /// Server-sent events: the current build at once, then each new one; a comment line every
    /// `keepAlive` seconds finds a closed page (the send fails) and ends the stream.
    private func streamEvents(_ fd: Int32) {
        let header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n"
        guard send(fd, Array(header.utf8)) else { return }
        var sent = -1
        while true {
            lock.lock()
            if generation == sent { _ = lock.wait(until: Date(timeIntervalSinceNow: keepAlive)) }
            let (current, errors) = (generation, buildErrors)
            lock.unlock()
            if current == sent {
                guard send(fd, Array(": still here\n\n".utf8)) else { return }
                continue
            }
            sent = current
            guard send(fd, Array(Self.event(generation: current, errors: errors).utf8)) else { return }
        }
    }

    /// One event: `{"generation": 3, "errors": "…"}` (errors null after a good build).
    static func event(generation: Int, errors: String?) -> String {
        let text = errors.map { "\"" + JSONNode.escape($0) + "\"" } ?? "null"
        return "data: {\"generation\": \(generation), \"errors\": \(text)}\n\n"
    }

    private func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            #if canImport(Glibc)
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            #else
            let n = bytes[sent...].withUnsafeBytes { Darwin.send(fd, $0.baseAddress, $0.count, 0) }
            #endif
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    /// Reloads after a good build; after a failed one, puts the errors at the top of the page
    /// without reloading (the page on screen is still the last good site).
    static let reloadScript = """
    (function () {
      "use strict";
      var me = document.currentScript;
      var served = Number(me && me.getAttribute("data-generation"));
      if (!window.EventSource) return;
      var source = new EventSource("\(eventsPath)");
      source.onmessage = function (message) {
        var state;
        try { state = JSON.parse(message.data); } catch (e) { return; }
        if (state.generation === served) return;
        served = state.generation;
        var banner = document.querySelector(".build-error");
        if (state.errors === null) { source.close(); location.reload(); return; }
        if (!banner) {
          banner = document.createElement("div");
          banner.className = "build-error";
          banner.setAttribute("role", "alert");
          document.body.insertBefore(banner, document.body.firstChild);
        }
        banner.textContent = "";
        var title = document.createElement("strong");
        title.textContent = "Build failed; this is the last good site.";
        var details = document.createElement("pre");
        details.textContent = state.errors;
        banner.appendChild(title);
        banner.appendChild(details);
      };
    })();

    """

    private func inject(_ errors: String, into page: [UInt8]) -> [UInt8] {
        let html = Array(page)
        let marker = Array("<body".utf8)
        guard let start = html.firstRange(of: marker), let close = html[start.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return page }
        let banner = "<div class=\"build-error\" role=\"alert\"><strong>Build failed; this is the last good site.</strong><pre>\(HTML.escape(errors))</pre></div>"
        return Array(html[...close]) + Array(banner.utf8) + Array(html[(close + 1)...])
    }

    private func respond(_ fd: Int32, _ status: Int, _ type: String, _ body: [UInt8], head: Bool = false) {
        let reason = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"][status] ?? "OK"
        let header = "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        var out = Array(header.utf8)
        if !head { out += body }
        _ = send(fd, out)
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        default: return "application/octet-stream"
        }
    }
}
