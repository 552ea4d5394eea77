#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpArchive
import PGDumpFormat

/// The text `pg_restore -l` prints for an archive, byte for byte (pg_dump: `PrintTOCSummary`).
///
/// Names are written in the archive's own encoding, exactly as stored, with newlines and carriage
/// returns turned into spaces (`sanitize_line`).
public struct TOCListing {
  /// The pg_restore major release to imitate (15–18): 15 prints the compression level as a number,
  /// 16 and later the algorithm's name.
  public var pgRestoreMajor: Int
  /// `-v`: print every entry, each followed by its dependencies.
  public var verbose = false
  public var selection = SelectionOptions()

  public init(pgRestoreMajor: Int, verbose: Bool = false, selection: SelectionOptions = .init()) {
    self.pgRestoreMajor = pgRestoreMajor
    self.verbose = verbose
    self.selection = selection
  }

  /// pg_restore's own version string per major, printed for archives older than 1.10, which do not
  /// record pg_dump's version (`AH->archiveDumpVersion` defaults to `PG_VERSION`).
  static let pgRestoreVersionStrings = [15: "15.18", 16: "16.2", 17: "17.10", 18: "18.6"]

  /// Renders the listing.
  public func render(_ archive: Archive) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256 + archive.entries.count * 64)
    let header = archive.header
    func put(_ text: String) { out.append(contentsOf: text.utf8) }
    func put(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }

    put(";\n; Archive created at ")
    put(Self.creationTimestamp(header.creationTime))
    put("\n;     dbname: ")
    put(Self.sanitized(header.databaseName, hyphenIfEmpty: false))
    put("\n;     TOC Entries: \(archive.entries.count)\n")
    put(";     Compression: \(header.compression.listDescription(pgRestoreMajor: pgRestoreMajor))\n")
    put(";     Dump Version: \(header.version.listDescription)\n")
    put(";     Format: \(archive.format.listName)\n")
    put(";     Integer: \(header.intSize) bytes\n")
    put(";     Offset: \(header.offSize) bytes\n")
    if let server = header.serverVersion {
      put(";     Dumped from database version: ")
      put(server)
      put("\n")
    }
    if let pgDump = header.pgDumpVersion {
      put(";     Dumped by pg_dump version: ")
      put(pgDump)
      put("\n")
    } else if header.version < .v1_10 {
      put(";     Dumped by pg_dump version: \(Self.pgRestoreVersionStrings[pgRestoreMajor] ?? "\(pgRestoreMajor)")\n")
    }
    put(";\n;\n; Selected TOC Entries:\n;\n")

    let requirements = EntrySelection(options: selection).requirements(of: archive.entries)
    for (entry, requirement) in zip(archive.entries, requirements) {
      if verbose || !requirement.isDisjoint(with: [.schema, .data]) {
        put("\(entry.dumpID); \(entry.tableOID) \(entry.oid) ")
        put(entry.desc ?? Array("(null)".utf8))
        put(" ")
        put(Self.sanitized(entry.namespace, hyphenIfEmpty: true))
        put(" ")
        put(Self.sanitized(entry.tag, hyphenIfEmpty: false))
        put(" ")
        put(Self.sanitized(entry.owner, hyphenIfEmpty: false))
        put("\n")
      }
      if verbose && !entry.dependencyTexts.isEmpty {
        put(";\tdepends on:")
        for dependency in entry.dependencies { put(" \(dependency)") }
        put("\n")
      }
    }
    return out
  }

  /// NULL or empty → `-` or nothing; newlines and carriage returns → spaces (`sanitize_line`).
  static func sanitized(_ value: [UInt8]?, hyphenIfEmpty: Bool) -> [UInt8] {
    guard let value, !value.isEmpty else { return hyphenIfEmpty ? [UInt8(ascii: "-")] : [] }
    return value.map { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") ? UInt8(ascii: " ") : $0 }
  }

  /// The header's creation time as pg_restore shows it: the stored fields through `mktime` in the
  /// reader's local time zone, then `strftime("%Y-%m-%d %H:%M:%S %Z")`, "[unknown]" on failure.
  static func creationTimestamp(_ time: ArchiveHeader.CreationTime?) -> String {
    var seconds: time_t = time.map(Self.mktime) ?? -1
    var broken = tm()
    guard localtime_r(&seconds, &broken) != nil else { return "[unknown]" }
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M:%S %Z", &broken)
    guard count > 0 else { return "[unknown]" }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `mktime` of the stored fields; -1 when they do not make a time (pg_restore then warns
  /// "invalid creation date in header").
  public static func mktime(_ time: ArchiveHeader.CreationTime) -> time_t {
    func clamp(_ value: Int) -> Int32 { Int32(clamping: value) }
    var broken = tm()
    broken.tm_sec = clamp(time.second)
    broken.tm_min = clamp(time.minute)
    broken.tm_hour = clamp(time.hour)
    broken.tm_mday = clamp(time.dayOfMonth)
    broken.tm_mon = clamp(time.month)
    broken.tm_year = clamp(time.year)
    broken.tm_isdst = clamp(time.isDST)
    return Glibc.mktime(&broken)
  }
}
