import Foundation

/// A one-source, one-user allocation case (synthetic; by hand: demand 5, A with GHG 1 and pollutant 2 per
/// unit up to 3, recycled R with GHG 3 up to half the demand) written to a fresh temporary folder; `edit` may change any file first.
/// Returns the model file's path.
public func writeMiniCase(yaml: String = miniYAML, sources: String = miniSources, users: String = miniUsers) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alloc-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try yaml.write(toFile: folder + "/mini.yaml", atomically: true, encoding: .utf8)
    try sources.write(toFile: folder + "/s.csv", atomically: true, encoding: .utf8)
    try users.write(toFile: folder + "/u.csv", atomically: true, encoding: .utf8)
    return folder + "/mini.yaml"
}

public let miniYAML = """
name: mini
data: .
sources:
  - {id: A, ghg: {file: s.csv, column: ghg, key: A}}
  - {id: R, recycled: true, ghg: {value: 3, tag: synthetic, source: test}}
users:
  - id: u
    demand: {file: u.csv, column: demand, key: u}
    order: {file: u.csv, column: order, key: u}
    pollutant: {file: u.csv, column: pol, key: u}
share_caps:
  R: {u: {value: 0.5, tag: synthetic, source: test}}
guaranteed_rates:
  - rate: 50
    availability:
      A: {file: s.csv, column: avail, key: A}
      R: {value: 4, tag: synthetic, source: test}
objectives:
  - {id: f1, kind: weighted_shortage}
  - {id: f2, kind: emissions}
  - {id: f3, kind: pollutant}

"""
public let miniSources = "id,ghg,avail,tag,source\nA,1,3,synthetic,test\n"
public let miniUsers = "id,demand,order,pol,tag,source\nu,5,1,2,synthetic,test\n"
