/// An index set of a variable family: its indices in order, and each index's position.
struct FamilyIndexSet<Index: Hashable & Sendable>: Sendable {
    let indices: [Index]
    private let position: [Index: Int]

    /// Checks that no index repeats (a repeat would give two variables one name).
    init(_ indices: [Index], family: String) throws {
        var position: [Index: Int] = [:]
        position.reserveCapacity(indices.count)
        for (offset, index) in indices.enumerated() {
            guard position.updateValue(offset, forKey: index) == nil else {
                throw ModelError.duplicateName("\(family)(\(index))", kind: "variable")
            }
        }
        self.indices = indices
        self.position = position
    }

    var count: Int { indices.count }

    /// The position of `index`, or nil when it is not in the set.
    func position(of index: Index) -> Int? { position[index] }
}
