import Foundation
import Testing
import WaterNexusNetwork

/// `maxInlet` and `minThroughput` of treatment technologies in model files (YAML and CSV).
@Suite struct TechnologyLimitFileTests {
    /// Two contaminants, one slot with one technology written on line 7 (or a CSV file) and its capacity.
    func yaml(technology fields: String = "maxInlet: [40, .inf], minThroughput: 5", technologies: String? = nil,
              capacity: String = "\n    capacity: 50", economics: String = "") -> String {
        """
        contaminants: [A, B]
        sources: [{name: fresh, concentrations: [0, 0]}]
        units: [{name: U, loads: [1, 1], maxInlet: [0, 0], maxOutlet: [100, 100]}]
        treatments:
          - name: T
            technologies:\(technologies ?? "\n      - {name: ro, removal: [0.9, 0.9], \(fields)}")\(capacity)
        discharges: [{name: river, limits: [.inf, .inf]}]
        """ + economics
    }

    @Test func yamlFieldsAreRead() throws {
        let model = try NetworkModel.parse(yaml: yaml())
        let ro = model.treatments[0].technologies[0]
        #expect(ro.maxInlet == [40, .infinity])
        #expect(ro.minThroughput == 5)
        // Absent fields: no limit, no minimum.
        let plain = try NetworkModel.parse(yaml: yaml(technology: "kWhPerTonne: 0")).treatments[0].technologies[0]
        #expect(plain.maxInlet == nil && plain.minThroughput == 0)
    }

    @Test func badYamlValuesNameTheLineAndTheField() {
        let count = invalid(yaml(technology: "maxInlet: [40]"))
        #expect(count?.contains("bad.yaml:7:") == true && count?.contains(".maxInlet'") == true && count?.contains("has 1 values but there are 2 contaminants") == true, "\(count ?? "accepted")")
        let negative = invalid(yaml(technology: "maxInlet: [40, -1]"))
        #expect(negative?.contains("bad.yaml:7:") == true && negative?.contains(".maxInlet.B'") == true && negative?.contains("-1.0 is not a number >= 0") == true, "\(negative ?? "accepted")")
        let nan = invalid(yaml(technology: "maxInlet: [.nan, 40]"))
        #expect(nan?.contains(":7:") == true && nan?.contains("'.nan' is not a number") == true, "\(nan ?? "accepted")")
        let negativeMinimum = invalid(yaml(technology: "minThroughput: -2"))
        #expect(negativeMinimum?.contains(":7:") == true && negativeMinimum?.contains(".minThroughput'") == true && negativeMinimum?.contains("not a finite number >= 0") == true, "\(negativeMinimum ?? "accepted")")
        let nanMinimum = invalid(yaml(technology: "minThroughput: nan"))
        #expect(nanMinimum?.contains("'nan' is not a number") == true, "\(nanMinimum ?? "accepted")")
        let aboveCapacity = invalid(yaml(technology: "minThroughput: 60"))
        #expect(aboveCapacity?.contains(":7:") == true && aboveCapacity?.contains("above the slot's capacity 50") == true, "\(aboveCapacity ?? "accepted")")
    }

    @Test func aSlotWithoutCapacityIsCheckedAgainstMaxFlow() {
        let error = invalid(yaml(technology: "minThroughput: 60", capacity: "", economics: "\neconomics: {maxFlow: 40}"))
        #expect(error?.contains(":7:") == true && error?.contains("above the slot's capacity 40") == true, "\(error ?? "accepted")")
        #expect(invalid(yaml(technology: "minThroughput: 30", capacity: "", economics: "\neconomics: {maxFlow: 40}")) == nil)
    }

    @Test func csvColumnsAreReadAndBadRowsNameTheirLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("technology-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func model(_ rows: String) throws -> NetworkModel {
            try """
            # technologies of slot T
            name,removal.A,removal.B,maxInlet.A,maxInlet.B,minThroughput
            \(rows)
            """.write(to: directory.appendingPathComponent("technologies.csv"), atomically: true, encoding: .utf8)
            return try NetworkModel.parse(yaml: yaml(technologies: " technologies.csv"), file: "bad.yaml", directory: directory.path)
        }
        let read = try model("ro,0.9,0.9,40,,5\nbio,0.8,0.8,,,")
        #expect(read.treatments[0].technologies.map(\.maxInlet) == [[40, .infinity], nil])
        #expect(read.treatments[0].technologies.map(\.minThroughput) == [5, 0])
        for (row, field, problem) in [("bio,0.8,0.8,30,-3,0", "maxInlet.B", "-3.0 is not a number >= 0"),
                                      ("bio,0.8,0.8,nan,30,0", "maxInlet.A", "'nan' is not a number"),
                                      ("bio,0.8,0.8,30,30,-1", "minThroughput", "not a finite number >= 0"),
                                      ("bio,0.8,0.8,30,30,51", "minThroughput", "above the slot's capacity 50")] {
            // The header is line 2 (after a comment), ro line 3, the bad row line 4.
            var message = "accepted"
            do { _ = try model("ro,0.9,0.9,40,,5\n" + row) } catch { message = "\(error)" }
            #expect(message.contains("technologies.csv:4:") && message.contains("field '\(field)'") && message.contains(problem), "\(message)")
        }
    }

    @Test func programmaticModelsAreValidatedToo() {
        func validationError(_ technology: TreatmentTechnology) -> String? {
            let model = NetworkModel(name: "m", contaminants: ["A", "B"],
                                     sources: [WaterSource(name: "fresh", concentrations: [0, 0])],
                                     units: [.fixedLoad("U", loads: [1, 1], maxInlet: [0, 0], maxOutlet: [100, 100])],
                                     treatments: [TreatmentSlot(name: "T", technologies: [technology], capacity: 50)],
                                     discharges: [Discharge(name: "river", limits: [.infinity, .infinity])])
            do { try model.validate() } catch { return "\(error)" }
            return nil
        }
        #expect(validationError(TreatmentTechnology(name: "ro", removal: [0.9, 0.9], maxInlet: [40, .infinity], minThroughput: 50)) == nil)
        #expect(validationError(TreatmentTechnology(name: "ro", removal: [0.9, 0.9], maxInlet: [40]))?.contains("technology ro.maxInlet") == true)
        #expect(validationError(TreatmentTechnology(name: "ro", removal: [0.9, 0.9], maxInlet: [.nan, 1]))?.contains("maxInlet.A") == true)
        #expect(validationError(TreatmentTechnology(name: "ro", removal: [0.9, 0.9], minThroughput: .infinity))?.contains("minThroughput") == true)
        #expect(validationError(TreatmentTechnology(name: "ro", removal: [0.9, 0.9], minThroughput: 50.5))?.contains("above the slot's capacity 50") == true)
    }
}
