import Foundation

extension FileIO {
    /// An in-memory file system for tests: paths map to contents; folders are implied by paths.
    public static func memory(_ files: [String: String]) -> FileIO {
        let store = files.mapValues { Array($0.utf8) }
        let folders: Set<String> = {
            var set = Set<String>()
            for path in store.keys {
                var parts = path.split(separator: "/").dropLast()
                while !parts.isEmpty {
                    set.insert(parts.joined(separator: "/"))
                    parts = parts.dropLast()
                }
            }
            return set
        }()
        return FileIO(
            read: { path in
                guard let bytes = store[path] else { throw FileIOError(path: path, reason: "No such file") }
                return bytes
            },
            list: { path in
                guard folders.contains(path) else { throw FileIOError(path: path, reason: "No such folder") }
                let prefix = path + "/"
                var names = Set<String>()
                for key in store.keys where key.hasPrefix(prefix) {
                    names.insert(String(key.dropFirst(prefix.count).split(separator: "/").first!))
                }
                return Array(names)
            },
            kind: { path in
                if store[path] != nil { return .file }
                if folders.contains(path) { return .directory }
                return .missing
            },
            realPath: { path in (store[path] != nil || folders.contains(path)) ? "/memory/" + path : nil },
            write: { path, _ in throw FileIOError(path: path, reason: "read-only memory file system") },
            createDirectory: { path in throw FileIOError(path: path, reason: "read-only memory file system") }
        )
    }
}
