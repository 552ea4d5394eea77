/// One token of SQL text: a kind and the byte range it covers.
///
/// Tokens are lossless: every byte of the input belongs to exactly one token, so the tokens' bytes
/// concatenate back to the input, even for text PostgreSQL would reject. A construct the server's
/// lexer refuses still becomes a token, carrying the error PostgreSQL would raise.
public struct SQLToken: Sendable, Hashable {
  /// What a token is, in scan.l's terms.
  public enum Kind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    /// Spaces, tabs, newlines, form feeds (and vertical tabs from 16).
    case whitespace
    /// `-- …` up to, not including, the end of the line.
    case lineComment
    /// `/* … */`, nested.
    case blockComment
    /// An unquoted word: a keyword or an identifier (`$` allowed after the first byte).
    case identifier
    /// `"…"`.
    case quotedIdentifier
    /// `U&"…"`.
    case unicodeIdentifier
    /// `'…'` (with standard_conforming_strings off, lexed like `E'…'`).
    case string
    /// `E'…'`.
    case escapeString
    /// `N'…'`.
    case nationalString
    /// `B'…'`.
    case bitString
    /// `X'…'`.
    case hexString
    /// `U&'…'`.
    case unicodeString
    /// `$tag$…$tag$`.
    case dollarString
    /// An integer literal (decimal, or 0x/0o/0b from 16).
    case integer
    /// A numeric literal with a point or an exponent.
    case numeric
    /// `$1`.
    case parameter
    /// One of `, ( ) [ ] . ; : + - * / % ^ < > =` on its own.
    case punctuation
    /// `::`.
    case typecast
    /// `..`, `:=`.
    case specialOperator
    /// Any other run of operator characters, including `=>`, `<=`, `>=`, `<>`, `!=`.
    case `operator`
    /// Anything else, one byte: `\`, a lone `$`, `{`, `}`, a NUL, …
    case other

    public var description: String {
      switch self {
      case .whitespace: "whitespace"
      case .lineComment: "line comment"
      case .blockComment: "block comment"
      case .identifier: "identifier"
      case .quotedIdentifier: "quoted identifier"
      case .unicodeIdentifier: "Unicode identifier"
      case .string: "string"
      case .escapeString: "escape string"
      case .nationalString: "national string"
      case .bitString: "bit string"
      case .hexString: "hexadecimal string"
      case .unicodeString: "Unicode string"
      case .dollarString: "dollar-quoted string"
      case .integer: "integer"
      case .numeric: "numeric"
      case .parameter: "parameter"
      case .punctuation: "punctuation"
      case .typecast: "typecast"
      case .specialOperator: "special operator"
      case .operator: "operator"
      case .other: "other"
      }
    }
  }

  public var kind: Kind
  /// Offset of the first byte.
  public var start: Int
  /// Offset just past the last byte.
  public var end: Int
  /// The error PostgreSQL raises for this token, if any.
  public var error: SQLLexError?

  public init(kind: Kind, start: Int, end: Int, error: SQLLexError? = nil) {
    self.kind = kind
    self.start = start
    self.end = end
    self.error = error
  }

  public var range: Range<Int> { start..<end }
  public var count: Int { end - start }

  /// Whitespace and comments: what the grammar never sees.
  public var isTrivia: Bool { kind == .whitespace || kind == .lineComment || kind == .blockComment }

  /// The `'`-family literals that can continue across a newline into the next `'…'`.
  public var isQuotedString: Bool {
    switch kind {
    case .string, .escapeString, .nationalString, .bitString, .hexString, .unicodeString: true
    default: false
    }
  }
}
