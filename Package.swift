// swift-tools-version:6.1
import PackageDescription

/// Settings every first-party Swift target shares.
let strict: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "pgdumpkit",
  products: [
    .executable(name: "pgdumpkit", targets: ["pgdumpkit"]),
    .library(name: "PGDumpFormat", targets: ["PGDumpFormat"]),
    .library(name: "PGDumpSQL", targets: ["PGDumpSQL"]),
    .library(name: "PGDumpCompression", targets: ["PGDumpCompression"]),
    .library(name: "PGDumpArchive", targets: ["PGDumpArchive"]),
    .library(name: "PGDumpTools", targets: ["PGDumpTools"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // System libraries (Debian: zlib1g-dev, liblz4-dev, libzstd-dev).
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CLZ4", pkgConfig: "liblz4", providers: [.apt(["liblz4-dev"])]),
    .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),

    // Pure parsing of on-disk structures: standard library only.
    .target(name: "PGDumpFormat", swiftSettings: strict),
    // The SQL lexer, psql's statement splitting, COPY data and encodings: standard library only.
    .target(name: "PGDumpSQL", swiftSettings: strict),
    // zlib / gzip / lz4 / zstd streams; the only module that sees the C libraries.
    .target(name: "PGDumpCompression", dependencies: ["CZlib", "CLZ4", "CZstd"], swiftSettings: strict),
    // The archiver: format detection, one reader per format, byte sources.
    .target(name: "PGDumpArchive", dependencies: ["PGDumpFormat", "PGDumpSQL", "PGDumpCompression"], swiftSettings: strict),
    // Tools as library code: list, identify, ...
    .target(name: "PGDumpTools", dependencies: ["PGDumpArchive", "PGDumpSQL"], swiftSettings: strict),
    // Argument parsing and terminal output.
    .target(
      name: "PGDumpCLI",
      dependencies: ["PGDumpTools", "PGDumpSQL", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: strict),
    .executableTarget(name: "pgdumpkit", dependencies: ["PGDumpCLI"], swiftSettings: strict),

    // Shared test support: corpus access, byte builders for hand-made archives.
    .target(name: "_PGDumpTestSupport", dependencies: ["PGDumpArchive", "PGDumpSQL"], swiftSettings: strict),

    .testTarget(name: "PGDumpFormatTests", dependencies: ["PGDumpFormat", "_PGDumpTestSupport"], swiftSettings: strict),
    .testTarget(name: "PGDumpSQLTests", dependencies: ["PGDumpSQL", "_PGDumpTestSupport"], swiftSettings: strict),
    .testTarget(
      name: "PGDumpCompressionTests", dependencies: ["PGDumpCompression", "_PGDumpTestSupport"], swiftSettings: strict),
    .testTarget(
      name: "PGDumpArchiveTests", dependencies: ["PGDumpArchive", "PGDumpTools", "_PGDumpTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "PGDumpCLITests", dependencies: ["PGDumpCLI", "_PGDumpTestSupport"], swiftSettings: strict),
  ],
  swiftLanguageModes: [.v6]
)
