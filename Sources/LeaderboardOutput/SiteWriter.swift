import CPathExchange
import Foundation
import LeaderboardCore

/// Writes a built site so that readers only ever see a complete old or complete new folder:
/// everything goes to a temporary sibling folder, which is then swapped in atomically.
///
/// The site a build replaces is kept beside the output as `.NAME.spare` and becomes the next
/// build's staging folder: files are written over in place and stale ones removed, so a rebuild
/// neither creates every folder and file anew nor deletes a whole site (bench/RESULTS.md,
/// session 5, has the figures). Deleting the spare is always safe.
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
    /// The previous site, kept to be written over by the next build.
    package var sparePath: String { "\(parent)/.\(name).spare" }

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

    /// Restores an interrupted swap, and keeps one folder a killed build left as the spare (the
    /// others are removed). The spare is never restored as the site: it is older than the site.
    public func recover() {
        let siblings = ((try? fm.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        if !fm.fileExists(atPath: absoluteOutput) {
            if let old = siblings.first(where: { $0.hasPrefix(".\(name).old-") && hasMarker("\(parent)/\($0)") }) {
                try? fm.moveItem(atPath: "\(parent)/\(old)", toPath: absoluteOutput)
            }
        }
        var hasSpare = isOurFolder(sparePath)
        for entry in siblings where entry.hasPrefix(".\(name).tmp-") || entry.hasPrefix(".\(name).old-") {
            let path = "\(parent)/\(entry)"
            guard fm.fileExists(atPath: path), hasMarker(path) || isEmptyDirectory(path) else { continue }
            if !hasSpare, hasMarker(path), !isSymlink(path), rename(path, sparePath) == 0 {
                hasSpare = true
            } else {
                removeMarkedTree(path)
            }
        }
    }

    /// Writes all files and swaps them in, and returns the staging folder that was used. Throws
    /// only for I/O failures; the old site then stays.
    @discardableResult
    public func write(_ files: [OutputFile], io: FileIO = .disk) throws -> Staging {
        try write(files, io: io, prescan: nil)
    }

    package func write(_ files: [OutputFile], io: FileIO = .disk, prescan: SparePrescan?) throws -> Staging {
        let staging = try begin(io: io, prescan: prescan)
        do {
            for file in files { try staging.write(file) }
            try commit(staging)
        } catch {
            abort(staging)
            throw error
        }
        return staging
    }

    /// A temporary sibling folder being filled; safe to write to from several threads.
    public final class Staging: @unchecked Sendable {
        public let path: String
        let io: FileIO
        /// What the folder held when it was a recycled spare; nil for a new folder.
        let inventory: FolderInventory?
        private let lock = NSLock()
        private var made = Set<String>()
        /// Paths written into a recycled folder, for `removeStale`.
        private var written = Set<String>()
        /// Held until the swap is done (see `OutputLock`).
        var outputLock: OutputLock?

        init(path: String, io: FileIO, inventory: FolderInventory? = nil) {
            self.path = path
            self.io = io
            self.inventory = inventory
            made = inventory?.folders ?? []
        }

        /// True when the folder was the previous site, written over rather than made.
        public var isRecycled: Bool { inventory != nil }

        public func write(_ file: OutputFile) throws {
            guard SiteWriter.isSafeRelative(file.path) else { throw FileIOError(path: file.path, reason: "unsafe output path") }
            // Its folder is made and its first chunk written (through the branches below) already.
            if file.appendsToWritten { return try file.withUnsafeBytes { try io.append("\(path)/\(file.path)", $0) } }
            let dir = SiteWriter.parentFolder(file.path)
            try makeFolder(dir, writing: file.path)
            let full = "\(path)/\(file.path)"
            guard let inventory else { return try file.withUnsafeBytes { try io.write(full, $0) } }
            do {
                if inventory.files.contains(file.path) {
                    try file.withUnsafeBytes { try io.overwrite(full, $0) }
                } else {
                    // A folder of the previous site where this build puts a file (a theme change).
                    if inventory.folders.contains(file.path) { SiteWriter.removeTree(full) }
                    try file.withUnsafeBytes { try io.write(full, $0) }
                }
            } catch {
                // The folder no longer holds what the inventory says (something else changed
                // it): make the file's folder and write the file anew, once.
                if !dir.isEmpty { try io.createDirectory("\(path)/\(dir)") }
                SiteWriter.removeTree(full)
                try file.withUnsafeBytes { try io.write(full, $0) }
            }
        }

        /// Makes `dir` unless it is made already. Under the lock: another thread must not write
        /// into a folder that a third thread has claimed but not made yet.
        private func makeFolder(_ dir: String, writing file: String? = nil) throws {
            lock.lock()
            defer { lock.unlock() }
            if let file, inventory != nil { written.insert(file) }
            if !dir.isEmpty && !made.contains(dir) {
                clearFilesInTheWay(of: dir)
                try io.createDirectory("\(path)/\(dir)")
                made.insert(dir)
            }
        }

        /// Makes `folders` (relative, parents first) on `queue`, so that the work overlaps
        /// whatever the caller does meanwhile, until the caller calls `stop()` on the result:
        /// then the folder being made is finished and the rest are left to `write`, which makes
        /// any folder it needs (a disk slow to make folders never holds up the pages). A folder
        /// that cannot be made here is also left to `write`, which reports the error.
        public func makeFolders(_ folders: [String], in queue: DispatchQueue) -> FolderJob {
            let job = FolderJob()
            queue.async(group: job.group) {
                for dir in folders where SiteWriter.isSafeRelative(dir) {
                    if job.isStopped { break }
                    try? self.makeFolder(dir)
                }
            }
            return job
        }

        /// A file of the previous site where this build needs a folder (a theme change).
        private func clearFilesInTheWay(of dir: String) {
            guard let inventory else { return }
            var prefix = ""
            for component in dir.split(separator: "/") {
                prefix = prefix.isEmpty ? String(component) : prefix + "/" + component
                if inventory.files.contains(prefix) { unlink("\(path)/\(prefix)") }
            }
        }

        /// Removes what the previous site had and this build did not write, files first, then
        /// folders deepest first, so the staged folder holds exactly this build's files.
        func removeStale() {
            guard let inventory else { return }
            lock.lock()
            defer { lock.unlock() }
            var used = Set<String>()
            for file in written {
                var dir = SiteWriter.parentFolder(file)
                while !dir.isEmpty, used.insert(dir).inserted { dir = SiteWriter.parentFolder(dir) }
            }
            // A path may have changed kind since the previous site: a file there now is written,
            // a folder there now is used; neither is stale.
            for file in inventory.files.subtracting(written).subtracting(used).sorted() where file != SiteWriter.marker {
                unlink("\(path)/\(file)")
            }
            for folder in inventory.folders.subtracting(used).subtracting(written).sorted(by: >) {
                SiteWriter.removeTree("\(path)/\(folder)")
            }
        }
    }

    /// Folders being made in the background (`Staging.makeFolders`).
    public final class FolderJob: @unchecked Sendable {
        let group = DispatchGroup()
        private let lock = NSLock()
        private var stopped = false

        var isStopped: Bool {
            lock.lock()
            defer { lock.unlock() }
            return stopped
        }

        /// Makes no more folders, and returns once the one being made is done.
        public func stop() {
            lock.lock()
            stopped = true
            lock.unlock()
            group.wait()
        }

        /// Returns once every folder is made (or given up).
        public func wait() { group.wait() }
    }

    /// Checks the output folder, repairs what an interrupted build left, and opens a staging
    /// folder: the spare when there is one, else a new folder.
    public func begin(io: FileIO = .disk) throws -> Staging {
        try begin(io: io, prescan: nil)
    }

    package func begin(io: FileIO = .disk, prescan: SparePrescan?) throws -> Staging {
        let outputLock = OutputLock(folder: parent, output: output)
        if let refusal = refusal() { throw refusal }
        recover()
        let tmp = "\(parent)/.\(name).tmp-\(getpid())"
        // `recover()` removed it if it was ours; anything still there is not.
        if fm.fileExists(atPath: tmp) { throw FileIOError(path: tmp, reason: "exists and was not made by this tool; move it away") }
        let staging: Staging
        // Asked before the rename, which changes the folder's change time (`SparePrescan`).
        let spareIsOurs = isOurFolder(sparePath)
        let prescanned = spareIsOurs ? prescan?.inventory(of: sparePath) : nil
        if spareIsOurs, rename(sparePath, tmp) == 0 {
            let inventory = prescanned ?? FolderInventory.scan(tmp)
            // Nothing a build makes is a link or a device; removing them first means no write
            // below can go through one to a place outside the folder.
            for other in inventory.others { unlink("\(tmp)/\(other)") }
            staging = Staging(path: tmp, io: io, inventory: inventory)
        } else {
            try fm.createDirectory(atPath: tmp, withIntermediateDirectories: true)
            staging = Staging(path: tmp, io: io)
        }
        staging.outputLock = outputLock
        try staging.write(OutputFile(path: SiteWriter.marker, text: "Made by leaderboard build. This folder is replaced on every build.\n"))
        return staging
    }

    /// Removes what the previous site had and this build did not write, then swaps the staged
    /// site in; the replaced site becomes the spare.
    public func commit(_ staging: Staging) throws {
        defer { staging.outputLock?.release() }
        staging.removeStale()
        try swap(staging.path)
    }

    /// Drops the staged site; the previous one stays. A recycled folder goes back to being the
    /// spare (its mix of old and new files is rewritten and pruned by the next build).
    public func abort(_ staging: Staging) {
        defer { staging.outputLock?.release() }
        if staging.isRecycled, !isOurFolder(sparePath), rename(staging.path, sparePath) == 0 { return }
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
            keepAsSpare(tmp)
            return
        }
        let old = "\(parent)/.\(name).old-\(getpid())"
        guard rename(out, old) == 0 else { throw FileIOError(path: out, reason: String(cString: strerror(errno))) }
        guard rename(tmp, out) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, out)
            throw FileIOError(path: out, reason: reason)
        }
        keepAsSpare(old)
    }

    /// The replaced site becomes the spare; if another build made one meanwhile, it is removed.
    private func keepAsSpare(_ replaced: String) {
        if fm.fileExists(atPath: sparePath) || isSymlink(sparePath) || rename(replaced, sparePath) != 0 {
            removeMarkedTree(replaced)
        }
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

    /// "a/b/c" → "a/b", "c" → "". (Foundation's `deletingLastPathComponent` traps on a
    /// one-character name on Linux.)
    package static func parentFolder(_ path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    static func isSafeRelative(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    /// Removes a folder inside one of ours, whatever it holds, without following links.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// A real folder (not a link to one) that this tool made.
    private func isOurFolder(_ path: String) -> Bool { !isSymlink(path) && FileIO.isDirectory(path) && hasMarker(path) }
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
