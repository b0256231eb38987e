// ReLU embedding benchmark (Benchmarks/relu/run.sh): trains a network on operating data (columns flow and the
// second column), writes it to OUTDIR/network.json for the OMLT peer, embeds it as a big-M MILP in
//   minimize  net(Q) − 0.004·Q   over Q in the data's range
// (removal against throughput: how much removal to give up for throughput), writes OUTDIR/nexus.lp and solves it
// with GLPK. Prints "key value" lines. Usage: nexus-benchmark relu DATA.csv HIDDEN OUTDIR, HIDDEN e.g. 16,16.
import Foundation
import WaterNexusGLPK
import WaterNexusModel
import WaterNexusNetwork

func reluBenchmark(_ arguments: [String]) throws {
    guard arguments.count == 3 else {
        FileHandle.standardError.write(Data("usage: nexus-benchmark relu DATA.csv HIDDEN OUTDIR\n".utf8))
        exit(2)
    }
    let rows = try String(contentsOfFile: arguments[0], encoding: .utf8).split(separator: "\n")
        .filter { !$0.hasPrefix("#") }.dropFirst().map { $0.split(separator: ",") }
    let x = rows.compactMap { Double($0[0]) }, y = rows.compactMap { Double($0[1]) }
    let hidden = arguments[1].split(separator: ",").compactMap { Int($0) }
    let out = URL(fileURLWithPath: arguments[2])
    var trained: (network: ReLUNetwork, errors: FitErrors)!
    let training = try seconds { trained = try ReLUNetwork.train(x: x, y: y, hidden: hidden, epochs: 3000, seed: 1) }
    let network = trained.network, lower = x.min()!, upper = x.max()!
    let json: [String: Any] = [
        "inputShift": network.inputShift, "inputScale": network.inputScale, "outputShift": network.outputShift,
        "outputScale": network.outputScale, "lower": lower, "upper": upper,
        "layers": network.layers.map { ["weights": $0.weights, "biases": $0.biases] },
    ]
    try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: out.appendingPathComponent("network.json"))
    var model = Model(name: "relu")
    var output = LinearExpression()
    let build = try seconds {
        let q = try model.addVariable("Q", lower: lower, upper: upper)
        output = try network.embedBigM(in: &model, input: q.expression, lower: lower, upper: upper, name: "n")
        try model.setObjective(.minimize, output - 0.004 * q)
    }
    try model.write(to: out.appendingPathComponent("nexus.lp"))
    var options = SolverOptions()
    options.mipGap = 0
    var solution: Solution!
    let solve = try seconds { solution = try GLPKSolver.solve(model, options: options) }
    let binaries = model.variables.filter { model.kind(of: $0) == .binary }.count
    print(String(format: "train_seconds %.4f", training))
    print(String(format: "validation_rmse %.6f", trained.errors.validationRMSE ?? .nan))
    print("variables \(model.variables.count)")
    print("binaries \(binaries)")
    print("constraints \(model.constraintCount)")
    print(String(format: "build_seconds %.6f", build))
    print(String(format: "glpk_seconds %.6f", solve))
    print(String(format: "objective %.10f", solution.objective ?? .nan))
}
