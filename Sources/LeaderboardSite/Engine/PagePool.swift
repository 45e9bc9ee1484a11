import Foundation
import LeaderboardOutput

/// A rendered file's bytes in a buffer the renderer owns: handed to the writer without a copy.
final class PageBytes: OutputBytes, @unchecked Sendable {
    var buffer: ByteBuffer

    init(capacity: Int) { buffer = ByteBuffer(capacity: capacity) }

    var array: [UInt8] { buffer.array }
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try buffer.withUnsafeBytes(body) }
}

/// Buffers that pages are rendered into, taken again once their page is written: a page's bytes
/// are never copied after rendering, and the large pages reuse memory already touched instead of
/// faulting in fresh pages (bench/RESULTS.md, session 5).
final class PagePool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [PageBytes] = []
    /// More than one buffer per rendering lane is never needed at once.
    private let limit = max(2, ProcessInfo.processInfo.activeProcessorCount)

    /// An empty buffer: the smallest returned one that holds `capacity` bytes, else the largest
    /// returned one (it grows as needed), else a new one. So a model page takes a small buffer and
    /// a page that lists every model takes the one a large page already grew, instead of growing
    /// a small one again through fresh memory.
    func take(capacity: Int) -> PageBytes {
        lock.lock()
        let fits = free.indices.filter { free[$0].buffer.capacity >= capacity }
        let pick = fits.min { free[$0].buffer.capacity < free[$1].buffer.capacity }
            ?? free.indices.max { free[$0].buffer.capacity < free[$1].buffer.capacity }
        let reused = pick.map { free.remove(at: $0) }
        lock.unlock()
        guard let reused else { return PageBytes(capacity: capacity) }
        reused.buffer.removeAll()
        return reused
    }

    /// Takes the file's buffer back if nothing else holds it: after the writer is done with it,
    /// nothing does; a caller that keeps the file (`SiteBuilder.build()`) keeps its buffer.
    func recycle(_ file: inout OutputFile) {
        guard var page = file.page as? PageBytes else { return }
        file.page = nil
        guard isKnownUniquelyReferenced(&page) else { return }
        lock.lock()
        if free.count < limit { free.append(page) }
        lock.unlock()
    }
}

/// Bytes lent for the length of one call (a chunk of a large page handed to the writer).
final class BorrowedBytes: OutputBytes, @unchecked Sendable {
    private let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
    var array: [UInt8] { Array(bytes) }
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { try body(bytes) }
}

/// Whether a large page has handed over a chunk yet.
final class ChunkMark: @unchecked Sendable {
    var emitted = false
}
