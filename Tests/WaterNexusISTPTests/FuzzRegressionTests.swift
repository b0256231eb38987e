import Testing
import WaterNexusISTP

/// Inputs the YAML fuzzer found (Fuzz/crashes/yaml), kept so they stay fixed.
struct ISTPFuzzRegressionTests {
    /// A complex mapping key (`? …`) made the YAML library force-unwrap a missing string and crash;
    /// now it is a model-file error naming the line.
    @Test func complexMappingKeyIsAnErrorNotACrash() {
        let text = "name: henan\n? [a, b]\n: 3\n"
        #expect {
            try ISTPCase.parse(yaml: text, file: "Models/bad.yaml")
        } throws: { error in
            let message = "\(error)"
            return message.contains("Models/bad.yaml") && message.contains("bad.yaml:2:") && message.contains("plain word")
        }
    }
}
