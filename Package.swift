// swift-tools-version:6.0
import PackageDescription

/// WaterNexus: mathematical programming for water–carbon problems, backed by GLPK.
///
/// `WaterNexus` is the one import for modelers: it re-exports the modeler, the GLPK backend and the
/// multiobjective engine.
/// Layering: `CGLPK` (system library) → `CGLPKGuard` (C error guard) → `WaterNexusGLPK` (the only
/// code that calls `glp_*`); `WaterNexusModel` is pure Swift and knows nothing of GLPK.
let package = Package(
    name: "WaterNexus",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nexus", targets: ["nexus"]),
        .library(name: "WaterNexus", targets: ["WaterNexus"]),
        .library(name: "WaterNexusModel", targets: ["WaterNexusModel"]),
        .library(name: "WaterNexusGLPK", targets: ["WaterNexusGLPK"]),
        .library(name: "WaterNexusMultiobjective", targets: ["WaterNexusMultiobjective"]),
        .library(name: "WaterNexusAllocation", targets: ["WaterNexusAllocation"]),
        .library(name: "WaterNexusISTP", targets: ["WaterNexusISTP"]),
        .library(name: "WaterNexusNetwork", targets: ["WaterNexusNetwork"]),
        .library(name: "WaterNexusInput", targets: ["WaterNexusInput"]),
        .library(name: "WaterNexusReports", targets: ["WaterNexusReports"]),
        .library(name: "WaterNexusBatch", targets: ["WaterNexusBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CGLPK", path: "Sources/CGLPK", providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]),
        .target(
            name: "CGLPKGuard",
            path: "Sources/CGLPKGuard",
            linkerSettings: [.linkedLibrary("glpk")]
        ),
        .target(name: "WaterNexusModel"),
        .target(name: "WaterNexusGLPK", dependencies: ["CGLPK", "CGLPKGuard", "WaterNexusModel"]),
        .target(name: "WaterNexusInput", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "WaterNexusReports", dependencies: ["WaterNexusInput"]),
        .target(name: "WaterNexusBundled"),
        .target(name: "WaterNexus", dependencies: ["WaterNexusModel", "WaterNexusGLPK", "WaterNexusMultiobjective"]),
        .target(
            name: "WaterNexusBatch",
            dependencies: ["WaterNexusInput", "WaterNexusReports"]
        ),
        .target(
            name: "WaterNexusMultiobjective",
            dependencies: ["WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusReports"]
        ),
        .target(
            name: "WaterNexusAllocation",
            dependencies: [
                "WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusMultiobjective", "WaterNexusReports",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "WaterNexusISTP",
            dependencies: [
                "WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusReports",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "WaterNexusNetwork",
            dependencies: [
                "WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusMultiobjective", "WaterNexusReports",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "nexus",
            dependencies: [
                "WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusMultiobjective", "WaterNexusAllocation",
                "WaterNexusISTP", "WaterNexusNetwork", "WaterNexusReports", "WaterNexusBatch", "WaterNexusBundled",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "nexus-benchmark",
            dependencies: ["WaterNexusModel", "WaterNexusGLPK", "WaterNexusNetwork"],
            path: "Benchmarks/nexus-benchmark"
        ),
        .target(name: "WaterNexusTestSupport", dependencies: ["WaterNexusModel", "WaterNexusMultiobjective"], path: "Tests/WaterNexusTestSupport"),
        .testTarget(name: "WaterNexusModelTests", dependencies: ["WaterNexusModel", "WaterNexusTestSupport"]),
        .testTarget(name: "WaterNexusGLPKTests", dependencies: ["WaterNexusModel", "WaterNexusGLPK", "WaterNexusTestSupport"]),
        .testTarget(
            name: "WaterNexusMultiobjectiveTests",
            dependencies: ["WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusMultiobjective", "WaterNexusTestSupport"]
        ),
        .testTarget(
            name: "WaterNexusAllocationTests",
            dependencies: ["WaterNexusAllocation", "WaterNexusInput", "WaterNexusMultiobjective", "WaterNexusGLPK", "WaterNexusModel", "WaterNexusTestSupport"]
        ),
        .testTarget(name: "WaterNexusISTPTests", dependencies: ["WaterNexusISTP", "WaterNexusInput", "WaterNexusGLPK", "WaterNexusModel", "WaterNexusReports", "WaterNexusTestSupport"]),
        .testTarget(
            name: "WaterNexusNetworkTests",
            dependencies: ["WaterNexusNetwork", "WaterNexusInput", "WaterNexusGLPK", "WaterNexusModel", "WaterNexusMultiobjective", "WaterNexusTestSupport"]
        ),
        .testTarget(name: "WaterNexusInputTests", dependencies: ["WaterNexusInput"]),
        .testTarget(
            name: "InputFormatsTests",
            dependencies: ["WaterNexusInput", "WaterNexusAllocation", "WaterNexusISTP", "WaterNexusNetwork"]
        ),
        .testTarget(name: "WaterNexusReportsTests", dependencies: ["WaterNexusReports", "WaterNexusInput"], exclude: ["Golden"]),
        .testTarget(name: "WaterNexusBatchTests", dependencies: ["WaterNexusBatch", "WaterNexusInput"]),
        .testTarget(
            name: "WaterNexusBundledTests",
            dependencies: [
                "WaterNexusBundled", "WaterNexusAllocation", "WaterNexusISTP", "WaterNexusNetwork", "WaterNexusMultiobjective",
                "WaterNexusGLPK", "WaterNexusModel", "WaterNexusTestSupport",
            ]
        ),
        .testTarget(
            name: "NexusCLITests",
            dependencies: ["nexus", "WaterNexusInput", "WaterNexusModel", "WaterNexusGLPK", "WaterNexusReports", "WaterNexusTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
