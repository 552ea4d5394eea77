import PGDumpSQL
import Testing

/// One test per lexical rule of scan.l: which tokens a text becomes, by kind and text (the texts
/// of contiguous tokens fix their byte ranges; `lexChecked` verifies contiguity).
@Suite struct LexerTokenTests {
  // MARK: Whitespace and comments

  @Test("SP, HT, LF, CR and FF form one whitespace token")
  func whitespaceRun() {
    #expect(lexemes("a \t\n\r\u{0C} b") == [.init(.identifier, "a"), .init(.whitespace, " \t\n\r\u{0C} "), .init(.identifier, "b")])
  }

  @Test("VT is whitespace from 17 and a stray byte before (15.18 and 16.2 reject it, 17.10 and 18.6 accept)",
    arguments: [14, 15, 16, 17, 18])
  func verticalTab(major: Int) {
    let tokens = lexemes("1\u{0B}2", Dialects.v(major))
    let middle: SQLToken.Kind = major >= 17 ? .whitespace : .other
    #expect(tokens == [.init(.integer, "1"), .init(middle, "\u{0B}"), .init(.integer, "2")])
  }

  @Test("-- runs to LF or CR, not including it, or to the end of input")
  func lineComments() {
    #expect(lexemes("a -- c;'\nb") == [
      .init(.identifier, "a"), .init(.whitespace, " "), .init(.lineComment, "-- c;'"), .init(.whitespace, "\n"),
      .init(.identifier, "b"),
    ])
    #expect(lexemes("--x\rb") == [.init(.lineComment, "--x"), .init(.whitespace, "\r"), .init(.identifier, "b")])
    #expect(lexemes("-- to the end") == [.init(.lineComment, "-- to the end")])
  }

  @Test("block comments nest and close only at the outermost */", arguments: [
    ("/* a /* b */ c */x", "/* a /* b */ c */"),
    ("/**/x", "/**/"),
    ("/*/ */x", "/*/ */"),
    ("/* **/x", "/* **/"),
    ("/* /*/ */ */x", "/* /*/ */ */"),
    ("/* ' \" $$ -- */x", "/* ' \" $$ -- */"),
  ])
  func blockComments(input: String, comment: String) {
    #expect(lexemes(input) == [.init(.blockComment, comment), .init(.identifier, "x")])
  }

  // MARK: Identifiers

  @Test("identifiers: $ and digits after the first byte, high bytes anywhere", arguments: [
    "ab$c", "_x1", "x$tag$", "a$b$", "ÄBC", "é", "a$$b", "SELECT",
  ])
  func identifiers(word: String) {
    #expect(lexemes(word + " y") == [.init(.identifier, word), .init(.whitespace, " "), .init(.identifier, "y")])
  }

  @Test("any byte from 0x80 up is an identifier byte, lone or continuing", arguments: [UInt8(0x80), 0xA0, 0xC3, 0xFF])
  func highBytes(byte: UInt8) {
    #expect(lexemes([byte, 0x61, byte]) == [.init(.identifier, bytes: [byte, 0x61, byte])])
  }

  @Test("\"…\" keeps newlines and doubled quotes; U&\"…\" and u&\"…\" are Unicode identifiers")
  func quotedIdentifiers() {
    #expect(lexemes("\"a\"\"b\nc\"x") == [.init(.quotedIdentifier, "\"a\"\"b\nc\""), .init(.identifier, "x")])
    #expect(lexemes("\"\"\"\"") == [.init(.quotedIdentifier, "\"\"\"\"")])
    #expect(lexemes("U&\"a\"") == [.init(.unicodeIdentifier, "U&\"a\"")])
    #expect(lexemes("u&\"d!0061\" UESCAPE '!'") == [
      .init(.unicodeIdentifier, "u&\"d!0061\""), .init(.whitespace, " "), .init(.identifier, "UESCAPE"),
      .init(.whitespace, " "), .init(.string, "'!'"),
    ])
  }

  @Test("U& not directly followed by a quote is the identifier u, then & (18.6: column \"u\" does not exist)")
  func uAmpersandFails() {
    #expect(significant("U& \"x\"") == [.init(.identifier, "U"), .init(.operator, "&"), .init(.quotedIdentifier, "\"x\"")])
    #expect(significant("u&x") == [.init(.identifier, "u"), .init(.operator, "&"), .init(.identifier, "x")])
  }

  // MARK: Strings

  @Test("with standard_conforming_strings on, a backslash is an ordinary byte in '…'")
  func standardStrings() {
    #expect(lexemes("'it''s'") == [.init(.string, "'it''s'")])
    #expect(lexemes("'a\\' b") == [.init(.string, "'a\\'"), .init(.whitespace, " "), .init(.identifier, "b")])
    #expect(lexemes("N'a\\' b") == [.init(.nationalString, "N'a\\'"), .init(.whitespace, " "), .init(.identifier, "b")])
  }

  @Test("with standard_conforming_strings off, '…' and N'…' take E'' escapes (15–18 read 'a\\'b' as a'b)")
  func nonstandardStrings() {
    let off = Dialects.v(18, scs: false)
    #expect(lexemes("'a\\'b' x", off) == [.init(.string, "'a\\'b'"), .init(.whitespace, " "), .init(.identifier, "x")])
    #expect(lexemes("n'a\\'b'", off) == [.init(.nationalString, "n'a\\'b'")])
    #expect(lexemes("'a\\\\' x", off).first == .init(.string, "'a\\\\'"))
  }

  @Test("E'…' takes every escape kind without error")
  func escapeStringEscapes() {
    let body = #"E'\b\f\n\r\t\v\1\12\101\400\x4\x41\xZZ\u0041\U0001F600\uD83D\uDE00\\\'\q'''"#
    for dialect in Dialects.all {
      let tokens = lexChecked(body + "x", dialect)
      #expect(tokens.count == 2)
      #expect(tokens.first?.kind == .escapeString)
      #expect(tokens.first?.end == body.utf8.count)
      // `\'` is in the body: refused only under a client-only encoding (backslash_quote = safe_encoding).
      let expected = dialect.clientEncodingIsClientOnly ? SQLLexError(.unsafeBackslashQuote, at: 0) : nil
      #expect(tokens.first?.error?.code == expected?.code, "\(dialect)")
      #expect(tokens.first?.error?.offset == expected?.offset, "\(dialect)")
    }
    #expect(lexemes("e'\\''") == [.init(.escapeString, "e'\\''")])
  }

  @Test("B'…' and X'…' are raw: no escapes and no doubled quotes (18.6: B'01''10' fails at '10')")
  func bitAndHexStrings() {
    #expect(lexemes("B'0101'") == [.init(.bitString, "B'0101'")])
    #expect(lexemes("b'1'X'1F'x'a\\'") == [
      .init(.bitString, "b'1'"), .init(.hexString, "X'1F'"), .init(.hexString, "x'a\\'"),
    ])
    #expect(lexemes("B'01''10'") == [.init(.bitString, "B'01'"), .init(.string, "'10'")])
  }

  @Test("a letter before a quote is a prefix only for E, N, B, X; other words end before the quote")
  func prefixes() {
    #expect(lexemes("xe'a'") == [.init(.identifier, "xe"), .init(.string, "'a'")])
    #expect(lexemes("f'a'") == [.init(.identifier, "f"), .init(.string, "'a'")])
    #expect(lexemes("N'a'") == [.init(.nationalString, "N'a'")])
  }

  // MARK: Continuation

  @Test("adjacent literals continue across a newline, with spaces and -- comments around it", arguments: [
    "'a'\n'b'", "'a' \t-- c\n  'b'", "'a'\r'b'", "'a'\r\n\n'b'", "'a' -- x\n-- y\n  'b'", "'a'\u{0C}\n'b'",
    "'a'\n'b'\n'c'",
  ])
  func continuation(input: String) {
    #expect(lexemes(input) == [.init(.string, input)])
  }

  @Test("every '-family literal continues, keeping its first part's rules (18.6: E'a' NL '\\'' is a')")
  func continuationKinds() {
    #expect(lexemes("E'a'\n'\\''") == [.init(.escapeString, "E'a'\n'\\''")])
    #expect(lexemes("B'1'\n'0'") == [.init(.bitString, "B'1'\n'0'")])
    #expect(lexemes("X'1'\n'0'") == [.init(.hexString, "X'1'\n'0'")])
    #expect(lexemes("N'1'\n'0'") == [.init(.nationalString, "N'1'\n'0'")])
    #expect(lexemes("U&'\\00'\n'41'") == [.init(.unicodeString, "U&'\\00'\n'41'")])
    // Standard rules stay standard: the backslash does not escape the closing quote.
    #expect(lexemes("'a'\n'\\' x").first == .init(.string, "'a'\n'\\'"))
  }

  @Test("no continuation on the same line, across /* */, or into a comment at the end of input")
  func noContinuation() {
    #expect(lexemes("'a' 'b'") == [.init(.string, "'a'"), .init(.whitespace, " "), .init(.string, "'b'")])
    #expect(significant("'a' /* c */\n'b'") == [.init(.string, "'a'"), .init(.blockComment, "/* c */"), .init(.string, "'b'")])
    #expect(significant("'a'\n/* c */'b'") == [.init(.string, "'a'"), .init(.blockComment, "/* c */"), .init(.string, "'b'")])
    #expect(lexemes("'a'\n-- c") == [.init(.string, "'a'"), .init(.whitespace, "\n"), .init(.lineComment, "-- c")])
    #expect(lexemes("'a'\nb") == [.init(.string, "'a'"), .init(.whitespace, "\n"), .init(.identifier, "b")])
  }

  @Test("a VT in the gap allows continuation from 17 only (16.2 rejects 'a' VT NL 'b', 18.6 gives ab)",
    arguments: [15, 16, 17, 18])
  func verticalTabInGap(major: Int) {
    let tokens = lexemes("'a'\u{0B}\n'b'", Dialects.v(major))
    if major >= 17 {
      #expect(tokens == [.init(.string, "'a'\u{0B}\n'b'")])
    } else {
      #expect(tokens == [.init(.string, "'a'"), .init(.other, "\u{0B}"), .init(.whitespace, "\n"), .init(.string, "'b'")])
    }
  }

  // MARK: Dollar quotes and parameters

  @Test("a dollar quote ends at the first exact, case-sensitive copy of its delimiter", arguments: [
    ("$$a$$", "$$a$$"),
    ("$tag$ x $tag$", "$tag$ x $tag$"),
    ("$A$ x $a$ y $A$", "$A$ x $a$ y $A$"),
    ("$é$x$é$", "$é$x$é$"),
    ("$x$ $$ inner $$ $x$", "$x$ $$ inner $$ $x$"),
    ("$d$ abc $junk$d$", "$d$ abc $junk$d$"),
    ("$_$'\"/*--$_$", "$_$'\"/*--$_$"),
    ("$a$$a$", "$a$$a$"),
  ])
  func dollarQuotes(input: String, token: String) {
    #expect(lexemes(input + "x") == [.init(.dollarString, token), .init(.identifier, "x")])
  }

  @Test("$ starts no dollar quote after an identifier byte, before a digit, or without a closing $")
  func notDollarQuotes() {
    #expect(lexemes("a$b$ x") == [.init(.identifier, "a$b$"), .init(.whitespace, " "), .init(.identifier, "x")])
    #expect(lexemes("$1") == [.init(.parameter, "$1")])
    #expect(lexemes("$12+") == [.init(.parameter, "$12"), .init(.punctuation, "+")])
    #expect(lexemes("$a x") == [.init(.other, "$"), .init(.identifier, "a"), .init(.whitespace, " "), .init(.identifier, "x")])
    #expect(lexemes("$") == [.init(.other, "$")])
    #expect(lexemes("$ $") == [.init(.other, "$"), .init(.whitespace, " "), .init(.other, "$")])
  }

  // MARK: Numbers

  @Test("number shapes every version shares")
  func commonNumbers() {
    for major in [14, 15, 16, 17, 18] {
      let dialect = Dialects.v(major)
      #expect(lexemes("1 12 .5 1. 1.5 1.e5 1e5 1E+5 1e-5", dialect).filter { $0.kind != .whitespace } == [
        .init(.integer, "1"), .init(.integer, "12"), .init(.numeric, ".5"), .init(.numeric, "1."),
        .init(.numeric, "1.5"), .init(.numeric, "1.e5"), .init(.numeric, "1e5"), .init(.numeric, "1E+5"),
        .init(.numeric, "1e-5"),
      ])
      // numericfail: 1..10 is 1, .., 10 (18.6: syntax error at "..").
      #expect(lexemes("1..10", dialect) == [.init(.integer, "1"), .init(.specialOperator, ".."), .init(.integer, "10")])
      // 18.6: select 1.2.3 fails at ".3".
      #expect(lexemes("1.2.3", dialect) == [.init(.numeric, "1.2"), .init(.numeric, ".3")])
      #expect(lexemes("-1", dialect) == [.init(.punctuation, "-"), .init(.integer, "1")])
      #expect(lexemes("1 . 2", dialect).map(\.kind) == [.integer, .whitespace, .punctuation, .whitespace, .integer])
    }
  }

  @Test("up to 14, text stuck to a number is the next token")
  func classicNumbers() {
    let v14 = Dialects.v(14)
    #expect(lexemes("1abc", v14) == [.init(.integer, "1"), .init(.identifier, "abc")])
    #expect(lexemes("0x1F", v14) == [.init(.integer, "0"), .init(.identifier, "x1F")])
    #expect(lexemes("1_000", v14) == [.init(.integer, "1"), .init(.identifier, "_000")])
    #expect(lexemes("1e", v14) == [.init(.integer, "1"), .init(.identifier, "e")])
    #expect(lexemes("1e+", v14) == [.init(.integer, "1"), .init(.identifier, "e"), .init(.punctuation, "+")])
    #expect(lexemes("1.5e-x", v14) == [.init(.numeric, "1.5"), .init(.identifier, "e"), .init(.punctuation, "-"), .init(.identifier, "x")])
    #expect(lexemes("$1abc", v14) == [.init(.parameter, "$1"), .init(.identifier, "abc")])
    #expect(firstError("1abc 0x1F $1x 1e+ 1__0", v14) == nil)
  }

  @Test("from 16: underscores between digits and 0x/0o/0b integers (16.2 and 18.6 evaluate them)",
    arguments: [16, 17, 18])
  func modernNumbers(major: Int) {
    let dialect = Dialects.v(major)
    for integer in ["1_000_000", "0x1F", "0X1f", "0o17", "0O17", "0b101", "0B1", "0x_FF", "0x1_F", "0b1_0"] {
      #expect(lexemes(integer, dialect) == [.init(.integer, integer)], "\(integer)")
    }
    for numeric in ["1_000.5_5", "1.5e1_0", "1_0e1_0", ".5_5"] {
      #expect(lexemes(numeric, dialect) == [.init(.numeric, numeric)], "\(numeric)")
    }
    // 18.6: select 0x1F.5 is a syntax error at ".5": the hex integer ends before the point.
    #expect(lexemes("0x1F.5", dialect) == [.init(.integer, "0x1F"), .init(.numeric, ".5")])
  }

  @Test("in 15 the modern forms are still junk (15.18: trailing junk at 1_000, 0x1F, 0O17)")
  func fifteenRejectsModernNumbers() {
    for text in ["1_000", "0x1F", "0O17", "0b1"] {
      #expect(firstError(text, Dialects.v(15))?.code == .trailingJunkAfterNumber, "\(text)")
      #expect(lexemes(text, Dialects.v(15)).count == 1)
    }
  }

  // MARK: Operators

  @Test("the trailing +/- rule: stripped unless a non-SQL operator character is in the operator", arguments: [
    ("=-", ["=", "-"]), ("<-", ["<", "-"]), ("*+-", ["*", "+", "-"]), ("<=+", ["<=", "+"]),
    ("?-", ["?-"]), ("!=-", ["!=-"]), ("@-", ["@-"]), ("~-", ["~-"]), ("@-@", ["@-@"]), ("%-", ["%-"]),
    ("+", ["+"]), ("--", []), ("<>", ["<>"]), ("!=", ["!="]), ("=>", ["=>"]), (">=", [">="]),
    ("||", ["||"]), ("``", ["``"]), ("&&", ["&&"]),
  ])
  func operatorTrailingSign(input: String, parts: [String]) {
    guard !parts.isEmpty else {
      #expect(lexemes(input) == [.init(.lineComment, "--")])
      return
    }
    let tokens = lexemes(input + " 1")
    #expect(tokens.dropLast(2).map { String(decoding: $0.text, as: UTF8.self) } == parts)
  }

  @Test("one self character on its own is punctuation; other operator characters are operators")
  func punctuationOrOperator() {
    for byte in Array(",()[].;:+-*/%^<>=".utf8) {
      #expect(lexemes([byte]).map(\.kind) == [.punctuation], "\(UnicodeScalar(byte))")
    }
    for byte in Array("~!@#&|`?".utf8) {
      #expect(lexemes([byte]).map(\.kind) == [.operator], "\(UnicodeScalar(byte))")
    }
  }

  @Test("a comment start inside an operator run cuts the operator there (18.6: 1 +/*x*/ 1 is 2, ?-/*x*/ is ?-)")
  func commentInsideOperator() {
    #expect(lexemes("+/*x*/1") == [.init(.punctuation, "+"), .init(.blockComment, "/*x*/"), .init(.integer, "1")])
    #expect(lexemes("*--x\n1") == [.init(.punctuation, "*"), .init(.lineComment, "--x"), .init(.whitespace, "\n"), .init(.integer, "1")])
    #expect(lexemes("?-/*x*/") == [.init(.operator, "?-"), .init(.blockComment, "/*x*/")])
    #expect(lexemes("<--x") == [.init(.punctuation, "<"), .init(.lineComment, "--x")])
    #expect(lexemes("@@--x") == [.init(.operator, "@@"), .init(.lineComment, "--x")])
    #expect(lexemes("-/**/") == [.init(.punctuation, "-"), .init(.blockComment, "/**/")])
  }

  @Test("::, := and .. are their own tokens")
  func specialTokens() {
    #expect(lexemes("1::int") == [.init(.integer, "1"), .init(.typecast, "::"), .init(.identifier, "int")])
    #expect(lexemes("a:=b") == [.init(.identifier, "a"), .init(.specialOperator, ":="), .init(.identifier, "b")])
    #expect(lexemes("a..b") == [.init(.identifier, "a"), .init(.specialOperator, ".."), .init(.identifier, "b")])
    #expect(lexemes(":::") == [.init(.typecast, "::"), .init(.punctuation, ":")])
    #expect(lexemes(":a") == [.init(.punctuation, ":"), .init(.identifier, "a")])
  }

  @Test("bytes no rule takes are one-byte 'other' tokens")
  func otherBytes() {
    #expect(lexemes([0x5C, 0x7B, 0x7D, 0x00, 0x01, 0x7F]).map(\.kind) == Array(repeating: .other, count: 6))
  }
}
