/// A unified diff of two texts, line by line (what `import --dry-run` would write). Lines the two
/// share at the start and the end are trimmed first; the middle is diffed by longest common
/// subsequence when small enough, else shown as one replaced block (a merge only adds entries
/// after the last one or replaces some in place, so the middle is small).
public enum TextDiff {
    public static func unified(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])

        // Each line of the whole: " " kept, "-" removed, "+" added, with its old and new numbers.
        var ops: [(kind: Character, text: String)] = a[..<prefix].map { (" ", $0) }
        ops += middle(midA, midB)
        ops += a[(a.count - suffix)...].map { (" ", $0) }

        var out = "--- \(path)\n+++ \(path) (after import)\n"
        var i = 0
        while i < ops.count {
            guard ops[i].kind != " " else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` after the last change
            // that is within 2 × context of the previous one.
            let start = max(0, i - context)
            var end = i
            var j = i
            while j < ops.count {
                if ops[j].kind != " " { end = j }
                if j - end > 2 * context { break }
                j += 1
            }
            let stop = min(ops.count, end + context + 1)
            let oldStart = ops[..<start].filter { $0.kind != "+" }.count + 1
            let newStart = ops[..<start].filter { $0.kind != "-" }.count + 1
            let hunk = ops[start..<stop]
            let oldCount = hunk.filter { $0.kind != "+" }.count, newCount = hunk.filter { $0.kind != "-" }.count
            // An empty side starts at the line before it, as in diff -u ("-0,0" for a new file).
            out += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for op in hunk { out += "\(op.kind)\(op.text)\n" }
            i = stop
        }
        return out
    }

    static func lines(_ text: String) -> [String] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// The changed middle: by longest common subsequence up to 4 million cells, else all of `a`
    /// removed and all of `b` added.
    static func middle(_ a: [String], _ b: [String]) -> [(kind: Character, text: String)] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= 4_000_000 else {
            return a.map { ("-", $0) } + b.map { ("+", $0) }
        }
        let n = a.count, m = b.count
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for x in stride(from: n - 1, through: 0, by: -1) {
            for y in stride(from: m - 1, through: 0, by: -1) {
                table[x * (m + 1) + y] = a[x] == b[y] ? table[(x + 1) * (m + 1) + y + 1] + 1
                    : max(table[(x + 1) * (m + 1) + y], table[x * (m + 1) + y + 1])
            }
        }
        var ops: [(kind: Character, text: String)] = []
        var x = 0, y = 0
        while x < n && y < m {
            if a[x] == b[y] { ops.append((" ", a[x])); x += 1; y += 1 }
            else if table[(x + 1) * (m + 1) + y] >= table[x * (m + 1) + y + 1] { ops.append(("-", a[x])); x += 1 }
            else { ops.append(("+", b[y])); y += 1 }
        }
        ops += a[x...].map { ("-", $0) }
        ops += b[y...].map { ("+", $0) }
        return ops
    }
}
