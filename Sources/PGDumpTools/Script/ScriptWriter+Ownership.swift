import PGDumpArchive
import PGDumpFormat

extension ScriptWriter {
  /// `ALTER … OWNER TO` after an entry's definition, unless `--no-owner`, or
  /// `--use-set-session-authorization` except for a schema created by a comment (`public`); only
  /// for entries with both an owner and a DROP command (the second half of `_printTocEntry`).
  /// BLOB METADATA gets one command per large object.
  func writeOwnership(of entry: TOCEntry) throws(ArchiveError) {
    guard !options.noOwner, let owner = entry.owner, !owner.isEmpty, let drop = entry.dropStmt, !drop.isEmpty
    else { return }
    if options.useSetSessionAuthorization
      && !(entry.isType("SCHEMA") && (entry.defn ?? []).starts(with: "--".utf8))
    {
      return
    }
    let quotedOwner = quoting.identifier(owner)
    if entry.isType("BLOB METADATA") {
      writeCommandPerLargeObject(entry, prefix: "ALTER LARGE OBJECT ", suffix: Array(" OWNER TO ".utf8) + quotedOwner)
      return
    }
    guard let object = try objectDescription(of: entry) else { return }
    output.write("ALTER ")
    output.write(object)
    output.write(" OWNER TO ")
    output.write(quotedOwner)
    output.write(";\n\n")
  }

  /// The object an `ALTER … OWNER TO` names, or nil for types without a separate owner
  /// (`_getObjectDescription`).
  ///
  /// pg_restore 15 names views, materialized views and sequences `TABLE`; 16 and later use their
  /// own type. Functions and operators take their signature from the DROP command. An unknown
  /// type is a warning in 15 and a fatal error from 16 on.
  func objectDescription(of entry: TOCEntry) throws(ArchiveError) -> [UInt8]? {
    var type = entry.desc ?? []
    if options.pgRestoreMajor <= 15,
      entry.isType("VIEW") || entry.isType("SEQUENCE") || entry.isType("MATERIALIZED VIEW")
    {
      type = Array("TABLE".utf8)
    }
    let typeName = String(decoding: type, as: UTF8.self)
    if Self.namedOwnerTypes.contains(typeName) {
      var result = type + [UInt8(ascii: " ")]
      if let namespace = entry.namespace, !namespace.isEmpty {
        result += quoting.identifier(namespace) + [UInt8(ascii: ".")]
      }
      return result + quoting.identifier(entry.tag ?? [])
    }
    if typeName == "BLOB" {
      // Large objects have numeric names, so no fmtId.
      return Array("LARGE OBJECT ".utf8) + (entry.tag ?? [])
    }
    if Self.signatureOwnerTypes.contains(typeName) {
      // The DROP command without "DROP " and without trailing ';' and newlines.
      var signature = Array((entry.dropStmt ?? []).dropFirst(5))
      while let last = signature.last, last == 0x0A || last == UInt8(ascii: ";") { signature.removeLast() }
      return signature
    }
    if Self.ownerlessTypes.contains(typeName) { return nil }
    let message = "don't know how to set owner for object type \"\(typeName)\""
    if options.pgRestoreMajor <= 15 {
      warn(message)
      return nil
    }
    throw ArchiveError(
      Self.scriptErrorCode, message, file: archive.path,
      entry: .init(
        index: indexByDumpID[entry.dumpID] ?? 0, dumpID: entry.dumpID, desc: entry.descText,
        tag: entry.tag.map { String(decoding: $0, as: UTF8.self) }))
  }

  /// Types named `<type> [schema.]name` (`_getObjectDescription`'s first group).
  static let namedOwnerTypes: Set<String> = [
    "COLLATION", "CONVERSION", "DOMAIN", "FOREIGN TABLE", "MATERIALIZED VIEW", "SEQUENCE", "STATISTICS", "TABLE",
    "TEXT SEARCH DICTIONARY", "TEXT SEARCH CONFIGURATION", "TYPE", "VIEW",
    // Objects not in a schema.
    "DATABASE", "PROCEDURAL LANGUAGE", "SCHEMA", "EVENT TRIGGER", "FOREIGN DATA WRAPPER", "SERVER", "PUBLICATION",
    "SUBSCRIPTION",
  ]

  /// Types whose owner command takes the signature from the DROP command.
  static let signatureOwnerTypes: Set<String> = [
    "AGGREGATE", "FUNCTION", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY", "PROCEDURE",
  ]

  /// Types without a separate owner.
  static let ownerlessTypes: Set<String> = [
    "CAST", "CHECK CONSTRAINT", "CONSTRAINT", "DATABASE PROPERTIES", "DEFAULT", "FK CONSTRAINT", "INDEX", "RULE",
    "TRIGGER", "ROW SECURITY", "POLICY", "USER MAPPING",
  ]
}
