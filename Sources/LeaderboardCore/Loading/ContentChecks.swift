/// Cross-file checks that need the whole content: legal but probably mistakes.
enum ContentChecks {
    static func run(_ content: Content) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Measurements are sorted by model, benchmark, subset and variant, so one pass over runs of
        // equal (model, benchmark) answers every question below without hashing each measurement.
        var reported = Set<String>()
        var measured = Set<String>()
        var runStart = 0
        let all = content.measurements
        while runStart < all.count {
            var runEnd = runStart + 1
            while runEnd < all.count && all[runEnd].model == all[runStart].model && all[runEnd].benchmark == all[runStart].benchmark { runEnd += 1 }
            reported.insert(all[runStart].benchmark)
            if runStart == 0 || all[runStart - 1].model != all[runStart].model { measured.insert(all[runStart].model) }
            // Subsets without a headline never reach the score; say so where it happens, unless a
            // qualitative headline already says why the source has none. A variant's subsets never
            // count (a variant is shown, not scored), so they need no headline of the main setup.
            let hasHeadline = all[runStart..<runEnd].contains { $0.isHeadline && ($0.value != nil || $0.qualitative != nil) }
            if !hasHeadline, let first = all[runStart..<runEnd].first(where: { $0.subset != nil && $0.variant == nil && $0.value != nil }) {
                diagnostics.append(.warning(first.location, "`\(first.benchmark)` has subset values but no headline value (one without `subset` and `variant`); the subsets are shown but do not count toward the score (if the source has no overall value, say so in a headline `qualitative` entry)"))
            }
            runStart = runEnd
        }
        for benchmark in content.benchmarks where !reported.contains(benchmark.id) {
            diagnostics.append(.warning(benchmark.location, "no model reports benchmark `\(benchmark.id)`"))
        }
        for model in content.models where !measured.contains(model.slug) {
            if model.paper == .unspecified {
                diagnostics.append(.warning(model.location, "model has no measurements and does not say `paper: none`; add measurements or state that there is no paper"))
            }
        }
        for model in content.models where model.paper == .unspecified && measured.contains(model.slug) {
            diagnostics.append(.warning(model.location, "`paper` is not set: give the paper's URL or `paper: none`"))
        }
        return diagnostics
    }
}
