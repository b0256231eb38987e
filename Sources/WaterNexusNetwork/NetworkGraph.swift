/// The nodes and arcs of a ``NetworkModel``'s superstructure, with integer ids in a fixed order:
/// sources, units, treatment slots, discharges.
public struct NetworkGraph: Sendable {
    /// What a node is.
    public enum NodeKind: Sendable, Equatable {
        case source(Int), unit(Int), treatment(Int), discharge(Int)
    }

    /// One node.
    public struct Node: Sendable {
        public var name: String
        public var kind: NodeKind
        /// Whether water leaves the node.
        public var hasOutlet: Bool
        /// Whether water enters the node.
        public var hasInlet: Bool
        /// Whether the outlet concentrations are decision variables (fixed-load units, treatment slots).
        public var hasVariableQuality: Bool
    }

    /// One connection.
    public struct Arc: Sendable {
        public var from: Int
        public var to: Int
        public var pipe: PipeSpec
    }

    public private(set) var nodes: [Node] = []
    public private(set) var arcs: [Arc] = []
    /// Arc ids entering each node.
    public private(set) var incoming: [[Int]] = []
    /// Arc ids leaving each node.
    public private(set) var outgoing: [[Int]] = []

    /// Builds the superstructure; `model` must be valid (see ``NetworkModel/validate()``).
    public init(_ model: NetworkModel) {
        for (i, s) in model.sources.enumerated() {
            nodes.append(Node(name: s.name, kind: .source(i), hasOutlet: true, hasInlet: false, hasVariableQuality: false))
        }
        for (i, u) in model.units.enumerated() {
            switch u.kind {
            case .fixedLoad:
                nodes.append(Node(name: u.name, kind: .unit(i), hasOutlet: true, hasInlet: true, hasVariableQuality: true))
            case let .fixedFlow(inletFlow, _, outletFlow, _):
                nodes.append(Node(name: u.name, kind: .unit(i), hasOutlet: outletFlow > 0, hasInlet: inletFlow > 0, hasVariableQuality: false))
            }
        }
        for (i, t) in model.treatments.enumerated() {
            nodes.append(Node(name: t.name, kind: .treatment(i), hasOutlet: true, hasInlet: true, hasVariableQuality: true))
        }
        for (i, d) in model.discharges.enumerated() {
            nodes.append(Node(name: d.name, kind: .discharge(i), hasOutlet: false, hasInlet: true, hasVariableQuality: false))
        }
        let forbidden = Set(model.connections.forbidden)
        let allowed = model.connections.allowed.map(Set.init)
        var pipeByPair: [NodePair: PipeSpec] = [:]
        for (pair, spec) in model.connections.pipes { pipeByPair[pair] = spec }
        incoming = Array(repeating: [], count: nodes.count)
        outgoing = Array(repeating: [], count: nodes.count)
        for from in nodes.indices where nodes[from].hasOutlet {
            for to in nodes.indices where to != from && nodes[to].hasInlet {
                let pair = NodePair(nodes[from].name, nodes[to].name)
                if forbidden.contains(pair) { continue }
                if let allowed, !allowed.contains(pair) { continue }
                if case .source = nodes[from].kind, case .discharge = nodes[to].kind, allowed == nil { continue }
                incoming[to].append(arcs.count)
                outgoing[from].append(arcs.count)
                arcs.append(Arc(from: from, to: to, pipe: pipeByPair[pair] ?? model.connections.defaultPipe))
            }
        }
    }

    /// The arc's label "from->to".
    public func label(of arc: Int) -> String { "\(nodes[arcs[arc].from].name)->\(nodes[arcs[arc].to].name)" }

    /// Node ids whose outlet quality is variable.
    public var variableQualityNodes: [Int] { nodes.indices.filter { nodes[$0].hasVariableQuality } }
}
