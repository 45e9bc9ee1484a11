import CSystem
import Foundation
import LeaderboardCore

/// Writes a built site so that readers only ever see a complete old or complete new folder:
/// everything goes to a temporary sibling folder, which is then swapped in atomically.
public struct SiteWriter {
    /// Marks a folder as made by this tool; a folder without it is never replaced.
    public static let marker = ".leaderboard-site"

    public var output: String
    /// Folders the output must not overlap (the content and templates folders).
    public var protected: [String]

    public init(output: String, protected: [String]) {
        self.output = output
        self.protected = protected
    }

    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    private var fm: FileManager { .default }

    private var absoluteOutput: String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.path
    }
    private var parent: String { (absoluteOutput as NSString).deletingLastPathComponent }
    private var name: String { (absoluteOutput as NSString).lastPathComponent }

    /// Why the output folder may not be used, or nil when it may.
    public func refusal() -> Refusal? {
        let out = absoluteOutput
        let real = realPath(out) ?? out
        let cwd = realPath(fm.currentDirectoryPath) ?? fm.currentDirectoryPath
        if out == "/" || real == "/" { return Refusal(description: "refusing to use / as the output folder") }
        if real == cwd || cwd.hasPrefix(real + "/") {
            return Refusal(description: "refusing to use \(output) as the output folder: it holds the current directory")
        }
        if let home = ProcessInfo.processInfo.environment["HOME"], real == (realPath(home) ?? home) {
            return Refusal(description: "refusing to use the home folder as the output folder")
        }
        for folder in protected {
            let p = realPath(folder) ?? URL(fileURLWithPath: folder).standardizedFileURL.path
            if p == real || p.hasPrefix(real + "/") || real.hasPrefix(p + "/") {
                return Refusal(description: "refusing to use \(output) as the output folder: it overlaps \(folder)")
            }
        }
        var isDirectory: ObjCBool = false
        if isSymlink(out) {
            return Refusal(description: "refusing to use \(output) as the output folder: it is a symbolic link")
        }
        if fm.fileExists(atPath: out, isDirectory: &isDirectory) {
            if !isDirectory.boolValue { return Refusal(description: "\(output) exists and is not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            if !entries.isEmpty && !entries.contains(SiteWriter.marker) {
                return Refusal(description: "refusing to replace \(output): it holds files this tool did not make (no \(SiteWriter.marker) marker). Choose another --output or empty it yourself")
            }
        }
        return nil
    }

    /// Restores an interrupted swap and removes temporary folders left by killed builds.
    public func recover() {
        let siblings = ((try? fm.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        if !fm.fileExists(atPath: absoluteOutput) {
            if let old = siblings.first(where: { $0.hasPrefix(".\(name).old-") && hasMarker("\(parent)/\($0)") }) {
                try? fm.moveItem(atPath: "\(parent)/\(old)", toPath: absoluteOutput)
            }
        }
        for entry in siblings where entry.hasPrefix(".\(name).tmp-") || entry.hasPrefix(".\(name).old-") {
            let path = "\(parent)/\(entry)"
            if fm.fileExists(atPath: path), hasMarker(path) || isEmptyDirectory(path) { removeMarkedTree(path) }
        }
    }

    /// Writes all files and swaps them in. Throws only for I/O failures; the old site then stays.
    public func write(_ files: [OutputFile], io: FileIO = .disk) throws {
        let staging = try begin(io: io)
        do {
            for file in files { try staging.write(file) }
            try commit(staging)
        } catch {
            abort(staging)
            throw error
        }
    }

    /// A temporary sibling folder being filled; safe to write to from several threads.
    public final class Staging: @unchecked Sendable {
        public let path: String
        let io: FileIO
        private let lock = NSLock()
        private var made = Set<String>()

        init(path: String, io: FileIO) {
            self.path = path
            self.io = io
        }

        public func write(_ file: OutputFile) throws {
            guard SiteWriter.isSafeRelative(file.path) else { throw FileIOError(path: file.path, reason: "unsafe output path") }
            let dir = (file.path as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                // Create under the lock: another thread must not write into a folder that a
                // third thread has claimed but not made yet.
                lock.lock()
                defer { lock.unlock() }
                if !made.contains(dir) {
                    try io.createDirectory("\(path)/\(dir)")
                    made.insert(dir)
                }
            }
            try io.write("\(path)/\(file.path)", file.bytes)
        }
    }

    /// Checks the output folder, repairs what an interrupted build left, and opens a staging folder.
    public func begin(io: FileIO = .disk) throws -> Staging {
        if let refusal = refusal() { throw refusal }
        recover()
        let tmp = "\(parent)/.\(name).tmp-\(getpid())"
        // `recover()` removed it if it was ours; anything still there is not.
        if fm.fileExists(atPath: tmp) { throw FileIOError(path: tmp, reason: "exists and was not made by this tool; move it away") }
        try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let staging = Staging(path: tmp, io: io)
        try io.write("\(tmp)/\(SiteWriter.marker)", Array("Made by leaderboard build. This folder is replaced on every build.\n".utf8))
        return staging
    }

    /// Swaps the staged site in.
    public func commit(_ staging: Staging) throws {
        try swap(staging.path)
    }

    /// Drops the staged site; the previous one stays.
    public func abort(_ staging: Staging) {
        removeMarkedTree(staging.path)
    }

    private func swap(_ tmp: String) throws {
        let out = absoluteOutput
        if !fm.fileExists(atPath: out) {
            guard rename(tmp, out) == 0 else { throw FileIOError(path: out, reason: String(cString: strerror(errno))) }
            return
        }
        // One atomic exchange where the kernel supports it; otherwise two renames, which
        // `recover()` repairs if the process dies between them.
        if exchange(tmp, out) {
            removeMarkedTree(tmp)
            return
        }
        let old = "\(parent)/.\(name).old-\(getpid())"
        guard rename(out, old) == 0 else { throw FileIOError(path: out, reason: String(cString: strerror(errno))) }
        guard rename(tmp, out) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, out)
            throw FileIOError(path: out, reason: reason)
        }
        removeMarkedTree(old)
    }

    /// Removes one of our folders with its marker last, so a kill part-way leaves a folder that
    /// still says it is ours and the next `recover()` finishes the job.
    private func removeMarkedTree(_ dir: String) {
        let entries = (try? fm.contentsOfDirectory(atPath: dir)) ?? []
        for entry in entries where entry != SiteWriter.marker {
            try? fm.removeItem(atPath: "\(dir)/\(entry)")
        }
        try? fm.removeItem(atPath: "\(dir)/\(SiteWriter.marker)")
        try? fm.removeItem(atPath: dir)
    }

    private func exchange(_ a: String, _ b: String) -> Bool {
        lb_exchange_paths(a, b) == 0
    }

    static func isSafeRelative(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    private func hasMarker(_ dir: String) -> Bool { fm.fileExists(atPath: "\(dir)/\(SiteWriter.marker)") }
    private func isEmptyDirectory(_ dir: String) -> Bool { ((try? fm.contentsOfDirectory(atPath: dir)) ?? ["x"]).isEmpty }
    private func isSymlink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }
    private func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}
