import Foundation

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
