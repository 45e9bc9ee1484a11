/// Bytes a renderer owns and hands to the writer without a copy (the site's page buffers).
package protocol OutputBytes: AnyObject, Sendable {
    var array: [UInt8] { get }
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

/// One file of the built site: a path relative to the output folder and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    private var storage: [UInt8]
    /// Set when the bytes live in a renderer's buffer instead of `storage`.
    package var page: (any OutputBytes)?
    /// The end of a large page whose first bytes were already written under this path (a
    /// renderer hands a page that lists every model to the writer in chunks as it fills).
    package var appendsToWritten = false

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.storage = bytes
    }

    public init(path: String, text: String) {
        self.path = path
        self.storage = Array(text.utf8)
    }

    package init(path: String, page: any OutputBytes) {
        self.path = path
        self.storage = []
        self.page = page
    }

    /// The bytes as an array (a copy when they live in a renderer's buffer).
    public var bytes: [UInt8] { page.map { $0.array } ?? storage }

    /// The bytes in place, without a copy.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if let page { return try page.withUnsafeBytes(body) }
        return try storage.withUnsafeBytes(body)
    }
}
