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
    func put(_ text: String) { out.append(contentsOf: text.utf8) }

    if archive.format == .plain {
      renderPlainHeader(archive, into: &out)
    } else {
      renderArchiveHeader(archive, into: &out)
    }
    put(";\n;\n; Selected TOC Entries:\n;\n")

    let selected = self.selected(archive)
    archive.entries.withUnsafeBufferPointer { entries in
      for index in selected.order {
        let entry = entries[index]
        if verbose || selected.isRestored(index) {
          Self.appendDecimal(Int64(entry.dumpID), to: &out)
          out.append(UInt8(ascii: ";"))
          out.append(UInt8(ascii: " "))
          Self.appendDecimal(Int64(entry.tableOID), to: &out)
          out.append(UInt8(ascii: " "))
          Self.appendDecimal(Int64(entry.oid), to: &out)
          out.append(UInt8(ascii: " "))
          if let desc = entry.desc { out.append(contentsOf: desc) } else { put("(null)") }
          out.append(UInt8(ascii: " "))
          Self.appendSanitized(entry.namespace, hyphenIfEmpty: true, to: &out)
          out.append(UInt8(ascii: " "))
          Self.appendSanitized(entry.tag, hyphenIfEmpty: false, to: &out)
          out.append(UInt8(ascii: " "))
          Self.appendSanitized(entry.owner, hyphenIfEmpty: false, to: &out)
          out.append(UInt8(ascii: "\n"))
        }
        if verbose && !entry.dependencyTexts.isEmpty {
          put(";\tdepends on:")
          for dependency in entry.dependencies { put(" \(dependency)") }
          put("\n")
        }
      }
    }
    return out
  }

  /// What the listing selects, in its order: the selection options with this listing's
  /// pg_restore major (`PrintTOCSummary` marks entries with `_tocEntryRequired` as it prints
  /// them, after `SortTocFromFile` reordered them for `-L`). ``Selection/strictNamesFailure`` is
  /// the error pg_restore reports after printing.
  public func selected(_ archive: Archive) -> Selection {
    var options = selection
    options.pgRestoreMajor = pgRestoreMajor
    return EntrySelection(options: options).select(archive.entries, keepsMarks: pgRestoreMajor != 16)
  }

  /// pg_restore's header lines (`PrintTOCSummary`).
  func renderArchiveHeader(_ archive: Archive, into out: inout [UInt8]) {
    let header = archive.header
    func put(_ text: String) { out.append(contentsOf: text.utf8) }
    func put(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }
    put(";\n; Archive created at ")
    put(Self.creationTimestamp(header.creationTime))
    put("\n;     dbname: ")
    Self.appendSanitized(header.databaseName, hyphenIfEmpty: false, to: &out)
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
  }

  /// A plain script has no archive header; the listing says what it is and what its comments
  /// record, in the same layout (pg_restore itself refuses plain scripts).
  func renderPlainHeader(_ archive: Archive, into out: inout [UInt8]) {
    let header = archive.header
    func put(_ text: String) { out.append(contentsOf: text.utf8) }
    put(";\n; Plain-format dump (SQL script), listed by pgdumpkit\n")
    put(";     TOC Entries: \(archive.entries.count)\n")
    put(";     Format: PLAIN\n")
    if let server = header.serverVersion {
      put(";     Dumped from database version: ")
      out.append(contentsOf: server)
      put("\n")
    }
    if let pgDump = header.pgDumpVersion {
      put(";     Dumped by pg_dump version: ")
      out.append(contentsOf: pgDump)
      put("\n")
    }
  }

  /// Appends `value` in decimal without going through String.
  static func appendDecimal(_ value: Int64, to out: inout [UInt8]) {
    var magnitude = value.magnitude
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      for index in stride(from: count - 1, through: 0, by: -1) { out.append(raw[index]) }
    }
  }

  /// Appends a name the way `sanitize_line` prints it: NULL or empty → `-` (schema) or nothing;
  /// newlines and carriage returns → spaces.
  static func appendSanitized(_ value: [UInt8]?, hyphenIfEmpty: Bool, to out: inout [UInt8]) {
    guard let value, !value.isEmpty else {
      if hyphenIfEmpty { out.append(UInt8(ascii: "-")) }
      return
    }
    if !value.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      out.append(contentsOf: value)
      return
    }
    for byte in value { out.append(byte == 0x0A || byte == 0x0D ? UInt8(ascii: " ") : byte) }
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
