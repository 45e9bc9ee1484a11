import LeaderboardCore
import LeaderboardOutput

/// The public, machine-readable exports. Other tools read these: keep the shape stable.
public enum Exports {
    public static func leaderboardJSON(_ scoreboard: Scoreboard) -> OutputFile {
        leaderboardJSON(scoreboard, into: PageBytes(capacity: 16_384))
    }

    /// Written into `page`'s buffer: during a build, one from the page pool, which an earlier
    /// large page has already grown (`PagePool.take`).
    static func leaderboardJSON(_ scoreboard: Scoreboard, into page: PageBytes) -> OutputFile {
        var w = JSONWriter()
        w.bytes.exchange(with: &page.buffer)
        w.raw("{\n  \"criteria\": [")
        for (i, c) in scoreboard.content.criteria.enumerated() {
            w.raw(i == 0 ? "\n    " : ",\n    ")
            w.raw("{\"id\": "); w.string(c.id); w.raw(", \"name\": "); w.string(c.name); w.raw("}")
        }
        w.raw("\n  ],\n  \"models\": [")
        for (i, row) in scoreboard.rows.enumerated() {
            let m = row.model
            w.raw(i == 0 ? "\n    {" : ",\n    {")
            w.raw("\"slug\": "); w.string(m.slug)
            w.raw(", \"name\": "); w.string(m.name)
            w.raw(", \"rank\": \(row.rank)")
            w.raw(", \"cohort\": "); w.raw(row.cohort.map { String($0) } ?? "null")
            w.raw(", \"cohort_criterion\": "); w.optionalString(row.cohort.map { scoreboard.cohorts[$0 - 1].criterion })
            w.raw(", \"standing\": "); w.optionalString(row.meanWinRate == nil ? nil : row.standing)
            w.raw(", \"organization\": "); w.optionalString(m.organization)
            w.raw(", \"paper\": "); w.optionalString(m.paperURL)
            w.raw(", \"paper_status\": "); w.string(m.paper.exportKey)
            w.raw(", \"alignment\": [")
            w.raw(m.alignment.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            w.raw("], \"criteria\": {")
            for (j, r) in row.criteria.enumerated() {
                w.raw(j == 0 ? "" : ", ")
                w.string(r.criterion)
                w.raw(": {\"status\": "); w.string(r.status.rawValue)
                w.raw(", \"score\": "); w.number(r.score)
                w.raw(", \"interval\": ")
                if let low = r.scoreLow, let high = r.scoreHigh {
                    w.raw("["); w.number(low); w.raw(", "); w.number(high); w.raw("]")
                } else {
                    w.raw("null")
                }
                w.raw(", \"benchmarks\": [\(r.basis.map { "\"\(JSONNode.escape($0.benchmark, htmlSafe: true))\"" }.joined(separator: ", "))]")
                w.raw(", \"win_rate\": "); w.number(r.winRate)
                w.raw("}")
            }
            w.raw("}, \"overall\": {\"score\": "); w.number(row.overall)
            w.raw(", \"coverage\": \(row.coverage), \"mean_win_rate\": "); w.number(row.meanWinRate)
            w.raw("}}")
        }
        w.raw("\n  ]\n}\n")
        page.buffer.exchange(with: &w.bytes)
        return OutputFile(path: "data/leaderboard.json", page: page)
    }

    public static let csvColumns = ["model", "benchmark", "subset", "value", "score", "source_url", "locator", "kind",
                                    "variant", "stderr", "n_shot", "criterion", "source_title", "qualitative", "note",
                                    "harness_file", "harness_task", "harness_metric", "harness_model_args",
                                    "interval_low", "interval_high", "interval_basis", "setup_group", "setup_rank"]

    public static func measurementsCSV(_ scoreboard: Scoreboard) -> OutputFile {
        measurementsCSV(scoreboard, into: PageBytes(capacity: scoreboard.content.measurements.count * 200))
    }

    static func measurementsCSV(_ scoreboard: Scoreboard, into page: PageBytes) -> OutputFile {
        writeMeasurementsCSV(scoreboard, into: &page.buffer)
        return OutputFile(path: "data/measurements.csv", page: page)
    }

    private static func writeMeasurementsCSV(_ scoreboard: Scoreboard, into out: inout ByteBuffer) {
        // Positions, not copies: no row copies the (large) `Benchmark` struct.
        let benchmarks = scoreboard.content.benchmarks
        let positions = Dictionary(uniqueKeysWithValues: benchmarks.indices.map { (benchmarks[$0].id, $0) })
        func field(_ text: String?, last: Bool = false) { csvField(text, last: last, to: &out) }
        for (i, c) in csvColumns.enumerated() { field(c, last: i == csvColumns.count - 1) }
        var last: (id: String, position: Int?)?
        let readings = scoreboard.evidence.readings
        for (position, m) in scoreboard.content.measurements.enumerated() {
            // Sorted by model, then benchmark: one lookup per run of a benchmark.
            if last?.id != m.benchmark { last = (m.benchmark, positions[m.benchmark]) }
            let b = last?.position
            let reading = readings[position]
            // A capability value has no score in the site, but the export has always given its
            // position on the declared range.
            let score = (b != nil && m.value != nil) ? NumberFormat.fixed(reading.score ?? Normalization.score(m.value!, on: benchmarks[b!]), decimals: 3) : ""
            field(m.model); field(m.benchmark); field(m.subset); field(m.rawValue); field(score)
            field(m.source.url); field(m.source.locator); field(m.source.kind.rawValue)
            field(m.variant); field(m.rawStderr)
            if let nShot = m.nShot { out.appendDecimal(nShot) }
            out.append(0x2C)
            field(b.map { benchmarks[$0].criterion }); field(m.source.title); field(m.qualitative); field(m.note)
            field(m.harness?.file); field(m.harness?.task); field(m.harness?.metric)
            field(m.harness?.modelArgs)
            // The rank where the value counts: "=3", "not ranked" (near chance), "replication", or empty.
            var rank: String?
            let u = reading.uncertainty
            if let place = reading.place {
                let group = scoreboard.evidence.groups[place.group], entry = group.entries[place.entry]
                rank = entry.measurement === m ? group.shownRank(entry) : "replication"
            }
            field(u.map { NumberFormat.plain($0.low) }); field(u.map { NumberFormat.plain($0.high) })
            field(u.map { Self.basisKey($0.basis) })
            field(b.map { benchmarks[$0].isCapability ? "" : benchmarks[$0].group })
            field(rank, last: true)
        }
    }

    static func basisKey(_ basis: Uncertainty.Basis) -> String {
        switch basis {
        case .reported: return "stderr"
        case .items(let n): return "binomial-\(n)"
        case .roundingOnly: return "rounding"
        case .difference(let operands): return "difference-" + basisKey(operands)
        }
    }

    /// One CSV field and its separator; quoted (RFC 4180) only when it holds a comma, quote or line break.
    static func csvField(_ text: String?, last: Bool, to out: inout ByteBuffer) {
        if var text {
            text.withUTF8 { bytes in
                var needsQuotes = false
                for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
                    needsQuotes = true
                    break
                }
                guard needsQuotes else { out.append(bytes); return }
                out.append(0x22)
                for b in bytes {
                    if b == 0x22 { out.append(0x22) }
                    out.append(b)
                }
                out.append(0x22)
            }
        }
        out.append(last ? 0x0A : 0x2C)
    }
}

/// Minimal JSON text writer with fixed key order, so the export is byte-stable.
struct JSONWriter: ~Copyable {
    var bytes = ByteBuffer()

    mutating func raw(_ text: String) { bytes.append(text) }
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        raw(JSONNode.escape(text, htmlSafe: true))
        bytes.append(UInt8(ascii: "\""))
    }
    mutating func optionalString(_ text: String?) { if let text { string(text) } else { raw("null") } }
    mutating func number(_ value: Double?) {
        guard let value, value.isFinite else { raw("null"); return }
        raw(NumberFormat.plain((value * 1000).rounded(.toNearestOrAwayFromZero) / 1000))
    }
}
