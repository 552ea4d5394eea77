extension TOCEntry {
  /// Reads one TOC entry at the reader's position. The corresponding pg_dump routine is `ReadToc`
  /// (pg_backup_archiver.c), plus the format's `ReadExtraTocPtr`.
  ///
  /// - Parameters:
  ///   - format: decides the tail: a data offset (custom) or a file name (directory, tar).
  ///   - index: the entry's position in the TOC, for error messages.
  /// - Throws: ``ArchiveError`` positioned at the field that failed, with the entry and field named.
  public init<Input>(
    parsing reader: ArchiveByteReader<Input>, format: ArchiveFormat, index: Int
  ) throws(ArchiveError) {
    let version = reader.version
    let entryOffset = reader.offset
    var context = ArchiveError.EntryReference(index: index)
    var field = "dumpId"
    // Kept as bytes and turned into text only if an error needs them: this runs once per entry.
    var tagBytes: [UInt8]?
    var descBytes: [UInt8]?

    func fail(_ error: ArchiveError) -> ArchiveError {
      var error = error
      if error.entry == nil {
        context.tag = tagBytes.map { String(decoding: $0.prefix(200), as: UTF8.self) }
        context.desc = descBytes.map { String(decoding: $0.prefix(64), as: UTF8.self) }
        error.entry = context
      }
      if error.field == nil { error.field = field }
      return error
    }

    do throws(ArchiveError) {
      let idOffset = reader.offset
      let dumpID = try reader.readInt32()
      context.dumpID = dumpID
      guard dumpID > 0 else {
        throw ArchiveError(
          .badDumpID, "entry ID \(dumpID) out of range -- perhaps a corrupt TOC", offset: idOffset)
      }
      field = "hadDumper"
      let hadDumper = try reader.readInt() != 0
      var tableOIDText: [UInt8]?
      if version >= .v1_8 {  // K_VERS_1_8: catalog table OID
        field = "tableoid"
        tableOIDText = try reader.readString()
      }
      field = "oid"
      let oidText = try reader.readString()
      field = "tag"
      let tag = try reader.readString()
      tagBytes = tag
      field = "desc"
      let desc = try reader.readString()
      descBytes = desc

      let sectionRawValue: Int32
      if version >= .v1_11 {  // K_VERS_1_11: section stored
        field = "section"
        sectionRawValue = try reader.readInt32()
      } else {
        sectionRawValue = Self.inferredSection(desc: desc).rawValue
      }
      field = "defn"
      let defn = try reader.readString()
      field = "dropStmt"
      let dropStmt = try reader.readString()
      var copyStmt: [UInt8]?
      if version >= .v1_3 {
        field = "copyStmt"
        copyStmt = try reader.readString()
      }
      var namespace: [UInt8]?
      if version >= .v1_6 {
        field = "namespace"
        namespace = try reader.readString()
      }
      var tablespace: [UInt8]?
      if version >= .v1_10 {
        field = "tablespace"
        tablespace = try reader.readString()
      }
      var tableAM: [UInt8]?
      if version >= .v1_14 {  // K_VERS_1_14: table access method
        field = "tableam"
        tableAM = try reader.readString()
      }
      var relkind: Int32 = 0
      if version >= .v1_16 {  // K_VERS_1_16: relkind
        field = "relkind"
        relkind = try reader.readInt32()
      }
      field = "owner"
      let owner = try reader.readString()
      var withOIDs: [UInt8]?
      if version >= .v1_9 {
        field = "withOids"
        withOIDs = try reader.readString()
      }
      var dependencyTexts: [[UInt8]] = []
      if version >= .v1_5 {
        field = "dependencies"
        while let dependency = try reader.readString() {
          dependencyTexts.append(dependency)
        }
      }
      let dataLocation: DataLocation
      switch format {
      case .custom:
        field = "data offset"
        dataLocation = .offset(try reader.readOffset())
      case .directory, .tar, .plain:
        field = "file name"
        let name = try reader.readString()
        dataLocation = .file(name?.isEmpty == false ? name : nil)
      }
      self.init(
        dumpID: dumpID, hadDumper: hadDumper, tableOIDText: tableOIDText, oidText: oidText, tag: tag, desc: desc,
        sectionRawValue: sectionRawValue, defn: defn, dropStmt: dropStmt, copyStmt: copyStmt, namespace: namespace,
        tablespace: tablespace, tableAM: tableAM, relkind: relkind, owner: owner, withOIDs: withOIDs,
        dependencyTexts: dependencyTexts, dataLocation: dataLocation, entryOffset: entryOffset)
    } catch {
      throw fail(error)
    }
  }

  /// The section pg_restore assigns to entries of archives before 1.11, which did not store one.
  static func inferredSection(desc: [UInt8]?) -> Section {
    let name = desc.map { String(decoding: $0, as: UTF8.self) } ?? ""
    switch name {
    case "COMMENT", "ACL", "ACL LANGUAGE": return .none
    case "TABLE DATA", "BLOBS", "BLOB COMMENTS": return .data
    case "CONSTRAINT", "CHECK CONSTRAINT", "FK CONSTRAINT", "INDEX", "RULE", "TRIGGER": return .postData
    default: return .preData
    }
  }
}

/// A whole table of contents: the count as stored and the entries.
public struct TableOfContents: Sendable {
  public var entries: [TOCEntry]
  /// Offset of the first byte after the TOC (where custom-format data blocks begin).
  public var endOffset: Int

  public init(entries: [TOCEntry], endOffset: Int) {
    self.entries = entries
    self.endOffset = endOffset
  }

  /// Reads the entry count and every entry. The corresponding pg_dump routine is `ReadToc`.
  ///
  /// The count is bounded by what remains of the input (every entry takes at least a few bytes),
  /// so a hostile count cannot reserve memory the file does not back.
  public init<Input>(parsing reader: ArchiveByteReader<Input>, format: ArchiveFormat) throws(ArchiveError) {
    let countOffset = reader.offset
    let count: Int
    do throws(ArchiveError) {
      count = try reader.readInt()
    } catch {
      var error = error
      error.field = "TOC entry count"
      throw error
    }
    guard count >= 0 else {
      throw ArchiveError(
        .lengthOutOfBounds, "invalid TOC entry count \(count)", offset: countOffset, field: "TOC entry count")
    }
    // The smallest possible entry: dumpId and hadDumper ints, then NULL strings for every field.
    let minimumEntrySize = 2 * (1 + reader.intSize)
    if let remaining = reader.remaining, count > remaining / minimumEntrySize + 1 {
      // pg_restore would run out of input reading these entries; say so in its words.
      throw ArchiveError(
        .truncated, "could not read from input file: end of file", offset: countOffset, field: "TOC entry count",
        detail: "The TOC declares \(count) entries but only \(remaining) bytes remain, too few for that many.")
    }
    var entries: [TOCEntry] = []
    entries.reserveCapacity(min(count, 1 << 16))
    for index in 0..<count {
      entries.append(try TOCEntry(parsing: reader, format: format, index: index))
    }
    self.init(entries: entries, endOffset: reader.offset)
  }
}
