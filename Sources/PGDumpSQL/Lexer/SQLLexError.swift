/// An error PostgreSQL's lexer (or, for Unicode escapes, its parser.c look-ahead) raises, with the
/// byte offset it reports it at.
public struct SQLLexError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message texts, word for word as scan.l and parser.c write them.
  public enum Code: String, Sendable, CaseIterable {
    case unterminatedComment = "unterminated /* comment"
    case unterminatedQuotedString = "unterminated quoted string"
    case unterminatedDollarQuotedString = "unterminated dollar-quoted string"
    case unterminatedQuotedIdentifier = "unterminated quoted identifier"
    case unterminatedBitString = "unterminated bit string literal"
    case unterminatedHexString = "unterminated hexadecimal string literal"
    case zeroLengthDelimitedIdentifier = "zero-length delimited identifier"
    case invalidUnicodeEscape = "invalid Unicode escape"
    case invalidUnicodeSurrogatePair = "invalid Unicode surrogate pair"
    case invalidUnicodeEscapeValue = "invalid Unicode escape value"
    case invalidUnicodeEscapeCharacter = "invalid Unicode escape character"
    case uescapeNeedsSimpleString = "UESCAPE must be followed by a simple string literal"
    case unsafeBackslashQuote = "unsafe use of \\' in a string literal"
    case unsafeUnicodeString = "unsafe use of string constant with Unicode escapes"
    case trailingJunkAfterNumber = "trailing junk after numeric literal"
    case trailingJunkAfterParameter = "trailing junk after parameter"
    case invalidHexadecimalInteger = "invalid hexadecimal integer"
    case invalidOctalInteger = "invalid octal integer"
    case invalidBinaryInteger = "invalid binary integer"
    case parameterNumberTooLarge = "parameter number too large"
    case operatorTooLong = "operator too long"

    /// The SQLSTATE PostgreSQL attaches. Only scan.l's `xeunicodefail` (a short `\u`/`\U` in an
    /// `E''` string) raises 22025; the surrogate and code point errors of `E''` go through
    /// `yyerror`, and every `U&` error through parser.c's `ereport(ERROR, (errcode(
    /// ERRCODE_SYNTAX_ERROR)…))`, so they are 42601 (checked on 15.18, 16.2 and 18.6).
    /// `SQLLexError.sqlState` tells the two `invalid Unicode escape` sources apart.
    public var sqlState: String {
      switch self {
      case .invalidUnicodeEscape:
        "22025"  // invalid_escape_sequence
      case .unsafeBackslashQuote: "22P06"  // nonstandard_use_of_escape_character
      case .unsafeUnicodeString: "0A000"  // feature_not_supported
      default: "42601"  // syntax_error
      }
    }
  }

  public var code: Code
  /// Where PostgreSQL places the error: the construct's first byte, or the offending escape.
  public var offset: Int
  /// Which of PostgreSQL's hints goes with it. Stored as a small enum, not a String, so that
  /// tokens stay plain values (no reference counting on the lexer's hot path).
  var hintKind: HintKind

  enum HintKind: UInt8, Sendable, Hashable {
    case none, eStringUnicode, uStringUnicode, unsafeBackslashQuote

    var text: String? {
      switch self {
      case .none: nil
      case .eStringUnicode: "Unicode escapes must be \\uXXXX or \\UXXXXXXXX."
      case .uStringUnicode: "Unicode escapes must be \\XXXX or \\+XXXXXX."
      case .unsafeBackslashQuote: "Use '' to write quotes in strings. \\' is insecure in client-only encodings."
      }
    }
  }

  public init(_ code: Code, at offset: Int, hint: String? = nil) {
    self.code = code
    self.offset = offset
    self.hintKind =
      switch hint {
      case HintKind.eStringUnicode.text: .eStringUnicode
      case HintKind.uStringUnicode.text: .uStringUnicode
      case HintKind.unsafeBackslashQuote.text: .unsafeBackslashQuote
      default: .none
      }
  }

  init(_ code: Code, at offset: Int, hintKind: HintKind) {
    self.code = code
    self.offset = offset
    self.hintKind = hintKind
  }

  /// The HINT PostgreSQL adds, if any.
  public var hint: String? { hintKind.text }

  public var message: String { code.rawValue }

  /// The SQLSTATE of this error: the code's, except that a bad escape in a `U&` literal (recognised
  /// by its hint) is a plain syntax error, 42601, where the same message from an `E''` string is 22025.
  public var sqlState: String {
    code == .invalidUnicodeEscape && hintKind == .uStringUnicode ? "42601" : code.sqlState
  }
  public var description: String { "\(message) (at byte \(offset))" }

}
