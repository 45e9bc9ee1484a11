/// The rules on a measurement's own fields, written once for both metrics readers (the fast one
/// from bytes, the careful one from a JSON tree): a value or a qualitative finding, the value in
/// the benchmark's range, a stderr that is not negative, a whole n_shot. A broken rule names its
/// field, so the careful reader can point at it; the fast reader only asks whether any broke.
/// Numbers come with their text as written.
enum MeasurementRules {
    enum Field { case measurement, value, qualitative, stderr, nShot }

    struct Problem {
        var field: Field
        var message: String
    }

    /// `hasValueKey`: the file has a "value" key even if it did not read as a number (that is
    /// reported apart). `benchmark`: the measurement's benchmark when known. Builds no text
    /// unless a rule breaks.
    static func problems(value: (Double, String)?, hasValueKey: Bool, hasQualitative: Bool, stderr: (Double, String)?,
                         nShot: (Double, String)?, on benchmark: Benchmark?) -> [Problem] {
        var out: [Problem] = []
        if value == nil && !hasQualitative && !hasValueKey {
            out.append(Problem(field: .measurement, message: "measurement needs a \"value\" (a number) or \"qualitative\" (text describing a figure-only or prose-only result)"))
        }
        if value != nil && hasQualitative {
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
}

extension Measurement {
    /// A measurement from the fields as a metrics file gives them, once `MeasurementRules` hold.
    convenience init(model: String, benchmark: String, value: (Double, String)?, qualitative: String?, subset: String?, variant: String?,
         stderr: (Double, String)?, nShot: (Double, String)?, note: String?, source: Source, harness: HarnessProvenance?,
         location: SourceLocation) {
        self.init(model: model, benchmark: benchmark, value: value?.0, rawValue: value?.1, qualitative: qualitative,
                  subset: subset, variant: variant, stderr: stderr?.0, rawStderr: stderr?.1,
                  nShot: nShot.flatMap { Measurement.shotCount($0.0) }, note: note,
                  source: source, harness: harness, location: location)
    }
}
