import PGDumpSQL
import Testing

/// Helpers shared by the lexer and scanner tests.
///
/// Expected values in these tests come from the fact sheet (/work/shared/reference/lexer-and-compat.md
/// §1, §2) or were checked against real servers (15.18, 16.2, 17.10, 18.6): for an error, the
/// message and the caret position `psql -c` prints, and the "at or near" text, which is the text
/// of the token PostgreSQL's lexer was on (so it pins the token's extent too).

/// A token as the tests write it: kind and text.
struct Lexeme: Equatable, CustomStringConvertible {
  var kind: SQLToken.Kind
  var text: [UInt8]

  init(_ kind: SQLToken.Kind, _ text: String) {
    self.kind = kind
    self.text = Array(text.utf8)
  }

  init(_ kind: SQLToken.Kind, bytes: [UInt8]) {
    self.kind = kind
    self.text = bytes
  }

  var description: String { "\(kind)(\(String(decoding: text, as: UTF8.self).debugDescription))" }
}

/// Dialects by server major.
enum Dialects {
  static func v(_ major: Int, scs: Bool = true, clientOnly: Bool = false) -> SQLDialect {
    SQLDialect(serverMajor: major, standardConformingStrings: scs, clientEncodingIsClientOnly: clientOnly)
  }

  /// Every rule set the lexer distinguishes, with both standard_conforming_strings settings and
  /// the client-only-encoding flag.
  static let all: [SQLDialect] = [14, 15, 16, 17, 18].flatMap { major in
    [v(major), v(major, scs: false), v(major, clientOnly: true)]
  }
}

/// Lexes `bytes` completely and checks the token contract on the way: every token non-empty,
/// contiguous with the previous one, and all of them together exactly the input.
func lexChecked(_ bytes: [UInt8], _ dialect: SQLDialect = SQLDialect()) -> [SQLToken] {
  let tokens = SQLLexer(dialect: dialect).tokens(bytes)
  var offset = 0
  for token in tokens {
    #expect(token.start == offset, "token \(token) does not start where the previous one ended")
    #expect(token.end > token.start, "empty token \(token)")
    offset = token.end
  }
  #expect(offset == bytes.count, "tokens cover \(offset) of \(bytes.count) bytes")
  return tokens
}

func lexChecked(_ text: String, _ dialect: SQLDialect = SQLDialect()) -> [SQLToken] {
  lexChecked(Array(text.utf8), dialect)
}

/// All tokens as (kind, text).
func lexemes(_ bytes: [UInt8], _ dialect: SQLDialect = SQLDialect()) -> [Lexeme] {
  lexChecked(bytes, dialect).map { Lexeme($0.kind, bytes: Array(bytes[$0.range])) }
}

func lexemes(_ text: String, _ dialect: SQLDialect = SQLDialect()) -> [Lexeme] {
  lexemes(Array(text.utf8), dialect)
}

/// Tokens without whitespace (comments kept: they are rules under test too).
func significant(_ text: String, _ dialect: SQLDialect = SQLDialect()) -> [Lexeme] {
  lexemes(text, dialect).filter { $0.kind != .whitespace }
}

/// The first error any token carries: what PostgreSQL's lexer would stop at.
func firstError(_ bytes: [UInt8], _ dialect: SQLDialect = SQLDialect()) -> SQLLexError? {
  lexChecked(bytes, dialect).lazy.compactMap(\.error).first
}

func firstError(_ text: String, _ dialect: SQLDialect = SQLDialect()) -> SQLLexError? {
  firstError(Array(text.utf8), dialect)
}

/// The token that carries the first error, as text.
func errorTokenText(_ text: String, _ dialect: SQLDialect = SQLDialect()) -> String? {
  let bytes = Array(text.utf8)
  guard let token = lexChecked(bytes, dialect).first(where: { $0.error != nil }) else { return nil }
  return String(decoding: bytes[token.range], as: UTF8.self)
}

