import Foundation
import Testing
@testable import LeaderboardCore
@testable import LeaderboardSite

/// Pages and exports of the minimal content, compared byte for byte with Fixtures/golden.
/// After an intended change, regenerate with UPDATE_GOLDEN=1 swift test --filter GoldenTests and review the diff.
@Suite struct GoldenTests {
    static let pages = ["index.html", "models/alpha/index.html", "models/beta/index.html", "criteria/factuality/index.html",
                        "benchmarks/truth/index.html", "matrix/index.html", "head-to-head/index.html", "data/leaderboard.json", "data/measurements.csv"]

    @Test(arguments: pages)
    func pageMatchesGolden(path: String) throws {
        let site = try Support.render(Support.minimalContent())
        let actual = try #require(site[path])
        let golden = Support.fixtures + "/golden/" + path
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (golden as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: golden, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false), e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("\(path) differs from its golden file at line \(line + 1):\n  got:      \(line < a.count ? a[line] : "<end>")\n  expected: \(line < e.count ? e[line] : "<end>")")
        }
    }
}
