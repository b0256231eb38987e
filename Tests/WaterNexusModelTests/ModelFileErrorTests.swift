import Testing
import WaterNexusTestSupport
import WaterNexusModel

/// Every bad input gives a ``ModelFileError`` that names the line and the problem; none crashes or hangs.
struct ModelFileErrorTests {
    static let goodMPS = """
    NAME tiny
    ROWS
     N obj
     L c1
    COLUMNS
     x obj 1 c1 1
     y obj 2 c1 1
    RHS
     RHS c1 4
    BOUNDS
     UP BND x 3
    ENDATA
    """

    static let goodLP = """
    Minimize
     obj: x + 2 y
    Subject To
     c1: x + y <= 4
    Bounds
     x <= 3
    End
    """

    func mpsError(_ text: String, format: MPSFormat? = .free, file: String? = "bad.mps") -> ModelFileError? {
        do {
            _ = try Model.readMPS(text, format: format, file: file)
            return nil
        } catch let error as ModelFileError {
            return error
        } catch {
            return ModelFileError("unexpected error type: \(error)")
        }
    }

    func lpError(_ text: String) -> ModelFileError? {
        do {
            _ = try Model.readLP(text, file: "bad.lp")
            return nil
        } catch let error as ModelFileError {
            return error
        } catch {
            return ModelFileError("unexpected error type: \(error)")
        }
    }

    func replacing(_ text: String, _ old: String, _ new: String) -> String {
        text.replacingOccurrences(of: old, with: new)
    }

    @Test func theGoodFilesAreRead() throws {
        #expect(mpsError(Self.goodMPS) == nil)
        #expect(lpError(Self.goodLP) == nil)
    }

    @Test func truncatedMPS() throws {
        let error = try #require(mpsError(String(Self.goodMPS.prefix(while: { $0 != "B" }))))
        #expect(error.line == 9 && error.message.contains("ENDATA") && error.message.contains("truncated"))
        #expect(error.description.hasPrefix("bad.mps:9: "))
    }

    @Test func garbledMPSLine() throws {
        let error = try #require(mpsError(replacing(Self.goodMPS, " y obj 2 c1 1", " y obj")))
        #expect(error.line == 7 && error.message.contains("COLUMNS record"))
        let number = try #require(mpsError(replacing(Self.goodMPS, "c1 4", "c1 4x")))
        #expect(number.line == 9 && number.message.contains("expected a number") && number.message.contains("4x"))
        let section = try #require(mpsError(replacing(Self.goodMPS, "BOUNDS", "BOUNDZ")))
        #expect(section.line == 10 && section.message.contains("unknown section \"BOUNDZ\""))
        // A fixed-layout entry shifted one column to the right puts the number's last digit in column 37.
        var lines = try FileTestModels.everyFeature().mpsText(format: .fixed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let entry = try #require(lines.firstIndex { $0.hasPrefix("    x ") })
        lines[entry] = " " + lines[entry]
        let fixedLayout = try #require(mpsError(lines.joined(separator: "\n"), format: .fixed))
        #expect(fixedLayout.line == entry + 1 && fixedLayout.message.contains("column 37 must be blank"))
    }

    @Test func unknownRowInColumns() throws {
        let error = try #require(mpsError(replacing(Self.goodMPS, " y obj 2 c1 1", " y obj 2 c9 1")))
        #expect(error.line == 7 && error.message.contains("row \"c9\" is not defined in ROWS"))
        let rhs = try #require(mpsError(replacing(Self.goodMPS, "RHS c1 4", "RHS c7 4")))
        #expect(rhs.line == 9 && rhs.message.contains("c7"))
        let bound = try #require(mpsError(replacing(Self.goodMPS, "BND x 3", "BND q 3")))
        #expect(bound.line == 11 && bound.message.contains("column \"q\" is not defined"))
    }

    @Test func nonFiniteNumbers() throws {
        let nan = try #require(mpsError(replacing(Self.goodMPS, "y obj 2", "y obj nan")))
        #expect(nan.line == 7 && nan.message.contains("expected a number") && nan.message.contains("nan"))
        let inf = try #require(mpsError(replacing(Self.goodMPS, "y obj 2", "y obj inf")))
        #expect(inf.line == 7 && inf.message.contains("not a finite number"))
        let huge = try #require(lpError(replacing(Self.goodLP, "2 y", "1e999 y")))
        #expect(huge.line == 2 && huge.message.contains("1e999"))
        let constant = try #require(mpsError(replacing(Self.goodMPS, "RHS c1 4", "RHS obj -inf")))
        #expect(constant.line == 9 && constant.message.contains("objective constant"))
    }

    @Test func duplicateNames() throws {
        let row = try #require(mpsError(replacing(Self.goodMPS, " L c1\n", " L c1\n G c1\n")))
        #expect(row.line == 5 && row.message.contains("row \"c1\" is defined twice"))
        let column = try #require(mpsError(replacing(Self.goodMPS, " y obj 2 c1 1", " y obj 2 c1 1\n x c1 2")))
        #expect(column.line == 8 && column.message.contains("column \"x\"") && column.message.contains("consecutive"))
        let entry = try #require(mpsError(replacing(Self.goodMPS, " y obj 2 c1 1", " y obj 2 c1 1\n y c1 3")))
        #expect(entry.line == 8 && entry.message.contains("second coefficient"))
        let label = try #require(lpError(replacing(Self.goodLP, " c1: x + y <= 4", " c1: x + y <= 4\n c1: x >= 1")))
        #expect(label.line == 5 && label.message.contains("row \"c1\" is defined twice"))
    }

    @Test func lowerAboveUpper() throws {
        let mps = try #require(mpsError(replacing(Self.goodMPS, " UP BND x 3", " LO BND x 5\n UP BND x 3")))
        #expect(mps.line == 12 && mps.message.contains("lower bound 5") && mps.message.contains("upper bound 3"))
        let negativeUpper = try #require(mpsError(replacing(Self.goodMPS, " UP BND x 3", " UP BND x -3")))
        #expect(negativeUpper.line == 11 && negativeUpper.message.contains("lower bound 0"))
        let lp = try #require(lpError(replacing(Self.goodLP, " x <= 3", " x >= 5\n x <= 3")))
        #expect(lp.line == 7 && lp.message.contains("above upper bound"))
        let ranged = try #require(mpsError(replacing(Self.goodMPS, "BOUNDS", "RANGES\n RNG c1 inf\nBOUNDS")))
        #expect(ranged.line == 11 && ranged.message.contains("must be finite"))
    }

    @Test func garbledLP() throws {
        let sign = try #require(lpError(replacing(Self.goodLP, "x + y <= 4", "x + + <= 4")))
        #expect(sign.line == 4 && sign.message.contains("after the sign"))
        let relation = try #require(lpError(replacing(Self.goodLP, "x + y <= 4", "x y <= 4")))
        #expect(relation.line == 4 && relation.message.contains("expected <=, >= or =") && relation.message.contains("\"y\""))
        let start = try #require(lpError("Subject To\n c: x <= 1\nEnd\n"))
        #expect(start.line == 1 && start.message.contains("Minimize"))
        let character = try #require(lpError(replacing(Self.goodLP, "x + 2 y", "x * 2 y")))
        #expect(character.line == 2 && character.message.contains("'*'"))
        let truncated = try #require(lpError(String(Self.goodLP.prefix(40))))
        #expect(truncated.message.contains("End") || truncated.message.contains("expected"))
        let afterEnd = try #require(lpError(Self.goodLP + "\n x >= 2\n"))
        #expect(afterEnd.line == 8 && afterEnd.message.contains("after End"))
    }

    @Test func lpWithUnknownSection() throws {
        let unsupported = try #require(lpError(replacing(Self.goodLP, "Bounds", "Semi-Continuous")))
        #expect(unsupported.line == 5 && unsupported.message.contains("not supported"))
        let unknown = try #require(lpError(replacing(Self.goodLP, "Bounds\n x <= 3", "Limits\n x <= 3")))
        #expect(unknown.line == 6 && unknown.message.contains("\"Limits\" is meant to start a section"))
    }

    @Test func namesTheModelRejects() throws {
        let reserved = try #require(lpError(replacing(Self.goodLP, "2 y", "2 _c7")))
        #expect(reserved.line == 2 && reserved.message.contains("reserved"))
        let badStart = try #require(mpsError(replacing(Self.goodMPS, " L c1", " L #c1")))
        #expect(badStart.line == 4 && badStart.message.contains("#c1"))
    }

    @Test func everyPrefixOfAFileFailsCleanlyOrReads() throws {
        // Truncation anywhere must give a ModelFileError (or a valid model), never a crash or a hang.
        let mps = try FileTestModels.everyFeature().mpsText(format: .fixed)
        let lp = try FileTestModels.everyFeature().lpText()
        var failures = 0
        for cut in stride(from: 0, to: mps.utf8.count, by: 7) {
            if mpsError(String(mps.prefix(cut)), format: nil) != nil { failures += 1 }
        }
        for cut in stride(from: 0, to: lp.utf8.count, by: 5) {
            if let error = lpError(String(lp.prefix(cut))) { failures += 1; #expect(!error.message.isEmpty) }
        }
        #expect(failures > 0)
        // Garbage bytes, too.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? Model.readMPS(bytes)
            _ = try? Model.readLP(bytes)
        }
    }
}
