/// The file `leaderboard new benchmark` writes: every field present with a comment saying what
/// goes there. It loads as it is (a benchmark no model reports yet, which `check` points out).
public enum BenchmarkScaffold {
    public static func markdown(name: String, criterion: String) -> String {
        """
        ---
        name: \(ModelScaffold.yamlQuoted(name))
        criterion: \(criterion)
        direction: higher        # higher | lower | target (then add `target: 50`)
        range: [0, 1]            # the scale values are on; a value outside it is an error
        unit: fraction           # how values are written, e.g. "%" or fraction
        setup: ""                # the setup in a phrase: metric, prompt, shots (tells setups of one test apart)
        # chance: 0.5            # direction higher: the score of guessing (values at or below it score 0)
        # no_chance: "why there is no chance level"
        # items: 817             # test items a value averages over (a binomial bound on its error)
        # setup_group: my-group  # benchmarks measuring the same metric, prompt and scale
        # paper: {title: "Author et al. 2024, Title", url: https://example.org/paper}
        # harness:               # how `leaderboard import` maps results onto this benchmark
        #   - {task: my_task, metric: acc}
        ---

        What the benchmark asks of a model, what a high or low value means, and what it cannot tell.

        """
    }
}
