import PGDumpFormat
import Testing
import _PGDumpTestSupport

/// `ReadHead`: version gates, compression field per version, and pg_restore's error wording.
@Suite struct ArchiveHeaderParsingTests {
  static func parse(
    _ bytes: [UInt8], expectedFormatByte: UInt8 = 1, newestVersion: ArchiveVersion = .newestReadable
  ) throws(ArchiveError) -> (ArchiveHeader, ArchiveByteReader<MemoryInput>) {
    let reader = ArchiveByteReader(MemoryInput(bytes))
    let header = try ArchiveHeader(parsing: reader, expectedFormatByte: expectedFormatByte, newestVersion: newestVersion)
    return (header, reader)
  }

  static func header(
    version: ArchiveVersion, format: ArchiveFormat = .custom, compression: ArchiveCompression? = nil,
    intSize: Int = 4, formatByte: UInt8? = nil
  ) -> ArchiveBytes.Built {
    let builder = ArchiveBytes(
      format: format, version: version, intSize: intSize,
      compression: compression ?? ArchiveBytes.compression(.none, for: version))
    builder.formatByte = formatByte
    return builder.make()
  }

  /// The verified 17.10 header from the reference (`pg_dump -Fc`, database "test db").
  static let verified1710: [UInt8] = [
    0x50, 0x47, 0x44, 0x4d, 0x50, 0x01, 0x10, 0x00, 0x04, 0x08, 0x01, 0x01, 0x00, 0x07, 0x00, 0x00,
    0x00, 0x00, 0x16, 0x00, 0x00, 0x00, 0x00, 0x13, 0x00, 0x00, 0x00, 0x00, 0x15, 0x00, 0x00, 0x00,
    0x00, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x7e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x07, 0x00, 0x00, 0x00, 0x74, 0x65, 0x73, 0x74, 0x20, 0x64, 0x62, 0x00, 0x05, 0x00, 0x00, 0x00,
    0x31, 0x37, 0x2e, 0x31, 0x30, 0x00, 0x05, 0x00, 0x00, 0x00, 0x31, 0x37, 0x2e, 0x31, 0x30, 0x00,
    0x24, 0x00, 0x00, 0x00,
  ]

  @Test func verifiedSeventeenHeader() throws {
    let (header, reader) = try Self.parse(Self.verified1710)
    #expect(header.version == ArchiveVersion(1, 16, 0))
    #expect(header.intSize == 4)
    #expect(header.offSize == 8)
    #expect(header.formatByte == 1)
    #expect(header.compression == ArchiveCompression(algorithm: .gzip))
    #expect(
      header.creationTime
        == ArchiveHeader.CreationTime(second: 7, minute: 22, hour: 19, dayOfMonth: 21, month: 10, year: 126, isDST: 0))
    #expect(header.databaseName == Array("test db".utf8))
    #expect(header.serverVersion == Array("17.10".utf8))
    #expect(header.pgDumpVersion == Array("17.10".utf8))
    #expect(header.endOffset == 0x4F)
    #expect(reader.offset == 0x4F)
    #expect(try reader.readInt() == 36)  // the TOC count follows
  }

  @Test func builderWritesTheVerifiedLayout() {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, compression: ArchiveCompression(algorithm: .gzip))
    builder.creationTime = .init(second: 7, minute: 22, hour: 19, dayOfMonth: 21, month: 10, year: 126, isDST: 0)
    builder.databaseName = Array("test db".utf8)
    builder.serverVersion = Array("17.10".utf8)
    builder.pgDumpVersion = Array("17.10".utf8)
    builder.tocCountOverride = 36
    #expect(builder.make().bytes == Self.verified1710)
  }

  // MARK: Compression field

  @Test(arguments: [
    (0, ArchiveCompression.Algorithm.none), (-1, .gzip), (1, .gzip), (9, .gzip),
  ])
  func version114StoresAnIntLevel(_ sample: (Int, ArchiveCompression.Algorithm)) throws {
    let built = Self.header(
      version: .v1_14, compression: ArchiveCompression(algorithm: sample.1, level: sample.0))
    let (header, _) = try Self.parse(built.bytes)
    #expect(header.compression.algorithm == sample.1)
    #expect(header.compression.level == sample.0)
    #expect(header.endOffset == built.headerEnd)
    let field = built.fields.first { $0.name == "compression" }
    #expect(field?.end == (field?.start ?? 0) + 5, "an int: sign byte + 4")
  }

  @Test func verifiedFifteenHeaderStoresLevelMinusOne() throws {
    let bytes: [UInt8] = [0x50, 0x47, 0x44, 0x4d, 0x50, 0x01, 0x0e, 0x00, 0x04, 0x08, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00]
    let reader = ArchiveByteReader(MemoryInput(bytes))
    do {
      _ = try ArchiveHeader(parsing: reader, expectedFormatByte: 1)
      Issue.record("the header is cut after the compression field")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == 16)
    }
    let full = bytes + [UInt8](repeating: 0, count: 35) + ArchiveBytes.string("db") + ArchiveBytes.string("15.18")
      + ArchiveBytes.string("15.18")
    let (header, _) = try Self.parse(full)
    #expect(header.compression == ArchiveCompression(algorithm: .gzip, level: -1))
    #expect(header.compression.listDescription(pgRestoreMajor: 15) == "-1")
    #expect(header.compression.listDescription(pgRestoreMajor: 17) == "gzip")
  }

  @Test(arguments: [ArchiveVersion.v1_15, .v1_16])
  func algorithmByteFromVersion115(_ version: ArchiveVersion) throws {
    for (byte, algorithm) in [
      (UInt8(0), ArchiveCompression.Algorithm.none), (1, .gzip), (2, .lz4), (3, .zstd), (9, .unknown(9)),
    ] {
      var bytes = Self.header(version: version).bytes
      #expect(bytes[11] == 0)
      bytes[11] = byte
      let (header, _) = try Self.parse(bytes)
      #expect(header.compression.algorithm == algorithm)
      #expect(header.compression.level == nil)
      #expect(header.compression.listDescription(pgRestoreMajor: 17) == algorithm.name)
    }
  }

  // MARK: Version checks

  @Test func unsupportedNewerVersion() {
    var bytes = Self.header(version: .v1_16).bytes
    bytes[6] = 17
    do {
      _ = try Self.parse(bytes)
      Issue.record("1.17 must be refused")
    } catch {
      #expect(error.code == .unsupportedVersion)
      #expect(error.message == "unsupported version (1.17) in file header")
      #expect(error.offset == 5)
    }
  }

  @Test(arguments: [(15, ArchiveVersion.v1_15), (15, .v1_16), (16, .v1_16)])
  func olderPGRestoreRefusesNewerArchives(_ sample: (Int, ArchiveVersion)) {
    let bytes = Self.header(version: sample.1).bytes
    do {
      _ = try Self.parse(bytes, newestVersion: .newestReadable(byPGRestore: sample.0))
      Issue.record("pg_restore \(sample.0) cannot read \(sample.1)")
    } catch {
      #expect(error.code == .unsupportedVersion)
      #expect(error.message == "unsupported version (\(sample.1)) in file header")
    }
  }

  @Test func revisionIsAcceptedUpToTheMaximum() throws {
    var bytes = Self.header(version: .v1_16).bytes
    bytes[7] = 255
    #expect(try Self.parse(bytes).0.version == ArchiveVersion(1, 16, 255))
    bytes[5] = 2
    bytes[6] = 0
    #expect(throws: ArchiveError(.unsupportedVersion, "", offset: 5)) { try Self.parse(bytes) }
  }

  @Test func versionZeroIsRefused() {
    let bytes: [UInt8] = Array("PGDMP".utf8) + [0, 9] + [UInt8](repeating: 0, count: 40)
    do {
      _ = try Self.parse(bytes)
      Issue.record("0.9 must be refused")
    } catch {
      #expect(error.code == .unsupportedVersion)
      #expect(error.message == "unsupported version (0.9) in file header")
    }
  }

  // MARK: Other checks

  @Test func formatMismatch() {
    let custom = Self.header(version: .v1_16, formatByte: 5).bytes
    do {
      _ = try Self.parse(custom)
      Issue.record("expected a format mismatch")
    } catch {
      #expect(error.code == .formatMismatch)
      #expect(error.message == "expected format (1) differs from format found in file (5)")
      #expect(error.offset == 10)
    }
    let tocDat = Self.header(version: .v1_14, format: .directory, formatByte: 5).bytes
    do {
      _ = try Self.parse(tocDat, expectedFormatByte: 3)
      Issue.record("expected a format mismatch")
    } catch {
      #expect(error.message == "expected format (3) differs from format found in file (5)")
    }
    // A custom file read as toc.dat and the other way round.
    #expect(throws: ArchiveError(.formatMismatch, "", offset: 10)) {
      try Self.parse(Self.header(version: .v1_16).bytes, expectedFormatByte: 3)
    }
    #expect(throws: ArchiveError(.formatMismatch, "", offset: 10)) {
      try Self.parse(Self.header(version: .v1_16, format: .tar).tocFile, expectedFormatByte: 1)
    }
  }

  @Test func badMagic() {
    var bytes = Self.header(version: .v1_16).bytes
    bytes[0] = UInt8(ascii: "X")
    #expect(throws: ArchiveError(.notAnArchive, "", offset: 0)) { try Self.parse(bytes) }
  }

  @Test(arguments: [0, 9, 33, 255])
  func badIntegerSize(_ size: Int) {
    var bytes = Self.header(version: .v1_16).bytes
    bytes[8] = UInt8(size)
    #expect(throws: ArchiveError(.badIntegerSize, "", offset: 8)) { try Self.parse(bytes) }
  }

  @Test func intSizeEightHeader() throws {
    let built = Self.header(version: .v1_16, intSize: 8)
    let (header, reader) = try Self.parse(built.bytes)
    #expect(header.intSize == 8)
    #expect(reader.intSize == 8)
    #expect(header.databaseName == Array("handmade".utf8))
    #expect(header.endOffset == built.headerEnd)
  }

  @Test(arguments: [ArchiveVersion.v1_12, .v1_13, .v1_14, .v1_15, .v1_16])
  func truncatedAtEveryHeaderByte(_ version: ArchiveVersion) throws {
    let built = Self.header(version: version)
    let (header, _) = try Self.parse(built.bytes)
    #expect(header.endOffset == built.headerEnd)
    for cut in 0..<built.headerEnd {
      do {
        _ = try Self.parse(Array(built.bytes.prefix(cut)))
        Issue.record("a header cut at \(cut) parsed")
      } catch {
        #expect(error.code == .truncated, "cut at \(cut)")
        #expect(error.offset.map { $0 <= cut } == true, "cut at \(cut): offset \(String(describing: error.offset))")
      }
    }
  }
}
