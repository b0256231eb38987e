import Testing
import WaterNexusModel
import WaterNexusMultiobjective

struct FrontTableTests {
    /// The AUGMECON2 front of the two-objective textbook LP, written and read back exactly.
    @Test func roundTripIsExact() throws {
        let problem = try TextbookProblems.twoObjectiveLP()
        let points = try ExactFront.augmecon2(problem, gridPoints: 4)
        let table = FrontTable(problem: problem, points: points)
        let text = table.csvText()
        #expect(text.hasPrefix("point,f1 [max],f2 [min],x1,x2\n1,"))
        #expect(text.split(separator: "\n").count == points.count + 1)
        #expect(try FrontTable.parse(text) == table)
        #expect(table.csvText() == text)
    }

    /// Names with commas and quotes are quoted; a point without column values has empty cells.
    @Test func quotingAndMissingValues() throws {
        let table = FrontTable(objectiveNames: ["cost, total", "say \"hi\""], senses: [.minimize, .maximize],
                               variableNames: ["x(a,b)"],
                               points: [ParetoPoint(objectives: [1.5, -2], values: [0.25]),
                                        ParetoPoint(objectives: [0.1, 3e-7], values: [])])
        let text = table.csvText()
        #expect(text == """
            point,"cost, total [min]","say ""hi"" [max]","x(a,b)"
            1,1.5,-2.0,0.25
            2,0.1,3e-07,

            """)
        #expect(try FrontTable.parse(text) == table)
        #expect(try FrontTable.parse(text.replacingOccurrences(of: "\n", with: "\r\n")) == table)
    }

    @Test func malformedTablesSayWhere() {
        func message(_ text: String) -> String {
            do {
                _ = try FrontTable.parse(text, source: "front.csv")
                return "parsed"
            } catch {
                return "\(error)"
            }
        }
        #expect(message("") == "front.csv: the file is empty; expected a header starting with \"point\"")
        #expect(message("id,f [min]\n") == "front.csv, line 1: the first column must be \"point\", found \"id\"")
        #expect(message("point,f,x\n").hasPrefix("front.csv, line 1: no objective columns"))
        #expect(message("point,f [min]\n1,2\n2,abc\n") == "front.csv, line 3: column \"f [min]\": \"abc\" is not a number")
        #expect(message("point,f [min]\n1,2,3\n") == "front.csv, line 2: 3 cells; the header has 2")
        #expect(message("point,\"f [min]\n1,2\n") == "front.csv, line 1: a quoted field is never closed; add the closing '\"'")
        #expect(message("point,\"f\" [min]\n") == "front.csv, line 1: text after a closing quote; quote the whole field, and write a quote inside it as \"\"")
    }
}

struct FrontChoiceTests {
    /// The three candidates of ``ChoiceTests`` plus a duplicate of B and a point dominated by A: the
    /// candidates are A, B, C (in filter order: f1 smallest first), and the rules choose as in ChoiceTests.
    @Test func choosesAmongTheDeduplicatedFront() throws {
        let rows: [[Double]] = [[20, 3, 2], [10, 5, 1], [30, 1, 5], [20, 3, 2], [11, 5, 1]]
        let table = FrontTable(objectiveNames: ["f1", "f2", "f3"], senses: ChoiceTests.senses, variableNames: [],
                               points: rows.map { ParetoPoint(objectives: $0, values: []) })
        let regret = try FrontChoice.choose(table, rule: .regret, beta: ChoiceTests.beta)
        #expect(regret.candidates == [1, 0, 2])
        #expect(regret.chosen == 1)
        for (value, hand) in zip(regret.scores, [3.929226, 4.217633, 4.529851]) { #expect(abs(value - hand) < 1e-6) }
        #expect(try FrontChoice.choose(table, rule: .topsis, beta: ChoiceTests.beta).chosen == 1)
        // Weighted sums by hand (benefit form of ChoiceTests): A 0.7, B 0.35 + 0.1 + 0.025 = 0.475, C 0.3.
        let weighted = try FrontChoice.choose(table, rule: .weighted, beta: ChoiceTests.beta)
        #expect(zip(weighted.scores, [0.7, 0.475, 0.3]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(throws: ChoiceError.self) { try FrontChoice.choose(table, rule: .regret, beta: [1, 1]) }
    }
}
