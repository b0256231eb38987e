import Testing
import WaterNexusReports

struct ReportNumberTests {
    @Test(arguments: [
        (12.499999999999998, "12.5"), (2432.7791234, "2432.78"), (0.000123456789, "0.000123457"),
        (1234567.8, "1234570"), (-0.0000001, "-1e-07"), (1.5e20, "1.5e+20"), (0.1 + 0.2, "0.3"),
        (-0.0, "0"), (100.0, "100"), (-42.125, "-42.125"), (0.00999999, "0.00999999"),
    ])
    func roundsToSixSignificantDigits(value: Double, shown: String) {
        #expect(ReportNumber.format(value) == shown)
    }

    @Test func columnShowsRoundOffAsZero() {
        // -1.76e-12 beside 2432.8 is round-off from the LP; alone it is a value.
        #expect(ReportNumber.column([2432.779, -1.7621459846850485e-12, 10.005]) == ["2432.78", "0", "10.005"])
        #expect(ReportNumber.column([-1.7621459846850485e-12]) == ["-1.76215e-12"])
        #expect(ReportNumber.column([.infinity, 3, .nan]) == ["inf", "3", "nan"])
    }

    @Test(arguments: [
        ("0.00123", 3), ("1200", 2), ("12.50", 4), ("-1.7621459846850485e-12", 17), ("12.499999999999998", 17),
        ("0", 1), ("75%", 2), ("2432.779", 7),
    ])
    func countsSignificantDigits(text: String, digits: Int) {
        #expect(ReportNumber.significantDigits(in: text) == digits)
    }

    @Test func countsTakeTheSingularForOne() {
        #expect(ReportNumber.count(1, "run") == "1 run")
        #expect(ReportNumber.count(0, "run") == "0 runs")
        #expect(ReportNumber.count(3, "MORIME point") == "3 MORIME points")
    }

    @Test func textIsNotANumber() {
        for text in ["LR", "", "1.2.3", "inf", "a1"] { #expect(ReportNumber.significantDigits(in: text) == nil) }
    }
}
