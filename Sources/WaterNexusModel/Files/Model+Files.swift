import Foundation

/// The model file formats, chosen by file extension.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    case mps, lp

    /// The format for `url`'s extension (`.mps` or `.lp`, any case).
    /// - Throws: ``ModelFileError`` for any other extension.
    public init(url: URL) throws {
        guard let format = ModelFileFormat(rawValue: url.pathExtension.lowercased()) else {
            throw ModelFileError(file: url.path, "unknown model file extension \"\(url.pathExtension)\"; use .mps or .lp")
        }
        self = format
    }
}

extension Model {
    /// Writes the model to `url` as free MPS (`.mps`) or CPLEX LP (`.lp`).
    /// - Throws: ``ModelFileError`` for another extension or when the file cannot be written.
    /// - Complexity: O(variables + constraints + nonzeros); the text is built as bytes and written in one call.
    public func write(to url: URL) throws {
        let bytes = switch try ModelFileFormat(url: url) {
        case .mps: mpsBytes(format: .free)
        case .lp: lpBytes()
        }
        try Model.writeBytes(bytes, to: url)
    }

    static func writeBytes(_ bytes: [UInt8], to url: URL) throws {
        guard let handle = fopen(url.path, "wb") else {
            throw ModelFileError(file: url.path, "cannot create the file: \(String(cString: strerror(errno)))")
        }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        let closed = fclose(handle)
        guard written == bytes.count, closed == 0 else {
            throw ModelFileError(file: url.path, "could not write the whole file: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads a model from an `.mps` (free or fixed layout, detected) or `.lp` file.
    /// - Throws: ``ModelFileError`` with the file name, line and problem.
    public static func read(contentsOf url: URL) throws -> Model {
        let format = try ModelFileFormat(url: url)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModelFileError(file: url.path, "cannot read the file: \((error as NSError).localizedDescription)")
        }
        let bytes = [UInt8](data)
        switch format {
        case .mps: return try readMPS(bytes, format: nil, file: url.path)
        case .lp: return try readLP(bytes, file: url.path)
        }
    }
}
