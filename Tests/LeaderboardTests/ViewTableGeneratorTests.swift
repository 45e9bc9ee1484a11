import Foundation
import Testing

/// The generator behind the ViewTables plugin, run as the build runs it.
@Suite struct ViewTableGeneratorTests {
    var generator: String {
        (Support.binary as NSString).deletingLastPathComponent + "/ViewTableGenerator"
    }

    func generate(_ source: String) throws -> (Support.Run, String) {
        let folder = Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Support.write(["Views/Sample.swift": source], under: folder)
        let run = try Support.run(["out.swift", "Views/Sample.swift"], in: folder, executable: generator)
        let output = (try? String(contentsOfFile: folder + "/out.swift", encoding: .utf8)) ?? ""
        return (run, output)
    }

    /// Each kind of field gets its reading, its position follows the declaration, and only text
    /// is written in place and only flags answer as flags.
    @Test func everyFieldKindByPosition() throws {
        let (run, output) = try generate("""
        // a comment
        struct SampleView {
            var title: String // trailing comment
            var isShown: Bool
            var body: RawHTML
            var notes: [String]
            var links: [LinkView]
            var rows: ViewList<LinkView>
        }
        """)
        #expect(run.status == 0, "\(run.stderr)")
        for line in [
            "extension SampleView: TemplateView {",
            "        \"title\",\n        \"isShown\",\n        \"body\",\n        \"notes\",\n        \"links\",\n        \"rows\",\n    ])",
            "        case 0: return .text(view.pointee.title)",
            "        case 1: return .bool(view.pointee.isShown)",
            "        case 2: return view.pointee.body.templateValue",
            "        case 3: return .list(view.pointee.notes.map { .text($0) })",
            "        case 4: return view.pointee.links.templateRows",
            "        case 5: return view.pointee.rows.templateRows",
            "        case 0: Template.write(view.pointee.title, escaped: escaped, into: &out)\n        default: return false",
            "        case 1: return view.pointee.isShown\n        default: return nil",
        ] {
            #expect(output.contains(line), "\(line)")
        }
    }

    /// A field the tables cannot read is an error naming the file and line, and nothing is written.
    @Test func unknownTypeIsRefused() throws {
        let (run, output) = try generate("struct BadView {\n    var name: String\n    var count: Int\n    var rows: ViewList<[LinkView]>\n}\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Views/Sample.swift:3: field `count` has type `Int`"), "\(run.stderr)")
        #expect(output.isEmpty)
    }

    @Test func computedPropertyIsRefused() throws {
        let (run, _) = try generate("struct BadView {\n    var name: String\n    func f() {}\n}\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("Views/Sample.swift:3: a view holds only stored"), "\(run.stderr)")
    }
}
