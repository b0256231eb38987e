/// One node of the spatial branch-and-bound: a box of concentrations and throughputs, binaries fixed by
/// branching, and a lower bound valid for every design in it.
struct SearchNode: Sendable {
    /// Creation order (ties in the best-bound order go to the older node, so the search is deterministic).
    var id: Int
    var depth: Int
    /// The node's box, propagated.
    var bounds: NetworkBounds
    /// Binaries fixed by branching, by variable name (stable across the nodes' formulations).
    var fixings: [String: Double]
    /// A lower bound on the objective of every design in the box (the parent's relaxation value).
    var bound: Double
}

/// What processing one node established.
struct NodeOutcome: Sendable {
    /// A lower bound valid for every design in the node (+∞ when it holds none better than the cutoff).
    var bound: Double
    /// The two halves of the node's box when it was branched; empty when it was fathomed.
    var children: [SearchNode] = []
    /// A verified design found at the node.
    var candidate: NetworkSolver.Candidate?
    /// GLPK could not solve the node's relaxation even on retry: its bound is the parent's.
    var unresolved = false
    var work = NetworkSolver.Work()
}

/// The open nodes, smallest bound first (then oldest): a binary heap.
struct NodeQueue {
    private var heap: [SearchNode] = []

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    /// The smallest bound of the open nodes (+∞ when none).
    var minimumBound: Double { heap.first?.bound ?? .infinity }

    private static func precedes(_ a: SearchNode, _ b: SearchNode) -> Bool {
        a.bound < b.bound || (a.bound == b.bound && a.id < b.id)
    }

    mutating func push(_ node: SearchNode) {
        heap.append(node)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> SearchNode? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count, Self.precedes(heap[left], heap[first]) { first = left }
            if right < heap.count, Self.precedes(heap[right], heap[first]) { first = right }
            if first == parent { break }
            heap.swapAt(parent, first)
            parent = first
        }
        return top
    }
}
