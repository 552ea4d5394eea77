/// What a `COPY table (columns) FROM stdin;` statement says, as far as checking its data needs:
/// the table as written and the column names (pg_dump always writes the column list).
public struct CopyStatement: Sendable, Hashable {
  /// The table name as written (`public."Order Items"`).
  public var table: String
  /// Column names, unquoted (`Id`, `Value Text`); nil when the statement has no column list.
  public var columns: [String]?
  /// The same names as bytes in the dump's encoding (for output that must keep them exact).
  public var columnBytes: [[UInt8]]?
  /// The table name's parts (`schema`, `table`), unquoted, as bytes.
  public var tableNameParts: [[UInt8]]
  /// `FROM stdin`/`FROM stdout` (data follows inline).
  public var isFromStdin: Bool
  /// A non-text format (`WITH (FORMAT csv)`, `CSV`, `BINARY`): rows are not checked as text.
  public var format: String

  /// Parses the statement's text; nil when it is not a COPY.
  public init?(_ text: some Collection<UInt8>, dialect: SQLDialect = SQLDialect()) {
    let bytes = Array(text)
    let tokens = SQLLexer(dialect: dialect).tokens(bytes).filter { !$0.isTrivia }
    func word(_ token: SQLToken) -> String {
      String(decoding: bytes[token.range], as: UTF8.self).uppercased()
    }
    /// An identifier's bytes: quoted ones without their quotes (`""` collapsed), unquoted ones
    /// with ASCII letters folded to lower case, as the server does.
    func nameBytes(_ token: SQLToken) -> [UInt8] {
      let raw = bytes[token.range]
      guard token.kind == .quotedIdentifier, raw.count >= 2 else {
        return raw.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
      }
      var unquoted: [UInt8] = []
      var previousWasQuote = false
      for byte in raw.dropFirst().dropLast() {
        if byte == ASCII.doubleQuote && previousWasQuote {
          previousWasQuote = false
          continue
        }
        previousWasQuote = byte == ASCII.doubleQuote
        unquoted.append(byte)
      }
      return unquoted
    }
    func name(_ token: SQLToken) -> String { String(decoding: nameBytes(token), as: UTF8.self) }
    guard let first = tokens.first, first.kind == .identifier, word(first) == "COPY" else { return nil }
    var index = 1
    var tableEnd = index
    // The table: names and dots up to the column list or FROM/TO.
    while tableEnd < tokens.count {
      let token = tokens[tableEnd]
      if token.kind == .punctuation && bytes[token.start] == ASCII.leftParen { break }
      if token.kind == .identifier && ["FROM", "TO"].contains(word(token)) { break }
      tableEnd += 1
    }
    guard tableEnd > index else { return nil }
    let tableStart = tokens[index].start
    let tableLast = tokens[tableEnd - 1].end
    table = String(decoding: bytes[tableStart..<tableLast], as: UTF8.self)
    tableNameParts = tokens[index..<tableEnd].filter { $0.kind == .identifier || $0.kind == .quotedIdentifier }
      .map(nameBytes)
    index = tableEnd
    columns = nil
    columnBytes = nil
    if index < tokens.count, tokens[index].kind == .punctuation, bytes[tokens[index].start] == ASCII.leftParen {
      var names: [[UInt8]] = []
      index += 1
      while index < tokens.count {
        let token = tokens[index]
        if token.kind == .punctuation && bytes[token.start] == ASCII.rightParen { break }
        if token.kind == .identifier || token.kind == .quotedIdentifier { names.append(nameBytes(token)) }
        index += 1
      }
      columnBytes = names
      columns = names.map { String(decoding: $0, as: UTF8.self) }
      index += 1
    }
    isFromStdin = false
    if index + 1 < tokens.count, word(tokens[index]) == "FROM" {
      let source = word(tokens[index + 1])
      isFromStdin = source == "STDIN" || source == "STDOUT"
    }
    format = "text"
    for (position, token) in tokens.enumerated().dropFirst(index) where token.kind == .identifier {
      let keyword = word(token)
      if keyword == "CSV" || keyword == "BINARY" { format = keyword.lowercased() }
      if keyword == "FORMAT", position + 1 < tokens.count { format = name(tokens[position + 1]) }
    }
  }
}
