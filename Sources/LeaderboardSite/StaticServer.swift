import Foundation

/// A small HTTP/1.1 file server for previews, bound to 127.0.0.1 only. It serves the output
/// folder and, while the last build failed, shows the errors at the top of every page.
public final class StaticServer: @unchecked Sendable {
    public let root: String
    public let port: UInt16
    private let lock = NSLock()
    private var buildErrors: String?
    private var listenFD: Int32 = -1

    public init(root: String, port: UInt16) {
        self.root = root
        self.port = port
    }

    public func setBuildErrors(_ text: String?) {
        lock.lock(); buildErrors = text; lock.unlock()
    }

    private func currentErrors() -> String? {
        lock.lock(); defer { lock.unlock() }
        return buildErrors
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

    public struct ServerError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listenFD, nil, nil)
            if client < 0 { continue }
            DispatchQueue.global().async { [self] in
                handle(client)
                close(client)
            }
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
        if let data = FileManager.default.contents(atPath: file) {
            var bytes = [UInt8](data)
            let type = Self.contentType(file)
            if type.hasPrefix("text/html"), let errors = currentErrors() { bytes = inject(errors, into: bytes) }
            respond(fd, 200, type, bytes, head: head)
        } else if let data = FileManager.default.contents(atPath: root + "/404.html") {
            var bytes = [UInt8](data)
            if let errors = currentErrors() { bytes = inject(errors, into: bytes) }
            respond(fd, 404, "text/html; charset=utf-8", bytes, head: head)
        } else {
            let errors = currentErrors().map { "Build failed:\n\n" + $0 } ?? "not found"
            respond(fd, 404, "text/plain; charset=utf-8", Array(errors.utf8), head: head)
        }
    }

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
        var sent = 0
        while sent < out.count {
            let n = out[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
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

/// A cheap fingerprint of a folder tree (paths, sizes, modification times) to notice edits.
public enum TreeFingerprint {
    public static func of(_ folders: [String]) -> String {
        var parts: [String] = []
        let fm = FileManager.default
        for folder in folders {
            // A single file (leaderboard.yml) counts by its own size and time.
            var own = stat()
            if stat(folder, &own) == 0, (own.st_mode & S_IFMT) == S_IFREG {
                parts.append("\(folder):\(own.st_size):\(own.st_mtim.tv_sec).\(own.st_mtim.tv_nsec)")
                continue
            }
            guard let enumerator = fm.enumerator(atPath: folder) else { continue }
            var entries: [String] = []
            while let item = enumerator.nextObject() as? String { entries.append(item) }
            for item in entries.sorted() {
                var st = stat()
                if stat("\(folder)/\(item)", &st) == 0 {
                    parts.append("\(folder)/\(item):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)")
                }
            }
        }
        return parts.joined(separator: "\n")
    }
}
