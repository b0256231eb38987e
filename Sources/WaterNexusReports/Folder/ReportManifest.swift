import Foundation

/// The optional `report.json` of a result folder: what `nexus report` should show and how
/// (format described in docs/reports.md). Every field is optional.
public struct ReportManifest: Codable, Sendable, Equatable {
    /// A named input parameter of the run.
    public struct Parameter: Codable, Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }
    /// One provenance row.
    public struct Provenance: Codable, Sendable, Equatable {
        public var name: String
        public var value: String
        public var tag: ProvenanceTag
        public var source: String
        public init(name: String, value: String, tag: ProvenanceTag, source: String) {
            self.name = name; self.value = value; self.tag = tag; self.source = source
        }
    }
    /// A CSV file shown as a table.
    public struct Table: Codable, Sendable, Equatable {
        public var file: String
        public var title: String?
        public var caption: String?
        public init(file: String, title: String? = nil, caption: String? = nil) { self.file = file; self.title = title; self.caption = caption }
    }
    /// An SVG file shown as a figure.
    public struct Figure: Codable, Sendable, Equatable {
        public var file: String
        public var caption: String?
        public init(file: String, caption: String? = nil) { self.file = file; self.caption = caption }
    }
    /// The summary that opens the report: the question, the answer, headline numbers and the key
    /// figure (an SVG file of the folder).
    public struct Summary: Codable, Sendable, Equatable {
        public var question: String
        public var answer: [String]
        public var headline: [Parameter]?
        public var figure: String?
        public var caption: String?
        public init(question: String, answer: [String], headline: [Parameter]? = nil, figure: String? = nil, caption: String? = nil) {
            self.question = question; self.answer = answer; self.headline = headline; self.figure = figure; self.caption = caption
        }
    }
    /// A description for an entry of the files list.
    public struct File: Codable, Sendable, Equatable {
        public var file: String
        public var description: String?
        public init(file: String, description: String? = nil) { self.file = file; self.description = description }
    }

    public var title: String?
    public var subtitle: String?
    public var command: String?
    public var parameters: [Parameter]?
    public var notes: [String]?
    public var summary: Summary?
    public var provenance: [Provenance]?
    public var tables: [Table]?
    public var figures: [Figure]?
    public var files: [File]?

    /// A manifest with the given fields (every one optional).
    public init(title: String? = nil, subtitle: String? = nil, command: String? = nil, parameters: [Parameter]? = nil,
                notes: [String]? = nil, summary: Summary? = nil, provenance: [Provenance]? = nil, tables: [Table]? = nil, figures: [Figure]? = nil,
                files: [File]? = nil) {
        self.title = title; self.subtitle = subtitle; self.command = command; self.parameters = parameters
        self.notes = notes; self.summary = summary; self.provenance = provenance; self.tables = tables; self.figures = figures; self.files = files
    }

    /// Reads a manifest; errors name the file and the JSON field at fault.
    public static func decode(_ data: Data, file: String) throws -> ReportManifest {
        do {
            return try JSONDecoder().decode(ReportManifest.self, from: data)
        } catch let error as DecodingError {
            throw ResultFolderError(file: file, reason: describe(error))
        } catch {
            throw ResultFolderError(file: file, reason: "not valid JSON (\(error.localizedDescription))")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : "field '\(text.hasPrefix(".") ? String(text.dropFirst()) : text)'"
        }
        switch error {
        case .typeMismatch(let type, let c):
            return "\(path(c.codingPath)) should be \(type == String.self ? "a string" : "of type \(type)"); see docs/reports.md"
        case .valueNotFound(_, let c):
            return "\(path(c.codingPath)) is missing or null; see docs/reports.md"
        case .keyNotFound(let key, let c):
            return "\(path(c.codingPath + [key])) is required; see docs/reports.md"
        case .dataCorrupted(let c):
            return "not valid JSON at \(path(c.codingPath)): \(c.debugDescription)"
        @unknown default:
            return "cannot be read: \(error)"
        }
    }
}

/// A result folder that cannot be turned into a report.
public struct ResultFolderError: Error, CustomStringConvertible, Sendable {
    /// The file (or folder) at fault.
    public let file: String
    /// What is wrong and what to do.
    public let reason: String
    public var description: String { "\(file): \(reason)" }
}
