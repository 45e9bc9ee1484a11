import CZstd

/// Inspect AI's `.eval` log: a zip archive whose members are Zstandard-compressed (zip method
/// 93). The importer needs only `header.json`, which holds the same `eval` and `results` as a
/// JSON log without the samples. Only what `.eval` files use is read: no ZIP64, no encryption;
/// members stored or Zstandard-compressed.
public enum InspectArchive {
    public static func header(_ bytes: [UInt8]) -> Result<String, ArchiveError> {
        member("header.json", in: bytes)
    }

    public struct ArchiveError: Error, Equatable {
        public var message: String
    }

    static func member(_ name: String, in b: [UInt8]) -> Result<String, ArchiveError> {
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func fail(_ message: String) -> Result<String, ArchiveError> { .failure(ArchiveError(message: message)) }
        // The end-of-central-directory record: the last 22 bytes, unless a comment follows it.
        guard b.count >= 22 else { return fail("not a zip archive (too short)") }
        var end = b.count - 22
        while end >= 0 && !(b[end] == 0x50 && b[end + 1] == 0x4B && b[end + 2] == 0x05 && b[end + 3] == 0x06) {
            end -= 1
            if b.count - end > 22 + 65_535 { return fail("not a zip archive (no central directory)") }
        }
        guard end >= 0 else { return fail("not a zip archive (no central directory)") }
        let count = u16(end + 10)
        var p = u32(end + 16)
        for _ in 0..<count {
            guard p + 46 <= b.count, u32(p) == 0x0201_4B50 else { return fail("damaged zip central directory") }
            let method = u16(p + 10), compressed = u32(p + 20), size = u32(p + 24)
            let nameLength = u16(p + 28), extra = u16(p + 30), comment = u16(p + 32), local = u32(p + 42)
            guard p + 46 + nameLength <= b.count else { return fail("damaged zip central directory") }
            let entry = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            p += 46 + nameLength + extra + comment
            guard entry == name else { continue }
            guard local + 30 <= b.count, u32(local) == 0x0403_4B50 else { return fail("damaged zip entry \(name)") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= b.count else { return fail("truncated zip entry \(name)") }
            if size == 0 { return .success("") }
            switch method {
            case 0:
                return .success(String(decoding: b[start..<(start + compressed)], as: UTF8.self))
            case 93:
                var out = [UInt8](repeating: 0, count: size)
                let written = out.withUnsafeMutableBytes { o in
                    b.withUnsafeBytes { i in ZSTD_decompress(o.baseAddress, size, i.baseAddress! + start, compressed) }
                }
                guard ZSTD_isError(written) == 0, written == size else { return fail("\(name) does not decompress (Zstandard)") }
                return .success(String(decoding: out, as: UTF8.self))
            default:
                return fail("\(name) uses zip compression method \(method); only stored and Zstandard (93) members are read")
            }
        }
        return fail("no \(name) in the archive: this is not an Inspect AI .eval log")
    }
}
