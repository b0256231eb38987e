import ArgumentParser
import Foundation
import WaterNexusAllocation
import WaterNexusInput
import WaterNexusNetwork

/// Which kind of model a file holds, recognized from its content by each format's own reader
/// (``AllocationCase/recognizes(yaml:)``, ``NetworkModel/recognizes(yaml:)``).
enum ModelFileKind: Equatable {
    case allocation, network

    /// The kind of the file at `path`; a validation error naming both accepted kinds when neither fits.
    init(path: String) throws {
        let text = try TextFile.read(path)
        switch (AllocationCase.recognizes(yaml: text), NetworkModel.recognizes(yaml: text)) {
        case (true, false): self = .allocation
        case (false, true): self = .network
        case (true, true):
            throw CommandFailure("\(path) has both a top-level 'users:' (allocation model) and 'contaminants:' (network model); keep the one that fits its format")
        case (false, false):
            throw CommandFailure("""
                \(path) is neither an allocation model (YAML with a top-level 'users:' list, see docs/allocation-model-format.md) \
                nor a network model (YAML with a top-level 'contaminants:' list, see docs/network-model-format.md)
                """)
        }
    }
}
