import PGDumpArchive
import PGDumpCompression
import PGDumpFormat
import PGDumpSQL

/// What a file is, before anyone feeds it to the wrong tool: the answer to "unsupported version
/// (1.16) in file header", "input file appears to be a text format dump" and "could not find
/// header for file toc.dat".
public struct DumpIdentification: Codable, Sendable {
  public var schemaVersion = 1
  public var path: String
  /// `custom`, `directory`, `tar`, `plain` (pg_dump script), `dumpall` (pg_dumpall script), or `unknown`.
  public var kind: String
  /// Outer compression layers, outermost first (`["gzip"]` for `backup.dump.gz`).
  public var outerCompression: [String]
  public var archiveVersion: String?
  /// Compression of the archive's data (`gzip`, `lz4`, `zstd`, `none`).
  public var compression: String?
  public var created: String?
  public var database: String?
  public var serverVersion: String?
  public var pgDumpVersion: String?
  public var encoding: String?
  public var tocEntries: Int?
  /// The oldest pg_restore release that reads the archive.
  public var oldestPGRestore: String?
  /// For plain scripts: whether it carries `\restrict` (needs a psql from August 2025 or later).
  public var restrictKeyPresent: Bool?
  /// What to do with it.
  public var advice: String
  /// Why the kind is `unknown`, or what is damaged.
  public var problem: String?

  /// The one line for people.
  public var summary: String {
    var parts: [String] = []
    let layers = outerCompression.isEmpty ? "" : outerCompression.joined(separator: "+") + "-compressed "
    switch kind {
    case "custom", "directory", "tar":
      var what = "\(layers)\(kind) archive"
      if let archiveVersion { what += " (version \(archiveVersion)" + (compression.map { ", \($0)" } ?? "") + ")" }
      parts.append(what)
    case "plain": parts.append("\(layers)plain SQL script from pg_dump")
    case "dumpall": parts.append("\(layers)plain SQL script from pg_dumpall")
    default: parts.append("\(layers)not a PostgreSQL dump")
    }
    if let database { parts.append("database \"\(database)\"") }
    if let encoding { parts.append("encoding \(encoding)") }
    if let created { parts.append("created \(created)") }
    if let pgDumpVersion {
      parts.append("pg_dump \(pgDumpVersion)" + (serverVersion.map { " from server \($0)" } ?? ""))
    }
    if let tocEntries { parts.append("\(tocEntries) TOC entries") }
    var line = "\(path): " + parts.joined(separator: ", ")
    if let problem { line += "; \(problem)" }
    return line + "; " + advice
  }

  /// Identifies a file or directory. Errors reading a recognised archive become ``problem``;
  /// only an unreadable path throws.
  public static func identify(_ path: String) throws(ArchiveError) -> DumpIdentification {
    var result = DumpIdentification(path: path, kind: "unknown", outerCompression: [], advice: "")
    if path != "-" && FileSystem.isDirectory(path) {
      result.describeArchive(path: path) { () throws(ArchiveError) in try Archive.open(path) }
      return result
    }
    let source = try DumpSource.open(path)
    result.outerCompression = source.outerCompression.map(\.name)
    let input = source.input
    let prefix = source.prefix
    let inner = input
    if prefix.starts(with: ArchiveHeader.magic) {
      result.describeArchive(path: path) { () throws(ArchiveError) in try Archive.open(path, input: inner) }
    } else if prefix.starts(with: PlainScriptHeader.dump) || prefix.starts(with: PlainScriptHeader.dumpAll) {
      result.describePlain(prefix)
    } else if prefix.count >= TarHeader.blockSize, let tar = TarHeader(block: prefix.prefix(TarHeader.blockSize)),
      tar.isValid
    {
      result.describeArchive(path: path) { () throws(ArchiveError) in try Archive.open(path, input: inner) }
    } else {
      result.kind = "unknown"
      result.problem =
        prefix.count < 5 ? "the file is too short (\(prefix.count) bytes)" : "no PGDMP magic, tar header or pg_dump script header"
      result.advice = "not something pg_restore or psql can restore as a dump"
    }
    return result
  }

  mutating func describeArchive(path: String, _ open: () throws(ArchiveError) -> Archive) {
    do {
      let archive = try open()
      let header = archive.header
      kind = archive.format.rawValue
      archiveVersion = "\(header.version.major).\(header.version.minor)"
      compression = header.compression.algorithm.name
      created = TOCListing.creationTimestamp(header.creationTime)
      let encodingName = archive.encodingName
      database = header.databaseName.map { DumpText.decode($0, encoding: encodingName) }
      serverVersion = header.serverVersion.map { String(decoding: $0, as: UTF8.self) }
      pgDumpVersion = header.pgDumpVersion.map { String(decoding: $0, as: UTF8.self) }
      encoding = encodingName
      tocEntries = archive.entries.count
      oldestPGRestore = header.version.oldestPGRestore
      advice = "restore with pg_restore \(header.version.oldestPGRestore) or later"
      if !outerCompression.isEmpty {
        advice = "decompress it first (\(outerCompression.reversed().map { "\($0) -d" }.joined(separator: ", then "))), then " + advice
      }
    } catch {
      if error.code == .unsupportedVersion || error.code == .notAnArchive || error.code == .missingMember {
        kind = kind == "unknown" ? "unknown" : kind
      }
      problem = error.description
      advice = "the archive could not be read"
    }
  }

  mutating func describePlain(_ prefix: [UInt8]) {
    let facts = PlainScriptFacts(prefix: prefix)
    kind = facts.kind?.rawValue ?? "plain"
    serverVersion = facts.serverVersion
    pgDumpVersion = facts.pgDumpVersion
    encoding = facts.encoding
    restrictKeyPresent = facts.restrictKeyPresent
    restrictKeyPresent = restrictKeyPresent ?? false
    advice = "restore with psql" + (restrictKeyPresent == true ? " (a release from August 2025 or later, which knows \\restrict)" : "")
      + "; pg_restore cannot read plain scripts"
    if !outerCompression.isEmpty {
      advice = "decompress it and " + advice
    }
  }
}
