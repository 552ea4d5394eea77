import PGDumpArchive
import PGDumpFormat

extension ScriptWriter {
  /// Writes a BLOBS entry's large objects as `lo_open`/`lowrite`/`lo_close` calls inside
  /// BEGIN/COMMIT (none with `-1` or `--transaction-size`): the formats' `_LoadLOs` with `StartRestoreLOs`,
  /// `StartRestoreLO`, `EndRestoreLO` and `EndRestoreLOs`. An entry whose data the TOC marks as
  /// absent prints nothing.
  func writeLargeObjects(of entry: TOCEntry) throws {
    guard Self.hasData(entry) else { return }
    let ownTransaction = !(options.singleTransaction || options.transactionSize > 0)
    if ownTransaction { output.write("BEGIN;\n\n") }
    // Archives before 1.12 create each object here, after dropping it with --clean.
    let oldStyle = archive.header.version < .v1_12
    try archive.readData(of: entry) { event in
      switch event {
      case .startLargeObject(let oid):
        largeObjectBuffer.removeAll(keepingCapacity: true)
        if oldStyle && options.clean { writeDropLargeObjectIfExists(oid) }
        if oldStyle {
          output.write("SELECT pg_catalog.lo_open(pg_catalog.lo_create('\(oid)'), 131072);\n")
        } else {
          output.write("SELECT pg_catalog.lo_open('\(oid)', 131072);\n")
        }
      case .bytes(let bytes):
        appendLargeObjectBytes(bytes)
      case .endLargeObject:
        if !largeObjectBuffer.isEmpty { writeLargeObjectBuffer() }
        output.write("SELECT pg_catalog.lo_close(0);\n\n")
      }
    }
    if ownTransaction { output.write("COMMIT;\n\n") }
  }

  /// Whether the TOC says the entry's data exists (custom: an offset flag other than
  /// `K_OFFSET_NO_DATA`; directory and tar: a file name).
  static func hasData(_ entry: TOCEntry) -> Bool {
    switch entry.dataLocation {
    case .offset(let location): location.flag != .noData
    case .file(let name): name != nil
    case .script: true
    }
  }

  /// Collects object bytes in the 16 KB buffer, writing a `lowrite` each time more arrives than
  /// fits (`ahwrite` in `writingLO` mode): every call but the last carries exactly 16384 bytes.
  func appendLargeObjectBytes(_ bytes: UnsafeRawBufferPointer) {
    var rest = bytes[...]
    while largeObjectBuffer.count + rest.count > Self.largeObjectBufferSize {
      let room = Self.largeObjectBufferSize - largeObjectBuffer.count
      largeObjectBuffer.append(contentsOf: rest.prefix(room))
      rest = rest.dropFirst(room)
      writeLargeObjectBuffer()
    }
    largeObjectBuffer.append(contentsOf: rest)
  }

  /// One `lowrite` with the buffer as a hex bytea literal (`dump_lo_buf`, `appendByteaLiteral`):
  /// `'\x…'`, with the backslash doubled (`'\\x…'`, no `E`) when standard_conforming_strings is off.
  func writeLargeObjectBuffer() {
    output.write(standardStrings ? "SELECT pg_catalog.lowrite(0, '\\x" : "SELECT pg_catalog.lowrite(0, '\\\\x")
    largeObjectBuffer.withUnsafeBytes { output.writeHex($0) }
    output.write("');\n")
    largeObjectBuffer.removeAll(keepingCapacity: true)
  }

  /// `DropLOIfExists` without a connection (assumes a 9.0+ server).
  func writeDropLargeObjectIfExists(_ oid: UInt32) {
    output.write(
      "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '\(oid)';\n")
  }

  /// One command per OID listed in a BLOB METADATA definition (one per line; a last line without
  /// a newline is not used), then a blank line (`IssueCommandPerBlob`); with
  /// `--transaction-size` each command counts as an action.
  func writeCommandPerLargeObject(_ entry: TOCEntry, prefix: String, suffix: String) {
    writeCommandPerLargeObject(entry, prefix: Array(prefix.utf8), suffix: Array(suffix.utf8))
  }

  func writeCommandPerLargeObject(_ entry: TOCEntry, prefix: String, suffix: [UInt8]) {
    writeCommandPerLargeObject(entry, prefix: Array(prefix.utf8), suffix: suffix)
  }

  func writeCommandPerLargeObject(_ entry: TOCEntry, prefix: [UInt8], suffix: [UInt8]) {
    let defn = entry.defn ?? []
    var start = defn.startIndex
    while let newline = defn[start...].firstIndex(of: 0x0A) {
      output.write(prefix)
      output.write(defn[start..<newline])
      output.write(suffix)
      output.write(";\n")
      countTransactionAction(separator: "COMMIT;\nBEGIN;\n\n")
      start = newline + 1
    }
    output.write("\n")
  }

  /// An ACL entry for a group of large objects (tag `LARGE OBJECTS a..b`, 17+) holds the
  /// GRANT/REVOKE commands once, for the group's first OID; each command is repeated for every
  /// object of the BLOB METADATA entry it depends on (`IssueACLPerBlob`).
  ///
  /// Each command is split after `LARGE OBJECT ` + OID (outside double quotes) and at its
  /// semicolon; white space after a semicolon is skipped.
  func writeACLPerLargeObject(_ entry: TOCEntry) throws(ArchiveError) {
    let first = entry.dependencies.first ?? 0
    guard let index = indexByDumpID[first] else {
      throw ArchiveError(Self.scriptErrorCode, "could not find entry for ID \(first)", file: archive.path)
    }
    let metadata = archive.entries[index]
    let defn = entry.defn ?? []
    let marker = Array("LARGE OBJECT ".utf8)
    var inQuotes = false
    var start = defn.startIndex
    var position = defn.startIndex
    var firstHalf: ArraySlice<UInt8>?
    var secondHalfStart: Int?
    while position < defn.endIndex, defn[position] != 0 {
      let byte = defn[position]
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if inQuotes {
        position += 1
        continue
      }
      if defn[position...].starts(with: marker) {
        // The first half ends after the marker; the OID's first digit is overwritten by the
        // terminator and its other digits skipped.
        position += marker.count
        firstHalf = defn[start..<position]
        position += 1
        while position < defn.endIndex, Self.isDigit(defn[position]) { position += 1 }
        secondHalfStart = position
      } else if byte == UInt8(ascii: ";") {
        let secondHalf = secondHalfStart.map { defn[$0..<position] } ?? ArraySlice("(null)".utf8)
        writeCommandPerLargeObject(
          metadata, prefix: Array(firstHalf ?? defn[start..<position]), suffix: Array(secondHalf))
        position += 1
        while position < defn.endIndex, Self.isSpace(defn[position]) { position += 1 }
        start = position
        firstHalf = nil
        secondHalfStart = nil
      } else {
        position += 1
      }
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  /// `isspace` in the C locale.
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
