import Foundation

/// The ZDT problems (Zitzler, Deb and Thiele 2000): two objectives, variables in [0, 1].
extension TestProblem {
    /// ZDT1: convex front f₂ = 1 − √f₁; hypervolume with reference (1, 1) is ∫₀¹ √f₁ df₁ = 2/3.
    public static func zdt1(dimension: Int = 30) -> TestProblem {
        zdt(name: "zdt1", dimension: dimension, hypervolume: 2.0 / 3.0) { f1, g in g * (1 - (f1 / g).squareRoot()) } front: { f1 in
            1 - f1.squareRoot()
        }
    }

    /// ZDT2: concave front f₂ = 1 − f₁²; hypervolume with reference (1, 1) is ∫₀¹ f₁² df₁ = 1/3.
    public static func zdt2(dimension: Int = 30) -> TestProblem {
        zdt(name: "zdt2", dimension: dimension, hypervolume: 1.0 / 3.0) { f1, g in g * (1 - (f1 / g) * (f1 / g)) } front: { f1 in
            1 - f1 * f1
        }
    }

    /// ZDT3: disconnected front, the nondominated part of f₂ = 1 − √f₁ − f₁ sin(10π f₁).
    public static func zdt3(dimension: Int = 30) -> TestProblem {
        zdt(name: "zdt3", dimension: dimension, hypervolume: nil) { f1, g in
            g * (1 - (f1 / g).squareRoot() - (f1 / g) * sin(10 * Double.pi * f1))
        } front: { f1 in
            1 - f1.squareRoot() - f1 * sin(10 * Double.pi * f1)
        }
    }

    private static func zdt(
        name: String, dimension: Int, hypervolume: Double?,
        second: @escaping @Sendable (Double, Double) -> Double,
        front: @escaping @Sendable (Double) -> Double
    ) -> TestProblem {
        let n = max(2, dimension)
        return TestProblem(
            name: name, dimension: n, objectiveCount: 2, unitReferenceHypervolume: hypervolume,
            objectives: { x in
                var tail = 0.0
                for j in 1..<x.count { tail += x[j] }
                let g = 1 + 9 * tail / Double(x.count - 1)
                return [x[0], second(x[0], g)]
            },
            front: { count in
                let curve = (0..<count).map { k -> [Double] in
                    let f1 = Double(k) / Double(count - 1)
                    return [f1, front(f1)]
                }
                return ParetoDominance.nondominated(curve)
            })
    }
}
