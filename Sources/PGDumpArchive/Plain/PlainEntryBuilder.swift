import PGDumpFormat
import PGDumpSQL

/// Turns a plain script's statements and comments into TOC entries, undoing what pg_restore's
/// `_printTocEntry` did when it wrote the script: every entry starts with a comment block
///
///     --
///     -- [TOC entry 1234 (class 1259 OID 16390)]        (pg_dump --verbose only)
///     -- [Dependencies: 5 6]                            (pg_dump --verbose only)
///     -- [Data for |Statistics for ]Name: TAG; Type: DESC; Schema: NS; Owner: OWNER[; Tablespace: TS]
///     --
///
/// and its SQL follows up to the next block. `-` stands for no schema or owner. The first SET
/// lines (`_doSetFixedOutputState`) become the ENCODING, STDSTRINGS and SEARCHPATH entries an
/// archive carries; later `SET default_tablespace`/`default_table_access_method` lines are
/// pg_restore's session state, not part of any entry.
struct PlainEntryBuilder {
  private(set) var entries: [TOCEntry] = []
  private var pending: Pending? = nil
  private var nextDumpID: Int32 = 1
  /// `-- TOC entry` / `-- Dependencies` lines seen in the current comment block.
  private var tocLine: (dumpID: Int32, tableOID: [UInt8], oid: [UInt8])? = nil
  private var dependencies: [[UInt8]] = []
  /// Whether a post-data object (index, constraint, …) came before: statistics after one are
  /// post-data, before one data.
  private var afterPostData = false

  struct Pending {
    var entry: TOCEntry
    var statements: [[UInt8]] = []
    var isData: Bool
  }

  mutating func comment(_ text: UnsafeRawBufferPointer, at offset: Int64) {
    let line = Array(text)
    if let rest = Self.after(line, "-- TOC entry ") {
      tocLine = Self.parseTOCLine(rest)
    } else if let rest = Self.after(line, "-- Dependencies:") {
      dependencies = rest.split(separator: UInt8(ascii: " ")).map(Array.init)
    } else if let rest = Self.after(line, "-- Data for Name: ") {
      startEntry(rest, isData: true, at: offset)
    } else if let rest = Self.after(line, "-- Statistics for Name: ") {
      startEntry(rest, isData: false, at: offset)  // 18: STATISTICS DATA
    } else if let rest = Self.after(line, "-- Name: ") {
      startEntry(rest, isData: false, at: offset)
    }
  }

  mutating func statement(_ statement: ScriptStatement, text: UnsafeRawBufferPointer) {
    let bytes = Array(text)
    guard pending != nil else {
      if entries.count < 3 || entries.allSatisfy({ Self.isSpecial($0) }) { preamble(statement, bytes) }
      return
    }
    if statement.kind == "SET" || bytes.starts(with: Array("SELECT pg_catalog.set_config('search_path'".utf8)) {
      return  // session state between entries (`_selectTablespace`, `_reconnectToDB`, …)
    }
    if statement.isCopyFromStdin, pending?.isData == true {
      pending?.entry.copyStmt = bytes + [0x0A]
      pending?.entry.hadDumper = true
      recoverNames(fromCopy: bytes)
      return
    }
    pending?.statements.append(bytes)
  }

  /// pg_dump's comment lines turn newlines in names into spaces (`sanitize_line`); the COPY
  /// statement has the real schema and table names, so a data entry takes them from there when
  /// they sanitize to what the comment said.
  private mutating func recoverNames(fromCopy statement: [UInt8]) {
    guard let copy = CopyStatement(statement), let table = copy.tableNameParts.last, let entry = pending?.entry
    else { return }
    func sanitized(_ name: [UInt8]) -> [UInt8] { name.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 } }
    if table != entry.tag, let tag = entry.tag, sanitized(table) == tag { pending?.entry.tag = table }
    if copy.tableNameParts.count >= 2 {
      let schema = copy.tableNameParts[copy.tableNameParts.count - 2]
      if schema != entry.namespace, let namespace = entry.namespace, sanitized(schema) == namespace {
        pending?.entry.namespace = schema
      }
    }
  }

  mutating func copyEnd(_ block: CopyBlock) {
    guard pending?.isData == true else { return }
    let end = block.markerRange?.upperBound ?? block.dataRange.upperBound
    pending?.entry.dataLocation = .script(block.dataRange.lowerBound..<end)
  }

  mutating func finish() -> [TOCEntry] {
    finishEntry()
    return entries
  }

  // MARK: Entries

  private mutating func startEntry(_ header: [UInt8], isData: Bool, at offset: Int64) {
    finishEntry()
    let fields = Self.parseNameLine(header)
    let desc = fields.desc
    let dumpID: Int32
    if let tocLine {
      dumpID = tocLine.dumpID
    } else {
      dumpID = nextDumpID
    }
    nextDumpID = max(nextDumpID, dumpID) + 1
    var entry = TOCEntry(
      dumpID: dumpID, hadDumper: false, tableOIDText: tocLine?.tableOID ?? Array("0".utf8),
      oidText: tocLine?.oid ?? Array("0".utf8), tag: fields.tag, desc: desc,
      sectionRawValue: Self.section(of: desc, isData: isData, afterPostData: afterPostData).rawValue, defn: nil,
      dropStmt: nil, copyStmt: nil, namespace: fields.schema, tablespace: fields.tablespace, tableAM: nil,
      relkind: 0, owner: fields.owner, withOIDs: nil, dependencyTexts: dependencies, dataLocation: .file(nil),
      entryOffset: Int(offset))
    if desc == Array("BLOBS".utf8) { entry.hadDumper = true }
    if entry.section == .postData { afterPostData = true }
    pending = Pending(entry: entry, isData: isData)
    tocLine = nil
    dependencies = []
  }

  private mutating func finishEntry() {
    guard var finished = pending else { return }
    if !finished.statements.isEmpty {
      var defn: [UInt8] = []
      for (index, statement) in finished.statements.enumerated() {
        if index > 0 { defn.append(contentsOf: [0x0A, 0x0A]) }
        defn.append(contentsOf: statement)
      }
      defn.append(0x0A)
      finished.entry.defn = defn
    }
    entries.append(finished.entry)
    pending = nil
  }

  /// The preamble's fixed session state, as the special entries an archive would carry.
  private mutating func preamble(_ statement: ScriptStatement, _ bytes: [UInt8]) {
    func special(_ desc: String, _ defn: String) {
      guard !entries.contains(where: { $0.desc == Array(desc.utf8) }) else { return }
      entries.append(
        TOCEntry(
          dumpID: nextDumpID, hadDumper: false, tableOIDText: Array("0".utf8), oidText: Array("0".utf8),
          tag: Array(desc.utf8), desc: Array(desc.utf8), sectionRawValue: Section.preData.rawValue,
          defn: Array(defn.utf8), dropStmt: nil, copyStmt: nil, namespace: nil, tablespace: nil, tableAM: nil,
          relkind: 0, owner: nil, withOIDs: nil, dependencyTexts: [], dataLocation: .file(nil),
          entryOffset: Int(statement.range.lowerBound)))
      nextDumpID += 1
    }
    let text = String(decoding: bytes, as: UTF8.self)
    if let value = Self.quotedValue(text, after: "SET client_encoding = '") {
      special("ENCODING", "SET client_encoding = '\(value)';\n")
    } else if text.hasPrefix("SET standard_conforming_strings = ") {
      let on = text.hasPrefix("SET standard_conforming_strings = on") || text.contains("'on'")
      special("STDSTRINGS", "SET standard_conforming_strings = '\(on ? "on" : "off")';\n")
    } else if text.hasPrefix("SELECT pg_catalog.set_config('search_path'") {
      special("SEARCHPATH", text + "\n")
    }
  }

  static func isSpecial(_ entry: TOCEntry) -> Bool {
    entry.isType("ENCODING") || entry.isType("STDSTRINGS") || entry.isType("SEARCHPATH")
  }

  static func quotedValue(_ text: String, after marker: String) -> String? {
    guard text.hasPrefix(marker) else { return nil }
    return String(text.dropFirst(marker.count).prefix { $0 != "'" })
  }

  /// pg_dump's sections by object type, for entries read back from a script: data entries and
  /// SEQUENCE SET are data, the objects pg_dump creates after the data are post-data, comments
  /// and ACLs belong to no section, everything else is pre-data.
  static func section(of desc: [UInt8], isData: Bool, afterPostData: Bool) -> Section {
    switch String(decoding: desc, as: UTF8.self) {
    case "COMMENT", "ACL", "SECURITY LABEL", "ACL LANGUAGE": return .none
    case "TABLE DATA", "SEQUENCE SET", "BLOBS", "BLOB METADATA": return .data
    case "STATISTICS DATA": return afterPostData ? .postData : .data
    case "CHECK CONSTRAINT", "CONSTRAINT", "DEFAULT ACL", "EVENT TRIGGER", "FK CONSTRAINT", "INDEX", "INDEX ATTACH",
      "MATERIALIZED VIEW DATA", "POLICY", "PUBLICATION", "PUBLICATION TABLE", "PUBLICATION TABLES IN SCHEMA",
      "ROW SECURITY", "RULE", "STATISTICS", "SUBSCRIPTION", "SUBSCRIPTION TABLE", "TRIGGER":
      return .postData
    default: return isData ? .data : .preData
    }
  }

  // MARK: Comment lines

  static func after(_ line: [UInt8], _ marker: String) -> [UInt8]? {
    let prefix = Array(marker.utf8)
    return line.starts(with: prefix) ? Array(line[prefix.count...]) : nil
  }

  /// `1234 (class 1259 OID 16390)`.
  static func parseTOCLine(_ rest: [UInt8]) -> (dumpID: Int32, tableOID: [UInt8], oid: [UInt8])? {
    let words = rest.split(separator: UInt8(ascii: " ")).map { Array($0) }
    guard words.count >= 5, let id = Int32(String(decoding: words[0], as: UTF8.self)) else { return nil }
    let oid = words[4].filter { $0 != UInt8(ascii: ")") }
    return (id, words[2], oid)
  }

  typealias NameLine = PlainEntryHeader

  /// `TAG; Type: DESC; Schema: NS; Owner: OWNER[; Tablespace: TS]` — split at the last
  /// occurrence of each marker, so that a tag containing "; " stays whole.
  static func parseNameLine(_ line: [UInt8]) -> NameLine {
    var rest = line
    func cut(_ marker: String) -> [UInt8]? {
      let needle = Array(marker.utf8)
      guard needle.count <= rest.count else { return nil }
      var index = rest.count - needle.count
      while index >= 0 {
        if rest[index..<(index + needle.count)].elementsEqual(needle) {
          let value = Array(rest[(index + needle.count)...])
          rest = Array(rest[..<index])
          return value
        }
        index -= 1
      }
      return nil
    }
    let tablespace = cut("; Tablespace: ")
    let owner = cut("; Owner: ")
    let schema = cut("; Schema: ")
    let desc = cut("; Type: ") ?? []
    let hyphen: [UInt8] = [UInt8(ascii: "-")]
    return PlainEntryHeader(
      tag: rest, desc: desc, schema: schema == hyphen ? nil : schema, owner: owner == hyphen ? nil : owner,
      tablespace: tablespace)
  }
}

/// The fields of a plain script's entry comment (`-- Name: TAG; Type: DESC; Schema: NS; Owner:
/// OWNER[; Tablespace: TS]`), as `_printTocEntry` writes them; `-` schema and owner are nil.
public struct PlainEntryHeader: Sendable, Hashable {
  public var tag: [UInt8]
  public var desc: [UInt8]
  public var schema: [UInt8]?
  public var owner: [UInt8]?
  public var tablespace: [UInt8]?

  /// Parses a whole comment line, with or without its `Data for `/`Statistics for ` prefix.
  public init?(line: [UInt8]) {
    for marker in ["-- Name: ", "-- Data for Name: ", "-- Statistics for Name: "] {
      if let rest = PlainEntryBuilder.after(line, marker) {
        self = PlainEntryBuilder.parseNameLine(rest)
        return
      }
    }
    return nil
  }

  init(tag: [UInt8], desc: [UInt8], schema: [UInt8]?, owner: [UInt8]?, tablespace: [UInt8]?) {
    self.tag = tag
    self.desc = desc
    self.schema = schema
    self.owner = owner
    self.tablespace = tablespace
  }
}
