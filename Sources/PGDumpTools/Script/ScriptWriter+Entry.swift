import PGDumpArchive
import PGDumpFormat

/// The comment line prefix of an entry (`_printTocEntry`'s `pfx`, 18: `TOC_PREFIX_*`).
enum EntryPrefix: String {
  case none = ""
  case data = "Data for "
  case statistics = "Statistics for "
}

extension ScriptWriter {
  /// Restores one selected entry: its schema part, then its data part, then (18) its statistics
  /// (`restore_toc_entry` without a connection), counting it against `--transaction-size`.
  func restoreEntry(at index: Int) throws {
    let entry = archive.entries[index]
    let requirement = requirements[index]
    var definitionPrinted = false
    if requirement.contains(.schema) {
      let isDatabase = entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES")
      // CREATE DATABASE cannot run inside the --transaction-size transaction.
      if isDatabase && options.transactionSize > 0 { output.write("COMMIT;\n\n") }
      try printEntry(entry, prefix: .none)
      definitionPrinted = true
      // After creating a database (or setting its properties) the script connects to it.
      if isDatabase { try reconnect(to: entry.tag) }
    }
    if requirement.contains(.data) {
      if entry.hadDumper {
        try printEntry(entry, prefix: .data)
        try advanceTarPosition(to: index)
        if entry.isType("BLOBS") || entry.isType("BLOB COMMENTS") {
          selectOutputSchema(Array("pg_catalog".utf8))
          if entry.isType("BLOBS") {
            try writeLargeObjects(of: entry)
          } else {
            try copyData(of: entry)
          }
        } else {
          disableTriggersIfNecessary(entry)
          becomeOwner(of: entry)
          selectOutputSchema(entry.namespace)
          if let copy = entry.copyStmt, !copy.isEmpty { output.write(copy) }
          try copyData(of: entry)
          enableTriggersIfNecessary(entry)
        }
      } else if !definitionPrinted {
        try printEntry(entry, prefix: .none)
      }
    }
    if requirement.contains(.statistics) { try printEntry(entry, prefix: .statistics) }
    if requirement.isRestored { countTransactionAction(separator: "COMMIT;\nBEGIN;\n\n") }
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
    becomeOwner(of: entry)
    selectOutputSchema(entry.namespace)
    selectTablespace(entry.tablespace)
    if entry.relkind != Self.relkindPartitionedTable { selectTableAccessMethod(entry.tableAM) }

    output.write("--\n")
    if options.verbose { writeVerboseIdentity(of: entry) }
    output.write("-- \(prefix.rawValue)Name: ")
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
    output.write("\n")
    if options.verbose { writeVerboseLocation(of: entry) }
    output.write("--\n\n")

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
      countStatements(of: entry, defn)
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
    // An ACL may hold SET SESSION AUTHORIZATION commands: the session user is unknown after it.
    if entry.isType("ACL") || entry.isType("ACL LANGUAGE") || entry.isType("DEFAULT ACL") { currentUser = nil }
  }

  /// `-v`: `-- TOC entry <id> (class <tableoid> OID <oid>)` and `-- Dependencies: …` at the top
  /// of the comment block (`_printTocEntry`).
  func writeVerboseIdentity(of entry: TOCEntry) {
    output.write("-- TOC entry \(entry.dumpID) (class \(entry.tableOID) OID \(entry.oid))\n")
    let dependencies = entry.dependencies
    guard !dependencies.isEmpty else { return }
    output.write("-- Dependencies:")
    for dependency in dependencies { output.write(" \(dependency)") }
    output.write("\n")
  }

  /// `-v`: where the data is, after the name line (the formats' `_PrintExtraToc`): the custom
  /// format's `-- Data Pos: <offset>`, the directory and tar formats' `-- File: <name>`.
  func writeVerboseLocation(of entry: TOCEntry) {
    switch entry.dataLocation {
    case .offset(let location):
      output.write("-- Data Pos: \(Int64(bitPattern: location.position))\n")
    case .file(let name?):
      output.write("-- File: ")
      output.write(name)
      output.write("\n")
    case .file(nil), .script:
      break
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
