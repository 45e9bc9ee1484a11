// Stand-ins for the parts of LeaderboardCore that the fuzzed files reference but that pull in
// Yams or cmark; the real definitions live in YAMLFields.swift and ContentLoader.swift.
extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8), b = Array(b.utf8)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count { current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)) }
        swap(&previous, &current)
    }
    return previous[b.count]
}

import Foundation

struct ContentLoader {
    var root = ""
    func path(_ folder: String, _ name: String) -> String { "\(root)/\(folder)/\(name)" }
    func stem(_ name: String) -> String { name }
    func readText(_ path: String) -> (SourceText?, [Diagnostic]) { (nil, []) }
}

public struct FileIO {}
