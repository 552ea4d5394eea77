import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Real dumps with flipped bits, missing files, wrong block IDs, and files that are no archive.
@Suite(.timeLimit(.minutes(2))) struct DamageCorruptionTests {
  // MARK: (c) Bit flips in the header and TOC

  static let flipTargets = DamageSupport.damageTargets.filter { dump in
    // One of each container and compression; the TOC layouts repeat across the others.
    [("custom", "none", 17), ("custom", "gzip", 15), ("custom", "lz4", 17), ("custom", "zstd", 17),
     ("directory", "gzip", 15), ("tar", "none", 18)]
      .contains { $0.0 == dump.format && $0.1 == dump.compression && $0.2 == dump.pgMajor && dump.piped != true }
      || (dump.piped == true && dump.pgMajor == 17)
  }

  /// ~200 single-bit flips per dump (half anywhere in the header and TOC, half in the ints that
  /// frame it: lengths, counts, IDs, offsets): opening, listing and reading the affected entries
  /// either work or throw an ``ArchiveError``, quickly.
  @Test(arguments: flipTargets)
  func bitFlipsInHeaderAndTOC(_ dump: Corpus.Dump) throws {
    let location = try DamageSupport.tocLocation(of: dump)
    let scratch = try DamageSupport.ScratchDirectory("flip")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    let target = location.file.isEmpty ? root : root + "/" + location.file
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: target))
    defer { try? handle.close() }

    // A fixed seed per dump (FNV-1a of its path), so each dump gets its own flips.
    let seed = dump.path.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    var generator = SeededGenerator(seed: seed)
    // Structural bytes: the first five bytes of every field (sign + magnitude of ints and lengths,
    // the flag and low bytes of offsets).
    let structural = location.fields.flatMap { field in (field.start..<min(field.start + 5, field.end)).map { $0 } }
    var flips: [(offset: Int, bit: UInt8)] = []
    for index in 0..<200 {
      let offset =
        index % 2 == 0
        ? Int.random(in: 0..<location.tocEnd, using: &generator) : structural.randomElement(using: &generator)!
      flips.append((offset, UInt8(1) << UInt8.random(in: 0..<8, using: &generator)))
    }

    var opened = 0
    var codes: [String: Int] = [:]
    var slowest = (seconds: 0.0, offset: 0)
    for flip in flips {
      let fileOffset = location.base + flip.offset
      let original = location.bytes[flip.offset]
      try Self.patch(handle, at: fileOffset, [original ^ flip.bit])
      let field = location.fields.first { $0.start <= flip.offset && flip.offset < $0.end }
      let context = "\(dump.path): bit \(flip.bit) at \(flip.offset) (\(field?.description ?? "?"))"
      let elapsed = DamageSupport.seconds {
        do {
          let archive = try Archive.open(root)
          opened += 1
          _ = TOCListing(pgRestoreMajor: 17).render(archive)
          _ = TOCListing(pgRestoreMajor: 15, verbose: true).render(archive)
          // Read the damaged entry, and the first table and large objects.
          var entries = archive.entries.filter { $0.hadDumper }.prefix(1)
          entries += archive.entries.filter { $0.isType("BLOBS") }.prefix(1)
          if let index = field?.entryIndex, index < archive.entries.count { entries.append(archive.entries[index]) }
          for entry in entries {
            do {
              try archive.readData(of: entry) { _ in }
            } catch let error as ArchiveError {
              codes[error.code.rawValue, default: 0] += 1
            }
          }
        } catch let error as ArchiveError {
          codes[error.code.rawValue, default: 0] += 1
          #expect(!error.message.isEmpty, "\(context)")
        } catch {
          Issue.record("\(context): not an ArchiveError: \(error)")
        }
      }
      if elapsed > slowest.seconds { slowest = (elapsed, flip.offset) }
      #expect(elapsed < 1, "\(context) took \(elapsed) s")
      try Self.patch(handle, at: fileOffset, [original])
    }
    // Most flips land in SQL text and change nothing; framing flips must be caught.
    #expect(opened > 20, "\(dump.path): \(codes)")
    #expect(!codes.isEmpty, "\(dump.path)")
    #expect(slowest.seconds < 1, "\(dump.path): slowest flip at \(slowest.offset): \(slowest.seconds) s")
  }

  static func patch(_ handle: FileHandle, at offset: Int, _ bytes: [UInt8]) throws {
    try handle.seek(toOffset: UInt64(offset))
    try handle.write(contentsOf: Data(bytes))
  }

  // MARK: (d) Directory archives with missing files

  @Test(arguments: DamageSupport.damageTargets.filter { $0.format == "directory" })
  func directoryMissingDataFile(_ dump: Corpus.Dump) throws {
    let scratch = try DamageSupport.ScratchDirectory("missing")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    let archive = try Archive.open(root)
    let tables = archive.entries.filter { $0.isType("TABLE DATA") }
    try #require(tables.count >= 2)
    let victim = tables[tables.count / 2]
    let name = DamageTruncationTests.fileName(victim)
    let onDisk = try FileManager.default.contentsOfDirectory(atPath: root).filter {
      $0 == name || $0.hasPrefix(name + ".")
    }
    #expect(onDisk.count == 1)
    for file in onDisk { try FileManager.default.removeItem(atPath: root + "/" + file) }

    let reopened = try Archive.open(root)  // the TOC does not need the data files
    do {
      try reopened.readData(of: victim) { _ in }
      Issue.record("read a missing file")
    } catch let error as ArchiveError {
      #expect(error.code == .missingMember)
      #expect(error.member == name)
      #expect(error.message == "could not open input file \"\(root)/\(name)\": No such file or directory")
      #expect(error.entry?.dumpID == victim.dumpID)
      #expect(error.file == root)
    }
    // The other tables still read.
    for entry in tables where entry.dumpID != victim.dumpID {
      #expect(throws: Never.self) { try reopened.readData(of: entry) { _ in } }
    }
  }

  @Test func directoryMissingLargeObjectFiles() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "directory", compression: "none") else { return }
    let scratch = try DamageSupport.ScratchDirectory("missing")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    let archive = try Archive.open(root)
    let blobs = archive.entries.filter { $0.isType("BLOBS") }
    try #require(blobs.count >= 2)

    // The LO TOC of the first BLOBS entry is gone.
    let tocName = DamageTruncationTests.fileName(blobs[0])
    try FileManager.default.removeItem(atPath: root + "/" + tocName)
    #expect(throws: ArchiveError(.missingMember, "", member: tocName)) { try archive.readData(of: blobs[0]) { _ in } }

    // One large object file of the second is gone: its start is reported, then the error.
    let loTOC = String(decoding: Corpus.bytes(dump.path + "/" + DamageTruncationTests.fileName(blobs[1])), as: UTF8.self)
    let firstFile = try #require(loTOC.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
    try FileManager.default.removeItem(atPath: root + "/" + firstFile)
    var started: [UInt32] = []
    do {
      try archive.readData(of: blobs[1]) { event in
        if case .startLargeObject(let oid) = event { started.append(oid) }
      }
      Issue.record("read a missing large object")
    } catch let error as ArchiveError {
      #expect(error.code == .missingMember)
      #expect(error.member == firstFile)
    }
    #expect(started.count == 1)
  }

  @Test(arguments: DamageSupport.damageTargets.filter { $0.format == "directory" })
  func directoryWithoutTOC(_ dump: Corpus.Dump) throws {
    let scratch = try DamageSupport.ScratchDirectory("notoc")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    try FileManager.default.removeItem(atPath: root + "/toc.dat")
    do {
      _ = try Archive.open(root)
      Issue.record("opened a directory without toc.dat")
    } catch {
      #expect(error.code == .notAnArchive)
      #expect(error.message == "directory \"\(root)\" does not appear to be a valid archive (\"toc.dat\" does not exist)")
      #expect(error.file == root)
    }
    // An empty directory too.
    let empty = scratch.url.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
    #expect(throws: ArchiveError(.notAnArchive, "")) { try Archive.open(empty.path) }
  }

  // MARK: (f) Files that are not archives

  @Test func plainSQLIsATextDump() throws {
    let plain = Corpus.dumps.filter { $0.format == "plain" || $0.format == "dumpall" }
    try #require(!plain.isEmpty)
    for dump in plain {
      do {
        _ = try Archive.open(dump.fullPath)
        Issue.record("\(dump.path) opened")
      } catch {
        #expect(error.code == .textDump, "\(dump.path)")
        #expect(error.message == "input file appears to be a text format dump. Please use psql.")
        #expect(error.file == dump.fullPath)
      }
    }
    let scratch = try DamageSupport.ScratchDirectory("plain")
    let path = try scratch.write("x.sql", Array("--\n-- PostgreSQL database dump\n--\n\nSET x = 1;\n".utf8))
    #expect(throws: ArchiveError(.textDump, "")) { try Archive.open(path) }
  }

  @Test(arguments: [0, 1, 3, 4])
  func tooShort(_ size: Int) throws {
    let scratch = try DamageSupport.ScratchDirectory("short")
    let path = try scratch.write("short", Array("PGDMP".utf8.prefix(size)))
    do {
      _ = try Archive.open(path)
      Issue.record("opened \(size) bytes")
    } catch {
      #expect(error.code == .notAnArchive)
      #expect(error.message == "input file is too short (read \(size), expected 5)")
    }
  }

  @Test(arguments: [5, 100, 511, 512, 4096, 100_000])
  func randomBytes(_ size: Int) throws {
    var generator = SeededGenerator(seed: UInt64(size))
    var bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
    if bytes.starts(with: Array("PGDMP".utf8)) { bytes[0] = 0 }
    let scratch = try DamageSupport.ScratchDirectory("random")
    let path = try scratch.write("random", bytes)
    for major in [17, 18] {
      do {
        _ = try Archive.open(path, options: ArchiveOpenOptions(pgRestoreMajor: major))
        Issue.record("random bytes opened")
      } catch {
        #expect(error.code == .notAnArchive, "\(error)")
        if size >= 512 {
          #expect(
            error.message
              == (major >= 18
                ? "input file does not appear to be a valid tar archive"
                : "input file does not appear to be a valid archive"))
        } else {
          #expect(error.message.hasPrefix("input file does not appear to be a valid archive"))
        }
      }
    }
    // The same bytes after the magic: some error, never a crash.
    let afterMagic = try scratch.write("magic", Array("PGDMP".utf8) + bytes)
    #expect(throws: ArchiveError.self) { try Archive.open(afterMagic) }
  }

  @Test func compressedDumpIsNotAnArchive() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "directory", compression: "gzip") else { return }
    let files = try FileManager.default.contentsOfDirectory(atPath: dump.fullPath).filter { $0.hasSuffix(".gz") }
    let largest = try #require(
      files.max { Corpus.bytes(dump.path + "/" + $0).count < Corpus.bytes(dump.path + "/" + $1).count })
    let bytes = Corpus.bytes(dump.path + "/" + largest)
    try #require(bytes.count >= 512)
    let scratch = try DamageSupport.ScratchDirectory("gz")
    let path = try scratch.write("data.gz", bytes)
    do {
      _ = try Archive.open(path)
      Issue.record("a gzip file opened")
    } catch {
      #expect(error.code == .notAnArchive)
      #expect(error.hint?.contains("gzip") == true, "\(String(describing: error.hint))")
    }
    #expect(throws: ArchiveError.self) { try Archive.open(try scratch.write("zeros", [UInt8](repeating: 0, count: 1024))) }
  }

  // MARK: (g) Data blocks that are not what the TOC says

  /// The custom dump with offsets and its first TABLE DATA block.
  static func firstDataBlock(_ dump: Corpus.Dump) throws -> (bytes: [UInt8], entry: TOCEntry, position: Int, archive: Archive) {
    let archive = try Archive.open(dump.fullPath)
    let bytes = Corpus.bytes(dump.path)
    let entry = try #require(archive.entries.first { $0.isType("TABLE DATA") })
    guard case .offset(let offset) = entry.dataLocation else { throw CancellationError() }
    return (bytes, entry, Int(offset.position), archive)
  }

  @Test func changedBlockDumpID() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "custom", compression: "none") else { return }
    let (original, entry, position, archive) = try Self.firstDataBlock(dump)
    #expect(original[position] == 1, "BLK_DATA")
    let other = try #require(archive.entries.last { $0.isType("TABLE DATA") }).dumpID
    var bytes = original
    bytes.replaceSubrange(position + 1..<position + 6, with: ArchiveBytes.int(Int(other)))
    let scratch = try DamageSupport.ScratchDirectory("blockid")
    let path = try scratch.write("id.dump", bytes)
    let damaged = try Archive.open(path)
    do {
      try damaged.readData(of: entry) { _ in }
      Issue.record("read a block with another ID")
    } catch let error as ArchiveError {
      #expect(error.code == .unexpectedBlock)
      #expect(error.message == "found unexpected block ID (\(other)) when reading data -- expected \(entry.dumpID)")
      #expect(error.offset == position)
      #expect(error.entry?.dumpID == entry.dumpID)
    }

    // The same block with a type that does not exist.
    var typed = original
    typed[position] = 7
    let typedArchive = try Archive.open(try scratch.write("type.dump", typed))
    #expect(throws: ArchiveError(.unexpectedBlock, "", offset: position)) {
      try typedArchive.readData(of: entry) { _ in }
    }
  }

  /// A piped dump (no offsets) whose block ID was changed: the block is not found by scanning.
  @Test func changedBlockDumpIDWithoutOffsets() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "custom", compression: "gzip", piped: true) else { return }
    let intact = try Archive.open(dump.fullPath)
    var bytes = Corpus.bytes(dump.path)
    let blocks = try DamageTruncationTests.blockExtents(of: intact, bytes: bytes)
    let first = try #require(blocks.first)
    let entry = try #require(intact.entry(dumpID: first.dumpID))
    bytes.replaceSubrange(first.start + 1..<first.start + 6, with: ArchiveBytes.int(999_999))
    let scratch = try DamageSupport.ScratchDirectory("blockid")
    let archive = try Archive.open(try scratch.write("pipe.dump", bytes))
    do {
      try archive.readData(of: entry) { _ in }
      Issue.record("found a block whose ID was changed")
    } catch let error as ArchiveError {
      #expect(error.code == .blockNotFound)
      #expect(error.message == "could not find block ID \(entry.dumpID) in archive -- possibly corrupt archive")
    }
    // An unknown block type stops the scan.
    bytes = Corpus.bytes(dump.path)
    bytes[first.start] = 7
    let typed = try Archive.open(try scratch.write("type.dump", bytes))
    do {
      try typed.readData(of: try #require(intact.entry(dumpID: blocks[1].dumpID))) { _ in }
      Issue.record("scanned past an unknown block type")
    } catch let error as ArchiveError {
      #expect(error.code == .unexpectedBlock)
      #expect(error.message == "unrecognized data block type (7) while searching archive")
      #expect(error.offset == first.start)
    }
  }

  @Test func dataOffsetPastTheEnd() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "custom", compression: "none") else { return }
    let (original, entry, _, _) = try Self.firstDataBlock(dump)
    let location = try DamageSupport.tocLocation(of: dump)
    let index = try #require(Archive.open(dump.fullPath).entries.firstIndex(of: entry))
    let field = try #require(location.fields.first { $0.entryIndex == index && $0.name == "data offset" })
    let scratch = try DamageSupport.ScratchDirectory("offset")
    for position in [UInt64(original.count), UInt64(original.count) + 100, UInt64(Int64.max), UInt64.max] {
      var bytes = original
      bytes.replaceSubrange(field.start..<field.end, with: ArchiveBytes.offset(flag: 2, position: position))
      let archive = try Archive.open(try scratch.write("offset.dump", bytes))
      do {
        try archive.readData(of: archive.entries[index]) { _ in }
        Issue.record("read at offset \(position)")
      } catch let error as ArchiveError {
        // pg_restore: fseeko fails only where an off_t cannot hold the offset; past the end of
        // the file the block is simply not found.
        if position > UInt64(Int64.max) {
          #expect(error.code == .offsetOutOfRange, "\(position): \(error)")
          #expect(error.message == "error during file seek: Invalid argument")
        } else {
          #expect(error.code == .blockNotFound, "\(position): \(error)")
          #expect(error.message.hasPrefix("could not find block ID"))
        }
      }
    }
  }

  @Test func hostileChunkLengths() throws {
    guard let dump = DamageSupport.corpusDump(pg: 17, format: "custom", compression: "none") else { return }
    let (original, entry, position, _) = try Self.firstDataBlock(dump)
    let chunk = position + 6  // after the type byte and the dump ID
    let scratch = try DamageSupport.ScratchDirectory("chunk")
    let cases: [([UInt8], ArchiveError.Code)] = [
      ([0x01, 0x05, 0x00, 0x00, 0x00], .lengthOutOfBounds),  // -5
      ([0x00, 0xFF, 0xFF, 0xFF, 0x7F], .truncated),  // 2 GB, beyond the end
      ([0x00, 0x00, 0x00, 0x00, 0x00], .truncated),  // empty stream, then the old chunk as a block
    ]
    for (length, code) in cases {
      var bytes = original
      bytes.replaceSubrange(chunk..<chunk + 5, with: length)
      let archive = try Archive.open(try scratch.write("chunk.dump", bytes))
      var produced = 0
      let elapsed = DamageSupport.seconds {
        do {
          try archive.readData(of: entry) { event in
            if case .bytes(let piece) = event { produced += piece.count }
          }
          #expect(code == .truncated && length == [0, 0, 0, 0, 0], "\(length) read")
        } catch let error as ArchiveError {
          #expect(error.code == code, "\(length): \(error)")
        } catch {
          Issue.record("\(error)")
        }
      }
      #expect(elapsed < 1)
      if length == [0, 0, 0, 0, 0] { #expect(produced == 0) }
    }
  }
}
