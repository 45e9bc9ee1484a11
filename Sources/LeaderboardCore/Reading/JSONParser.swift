/// A strict RFC 8259 parser over UTF-8 bytes that records line and byte column of every value
/// (Foundation's decoder reports neither). Depth is limited so hostile input cannot blow the stack.
public struct JSONParser {
    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    public static func parse(_ text: String) -> Result<JSONNode, JSONParseError> {
        var parser = JSONParser(bytes: Array(text.utf8))
        do {
            parser.skipWhitespace()
            let node = try parser.parseValue(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.bytes.count {
                throw parser.error("unexpected text after the JSON value")
            }
            return .success(node)
        } catch let error as JSONParseError {
            return .failure(error)
        } catch {
            return .failure(JSONParseError(line: 1, column: 1, message: "\(error)"))
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var column: Int { index - lineStart + 1 }

    private func error(_ message: String) -> JSONParseError {
        JSONParseError(line: line, column: column, message: message)
    }

    private mutating func skipWhitespace() {
        JSONParser.skipWhitespace(in: bytes, at: &index, line: &line, lineStart: &lineStart)
    }

    /// JSON whitespace from `index` on, counting lines; shared with `FlatMetricsReader`.
    @inline(__always)
    static func skipWhitespace<Bytes: RandomAccessCollection>(in bytes: Bytes, at index: inout Int, line: inout Int, lineStart: inout Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue(depth: Int) throws -> JSONNode {
        guard depth < JSONParser.maximumDepth else {
            throw error("JSON is nested more than \(JSONParser.maximumDepth) levels deep")
        }
        guard index < bytes.count else { throw error("unexpected end of file: expected a JSON value") }
        let startLine = line, startColumn = column
        let value: JSONNode.Value
        switch bytes[index] {
        case UInt8(ascii: "{"): value = try parseObject(depth: depth)
        case UInt8(ascii: "["): value = try parseArray(depth: depth)
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try parseNumber()
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw error("NaN and Infinity are not JSON numbers; leave the value out or record it as `qualitative`")
        default:
            throw error("unexpected character \(describe(bytes[index])): expected a JSON value")
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    private mutating func expectWord(_ word: String) throws {
        for expected in word.utf8 {
            guard index < bytes.count, bytes[index] == expected else {
                throw error("invalid literal: expected `\(word)`")
            }
            index += 1
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONNode.Value {
        index += 1
        var members: [JSONNode.Member] = []
        members.reserveCapacity(8)
        var seen = Set<String>()
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(index < bytes.count ? "expected a quoted key" : "unexpected end of file inside an object")
            }
            let keyLine = line, keyColumn = column
            let key = try parseString()
            // Objects here are small: a linear check beats building a Set per object.
            let duplicate = members.count < 16 ? members.contains { $0.key == key } : !seen.insert(key).inserted
            if members.count == 15 { seen = Set(members.map(\.key)); seen.insert(key) }
            if duplicate {
                throw JSONParseError(line: keyLine, column: keyColumn, message: "duplicate key \"\(key)\"")
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONNode.Member(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray(depth: Int) throws -> JSONNode.Value {
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of file inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func parseNumber() throws -> JSONNode.Value {
        let start = index
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if index < bytes.count && bytes[index] == UInt8(ascii: "I") {
                throw error("NaN and Infinity are not JSON numbers; leave the value out or record it as `qualitative`")
            }
        }
        func digits() -> Int {
            let from = index
            while index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - from
        }
        let intStart = index
        let startColumn = start - lineStart + 1
        let intDigits = digits()
        guard intDigits > 0 else { throw error("invalid number") }
        if intDigits > 1 && bytes[intStart] == UInt8(ascii: "0") {
            throw JSONParseError(line: line, column: startColumn, message: "invalid number: leading zero")
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("invalid number: expected digits after '.'") }
        }
        if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            index += 1
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard digits() > 0 else { throw error("invalid number: expected digits in the exponent") }
        }
        let raw = String(decoding: bytes[start..<index], as: UTF8.self)
        if let exact = Self.exactDecimal(bytes[start..<index]) { return .number(exact, raw: raw) }
        guard let value = Double(raw), value.isFinite else {
            index = start
            throw error("number \(raw.prefix(40)) is too large to represent")
        }
        return .number(value, raw: raw)
    }

    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// Plain decimals of up to 15 significant digits and no exponent (nearly every metric): the
    /// digits as an integer and a power of ten are both exact doubles, so one division is correctly
    /// rounded and equals what `Double(String)` gives (Clinger's fast path), without its parsing cost.
    static func exactDecimal<Bytes: Collection>(_ text: Bytes) -> Double? where Bytes.Element == UInt8 {
        var mantissa: Int64 = 0
        var digits = 0, fraction = 0
        var seenPoint = false, negative = false
        for byte in text {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                if mantissa > 0 { digits += 1 }
                if seenPoint { fraction += 1 }
            case UInt8(ascii: "."): seenPoint = true
            case UInt8(ascii: "-"): negative = true
            default: return nil
            }
            if digits > 15 || fraction > 15 { return nil }
        }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private mutating func parseString() throws -> String {
        index += 1
        // Fast path: no escapes and no control characters, so the text is a slice of the input.
        let start = index
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                index = end + 1
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        var out: [UInt8] = Array(bytes[start..<end])
        index = end
        while true {
            guard index < bytes.count else { throw error("unexpected end of file inside a string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { throw error("unexpected end of file inside a string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("invalid \\u escape: unpaired surrogate")
                        }
                        index += 2
                        let low = try hex4()
                        guard low >= 0xDC00 && low < 0xE000 else { throw error("invalid \\u escape: unpaired surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        throw error("invalid \\u escape: unpaired surrogate")
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    index -= 1
                    throw error("invalid escape sequence in a string")
                }
            case 0x00..<0x20:
                throw error(byte == 0x0A ? "unterminated string (a newline must be written \\n)" : "control character in a string must be escaped")
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
