import Markdown

/// The common case of a metrics file read straight from its bytes into measurements, without
/// building a JSON tree first. It accepts only files the tree-based `MetricsReader` would accept
/// without a single diagnostic: at the first thing it does not handle (an escape, a null, an
/// unknown key, a value out of range ...) it gives up and the caller runs `MetricsReader`, which
/// reports. A test checks both readers agree on every fixture and on generated files.
struct FlatMetricsReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0
    /// Texts longer than a small string, recently read: a file repeats its source titles and URLs
    /// in every measurement, and sharing one string saves an allocation (and memory) for each.
    private var recentTexts: [(start: Int, count: Int, text: String)] = []
    private var nextRecent = 0
    /// The last source URL and kind accepted, so a repeated one is not checked again.
    private var lastWebURL: String?
    private var lastKind: (text: String, kind: Source.Kind)?

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The measurements in file order, or nil when the careful reader must look at the file.
    static func read(_ text: String, path: String, model: String, benchmarks: [String: Benchmark]) -> [Measurement]? {
        var text = text
        return text.withUTF8 { buffer in
            var reader = FlatMetricsReader(bytes: buffer)
            return reader.file(path: path, model: model, benchmarks: benchmarks)
        }
    }

    // MARK: - Structure

    private mutating func file(path: String, model: String, benchmarks: [String: Benchmark]) -> [Measurement]? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var list: [Measurement]?
        var sawSchema = false
        repeat {
            skipWhitespace()
            guard let key = rawString() else { return nil }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            if matches(key, "measurements") && list == nil {
                guard let items = measurements(path: path, model: model, benchmarks: benchmarks) else { return nil }
                list = items
            } else if matches(key, "$schema") && !sawSchema {
                sawSchema = true
                guard rawString() != nil else { return nil }
            } else {
                return nil
            }
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipWhitespace()
        guard i == bytes.count else { return nil }
        return list
    }

    private mutating func measurements(path: String, model: String, benchmarks: [String: Benchmark]) -> [Measurement]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var out: [Measurement] = []
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return out }
        repeat {
            skipWhitespace()
            guard let m = measurement(path: path, model: model, benchmarks: benchmarks) else { return nil }
            out.append(m)
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
        return out
    }

    private mutating func measurement(path: String, model: String, benchmarks: [String: Benchmark]) -> Measurement? {
        let itemLine = line, itemColumn = i - lineStart + 1
        guard take(UInt8(ascii: "{")) else { return nil }
        var seen: UInt16 = 0
        var benchmarkID: String?, qualitative: String?, subset: String?, variant: String?, note: String?
        var value: (Double, String)?, stderr: (Double, String)?, nShot: (Double, String)?
        var source: Source?, harness: HarnessProvenance?
        repeat {
            skipWhitespace()
            guard let keyRange = rawString() else { return nil }
            guard let key = index(of: keyRange, in: ContentLoader.measurementKeys), seen & (1 << key) == 0 else { return nil }
            seen |= 1 << key
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            switch key { // positions in `ContentLoader.measurementKeys`
            case 0: guard let s = text() else { return nil }; benchmarkID = s
            case 1: guard let n = number() else { return nil }; value = n
            case 2: guard let s = text() else { return nil }; qualitative = s
            case 3: guard let s = text() else { return nil }; subset = s
            case 4: guard let s = text() else { return nil }; variant = s
            case 5: guard let n = number() else { return nil }; stderr = n
            case 6: guard let n = number() else { return nil }; nShot = n
            case 7: guard let s = text() else { return nil }; note = s
            case 8: guard let s = readSource() else { return nil }; source = s
            default: guard let h = readHarness() else { return nil }; harness = h
            }
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }

        // Everything `MetricsReader` would report makes this reader give up instead; the rules
        // are `MeasurementRules`.
        guard let benchmarkID, let benchmark = benchmarks[benchmarkID], let source,
              MeasurementRules.problems(value: value, hasValueKey: value != nil, hasQualitative: qualitative != nil,
                                        stderr: stderr, nShot: nShot, on: benchmark).isEmpty
        else { return nil }
        return Measurement(model: model, benchmark: benchmarkID, value: value, qualitative: qualitative, subset: subset, variant: variant,
                           stderr: stderr, nShot: nShot, note: note, source: source, harness: harness,
                           location: SourceLocation(path: path, line: itemLine, column: itemColumn))
    }

    private static let sourceKeys: [StaticString] = ["title", "url", "locator", "kind"]
    private static let harnessKeys: [StaticString] = ["file", "task", "metric", "model_args", "version"]

    private mutating func readSource() -> Source? {
        var fields: (String?, String?, String?, String?, String?)
        guard flatObject(Self.sourceKeys, into: &fields) else { return nil }
        guard let title = fields.0, let locator = fields.2, let kindText = fields.3 else { return nil }
        let kind: Source.Kind
        if let last = lastKind, last.text == kindText {
            kind = last.kind
        } else {
            guard let parsed = Source.Kind(rawValue: kindText) else { return nil }
            kind = parsed
            lastKind = (kindText, parsed)
        }
        if let url = fields.1, url != lastWebURL {
            guard URLPolicy.isWebURL(url) else { return nil }
            lastWebURL = url
        }
        return Source(title: title, url: fields.1, locator: locator, kind: kind)
    }

    private mutating func readHarness() -> HarnessProvenance? {
        var fields: (String?, String?, String?, String?, String?)
        guard flatObject(Self.harnessKeys, into: &fields) else { return nil }
        guard let file = fields.0, let task = fields.1, let metric = fields.2 else { return nil }
        return HarnessProvenance(file: file, task: task, metric: metric, modelArgs: fields.3, version: fields.4)
    }

    /// An object of up to five keys from `keys`, each at most once, whose values are all plain text.
    private mutating func flatObject(_ keys: [StaticString], into fields: inout (String?, String?, String?, String?, String?)) -> Bool {
        fields = (nil, nil, nil, nil, nil)
        guard take(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return true }
        var seen: UInt8 = 0
        repeat {
            skipWhitespace()
            guard let keyRange = rawString(), let key = index(of: keyRange, in: keys), seen & (1 << key) == 0 else { return false }
            seen |= 1 << key
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard let value = text() else { return false }
            switch key {
            case 0: fields.0 = value
            case 1: fields.1 = value
            case 2: fields.2 = value
            case 3: fields.3 = value
            default: fields.4 = value
            }
            skipWhitespace()
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    // MARK: - Tokens

    private mutating func skipWhitespace() {
        JSONParser.skipWhitespace(in: bytes, at: &i, line: &line, lineStart: &lineStart)
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// The bytes of a string without escapes or control characters.
    private mutating func rawString() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                i += 1
                return start..<(i - 1)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    /// A string value that needs no trimming and is not empty (the careful reader trims and
    /// treats blank text as absent).
    private mutating func text() -> String? {
        guard let range = rawString(), !range.isEmpty else { return nil }
        let first = bytes[range.lowerBound], last = bytes[range.upperBound - 1]
        guard first > 0x20, first < 0x80, last > 0x20, last < 0x80 else { return nil }
        guard range.count > 15 else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        for recent in recentTexts where recent.count == range.count
            && memcmp(bytes.baseAddress! + recent.start, bytes.baseAddress! + range.lowerBound, range.count) == 0 {
            return recent.text
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if recentTexts.count < 8 {
            recentTexts.append((range.lowerBound, range.count, text))
        } else {
            recentTexts[nextRecent] = (range.lowerBound, range.count, text)
            nextRecent = (nextRecent + 1) % 8
        }
        return text
    }

    /// A plain decimal (`-?(0|[1-9][0-9]*)(\.[0-9]+)?`) with its source text.
    private mutating func number() -> (Double, String)? {
        let start = i
        _ = take(UInt8(ascii: "-"))
        let intStart = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        let intDigits = i - intStart
        guard intDigits > 0, intDigits == 1 || bytes[intStart] != 0x30 else { return nil }
        if take(UInt8(ascii: ".")) {
            let fractionStart = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            guard i > fractionStart else { return nil }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
        guard let value = JSONParser.exactDecimal(slice) else { return nil }
        return (value, String(decoding: slice, as: UTF8.self))
    }

    private func matches(_ range: Range<Int>, _ key: StaticString) -> Bool {
        key.utf8CodeUnitCount == range.count && memcmp(key.utf8Start, bytes.baseAddress! + range.lowerBound, range.count) == 0
    }

    private func index(of range: Range<Int>, in keys: [StaticString]) -> Int? {
        for (position, key) in keys.enumerated() where matches(range, key) { return position }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
