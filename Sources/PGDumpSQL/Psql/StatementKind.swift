/// Names a statement by its leading words, the way a command tag does: `CREATE TABLE`,
/// `ALTER DEFAULT PRIVILEGES`, `COMMENT ON COLUMN`, `SELECT`.
enum StatementKind {
  /// Words that say what kind of object follows CREATE/ALTER/DROP/COMMENT ON.
  static let objectWords: Set<String> = [
    "ACCESS", "AGGREGATE", "CAST", "CLASS", "COLLATION", "COLUMN", "CONFIGURATION", "CONSTRAINT",
    "CONVERSION", "DATA", "DATABASE", "DEFAULT", "DICTIONARY", "DOMAIN", "EVENT", "EXTENSION", "FAMILY",
    "FOREIGN", "FUNCTION", "GROUP", "INDEX", "LANGUAGE", "LARGE", "MAPPING", "MATERIALIZED", "METHOD",
    "OBJECT", "OPERATOR", "PARSER", "POLICY", "PRIVILEGES", "PROCEDURE", "PUBLICATION", "ROLE", "ROUTINE",
    "RULE", "SCHEMA", "SEARCH", "SEQUENCE", "SERVER", "STATISTICS", "SUBSCRIPTION", "TABLE", "TABLESPACE",
    "TEMPLATE", "TEXT", "TRANSFORM", "TRIGGER", "TYPE", "USER", "VIEW", "WRAPPER",
  ]
  /// Modifiers between the verb and the object kind.
  static let modifiers: Set<String> = [
    "OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "TRUSTED", "PROCEDURAL",
    "RECURSIVE",
  ]

  /// The kind for a statement whose leading words (upper-cased, unquoted identifiers only, up to
  /// the first other token) are `words`.
  static func name(words: [String]) -> String {
    guard let verb = words.first else { return "" }
    var rest = words.dropFirst()
    var name = verb
    switch verb {
    case "CREATE", "ALTER", "DROP":
      break
    case "COMMENT":
      guard rest.first == "ON" else { return name }
      rest = rest.dropFirst()
      name += " ON"
    case "SECURITY":
      return rest.first == "LABEL" ? "SECURITY LABEL" : name
    default:
      return name
    }
    while let word = rest.first, modifiers.contains(word) { rest = rest.dropFirst() }
    var taken = 0
    while let word = rest.first, objectWords.contains(word), taken < 4 {
      name += " " + word
      rest = rest.dropFirst()
      taken += 1
    }
    return name
  }
}
