import Testing
@testable import LeaderboardCore

@Suite struct NormalizationTests {
    func benchmark(_ direction: Direction, _ low: Double, _ high: Double, chance: Double? = nil) -> Benchmark {
        Benchmark(id: "b", name: "B", criterion: "c", direction: direction, low: low, high: high, chance: chance,
                  unit: "", setup: "", paper: nil, harness: [], summary: "", descriptionHTML: "",
                  location: SourceLocation(path: "b.md"))
    }

    /// A benchmark's fields are shared by its copies until one copy changes: then only that one does.
    @Test func changingACopyOfABenchmarkLeavesTheOriginal() {
        let original = benchmark(.higher, 0, 1, chance: 0.5)
        var copy = original
        #expect(copy == original)
        copy.high = 100
        copy.name = "Changed"
        #expect(original.high == 1 && original.name == "B" && original.chance == 0.5)
        #expect(copy.high == 100 && copy.name == "Changed" && copy.chance == 0.5)
        #expect(copy != original)
        var same = benchmark(.higher, 0, 1, chance: 0.5)
        #expect(same == original)
        same.anchor = original.anchor
        #expect(same == original)
    }

    @Test func higherIsLinear() {
        #expect(abs(Normalization.score(0.57, on: benchmark(.higher, 0, 1)) - 57.0) < 1e-9)
        #expect(Normalization.score(0, on: benchmark(.higher, 0, 1)) == 0)
        #expect(Normalization.score(1, on: benchmark(.higher, 0, 1)) == 100)
    }

    @Test func lowerIsInverted() {
        #expect(abs(Normalization.score(0.128, on: benchmark(.lower, 0, 1)) - 87.2) < 1e-9)
    }

    @Test func targetPenalizesBothSides() {
        let crows = benchmark(.target(50), 0, 100)
        #expect(Normalization.score(50, on: crows) == 100)
        #expect(abs(Normalization.score(66.6, on: crows) - 66.8) < 1e-9)
        #expect(abs(Normalization.score(33.4, on: crows) - 66.8) < 1e-9)
        #expect(Normalization.score(0, on: crows) == 0)
    }

    @Test func asymmetricTargetUsesTheLongerSide() {
        // target 0.2 in [0, 1]: the far side (0.8 long) defines the scale.
        let b = benchmark(.target(0.2), 0, 1)
        #expect(abs(Normalization.score(1.0, on: b) - 0) < 1e-9)
        #expect(abs(Normalization.score(0.0, on: b) - 75) < 1e-9)
    }

    @Test func chanceLevelScoresZeroAndRescales() {
        let wino = benchmark(.higher, 0, 100, chance: 50)
        #expect(Normalization.score(40, on: wino) == 0)
        #expect(Normalization.score(50, on: wino) == 0)
        #expect(abs(Normalization.score(77.5, on: wino) - 55) < 1e-9)
    }

    @Test func formulaTextMatchesComputation() {
        #expect(Normalization.formula(for: benchmark(.target(50), 0, 100)) == "100 × (1 − |v − 50| / 50), where 50 = max(50 − 0, 100 − 50)")
        #expect(Normalization.formula(for: benchmark(.lower, 0, 1)) == "100 × (1 − v) / (1 − 0)")
    }
}

@Suite struct NumberFormatTests {
    @Test func fixedRoundsHalfAwayFromZero() {
        #expect(NumberFormat.fixed(66.75, decimals: 1) == "66.8")
        #expect(NumberFormat.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(NumberFormat.fixed(100, decimals: 1) == "100.0")
        #expect(NumberFormat.fixed(0.5, decimals: 0) == "1")
    }

    @Test func plainTrimsZeros() {
        #expect(NumberFormat.plain(50) == "50")
        #expect(NumberFormat.plain(0.5) == "0.5")
        #expect(NumberFormat.plain(-10) == "-10")
        #expect(NumberFormat.plain(1e-7) == "0")
        #expect(NumberFormat.plain(-1e-7) == "0")
        #expect(NumberFormat.plain(0) == "0")
        #expect(NumberFormat.plain(100.25) == "100.25")
        #expect(NumberFormat.plain(0.1234564) == "0.123456")
        #expect(NumberFormat.plain(-0.0000005) == "-0.000001")
        #expect(NumberFormat.plain(1234567.125) == "1234567.125")
        #expect(NumberFormat.plain(987654321.5) == "987654321.5")
    }

    /// Large bounds once recursed forever between `plain` and `fixed` (a range of [0, 1e10] crashed the build).
    @Test func largeNumbersStayFinite() {
        #expect(NumberFormat.plain(1e10) == "10000000000")
        #expect(NumberFormat.plain(123_456_789_012.5) == "123456789012.5")
        #expect(NumberFormat.plain(2e15) == "2.000e15")
        #expect(NumberFormat.plain(-3.5e300) == "-3.500e300")
        #expect(NumberFormat.plain(9.99999e20) == "1.000e21")
        #expect(NumberFormat.fixed(1e300, decimals: 1) == "1.000e300")
        #expect(NumberFormat.fixed(12345.678, decimals: 2) == "12345.68")
        #expect(NumberFormat.fixed(0.005, decimals: 2) == "0.01")
        #expect(NumberFormat.fixed(0, decimals: 3) == "0.000")
    }
}
