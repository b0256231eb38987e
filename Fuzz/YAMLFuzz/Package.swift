// swift-tools-version:6.0
// A separate package so that libFuzzer's flags never touch the main package. Build with
//   swift build -c release --product fuzz-yaml -Xswiftc -sanitize=fuzzer,address
// (Fuzz/run_yaml.sh does it), which instruments WaterNexus's loaders too.
import PackageDescription

let package = Package(
    name: "WaterNexusYAMLFuzz",
    dependencies: [.package(name: "WaterNexus", path: "../..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "fuzz-yaml",
            dependencies: [
                "FuzzDriver",
                .product(name: "WaterNexusAllocation", package: "WaterNexus"),
                .product(name: "WaterNexusBatch", package: "WaterNexus"),
                .product(name: "WaterNexusISTP", package: "WaterNexus"),
                .product(name: "WaterNexusNetwork", package: "WaterNexus"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
        .executableTarget(
            name: "fuzz-csv",
            dependencies: ["FuzzDriver", .product(name: "WaterNexusInput", package: "WaterNexus")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        ),
    ]
)
