// Writes the template tables of the view structs: for each `struct` in the given files, its
// field names in declaration order (`templateShape`) and, by position, the field as a template
// value, its text written in place, and its flag. Run by the ViewTables build-tool plugin, so a
// view struct is the only place a template field is declared.
//
// Usage: ViewTableGenerator OUTPUT INPUT...
// The inputs are read as plain lines: `struct Name {` (or `struct Name: P {`) opens a view,
// `var name: Type` / `let name: Type` declares a field, `}` at the start of a line closes it.
// A field type other than those below is an error naming the file and line, not a guess.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Field {
    enum Kind {
        case text, flag, html, strings, views
    }
    var name: String
    var kind: Kind
}

struct View {
    var name: String
    var fields: [Field]
}

struct GeneratorError: Error {
    var message: String
}

func readFile(_ path: String) throws -> String {
    guard let file = fopen(path, "rb") else { throw GeneratorError(message: "\(path): cannot read") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n == 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}

func kind(of type: String) -> Field.Kind? {
    switch type {
    case "String": return .text
    case "Bool": return .flag
    case "RawHTML": return .html
    case "[String]": return .strings
    default:
        if type.hasPrefix("["), type.hasSuffix("]"), !type.dropFirst().dropLast().contains(where: { !$0.isLetter && !$0.isNumber }) {
            return .views
        }
        // A list whose rows are made as the template reads them (ViewList.swift); read the same way.
        if type.hasPrefix("ViewList<"), type.hasSuffix(">"), isIdentifier(type.dropFirst("ViewList<".count).dropLast()) {
            return .views
        }
        return nil
    }
}

func isIdentifier<S: StringProtocol>(_ s: S) -> Bool {
    guard let first = s.first, first.isLetter || first == "_" else { return false }
    return s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
}

func parseViews(_ text: String, path: String) throws -> [View] {
    var views: [View] = []
    var current: View?
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let where_ = "\(path):\(index + 1)"
        var line = Substring(rawLine)
        if let comment = line.firstRange(of: "//") { line = line[..<comment.lowerBound] }
        let trimmed = line.trimmingCharacters(in: " \t\r")
        if trimmed.isEmpty { continue }
        if current == nil {
            guard trimmed.hasPrefix("struct ") else { continue }
            var name = trimmed.dropFirst("struct ".count)
            guard name.hasSuffix("{") else { throw GeneratorError(message: "\(where_): expected `struct Name {` on one line") }
            name = name.dropLast()
            if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
            let viewName = String(name).trimmingCharacters(in: " ")
            guard isIdentifier(viewName) else { throw GeneratorError(message: "\(where_): `\(viewName)` is not a plain struct name") }
            current = View(name: viewName, fields: [])
            continue
        }
        if trimmed == "}" {
            views.append(current!)
            current = nil
            continue
        }
        guard trimmed.hasPrefix("var ") || trimmed.hasPrefix("let ") else {
            throw GeneratorError(message: "\(where_): a view holds only stored `var name: Type` fields")
        }
        let declaration = trimmed.dropFirst(4)
        guard let colon = declaration.firstIndex(of: ":") else { throw GeneratorError(message: "\(where_): a field needs a type") }
        let name = declaration[..<colon].trimmingCharacters(in: " ")
        let type = declaration[declaration.index(after: colon)...].trimmingCharacters(in: " ")
        guard isIdentifier(name) else { throw GeneratorError(message: "\(where_): `\(name)` is not a field name") }
        guard let kind = kind(of: type) else {
            throw GeneratorError(message: "\(where_): field `\(name)` has type `\(type)`; a view field is String, Bool, RawHTML, [String], an array of views or a ViewList of views")
        }
        current!.fields.append(Field(name: name, kind: kind))
    }
    if let open = current { throw GeneratorError(message: "\(path): struct \(open.name) is not closed") }
    return views
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

func generate(_ views: [View]) -> String {
    var out = """
    // Generated by ViewTableGenerator from the view structs (the ViewTables build-tool plugin).
    // Do not edit: add a field to its struct and it appears here on the next build.

    """
    for view in views {
        out += "\nextension \(view.name): TemplateView {\n"
        out += "    static let templateShape = TemplateShape([\n"
        for field in view.fields { out += "        \"\(field.name)\",\n" }
        out += "    ])\n\n"

        let values = view.fields.enumerated().map { position, field -> (Int, String) in
            let access = "view.pointee.\(field.name)"
            switch field.kind {
            case .text: return (position, "return .text(\(access))")
            case .flag: return (position, "return .bool(\(access))")
            case .html: return (position, "return \(access).templateValue")
            case .strings: return (position, "return .list(\(access).map { .text($0) })")
            case .views: return (position, "return \(access).templateRows")
            }
        }
        let texts = view.fields.enumerated().filter { $0.element.kind == .text }
            .map { ($0.offset, "Template.write(view.pointee.\($0.element.name), escaped: escaped, into: &out)") }
        let flags = view.fields.enumerated().filter { $0.element.kind == .flag }
            .map { ($0.offset, "return view.pointee.\($0.element.name)") }
        out += "    static func templateField(_ view: UnsafePointer<Self>, _ position: Int) -> TemplateValue {\n"
        out += positionSwitch(values, none: ".null", fallback: "return .null")
        out += "    }\n\n"
        out += "    static func writeField(_ view: UnsafePointer<Self>, _ position: Int, escaped: Bool, into out: inout ByteBuffer) -> Bool {\n"
        out += positionSwitch(texts, none: "false", fallback: "return false", after: "        return true\n")
        out += "    }\n\n"
        out += "    static func flagField(_ view: UnsafePointer<Self>, _ position: Int) -> Bool? {\n"
        out += positionSwitch(flags, none: "nil", fallback: "return nil")
        out += "    }\n}\n"
    }
    return out
}

/// A function body: `switch position` over `cases` (position, statement), or `none` without any.
func positionSwitch(_ cases: [(Int, String)], none: String, fallback: String, after: String = "") -> String {
    guard !cases.isEmpty else { return "        \(none)\n" }
    var out = "        switch position {\n"
    for (position, statement) in cases { out += "        case \(position): \(statement)\n" }
    return out + "        default: \(fallback)\n        }\n" + after
}

func writeIfChanged(_ path: String, _ text: String) throws {
    // An unchanged output keeps its modification time, so the target is not recompiled.
    if let old = try? readFile(path), old == text { return }
    guard let file = fopen(path, "wb") else { throw GeneratorError(message: "\(path): cannot write") }
    defer { fclose(file) }
    let bytes = Array(text.utf8)
    guard fwrite(bytes, 1, bytes.count, file) == bytes.count else { throw GeneratorError(message: "\(path): write failed") }
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
    fputs("usage: ViewTableGenerator OUTPUT INPUT...\n", stderr)
    exit(2)
}
do {
    var views: [View] = []
    for input in arguments.dropFirst().sorted() { views += try parseViews(readFile(input), path: input) }
    try writeIfChanged(arguments.first!, generate(views))
} catch let error as GeneratorError {
    fputs("\(error.message)\n", stderr)
    exit(1)
} catch {
    fputs("\(error)\n", stderr)
    exit(1)
}
