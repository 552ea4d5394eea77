/// The section an entry belongs to (pg_dump: `teSection`).
public enum Section: Int32, Sendable, Hashable, Codable {
  /// COMMENT, ACL, SECURITY LABEL: they follow their parent object.
  case none = 1
  case preData = 2
  case data = 3
  case postData = 4

  /// `pre-data`, `data`, `post-data`, `none`, as pg_dump's `--section` spells them.
  public var name: String {
    switch self {
    case .none: "none"
    case .preData: "pre-data"
    case .data: "data"
    case .postData: "post-data"
    }
  }
}

/// Where an entry's data lives, as the format-specific tail of its TOC record says.
public enum DataLocation: Sendable, Hashable {
  /// Custom format: a data offset (pg_dump: `lclTocEntry.dataState`/`dataPos`).
  case offset(DataOffset)
  /// Directory and tar formats: a file name relative to the archive (`3456.dat`, `blobs_3457.toc`),
  /// nil when the entry has no data (pg_dump stores an empty string).
  case file([UInt8]?)
  /// Plain scripts: the byte range of the entry's data (COPY rows and their `\.` line) in the
  /// decompressed script.
  case script(Range<Int64>)
}

/// One TOC entry, with every on-disk field kept (pg_dump: `TocEntry`, read by `ReadToc`).
///
/// Strings are the raw bytes of the dump's encoding; nil is pg_dump's NULL, distinct from empty.
public struct TOCEntry: Sendable, Hashable {
  /// The entry's dump ID (`te->dumpId`), > 0, unique, not sorted.
  public var dumpID: Int32
  /// Whether the entry had a data dumper (`te->hadDumper`): TABLE DATA, BLOBS.
  public var hadDumper: Bool
  /// The catalog table OID as stored (decimal text; since 1.8).
  public var tableOIDText: [UInt8]?
  /// The object OID as stored (decimal text).
  public var oidText: [UInt8]?
  /// The object name (`te->tag`).
  public var tag: [UInt8]?
  /// The entry type, e.g. `TABLE`, `TABLE DATA`, `ACL` (pg_dump: `te->desc`).
  public var desc: [UInt8]?
  /// The section as stored (since 1.11), or inferred from the type for older archives. Kept raw
  /// because a damaged archive can hold any number here.
  public var sectionRawValue: Int32
  /// SQL that creates the object, or the payload of special entries (`te->defn`).
  public var defn: [UInt8]?
  /// SQL that drops the object (`te->dropStmt`).
  public var dropStmt: [UInt8]?
  /// `COPY … FROM stdin;` for table data (since 1.3).
  public var copyStmt: [UInt8]?
  /// The schema (`te->namespace`, since 1.6).
  public var namespace: [UInt8]?
  /// The tablespace: nil not applicable, empty the database default (since 1.10).
  public var tablespace: [UInt8]?
  /// The table access method (since 1.14).
  public var tableAM: [UInt8]?
  /// pg_class relkind as its ASCII code, 0 for non-relations (since 1.16).
  public var relkind: Int32
  /// The owning role (`te->owner`).
  public var owner: [UInt8]?
  /// The obsolete WITH OIDS flag as stored (`"false"`; since 1.9).
  public var withOIDs: [UInt8]?
  /// Dependencies as stored (decimal text, in order, duplicates kept).
  public var dependencyTexts: [[UInt8]]
  /// Where the data is.
  public var dataLocation: DataLocation
  /// Offset of the entry's first byte within the TOC's file (for errors and `--json`).
  public var entryOffset: Int

  public init(
    dumpID: Int32, hadDumper: Bool, tableOIDText: [UInt8]?, oidText: [UInt8]?, tag: [UInt8]?, desc: [UInt8]?,
    sectionRawValue: Int32, defn: [UInt8]?, dropStmt: [UInt8]?, copyStmt: [UInt8]?, namespace: [UInt8]?,
    tablespace: [UInt8]?, tableAM: [UInt8]?, relkind: Int32, owner: [UInt8]?, withOIDs: [UInt8]?,
    dependencyTexts: [[UInt8]], dataLocation: DataLocation, entryOffset: Int
  ) {
    self.dumpID = dumpID
    self.hadDumper = hadDumper
    self.tableOIDText = tableOIDText
    self.oidText = oidText
    self.tag = tag
    self.desc = desc
    self.sectionRawValue = sectionRawValue
    self.defn = defn
    self.dropStmt = dropStmt
    self.copyStmt = copyStmt
    self.namespace = namespace
    self.tablespace = tablespace
    self.tableAM = tableAM
    self.relkind = relkind
    self.owner = owner
    self.withOIDs = withOIDs
    self.dependencyTexts = dependencyTexts
    self.dataLocation = dataLocation
    self.entryOffset = entryOffset
  }

  /// The section, when the stored number is a valid one.
  public var section: Section? { Section(rawValue: sectionRawValue) }

  /// The catalog table OID as pg_restore reads it (`sscanf("%u")`).
  public var tableOID: UInt32 { Self.scanUnsigned(tableOIDText) }
  /// The object OID as pg_restore reads it (`sscanf("%u")`).
  public var oid: UInt32 { Self.scanUnsigned(oidText) }

  /// Dependencies as pg_restore reads them (`sscanf("%d")`), unparseable ones as 0.
  public var dependencies: [Int32] { dependencyTexts.map { Int32(truncatingIfNeeded: Self.scanSigned($0)) } }

  /// The type as text (types are ASCII in every real archive).
  public var descText: String { desc.map { String(decoding: $0, as: UTF8.self) } ?? "" }

  /// Whether the type equals `name`, compared as bytes.
  public func isType(_ name: String) -> Bool {
    guard let desc, desc.count == name.utf8.count else { return false }
    return name.utf8.withContiguousStorageIfAvailable { desc.elementsEqual($0) } ?? desc.elementsEqual(name.utf8)
  }

  /// Whether the tag starts with `prefix` (for `LARGE OBJECT …`, `DATABASE …` rules).
  public func tagHasPrefix(_ prefix: String) -> Bool {
    guard let tag else { return false }
    return tag.starts(with: prefix.utf8)
  }

  /// The encoding name an ENCODING entry sets (`SET client_encoding = 'UTF8';`): the text between
  /// the first two single quotes, as pg_restore's `processEncodingEntry` extracts it; nil when the
  /// definition has no quoted name.
  public var encodingItem: String? {
    guard let defn, let open = defn.firstIndex(of: UInt8(ascii: "'")),
      let close = defn[(open + 1)...].firstIndex(of: UInt8(ascii: "'"))
    else { return nil }
    return String(decoding: defn[(open + 1)..<close], as: UTF8.self)
  }

  /// The value a STDSTRINGS entry sets: the first quoted word must be `'on'` or `'off'`
  /// (`processStdStringsEntry`); nil otherwise.
  public var standardStringsItem: Bool? {
    guard let defn, let quote = defn.firstIndex(of: UInt8(ascii: "'")) else { return nil }
    let rest = defn[quote...]
    if rest.starts(with: "'on'".utf8) { return true }
    if rest.starts(with: "'off'".utf8) { return false }
    return nil
  }

  /// The number `sscanf("%u")` reads: leading white space, an optional sign, decimal digits,
  /// wrapping modulo 2^32; 0 when there are no digits (the field stays zero-initialised).
  static func scanUnsigned(_ text: [UInt8]?) -> UInt32 {
    UInt32(truncatingIfNeeded: scanSigned(text))
  }

  /// The number `sscanf("%d")`/`strtol` reads, or 0.
  static func scanSigned(_ text: [UInt8]?) -> Int64 {
    guard let text else { return 0 }
    var index = 0
    while index < text.count, text[index] == 0x20 || (0x09...0x0D).contains(text[index]) { index += 1 }
    var negative = false
    if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
      negative = text[index] == UInt8(ascii: "-")
      index += 1
    }
    var value: Int64 = 0
    while index < text.count, (0x30...0x39).contains(text[index]) {
      value = value &* 10 &+ Int64(text[index] - 0x30)
      index += 1
    }
    return negative ? 0 &- value : value
  }
}
