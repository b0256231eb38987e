import Foundation
import WaterNexusReports
import WaterNexusModel

/// A front as a table: one row per point with its objective values and (optionally) column values,
/// written to and read from CSV.
///
/// CSV layout (RFC 4180 quoting, "\n" line ends, deterministic): the header is `point`, then one column
/// per objective named `NAME [min]` or `NAME [max]`, then one column per variable named by the model;
/// row k starts with the point number k (from 1). Numbers are written in Swift's shortest round-trip
/// form, so reading gives back exactly the same values. A point without column values has empty
/// variable cells.
public struct FrontTable: Sendable, Equatable {
    /// Objective names, in order.
    public var objectiveNames: [String]
    /// Objective senses, parallel to ``objectiveNames``.
    public var senses: [ObjectiveSense]
    /// Variable (column) names, in column order; may be empty.
    public var variableNames: [String]
    /// The points.
    public var points: [ParetoPoint]

    /// A table from its parts; every point needs one objective value per name and either no column
    /// values or one per variable name.
    public init(objectiveNames: [String], senses: [ObjectiveSense], variableNames: [String], points: [ParetoPoint]) {
        self.objectiveNames = objectiveNames
        self.senses = senses
        self.variableNames = variableNames
        self.points = points
    }

    /// The table of `points` of `problem`, with the model's variable names.
    public init(problem: MultiObjectiveProblem, points: [ParetoPoint]) {
        self.init(objectiveNames: problem.objectives.map(\.name), senses: problem.senses,
                  variableNames: problem.model.variables.map { problem.model.name(of: $0) }, points: points)
    }

    /// The header cell of objective k: `NAME [min]` or `NAME [max]`.
    func objectiveHeader(_ k: Int) -> String {
        "\(objectiveNames[k]) [\(senses[k] == .minimize ? "min" : "max")]"
    }

    /// The CSV text.
    public func csvText() -> String {
        var lines = [FrontTable.csvLine(["point"] + objectiveNames.indices.map(objectiveHeader) + variableNames)]
        for (k, point) in points.enumerated() {
            let variables = point.values.isEmpty ? Array(repeating: "", count: variableNames.count) : point.values.map { "\($0)" }
            lines.append(FrontTable.csvLine(["\(k + 1)"] + point.objectives.map { "\($0)" } + variables))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the CSV text to `path`.
    public func write(toFile path: String) throws {
        try csvText().write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Reads a front CSV file.
    /// - Throws: ``FrontTableError`` naming the file, line and column of a problem.
    public static func read(contentsOfFile path: String) throws -> FrontTable {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw FrontTableError(source: path, line: nil, message: "cannot read the file (\(error.localizedDescription)); check the path")
        }
        return try parse(text, source: path)
    }

    /// Parses front CSV text; `source` names it in errors.
    public static func parse(_ text: String, source: String = "front CSV") throws -> FrontTable {
        let records: [(line: Int, cells: [String])]
        do { records = try CSVTable.records(text, source: source) } catch {
            throw FrontTableError(source: source, line: error.line, message: "\(error.problem); \(error.fix)")
        }
        guard let (headerLine, header) = records.first else {
            throw FrontTableError(source: source, line: nil, message: "the file is empty; expected a header starting with \"point\"")
        }
        guard header.first == "point" else {
            throw FrontTableError(source: source, line: headerLine, message: "the first column must be \"point\", found \"\(header.first ?? "")\"")
        }
        var names: [String] = [], senses: [ObjectiveSense] = []
        for cell in header.dropFirst() {
            guard let (name, sense) = objectiveColumn(cell) else { break }
            names.append(name)
            senses.append(sense)
        }
        guard !names.isEmpty else {
            throw FrontTableError(source: source, line: headerLine,
                                  message: "no objective columns; name them like \"cost [min]\" or \"benefit [max]\" right after \"point\"")
        }
        let variableNames = Array(header.dropFirst(1 + names.count))
        var points: [ParetoPoint] = []
        for (line, cells) in records.dropFirst() {
            if cells == [""] { continue } // blank line
            guard cells.count == header.count else {
                throw FrontTableError(source: source, line: line, message: "\(cells.count) cells; the header has \(header.count)")
            }
            func number(_ column: Int) throws -> Double {
                guard let value = Double(cells[column].trimmingCharacters(in: .whitespaces)) else {
                    throw FrontTableError(source: source, line: line, message: "column \"\(header[column])\": \"\(cells[column])\" is not a number")
                }
                return value
            }
            let objectives = try (1...names.count).map(number)
            let variableColumns = (1 + names.count)..<header.count
            let blank = variableColumns.allSatisfy { cells[$0].isEmpty }
            let values = blank ? [] : try variableColumns.map(number)
            points.append(ParetoPoint(objectives: objectives, values: values))
        }
        return FrontTable(objectiveNames: names, senses: senses, variableNames: variableNames, points: points)
    }

    /// Splits `NAME [min]` / `NAME [max]` into its name and sense.
    static func objectiveColumn(_ cell: String) -> (String, ObjectiveSense)? {
        for (suffix, sense) in [(" [min]", ObjectiveSense.minimize), (" [max]", .maximize)] where cell.hasSuffix(suffix) {
            let name = String(cell.dropLast(suffix.count))
            return name.isEmpty ? nil : (name, sense)
        }
        return nil
    }
}

/// A malformed front table: where and what.
public struct FrontTableError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or text) name.
    public var source: String
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong and what to do.
    public var message: String

    public var description: String {
        "\(source)\(line.map { ", line \($0)" } ?? ""): \(message)"
    }
}

extension FrontTable {
    static func csvLine(_ cells: [String]) -> String { cells.map(CSVTable.escape).joined(separator: ",") }
}
