import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// The `--json` document of `pgdumpkit list`: the header and every TOC entry field.
///
/// Text fields are decoded from the dump's encoding (see ``DumpText``); passwords in option lists
/// and connection strings are masked (``SecretRedaction``).
public struct ListReport: Codable, Sendable {
  public var schemaVersion = 1
  public var archive: ArchiveSummary
  public var entries: [Entry]

  public struct ArchiveSummary: Codable, Sendable {
    public var path: String
    public var format: String
    /// Archive version, int and offset sizes, creation time and oldest pg_restore: absent for
    /// plain scripts, which have no archive header.
    public var version: String?
    public var intSize: Int?
    public var offSize: Int?
    public var compression: String
    public var compressionLevel: Int?
    public var created: String?
    public var createdFields: ArchiveHeader.CreationTime?
    public var database: String?
    public var serverVersion: String?
    public var pgDumpVersion: String?
    public var encoding: String?
    public var standardConformingStrings: Bool?
    public var tocEntries: Int
    public var tocMember: String?
    public var tocEndOffset: Int
    public var oldestPGRestore: String?
  }

  public struct Entry: Codable, Sendable {
    public var dumpID: Int32
    public var listed: Bool
    public var hadDumper: Bool
    public var tableOID: UInt32
    public var oid: UInt32
    public var desc: String?
    public var tag: String?
    public var namespace: String?
    public var owner: String?
    public var section: String
    public var defn: String?
    public var dropStmt: String?
    public var copyStmt: String?
    public var tablespace: String?
    public var tableAM: String?
    public var relkind: String?
    public var withOIDs: String?
    public var dependencies: [Int32]
    public var data: DataInfo?
    public var entryOffset: Int
    /// Set when a secret was masked in defn/dropStmt.
    public var redacted: Bool?
    /// Set when some text could not be decoded from the dump's encoding without loss.
    public var lossyText: Bool?
  }

  public struct DataInfo: Codable, Sendable {
    /// Custom format: `positionSet`, `positionNotSet`.
    public var offsetState: String?
    /// Custom format: the block's offset; plain scripts: the offset of the COPY rows.
    public var offset: UInt64?
    /// Directory and tar formats: the member name from the TOC.
    public var file: String?
    /// Stored (compressed) size in bytes, where known without reading the data.
    public var storedSize: Int?
  }

  public init(_ archive: Archive, listing: TOCListing) {
    let header = archive.header
    let encoding = archive.encodingName.flatMap { PostgresEncoding(name: $0)?.name }
    func text(_ bytes: [UInt8]?) -> String? { bytes.map { DumpText.decode($0, encoding: encoding) } }
    let isArchive = archive.format != .plain
    let created = isArchive ? TOCListing.creationTimestamp(header.creationTime) : nil
    self.archive = ArchiveSummary(
      path: archive.path, format: archive.format.rawValue,
      version: isArchive ? "\(header.version.major).\(header.version.minor).\(header.version.revision)" : nil,
      intSize: isArchive ? header.intSize : nil, offSize: isArchive ? header.offSize : nil,
      compression: header.compression.algorithm.name,
      compressionLevel: header.compression.level, created: created, createdFields: header.creationTime,
      database: text(header.databaseName), serverVersion: text(header.serverVersion),
      pgDumpVersion: text(header.pgDumpVersion), encoding: encoding ?? archive.encodingName,
      standardConformingStrings: archive.standardConformingStrings, tocEntries: archive.entries.count,
      tocMember: archive.tocMember, tocEndOffset: archive.tocEndOffset,
      oldestPGRestore: isArchive ? header.version.oldestPGRestore : nil)

    let requirements = listing.selected(archive).requirements
    let sizes = archive.storedDataSizes()
    self.entries = zip(archive.entries, requirements).map { entry, requirement in
      var redacted = false
      var lossy = false
      func field(_ bytes: [UInt8]?, secret: Bool = false) -> String? {
        guard var bytes else { return nil }
        if secret {
          let result = SecretRedaction.redact(bytes)
          bytes = result.text
          redacted = redacted || result.redacted
        }
        if !DumpText.isLossless(bytes, encoding: encoding) { lossy = true }
        return DumpText.decode(bytes, encoding: encoding)
      }
      var data: DataInfo?
      switch entry.dataLocation {
      case .offset(let location) where location.flag != .noData:
        data = DataInfo(
          offsetState: location.flag == .positionSet ? "positionSet" : "positionNotSet",
          offset: location.flag == .positionSet ? location.position : nil, file: nil,
          storedSize: sizes[entry.dumpID])
      case .file(let name?):
        data = DataInfo(
          offsetState: nil, offset: nil, file: String(decoding: name, as: UTF8.self), storedSize: sizes[entry.dumpID])
      case .script(let range):
        data = DataInfo(offsetState: nil, offset: UInt64(range.lowerBound), file: nil, storedSize: Int(range.count))
      default:
        data = nil
      }
      let relkind: String? =
        entry.relkind == 0 ? nil
        : (UnicodeScalar(UInt32(bitPattern: entry.relkind)).map { String(Character($0)) } ?? String(entry.relkind))
      var result = Entry(
        dumpID: entry.dumpID, listed: requirement.isRestored, hadDumper: entry.hadDumper,
        tableOID: entry.tableOID, oid: entry.oid, desc: field(entry.desc), tag: field(entry.tag),
        namespace: field(entry.namespace), owner: field(entry.owner),
        section: entry.section?.name ?? String(entry.sectionRawValue), defn: field(entry.defn, secret: true),
        dropStmt: field(entry.dropStmt, secret: true), copyStmt: field(entry.copyStmt),
        tablespace: field(entry.tablespace), tableAM: field(entry.tableAM), relkind: relkind,
        withOIDs: field(entry.withOIDs), dependencies: entry.dependencies, data: data,
        entryOffset: entry.entryOffset)
      result.redacted = redacted ? true : nil
      result.lossyText = lossy ? true : nil
      return result
    }
  }
}
