import PGDumpSQL
import Testing

/// Where the versions differ: numbers, parameters and their errors.
///
/// Checked with `psql -c` on 15.18, 17.10 and 18.6: error, caret position (always 7, the token's
/// first byte, for `select <token>`) and the "at or near" token text. 16.2 (an early 16 minor)
/// still cut the junk after one byte (`1abc` "at or near "1a""); 15.18 and 17.10 take the whole
/// identifier, which is what the lexer mirrors for every version from 15. Versions up to 14 are
/// the fact sheet's §1.7 (no 14 server here).
@Suite struct LexerVersionTests {
  /// What `select <text>` does on a version: no lexical error, or this error with this token.
  enum Outcome: Equatable, CustomStringConvertible {
    case fine
    case error(SQLLexError.Code, token: String)
    var description: String {
      switch self {
      case .fine: "fine"
      case .error(let code, let token): "\(code.rawValue) at \(token.debugDescription)"
      }
    }
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    /// Outcomes for 14, 15, 16, 17 and 18.
    var outcomes: [Outcome]
    var testDescription: String { text }
  }

  static func same(_ outcome: Outcome, from major: Int, else other: Outcome = .fine) -> [Outcome] {
    (14...18).map { $0 >= major ? outcome : other }
  }

  static let junk = SQLLexError.Code.trailingJunkAfterNumber

  @Test("numbers and parameters, version by version", arguments: [
    Case(text: "1abc", outcomes: same(.error(junk, token: "1abc"), from: 15)),
    Case(text: "0x1F", outcomes: [.fine, .error(junk, token: "0x1F"), .fine, .fine, .fine]),
    Case(text: "0O17", outcomes: [.fine, .error(junk, token: "0O17"), .fine, .fine, .fine]),
    Case(text: "1_000", outcomes: [.fine, .error(junk, token: "1_000"), .fine, .fine, .fine]),
    Case(text: "0x_1", outcomes: [.fine, .error(junk, token: "0x_1"), .fine, .fine, .fine]),
    Case(text: "1_000.5_5", outcomes: [.fine, .error(junk, token: "1_000"), .fine, .fine, .fine]),
    Case(text: "1.5e1_0", outcomes: [.fine, .error(junk, token: "1.5e1_0"), .fine, .fine, .fine]),
    Case(text: "1__0", outcomes: same(.error(junk, token: "1__0"), from: 15)),
    Case(text: "1_", outcomes: same(.error(junk, token: "1_"), from: 15)),
    Case(text: "1e", outcomes: same(.error(junk, token: "1e"), from: 15)),
    Case(text: "1e+", outcomes: same(.error(junk, token: "1e+"), from: 15)),
    Case(text: "1e+1x", outcomes: same(.error(junk, token: "1e+1x"), from: 15)),
    Case(text: "1ea", outcomes: same(.error(junk, token: "1ea"), from: 15)),
    Case(text: "1e_5", outcomes: same(.error(junk, token: "1e_5"), from: 15)),
    Case(text: ".5x", outcomes: same(.error(junk, token: ".5x"), from: 15)),
    Case(text: "1.x", outcomes: same(.error(junk, token: "1.x"), from: 15)),
    Case(text: "1._5", outcomes: same(.error(junk, token: "1._5"), from: 15)),
    Case(text: "1.5e3x", outcomes: same(.error(junk, token: "1.5e3x"), from: 15)),
    Case(text: "00x1", outcomes: same(.error(junk, token: "00x1"), from: 15)),
    Case(text: "1_0e1_0x", outcomes: same(.error(junk, token: "1_0e1_0x"), from: 15)),
    Case(text: "0x1__F", outcomes: same(.error(junk, token: "0x1__F"), from: 15)),
    Case(text: "0b1012", outcomes: same(.error(junk, token: "0b1012"), from: 15)),
    Case(text: "0o8", outcomes: same(.error(junk, token: "0o8"), from: 15)),
    Case(text: "0x", outcomes: [
      .fine, .error(junk, token: "0x"), .error(.invalidHexadecimalInteger, token: "0x"),
      .error(.invalidHexadecimalInteger, token: "0x"), .error(.invalidHexadecimalInteger, token: "0x"),
    ]),
    Case(text: "0x_", outcomes: [
      .fine, .error(junk, token: "0x_"), .error(.invalidHexadecimalInteger, token: "0x_"),
      .error(.invalidHexadecimalInteger, token: "0x_"), .error(.invalidHexadecimalInteger, token: "0x_"),
    ]),
    Case(text: "0o", outcomes: [
      .fine, .error(junk, token: "0o"), .error(.invalidOctalInteger, token: "0o"),
      .error(.invalidOctalInteger, token: "0o"), .error(.invalidOctalInteger, token: "0o"),
    ]),
    Case(text: "0b", outcomes: [
      .fine, .error(junk, token: "0b"), .error(.invalidBinaryInteger, token: "0b"),
      .error(.invalidBinaryInteger, token: "0b"), .error(.invalidBinaryInteger, token: "0b"),
    ]),
    Case(text: "1.e5", outcomes: same(.fine, from: 14)),
    Case(text: "$1abc", outcomes: same(.error(.trailingJunkAfterParameter, token: "$1abc"), from: 15)),
    Case(text: "$1x$ok$1x$", outcomes: same(.error(.trailingJunkAfterParameter, token: "$1x$ok$1x$"), from: 15)),
    Case(text: "$2147483647", outcomes: same(.fine, from: 14)),
    Case(text: "$2147483648", outcomes: same(.error(.parameterNumberTooLarge, token: "$2147483648"), from: 18)),
    Case(text: "$99999999999", outcomes: same(.error(.parameterNumberTooLarge, token: "$99999999999"), from: 18)),
  ])
  func perVersion(c: Case) {
    for (major, expected) in zip(14...18, c.outcomes) {
      let sql = "select " + c.text
      let dialect = Dialects.v(major)
      let actual: Outcome =
        if let error = firstError(sql, dialect) {
          .error(error.code, token: errorTokenText(sql, dialect) ?? "")
        } else {
          .fine
        }
      #expect(actual == expected, "\(major)")
      if let error = firstError(sql, dialect) { #expect(error.offset == 7, "\(major)") }
    }
  }

  @Test("junk is an error in its own token: what follows lexes normally (15.18: select 1abc+1 fails at \"1abc\")",
    arguments: [15, 16, 17, 18])
  func junkTokenExtent(major: Int) {
    #expect(significant("1abc+1", Dialects.v(major)).map(\.kind) == [.integer, .punctuation, .integer])
    #expect(significant("$1x$ok$1x$ + 1", Dialects.v(major)).map(\.kind) == [.parameter, .punctuation, .integer])
  }

  @Test("a parameter is $ and decimal digits, never underscores (16+: $1_0 is junk)")
  func parameterUnderscore() {
    #expect(firstError("$1_0", Dialects.v(18))?.code == .trailingJunkAfterParameter)
    #expect(lexemes("$1_0", Dialects.v(14)) == [.init(.parameter, "$1"), .init(.identifier, "_0")])
  }

  @Test("SQLDialect defaults to 18 with standard_conforming_strings on")
  func defaults() {
    let dialect = SQLDialect()
    #expect(dialect.serverMajor == 18)
    #expect(dialect.standardConformingStrings)
    #expect(!dialect.clientEncodingIsClientOnly)
    // The default lexes as 18: VT is whitespace and $2147483648 is too large.
    #expect(lexemes("\u{0B}").map(\.kind) == [.whitespace])
    #expect(firstError("$2147483648")?.code == .parameterNumberTooLarge)
  }
}
