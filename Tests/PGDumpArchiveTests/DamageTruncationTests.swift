import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Real dumps cut short: at every header/TOC field boundary, at random points, and inside the
/// data. Opening either works or throws a located ``ArchiveError``; nothing traps or hangs.
@Suite(.timeLimit(.minutes(2))) struct DamageTruncationTests {
  static let targets = DamageSupport.damageTargets

  @Test func corpusHasEveryKind() {
    #expect(Self.targets.count == 13, "\(Self.targets.map(\.path))")
  }

  /// (a) Every field boundary of every TOC entry of the real dump. Each entry is lifted, with the
  /// dump's own header, into a one-entry archive of the same container, which is then cut at each
  /// of its field boundaries: the reader must stop exactly there, naming the entry and the field.
  /// (Cutting the whole file at each of its ~5000 boundaries costs O(n²) parsing; this is O(n).)
  @Test(arguments: targets)
  func truncatedAtEveryTOCFieldBoundary(_ dump: Corpus.Dump) throws {
    let location = try DamageSupport.tocLocation(of: dump)
    let intact = try Archive.open(dump.fullPath)
    #expect(location.tocEnd == intact.tocEndOffset)
    let countField = try #require(location.fields.first { $0.name == "TOC entry count" })
    let headerEnd = countField.start
    let scratch = try DamageSupport.ScratchDirectory("boundaries")
    let entryCount = intact.entries.count
    var fieldsByEntry = [[ArchiveBytes.Field]](repeating: [], count: entryCount)
    for field in location.fields { if let index = field.entryIndex { fieldsByEntry[index].append(field) } }

    var checked = 0
    var slowest = 0.0
    for (index, fields) in fieldsByEntry.enumerated() {
      let entryStart = fields.first!.start
      let entryEnd = fields.last!.end
      // Real header, a count of one, the real entry.
      let prefix = Array(location.bytes[0..<headerEnd]) + ArchiveBytes.int(1, intSize: intact.header.intSize)
      let toc = prefix + location.bytes[entryStart..<entryEnd]
      let (root, cutFile, base) = try Self.container(toc, format: location.format, in: scratch)
      let full = try Archive.open(root)
      #expect(full.entries == [intact.entries[index]].map { entry in
        var moved = entry
        moved.entryOffset = prefix.count
        return moved
      }, "\(dump.path) entry \(index)")

      for field in fields.reversed() {
        let cut = field.start - entryStart + prefix.count
        try DamageSupport.truncate(cutFile, to: base + cut)
        let context = "\(dump.path) entry \(index) (\(intact.entries[index].dumpID)) cut before \(field.name)"
        var outcome: Result<Archive, ArchiveError>!
        slowest = max(
          slowest, DamageSupport.seconds { outcome = Result { () throws(ArchiveError) in try Archive.open(root) } })
        guard case .failure(let error) = outcome! else {
          Issue.record("\(context): opened")
          continue
        }
        checked += 1
        #expect(error.code == .truncated, "\(context): \(error)")
        #expect(error.offset == cut, "\(context): \(error)")
        #expect(error.entry?.index == 0, "\(context): \(error)")
        #expect(error.field == field.name, "\(context): \(error)")
        if field.name != "dumpId" { #expect(error.entry?.dumpID == intact.entries[index].dumpID, "\(context)") }
        if location.format != .custom { #expect(error.member == "toc.dat", "\(context): \(error)") }
      }
      try FileManager.default.removeItem(atPath: root)
    }
    #expect(checked == location.fields.count - location.fields.filter { $0.entryIndex == nil }.count)
    #expect(slowest < 1, "\(dump.path): slowest open took \(slowest) s")
  }

  /// (a) The real file cut at every header field boundary, at every field boundary of a sample of
  /// entries (first, last, and some in between), after the TOC, and at 50 random points.
  @Test(arguments: targets)
  func truncatedRealFile(_ dump: Corpus.Dump) throws {
    let location = try DamageSupport.tocLocation(of: dump)
    let intact = try Archive.open(dump.fullPath)
    let intactListing = TOCListing(pgRestoreMajor: 17).render(intact)
    let headerEnd = intact.header.endOffset
    let scratch = try DamageSupport.ScratchDirectory("truncate")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    let cutFile = location.file.isEmpty ? root : root + "/" + location.file
    let fileSize = try #require(FileManager.default.attributesOfItem(atPath: cutFile)[.size] as? Int)

    var generator = SeededGenerator(seed: 0x7472_756E_6361_7465)
    let count = intact.entries.count
    var sampled: Set<Int> = [0, 1, 2, count - 2, count - 1]
    for _ in 0..<5 { sampled.insert(Int.random(in: 0..<count, using: &generator)) }
    var cuts = Set<Int>()
    for field in location.fields where field.entryIndex.map(sampled.contains) ?? true {
      cuts.insert(field.start + location.base)
    }
    cuts.insert(location.tocEnd + location.base)
    for _ in 0..<50 { cuts.insert(Int.random(in: 0..<fileSize, using: &generator)) }

    var slowest = 0.0
    for cut in cuts.sorted(by: >) {
      try DamageSupport.truncate(cutFile, to: cut)
      let tocCut = cut - location.base  // in TOC coordinates
      let context = "\(dump.path) cut at \(cut)"
      var outcome: Result<Archive, ArchiveError>!
      slowest = max(slowest, DamageSupport.seconds { outcome = Result { () throws(ArchiveError) in try Archive.open(root) } })
      switch outcome! {
      case .success(let archive):
        // Only a cut after the whole TOC may open, and then it lists exactly as before.
        #expect(tocCut >= location.tocEnd, "\(context) opened")
        #expect(TOCListing(pgRestoreMajor: 17).render(archive) == intactListing, "\(context)")
      case .failure(let error):
        if tocCut < 0 || (location.format == .custom && cut < 5) {
          // Cut inside the tar header of toc.dat, or before the magic is complete.
          #expect(error.code == .notAnArchive, "\(context): \(error)")
          if cut < 5 { #expect(error.message == "input file is too short (read \(cut), expected 5)") }
        } else if tocCut < location.tocEnd {
          DamageSupport.checkTruncationError(error, cut: tocCut, headerEnd: headerEnd, context: context)
          if location.format != .custom { #expect(error.member == "toc.dat", "\(context)") }
        } else {
          Issue.record("\(context): a cut after the TOC failed to open: \(error)")
        }
      }
    }
    #expect(slowest < 1, "\(dump.path): slowest open took \(slowest) s")
  }

  /// Writes a header+TOC as the given container: a custom file, a directory with `toc.dat`, or a
  /// tar file whose only member is `toc.dat` (cut inside its data). Returns the path to open, the
  /// file to cut, and the offset of the TOC's first byte in that file.
  static func container(
    _ toc: [UInt8], format: ArchiveFormat, in scratch: DamageSupport.ScratchDirectory
  ) throws -> (root: String, cutFile: String, base: Int) {
    let name = "entry-\(UInt64.random(in: 0...UInt64.max))"
    switch format {
    case .custom:
      let path = try scratch.write(name, toc)
      return (path, path, 0)
    case .directory:
      let directory = scratch.url.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
      let file = directory.appendingPathComponent("toc.dat")
      try Data(toc).write(to: file)
      return (directory.path, file.path, 0)
    case .tar:
      let bytes = ArchiveBytes.tarHeader(name: "toc.dat", size: toc.count) + ArchiveBytes.tarPadded(toc)
        + [UInt8](repeating: 0, count: 1024)
      let path = try scratch.write(name, bytes)
      return (path, path, 512)
    case .plain:
      Issue.record("plain scripts have no TOC to cut")
      return ("", "", 0)
    }
  }

  /// (b) A custom archive cut inside its data area still lists; entries whose data lies before the
  /// cut read as before; the entry cut in half and those after it fail with a located error.
  @Test(arguments: targets.filter { $0.format == "custom" })
  func truncatedInsideCustomData(_ dump: Corpus.Dump) throws {
    let intact = try Archive.open(dump.fullPath)
    let bytes = Corpus.bytes(dump.path)
    let blocks = try Self.blockExtents(of: intact, bytes: bytes)
    try #require(blocks.count >= 4)
    let scratch = try DamageSupport.ScratchDirectory("datacut")
    // Cut in the middle of a block about two thirds in.
    let victim = blocks[blocks.count * 2 / 3]
    let cut = victim.start + (victim.end - victim.start) / 2
    let path = try scratch.write("cut.dump", Array(bytes.prefix(cut)))

    let archive = try Archive.open(path)
    #expect(TOCListing(pgRestoreMajor: 17).render(archive) == TOCListing(pgRestoreMajor: 17).render(intact))
    for block in blocks {
      let entry = try #require(archive.entry(dumpID: block.dumpID))
      let context = "\(dump.path) cut at \(cut), entry \(block.dumpID) [\(block.start), \(block.end))"
      if block.end <= cut {
        do {
          let expected = try Self.readBytes(intact, try #require(intact.entry(dumpID: block.dumpID)))
          #expect(try Self.readBytes(archive, entry) == expected, "\(context)")
        } catch {
          // Blocks before the cut read, also without data offsets (the scan stops at the block).
          Issue.record("\(context): data before the cut does not read: \(error)")
        }
        continue
      }
      do {
        let elapsed = try DamageSupport.seconds { _ = try Self.readBytes(archive, entry) }
        Issue.record("\(context): read past the end of the file in \(elapsed) s")
      } catch let error as ArchiveError {
        let expected: [ArchiveError.Code] =
          block.start < cut ? [.truncated, .decompression] : [.truncated, .offsetOutOfRange, .blockNotFound]
        #expect(expected.contains(error.code), "\(context): \(error)")
        #expect(error.entry?.dumpID == block.dumpID, "\(context)")
        #expect(error.file == path, "\(context)")
        if block.start < cut, error.code == .truncated {
          #expect(error.offset.map { $0 <= cut } == true, "\(context): \(error)")
        }
      }
    }
  }

  /// (b) and (e): a directory data file or a tar member cut short fails for that entry only.
  @Test(arguments: targets.filter { $0.format != "custom" })
  func truncatedInsideMemberData(_ dump: Corpus.Dump) throws {
    let intact = try Archive.open(dump.fullPath)
    let dataEntries = intact.entries.filter { $0.isType("TABLE DATA") }
    let sizes = dataEntries.map { intact.memberSize(Self.fileName($0)) ?? 0 }
    // The largest table's file, cut in half.
    let victimIndex = try #require(sizes.indices.max { sizes[$0] < sizes[$1] })
    let victim = dataEntries[victimIndex]
    let victimName = Self.fileName(victim)
    let scratch = try DamageSupport.ScratchDirectory("membercut")
    let root = try scratch.copy(dump.fullPath, as: "dump")
    let context = "\(dump.path): \(victimName) cut in half"

    if dump.format == "directory" {
      let files = try FileManager.default.contentsOfDirectory(atPath: root)
      let onDisk = try #require(files.first { $0 == victimName || $0.hasPrefix(victimName + ".") })
      try DamageSupport.truncate(root + "/" + onDisk, to: sizes[victimIndex] / 2)
      let archive = try Archive.open(root)
      for entry in dataEntries {
        if entry.dumpID == victim.dumpID {
          if dump.compression == "none" {
            // Nothing marks the end of an uncompressed file: it just reads shorter (as pg_restore).
            #expect(try Self.readBytes(archive, entry).count < Self.readBytes(intact, entry).count)
          } else {
            do {
              _ = try Self.readBytes(archive, entry)
              Issue.record("\(context): read a cut compressed file")
            } catch let error as ArchiveError {
              #expect([.truncated, .decompression].contains(error.code), "\(context): \(error)")
              #expect(error.member == onDisk, "\(context): \(error)")
            }
          }
        } else {
          #expect(try Self.readBytes(archive, entry) == Self.readBytes(intact, entry), "\(context): \(entry.dumpID)")
        }
      }
      return
    }

    // Tar: cut the archive in the middle of the member's data (pg_restore 17/18 hang here).
    let tar = Corpus.bytes(dump.path)
    let member = try #require(Self.tarMembers(tar).first { $0.name == victimName })
    let cut = member.dataOffset + member.size / 2
    try DamageSupport.truncate(root, to: cut)
    let archive = try Archive.open(root)
    #expect(TOCListing(pgRestoreMajor: 17).render(archive) == TOCListing(pgRestoreMajor: 17).render(intact))
    var elapsed = 0.0
    do {
      elapsed = try DamageSupport.seconds { _ = try Self.readBytes(archive, archive.entry(dumpID: victim.dumpID)!) }
      Issue.record("\(context): read a cut member")
    } catch let error as ArchiveError {
      #expect(error.code == .truncated, "\(context): \(error)")
      #expect(error.member == victimName, "\(context): \(error)")
      #expect(error.message == "could not read from input file: end of file")
    }
    #expect(elapsed < 2)
    for entry in dataEntries where entry.dumpID != victim.dumpID {
      let memberEnd = Self.tarMembers(tar).first { $0.name == Self.fileName(entry) }.map { $0.dataOffset + $0.size }
      guard let memberEnd else { continue }
      if memberEnd <= cut {
        #expect(try Self.readBytes(archive, entry) == Self.readBytes(intact, entry), "\(context): \(entry.dumpID)")
      } else {
        #expect(throws: ArchiveError.self, "\(context): \(entry.dumpID)") { try Self.readBytes(archive, entry) }
      }
    }
  }

  /// A tar archive read from a pipe, cut inside a data member: the stream ends, reading stops.
  @Test(arguments: targets.filter { $0.format == "tar" })
  func truncatedTarFromMemoryStream(_ dump: Corpus.Dump) throws {
    let tar = Corpus.bytes(dump.path)
    let intact = try Archive.open(dump.fullPath)
    let victim = try #require(intact.entries.last { $0.isType("TABLE DATA") })
    let member = try #require(Self.tarMembers(tar).first { $0.name == Self.fileName(victim) })
    let cut = member.dataOffset + max(member.size / 2, 1)
    let archive = try Archive.open("-", input: .memory(MemoryInput(Array(tar.prefix(cut)))))
    #expect(archive.entries.count == intact.entries.count)
    do {
      _ = try Self.readBytes(archive, archive.entry(dumpID: victim.dumpID)!)
      Issue.record("read a cut member")
    } catch let error as ArchiveError {
      #expect(error.code == .truncated, "\(error)")
    }
  }

  // MARK: Helpers

  static func readBytes(_ archive: Archive, _ entry: TOCEntry) throws -> [UInt8] {
    var out: [UInt8] = []
    try archive.readData(of: entry) { event in
      if case .bytes(let piece) = event { out += piece }
    }
    return out
  }

  /// The TOC file name of an entry's data (`2585.dat`).
  static func fileName(_ entry: TOCEntry) -> String {
    if case .file(let name?) = entry.dataLocation { return String(decoding: name, as: UTF8.self) }
    return ""
  }

  struct BlockExtent {
    var dumpID: Int32
    var start: Int
    var end: Int
  }

  /// Each data block of a custom archive: where it starts and where the next begins, found by
  /// walking the block framing from the end of the TOC.
  static func blockExtents(of archive: Archive, bytes: [UInt8]) throws -> [BlockExtent] {
    let reader = ArchiveByteReader(MemoryInput(bytes))
    reader.intSize = archive.header.intSize
    reader.version = archive.header.version
    try reader.seek(to: archive.tocEndOffset)
    var blocks: [BlockExtent] = []
    while !(try reader.isAtEnd()) {
      let start = reader.offset
      let type = try reader.readByte()
      let dumpID = try reader.readInt32()
      func skipChunks() throws {
        while true {
          let length = try reader.readInt()
          if length == 0 { return }
          try reader.skip(length)
        }
      }
      if type == 1 {
        try skipChunks()
      } else {
        #expect(type == 3)
        while try reader.readInt() != 0 { try skipChunks() }
      }
      blocks.append(BlockExtent(dumpID: dumpID, start: start, end: reader.offset))
    }
    return blocks
  }

  struct TarMember {
    var name: String
    var dataOffset: Int
    var size: Int
  }

  static func tarMembers(_ tar: [UInt8]) -> [TarMember] {
    var members: [TarMember] = []
    var offset = 0
    while offset + 512 <= tar.count, let header = TarHeader(block: tar[offset..<offset + 512]) {
      members.append(TarMember(name: header.nameText, dataOffset: offset + 512, size: header.size))
      offset += 512 + (header.size + 511) / 512 * 512
    }
    return members
  }
}
