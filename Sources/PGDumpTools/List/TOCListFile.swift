#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpFormat

/// A `pg_restore -L` list file: which entries to restore, and in which order
/// (pg_backup_archiver.c `SortTocFromFile`).
///
/// Each line is read up to its first `;` (the rest is a comment); lines that are then blank are
/// skipped; otherwise the line must start with a dump ID (`strtol`, leading white space allowed,
/// anything after the number ignored). A line without a number, with an ID ≤ 0 or beyond the
/// archive's largest, or with an ID already listed is a warning `line ignored: …`; an ID in range
/// that no entry has is fatal.
public struct TOCListFile: Sendable, Hashable {
  /// The selected dump IDs, in the file's order (``SelectionOptions/useList``).
  public var dumpIDs: [Int32]
  /// pg_restore's warnings, in order, each without its final newline.
  public var warnings: [String]

  /// The code of errors about the list and filter files and `--strict-names`: pg_restore's
  /// refusals of the options, not damage to the archive.
  public static let errorCode = ArchiveError.Code(rawValue: "restoreOption")

  /// Parses `bytes` against the archive's entries.
  /// - Throws: ``ArchiveError`` `could not find entry for ID %d`.
  public init(parsing bytes: [UInt8], entries: [TOCEntry], path: String? = nil) throws(ArchiveError) {
    let maxDumpID = entries.reduce(Int32(0)) { max($0, $1.dumpID) }
    let present = Set(entries.map(\.dumpID))
    var seen = Set<Int32>()
    dumpIDs = []
    warnings = []
    var start = bytes.startIndex
    while start < bytes.endIndex {
      // pg_get_line_buf: one line with its newline.
      let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
      var line = bytes[start..<end]
      start = end
      // The C string stops at a NUL; the comment cut uses strchr on it, the blank test the length.
      let text = line.prefix { $0 != 0 }
      if let semicolon = text.firstIndex(of: UInt8(ascii: ";")) { line = line[..<semicolon] }
      let cString = line.prefix { $0 != 0 }
      let blank = cString.prefix { [0x20, 0x09, 0x0D, 0x0A].contains($0) }.count
      if blank == line.count { continue }

      let parsed = Self.strtol(cString)
      let id = parsed.map { Int32(truncatingIfNeeded: $0) }
      guard let id, id > 0, id <= maxDumpID, !seen.contains(id) else {
        var message = Array(cString)
        if message.last == 0x0A { message.removeLast() }
        warnings.append("line ignored: " + String(decoding: message, as: UTF8.self))
        continue
      }
      guard present.contains(id) else {
        throw ArchiveError(Self.errorCode, "could not find entry for ID \(id)", file: path)
      }
      seen.insert(id)
      dumpIDs.append(id)
    }
  }

  /// Reads and parses the list file at `path`.
  /// - Throws: ``ArchiveError`` `could not open TOC file "%s": %m`, or a parse error.
  public init(path: String, entries: [TOCEntry]) throws(ArchiveError) {
    guard let bytes = Self.readFile(path) else {
      throw ArchiveError(
        .io, "could not open TOC file \"\(path)\": \(String(cString: strerror(errno)))", file: path)
    }
    try self.init(parsing: bytes, entries: entries, path: path)
  }

  /// `strtol(…, 10)` as a 64-bit `long`: leading `isspace`, an optional sign, decimal digits,
  /// saturating at the limits; nil when no digit follows.
  static func strtol(_ text: ArraySlice<UInt8>) -> Int64? {
    var index = text.startIndex
    while index < text.endIndex, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(text[index]) { index += 1 }
    var negative = false
    if index < text.endIndex, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
      negative = text[index] == UInt8(ascii: "-")
      index += 1
    }
    var value: Int64 = 0
    var digits = 0
    var overflow = false
    while index < text.endIndex, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") {
      let digit = Int64(text[index] - UInt8(ascii: "0"))
      let (times, o1) = value.multipliedReportingOverflow(by: 10)
      let (plus, o2) = times.addingReportingOverflow(negative ? -digit : digit)
      if o1 || o2 { overflow = true } else { value = plus }
      digits += 1
      index += 1
    }
    guard digits > 0 else { return nil }
    if overflow { return negative ? Int64.min : Int64.max }
    return value
  }

  /// The whole file, or nil with `errno` set when it cannot be opened or read.
  static func readFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    return readDescriptor(fd)
  }

}
