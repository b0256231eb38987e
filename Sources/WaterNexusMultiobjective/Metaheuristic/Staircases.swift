/// A set of 2-D staircases (minimization): each holds mutually nondominated points (x, y), ordered by
/// increasing x and so by strictly decreasing y, in a treap (a balanced search tree with random
/// priorities). All staircases share one node pool; nodes are not reused, so the pool grows by one
/// node per insertion.
///
/// Used by the O(n log n) 3-D hypervolume sweep and the 3-D nondominated sorting: both ask whether a
/// point is weakly dominated by a staircase and insert points, removing those they dominate.
/// - Complexity: ``isWeaklyDominated(_:_:in:)`` and ``insert(_:_:in:removed:)`` take O(log n) expected
///   time, plus O(1) per removed point.
struct Staircases {
    private var x: [Double] = [], y: [Double] = []
    private var left: [Int32] = [], right: [Int32] = []
    private var priority: [UInt32] = []
    /// The root node of every staircase (−1: empty).
    private var roots: [Int32] = []
    private var generator = SeededGenerator(seed: 1)

    /// An empty set of staircases.
    init() {}

    /// The number of staircases.
    var count: Int { roots.count }

    /// Adds an empty staircase; returns its index.
    mutating func append() -> Int {
        roots.append(-1)
        return roots.count - 1
    }

    /// Whether some point (a, b) of staircase `s` has a ≤ px and b ≤ py.
    func isWeaklyDominated(_ px: Double, _ py: Double, in s: Int) -> Bool {
        // The point with the largest a ≤ px has the smallest b among those.
        var node = roots[s], best: Int32 = -1
        while node >= 0 {
            if x[Int(node)] <= px { best = node; node = right[Int(node)] } else { node = left[Int(node)] }
        }
        return best >= 0 && y[Int(best)] <= py
    }

    /// Inserts (px, py), which no point of staircase `s` may weakly dominate, and removes the points it
    /// weakly dominates, reporting them in increasing x to `removed`. Returns the y of the nearest point
    /// left of px (nil: none) and the x of the nearest point right of px after the removals (nil: none).
    @discardableResult
    mutating func insert(
        _ px: Double, _ py: Double, in s: Int, removed: (Double, Double) -> Void = { _, _ in }
    ) -> (previousY: Double?, nextX: Double?) {
        let (before, rest) = split(roots[s], .xBelow(px))
        let (dominated, after) = split(rest, .yAtLeast(py))
        visitInOrder(dominated, removed)
        let node = Int32(x.count)
        x.append(px); y.append(py); left.append(-1); right.append(-1)
        priority.append(nextPriority())
        let previous = last(before), next = first(after)
        roots[s] = merge(merge(before, node), after)
        return (previous.map { y[Int($0)] }, next.map { x[Int($0)] })
    }

    /// Where a split cuts: the in-order prefix of nodes with x below a value, or with y at least a value
    /// (a prefix too, since y decreases along a staircase).
    private enum Cut {
        case xBelow(Double)
        case yAtLeast(Double)
    }

    /// Splits the tree at `root` into the in-order prefix selected by `cut` and the rest.
    private mutating func split(_ root: Int32, _ cut: Cut) -> (Int32, Int32) {
        guard root >= 0 else { return (-1, -1) }
        let r = Int(root)
        let isInPrefix = switch cut {
        case .xBelow(let value): x[r] < value
        case .yAtLeast(let value): y[r] >= value
        }
        if isInPrefix {
            let (a, b) = split(right[r], cut)
            right[r] = a
            return (root, b)
        }
        let (a, b) = split(left[r], cut)
        left[r] = b
        return (a, root)
    }

    /// The tree of every node of `a` followed by every node of `b`.
    private mutating func merge(_ a: Int32, _ b: Int32) -> Int32 {
        guard a >= 0 else { return b }
        guard b >= 0 else { return a }
        if priority[Int(a)] > priority[Int(b)] {
            right[Int(a)] = merge(right[Int(a)], b)
            return a
        }
        left[Int(b)] = merge(a, left[Int(b)])
        return b
    }

    private func visitInOrder(_ node: Int32, _ body: (Double, Double) -> Void) {
        guard node >= 0 else { return }
        visitInOrder(left[Int(node)], body)
        body(x[Int(node)], y[Int(node)])
        visitInOrder(right[Int(node)], body)
    }

    private func first(_ root: Int32) -> Int32? {
        guard root >= 0 else { return nil }
        var node = root
        while left[Int(node)] >= 0 { node = left[Int(node)] }
        return node
    }

    private func last(_ root: Int32) -> Int32? {
        guard root >= 0 else { return nil }
        var node = root
        while right[Int(node)] >= 0 { node = right[Int(node)] }
        return node
    }

    /// Treap priorities from a generator with a fixed seed: the tree shape is reproducible (results
    /// never depend on it).
    private mutating func nextPriority() -> UInt32 { UInt32(truncatingIfNeeded: generator.next()) }
}
