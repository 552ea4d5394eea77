import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// `pgdumpkit data`: one table's rows out of any dump, as COPY text exactly as stored or as CSV.
public enum TableData {
  /// Finds the TABLE DATA entry of `table` (in `schema`, when given). The names are compared
  /// exactly as pg_restore's `-t`/`-n` do (case-sensitive, as stored in the TOC).
  public static func entry(in archive: Archive, table: String, schema: String?) throws(ArchiveError) -> TOCEntry {
    let matches = archive.entries.filter { entry in
      entry.isType("TABLE DATA") && entry.tag == Array(table.utf8)
        && (schema == nil || entry.namespace == schema.map { Array($0.utf8) })
    }
    if matches.count == 1, let entry = matches.first { return entry }
    if matches.isEmpty {
      throw ArchiveError(
        .malformed, "table \"\(table)\"\(schema.map { " in schema \"\($0)\"" } ?? "") has no data in the dump",
        hint: "list the dump's TABLE DATA entries with \"pgdumpkit list\"")
    }
    let schemas = matches.map { String(decoding: $0.namespace ?? [], as: UTF8.self) }
    throw ArchiveError(
      .malformed, "table name \"\(table)\" is in several schemas: \(schemas.joined(separator: ", "))",
      hint: "choose one with -n SCHEMA")
  }

  /// Streams the entry's rows (without the `\.` line and what follows it) through `body`.
  /// Memory: one data chunk; rows are never collected.
  public static func rows(
    of entry: TOCEntry, in archive: Archive, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    var cutter = EndMarkerCutter()
    try archive.readData(of: entry) { event in
      guard case .bytes(let chunk) = event, !cutter.ended else { return }
      try cutter.pass(chunk, body)
    }
  }

  /// Passes COPY data through up to the line that is exactly `\.`.
  struct EndMarkerCutter {
    private(set) var ended = false
    /// Whether the next byte starts a line.
    private var atLineStart = true
    /// A `\` or `\.` held back at the end of a chunk, until we know whether it is the marker.
    private var held: [UInt8] = []

    mutating func pass(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
      var bytes = held + Array(chunk)
      held = []
      var start = 0
      var index = 0
      while index < bytes.count {
        if atLineStart {
          let rest = bytes.count - index
          if rest < 3 && bytes[index] == 0x5C && (rest == 1 || bytes[index + 1] == 0x2E) {
            held = Array(bytes[index...])
            bytes.removeLast(rest)
            break
          }
          if rest >= 3 && bytes[index] == 0x5C && bytes[index + 1] == 0x2E
            && (bytes[index + 2] == 0x0A || (bytes[index + 2] == 0x0D && rest >= 4 && bytes[index + 3] == 0x0A))
          {
            try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<index])) }
            ended = true
            return
          }
        }
        guard let newline = bytes[index...].firstIndex(of: 0x0A) else {
          atLineStart = false
          index = bytes.count
          break
        }
        index = newline + 1
        atLineStart = true
      }
      if start < bytes.count {
        try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<bytes.count])) }
      }
      start = bytes.count
    }
  }

  /// The column names of the entry's COPY statement, as bytes in the dump's encoding.
  public static func columns(of entry: TOCEntry, dialect: SQLDialect = SQLDialect()) -> [[UInt8]]? {
    entry.copyStmt.flatMap { CopyStatement($0, dialect: dialect)?.columnBytes }
  }
}
