import Testing
import WaterNexusReports

/// Expected ticks worked by hand with Heckbert's rules: range → nice(range, ceiling),
/// step → nice(range / 5, rounded), domain widened to whole steps.
struct NiceScaleTests {
    @Test func unitInterval() {
        // 0.73: nice range 1 (7.3 → 10 × 0.1), step nice(0.2) = 0.2 → 0 … 0.8.
        let s = NiceScale(minimum: 0, maximum: 0.73)
        #expect(s.step == 0.2)
        #expect(s.ticks.map(s.label) == ["0.0", "0.2", "0.4", "0.6", "0.8"])
    }

    @Test func roundOffDoesNotWidenTheAxis() {
        // An LP's zero read back as -1.76e-12, and 11751.5 (range → 20000, step nice(4000) = 5000 by
        // hand): 0 … 15000, not -5000 … 15000; 4000.0000000001 stays at the tick 4000.
        let s = NiceScale(minimum: -1.7621459846850485e-12, maximum: 11751.5)
        #expect(s.step == 5000 && s.lower == 0 && s.upper == 15000)
        #expect(NiceScale(minimum: 0, maximum: 4000.0000000001).upper == 4000)
    }

    @Test func negativeToPositive() {
        // −45…140: range 185 → 200, step nice(40) = 50 → −50 … 150.
        let s = NiceScale(minimum: -45, maximum: 140)
        #expect(s.ticks == [-50, 0, 50, 100, 150])
        #expect(s.ticks.map(s.label) == ["-50", "0", "50", "100", "150"])
    }

    @Test func degenerateRangeIsWidened() {
        // 5…5 becomes 4.5…5.5: range 1, step nice(0.2) = 0.2 → 4.4 … 5.6.
        let s = NiceScale(minimum: 5, maximum: 5)
        #expect(s.ticks.map(s.label) == ["4.4", "4.6", "4.8", "5.0", "5.2", "5.4", "5.6"])
    }

    @Test func largeValuesFactorOutAPowerOfTen() {
        // 0…2.5e6: range 5e6, step 1e6 → 0 … 3e6, labelled 0 … 3 with "×10⁶" on the axis.
        let s = NiceScale(minimum: 0, maximum: 2.5e6)
        #expect(s.ticks.map(s.label) == ["0", "1", "2", "3"])
        #expect(s.exponentSuffix == " ×10⁶")
    }

    @Test func nonFiniteBoundsFallBack() {
        let s = NiceScale(minimum: .nan, maximum: .infinity)
        #expect(s.lower == 0 && s.upper == 1)
    }
}
