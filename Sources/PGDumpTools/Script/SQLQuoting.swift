/// The SQL and psql quoting pg_restore applies when it writes names into a script
/// (fe_utils/string_utils.c: `fmtId`, `fmtQualifiedId`, `appendConnStrVal`,
/// `appendPsqlMetaConnect`; `appendByteaLiteral` is ``ScriptOutput/writeHex(_:)``), on raw bytes of the dump's encoding.
struct SQLQuoting {
  /// Words quoted as identifiers by this pg_restore major.
  let keywords: Set<[UInt8]>

  init(pgRestoreMajor major: Int) {
    var words = QuotedKeywords.pg15
    if major >= 16 { words += QuotedKeywords.added16 }
    if major >= 17 { words += QuotedKeywords.added17 }
    keywords = Set(words.map { Array($0.utf8) })
  }

  /// `fmtId`: the name as is when it is a lower-case identifier (`[a-z_][a-z0-9_]*`) and not a
  /// keyword of a category other than unreserved; else double-quoted with `"` doubled.
  func identifier(_ name: [UInt8]) -> [UInt8] {
    var plain = !name.isEmpty
    for (index, byte) in name.enumerated() {
      let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
      let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      if !(isLower || byte == UInt8(ascii: "_") || (index > 0 && isDigit)) {
        plain = false
        break
      }
    }
    if plain && !keywords.contains(name) { return name }
    var quoted: [UInt8] = [UInt8(ascii: "\"")]
    quoted.reserveCapacity(name.count + 2)
    for byte in name {
      if byte == UInt8(ascii: "\"") { quoted.append(byte) }
      quoted.append(byte)
    }
    quoted.append(UInt8(ascii: "\""))
    return quoted
  }

  /// `fmtQualifiedId`: `schema.name`, the schema left out when null or empty.
  func qualified(_ schema: [UInt8]?, _ name: [UInt8]) -> [UInt8] {
    guard let schema, !schema.isEmpty else { return identifier(name) }
    return identifier(schema) + [UInt8(ascii: ".")] + identifier(name)
  }

  /// `appendConnStrVal`: a connection-string value, single-quoted with `\` before `'` and `\`
  /// unless it is made only of `[A-Za-z0-9_.]` (and not empty).
  static func connectionStringValue(_ value: [UInt8]) -> [UInt8] {
    if !value.isEmpty && value.allSatisfy(isSimpleConnectByte) { return value }
    var quoted: [UInt8] = [UInt8(ascii: "'")]
    for byte in value {
      if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\\") { quoted.append(UInt8(ascii: "\\")) }
      quoted.append(byte)
    }
    quoted.append(UInt8(ascii: "'"))
    return quoted
  }

  static func isSimpleConnectByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ".")
  }

  /// `appendPsqlMetaConnect`: `\connect name` for plain ASCII names; otherwise
  /// `\encoding SQL_ASCII` and `\connect -reuse-previous=on "dbname='…'"`. Ends with a newline.
  /// Nil when the name holds a newline or carriage return, which pg_restore refuses.
  func psqlMetaConnect(_ database: [UInt8]) -> [UInt8]? {
    if database.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return nil }
    var out: [UInt8] = []
    if database.allSatisfy(Self.isSimpleConnectByte) {
      out += Array("\\connect ".utf8) + identifier(database)
    } else {
      out += Array("\\encoding SQL_ASCII\n\\connect -reuse-previous=on ".utf8)
      out += identifier(Array("dbname=".utf8) + Self.connectionStringValue(database))
    }
    out.append(0x0A)
    return out
  }

}

/// The keywords `fmtId` quotes: every keyword of pg_dump's own list (src/include/parser/kwlist.h
/// through src/common/keywords.c) whose category is not UNRESERVED_KEYWORD, per major release.
/// Read with `SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'` from the 15.18, 16.2, 17.10
/// and 18.6 servers; 18 adds none to 17.
enum QuotedKeywords {
  /// 15 (151 words).
  static let pg15: [String] = [
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "between",
    "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character", "check", "coalesce",
    "collate", "collation", "column", "concurrently", "constraint", "create", "cross", "current_catalog",
    "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "dec",
    "decimal", "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "exists", "extract",
    "false", "fetch", "float", "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping",
    "having", "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into", "is",
    "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime", "localtimestamp",
    "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null", "nullif", "numeric", "offset",
    "on", "only", "or", "order", "out", "outer", "overlaps", "overlay", "placing", "position", "precision",
    "primary", "real", "references", "returning", "right", "row", "select", "session_user", "setof", "similar",
    "smallint", "some", "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to",
    "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic",
    "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable"
  ]
  /// Added in 16 (SYSTEM_USER became reserved; SQL/JSON constructors).
  static let added16: [String] = [
    "json_array", "json_arrayagg", "json_object", "json_objectagg", "system_user"
  ]
  /// Added in 17 (SQL/JSON query functions, MERGE_ACTION).
  static let added17: [String] = [
    "json", "json_exists", "json_query", "json_scalar", "json_serialize", "json_table", "json_value", "merge_action"
  ]
}

/// Identifier quoting as pg_restore writes it, for tools that build SQL the same way.
public enum ScriptQuoting {
  /// `fmtId` of pg_restore `pgRestoreMajor`: unchanged when a lower-case identifier that is not a
  /// reserved, column-name or type/function-name keyword of that release; else double-quoted.
  public static func identifier(_ name: [UInt8], pgRestoreMajor: Int) -> [UInt8] {
    SQLQuoting(pgRestoreMajor: pgRestoreMajor).identifier(name)
  }
}
