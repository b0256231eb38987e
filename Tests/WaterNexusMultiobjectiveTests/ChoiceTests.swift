import Foundation
import Testing
import WaterNexusModel
import WaterNexusMultiobjective

struct ChoiceTests {
    /// Three candidates (f1 min, f2 min, f3 max): A = (10, 5, 1), B = (20, 3, 2), C = (30, 1, 5).
    static let objectives: [[Double]] = [[10, 5, 1], [20, 3, 2], [30, 1, 5]]
    static let senses: [ObjectiveSense] = [.minimize, .minimize, .maximize]
    static let beta = [0.7, 0.2, 0.1]

    /// Benefit form: f1 (max 30, min 10) → (30 − f)/20 = 1, 0.5, 0; f2 (max 5, min 1) → (5 − f)/4 = 0, 0.5, 1;
    /// f3 (max 5, min 1) → (f − 1)/4 = 0, 0.25, 1.
    @Test func normalizationByHand() throws {
        let x = BenefitNormalization.normalize(Self.objectives, senses: Self.senses)
        #expect(x == [[1, 0, 0], [0.5, 0.5, 0.25], [0, 1, 1]])
    }

    /// γ = 1, β = (0.7, 0.2, 0.1). For A, z = β_k (x_jk − x_Ak):
    /// j = B: z = (−0.35, 0.1, 0.025) → ln(1 + eᶻ) = 0.533382, 0.744397, 0.705725;
    /// j = C: z = (−0.7, 0.2, 0.1) → 0.403186, 0.798139, 0.744397; R_A = 3.929226.
    /// For B: j = A: z = (0.35, −0.1, −0.025) → 0.883382, 0.644397, 0.680725;
    /// j = C: z = (−0.35, 0.1, 0.075) → 0.533382, 0.744397, 0.731350; R_B = 4.217633.
    /// For C: j = A: z = (0.7, −0.2, −0.1) → 1.103186, 0.598139, 0.644397;
    /// j = B: z = (0.35, −0.1, −0.075) → 0.883382, 0.644397, 0.656350; R_C = 4.529851. Choice: A.
    @Test func regretsByHand() throws {
        let rule = RegretChoice(beta: Self.beta, gamma: 1)
        let regrets = try rule.regrets(Self.objectives, senses: Self.senses)
        for (value, hand) in zip(regrets, [3.929226, 4.217633, 4.529851]) { #expect(abs(value - hand) < 1e-6) }
        let points = Self.objectives.map { ParetoPoint(objectives: $0, values: []) }
        let choice = try rule.choose(points, senses: Self.senses)
        #expect(choice.index == 0 && abs(choice.regret - 3.929226) < 1e-6)
    }

    /// γ = 0.5: ln(0.5 + eᶻ). For A: j = B: 0.186221, 0.473230, 0.422201; j = C: −0.003421, 0.543140,
    /// 0.473230; R_A = 2.094601.
    @Test func partialGammaByHand() throws {
        let regrets = try RegretChoice(beta: Self.beta, gamma: 0.5).regrets(Self.objectives, senses: Self.senses)
        #expect(abs(regrets[0] - 2.094601) < 1e-6)
    }

    /// The compromise effect: A = (1, 0), B = (0.5, 0.5), C = (0, 1) in benefit form (both maximized),
    /// β = (0.5, 0.5). The weighted sums tie at 0.5 (lowest index: A). With γ = 1,
    /// R_A = ln(1+e^−0.25) + ln(1+e^0.25) + ln(1+e^−0.5) + ln(1+e^0.5) = 0.575939 + 0.825939 + 0.474077 +
    /// 0.974077 = 2.850033, R_B = 2 (0.575939 + 0.825939) = 2.803758, R_C = R_A: regret picks B.
    @Test func regretFavorsTheCompromise() throws {
        let points = [[1.0, 0], [0.5, 0.5], [0, 1]].map { ParetoPoint(objectives: $0, values: []) }
        let senses: [ObjectiveSense] = [.maximize, .maximize]
        let regret = try RegretChoice(beta: [0.5, 0.5]).choose(points, senses: senses)
        #expect(regret.index == 1 && abs(regret.regret - 2.803758) < 1e-6)
        #expect(try WeightedSumChoice(beta: [0.5, 0.5]).choose(points, senses: senses).index == 0)
    }

    /// With γ = 0, R_i = Σ_k β_k Σ_{j≠i} (x_jk − x_ik) = Σ_k β_k S_k − n Σ_k β_k x_ik (S_k the column sum,
    /// n the number of candidates): regret is a decreasing affine function of the weighted sum.
    @Test func zeroGammaIsTheWeightedSum() throws {
        let objectives: [[Double]] = [[3, 9, 2], [5, 4, 7], [8, 1, 1], [4, 6, 6], [7, 2, 9]]
        let senses: [ObjectiveSense] = [.minimize, .maximize, .minimize]
        let beta = [0.5, 0.3, 0.2]
        let regrets = try RegretChoice(beta: beta, gamma: 0).regrets(objectives, senses: senses)
        let scores = try WeightedSumChoice(beta: beta).scores(objectives, senses: senses)
        let x = BenefitNormalization.normalize(objectives, senses: senses)
        let constant = (0..<3).reduce(0.0) { sum, k in sum + beta[k] * x.reduce(0) { $0 + $1[k] } }
        for (r, s) in zip(regrets, scores) { #expect(abs(r - (constant - 5 * s)) < 1e-12) }
        let byRegret = regrets.indices.sorted { regrets[$0] < regrets[$1] }
        let byScore = scores.indices.sorted { scores[$0] > scores[$1] }
        #expect(byRegret == byScore)
    }

    /// A constant attribute normalizes to 0 everywhere and contributes 0 to every rule.
    @Test func constantAttributeContributesNothing() throws {
        let widened = Self.objectives.map { $0 + [42] }
        let senses = Self.senses + [.minimize]
        #expect(BenefitNormalization.normalize(widened, senses: senses).map { $0[3] } == [0, 0, 0])
        let regrets = try RegretChoice(beta: Self.beta, gamma: 1).regrets(Self.objectives, senses: Self.senses)
        #expect(try RegretChoice(beta: Self.beta + [0.9], gamma: 1).regrets(widened, senses: senses) == regrets)
        #expect(try WeightedSumChoice(beta: Self.beta + [0.9]).scores(widened, senses: senses)
                == WeightedSumChoice(beta: Self.beta).scores(Self.objectives, senses: Self.senses))
        let closeness = try TOPSISChoice(beta: Self.beta).closeness(Self.objectives, senses: Self.senses)
        let widenedCloseness = try TOPSISChoice(beta: Self.beta + [0.9]).closeness(widened, senses: senses)
        #expect(zip(closeness, widenedCloseness).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    /// ln(γ + eᶻ) stays finite and accurate far from 0.
    @Test func stableAttributeRegret() throws {
        #expect(RegretChoice.attributeRegret(1000, gamma: 1) == 1000)
        let tiny = RegretChoice.attributeRegret(-700, gamma: 1)
        #expect(tiny > 0 && tiny < 1e-300)
        #expect(RegretChoice.attributeRegret(-3, gamma: 0) == -3)
        #expect(abs(RegretChoice.attributeRegret(0, gamma: 0.5) - log(1.5)) < 1e-15)
        #expect(abs(RegretChoice.attributeRegret(-1000, gamma: 0.25) - log(0.25)) < 1e-15)
    }

    /// TOPSIS by hand: column norms √(10²+20²+30²) = 37.416574, √(5²+3²+1²) = 5.916080,
    /// √(1²+2²+5²) = 5.477226; weighted v = β f / norm: A = (0.187083, 0.169031, 0.018257),
    /// B = (0.374166, 0.101419, 0.036515), C = (0.561249, 0.033806, 0.091287). Ideal (min, min, max) =
    /// (0.187083, 0.033806, 0.091287), anti-ideal (0.561249, 0.169031, 0.018257).
    /// D⁺ = 0.153685, 0.206328, 0.374166; D⁻ = 0.374166, 0.199762, 0.153685;
    /// closeness = 0.708848, 0.491915, 0.291152: A.
    @Test func topsisByHand() throws {
        let rule = TOPSISChoice(beta: Self.beta)
        let closeness = try rule.closeness(Self.objectives, senses: Self.senses)
        for (value, hand) in zip(closeness, [0.708848, 0.491915, 0.291152]) { #expect(abs(value - hand) < 1e-6) }
        let points = Self.objectives.map { ParetoPoint(objectives: $0, values: []) }
        #expect(try rule.choose(points, senses: Self.senses).index == 0)
    }

    @Test func tiesPickTheLowestIndex() throws {
        let points = [ParetoPoint(objectives: [1, 2], values: []), ParetoPoint(objectives: [1, 2], values: [])]
        let senses: [ObjectiveSense] = [.minimize, .minimize]
        #expect(try RegretChoice(beta: [0.5, 0.5]).choose(points, senses: senses).index == 0)
        #expect(try WeightedSumChoice(beta: [0.5, 0.5]).choose(points, senses: senses).index == 0)
        #expect(try TOPSISChoice(beta: [0.5, 0.5]).choose(points, senses: senses).index == 0)
    }

    @Test func badInputIsReported() throws {
        let senses: [ObjectiveSense] = [.minimize, .minimize]
        #expect(throws: ChoiceError.self) { try ChoiceError.check(weights: [1], objectives: [[1, 2]], senses: senses) }
        #expect(throws: ChoiceError.self) { try ChoiceError.check(weights: [1, -1], objectives: [[1, 2]], senses: senses) }
        #expect(throws: ChoiceError.self) { try ChoiceError.check(weights: [1, 1], gamma: 2, objectives: [[1, 2]], senses: senses) }
        #expect(throws: ChoiceError.self) { try ChoiceError.check(weights: [1, 1], objectives: [], senses: senses) }
        #expect(throws: ChoiceError.self) { try ChoiceError.check(weights: [1, 1], objectives: [[1, .nan]], senses: senses) }
        #expect(throws: Never.self) { try ChoiceError.check(weights: [1, 1], gamma: 0, objectives: [[1, 2]], senses: senses) }
    }
}

struct ParetoFilterTests {
    /// Mixed senses (min, max). (2, 5) is dominated by (1, 5) (a tie in the second objective: weakly
    /// dominated); (1.0000001, 5.0000001) ties with (1, 5) within 10⁻⁶ (duplicate, the later one in the
    /// output order goes), though exactly neither dominates the other; (3, 8) and (0, 1) are
    /// nondominated. Order: first objective best (smallest) first.
    @Test func removesDominatedWeaklyDominatedAndDuplicates() throws {
        let points = [[2, 5], [3, 8], [1, 5], [1.0000001, 5.0000001], [0, 1]].map { ParetoPoint(objectives: $0, values: []) }
        let kept = ParetoFilter.nondominated(points, senses: [.minimize, .maximize], tolerance: 1e-6)
        #expect(kept.map(\.objectives) == [[0, 1], [1, 5], [3, 8]])
        let exact = ParetoFilter.nondominated(points, senses: [.minimize, .maximize], tolerance: 0)
        #expect(exact.map(\.objectives) == [[0, 1], [1, 5], [1.0000001, 5.0000001], [3, 8]])
    }

    @Test func orderDoesNotDependOnInput() throws {
        let points = [[4, 1], [1, 4], [2, 2], [3, 3]].map { ParetoPoint(objectives: $0, values: []) }
        let senses: [ObjectiveSense] = [.maximize, .maximize]
        let forward = ParetoFilter.nondominated(points, senses: senses, tolerance: 1e-9)
        let backward = ParetoFilter.nondominated(points.reversed(), senses: senses, tolerance: 1e-9)
        #expect(forward.map(\.objectives) == [[4, 1], [3, 3], [1, 4]])
        #expect(backward.map(\.objectives) == forward.map(\.objectives))
    }

    /// One rule for every choice: weights that do not fit the objectives, and an empty candidate set,
    /// throw ChoiceError (as FrontChoice does), never trap.
    @Test func everyRuleThrowsOnWeightsThatDoNotFit() throws {
        let points = ChoiceTests.objectives.map { ParetoPoint(objectives: $0, values: []) }
        let wrong = ChoiceError.invalidWeights("2 weights for 3 objectives; give one weight per objective")
        #expect(throws: wrong) { try RegretChoice(beta: [0.5, 0.5]).choose(points, senses: ChoiceTests.senses) }
        #expect(throws: wrong) { try WeightedSumChoice(beta: [0.5, 0.5]).choose(points, senses: ChoiceTests.senses) }
        #expect(throws: wrong) { try TOPSISChoice(beta: [0.5, 0.5]).choose(points, senses: ChoiceTests.senses) }
        #expect(throws: ChoiceError.invalidCandidates("the candidate set is empty")) {
            try RegretChoice(beta: ChoiceTests.beta).choose([], senses: ChoiceTests.senses)
        }
    }
}
