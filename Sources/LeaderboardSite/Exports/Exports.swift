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
        writeLeaderboardJSON(scoreboard, into: &page.buffer)
        return OutputFile(path: "data/leaderboard.json", page: page)
    }

    /// Fixed key order, so the export is byte-stable.
    private static func writeLeaderboardJSON(_ scoreboard: Scoreboard, into w: inout ByteBuffer) {
        w.append("{\n  \"criteria\": [")
        for (i, c) in scoreboard.content.criteria.enumerated() {
            w.append(i == 0 ? "\n    " : ",\n    ")
            w.append("{\"id\": "); w.jsonString(c.id); w.append(", \"name\": "); w.jsonString(c.name); w.append("}")
        }
        w.append("\n  ],\n  \"models\": [")
        for (i, row) in scoreboard.rows.enumerated() {
            let m = row.model
            w.append(i == 0 ? "\n    {" : ",\n    {")
            w.append("\"slug\": "); w.jsonString(m.slug)
            w.append(", \"name\": "); w.jsonString(m.name)
            w.append(", \"rank\": \(row.rank)")
            w.append(", \"cohort\": "); w.append(row.cohort.map { String($0) } ?? "null")
            w.append(", \"cohort_criterion\": "); w.jsonString(row.cohort.map { scoreboard.cohorts[$0 - 1].criterion })
            w.append(", \"standing\": "); w.jsonString(row.meanWinRate == nil ? nil : row.standing)
            w.append(", \"organization\": "); w.jsonString(m.organization)
            w.append(", \"paper\": "); w.jsonString(m.paperURL)
            w.append(", \"paper_status\": "); w.jsonString(m.paper.exportKey)
            w.append(", \"alignment\": [")
            w.append(m.alignment.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            w.append("], \"criteria\": {")
            for (j, r) in row.criteria.enumerated() {
                w.append(j == 0 ? "" : ", ")
                w.jsonString(r.criterion)
                w.append(": {\"status\": "); w.jsonString(r.status.rawValue)
                w.append(", \"score\": "); w.jsonNumber(r.score)
                w.append(", \"interval\": ")
                if let low = r.scoreLow, let high = r.scoreHigh {
                    w.append("["); w.jsonNumber(low); w.append(", "); w.jsonNumber(high); w.append("]")
                } else {
                    w.append("null")
                }
                w.append(", \"benchmarks\": [\(r.basis.map { "\"\(JSONNode.escape($0.benchmark, htmlSafe: true))\"" }.joined(separator: ", "))]")
                w.append(", \"win_rate\": "); w.jsonNumber(r.winRate)
                w.append("}")
            }
            w.append("}, \"overall\": {\"score\": "); w.jsonNumber(row.overall)
            w.append(", \"coverage\": \(row.coverage), \"mean_win_rate\": "); w.jsonNumber(row.meanWinRate)
            w.append("}}")
        }
        w.append("\n  ]\n}\n")
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
            // The reading and its group are read in place: copying either per measurement
            // retained every reference it holds.
            // A capability value has no score in the site, but the export has always given its
            // position on the declared range.
            let score = (b != nil && m.value != nil) ? NumberFormat.fixed(readings[position].score ?? Normalization.score(m.value!, on: benchmarks[b!]), decimals: 3) : ""
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
            let u = readings[position].uncertainty
            if let place = readings[position].place {
                let entry = scoreboard.evidence.groups[place.group].entries[place.entry]
                rank = scoreboard.evidence.counts(position) ? scoreboard.evidence.groups[place.group].shownRank(entry) : "replication"
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

/// JSON values for the exports.
extension ByteBuffer {
    mutating func jsonString(_ text: String?) {
        guard let text else { append("null"); return }
        append(UInt8(ascii: "\""))
        append(JSONNode.escape(text, htmlSafe: true))
        append(UInt8(ascii: "\""))
    }
    mutating func jsonNumber(_ value: Double?) {
        guard let value, value.isFinite else { append("null"); return }
        append(NumberFormat.plain((value * 1000).rounded(.toNearestOrAwayFromZero) / 1000))
    }
}
