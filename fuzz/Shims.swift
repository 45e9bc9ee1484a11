// Stand-ins for the parts of LeaderboardCore that the fuzzed files reference but that pull in
// Yams or cmark; the real definitions live in ContentLoader.swift and FileIO.swift.
import Foundation

struct ContentLoader {
    var root = ""
    func path(_ folder: String, _ name: String) -> String { "\(root)/\(folder)/\(name)" }
    func stem(_ name: String) -> String { name }
    func readText(_ path: String) -> (SourceText?, [Diagnostic]) { (nil, []) }
}

public struct FileIO {}
