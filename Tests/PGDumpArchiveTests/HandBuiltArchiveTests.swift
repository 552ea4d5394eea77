import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Archives no supported pg_dump writes anymore (1.12, 1.13) and every later layout, built byte by
/// byte with ``ArchiveBytes``, then opened, listed and read back like real dumps.
@Suite struct HandBuiltArchiveTests {
  struct Case: CustomStringConvertible, Sendable {
    var version: ArchiveVersion
    var compression: ArchiveCompression.Algorithm
    var description: String { "\(version) \(compression.name)" }
  }

  static let versions: [ArchiveVersion] = [.v1_12, .v1_13, .v1_14, .v1_15, .v1_16]

  static let customCases: [Case] = versions.flatMap { version in
    let algorithms: [ArchiveCompression.Algorithm] = version >= .v1_15 ? [.none, .gzip, .lz4, .zstd] : [.none, .gzip]
    return algorithms.map { Case(version: version, compression: $0) }
  }

  static let itemsRows = "1\tapple\n2\tpear\n3\tback\\\\slash\n4\t\\N\n\\.\n\n\n"
  static let largeObjects = [
    ArchiveBytes.LargeObject(oid: 424242, bytes: Array("hello large object".utf8)),
    ArchiveBytes.LargeObject(oid: 424243, bytes: [0, 1, 2, 3, 255]),
  ]

  /// A small database: schema, table with a comment and an ACL, two TABLE DATA entries (one with a
  /// newline in its name and a dependency on an absent entry), and two large objects, laid out as
  /// pg_dump of the version would (BLOB entries up to 1.15, BLOB METADATA from 1.16).
  static func populate(_ a: ArchiveBytes) {
    let version = a.version
    a.specialEntries()
    a.tocEntry(
      dumpID: 5, desc: "SCHEMA", tag: "app", owner: "alice", defn: "CREATE SCHEMA app;\n", dropStmt: "DROP SCHEMA app;\n",
      tableOID: "2615", oid: "16387")
    a.tocEntry(
      dumpID: 200, desc: "TABLE", tag: "items", owner: "alice",
      defn: "CREATE TABLE app.items (\n    id integer,\n    name text\n);\n", dropStmt: "DROP TABLE app.items;\n",
      namespace: "app", tablespace: "", tableAM: version >= .v1_14 ? "heap" : nil, relkind: "r", tableOID: "1259",
      oid: "16389", dependencies: [5])
    a.tocEntry(
      dumpID: 2600, desc: "COMMENT", tag: "TABLE items", owner: "alice",
      defn: "COMMENT ON TABLE app.items IS 'hand made';\n", namespace: "app", dependencies: [200])
    a.tocEntry(
      dumpID: 2585, desc: "TABLE DATA", tag: "items", owner: "alice", defn: "", dropStmt: "",
      copyStmt: "COPY app.items (id, name) FROM stdin;\n", namespace: "app", oid: "16389", dependencies: [200])
    a.tocEntry(
      dumpID: 2586, desc: "TABLE DATA", tag: "weird\nname", owner: nil, defn: "", dropStmt: "",
      copyStmt: "COPY public.\"weird\nname\" (x) FROM stdin;\n", namespace: "public", dependencies: [201, 201])
    if version >= .v1_16 {
      a.tocEntry(
        dumpID: 2591, desc: "BLOB METADATA", tag: "424242..424243", owner: "alice", defn: "424242\n424243\n",
        dropStmt: "-- dummy", tableOID: "2613", oid: "424242")
      a.tocEntry(
        dumpID: 2592, desc: "BLOBS", tag: "424242..424243", owner: "alice", defn: "", dropStmt: "",
        dependencies: [2591])
    } else {
      for (dumpID, oid) in [(2590, 424242), (2591, 424243)] {
        a.tocEntry(
          dumpID: dumpID, desc: "BLOB", tag: "\(oid)", owner: "alice", defn: "SELECT pg_catalog.lo_create('\(oid)');\n",
          dropStmt: "SELECT pg_catalog.lo_unlink('\(oid)');\n", tableOID: "2613", oid: "\(oid)")
      }
      a.tocEntry(dumpID: 2592, desc: "BLOBS", tag: "BLOBS", owner: nil, defn: "", dropStmt: "")
    }
    a.tocEntry(
      dumpID: 2601, desc: "ACL", tag: "TABLE items", owner: "alice", defn: "GRANT SELECT ON TABLE app.items TO PUBLIC;\n",
      dropStmt: "", namespace: "app", dependencies: [200])

    a.dataBlock(dumpID: 2585, payload: Array(itemsRows.utf8), chunkSize: 7)
    a.dataBlock(dumpID: 2586, payload: Array("\\.\n\n\n".utf8))
    a.largeObjectsBlock(dumpID: 2592, objects: largeObjects)
  }

  /// The entry lines `pg_restore -l` prints for ``populate(_:)``.
  static func expectedEntryLines(_ version: ArchiveVersion) -> [String] {
    var lines = [
      "5; 2615 16387 SCHEMA - app alice",
      "200; 1259 16389 TABLE app items alice",
      "2600; 0 0 COMMENT app TABLE items alice",
      "2585; 0 16389 TABLE DATA app items alice",
      "2586; 0 0 TABLE DATA public weird name ",
    ]
    if version >= .v1_16 {
      lines += [
        "2591; 2613 424242 BLOB METADATA - 424242..424243 alice",
        "2592; 0 0 BLOBS - 424242..424243 alice",
      ]
    } else {
      lines += [
        "2590; 2613 424242 BLOB - 424242 alice",
        "2591; 2613 424243 BLOB - 424243 alice",
        "2592; 0 0 BLOBS - BLOBS ",
      ]
    }
    lines.append("2601; 0 0 ACL app TABLE items alice")
    return lines
  }

  static func expectedListing(
    _ version: ArchiveVersion, format: String, compression: String, entries: Int, intSize: Int = 4, offSize: Int = 8
  ) -> String {
    """
    ;
    ;     dbname: handmade
    ;     TOC Entries: \(entries)
    ;     Compression: \(compression)
    ;     Dump Version: \(version.listDescription)
    ;     Format: \(format)
    ;     Integer: \(intSize) bytes
    ;     Offset: \(offSize) bytes
    ;     Dumped from database version: 9.6.24
    ;     Dumped by pg_dump version: 9.6.24
    ;
    ;
    ; Selected TOC Entries:
    ;

    """ + expectedEntryLines(version).map { $0 + "\n" }.joined()
  }

  /// Everything `readData` delivers for an entry: the bytes, and each large object separately.
  static func readAll(_ archive: Archive, _ entry: TOCEntry) throws -> (bytes: [UInt8], objects: [ArchiveBytes.LargeObject]) {
    var bytes: [UInt8] = []
    var objects: [ArchiveBytes.LargeObject] = []
    var current: [UInt8] = []
    var inObject = false
    try archive.readData(of: entry) { event in
      switch event {
      case .bytes(let piece):
        if inObject { current += piece } else { bytes += piece }
      case .startLargeObject:
        inObject = true
        current = []
      case .endLargeObject(let oid):
        objects.append(.init(oid: oid, bytes: current))
        inObject = false
      }
    }
    return (bytes, objects)
  }

  /// Compares each parsed entry with what the builder wrote, field by field.
  static func checkEntries(_ archive: Archive, _ builder: ArchiveBytes, blockOffsets: [Int: Int]) {
    let version = builder.version
    #expect(archive.entries.count == builder.entries.count)
    for (parsed, written) in zip(archive.entries, builder.entries) {
      let id = "entry \(written.dumpID)"
      #expect(Int(parsed.dumpID) == written.dumpID, "\(id)")
      let hasData = [2585, 2586, 2592].contains(written.dumpID)
      #expect(parsed.hadDumper == hasData, "\(id) hadDumper")
      #expect(parsed.tableOIDText == written.tableOID, "\(id) tableoid")
      #expect(parsed.oidText == written.oid, "\(id) oid")
      #expect(parsed.tag == written.tag, "\(id) tag")
      #expect(parsed.desc == written.desc, "\(id) desc")
      #expect(Int(parsed.sectionRawValue) == written.resolvedSection, "\(id) section")
      #expect(parsed.defn == written.defn, "\(id) defn")
      #expect(parsed.dropStmt == written.dropStmt, "\(id) dropStmt")
      #expect(parsed.copyStmt == written.copyStmt, "\(id) copyStmt")
      #expect(parsed.namespace == written.namespace, "\(id) namespace")
      #expect(parsed.tablespace == written.tablespace, "\(id) tablespace")
      #expect(parsed.tableAM == (version >= .v1_14 ? written.tableAM : nil), "\(id) tableam")
      #expect(Int(parsed.relkind) == (version >= .v1_16 ? written.relkind : 0), "\(id) relkind")
      #expect(parsed.owner == written.owner, "\(id) owner")
      #expect(parsed.withOIDs == written.withOIDs, "\(id) withOids")
      #expect(parsed.dependencyTexts == written.dependencies, "\(id) dependencies")
      switch (archive.format, parsed.dataLocation) {
      case (.custom, .offset(let offset)):
        if let position = blockOffsets[written.dumpID] {
          let expectedFlag: DataOffset.Flag = builder.offsetsKnown ? .positionSet : .positionNotSet
          #expect(offset.flag == expectedFlag, "\(id) offset flag")
          if builder.offsetsKnown { #expect(offset.position == UInt64(position), "\(id) offset") }
        } else {
          #expect(offset.flag == .noData, "\(id) offset flag")
        }
      case (.directory, .file(let name)), (.tar, .file(let name)):
        let expected: String? =
          switch written.dumpID {
          case 2585, 2586: "\(written.dumpID).dat"
          case 2592:
            archive.format == .tar ? "2592.dat" : (version >= .v1_16 ? "blobs_2592.toc" : "blobs.toc")
          default: nil
          }
        #expect(name.map { String(decoding: $0, as: UTF8.self) } == expected, "\(id) file name")
      default:
        Issue.record("\(id): data location \(parsed.dataLocation) does not fit format \(archive.format)")
      }
    }
  }

  /// Checks the data of the three data entries.
  static func checkData(_ archive: Archive) throws {
    let items = try #require(archive.entry(dumpID: 2585))
    #expect(try readAll(archive, items).bytes == Array(itemsRows.utf8))
    let weird = try #require(archive.entry(dumpID: 2586))
    #expect(try readAll(archive, weird).bytes == Array("\\.\n\n\n".utf8))
    let blobs = try #require(archive.entry(dumpID: 2592))
    let read = try readAll(archive, blobs)
    #expect(read.bytes.isEmpty)
    #expect(read.objects == largeObjects)
    // Entries without data deliver nothing.
    let schema = try #require(archive.entry(dumpID: 5))
    #expect(try readAll(archive, schema).bytes.isEmpty)
  }

  // MARK: Custom format

  @Test(arguments: customCases)
  func customArchive(_ test: Case) throws {
    let builder = ArchiveBytes(
      format: .custom, version: test.version, compression: ArchiveBytes.compression(test.compression, for: test.version))
    Self.populate(builder)
    let built = builder.make()
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let path = try scratch.write("hand.dump", built.bytes)

    let archive = try Archive.open(path)
    #expect(archive.format == .custom)
    #expect(archive.header.version == test.version)
    #expect(archive.header.intSize == 4)
    #expect(archive.header.offSize == 8)
    #expect(archive.header.formatByte == 1)
    #expect(archive.header.compression.algorithm == test.compression)
    if test.version < .v1_15 {
      #expect(archive.header.compression.level == (test.compression == .none ? 0 : -1))
    } else {
      #expect(archive.header.compression.level == nil)
    }
    #expect(archive.header.creationTime == builder.creationTime)
    #expect(archive.header.databaseName == Array("handmade".utf8))
    #expect(archive.header.serverVersion == Array("9.6.24".utf8))
    #expect(archive.header.pgDumpVersion == Array("9.6.24".utf8))
    #expect(archive.header.endOffset == built.headerEnd)
    #expect(archive.tocEndOffset == built.tocEnd)
    #expect(archive.encodingName == "UTF8")
    #expect(archive.standardConformingStrings == true)
    #expect(archive.entries.contains { $0.isType("SEARCHPATH") } == (test.version >= .v1_13))
    Self.checkEntries(archive, builder, blockOffsets: built.blockOffsets)

    let listing = TOCListing(pgRestoreMajor: 17).render(archive)
    #expect(String(decoding: listing, as: UTF8.self).hasPrefix(";\n; Archive created at 2024-03-05 "))
    #expect(
      DamageSupport.listingWithoutTime(listing)
        == Self.expectedListing(
          test.version, format: "CUSTOM", compression: test.compression.name, entries: builder.entries.count))
    try Self.checkData(archive)
  }

  @Test func version112HeaderLine() throws {
    let bytes = ArchiveBytes.custom(version: .v1_12) { a in
      a.specialEntries()
      a.tocEntry(dumpID: 1, desc: "TABLE", tag: "t", owner: "o", defn: "CREATE TABLE t ();\n", namespace: "public")
    }
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let archive = try Archive.open(try scratch.write("v112.dump", bytes))
    let text = String(decoding: TOCListing(pgRestoreMajor: 17).render(archive), as: UTF8.self)
    #expect(text.contains("\n;     Dump Version: 1.12-0\n"))
    #expect(text.contains("\n;     Compression: none\n"))
    #expect(text.hasSuffix("; Selected TOC Entries:\n;\n1; 0 0 TABLE public t o\n"))
    // pg_restore 15 prints the level, not the algorithm name.
    #expect(String(decoding: TOCListing(pgRestoreMajor: 15).render(archive), as: UTF8.self).contains("Compression: 0\n"))
  }

  @Test func revisionByteIsListed() throws {
    let builder = ArchiveBytes(format: .custom, version: ArchiveVersion(1, 16, 5))
    builder.specialEntries()
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let archive = try Archive.open(try scratch.write("rev.dump", builder.make().bytes))
    #expect(archive.header.version == ArchiveVersion(1, 16, 5))
    #expect(String(decoding: TOCListing(pgRestoreMajor: 17).render(archive), as: UTF8.self).contains("Dump Version: 1.16-5\n"))
  }

  /// intSize 8 (pg_restore warns but reads it) and offSize 4.
  @Test(arguments: [(8, 8), (4, 4), (8, 16)])
  func unusualIntegerSizes(_ sizes: (Int, Int)) throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, intSize: sizes.0, offSize: sizes.1)
    Self.populate(builder)
    let built = builder.make()
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let archive = try Archive.open(try scratch.write("sizes.dump", built.bytes))
    #expect(archive.header.intSize == sizes.0)
    #expect(archive.header.offSize == sizes.1)
    Self.checkEntries(archive, builder, blockOffsets: built.blockOffsets)
    #expect(
      DamageSupport.listingWithoutTime(TOCListing(pgRestoreMajor: 17).render(archive))
        == Self.expectedListing(
          .v1_16, format: "CUSTOM", compression: "none", entries: builder.entries.count, intSize: sizes.0,
          offSize: sizes.1))
    try Self.checkData(archive)
  }

  /// As written to a pipe: no offsets (flag 1). Data is found by scanning, in any order.
  @Test(arguments: [ArchiveVersion.v1_12, .v1_16])
  func withoutDataOffsets(_ version: ArchiveVersion) throws {
    let builder = ArchiveBytes(format: .custom, version: version, compression: ArchiveBytes.compression(.gzip, for: version))
    builder.offsetsKnown = false
    Self.populate(builder)
    let built = builder.make()
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let archive = try Archive.open(try scratch.write("pipe.dump", built.bytes))
    Self.checkEntries(archive, builder, blockOffsets: built.blockOffsets)
    // Backwards: the last block first.
    let blobs = try #require(archive.entry(dumpID: 2592))
    #expect(try Self.readAll(archive, blobs).objects == Self.largeObjects)
    try Self.checkData(archive)
  }

  /// The same archive read from memory through `Archive.open(_:input:)`.
  @Test func openFromMemoryInput() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_13)
    Self.populate(builder)
    let archive = try Archive.open("memory", input: .memory(MemoryInput(builder.make().bytes)))
    #expect(archive.header.version == .v1_13)
    #expect(archive.entries.count == builder.entries.count)
    try Self.checkData(archive)
  }

  // MARK: Directory and tar formats

  @Test(arguments: [
    Case(version: .v1_12, compression: .none), Case(version: .v1_12, compression: .gzip),
    Case(version: .v1_14, compression: .gzip), Case(version: .v1_16, compression: .none),
    Case(version: .v1_16, compression: .lz4), Case(version: .v1_16, compression: .zstd),
  ])
  func directoryArchive(_ test: Case) throws {
    let builder = ArchiveBytes(
      format: .directory, version: test.version,
      compression: ArchiveBytes.compression(test.compression, for: test.version))
    Self.populate(builder)
    let built = builder.make()
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let directory = scratch.url.appendingPathComponent("dir")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, bytes) in built.files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }

    let archive = try Archive.open(directory.path)
    #expect(archive.format == .directory)
    #expect(archive.header.formatByte == 3)
    #expect(archive.header.compression.algorithm == test.compression)
    Self.checkEntries(archive, builder, blockOffsets: [:])
    #expect(
      DamageSupport.listingWithoutTime(TOCListing(pgRestoreMajor: 17).render(archive))
        == Self.expectedListing(
          test.version, format: "DIRECTORY", compression: test.compression.name, entries: builder.entries.count))
    try Self.checkData(archive)
  }

  @Test(arguments: [ArchiveVersion.v1_12, .v1_13, .v1_14, .v1_15, .v1_16])
  func tarArchive(_ version: ArchiveVersion) throws {
    let builder = ArchiveBytes(format: .tar, version: version, compression: ArchiveBytes.compression(.none, for: version))
    Self.populate(builder)
    let built = builder.make()
    #expect(built.bytes.count % 512 == 0)
    #expect(built.tarMembers.first?.name == "toc.dat")
    #expect(built.tarMembers.last?.name == "restore.sql")
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let archive = try Archive.open(try scratch.write("hand.tar", built.bytes))
    #expect(archive.format == .tar)
    #expect(archive.header.formatByte == 3)
    Self.checkEntries(archive, builder, blockOffsets: [:])
    #expect(
      DamageSupport.listingWithoutTime(TOCListing(pgRestoreMajor: 17).render(archive))
        == Self.expectedListing(version, format: "TAR", compression: "none", entries: builder.entries.count))
    try Self.checkData(archive)
  }

  // MARK: The real pg_restore agrees

  /// `pg_restore -l` of the hand-built archives equals our listing (all but the time line), and
  /// `pg_restore -f -` prints the table rows: the builder writes what pg_restore reads. Skipped
  /// when Tools/install-postgres has not installed pg_restore 17.
  @Test(arguments: customCases)
  func realPGRestoreReadsHandBuiltCustom(_ test: Case) throws {
    guard let bin = Corpus.postgresBin(17) else { return }
    let builder = ArchiveBytes(
      format: .custom, version: test.version, compression: ArchiveBytes.compression(test.compression, for: test.version))
    Self.populate(builder)
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let path = try scratch.write("hand.dump", builder.make().bytes)
    try Self.compareWithPGRestore(bin: bin, path: path)
  }

  @Test(arguments: [ArchiveVersion.v1_12, .v1_16])
  func realPGRestoreReadsHandBuiltTarAndDirectory(_ version: ArchiveVersion) throws {
    guard let bin = Corpus.postgresBin(17) else { return }
    let scratch = try DamageSupport.ScratchDirectory("handbuilt")
    let tar = ArchiveBytes(format: .tar, version: version)
    Self.populate(tar)
    try Self.compareWithPGRestore(bin: bin, path: try scratch.write("hand.tar", tar.make().bytes))

    let directory = ArchiveBytes(format: .directory, version: version, compression: ArchiveBytes.compression(.gzip, for: version))
    Self.populate(directory)
    let url = scratch.url.appendingPathComponent("dir")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, bytes) in directory.make().files { try Data(bytes).write(to: url.appendingPathComponent(name)) }
    try Self.compareWithPGRestore(bin: bin, path: url.path)
  }

  static func compareWithPGRestore(bin: URL, path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let pgRestore = bin.appendingPathComponent("pg_restore")
    let list = try ProcessResult.run(pgRestore, ["-l", path])
    #expect(list.status == 0, "\(String(decoding: list.stderr, as: UTF8.self))", sourceLocation: sourceLocation)
    let archive = try Archive.open(path)
    let ours = TOCListing(pgRestoreMajor: 17).render(archive)
    #expect(
      DamageSupport.listingWithoutTime(ours) == DamageSupport.listingWithoutTime(list.stdout),
      sourceLocation: sourceLocation)

    let script = try ProcessResult.run(pgRestore, ["-f", "-", path])
    #expect(script.status == 0, "\(String(decoding: script.stderr, as: UTF8.self))", sourceLocation: sourceLocation)
    let text = String(decoding: script.stdout, as: UTF8.self)
    #expect(text.contains("COPY app.items (id, name) FROM stdin;\n" + itemsRows), sourceLocation: sourceLocation)
    #expect(text.contains("lowrite(0, '\\x68656c6c6f206c61726765206f626a656374')"), sourceLocation: sourceLocation)
  }
}
