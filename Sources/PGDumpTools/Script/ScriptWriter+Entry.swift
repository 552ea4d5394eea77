import PGDumpArchive
import PGDumpFormat

/// The comment line prefix of an entry (`_printTocEntry`'s `pfx`, 18: `TOC_PREFIX_*`).
enum EntryPrefix: String {
  case none = ""
  case data = "Data for "
  case statistics = "Statistics for "
}

extension ScriptWriter {
  /// Restores one selected entry: its schema part, then its data part (`restore_toc_entry`
  /// without a connection). pg_restore 18 prints statistics with their own prefix (`REQ_STATS`).
  func restoreEntry(at index: Int) throws {
    let entry = archive.entries[index]
    let requirement = requirements[index]
    if selection.isStatistics(entry) {
      try printEntry(entry, prefix: .statistics)
      try output.checkFailure()
      return
    }
    var definitionPrinted = false
    if requirement.contains(.schema) {
      try printEntry(entry, prefix: .none)
      definitionPrinted = true
      // After creating a database (or setting its properties) the script connects to it.
      if entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES") { try reconnect(to: entry.tag) }
    }
    if requirement.contains(.data) {
      if entry.hadDumper {
        try printEntry(entry, prefix: .data)
        if entry.isType("BLOBS") || entry.isType("BLOB COMMENTS") {
          selectOutputSchema(Array("pg_catalog".utf8))
          if entry.isType("BLOBS") {
            try writeLargeObjects(of: entry)
          } else {
            try copyData(of: entry)
          }
        } else {
          selectOutputSchema(entry.namespace)
          if let copy = entry.copyStmt, !copy.isEmpty { output.write(copy) }
          try copyData(of: entry)
        }
      } else if !definitionPrinted {
        try printEntry(entry, prefix: .none)
      }
    }
    try output.checkFailure()
  }

  /// Copies an entry's data as it is stored: COPY rows with their `\.` line, or INSERT commands
  /// (the format's `PrintTocDataPtr` writing through `ahwrite`).
  func copyData(of entry: TOCEntry) throws {
    let output = self.output
    try archive.readData(of: entry) { event in
      if case .bytes(let bytes) = event { output.write(bytes) }
    }
  }

  /// The comment block, the definition and the ownership of one entry (`_printTocEntry`).
  func printEntry(_ entry: TOCEntry, prefix: EntryPrefix) throws(ArchiveError) {
    selectOutputSchema(entry.namespace)
    selectTablespace(entry.tablespace)
    if entry.relkind != Self.relkindPartitionedTable { selectTableAccessMethod(entry.tableAM) }

    output.write("--\n-- \(prefix.rawValue)Name: ")
    writeSanitized(entry.tag, hyphenIfNull: false)
    output.write("; Type: ")
    if let desc = entry.desc { output.write(desc) } else { output.write("(null)") }
    output.write("; Schema: ")
    writeSanitized(entry.namespace, hyphenIfNull: true)
    output.write("; Owner: ")
    writeSanitized(options.noOwner ? nil : entry.owner, hyphenIfNull: true)
    if let tablespace = entry.tablespace, !tablespace.isEmpty, !options.noTablespaces {
      output.write("; Tablespace: ")
      writeSanitized(tablespace, hyphenIfNull: false)
    }
    output.write("\n--\n\n")

    let defn = entry.defn ?? []
    if options.noOwner && entry.isType("SCHEMA") && !defn.starts(with: "--".utf8) {
      // Old pg_dumps put AUTHORIZATION into CREATE SCHEMA; without owners, write it bare.
      output.write("CREATE SCHEMA ")
      output.write(quoting.identifier(entry.tag ?? []))
      output.write(";\n\n\n")
    } else if entry.isType("BLOB METADATA") {
      writeCommandPerLargeObject(entry, prefix: "SELECT pg_catalog.lo_create('", suffix: "')")
    } else if entry.isType("ACL") && entry.tagHasPrefix("LARGE OBJECTS") {
      try writeACLPerLargeObject(entry)
    } else if !defn.isEmpty {
      output.write(defn)
      output.write("\n\n")
    }

    try writeOwnership(of: entry)

    // A partitioned table's access method needs ALTER TABLE once the table exists.
    if entry.relkind == Self.relkindPartitionedTable, !options.noTableAccessMethod, let method = entry.tableAM {
      output.write("ALTER TABLE ")
      output.write(quoting.qualified(entry.namespace, entry.tag ?? []))
      output.write(" SET ACCESS METHOD ")
      output.write(quoting.identifier(method))
      output.write(";\n\n")
    }
  }

  /// pg_class.relkind 'p' (`RELKIND_PARTITIONED_TABLE`).
  static let relkindPartitionedTable = Int32(UInt8(ascii: "p"))

  /// A name in a comment (`sanitize_line`): newlines and carriage returns become spaces; NULL
  /// prints as `-` or nothing, an empty string as nothing.
  func writeSanitized(_ value: [UInt8]?, hyphenIfNull: Bool) {
    guard let value else {
      if hyphenIfNull { output.write(byte: UInt8(ascii: "-")) }
      return
    }
    if !value.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      output.write(value)
      return
    }
    output.write(value.map { $0 == 0x0A || $0 == 0x0D ? UInt8(ascii: " ") : $0 })
  }

  /// `SET search_path` for archives without a SEARCHPATH entry (`_selectOutputSchema`).
  func selectOutputSchema(_ schema: [UInt8]?) {
    guard searchPath == nil, let schema, !schema.isEmpty, schema != currentSchema else { return }
    output.write("SET search_path = ")
    output.write(quoting.identifier(schema))
    if schema != Array("pg_catalog".utf8) { output.write(", pg_catalog") }
    output.write(";\n\n")
    currentSchema = schema
  }

  /// `SET default_tablespace` when it changes; empty means the database default (`_selectTablespace`).
  func selectTablespace(_ tablespace: [UInt8]?) {
    guard !options.noTablespaces, let tablespace, tablespace != currentTablespace else { return }
    if tablespace.isEmpty {
      output.write("SET default_tablespace = ''")
    } else {
      output.write("SET default_tablespace = ")
      output.write(quoting.identifier(tablespace))
    }
    output.write(";\n\n")
    currentTablespace = tablespace
  }

  /// `SET default_table_access_method` when it changes (`_selectTableAccessMethod`).
  func selectTableAccessMethod(_ method: [UInt8]?) {
    guard !options.noTableAccessMethod, let method, method != currentTableAccessMethod else { return }
    output.write("SET default_table_access_method = ")
    output.write(quoting.identifier(method))
    output.write(";\n\n")
    currentTableAccessMethod = method
  }

  /// `--clean`: the DROP commands of every selected entry, in reverse TOC order; with `-C` only
  /// the database's (the first half of `RestoreArchive`).
  func writeDropCommands() throws(ArchiveError) {
    for index in archive.entries.indices.reversed() {
      let entry = archive.entries[index]
      let isDatabase = entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES")
      if options.selection.createDatabase && !isDatabase { continue }
      guard isSelected(index), !selection.isStatistics(entry), let drop = entry.dropStmt else { continue }
      selectOutputSchema(entry.namespace)
      if entry.isType("BLOB METADATA") {
        if options.ifExists {
          writeCommandPerLargeObject(
            entry, prefix: "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '",
            suffix: "'")
        } else {
          writeCommandPerLargeObject(entry, prefix: "SELECT pg_catalog.lo_unlink('", suffix: "')")
        }
      } else if !drop.isEmpty {
        if !options.ifExists || drop.starts(with: "--".utf8) {
          output.write(drop)
        } else if entry.isType("BLOB") {
          writeDropLargeObjectIfExists(entry.oid)
        } else {
          output.write(dropWithIfExists(entry, drop))
        }
      }
      try output.checkFailure()
    }
    // The schemas may be gone now; set search_path again when next needed.
    currentSchema = nil
  }

  /// A DROP command with IF EXISTS injected after the object type (`RestoreArchive`): after
  /// `ALTER TABLE`, and after `DROP <desc>` (`DROP CONSTRAINT` for constraints); DEFAULT,
  /// DATABASE PROPERTIES and `CREATE OR REPLACE VIEW` commands stay as they are.
  func dropWithIfExists(_ entry: TOCEntry, _ drop: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var rest = drop[...]
    let alterTable = Array("ALTER TABLE".utf8)
    if rest.starts(with: alterTable) {
      result += Array("ALTER TABLE IF EXISTS".utf8)
      rest = rest.dropFirst(alterTable.count)
    }
    if entry.isType("DEFAULT") || entry.isType("DATABASE PROPERTIES")
      || rest.starts(with: "CREATE OR REPLACE VIEW".utf8)
    {
      result += rest
      return result
    }
    var marker: [UInt8]
    if entry.isType("CONSTRAINT") || entry.isType("CHECK CONSTRAINT") || entry.isType("FK CONSTRAINT") {
      marker = Array("DROP CONSTRAINT".utf8)
    } else {
      // snprintf into a 40-byte buffer: at most 39 bytes of "DROP <desc>".
      marker = Array(("DROP ".utf8 + (entry.desc ?? [])).prefix(39))
    }
    if let found = Self.firstRange(of: marker, in: rest) {
      result += rest[..<found.lowerBound]
      result += marker
      result += Array(" IF EXISTS".utf8)
      result += rest[found.upperBound...]
    } else {
      warn("could not find where to insert IF EXISTS in statement \"\(String(decoding: drop, as: UTF8.self))\"")
      result += rest
    }
    return result
  }

  /// The first occurrence of `needle` in `haystack` (`strstr`).
  static func firstRange(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? haystack.startIndex..<haystack.startIndex : nil }
    var start = haystack.startIndex
    while start + needle.count <= haystack.endIndex {
      if haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle) {
        return start..<(start + needle.count)
      }
      start += 1
    }
    return nil
  }
}
