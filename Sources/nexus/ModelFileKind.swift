import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusNetwork

/// Which kind of model a file holds, recognized from its content by each format's own reader
/// (``AllocationCase/recognizes(yaml:)``, ``NetworkModel/recognizes(yaml:)``).
enum ModelFileKind: Equatable {
    case allocation, network

    /// The kind of the file at `path`; a validation error naming both accepted kinds when neither fits.
    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("cannot read the model file \(path); check the path")
        }
        switch (AllocationCase.recognizes(yaml: text), NetworkModel.recognizes(yaml: text)) {
        case (true, false): self = .allocation
        case (false, true): self = .network
        case (true, true):
            throw ValidationError("\(path) has both a top-level 'users:' (allocation model) and 'contaminants:' (network model); keep the one that fits its format")
        case (false, false):
            throw ValidationError("""
                \(path) is neither an allocation model (YAML with a top-level 'users:' list, see docs/allocation-model-format.md) \
                nor a network model (YAML with a top-level 'contaminants:' list, see docs/network-model-format.md)
                """)
        }
    }
}
