#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A content file decoded for parsing: valid UTF-8, BOM removed, CRLF turned into LF.
/// Columns stay byte columns of the original line (minus the BOM on line 1).
public struct SourceText: Sendable {
    public let path: String
    public let text: String

    /// Decodes bytes, or returns the diagnostic that explains why it cannot.
    public static func decode(_ bytes: [UInt8], path: String) -> (SourceText?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            start = 3
            diagnostics.append(.warning(SourceLocation(path: path), "file starts with a UTF-8 byte order mark; it is ignored"))
        }
        let body = bytes[start...]
        // Fast path: the standard library's validation, and no NUL or CR (memchr).
        let clean = body.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            return memchr(base, 0, buffer.count) == nil && memchr(base, 0x0D, buffer.count) == nil
        }
        if clean, let text = String(validating: body, as: UTF8.self) {
            return (SourceText(path: path, text: text), diagnostics)
        }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = lineColumn(of: bad, in: bytes, from: start)
            diagnostics.append(.error(SourceLocation(path: path, line: line, column: column), "file is not valid UTF-8 (byte 0x\(hex(bytes[bad])))"))
            return (nil, diagnostics)
        }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = lineColumn(of: nul, in: bytes, from: start)
            diagnostics.append(.error(SourceLocation(path: path, line: line, column: column), "file contains a NUL byte; content files are text"))
            return (nil, diagnostics)
        }
        var normalized: [UInt8] = []
        if body.contains(0x0D) {
            normalized.reserveCapacity(body.count)
            var i = body.startIndex
            while i < body.endIndex {
                let byte = body[i]
                if byte == 0x0D {
                    // CRLF and lone CR both end a line.
                    normalized.append(0x0A)
                    if i + 1 < body.endIndex && body[i + 1] == 0x0A { i += 1 }
                } else {
                    normalized.append(byte)
                }
                i += 1
            }
        } else {
            normalized = Array(body)
        }
        return (SourceText(path: path, text: String(decoding: normalized, as: UTF8.self)), diagnostics)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }

    private static func lineColumn(of index: Int, in bytes: [UInt8], from start: Int) -> (Int, Int) {
        var line = 1
        var lineStart = start
        var i = start
        while i < index {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, index - lineStart + 1)
    }

    /// Index of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var value: UInt32 = 0
            if b & 0xE0 == 0xC0 { need = 1; min = 0x80; value = UInt32(b & 0x1F) }
            else if b & 0xF0 == 0xE0 { need = 2; min = 0x800; value = UInt32(b & 0x0F) }
            else if b & 0xF8 == 0xF0 { need = 3; min = 0x10000; value = UInt32(b & 0x07) }
            else { return i }
            if i + need >= end { return i }
            for k in 1...need {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}
