/// The file `leaderboard new criterion` writes. It loads as it is; it becomes a column once a
/// benchmark names it.
public enum CriterionScaffold {
    public static func markdown(name: String, order: Int) -> String {
        """
        ---
        name: \(ModelScaffold.yamlQuoted(name))
        order: \(order)                 # position among the criteria (columns, pages)
        summary: ""              # one sentence: what this criterion is about
        ---

        What this criterion covers, which benchmarks measure it, and what it leaves out.

        """
    }
}
