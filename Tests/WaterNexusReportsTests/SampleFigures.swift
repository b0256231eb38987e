import Foundation
import WaterNexusReports

/// Small deterministic figures of every chart kind, used by the XML, golden and report tests.
/// The numbers are synthetic (made up for the tests).
enum SampleFigures {
    static func scatter() -> String {
        var chart = ScatterChart(title: "Cost–emission front", xLabel: "Cost (10⁶ $)", yLabel: "CO₂ emission (kt)")
        chart.addSeries(name: "ε-constraint front", points: [(10, 80), (12, 60), (15, 45), (19, 38), (25, 34)], connect: true)
        chart.addSeries(name: "dominated <samples>", points: [(14, 75), (20, 55), (23, 47)])
        chart.highlight(x: 15, y: 45, label: "chosen (knee)")
        return chart.svg()
    }

    static func line() -> String {
        var chart = LineChart(title: "Convergence", xLabel: "Evaluations", yLabel: "Hypervolume")
        chart.addSeries(name: "run A", points: [(0, 0.1), (100, 0.42), (200, 0.61), (300, 0.7), (400, 0.73)])
        chart.addSeries(name: "run B", points: [(0, 0.05), (100, 0.3), (200, 0.55), (300, 0.66), (400, 0.72)])
        return chart.svg()
    }

    static func bar() -> String {
        var chart = BarChart(title: "Net benefit by scenario", yLabel: "Net benefit (10⁶ $)", categories: ["low", "medium", "high"])
        chart.addSeries(name: "ITSP", values: [120, 95, -20], intervals: [(100, 140), (80, 110), (-45, 5)])
        chart.addSeries(name: "deterministic", values: [130, 100, 10])
        return chart.svg()
    }

    static func parallel() -> String {
        var chart = ParallelCoordinatesChart(title: "Four-objective trade-offs",
                                             axes: ["Cost (10⁶ $)", "CO₂ (kt)", "Water deficit (Mm³)", "Energy (GWh)"])
        chart.addLine([10, 80, 3.2, 120])
        chart.addLine([12, 60, 2.5, 140])
        chart.addLine([15, 45, 2.9, 110], highlighted: true)
        chart.addLine([25, 34, 1.1, 160])
        return chart.svg()
    }

    static func scatter3D() -> String {
        var chart = Scatter3DChart(title: "Three-objective front", labels: ("Cost (10⁶ $)", "CO₂ (kt)", "Water (Mm³)"))
        chart.addSeries(name: "front", points: [(10, 80, 5), (12, 60, 7), (15, 45, 6), (19, 38, 9), (25, 34, 8), (14, 70, 4)])
        chart.highlight(x: 15, y: 45, z: 6, label: "chosen")
        return chart.svg()
    }

    static func network() -> String {
        var net = NetworkDiagram(title: "Water allocation")
        net.valueUnit = "Mm³/yr"
        net.addNode(id: "R", label: "Reservoir")
        net.addNode(id: "G", label: "Groundwater")
        net.addNode(id: "T", label: "Treatment plant")
        net.addNode(id: "C", label: "City")
        net.addNode(id: "A", label: "Agriculture")
        net.addArc(from: "R", to: "T", value: 120)
        net.addArc(from: "G", to: "T", value: 30)
        net.addArc(from: "T", to: "C", value: 100)
        net.addArc(from: "T", to: "A", value: 50)
        net.addArc(from: "G", to: "A", value: 0, label: "backup")
        return net.svg()
    }

    static func all() -> [(String, String)] {
        [("scatter", scatter()), ("line", line()), ("bar", bar()), ("parallel", parallel()),
         ("scatter3d", scatter3D()), ("network", network())]
    }
}
