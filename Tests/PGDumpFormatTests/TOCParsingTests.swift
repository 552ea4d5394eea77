import PGDumpFormat
import Testing
import _PGDumpTestSupport

/// `ReadToc` with its version gates, per-format tails, and hostile counts and lengths.
@Suite struct TOCParsingTests {
  static func parse(_ bytes: [UInt8], format: ArchiveFormat = .custom) throws(ArchiveError) -> (ArchiveHeader, TableOfContents) {
    let reader = ArchiveByteReader(MemoryInput(bytes))
    let header = try ArchiveHeader(parsing: reader, expectedFormatByte: format.headerFormatByte)
    let toc = try TableOfContents(parsing: reader, format: format)
    return (header, toc)
  }

  static func hex(_ text: String) -> [UInt8] {
    let digits = text.filter(\.isHexDigit)
    var bytes: [UInt8] = []
    var index = digits.startIndex
    while index < digits.endIndex {
      let next = digits.index(index, offsetBy: 2)
      bytes.append(UInt8(digits[index..<next], radix: 16)!)
      index = next
    }
    return bytes
  }

  /// A TOC exercising every field: NULL and empty strings, raw bytes, dependencies.
  static func sample(_ a: ArchiveBytes) {
    a.specialEntries()
    a.tocEntry(
      dumpID: 200, desc: "TABLE", tag: "items", owner: "alice", defn: "CREATE TABLE app.items ();\n",
      dropStmt: "DROP TABLE app.items;\n", namespace: "app", tablespace: "", tableAM: "heap", relkind: "r",
      tableOID: "1259", oid: "16389", dependencies: [5, 5, 9999])
    a.tocEntry(
      dumpID: 2585, desc: "TABLE DATA", tag: "items", owner: "alice", defn: "", dropStmt: "",
      copyStmt: "COPY app.items (id) FROM stdin;\n", namespace: "app", oid: "16389", dependencies: [200])
    a.tocEntry(
      ArchiveBytes.Entry(
        dumpID: 7, hadDumper: nil, tableOID: nil, oid: nil, tag: [0xA4, 0xA2, 0x0A], desc: Array("VIEW".utf8),
        section: 99, defn: nil, dropStmt: nil, copyStmt: nil, namespace: [], tablespace: nil, tableAM: nil, relkind: 118,
        owner: [], withOIDs: Array("true".utf8), dependencies: [Array("abc".utf8)]))
    a.dataBlock(dumpID: 2585, payload: Array("1\n\\.\n\n\n".utf8))
  }

  // MARK: Layout

  @Test func verifiedEncodingEntry() throws {
    // The first TOC entry of a 17.10 custom dump, from the reference (0x54 to 0xE7).
    let verified = Self.hex(
      """
      00 250a 0000 0000 0000 0000 0100 0000 3000 0100 0000 3000 0800 0000
      454e 434f 4449 4e47 0008 0000 0045 4e43 4f44 494e 4700 0200 0000 001e 0000 0053
      4554 2063 6c69 656e 745f 656e 636f 6469 6e67 203d 2027 5554 4638 273b 0a01 0100
      0000 0101 0000 0001 0100 0000 0101 0000 0001 0100 0000 0000 0000 0001 0100 0000
      0005 0000 0066 616c 7365 0101 0000 0003 0000 0000 0000 00
      """) + [0x00]  // the reference's dump shows 7 of the offset's 8 zero bytes; it ends at 0xE7

    #expect(verified.count == 0xE7 - 0x54)
    let builder = ArchiveBytes(format: .custom, version: .v1_16, compression: ArchiveCompression(algorithm: .gzip))
    builder.databaseName = Array("test db".utf8)
    builder.serverVersion = Array("17.10".utf8)
    builder.pgDumpVersion = Array("17.10".utf8)
    builder.encodingEntry(dumpID: 2597)
    let built = builder.make()
    #expect(built.headerEnd == 0x4F)
    // The builder writes the special entry exactly as pg_dump 17 does.
    #expect(Array(built.bytes[built.headerEnd + 5..<built.tocEnd]) == verified)

    let (_, toc) = try Self.parse(built.bytes)
    let entry = try #require(toc.entries.first)
    #expect(entry.dumpID == 2597)
    #expect(entry.hadDumper == false)
    #expect(entry.tableOIDText == Array("0".utf8))
    #expect(entry.tag == Array("ENCODING".utf8))
    #expect(entry.isType("ENCODING"))
    #expect(entry.section == .preData)
    #expect(entry.defn == Array("SET client_encoding = 'UTF8';\n".utf8))
    #expect(entry.dropStmt == nil)
    #expect(entry.copyStmt == nil)
    #expect(entry.namespace == nil)
    #expect(entry.tablespace == nil)
    #expect(entry.tableAM == nil)
    #expect(entry.relkind == 0)
    #expect(entry.owner == nil)
    #expect(entry.withOIDs == Array("false".utf8))
    #expect(entry.dependencyTexts.isEmpty)
    #expect(entry.dataLocation == .offset(DataOffset(flag: .noData, position: 0)))
    #expect(entry.entryOffset == 0x54)
    #expect(toc.endOffset == 0xE7)
  }

  @Test(arguments: [ArchiveVersion.v1_12, .v1_13, .v1_14, .v1_15, .v1_16])
  func versionGatedFields(_ version: ArchiveVersion) throws {
    let builder = ArchiveBytes(format: .custom, version: version)
    Self.sample(builder)
    let built = builder.make()
    let (header, toc) = try Self.parse(built.bytes)
    #expect(header.version == version)
    #expect(toc.endOffset == built.tocEnd)
    #expect(toc.entries.count == builder.entries.count)
    let table = try #require(toc.entries.first { $0.dumpID == 200 })
    #expect(table.tableAM == (version >= .v1_14 ? Array("heap".utf8) : nil))
    #expect(table.relkind == (version >= .v1_16 ? 114 : 0))
    #expect(table.tablespace == [])
    #expect(table.namespace == Array("app".utf8))
    #expect(table.tableOID == 1259)
    #expect(table.oid == 16389)
    #expect(table.dependencyTexts == [Array("5".utf8), Array("5".utf8), Array("9999".utf8)])
    #expect(table.dependencies == [5, 5, 9999])
    let data = try #require(toc.entries.first { $0.dumpID == 2585 })
    #expect(data.hadDumper)
    #expect(data.section == .data)
    #expect(data.copyStmt == Array("COPY app.items (id) FROM stdin;\n".utf8))
    #expect(data.dataLocation == .offset(DataOffset(flag: .positionSet, position: UInt64(built.blockOffsets[2585]!))))
    let odd = try #require(toc.entries.first { $0.dumpID == 7 })
    #expect(odd.tag == [0xA4, 0xA2, 0x0A])
    #expect(odd.tableOIDText == nil)
    #expect(odd.tableOID == 0)
    #expect(odd.sectionRawValue == 99)
    #expect(odd.section == nil)
    #expect(odd.defn == nil)
    #expect(odd.namespace == [])
    #expect(odd.owner == [])
    #expect(odd.withOIDs == Array("true".utf8))
    #expect(odd.dependencies == [0])
    #expect(odd.relkind == (version >= .v1_16 ? 118 : 0))
    #expect(toc.entries.contains { $0.isType("SEARCHPATH") } == (version >= .v1_13))
    // Entries are located where the builder wrote them.
    let starts = built.fields.filter { $0.name == "dumpId" }.map(\.start)
    #expect(toc.entries.map(\.entryOffset) == starts)
  }

  @Test(arguments: [ArchiveFormat.directory, .tar])
  func fileNameTail(_ format: ArchiveFormat) throws {
    let builder = ArchiveBytes(format: format, version: .v1_16)
    Self.sample(builder)
    let built = builder.make()
    let (_, toc) = try Self.parse(built.tocFile, format: format)
    #expect(toc.entries.first { $0.dumpID == 2585 }?.dataLocation == .file(Array("2585.dat".utf8)))
    #expect(toc.entries.first { $0.dumpID == 200 }?.dataLocation == .file(nil), "\"\" means no file")
  }

  @Test(arguments: [ArchiveVersion.v1_12, .v1_16])
  func fieldLayoutAgreesWithTheBuilder(_ version: ArchiveVersion) throws {
    for format in ArchiveFormat.archives {
      let builder = ArchiveBytes(format: format, version: version)
      Self.sample(builder)
      let built = builder.make()
      let walked = try ArchiveBytes.fieldLayout(of: built.tocFile, format: format)
      #expect(walked == built.fields, "\(format)")
    }
  }

  @Test func intSizeEightTOC() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, intSize: 8)
    Self.sample(builder)
    let built = builder.make()
    let (header, toc) = try Self.parse(built.bytes)
    #expect(header.intSize == 8)
    #expect(toc.entries.map { Int($0.dumpID) } == builder.entries.map(\.dumpID))
    #expect(toc.endOffset == built.tocEnd)
  }

  // MARK: Damage

  @Test(arguments: [0, -3])
  func dumpIDOutOfRange(_ dumpID: Int) throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16)
    Self.sample(builder)
    builder.modifyEntry(3) { $0.dumpID = dumpID }
    let built = builder.make()
    do {
      _ = try Self.parse(built.bytes)
      Issue.record("dump ID \(dumpID) must be refused")
    } catch {
      #expect(error.code == .badDumpID)
      #expect(error.message == "entry ID \(dumpID) out of range -- perhaps a corrupt TOC")
      #expect(error.offset == built.fields.first { $0.entryIndex == 3 && $0.name == "dumpId" }?.start)
      #expect(error.entry?.index == 3)
      #expect(error.field == "dumpId")
    }
  }

  @Test func dumpIDBeyondThirtyTwoBits() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, intSize: 8)
    builder.tocEntry(dumpID: 1 << 32, desc: "TABLE", tag: "t")
    let built = builder.make()
    #expect(throws: ArchiveError(.integerOverflow, "", offset: built.headerEnd + 9)) {
      try Self.parse(built.bytes)
    }
  }

  @Test func hugeStringLengthIsRefusedWithoutAllocating() throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16)
    Self.sample(builder)
    let built = builder.make()
    let tag = try #require(built.fields.first { $0.entryIndex == 3 && $0.name == "tag" })
    var bytes = built.bytes
    bytes.replaceSubrange(tag.start..<tag.start + 5, with: [0x00, 0xFF, 0xFF, 0xFF, 0x7F])
    do {
      _ = try Self.parse(bytes)
      Issue.record("a 2 GB tag must be refused")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == tag.start + 5)
      #expect(error.field == "tag")
      #expect(error.entry?.dumpID == 200)
    }
    // Negative lengths other than -1 are NULL, as in pg_restore.
    bytes.replaceSubrange(tag.start..<tag.start + 5, with: [0x01, 0x00, 0x00, 0x00, 0x40])
    bytes.removeSubrange(tag.start + 5..<tag.end)
    let (_, toc) = try Self.parse(bytes)
    #expect(toc.entries[3].tag == nil)
  }

  @Test(arguments: [-1, -1000, Int(Int32.max), 1 << 40])
  func hostileTOCCount(_ count: Int) throws {
    let builder = ArchiveBytes(format: .custom, version: .v1_16, intSize: 8)
    Self.sample(builder)
    builder.tocCountOverride = count
    let built = builder.make()
    do {
      _ = try Self.parse(built.bytes)
      Issue.record("count \(count) must be refused")
    } catch {
      // Negative: refused as such; too many for the bytes left: pg_restore's end-of-file error.
      #expect(error.code == (count < 0 ? .lengthOutOfBounds : .truncated))
      #expect(
        error.message
          == (count < 0 ? "invalid TOC entry count \(count)" : "could not read from input file: end of file"))
      #expect(error.offset == built.headerEnd)
      #expect(error.field == "TOC entry count")
    }
  }

  @Test func countLargerThanTheEntries() {
    let builder = ArchiveBytes(format: .custom, version: .v1_16)
    Self.sample(builder)
    builder.tocCountOverride = builder.entries.count + 1
    let built = builder.make()
    do {
      _ = try Self.parse(Array(built.bytes.prefix(built.tocEnd)))
      Issue.record("the missing entry must be noticed")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == built.tocEnd)
      #expect(error.entry?.index == builder.entries.count)
    }
  }

  @Test func badOffsetFlagInTOC() {
    let builder = ArchiveBytes(format: .custom, version: .v1_16)
    Self.sample(builder)
    builder.modifyEntry(4) { $0.rawOffset = (7, 0) }
    let built = builder.make()
    do {
      _ = try Self.parse(built.bytes)
      Issue.record("flag 7 must be refused")
    } catch {
      #expect(error.code == .badOffsetFlag)
      #expect(error.message == "unexpected data offset flag 7")
      #expect(error.field == "data offset")
      #expect(error.entry?.dumpID == 2585)
      #expect(error.offset == built.fields.first { $0.entryIndex == 4 && $0.name == "data offset" }?.start)
    }
  }

  /// Cut at every byte of the header and TOC: always `.truncated`, located at or before the cut.
  /// (When too few bytes remain for the stored entry count, the count itself is refused first,
  /// as `.truncated` located at the count.)
  @Test(arguments: [ArchiveVersion.v1_12, .v1_14, .v1_16])
  func truncatedAtEveryByte(_ version: ArchiveVersion) throws {
    for format in ArchiveFormat.archives {
      let builder = ArchiveBytes(format: format, version: version)
      Self.sample(builder)
      let built = builder.make()
      let boundaries = Set(ArchiveBytes.boundaries(of: built.fields))
      #expect(boundaries.contains(built.tocEnd))
      for cut in 0..<built.tocEnd {
        do {
          _ = try Self.parse(Array(built.tocFile.prefix(cut)), format: format)
          Issue.record("\(format) cut at \(cut) parsed")
        } catch {
          let offset = try #require(error.offset, "\(format) cut at \(cut)")
          #expect(offset <= cut, "\(format) cut at \(cut)")
          if error.field == "TOC entry count" && error.detail?.hasPrefix("The TOC declares") == true {
            #expect(error.code == .truncated, "\(format) cut at \(cut)")
            #expect(offset == built.headerEnd, "\(format) cut at \(cut)")
            continue
          }
          #expect(error.code == .truncated, "\(format) cut at \(cut)")
          // At a field boundary the error points exactly at the missing field.
          if boundaries.contains(cut) { #expect(offset == cut, "\(format) cut at \(cut)") }
        }
      }
    }
  }
}
