import Foundation
import Testing
import WaterNexusModel

/// Inputs the fuzzers found (Fuzz/crashes/), kept so they stay fixed.
struct FuzzRegressionTests {
    /// `1inf` was read as 1 × a variable named "inf", which the LP writer then wrote as `+ inf` and
    /// the reader took for infinity: the write/read trip lost a column. Now it is an error with the line.
    @Test func coefficientTimesInfinityIsAnError() {
        let text = "\nMinimize\n  1inf + .087 bin3 +12 \nEnd\n\n\\*\u{EF}"
        #expect {
            try Model.readLP(text, file: "crash.lp")
        } throws: { error in
            "\(error)".contains("crash.lp:3") && "\(error)".contains("infinity")
        }
    }

    /// Names that are LP keywords (possible in MPS files) are renamed when written as LP, so the file
    /// reads back with the same shape.
    @Test func keywordNamesSurviveTheLPTrip() throws {
        let mps = """
        NAME kw
        ROWS
         N obj
         L end
        COLUMNS
            inf end 1 obj 1
            bounds end 1 obj 2
        RHS
            RHS end 4
        ENDATA
        """
        let model = try Model.readMPS(mps, file: "kw.mps")
        let again = try Model.readLP(model.lpText(), file: "kw.lp")
        #expect(again.variableCount == 2 && again.constraintCount == 1 && again.nonzeroCount == 2)
        #expect(again.bounds(of: Constraint(index: 0)).upper == 4)
    }
}
