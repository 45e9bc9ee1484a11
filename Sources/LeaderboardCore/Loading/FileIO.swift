import Foundation

/// Every file-system effect the pipeline needs, behind one seam so tests can run without disk.
public struct FileIO: Sendable {
    public enum EntryKind: Sendable { case file, directory, symlink, other, missing }

    public var read: @Sendable (String) throws -> [UInt8]
    /// Names in a directory (not paths), unsorted.
    public var list: @Sendable (String) throws -> [String]
    public var kind: @Sendable (String) -> EntryKind
    /// Names in a directory with what each is (`kind`, not following links), unsorted. The disk
    /// reads the kind from the directory itself, so listing 10,000 files costs no call per file.
    public var listKinds: @Sendable (String) throws -> [(name: String, kind: EntryKind)]
    /// The canonical path with every symlink resolved, or nil when it does not exist.
    public var realPath: @Sendable (String) -> String?
    public var write: @Sendable (String, UnsafeRawBufferPointer) throws -> Void
    /// Writes over a file a previous build made, reusing it where it is safe (see `disk`);
    /// the same as `write` unless given.
    public var overwrite: @Sendable (String, UnsafeRawBufferPointer) throws -> Void
    public var createDirectory: @Sendable (String) throws -> Void
    /// Adds bytes to the end of a file this build has written (a large page written in chunks);
    /// read-then-write unless given.
    public var append: @Sendable (String, UnsafeRawBufferPointer) throws -> Void

    public init(
        read: @escaping @Sendable (String) throws -> [UInt8],
        list: @escaping @Sendable (String) throws -> [String],
        kind: @escaping @Sendable (String) -> EntryKind,
        realPath: @escaping @Sendable (String) -> String?,
        write: @escaping @Sendable (String, UnsafeRawBufferPointer) throws -> Void,
        overwrite: (@Sendable (String, UnsafeRawBufferPointer) throws -> Void)? = nil,
        createDirectory: @escaping @Sendable (String) throws -> Void,
        listKinds: (@Sendable (String) throws -> [(name: String, kind: EntryKind)])? = nil,
        append: (@Sendable (String, UnsafeRawBufferPointer) throws -> Void)? = nil
    ) {
        self.read = read
        self.list = list
        self.kind = kind
        self.listKinds = listKinds ?? { folder in try list(folder).map { ($0, kind("\(folder)/\($0)")) } }
        self.realPath = realPath
        self.write = write
        self.overwrite = overwrite ?? write
        self.createDirectory = createDirectory
        self.append = append ?? { path, bytes in
            let old = try read(path)
            try (old + bytes).withUnsafeBytes { try write(path, $0) }
        }
    }
}

public struct FileIOError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { "\(path): \(reason)" }
}

extension FileIO {
    /// The real file system.
    public static let disk = FileIO(
        read: { path in
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
            var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeMutableBytes { buffer in
                    Foundation.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if n < 0 { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
                if n == 0 { break }
                offset += n
            }
            if offset < bytes.count { bytes.removeLast(bytes.count - offset) }
            return bytes
        },
        list: { path in
            try FileManager.default.contentsOfDirectory(atPath: path)
        },
        kind: { path in FileIO.lstatKind(path) },
        realPath: { path in
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        },
        write: { path, bytes in try FileIO.writeNew(path, bytes) },
        overwrite: { path, bytes in
            // Writing over the old bytes and cutting the rest allocates no inode and frees no block
            // (bench/RESULTS.md, session 5, has the figures).
            // Only a regular file with no other link is reused: a symbolic link is not followed
            // and a hard-linked copy elsewhere is not changed; those are replaced by a new file.
            let fd = open(path, O_WRONLY | O_NOFOLLOW)
            var st = stat()
            if fd >= 0, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_nlink == 1 {
                defer { close(fd) }
                try FileIO.writeAll(fd, bytes, path: path)
                if Int(st.st_size) != bytes.count, ftruncate(fd, off_t(bytes.count)) != 0 {
                    throw FileIOError(path: path, reason: String(cString: strerror(errno)))
                }
                return
            }
            if fd >= 0 { close(fd) }
            unlink(path)
            try FileIO.writeNew(path, bytes)
        },
        createDirectory: { path in
            // One mkdir when the parent exists (the common case: 10,000 model folders under
            // `models/`); FileManager's walk over every component only when it does not.
            if mkdir(path, 0o755) == 0 { return }
            if errno == EEXIST, FileIO.isDirectory(path) { return }
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        },
        listKinds: { path in
            guard let dir = opendir(path) else { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
            defer { closedir(dir) }
            var entries: [(name: String, kind: EntryKind)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let kind: EntryKind
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_REG): kind = .file
                case Int32(DT_DIR): kind = .directory
                case Int32(DT_LNK): kind = .symlink
                case Int32(DT_UNKNOWN): kind = FileIO.lstatKind("\(path)/\(name)")
                default: kind = .other
                }
                entries.append((name, kind))
            }
            return entries
        },
        append: { path, bytes in
            let fd = open(path, O_WRONLY | O_APPEND | O_NOFOLLOW)
            guard fd >= 0 else { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            try FileIO.writeAll(fd, bytes, path: path)
        }
    )
}

extension FileIO {
    /// `write` for bytes held in an array.
    public func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write(path, $0) }
    }

    /// Creates or truncates the file and writes it; a symbolic link in the way is replaced,
    /// never written through.
    static func writeNew(_ path: String, _ bytes: UnsafeRawBufferPointer) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o644)
        if fd < 0 && errno == ELOOP, unlink(path) == 0 { fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        guard fd >= 0 else { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n <= 0 { throw FileIOError(path: path, reason: String(cString: strerror(errno))) }
            offset += n
        }
    }

    /// What is at `path`, not following a link.
    static func lstatKind(_ path: String) -> EntryKind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// True for a folder, or a link to one.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
