/// Cross-file checks that need the whole content: legal but probably mistakes.
enum ContentChecks {
    static func run(_ content: Content, metricFiles: Set<String>, root: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let reported = Set(content.measurements.map(\.benchmark))
        for benchmark in content.benchmarks where !reported.contains(benchmark.id) {
            diagnostics.append(.warning(benchmark.location, "no model reports benchmark `\(benchmark.id)`"))
        }
        let measured = Set(content.measurements.map(\.model))
        for model in content.models where !measured.contains(model.slug) {
            if model.paper == .unspecified {
                diagnostics.append(.warning(model.location, "model has no measurements and does not say `paper: none`; add measurements or state that there is no paper"))
            }
        }
        for model in content.models where model.paper == .unspecified && measured.contains(model.slug) {
            diagnostics.append(.warning(model.location, "`paper` is not set: give the paper's URL or `paper: none`"))
        }
        // Subsets without a headline never reach the score; say so where it happens.
        var headline = Set<String>()
        for m in content.measurements where m.isHeadline && m.value != nil { headline.insert(m.model + "\u{1F}" + m.benchmark) }
        var warned = Set<String>()
        for m in content.measurements where m.subset != nil && m.value != nil {
            let key = m.model + "\u{1F}" + m.benchmark
            if !headline.contains(key) && warned.insert(key).inserted {
                diagnostics.append(.warning(m.location, "`\(m.benchmark)` has subset values but no headline value (one without `subset` and `variant`); the subsets are shown but do not count toward the score"))
            }
        }
        return diagnostics
    }
}
