import PGDumpSQL
import Testing

/// Every `SQLLexError.Code` with PostgreSQL's wording, SQLSTATE and position.
///
/// Each case is a query that was run with `psql -c` on 15.18, 16.2, 17.10 and 18.6 (unless the
/// case names fewer versions); `offset` is the caret position psql printed under `LINE 1:`, and
/// `token`, where given, the "at or near" text (scan.l's current token, which fixes its extent).
@Suite struct LexerErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var sql: String
    var code: SQLLexError.Code
    var offset: Int
    var token: String? = nil
    var sqlState = "42601"
    var hint: String? = nil
    var dialect = SQLDialect()
    var testDescription: String { sql.debugDescription }
  }

  static let eHint = "Unicode escapes must be \\uXXXX or \\UXXXXXXXX."
  static let uHint = "Unicode escapes must be \\XXXX or \\+XXXXXX."
  static let quoteHint = "Use '' to write quotes in strings. \\' is insecure in client-only encodings."

  func check(_ c: Case) {
    let error = firstError(c.sql, c.dialect)
    #expect(error?.code == c.code)
    #expect(error?.offset == c.offset)
    #expect(error?.message == c.code.rawValue)
    #expect(error?.sqlState == c.sqlState)
    #expect(error?.hint == c.hint)
    if let token = c.token { #expect(errorTokenText(c.sql, c.dialect) == token) }
  }

  @Test("the messages are PostgreSQL's, word for word")
  func wording() {
    #expect(SQLLexError.Code.allCases.map(\.rawValue) == [
      "unterminated /* comment", "unterminated quoted string", "unterminated dollar-quoted string",
      "unterminated quoted identifier", "unterminated bit string literal", "unterminated hexadecimal string literal",
      "zero-length delimited identifier", "invalid Unicode escape", "invalid Unicode surrogate pair",
      "invalid Unicode escape value", "invalid Unicode escape character",
      "UESCAPE must be followed by a simple string literal", "unsafe use of \\' in a string literal",
      "unsafe use of string constant with Unicode escapes", "trailing junk after numeric literal",
      "trailing junk after parameter", "invalid hexadecimal integer", "invalid octal integer",
      "invalid binary integer", "parameter number too large", "operator too long",
    ])
  }

  @Test("unterminated constructs are reported at their first byte (N'…' at its quote)", arguments: [
    Case(sql: "select 1 /* a /* b */ c", code: .unterminatedComment, offset: 9, token: "/* a /* b */ c"),
    Case(sql: "select 'abc", code: .unterminatedQuotedString, offset: 7),
    Case(sql: "select E'abc", code: .unterminatedQuotedString, offset: 7),
    Case(sql: "select U&'abc", code: .unterminatedQuotedString, offset: 7),
    Case(sql: "select N'abc", code: .unterminatedQuotedString, offset: 8),
    Case(sql: "select 'a'\n'bc", code: .unterminatedQuotedString, offset: 7),
    Case(sql: "select B'01", code: .unterminatedBitString, offset: 7),
    Case(sql: "select X'0F", code: .unterminatedHexString, offset: 7),
    Case(sql: "select 'a\\'b'", code: .unterminatedBitString, offset: 11, token: "b'"),
    Case(sql: "select $q$abc", code: .unterminatedDollarQuotedString, offset: 7),
    Case(sql: "select $a$b", code: .unterminatedDollarQuotedString, offset: 7),
    Case(sql: "select $junk$delim$ abc $delim$", code: .unterminatedDollarQuotedString, offset: 7),
    Case(sql: "select \"abc", code: .unterminatedQuotedIdentifier, offset: 7),
    Case(sql: "select U&\"abc", code: .unterminatedQuotedIdentifier, offset: 7),
    Case(sql: "select \"\"", code: .zeroLengthDelimitedIdentifier, offset: 7, token: "\"\""),
    Case(sql: "select U&\"\"", code: .zeroLengthDelimitedIdentifier, offset: 7, token: "U&\"\""),
  ])
  func unterminated(c: Case) { check(c) }

  @Test("E'' escape errors sit on the escape; only a short \\u is 22025", arguments: [
    Case(sql: "select E'\\u12'", code: .invalidUnicodeEscape, offset: 9, sqlState: "22025", hint: eHint),
    Case(sql: "select E'ab\\u12", code: .invalidUnicodeEscape, offset: 11, sqlState: "22025", hint: eHint),
    Case(sql: "select E'\\u00zz'", code: .invalidUnicodeEscape, offset: 9, sqlState: "22025", hint: eHint),
    Case(sql: "select E'\\U0001F60'", code: .invalidUnicodeEscape, offset: 9, sqlState: "22025", hint: eHint),
    Case(sql: "select E'\\uD800\\u12'", code: .invalidUnicodeEscape, offset: 15, sqlState: "22025", hint: eHint),
    Case(sql: "select E'ab\\uD800x'", code: .invalidUnicodeSurrogatePair, offset: 17),
    Case(sql: "select E'\\uDC00'", code: .invalidUnicodeSurrogatePair, offset: 9),
    Case(sql: "select E'ab\\uDC00", code: .invalidUnicodeSurrogatePair, offset: 11),
    Case(sql: "select E'\\uD800\\u0041'", code: .invalidUnicodeSurrogatePair, offset: 15),
    Case(sql: "select E'\\uD800\\n'", code: .invalidUnicodeSurrogatePair, offset: 15),
    Case(sql: "select E'\\uD800'", code: .invalidUnicodeSurrogatePair, offset: 15),
    Case(sql: "select E'\\uD800\\uD800'", code: .invalidUnicodeSurrogatePair, offset: 15),
    Case(sql: "select E'\\U0000D800'", code: .invalidUnicodeSurrogatePair, offset: 19),
    Case(sql: "select E'a\\uD800'\n'\\uDC00'", code: .invalidUnicodeSurrogatePair, offset: 16),
    Case(sql: "select E'\\uD800\n'", code: .invalidUnicodeSurrogatePair, offset: 15),
    Case(sql: "select E'\\U00110000'", code: .invalidUnicodeEscapeValue, offset: 9),
    Case(sql: "select E'\\u0000'", code: .invalidUnicodeEscapeValue, offset: 9),
  ])
  func escapeStringErrors(c: Case) { check(c) }

  @Test("valid surrogate pairs and escapes raise nothing", arguments: [
    "select E'\\uD83D\\uDE00'", "select E'\\uD800\\U0000DC00'", "select U&'\\D800\\DC00' = U&'\\+010000'",
    "select U&'\\DBFF\\DFFF'", "select U&'!0041' UESCAPE '!'", "select U&'x' UESCAPE E'!'",
    "select U&'x' uescape /* c */ 'y'", "select U&'x'UESCAPE'!'", "select U&'x' UESCAPE 'g'",
    "select U&'x' UESCAPE e'\\\\'", "select U&'x' UESCAPE $$!$$", "select U&'!0041' UESCAPE $q$!$q$",
    "select U&'!0041' UESCAPE E'\\x21'", "select U&'!0041' UESCAPE E'\\041'", "select U&'!0041' UESCAPE E'\\u0021'",
    "select U&'!0041' UESCAPE ''\n'!'", "select U&'\\00'\n'41'", "select U&'\\00' -- c\n'41'",
    "select U&\"a!0041\" UESCAPE '!'", "select U&'x' UESCAPE '!' || 'y'", "select u&'\\0041'",
  ])
  func validUnicode(sql: String) {
    #expect(firstError(sql) == nil)
  }

  @Test("U& escape errors are 42601, at the escape or, for an unpaired surrogate at the end, the closing quote",
    arguments: [
      Case(sql: "select U&'\\12'", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
      Case(sql: "select U&'\\' ", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
      Case(sql: "select U&\"\\12\"", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
      Case(sql: "select U&'\\D800'", code: .invalidUnicodeSurrogatePair, offset: 15),
      Case(sql: "select U&'a\\D800\\0041'", code: .invalidUnicodeSurrogatePair, offset: 16),
      Case(sql: "select U&'\\D800\\\\'", code: .invalidUnicodeSurrogatePair, offset: 15),
      Case(sql: "select U&'\\+00D800'", code: .invalidUnicodeSurrogatePair, offset: 18),
      Case(sql: "select U&'\\DC00'", code: .invalidUnicodeSurrogatePair, offset: 10),
      Case(sql: "select U&'!D800!0041' UESCAPE '!'", code: .invalidUnicodeSurrogatePair, offset: 15),
      Case(sql: "select U&'\\0000'", code: .invalidUnicodeEscapeValue, offset: 10),
      Case(sql: "select U&'\\+110000'", code: .invalidUnicodeEscapeValue, offset: 10),
    ])
  func unicodeStringErrors(c: Case) { check(c) }

  @Test("U& errors are placed by index into the decoded content, as parser.c does (15.18 and 18.6, via libpq's PG_DIAG_STATEMENT_POSITION)",
    arguments: [
      Case(sql: "select U&'''!!!!\\u12' , 1", code: .invalidUnicodeEscape, offset: 15, hint: uHint),
      Case(sql: "select U&''\n-- c\n'\\0\\0041!D800' , 1", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
      Case(sql: "select U&'a' -- c\n'\\u0041\\u00zz\\uD800' || 'z'", code: .invalidUnicodeEscape, offset: 11, hint: uHint),
      Case(sql: "select U&'a'\n'\\D800'", code: .invalidUnicodeSurrogatePair, offset: 16),
      Case(sql: "select U&\"a\"\"\\12\"", code: .invalidUnicodeEscape, offset: 12, hint: uHint),
    ])
  func unicodeErrorsByContentIndex(c: Case) { check(c) }

  @Test("UESCAPE takes one SCONST byte that is no hex digit, +, quote or space", arguments: [
    Case(sql: "select U&'x' UESCAPE 'ab'", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'!0041' UESCAPE '+'", code: .invalidUnicodeEscapeCharacter, offset: 25),
    Case(sql: "select U&'x' UESCAPE ''", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'x' UESCAPE ' '", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'x' UESCAPE 'a'", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'x' UESCAPE 'é'", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'a' UESCAPE 'b' UESCAPE 'c'", code: .invalidUnicodeEscapeCharacter, offset: 21),
    Case(sql: "select U&'x' UESCAPE 1", code: .uescapeNeedsSimpleString, offset: 21),
    Case(sql: "select U&'x' UESCAPE", code: .uescapeNeedsSimpleString, offset: 20),
    Case(sql: "select U&'x' UESCAPE N'!'", code: .uescapeNeedsSimpleString, offset: 21),
    Case(sql: "select U&'x' UESCAPE U&'!'", code: .uescapeNeedsSimpleString, offset: 21),
    Case(sql: "select U&'x' UESCAPE B'1'", code: .uescapeNeedsSimpleString, offset: 21),
    Case(sql: "select U&'x' UESCAPE \"!\"", code: .uescapeNeedsSimpleString, offset: 21),
  ])
  func uescapeErrors(c: Case) { check(c) }

  @Test("VT is a space for check_uescapechar from 17 (15.18 and 16.2 accept UESCAPE E'\\013', 17.10 and 18.6 do not)",
    arguments: [15, 16, 17, 18])
  func verticalTabEscapeCharacter(major: Int) {
    let error = firstError("select U&'x' UESCAPE E'\\013'", Dialects.v(major))
    if major >= 17 {
      #expect(error == SQLLexError(.invalidUnicodeEscapeCharacter, at: 21))
    } else {
      #expect(error == nil)
    }
  }

  @Test("a lexical error in the token parser.c looks ahead at comes before the U& decoding error", arguments: [
    Case(sql: "select U&'\\12' 'abc", code: .unterminatedQuotedString, offset: 15),
    Case(sql: "select U&'\\12' 1abc", code: .trailingJunkAfterNumber, offset: 15),
    Case(sql: "select U&'\\12' , 1abc", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
    Case(sql: "select U&'\\12' UESCAPE 1abc", code: .trailingJunkAfterNumber, offset: 23),
    Case(sql: "select U&'x' UESCAPE 'ab", code: .unterminatedQuotedString, offset: 21),
    Case(sql: "select U&'\\12' /* x", code: .unterminatedComment, offset: 15),
    Case(sql: "select U&'\\12' -- x", code: .invalidUnicodeEscape, offset: 10, hint: uHint),
    Case(sql: "select U&'x' UESCAPE $$!", code: .unterminatedDollarQuotedString, offset: 21),
  ])
  func lookaheadFirst(c: Case) { check(c) }

  @Test("\\' in a client-only encoding is 22P06 at the literal's start (N'…' at its quote)", arguments: [
    Case(sql: "select E'a\\'b'", code: .unsafeBackslashQuote, offset: 7, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(18, clientOnly: true)),
    Case(sql: "select E'ab\\'c'", code: .unsafeBackslashQuote, offset: 7, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(15, clientOnly: true)),
    Case(sql: "select 'a\\'b'", code: .unsafeBackslashQuote, offset: 7, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(18, scs: false, clientOnly: true)),
    Case(sql: "select N'a\\'b'", code: .unsafeBackslashQuote, offset: 8, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(18, scs: false, clientOnly: true)),
    Case(sql: "select 'ok' || N'a\\'b'", code: .unsafeBackslashQuote, offset: 16, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(15, scs: false, clientOnly: true)),
    Case(sql: "select 'a'\n'\\'b'", code: .unsafeBackslashQuote, offset: 7, sqlState: "22P06", hint: quoteHint,
      dialect: Dialects.v(18, scs: false, clientOnly: true)),
  ])
  func unsafeBackslashQuote(c: Case) { check(c) }

  @Test("'' is always safe, and \\' is safe outside client-only encodings")
  func safeQuotes() {
    #expect(firstError("select E'a''b'", Dialects.v(18, clientOnly: true)) == nil)
    #expect(firstError("select E'a\\'b'", Dialects.v(18)) == nil)
    #expect(firstError("select 'a\\'b'", Dialects.v(18, scs: false)) == nil)
  }

  @Test("U&'…' with standard_conforming_strings off is 0A000 at the literal, before anything else; U&\"…\" is fine",
    arguments: [
      Case(sql: "select U&'x'", code: .unsafeUnicodeString, offset: 7, sqlState: "0A000", dialect: Dialects.v(15, scs: false)),
      Case(sql: "select U&'x' UESCAPE 'y'", code: .unsafeUnicodeString, offset: 7, sqlState: "0A000",
        dialect: Dialects.v(18, scs: false)),
      Case(sql: "select U&'\\12", code: .unsafeUnicodeString, offset: 7, sqlState: "0A000", dialect: Dialects.v(18, scs: false)),
    ])
  func unsafeUnicodeString(c: Case) { check(c) }

  @Test("U&\"…\" does not depend on standard_conforming_strings")
  func unicodeIdentifierWithoutSCS() {
    #expect(firstError("select U&\"x\"", Dialects.v(18, scs: false)) == nil)
  }

  @Test("operators of 64 bytes or more (after the trailing-sign rule) are too long, at their start")
  func operatorTooLong() {
    let long = String(repeating: "<", count: 64)
    check(Case(sql: "select 1 \(long) 1", code: .operatorTooLong, offset: 9, token: long))
    let seventy = String(repeating: "<", count: 70)
    check(Case(sql: "select 1 \(seventy)+ 1", code: .operatorTooLong, offset: 9, token: seventy))
    #expect(firstError("select 1 \(String(repeating: "<", count: 63)) 1") == nil)
    #expect(firstError("select 1 \(String(repeating: "+", count: 80)) 1") == nil)
  }
}
