import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Damage no bit flip of a real dump produces, built with ``ArchiveBytes``: hostile sizes, names,
/// special entries and data framing.
@Suite(.timeLimit(.minutes(1))) struct DamageHandBuiltTests {
  static func table(_ a: ArchiveBytes, dumpID: Int = 300, payload: [UInt8]? = Array("1\n\\.\n\n\n".utf8)) {
    a.tocEntry(
      dumpID: dumpID, desc: "TABLE DATA", tag: "t\(dumpID)", owner: "o", defn: "", dropStmt: "",
      copyStmt: "COPY public.t (x) FROM stdin;\n", namespace: "public")
    if let payload { a.dataBlock(dumpID: dumpID, payload: payload) }
  }

  static func open(_ bytes: [UInt8], _ scratch: DamageSupport.ScratchDirectory, name: String = "hand.dump") throws
    -> Archive
  {
    try Archive.open(try scratch.write(name, bytes))
  }

  static func readError(_ archive: Archive, _ dumpID: Int32) -> ArchiveError? {
    do {
      try archive.readData(of: archive.entry(dumpID: dumpID)!) { _ in }
      return nil
    } catch let error as ArchiveError {
      return error
    } catch {
      Issue.record("not an ArchiveError: \(error)")
      return nil
    }
  }

  // MARK: Tar

  /// A tar whose second member declares a size near `Int.max` (base-256): computing where the
  /// next member starts overflows.
  static func tarWithHugeMember(first: Bool) -> [UInt8] {
    let builder = ArchiveBytes(format: .tar, version: .v1_16)
    builder.specialEntries()
    table(builder, payload: nil)
    builder.modifyEntry(builder.entries.count - 1) { $0.fileName = Array("300.dat".utf8) }
    let toc = builder.make().tocFile
    var huge = ArchiveBytes.tarHeader(name: first ? "toc.dat" : "300.dat", size: 1, base256Size: true)
    for index in 125..<136 { huge[index] = 0xFF }
    let checksum = String(TarHeader.checksum(huge), radix: 8)
    let field = Array((String(repeating: "0", count: 7 - checksum.count) + checksum + " ").utf8)
    huge.replaceSubrange(148..<156, with: field)
    if first { return huge + ArchiveBytes.tarPadded(toc) + [UInt8](repeating: 0, count: 1024) }
    return ArchiveBytes.tarHeader(name: "toc.dat", size: toc.count) + ArchiveBytes.tarPadded(toc) + huge
      + [UInt8](repeating: 0x41, count: 700) + [UInt8](repeating: 0, count: 1024)
  }

  @Test func hugeTarMemberSizeHeaderIsValid() throws {
    for first in [false, true] {
      let bytes = Self.tarWithHugeMember(first: first)
      let start = first ? 0 : bytes.count - 1024 - 700 - 512  // see tarWithHugeMember
      let block = Array(bytes[start..<start + 512])
      let header = try #require(TarHeader(block: block))
      #expect(header.isValid)
      #expect(header.size == Int.max, "base-256 sizes saturate")
    }
  }

  /// A member size near Int.max once trapped with an arithmetic overflow in `TarStorage.index`.
  /// Now: a huge data member reads as truncated; a huge `toc.dat` still yields its TOC (the bytes
  /// are there) but swallows every later member, so the data member is missing, as pg_restore says.
  @Test(arguments: [false, true])
  func hugeTarMemberSizeFromFile(_ first: Bool) throws {
    let scratch = try DamageSupport.ScratchDirectory("hugetar")
    let path = try scratch.write("huge.tar", Self.tarWithHugeMember(first: first))
    let archive = try Archive.open(path)
    #expect(Self.readError(archive, 300)?.code == (first ? .missingMember : .truncated))
  }

  /// The same archive read as a stream does not trap: the member just ends early.
  @Test func hugeTarMemberSizeFromStream() throws {
    let archive = try Archive.open("-", input: .memory(MemoryInput(Self.tarWithHugeMember(first: false))))
    #expect(Self.readError(archive, 300)?.code == .truncated)
    #expect(throws: ArchiveError.self) {
      try Archive.open("-", input: .memory(MemoryInput(Self.tarWithHugeMember(first: true))))
    }
  }

  // MARK: Directory

  @Test(arguments: ["../300.dat", "/etc/passwd", "a/b.dat", ".", ".."])
  func directoryFileNameOutsideTheArchive(_ name: String) throws {
    let files = ArchiveBytes.directory(version: .v1_16) { a in
      a.specialEntries()
      Self.table(a)
      a.modifyEntry(a.entries.count - 1) { $0.fileName = Array(name.utf8) }
    }
    let scratch = try DamageSupport.ScratchDirectory("dirname")
    let directory = scratch.url.appendingPathComponent("dir")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    for (file, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(file)) }
    let archive = try Archive.open(directory.path)
    let error = Self.readError(archive, 300)
    #expect(error?.code == .malformed)
    #expect(error?.message == "invalid file name \"\(name)\" in TOC")
  }

  @Test func directoryLargeObjectTOCWithBadLine() throws {
    var files = ArchiveBytes.directory(version: .v1_16) { a in
      a.specialEntries()
      a.tocEntry(dumpID: 400, desc: "BLOBS", tag: "1..2", owner: "o")
      a.largeObjectsBlock(dumpID: 400, objects: [.init(oid: 1, bytes: [1])])
    }
    files["blobs_400.toc"] = Array("1 blob_1.dat\nnot a line\n".utf8)
    let scratch = try DamageSupport.ScratchDirectory("lotoc")
    let directory = scratch.url.appendingPathComponent("dir")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
    for (file, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(file)) }
    let error = Self.readError(try Archive.open(directory.path), 400)
    #expect(error?.code == .malformed)
    #expect(error?.message.hasPrefix("invalid line in large object TOC file") == true)
  }

  // MARK: Custom data framing

  @Test func blockIDMismatch() throws {
    let bytes = ArchiveBytes.custom(version: .v1_12) { a in
      a.specialEntries()
      Self.table(a, dumpID: 2585, payload: nil)
      a.dataBlock(dumpID: 2585, payload: Array("1\n\\.\n\n\n".utf8), blockDumpID: 2713)
    }
    let scratch = try DamageSupport.ScratchDirectory("blockid")
    let error = Self.readError(try Self.open(bytes, scratch), 2585)
    #expect(error?.code == .unexpectedBlock)
    #expect(error?.message == "found unexpected block ID (2713) when reading data -- expected 2585")
  }

  @Test func zeroLengthDataIsAccepted() throws {
    let bytes = ArchiveBytes.custom(version: .v1_16) { a in
      a.specialEntries()
      Self.table(a, payload: [])
    }
    let scratch = try DamageSupport.ScratchDirectory("empty")
    let archive = try Self.open(bytes, scratch)
    var count = 0
    try archive.readData(of: archive.entry(dumpID: 300)!) { event in
      if case .bytes(let piece) = event { count += piece.count }
    }
    #expect(count == 0)
  }

  @Test func chunkStreamWithoutTerminator() throws {
    let built = ArchiveBytes.customLayout(version: .v1_16) { a in
      a.specialEntries()
      Self.table(a)
    }
    let scratch = try DamageSupport.ScratchDirectory("noterm")
    let archive = try Self.open(Array(built.bytes.dropLast(5)), scratch)
    let error = Self.readError(archive, 300)
    #expect(error?.code == .truncated)
    #expect(error?.offset == built.bytes.count - 5)
  }

  @Test func largeObjectOIDBeyondThirtyTwoBits() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, intSize: 8)
    builder.specialEntries()
    builder.tocEntry(dumpID: 400, desc: "BLOBS", tag: "x", owner: "o")
    builder.largeObjectsBlock(dumpID: 400, objects: [.init(oid: 1, bytes: [1])])
    var bytes = builder.make().bytes
    let position = try #require(builder.make().blockOffsets[400])
    // The first OID sits after the type byte and the 9-byte dump ID: make it 2^32.
    bytes.replaceSubrange(position + 10..<position + 19, with: ArchiveBytes.int(1 << 32, intSize: 8))
    let scratch = try DamageSupport.ScratchDirectory("oid")
    let error = Self.readError(try Self.open(bytes, scratch), 400)
    #expect(error?.code == .integerOverflow)
    #expect(error?.message == "invalid large object OID 4294967296")
  }

  @Test func dataOffsetIntoTheHeader() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16)
    builder.specialEntries()
    Self.table(builder)
    builder.modifyEntry(builder.entries.count - 1) { $0.rawOffset = (2, 0) }
    let scratch = try DamageSupport.ScratchDirectory("intoheader")
    let error = Self.readError(try Self.open(builder.make().bytes, scratch), 300)
    #expect(error?.code == .unexpectedBlock, "\(String(describing: error))")
  }

  @Test func payloadThatIsNotWhatTheHeaderSays() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, compression: ArchiveCompression(algorithm: .gzip))
    builder.compressPayloads = false
    builder.specialEntries()
    Self.table(builder)
    let scratch = try DamageSupport.ScratchDirectory("notzlib")
    let error = Self.readError(try Self.open(builder.make().bytes, scratch), 300)
    #expect(error.map { [.decompression, .truncated].contains($0.code) } == true, "\(String(describing: error))")
  }

  @Test func unknownCompressionAlgorithm() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, compression: ArchiveCompression(algorithm: .unknown(9)))
    builder.specialEntries()
    Self.table(builder)
    let scratch = try DamageSupport.ScratchDirectory("algorithm")
    let archive = try Self.open(builder.make().bytes, scratch)  // listing still works, as with pg_restore -l
    #expect(!TOCListing(pgRestoreMajor: 17).render(archive).isEmpty)
    let error = Self.readError(archive, 300)
    #expect(error?.code == .unsupportedCompression)
    #expect(error?.message.hasPrefix("cannot restore from compressed archive") == true)
  }

  // MARK: Special entries and counts

  @Test(arguments: [
    ("ENCODING", "SET client_encoding = UTF8;\n", "invalid ENCODING item: SET client_encoding = UTF8;\n"),
    ("ENCODING", "SET client_encoding = 'KLINGON';\n", "unrecognized encoding \"KLINGON\""),
    ("STDSTRINGS", "SET standard_conforming_strings = 'maybe';\n",
     "invalid STDSTRINGS item: SET standard_conforming_strings = 'maybe';\n"),
  ])
  func malformedSpecialEntries(_ sample: (String, String, String)) throws {
    let bytes = ArchiveBytes.custom(version: .v1_14) { a in
      a.tocEntry(dumpID: 1, desc: sample.0, tag: sample.0, defn: sample.1, dropStmt: nil, section: .preData)
    }
    let scratch = try DamageSupport.ScratchDirectory("special")
    let path = try scratch.write("special.dump", bytes)
    do {
      _ = try Archive.open(path)
      Issue.record("opened")
    } catch {
      #expect(error.code == .malformed)
      #expect(error.message == sample.2)
    }
  }

  @Test func emptyTOC() throws {
    let bytes = ArchiveBytes.custom(version: .v1_12) { _ in }
    let scratch = try DamageSupport.ScratchDirectory("emptytoc")
    let archive = try Self.open(bytes, scratch)
    #expect(archive.entries.isEmpty)
    let text = String(decoding: TOCListing(pgRestoreMajor: 17).render(archive), as: UTF8.self)
    #expect(text.contains(";     TOC Entries: 0\n"))
    #expect(text.hasSuffix("; Selected TOC Entries:\n;\n"))
  }
}
