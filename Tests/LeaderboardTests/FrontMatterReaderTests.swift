import Foundation
import Testing
@testable import LeaderboardCore

/// The flat front-matter reader must give exactly what Yams gives (keys, values, styles,
/// positions) on every file it accepts, and hand everything else to Yams.
@Suite struct FrontMatterReaderTests {
    static let tricky = [
        "name: A\n", "name: A  \n", "a: 1\nb: [x, y]\n", "a: [ x ,y ]\n", "a: -5\n", "a: -x\n", "a: x #c\n", "a: x#c\n",
        "a: http://x.org/a:b\n", "a: b: c\n", "a: b:\n", "a:    spaced out\n", "a: ~\n", "a: null\n", "a: [1, 2]\n", "a: [a b]\n",
        "a: []\n", "a: [a,]\n", "a:\n", "a: 'q'\n", "a: \"q\"\n", "a: !x y\n", "a: &x y\n", "a: x\n\nb: y\n", "a: x\na: y\n",
        "a: x\n  y\n", "A_b-c: d\n", "a: .5\n", "a: [-1, +2, 3.5e2]\n", "a: é\n", "a: x\t\n", "- a\n", "a: |\n  x\n", "a: {x: 1}\n",
        "a: [x, [y]]\n", "a: 2023-02-01\n", "a: yes\n", "a: x\n# c\n", "a: [x]\n", "a: x y z\n", "a: 50%\n", "a: x,y\n", "a: [x, y] z\n",
        "raw_html: true\n", "range: [0, 100]\nchance: 25\n", "a: x", "a:x\n", "a : x\n", "9a: x\n", "a: `x`\n", "a: @x\n", "a: %x\n",
    ]

    func frontMatters() throws -> [(String, String, Int)] {
        var out: [(String, String, Int)] = []
        let roots = [Support.seedContent, Support.packageRoot + "/Tests/LeaderboardTests/Fixtures"]
        for root in roots {
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".md") {
                let path = root + "/" + relative
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
                      case (let fm?, _) = FrontMatter.split(text, path: path) else { continue }
                out.append((path, fm.yaml, fm.yamlFirstLine))
            }
        }
        for (i, yaml) in Self.tricky.enumerated() { out.append(("tricky-\(i)", yaml, 2)) }
        return out
    }

    @Test func flatReaderAgreesWithYamsWheneverItAccepts() throws {
        var accepted = 0
        let all = try frontMatters()
        for (path, yaml, firstLine) in all {
            guard FlatFrontMatter.read(yaml) != nil else { continue }
            accepted += 1
            let flat = YAMLFields(yaml: yaml, firstLine: firstLine, path: path)
            let yams = YAMLFields(yaml: yaml, firstLine: firstLine, path: path, allowFlatReader: false)
            #expect(yams.isValid && yams.diagnostics.isEmpty, "\(path): Yams rejects what the flat reader accepted: \(yams.diagnostics)")
            #expect(flat.canonicalMembers == yams.canonicalMembers, "\(path)\n\(yaml)")
        }
        // Most seed files take the fast path, and the tricky cases exercise both.
        #expect(accepted > all.count / 2, "\(accepted) of \(all.count)")
    }

    @Test func flatReaderLeavesTheUnusualToYams() {
        for yaml in ["a: x #c\n", "a: b: c\n", "a: 'q'\n", "a: x\na: y\n", "a: x\n  y\n", "a:\n", "a: é\n", "- a\n", "a: [a b]\n", "a:x\n"] {
            #expect(FlatFrontMatter.read(yaml) == nil, "\(yaml)")
        }
        #expect(FlatFrontMatter.read("name: Model 1\nalignment: [curated-data, reward-model]\npaper: https://example.org/p\n")?.count == 3)
    }
}
