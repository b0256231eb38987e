import Testing
import WaterNexusAllocation
import WaterNexusMultiobjective

/// The paper's findings checked on the exact fronts (bundled data, AUGMECON2 grid 10 as in `nexus demo`).
@Suite struct PaperFindingsTests {
    static let study: AllocationStudy? = try? AllocationStudy(try loadYiwu(), method: .augmecon2, points: 10, scenarios: ["O", "S2", "S3"])

    @Test func regretChoiceHasNoShortageAtEveryRate() throws {
        let study = try #require(Self.study)
        #expect(study.allocationCase.choice?.beta.map(\.value) == [0.7, 0.2, 0.1])
        for rate in ["75", "90", "95"] {
            let point = try #require(study.run(scenario: "O", rate: rate)?.chosenPoint)
            #expect(abs(point.objectives[0]) < 1e-6, "rate \(rate): f1 = \(point.objectives[0])")
        }
    }

    @Test func originalPlanIsWeaklyDominatedByTheFront() throws {
        let study = try #require(Self.study)
        for rate in ["75", "90", "95"] {
            let run = try #require(study.run(scenario: "O", rate: rate))
            let original = try #require(run.original)
            #expect(run.dominatingPoint(of: original.objectives) != nil, "rate \(rate): \(original.objectives)")
        }
    }

    @Test func leastPollutantWithoutShortageFallsUnderS2AndS3() throws {
        let study = try #require(Self.study)
        for rate in ["75", "90", "95"] {
            let runO = try #require(study.run(scenario: "O", rate: rate))
            let runS2 = try #require(study.run(scenario: "S2", rate: rate))
            let runS3 = try #require(study.run(scenario: "S3", rate: rate))
            let o = try #require(AllocationReport.leastPollutantWithoutShortage(runO))
            let s2 = try #require(AllocationReport.leastPollutantWithoutShortage(runS2))
            let s3 = try #require(AllocationReport.leastPollutantWithoutShortage(runS3))
            // Hand calculation (recycled water at its caps, the rest high-quality water, no shortage):
            // O:  6.943594·(612.3·0.9 + 239.6·0.7) + 6.075645·960.6·0.6 = 8492.745
            // S2: 6.943594·(612.3·0.7 + 239.6·0.5) + 6.075645·960.6·0.4 = 6142.442 (S3 has the same caps)
            #expect(abs(o - 8492.74468) < 1e-3)
            #expect(abs(s2 - 6142.44222) < 1e-3)
            #expect(abs(s3 - 6142.44222) < 1e-3)
            #expect(s2 < o && s3 < o)
        }
    }

    @Test func leastEmissionFullSupplyMatchesHandCalculation() throws {
        let study = try #require(Self.study)
        // Full supply with the least f2: reservoirs at availability, diversions for the rest, no recycled water.
        // 75 %: 757.8125·1.182632 + 1054.6875·1.45 = 2425.5102; 90 %: 730.625·1.182632 + 1081.875·1.45 = 2432.7793.
        for (rate, expected) in [("75", 2425.5101875), ("90", 2432.779255)] {
            let run = try #require(study.run(scenario: "O", rate: rate))
            let least = run.front.filter { abs($0.objectives[0]) < 1e-6 }.map { $0.objectives[1] }.min()
            #expect(least.map { abs($0 - expected) < 1e-4 } == true)
        }
    }

    @Test func weightedSumChoiceLowersEmissionsAsBeta2Grows() throws {
        let study = try #require(Self.study)
        for rate in ["75", "90", "95"] {
            let run = try #require(study.run(scenario: "O", rate: rate))
            let sweep = try study.sweep(run, gamma: 0)
            #expect(sweep.count == 11)
            #expect(sweep.map(\.swept).first == 0 && sweep.map(\.swept).last == 1)
            let f2 = sweep.map { $0.point.objectives[1] }
            for k in 1..<f2.count { #expect(f2[k] <= f2[k - 1] + 1e-9, "rate \(rate): f2 rises from \(f2[k - 1]) to \(f2[k])") }
            // β2 = 1 puts all weight on f2: supplying nothing (f2 = 0) is the choice.
            #expect(abs(f2.last!) < 1e-5)
        }
    }
}
