import Testing
import WaterNexusMultiobjective

struct HypervolumeTests {
    /// Points (1,3), (2,2), (3,1) with reference (4,4): by hand the staircase is
    /// 3×1 (x 1..4, y 3..4) + 2×1 (x 2..4, y 2..3) + 1×1 (x 3..4, y 1..2) = 6.
    @Test func twoDimensionalStaircase() {
        #expect(Hypervolume.exact([[1, 3], [2, 2], [3, 1]], reference: [4, 4]) == 6)
        // A dominated point, a duplicate and a point outside the box change nothing.
        #expect(Hypervolume.exact([[1, 3], [2, 2], [3, 1], [3, 3], [2, 2], [5, 0]], reference: [4, 4]) == 6)
    }

    /// One point (1,1,1) with reference (2,3,4): a box 1×2×3 = 6. Adding (0,2,3) adds the part of its
    /// box 2×1×1 = 2 not already covered: overlap is x 1..2, y 2..3, z 3..4 → 1, so the union is 6 + 2 − 1 = 7.
    @Test func threeDimensionalBoxes() {
        #expect(Hypervolume.exact([[1, 1, 1]], reference: [2, 3, 4]) == 6)
        #expect(Hypervolume.exact([[1, 1, 1], [0, 2, 3]], reference: [2, 3, 4]) == 7)
    }

    @Test func emptyAndOneDimensional() {
        #expect(Hypervolume.exact([], reference: [1, 1]) == 0)
        #expect(Hypervolume.exact([[0.25], [0.5]], reference: [1]) == 0.75)
    }
}
