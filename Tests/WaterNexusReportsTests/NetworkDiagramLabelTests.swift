import Testing
import WaterNexusReports

/// Arc labels of the network diagram: a flow too small for the label's decimals is marked as tiny,
/// never shown as "0.0"; a zero flow reads 0.0 and other flows keep their value.
struct NetworkDiagramLabelTests {
    @Test func tinyFlowsAreMarkedNotZero() {
        var diagram = NetworkDiagram(title: "")
        diagram.addArc(from: "a", to: "b", value: 0.004)
        diagram.addArc(from: "a", to: "c", value: 0)
        diagram.addArc(from: "b", to: "c", value: 12.34)
        let svg = diagram.svg()
        let labels = svg.components(separatedBy: "class=\"arc-labels\"")[1].components(separatedBy: "</g>")[0]
            .components(separatedBy: "</text>").dropLast().compactMap { $0.components(separatedBy: ">").last }
        #expect(labels == ["&lt; 0.1", "0.0", "12.3"])
    }
}
