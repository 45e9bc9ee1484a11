import Foundation

/// What a recycled staging folder held before a build writes into it, as paths relative to it.
/// Found with `readdir` and `lstat` semantics: a symbolic link is never followed, so nothing the
/// scan reports lies outside the folder.
struct FolderInventory: Sendable {
    /// Regular files (the marker included).
    var files = Set<String>()
    var folders = Set<String>()
    /// Symbolic links, sockets, devices: nothing a build makes, removed before writing.
    var others: [String] = []

    /// Scans `root`; an unreadable subfolder is listed as a folder with nothing in it.
    static func scan(_ root: String) -> FolderInventory {
        var inventory = FolderInventory()
        var pending = [""]
        while let relative = pending.popLast() {
            guard let dir = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(entry.pointee.d_type, root + "/" + path) {
                case .directory:
                    inventory.folders.insert(path)
                    pending.append(path)
                case .file: inventory.files.insert(path)
                case .other: inventory.others.append(path)
                }
            }
        }
        inventory.others.sort()
        return inventory
    }

    private enum Kind { case file, directory, other }

    /// The entry's type from `readdir`, or from `lstat` where the file system does not say.
    private static func kind(_ type: UInt8, _ path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var st = stat()
            guard lstat(path, &st) == 0 else { return .other }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            default: return .other
            }
        default: return .other
        }
    }
}

/// The spare's inventory, read on another thread while the content loads (one core is often
/// idle then), and handed to the build if the folder it opens is the one that was read.
package final class SparePrescan: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: (folder: FolderIdentity, inventory: FolderInventory)?

    package init(path: String) {
        group.enter()
        DispatchQueue.global().async { [self] in
            if let folder = FolderIdentity(path) { result = (folder, FolderInventory.scan(path)) }
            group.leave()
        }
    }

    /// The inventory, if `path` is still the folder that was read (ask before renaming it: a
    /// rename changes its change time).
    func inventory(of path: String) -> FolderInventory? {
        group.wait()
        guard let result, FolderIdentity(path) == result.folder else { return nil }
        return result.inventory
    }
}

/// A folder's device, inode number and change time. The change time tells a folder made later
/// under a reused inode number, or one whose entries changed, from the folder that was read.
struct FolderIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
    let changed: Int
    let changedNanoseconds: Int

    init?(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        #if canImport(Darwin)
        changed = Int(st.st_ctimespec.tv_sec)
        changedNanoseconds = Int(st.st_ctimespec.tv_nsec)
        #else
        changed = Int(st.st_ctim.tv_sec)
        changedNanoseconds = Int(st.st_ctim.tv_nsec)
        #endif
    }
}
