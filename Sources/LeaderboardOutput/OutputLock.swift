import Foundation

/// An exclusive `flock` on the output's parent folder, held from opening the staging folder until
/// the swap is done. Two builds into one output (a `serve` rebuild and a `build` in another
/// terminal) take turns: otherwise each one's recovery took the other's staging folder for the
/// leftover of a killed build and moved or removed it mid-write. The kernel releases the lock when
/// the process dies, so a killed build never leaves it held.
final class OutputLock: @unchecked Sendable {
    private var fd: Int32

    /// Waits for the lock (saying so on standard error when another build holds it). Nil when the
    /// folder cannot be locked (a file system without `flock`): the build then goes ahead unlocked.
    init?(folder: String, output: String) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { close(fd); return nil }
        FileHandle.standardError.write(Data("waiting for another build into \(output) to finish\n".utf8))
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { close(fd); return nil }
        }
    }

    func release() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    deinit { release() }
}
