import LeaderboardCore
import LeaderboardOutput

extension SiteBuilder {
    /// The head-to-head matrix of the first `HeadToHead.pageModels` models that share evidence:
    /// a fixed number of pairs at any site size. Any other set is built by compare, in the browser.
    func renderHeadToHead(_ index: SiteIndex) -> OutputFile {
        let root = "../"
        let evidence = scoreboard.evidence
        let slugs = HeadToHead.pageSelection(scoreboard)
        let matrix = HeadToHead(evidence: evidence, models: slugs)
        let names = slugs.map { index.modelInfo[$0]?.name ?? $0 }
        let groupNames = evidence.groups.map { Views.groupName($0, index) }
        let rows = slugs.indices.map { r -> HeadToHeadRowView in
            let cells = slugs.indices.map { c -> HeadToHeadCellView in
                let cell = matrix.cells[r][c]
                if r == c {
                    return HeadToHeadCellView(isSelf: true, isNever: false, isCompared: false, tally: "", verdict: "", label: "", details: [])
                }
                guard cell.isCompared else {
                    return HeadToHeadCellView(isSelf: false, isNever: true, isCompared: false, tally: "", verdict: "",
                                              label: "\(names[r]) vs \(names[c]): never compared (no shared benchmark setup)", details: [])
                }
                let (w, t, l) = (cell.wins, cell.ties, cell.losses)
                let verdict = w > 0 && l > 0 ? "mixed" : (w > 0 ? "win" : (l > 0 ? "loss" : "tie"))
                func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : (word == "loss" ? "es" : "s"))" }
                let details = cell.outcomes.map { o -> String in
                    let word = o.result > 0 ? "win" : (o.result < 0 ? "loss" : "tie")
                    return "\(groupNames[o.group]): \(word) (\(o.mine.valueText) vs \(o.theirs.valueText))"
                }
                return HeadToHeadCellView(isSelf: false, isNever: false, isCompared: true, tally: "\(w)–\(t)–\(l)", verdict: verdict,
                                          label: "\(names[r]) vs \(names[c]): \(count(w, "win")), \(count(t, "tie")), \(count(l, "loss"))",
                                          details: details)
            }
            return HeadToHeadRowView(name: names[r], href: SitePaths.model(slugs[r], from: root), cells: cells)
        }
        let compared = scoreboard.rows.count { $0.cohort != nil }
        let context = HeadToHeadContext(
            root: root,
            columns: slugs.indices.map { LinkView(label: names[$0], href: SitePaths.model(slugs[$0], from: root)) },
            rows: rows, shownCount: String(slugs.count), totalCount: String(compared), hasRows: !rows.isEmpty,
            isCapped: compared > slugs.count, pageModels: String(HeadToHead.pageModels)
        )
        return page(path: "head-to-head/index.html", title: "Head-to-head",
                    description: "Win, tie and loss between models on the benchmark setups they share.",
                    template: "head-to-head", context: context, nav: "head-to-head")
    }
}
