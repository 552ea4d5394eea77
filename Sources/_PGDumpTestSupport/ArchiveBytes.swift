import PGDumpFormat

/// Builds pg_dump archives byte by byte, for tests that need archives no pg_dump writes anymore
/// (1.12, 1.13), or slightly wrong ones.
///
/// In the style of postgres-nio's message builders: describe the archive in a closure, get bytes.
///
///     let bytes = ArchiveBytes.custom(version: .v1_12) { a in
///       a.specialEntries()
///       a.tocEntry(dumpID: 200, desc: "TABLE", tag: "items", owner: "alice", defn: "CREATE TABLE …;\n")
///       a.tocEntry(dumpID: 300, desc: "TABLE DATA", tag: "items", owner: "alice", dependencies: [200])
///       a.dataBlock(dumpID: 300, payload: Array("1\tapple\n\\.\n\n\n".utf8))
///     }
///
/// The layout follows pg_dump's `WriteHead`/`WriteToc`/`WriteInt`/`WriteStr`/`WriteOffset`
/// (pg_backup_archiver.c) with every version gate, and pg_backup_custom.c for data blocks: each
/// entry with a data block gets flag 2 and the absolute offset of its block (flag 1 with
/// ``offsetsKnown`` false, as a piped dump), entries without one flag 3. Payloads are written as
/// one chunk stream per block, "compressed" with stored/raw blocks of the header's algorithm
/// (zlib stream, LZ4 frame, zstd frame) so every reader can decode them without a compressor.
///
/// ``make()`` also records where every header and TOC field starts and ends (``Built/fields``),
/// for truncation tests; ``fieldLayout(of:format:)`` recovers the same list from any archive's bytes.
public final class ArchiveBytes {
  // MARK: Configuration

  /// Which container to produce: one custom file, or the files of a directory, or a tar archive.
  public var format: ArchiveFormat
  public var version: ArchiveVersion
  /// Integer magnitude width (`AH->intSize`), 4 in every real archive.
  public var intSize: Int
  /// Offset width (`AH->offSize`), 8 in every real archive.
  public var offSize: Int
  /// The header's compression: an algorithm byte from 1.15 on, an int level before.
  public var compression: ArchiveCompression
  /// The format byte to write; nil writes the right one for ``format`` (1 custom, 3 otherwise).
  public var formatByte: UInt8?
  public var creationTime = ArchiveHeader.CreationTime(
    second: 56, minute: 34, hour: 12, dayOfMonth: 5, month: 2, year: 124, isDST: 0)
  public var databaseName: [UInt8]? = Array("handmade".utf8)
  public var serverVersion: [UInt8]? = Array("9.6.24".utf8)
  public var pgDumpVersion: [UInt8]? = Array("9.6.24".utf8)
  /// false: data entries get flag 1 (position not set), as when pg_dump writes to a pipe.
  public var offsetsKnown = true
  /// A TOC count to write instead of the number of entries.
  public var tocCountOverride: Int?
  /// false: payloads are written as given even when the header announces compression.
  public var compressPayloads = true

  public private(set) var entries: [Entry] = []
  public private(set) var blocks: [Block] = []

  public init(
    format: ArchiveFormat = .custom, version: ArchiveVersion = .v1_16, intSize: Int = 4, offSize: Int = 8,
    compression: ArchiveCompression = ArchiveCompression(algorithm: .none)
  ) {
    self.format = format
    self.version = version
    self.intSize = intSize
    self.offSize = offSize
    self.compression = compression
  }

  /// A compression value the way pg_dump of `version` writes it: the algorithm from 1.15 on, a
  /// level (0 or -1, zlib's default) before.
  public static func compression(_ algorithm: ArchiveCompression.Algorithm, for version: ArchiveVersion)
    -> ArchiveCompression
  {
    if version >= .v1_15 { return ArchiveCompression(algorithm: algorithm) }
    return ArchiveCompression(algorithm: algorithm, level: algorithm == .none ? 0 : -1)
  }

  // MARK: Entry points

  /// A complete custom-format archive.
  public static func custom(
    version: ArchiveVersion, intSize: Int = 4, offSize: Int = 8,
    compression: ArchiveCompression.Algorithm = .none, _ build: (ArchiveBytes) throws -> Void
  ) rethrows -> [UInt8] {
    try customLayout(version: version, intSize: intSize, offSize: offSize, compression: compression, build).bytes
  }

  /// A complete custom-format archive with the position of every field written.
  public static func customLayout(
    version: ArchiveVersion, intSize: Int = 4, offSize: Int = 8,
    compression: ArchiveCompression.Algorithm = .none, _ build: (ArchiveBytes) throws -> Void
  ) rethrows -> Built {
    let builder = ArchiveBytes(
      format: .custom, version: version, intSize: intSize, offSize: offSize,
      compression: Self.compression(compression, for: version))
    try build(builder)
    return builder.make()
  }

  /// A tar archive (`pg_dump -Ft`): `toc.dat`, the data members, LO members, two zero blocks.
  public static func tar(version: ArchiveVersion, intSize: Int = 4, _ build: (ArchiveBytes) throws -> Void) rethrows
    -> [UInt8]
  {
    let builder = ArchiveBytes(format: .tar, version: version, intSize: intSize)
    try build(builder)
    return builder.make().bytes
  }

  /// The files of a directory archive (`pg_dump -Fd`), by name; write them into a directory.
  public static func directory(
    version: ArchiveVersion, compression: ArchiveCompression.Algorithm = .none,
    _ build: (ArchiveBytes) throws -> Void
  ) rethrows -> [String: [UInt8]] {
    let builder = ArchiveBytes(
      format: .directory, version: version, compression: Self.compression(compression, for: version))
    try build(builder)
    return builder.make().files
  }

  // MARK: TOC entries

  /// One TOC entry as written. Strings are raw bytes; nil is NULL (length -1).
  public struct Entry: Sendable, Hashable {
    public var dumpID: Int
    /// nil: true when a data block for this dump ID exists.
    public var hadDumper: Bool?
    public var tableOID: [UInt8]?
    public var oid: [UInt8]?
    public var tag: [UInt8]?
    public var desc: [UInt8]?
    /// nil: inferred from desc as pg_dump assigns it.
    public var section: Int?
    public var defn: [UInt8]?
    public var dropStmt: [UInt8]?
    public var copyStmt: [UInt8]?
    public var namespace: [UInt8]?
    public var tablespace: [UInt8]?
    public var tableAM: [UInt8]?
    public var relkind: Int
    public var owner: [UInt8]?
    public var withOIDs: [UInt8]?
    /// Dependencies as stored (decimal text); the NULL terminator is added.
    public var dependencies: [[UInt8]]
    /// Custom format: a raw offset flag and position to write instead of the computed one.
    public var rawOffset: (flag: UInt8, position: UInt64)?
    /// Directory and tar: the file name to write instead of the computed one.
    public var fileName: [UInt8]?

    public init(
      dumpID: Int, hadDumper: Bool? = nil, tableOID: [UInt8]? = Array("0".utf8), oid: [UInt8]? = Array("0".utf8),
      tag: [UInt8]?, desc: [UInt8]?, section: Int? = nil, defn: [UInt8]? = [], dropStmt: [UInt8]? = [],
      copyStmt: [UInt8]? = nil, namespace: [UInt8]? = nil, tablespace: [UInt8]? = nil, tableAM: [UInt8]? = nil,
      relkind: Int = 0, owner: [UInt8]? = nil, withOIDs: [UInt8]? = Array("false".utf8), dependencies: [[UInt8]] = [],
      rawOffset: (flag: UInt8, position: UInt64)? = nil, fileName: [UInt8]? = nil
    ) {
      self.dumpID = dumpID
      self.hadDumper = hadDumper
      self.tableOID = tableOID
      self.oid = oid
      self.tag = tag
      self.desc = desc
      self.section = section
      self.defn = defn
      self.dropStmt = dropStmt
      self.copyStmt = copyStmt
      self.namespace = namespace
      self.tablespace = tablespace
      self.tableAM = tableAM
      self.relkind = relkind
      self.owner = owner
      self.withOIDs = withOIDs
      self.dependencies = dependencies
      self.rawOffset = rawOffset
      self.fileName = fileName
    }

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
      lhs.dumpID == rhs.dumpID && lhs.tag == rhs.tag && lhs.desc == rhs.desc && lhs.defn == rhs.defn
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(dumpID) }

    /// The section pg_dump gives entries of this type (pg_dump.c), when none is set.
    public var resolvedSection: Int {
      if let section { return section }
      let name = desc.map { String(decoding: $0, as: UTF8.self) } ?? ""
      switch name {
      case "COMMENT", "ACL", "SECURITY LABEL", "DEFAULT ACL": return 1
      case "TABLE DATA", "BLOBS", "SEQUENCE SET", "BLOB METADATA": return 3
      case "CONSTRAINT", "CHECK CONSTRAINT", "FK CONSTRAINT", "INDEX", "RULE", "TRIGGER", "POLICY",
        "MATERIALIZED VIEW DATA", "EVENT TRIGGER":
        return 4
      default: return 2
      }
    }
  }

  /// Adds a TOC entry. Strings are UTF-8 (use ``tocEntry(_:)`` for other bytes); nil is NULL.
  @discardableResult
  public func tocEntry(
    dumpID: Int, desc: String?, tag: String?, owner: String? = nil, defn: String? = "", dropStmt: String? = "",
    copyStmt: String? = nil, namespace: String? = nil, tablespace: String? = nil, tableAM: String? = nil,
    relkind: Character? = nil, section: Section? = nil, hadDumper: Bool? = nil, tableOID: String? = "0",
    oid: String? = "0", withOIDs: String? = "false", dependencies: [Int] = []
  ) -> Int {
    func bytes(_ text: String?) -> [UInt8]? { text.map { Array($0.utf8) } }
    return tocEntry(
      Entry(
        dumpID: dumpID, hadDumper: hadDumper, tableOID: bytes(tableOID), oid: bytes(oid), tag: bytes(tag),
        desc: bytes(desc), section: section.map { Int($0.rawValue) }, defn: bytes(defn), dropStmt: bytes(dropStmt),
        copyStmt: bytes(copyStmt), namespace: bytes(namespace), tablespace: bytes(tablespace),
        tableAM: bytes(tableAM), relkind: relkind.flatMap(\.asciiValue).map(Int.init) ?? 0, owner: bytes(owner),
        withOIDs: bytes(withOIDs), dependencies: dependencies.map { Array(String($0).utf8) }))
  }

  /// Adds a fully specified entry; returns its index.
  @discardableResult
  public func tocEntry(_ entry: Entry) -> Int {
    entries.append(entry)
    return entries.count - 1
  }

  /// Changes an entry already added (by index), e.g. to damage one field.
  public func modifyEntry(_ index: Int, _ change: (inout Entry) -> Void) {
    change(&entries[index])
  }

  /// The ENCODING entry pg_dump always writes first (`SET client_encoding = 'UTF8';`).
  public func encodingEntry(_ name: String = "UTF8", dumpID: Int = 4001) {
    special(dumpID: dumpID, desc: "ENCODING", defn: "SET client_encoding = '\(name)';\n")
  }

  /// The STDSTRINGS entry (`SET standard_conforming_strings = 'on';`).
  public func stdStringsEntry(on: Bool = true, dumpID: Int = 4002) {
    special(dumpID: dumpID, desc: "STDSTRINGS", defn: "SET standard_conforming_strings = '\(on ? "on" : "off")';\n")
  }

  /// The SEARCHPATH entry (written since the CVE-2018-1058 fix, archive 1.13).
  public func searchPathEntry(dumpID: Int = 4003) {
    special(dumpID: dumpID, desc: "SEARCHPATH", defn: "SELECT pg_catalog.set_config('search_path', '', false);\n")
  }

  /// ENCODING, STDSTRINGS and (from 1.13 on, unless told otherwise) SEARCHPATH, as pg_dump writes them.
  public func specialEntries(encoding: String = "UTF8", searchPath: Bool? = nil, firstDumpID: Int = 4001) {
    encodingEntry(encoding, dumpID: firstDumpID)
    stdStringsEntry(dumpID: firstDumpID + 1)
    if searchPath ?? (version >= .v1_13) { searchPathEntry(dumpID: firstDumpID + 2) }
  }

  private func special(dumpID: Int, desc: String, defn: String) {
    tocEntry(
      dumpID: dumpID, desc: desc, tag: desc, owner: nil, defn: defn, dropStmt: nil, copyStmt: nil, namespace: nil,
      tablespace: nil, tableAM: nil, section: .preData, hadDumper: false)
  }

  // MARK: Data

  /// One data block of the custom format (or member of the directory/tar formats).
  public enum Block: Sendable, Hashable {
    /// BLK_DATA: TABLE DATA payload (COPY rows ending in `\.\n\n\n`).
    /// - blockDumpID: the dump ID written in the block header (differs from `dumpID` to damage it).
    /// - chunkSize: split the stored bytes into chunks of this size (nil: one chunk).
    case data(dumpID: Int, blockDumpID: Int, payload: [UInt8], chunkSize: Int?)
    /// BLK_BLOBS: large objects (oid, contents), ended by oid 0.
    case largeObjects(dumpID: Int, blockDumpID: Int, objects: [LargeObject])
    /// Bytes written verbatim in the data area (custom only), found by no entry.
    case raw([UInt8])

    public var dumpID: Int? {
      switch self {
      case .data(let id, _, _, _), .largeObjects(let id, _, _): id
      case .raw: nil
      }
    }
  }

  public struct LargeObject: Sendable, Hashable {
    public var oid: UInt32
    public var bytes: [UInt8]
    public init(oid: UInt32, bytes: [UInt8]) {
      self.oid = oid
      self.bytes = bytes
    }
  }

  /// Adds a BLK_DATA block for `dumpID` with `payload` (uncompressed; compressed with stored blocks
  /// when the header announces compression).
  public func dataBlock(dumpID: Int, payload: [UInt8], chunkSize: Int? = nil, blockDumpID: Int? = nil) {
    blocks.append(.data(dumpID: dumpID, blockDumpID: blockDumpID ?? dumpID, payload: payload, chunkSize: chunkSize))
  }

  /// Adds a BLK_DATA block with UTF-8 text.
  public func dataBlock(dumpID: Int, text: String, chunkSize: Int? = nil) {
    dataBlock(dumpID: dumpID, payload: Array(text.utf8), chunkSize: chunkSize)
  }

  /// Adds a BLK_BLOBS block for a BLOBS entry.
  public func largeObjectsBlock(dumpID: Int, objects: [LargeObject], blockDumpID: Int? = nil) {
    blocks.append(.largeObjects(dumpID: dumpID, blockDumpID: blockDumpID ?? dumpID, objects: objects))
  }

  /// Adds bytes to the data area verbatim (custom only).
  public func rawDataBytes(_ bytes: [UInt8]) { blocks.append(.raw(bytes)) }

  // MARK: Output

  /// A field written to the header or TOC: `[start, end)`.
  public struct Field: Sendable, Hashable, CustomStringConvertible {
    /// `magic`, `version`, …, `TOC entry count`, then the TOC fields by the reader's names
    /// (`dumpId`, `hadDumper`, `tableoid`, …, `dependencies`, `data offset` / `file name`).
    public var name: String
    /// The TOC entry (0-based), nil for header fields and the count.
    public var entryIndex: Int?
    public var start: Int
    public var end: Int

    public init(name: String, entryIndex: Int?, start: Int, end: Int) {
      self.name = name
      self.entryIndex = entryIndex
      self.start = start
      self.end = end
    }

    public var description: String {
      (entryIndex.map { "entry \($0) " } ?? "") + "\(name) [\(start), \(end))"
    }
  }

  /// What ``make()`` produced.
  public struct Built: Sendable {
    /// The custom file, the tar archive, or the directory's `toc.dat`.
    public var bytes: [UInt8]
    /// Directory format: every file by name (`toc.dat`, `300.dat.gz`, `blobs_400.toc`, …).
    public var files: [String: [UInt8]]
    /// Every header and TOC field, in order; offsets within ``tocFile``.
    public var fields: [Field]
    /// The bytes the fields are in: the custom file, or `toc.dat`.
    public var tocFile: [UInt8]
    /// Offset of `toc.dat`'s first byte within ``bytes`` (512 for tar, else 0).
    public var tocFileOffset: Int
    /// Offset of the TOC count (end of the header), within ``tocFile``.
    public var headerEnd: Int
    /// Offset of the first byte after the TOC, within ``tocFile``.
    public var tocEnd: Int
    /// Custom: offset of each block by the dump ID it belongs to.
    public var blockOffsets: [Int: Int]
    /// Tar: each member's name, header offset and data range.
    public var tarMembers: [(name: String, headerOffset: Int, data: Range<Int>)]

    /// Every offset where one field ends and the next begins (including 0 and the TOC's end),
    /// within ``bytes``: the truncation points of interest.
    public var fieldBoundaries: [Int] { ArchiveBytes.boundaries(of: fields).map { $0 + tocFileOffset } }
  }

  /// Builds the archive.
  public func make() -> Built {
    switch format {
    case .custom: return makeCustom()
    case .directory: return makeDirectory()
    case .tar: return makeTar()
    case .plain: preconditionFailure("ArchiveBytes builds archives, not plain scripts")
    }
  }

  /// The offsets of every field boundary of ``make()``'s output, for truncation tests.
  public func fieldBoundaries() -> [Int] { make().fieldBoundaries }

  private func makeCustom() -> Built {
    // Offsets are fixed-width, so the TOC has the same length whatever positions it holds: write
    // it once to measure, lay out the blocks, write it again (pg_dump rewrites it the same way).
    let measured = writeHeaderAndTOC(extra: { _ in .offset(flag: 3, position: 0) })
    var dataArea: [UInt8] = []
    var blockOffsets: [Int: Int] = [:]
    for block in blocks {
      let start = measured.bytes.count + dataArea.count
      if let id = block.dumpID, blockOffsets[id] == nil { blockOffsets[id] = start }
      dataArea += encodeBlock(block)
    }
    var written = writeHeaderAndTOC(extra: { entry in
      if let raw = entry.rawOffset { return .offset(flag: raw.flag, position: raw.position) }
      guard let position = blockOffsets[entry.dumpID] else { return .offset(flag: 3, position: 0) }
      return self.offsetsKnown ? .offset(flag: 2, position: UInt64(position)) : .offset(flag: 1, position: 0)
    })
    precondition(written.bytes.count == measured.bytes.count, "TOC length changed between passes")
    let tocEnd = written.bytes.count
    written.bytes += dataArea
    return Built(
      bytes: written.bytes, files: [:], fields: written.fields, tocFile: written.bytes, tocFileOffset: 0,
      headerEnd: written.headerEnd, tocEnd: tocEnd, blockOffsets: blockOffsets, tarMembers: [])
  }

  /// The name pg_dump gives an entry's data file (`<dumpId>.dat`; BLOBS: an LO TOC in directory
  /// archives, `<dumpId>.dat` in tar ones), or "" without data.
  private func dataFileName(_ entry: Entry) -> [UInt8] {
    if let name = entry.fileName { return name }
    guard blocks.contains(where: { $0.dumpID == entry.dumpID }) else { return [] }
    if format == .directory && entry.desc == Array("BLOBS".utf8) {
      return Array((version >= .v1_16 ? "blobs_\(entry.dumpID).toc" : "blobs.toc").utf8)
    }
    return Array("\(entry.dumpID).dat".utf8)
  }

  private func makeDirectory() -> Built {
    let written = writeHeaderAndTOC(extra: { .file(self.dataFileName($0)) })
    var files: [String: [UInt8]] = ["toc.dat": written.bytes]
    let suffix: String =
      switch compression.algorithm {
      case .gzip: ".gz"
      case .lz4: ".lz4"
      case .zstd: ".zst"
      default: ""
      }
    for block in blocks {
      switch block {
      case .data(let id, _, let payload, _):
        files["\(id).dat" + suffix] = encodeFile(payload)
      case .largeObjects(let id, _, let objects):
        var toc = ""
        for object in objects {
          toc += "\(object.oid) blob_\(object.oid).dat\n"
          files["blob_\(object.oid).dat" + suffix] = encodeFile(object.bytes)
        }
        files[version >= .v1_16 ? "blobs_\(id).toc" : "blobs.toc"] = Array(toc.utf8)
      case .raw: break
      }
    }
    return Built(
      bytes: written.bytes, files: files, fields: written.fields, tocFile: written.bytes, tocFileOffset: 0,
      headerEnd: written.headerEnd, tocEnd: written.bytes.count, blockOffsets: [:], tarMembers: [])
  }

  private func makeTar() -> Built {
    let written = writeHeaderAndTOC(extra: { .file(self.dataFileName($0)) })
    var members: [(String, [UInt8])] = [("toc.dat", written.bytes)]
    for block in blocks {
      switch block {
      case .data(let id, _, let payload, _):
        members.append(("\(id).dat", payload))
      case .largeObjects(let id, _, let objects):
        var toc = ""
        for object in objects {
          toc += "\(object.oid) blob_\(object.oid).dat\n"
          members.append(("blob_\(object.oid).dat", object.bytes))
        }
        members.append((version >= .v1_16 ? "blobs_\(id).toc" : "blobs.toc", Array(toc.utf8)))
      case .raw: break
      }
    }
    members.append(("restore.sql", Array("-- hand-built archive; restore.sql is never read\n".utf8)))
    var bytes: [UInt8] = []
    var layout: [(name: String, headerOffset: Int, data: Range<Int>)] = []
    for (name, data) in members {
      let headerOffset = bytes.count
      bytes += Self.tarHeader(name: name, size: data.count)
      layout.append((name, headerOffset, bytes.count..<bytes.count + data.count))
      bytes += Self.tarPadded(data)
    }
    bytes += [UInt8](repeating: 0, count: 2 * TarHeader.blockSize)
    return Built(
      bytes: bytes, files: [:], fields: written.fields, tocFile: written.bytes, tocFileOffset: TarHeader.blockSize,
      headerEnd: written.headerEnd, tocEnd: written.bytes.count, blockOffsets: [:], tarMembers: layout)
  }

  // MARK: Header and TOC

  private enum Extra {
    case offset(flag: UInt8, position: UInt64)
    case file([UInt8])
  }

  private struct Written {
    var bytes: [UInt8] = []
    var fields: [Field] = []
    var headerEnd = 0
  }

  private func writeHeaderAndTOC(extra: (Entry) -> Extra) -> Written {
    var out = PrimitiveWriter(intSize: intSize, offSize: offSize, version: version)
    // WriteHead
    out.field("magic") { $0.raw(ArchiveHeader.magic) }
    out.field("version") { w in
      w.raw([version.major, version.minor])
      if version > .v1_0 { w.raw([version.revision]) }
    }
    out.field("intSize") { $0.raw([UInt8(truncatingIfNeeded: intSize)]) }
    if version >= .v1_7 { out.field("offSize") { $0.raw([UInt8(truncatingIfNeeded: offSize)]) } }
    out.field("format") { $0.raw([formatByte ?? format.headerFormatByte]) }
    if version >= .v1_15 {
      out.field("compression") { $0.raw([compression.algorithm.rawValue]) }
    } else if version >= .v1_4 {
      out.field("compression") { $0.int(compression.level ?? (compression.algorithm == .none ? 0 : -1)) }
    } else if version >= .v1_2 {
      out.field("compression") { $0.raw([compression.algorithm == .none ? 0 : 1]) }
    }
    if version >= .v1_4 {
      let time = creationTime
      for (name, value) in [
        ("tm_sec", time.second), ("tm_min", time.minute), ("tm_hour", time.hour), ("tm_mday", time.dayOfMonth),
        ("tm_mon", time.month), ("tm_year", time.year), ("tm_isdst", time.isDST),
      ] {
        out.field(name) { $0.int(value) }
      }
      out.field("database name") { $0.string(databaseName) }
    }
    if version >= .v1_10 {
      out.field("server version") { $0.string(serverVersion) }
      out.field("pg_dump version") { $0.string(pgDumpVersion) }
    }
    let headerEnd = out.bytes.count

    // WriteToc
    out.field("TOC entry count") { $0.int(tocCountOverride ?? entries.count) }
    for (index, entry) in entries.enumerated() {
      out.entryIndex = index
      out.field("dumpId") { $0.int(entry.dumpID) }
      let hasData = blocks.contains { $0.dumpID == entry.dumpID }
      out.field("hadDumper") { $0.int((entry.hadDumper ?? hasData) ? 1 : 0) }
      if version >= .v1_8 { out.field("tableoid") { $0.string(entry.tableOID) } }
      out.field("oid") { $0.string(entry.oid) }
      out.field("tag") { $0.string(entry.tag) }
      out.field("desc") { $0.string(entry.desc) }
      if version >= .v1_11 { out.field("section") { $0.int(entry.resolvedSection) } }
      out.field("defn") { $0.string(entry.defn) }
      out.field("dropStmt") { $0.string(entry.dropStmt) }
      if version >= .v1_3 { out.field("copyStmt") { $0.string(entry.copyStmt) } }
      if version >= .v1_6 { out.field("namespace") { $0.string(entry.namespace) } }
      if version >= .v1_10 { out.field("tablespace") { $0.string(entry.tablespace) } }
      if version >= .v1_14 { out.field("tableam") { $0.string(entry.tableAM) } }
      if version >= .v1_16 { out.field("relkind") { $0.int(entry.relkind) } }
      out.field("owner") { $0.string(entry.owner) }
      if version >= .v1_9 { out.field("withOids") { $0.string(entry.withOIDs) } }
      if version >= .v1_5 {
        for dependency in entry.dependencies { out.field("dependencies") { $0.string(dependency) } }
        out.field("dependencies") { $0.string(nil) }
      }
      switch extra(entry) {
      case .offset(let flag, let position):
        out.field("data offset") { $0.offset(flag: flag, position: position) }
      case .file(let name):
        out.field("file name") { $0.string(name) }
      }
    }
    return Written(bytes: out.bytes, fields: out.fields, headerEnd: headerEnd)
  }

  // MARK: Data encoding

  private func encodeBlock(_ block: Block) -> [UInt8] {
    var out = PrimitiveWriter(intSize: intSize, offSize: offSize, version: version)
    switch block {
    case .data(_, let blockDumpID, let payload, let chunkSize):
      out.raw([1])  // BLK_DATA
      out.int(blockDumpID)
      out.chunks(encodeCustomPayload(payload), size: chunkSize)
    case .largeObjects(_, let blockDumpID, let objects):
      out.raw([3])  // BLK_BLOBS
      out.int(blockDumpID)
      for object in objects {
        out.int(Int(object.oid))
        out.chunks(encodeCustomPayload(object.bytes), size: nil)
      }
      out.int(0)
    case .raw(let bytes):
      out.raw(bytes)
    }
    return out.bytes
  }

  /// A custom block's stored payload: zlib stream, LZ4 frame or zstd frame (stored/raw blocks).
  private func encodeCustomPayload(_ payload: [UInt8]) -> [UInt8] {
    guard compressPayloads else { return payload }
    switch compression.algorithm {
    case .gzip: return Self.zlibStored(payload)
    case .lz4: return Self.lz4Uncompressed(payload)
    case .zstd: return Self.zstdRaw(payload)
    default: return payload
    }
  }

  /// A directory data file: gzip file, LZ4 frame or zstd frame.
  private func encodeFile(_ payload: [UInt8]) -> [UInt8] {
    guard compressPayloads else { return payload }
    switch compression.algorithm {
    case .gzip: return Self.gzipStored(payload)
    case .lz4: return Self.lz4Uncompressed(payload)
    case .zstd: return Self.zstdRaw(payload)
    default: return payload
    }
  }
}
