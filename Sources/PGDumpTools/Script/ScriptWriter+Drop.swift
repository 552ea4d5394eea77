import PGDumpArchive
import PGDumpFormat

extension ScriptWriter {
  /// `--clean`: the DROP commands of every selected entry, in reverse restore order; with `-C`
  /// only the database's (the first half of `RestoreArchive`). With `--transaction-size`, a
  /// database is dropped outside the transaction and the others count as one action each.
  func writeDropCommands() throws(ArchiveError) {
    for index in selected.order.reversed() {
      let entry = archive.entries[index]
      let isDatabase = entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES")
      if options.selection.createDatabase && !isDatabase { continue }
      guard !requirements[index].isDisjoint(with: [.schema, .data]), let drop = entry.dropStmt else { continue }
      let outsideTransaction = options.transactionSize > 0 && isDatabase
      if outsideTransaction { output.write("COMMIT;\n") }
      becomeOwner(of: entry)
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
      if outsideTransaction {
        output.write("BEGIN;\n")
        transactionCount = 0
      } else {
        countTransactionAction(separator: "COMMIT;\nBEGIN;\n")
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
}
