/// A measurement as a metrics file gives it, before the rules that make it one. Both metrics
/// readers fill a draft (the fast one from bytes, the careful one from a JSON tree), and the rules
/// on a measurement's own fields are written only here. A broken rule names its field, so the
/// careful reader can point at it; the fast reader only needs to know that one broke.
struct MeasurementDraft {
    var benchmark: String?
    /// The number and its text as written.
    var value: (Double, String)?
    var qualitative: String?
    var subset: String?
    var variant: String?
    var stderr: (Double, String)?
    var nShot: (Double, String)?
    var note: String?
    var source: Source?
    var harness: HarnessProvenance?
    /// The file has a "value" key even if it did not read as a number (that is reported apart).
    var hasValueKey = false

    enum Field { case measurement, value, qualitative, stderr, nShot }

    struct Problem {
        var field: Field
        var message: String
    }

    /// The rules on the measurement's own fields; `benchmark` is its benchmark when known.
    func problems(on benchmark: Benchmark?) -> [Problem] {
        var out: [Problem] = []
        if value == nil && qualitative == nil && !hasValueKey {
            out.append(Problem(field: .measurement, message: "measurement needs a \"value\" (a number) or \"qualitative\" (text describing a figure-only or prose-only result)"))
        }
        if value != nil && qualitative != nil {
            out.append(Problem(field: .qualitative, message: "a measurement has either \"value\" or \"qualitative\", not both"))
        }
        if let (v, raw) = value, let benchmark, !benchmark.admits(v) {
            let unit = benchmark.unit.isEmpty ? "" : " " + benchmark.unit
            out.append(Problem(field: .value, message: "value \(raw) is outside the range of `\(benchmark.id)` (\(NumberFormat.plain(benchmark.low))–\(NumberFormat.plain(benchmark.high))\(unit))"))
        }
        if let (s, raw) = stderr, s < 0 {
            out.append(Problem(field: .stderr, message: "stderr \(raw) cannot be negative"))
        }
        if let (n, raw) = nShot, Measurement.shotCount(n) == nil {
            out.append(Problem(field: .nShot, message: "n_shot \(raw) must be a whole number from 0"))
        }
        return out
    }

    /// Whether every rule holds: what the fast reader asks (it never words a problem). The same
    /// rules as `problems(on:)`, on plain values, so the fast reader keeps its fields in locals.
    static func holds(value: Double?, hasQualitative: Bool, stderr: Double?, nShot: Double?, on benchmark: Benchmark) -> Bool {
        guard (value == nil) != !hasQualitative else { return false }
        if let value, !benchmark.admits(value) { return false }
        if let stderr, stderr < 0 { return false }
        if let nShot, Measurement.shotCount(nShot) == nil { return false }
        return true
    }

    /// The measurement, once the rules hold and the benchmark and source are there.
    func measurement(model: String, location: SourceLocation) -> Measurement? {
        guard let benchmark, let source else { return nil }
        return Measurement(
            model: model, benchmark: benchmark,
            value: value?.0, rawValue: value?.1, qualitative: qualitative,
            subset: subset, variant: variant,
            stderr: stderr?.0, rawStderr: stderr?.1, nShot: nShot.flatMap { Measurement.shotCount($0.0) }, note: note,
            source: source, harness: harness,
            location: location
        )
    }
}
