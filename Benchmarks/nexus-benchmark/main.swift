// Foundation benchmark: build the transportation LP (N sources × M sinks) or the sparse MILP with the
// modeler, load it into GLPK, and write free MPS. Prints "phase seconds" lines like the peers.
// Usage: nexus-benchmark transport|milp N M OUT.mps [--unnamed]
//        nexus-benchmark read FILE.mps|FILE.lp [REPEAT]   (the fastest of REPEAT reads: "read SECONDS")
//        nexus-benchmark relu DATA.csv HIDDEN OUTDIR (see ReLUBenchmark.swift)
import Foundation
import WaterNexusGLPK
import WaterNexusModel

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func transport(n: Int, m: Int, named: Bool) throws -> Model {
    var model = Model(name: "transport")
    var x: [Variable] = []
    if named {
        x.reserveCapacity(n * m)
        for i in 0..<n { for j in 0..<m { x.append(try model.addVariable("x(\(i),\(j))")) } }
    } else {
        x = try model.addVariables(count: n * m)
    }
    var cost = LinearExpression()
    cost.reserveCapacity(n * m)
    for i in 0..<n { for j in 0..<m { cost.add(x[i * m + j], 1 + Double((i * 7919 + j * 104729) % 1000) / 10) } }
    try model.setObjective(.minimize, cost)
    for i in 0..<n {
        try model.addConstraint(named ? "supply(\(i))" : nil, x[(i * m)..<(i * m + m)].sum() <= 1000 + Double(i % 7) * 10)
    }
    for j in 0..<m {
        var column = LinearExpression()
        column.reserveCapacity(n)
        for i in 0..<n { column += x[i * m + j] }
        try model.addConstraint(named ? "demand(\(j))" : nil, column >= 900 + Double(j % 5) * 10)
    }
    return model
}

func sparseMILP(n: Int, m: Int, named: Bool) throws -> Model {
    var model = Model(name: "milp")
    var x: [Variable] = []
    for j in 0..<n {
        x.append(try model.addVariable(named ? "x(\(j))" : nil, lower: 0, upper: 10, kind: j % 2 == 0 ? .integer : .continuous))
    }
    var objective = LinearExpression()
    for j in 0..<n { objective.add(x[j], 1 + Double(j % 13)) }
    try model.setObjective(.maximize, objective)
    for r in 0..<m {
        var row = LinearExpression()
        for k in 0..<6 { row.add(x[(r * 37 + k * 7919) % n], 1 + Double((r + k) % 9)) }
        try model.addConstraint(named ? "r(\(r))" : nil, row <= 100 + Double(r % 50))
    }
    return model
}

func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "relu" {
    try reluBenchmark(Array(arguments.dropFirst(2)))
    exit(0)
}
if arguments.count >= 3, arguments[1] == "read" {
    let url = URL(fileURLWithPath: arguments[2])
    let repeats = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 1) : 1
    var best = Double.infinity, columns = 0
    for _ in 0..<repeats {
        var model = Model()
        best = min(best, try seconds { model = try Model.read(contentsOf: url) })
        columns = model.variableCount
    }
    print(String(format: "read %.6f", best))
    print("columns \(columns)")
    exit(0)
}
guard arguments.count >= 5, let n = Int(arguments[2]), let m = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: nexus-benchmark transport|milp N M OUT.mps [--unnamed]\n".utf8))
    exit(2)
}
let named = !arguments.contains("--unnamed")
var model = Model()
let build = try seconds { model = arguments[1] == "milp" ? try sparseMILP(n: n, m: m, named: named) : try transport(n: n, m: m, named: named) }
let load = try seconds { try GLPKSolver.load(model) }
let write = try seconds { try model.write(to: URL(fileURLWithPath: arguments[4])) }
print(String(format: "build %.6f", build))
print(String(format: "load %.6f", load))
print(String(format: "write %.6f", write))
print(String(format: "peak_rss_mb %.1f", peakResidentMegabytes()))
print("nonzeros \(model.nonzeroCount)")
if ProcessInfo.processInfo.environment["NEXUS_BENCH_DETAIL"] != nil {
    var sparse: SparseModel? = nil
    let convert = seconds { sparse = model.sparseModel(includeNames: false) }
    print(String(format: "detail_sparse_model %.6f", convert))
    _ = sparse
}
