import PGDumpSQL
import Testing

/// psql's rules for splitting a script (fact sheet §2). Where a case says "psql 18.6 sent …", the
/// script was run with `psql -X -e -f` against a throw-away 18.6 server and the echoed query
/// strings compared.
@Suite struct ScriptScannerTests {
  static let sjis = PostgresEncoding(name: "SJIS")!

  // MARK: Semicolons

  @Test("; inside parentheses does not end a statement, and ) never goes below depth 0 (psql 18.6)")
  func parentheses() throws {
    #expect(try statementTexts("select (1\n;\n2);\nselect 3;") == ["select (1\n;\n2);", "select 3;"])
    #expect(try statementTexts("select 1);select 'five';") == ["select 1);", "select 'five';"])
    #expect(try statementTexts("select ((1);\n);") == ["select ((1);\n);"])
  }

  @Test("semicolons in strings, identifiers, dollar quotes and comments are text")
  func quotedSemicolons() throws {
    let script = "select ';', \";\", $$;$$, E'\\';', /* ; */ 1 -- ;\n;select 2;"
    #expect(try statementTexts(script) == ["select ';', \";\", $$;$$, E'\\';', /* ; */ 1 -- ;\n;", "select 2;"])
  }

  @Test("a BEGIN ATOMIC body is one statement through its END; (psql 18.6 sent each routine whole)", arguments: [
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 ELSE 2 END; END;",
    "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END;",
    "create or replace function f1() returns int language sql begin atomic select case when true then 1 else 2 end; end;",
    "CREATE PROCEDURE p()\nLANGUAGE sql\nBEGIN ATOMIC\n  INSERT INTO t VALUES (1);\n  SELECT CASE WHEN x THEN (SELECT 1) END;\nEND;",
  ])
  func beginAtomic(routine: String) throws {
    #expect(try statementTexts(routine + "\nselect 1;") == [routine, "select 1;"])
  }

  @Test("BEGIN/CASE/END count only in CREATE [OR REPLACE] FUNCTION|PROCEDURE, outside parentheses (psql 18.6)")
  func beginAtomicHeuristicLimits() throws {
    #expect(try statementTexts("CREATE FUNCTION f2() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN 1 END; select 'two';")
      == ["CREATE FUNCTION f2() RETURNS int LANGUAGE sql RETURN CASE WHEN true THEN 1 END;", "select 'two';"])
    #expect(try statementTexts("create function f3() returns table(begin int) language sql as $$select 1$$; select 3;")
      == ["create function f3() returns table(begin int) language sql as $$select 1$$;", "select 3;"])
    #expect(try statementTexts("begin; select 'four'; end;") == ["begin;", "select 'four';", "end;"])
    #expect(try statementTexts("CREATE FUNCTION f() AS $$ begin $$ LANGUAGE sql; select 1;").count == 2)
    // Only the first four words decide: CREATE TEMP FUNCTION is not a routine definition.
    #expect(try statementTexts("create temp function begin; select 1;").count == 2)
    // A quoted "FUNCTION" is not the keyword.
    #expect(try statementTexts("create \"function\" begin; select 1;").count == 2)
  }

  @Test("\\; is a literal ; that ends nothing; \\: a literal : (psql 18.6 sent 'select 1 ; select 2;' as one string)")
  func backslashSemicolon() throws {
    let events = try scanEvents("select 1 \\; select 2;\nselect 3 \\:x;")
    #expect(events.compactMap(\.statement?.text) == ["select 1 \\; select 2;", "select 3 \\:x;"])
    #expect(events.allSatisfy { $0.meta == nil })
  }

  @Test("\\; restarts the CREATE FUNCTION detection")
  func backslashSemicolonResetsRoutineDetection() throws {
    // After `\;` the words count from zero again, so the BEGIN here is at position 0: no body.
    #expect(try statementTexts("select 1 \\; begin; select 2;") == ["select 1 \\; begin;", "select 2;"])
    // ...and a routine after `\;` is detected afresh.
    let routine = "select 1 \\; CREATE FUNCTION f() LANGUAGE sql BEGIN ATOMIC SELECT 1; END;"
    #expect(try statementTexts(routine + " select 2;") == [routine, "select 2;"])
  }

  // MARK: Backslash commands

  @Test("a backslash command runs to the end of its line; \\\\ ends it early (psql 18.6 ran \\echo x, then select 9)")
  func backslashCommands() throws {
    let events = try scanEvents("\\echo x \\\\ select 9;\n\\connect db\n\\restrict KEY123\n")
    #expect(events.count == 4)
    #expect(events[0].meta == .init(range: 0..<10, location: .init(line: 1, column: 1), name: "echo", arguments: "x"))
    #expect(events[1].statement?.text == "select 9;")
    #expect(events[1].statement?.location == .init(line: 1, column: 12))
    #expect(events[2].meta == .init(range: 21..<32, location: .init(line: 2, column: 1), name: "connect", arguments: "db"))
    #expect(events[3].meta?.name == "restrict")
    #expect(events[3].meta?.arguments == "KEY123")
  }

  @Test("a backslash command mid-statement runs first; the statement goes on (psql 18.6 printed mid, then sent select 5)")
  func backslashCommandMidStatement() throws {
    let events = try scanEvents("select 5 \\echo mid\n;\nselect 6;")
    #expect(events.count == 3)
    #expect(events[0].meta?.name == "echo")
    #expect(events[0].meta?.arguments == "mid")
    #expect(events[1].statement?.range == 0..<20)
    #expect(events[1].statement?.location == .init(line: 1, column: 1))
    #expect(events[2].statement?.text == "select 6;")
  }

  @Test("\\. outside COPY data and unknown commands are backslash commands too (psql: invalid command \\.)")
  func unknownCommands() throws {
    let events = try scanEvents("\\.\n\\bogus a b\nselect 1;")
    #expect(events.compactMap(\.meta?.name) == [".", "bogus"])
    #expect(events.compactMap(\.meta?.arguments) == ["", "a b"])
    #expect(events.compactMap(\.statement?.text) == ["select 1;"])
  }

  @Test("a backslash inside quotes or comments is no command")
  func quotedBackslash() throws {
    let events = try scanEvents("select '\\x', $$\\y$$, /* \\z */ 1 -- \\w\n;")
    #expect(events.count == 1)
    #expect(events[0].statement?.text == "select '\\x', $$\\y$$, /* \\z */ 1 -- \\w\n;")
  }

  // MARK: COPY data

  @Test("COPY … FROM stdin: data lines up to \\. (LF), rows counted, nothing in them lexed")
  func copyData() throws {
    let script = "COPY t (a, b) FROM stdin;\n1\t'x\n2\t$$y\n\\.\nselect 1;"
    let events = try scanEvents(script, options: .init(countsCopyFields: true))
    #expect(events.count == 3)
    let copy = try #require(events[0].statement)
    #expect(copy.isCopyFromStdin && copy.kind == "COPY" && copy.text == "COPY t (a, b) FROM stdin;")
    let block = try #require(events[1].copy)
    #expect(String(decoding: block.data, as: UTF8.self) == "1\t'x\n2\t$$y\n")
    #expect(block.dataRange == 26..<37)
    #expect(block.markerRange == 37..<40)
    #expect(block.rows == 2)
    #expect(block.fields == 4)
    #expect(block.location == .init(line: 2, column: 1))
    #expect(events[2].statement?.text == "select 1;")
    #expect(events[2].statement?.location == .init(line: 5, column: 1))
  }

  @Test("the \\. marker may end in CRLF (psql 18.6: COPY 1, then the next statement ran)")
  func copyCRLF() throws {
    let events = try scanEvents("copy t from STDIN;\r\na\r\n\\.\r\nselect 1;\r\n")
    let block = try #require(events.compactMap(\.copy).first)
    #expect(String(decoding: block.data, as: UTF8.self) == "a\r\n")
    #expect(block.markerRange == 23..<27)
    #expect(block.rows == 1)
    #expect(events.compactMap(\.statement?.text) == ["copy t from STDIN;", "select 1;"])
  }

  @Test("end of input ends COPY data without a marker (psql 15.18 and 18.6: COPY 2)")
  func copyAtEOF() throws {
    let events = try scanEvents("copy t from stdin;\nb\nc")
    let block = try #require(events.compactMap(\.copy).first)
    #expect(String(decoding: block.data, as: UTF8.self) == "b\nc")
    #expect(block.markerRange == nil)
    #expect(block.rows == 2)
  }

  @Test("\\. without a line end at the end of input is data, not a marker (15.18–17.10: end-of-copy marker corrupt; 18.6: end-of-copy marker is not alone on its line)")
  func copyBackslashDotAtEOF() throws {
    let events = try scanEvents("copy t from stdin;\nb\nc\n\\.")
    let block = try #require(events.compactMap(\.copy).first)
    #expect(block.markerRange == nil)
    #expect(String(decoding: block.data, as: UTF8.self) == "b\nc\n\\.")
    #expect(block.rows == 3)
  }

  @Test("\\. counts only alone at the start of a line")
  func copyMarkerOnlyAlone() throws {
    let events = try scanEvents("copy t from stdin;\n\\.x\n \\.\na\\.\n\\.\n")
    let block = try #require(events.compactMap(\.copy).first)
    #expect(String(decoding: block.data, as: UTF8.self) == "\\.x\n \\.\na\\.\n")
    #expect(block.rows == 3)
    #expect(block.dataRange == 19..<31)
    #expect(block.markerRange == 31..<34)
  }

  @Test("COPY FROM STDOUT also reads data; COPY TO stdout and FROM 'stdin' do not")
  func copyDetection() throws {
    #expect(try scanEvents("COPY t FROM STDOUT;\nx\n\\.\n").compactMap(\.copy).count == 1)
    #expect(try scanEvents("COPY t FROM stdin WITH (FORMAT csv);\nx\n\\.\n").compactMap(\.copy).count == 1)
    let toStdout = try scanEvents("COPY t TO stdout;\nselect 1;")
    #expect(toStdout.compactMap(\.copy).isEmpty && toStdout.compactMap(\.statement).count == 2)
    #expect(try scanEvents("COPY t FROM 'stdin';\nselect 1;").compactMap(\.statement).count == 2)
    #expect(try scanEvents("COPY t FROM stdin").first?.statement?.isCopyFromStdin == true)
  }

  // MARK: Statement boundaries and locations

  @Test("leading whitespace and -- comments are dropped, a leading /* */ is kept (psql 18.6 sent '/* keep */ select 1;')")
  func leadingTrivia() throws {
    let events = try scanEvents("  -- c\n\t/* k */ select 1;\n-- tail\n")
    #expect(events.count == 1)
    let statement = try #require(events[0].statement)
    #expect(statement.text == "/* k */ select 1;")
    #expect(statement.range == 8..<25)
    #expect(statement.location == .init(line: 2, column: 2))
    #expect(statement.tokenCount == 3)
  }

  @Test("what is left at the end of input is sent without ; (psql 18.6 sent a trailing '/* c */')")
  func statementAtEOF() throws {
    let events = try scanEvents("select 1;\nselect 2\n")
    #expect(events.count == 2)
    let last = try #require(events[1].statement)
    #expect(last.text == "select 2\n")
    #expect(!last.isTerminated)
    #expect(events[0].statement?.isTerminated == true)
    #expect(try statementTexts("select 1;\n/* c */") == ["select 1;", "/* c */"])
    #expect(try statementTexts("select 1;\n\n  -- c\n").count == 1)
    #expect(try statementTexts("").isEmpty)
  }

  @Test("locations are 1-based line and byte column of the statement's first kept byte")
  func locations() throws {
    let events = try scanEvents("select 1;\n  select 2; select 3;\r\n\u{C3}\u{A9};\n\n\\x\n")
    #expect(events.compactMap(\.statement?.location) == [
      .init(line: 1, column: 1), .init(line: 2, column: 3), .init(line: 2, column: 13), .init(line: 3, column: 1),
    ])
    #expect(events.compactMap(\.meta?.location) == [.init(line: 5, column: 1)])
  }

  @Test("statement kinds name the command as a tag does")
  func kinds() throws {
    let script = """
      CREATE TABLE t (a int); create unique index i on t (a); ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO x;
      COMMENT ON COLUMN t.a IS 'x'; CREATE OR REPLACE FUNCTION f() RETURNS int AS $$1$$ LANGUAGE sql;
      SET search_path = ''; SELECT 1; COPY t FROM stdin;
      \\.
      """
    #expect(try scanEvents(script + "\n").compactMap(\.statement?.kind) == [
      "CREATE TABLE", "CREATE INDEX", "ALTER DEFAULT PRIVILEGES", "COMMENT ON COLUMN", "CREATE FUNCTION", "SET",
      "SELECT", "COPY",
    ])
  }

  @Test("a statement's first lexical error is reported with its absolute offset")
  func statementErrors() throws {
    let events = try scanEvents("select 1;\nselect 1abc;\nselect $$x")
    let statements = events.compactMap(\.statement)
    #expect(statements[0].firstError == nil)
    #expect(statements[1].firstError == SQLLexError(.trailingJunkAfterNumber, at: 17))
    #expect(statements[2].firstError == SQLLexError(.unterminatedDollarQuotedString, at: 30))
  }

  // MARK: Session settings

  @Test("SET client_encoding = 'SJIS' masks trail bytes: 0x5C does not escape the quote (psql 18.6 returned 表)")
  func sjisBackslashTrailByte() throws {
    let script: [UInt8] = Array("SET client_encoding = 'SJIS';\nSELECT E'".utf8) + [0x95, 0x5C] + Array("';\nSELECT 2;\n".utf8)
    let statements = try scanEvents(script).compactMap(\.statement)
    #expect(statements.count == 3)
    #expect(statements[1].bytes == Array("SELECT E'".utf8) + [0x95, 0x5C] + Array("';".utf8))
    #expect(statements[1].firstError == nil)
    #expect(statements[2].text == "SELECT 2;")
    // Starting in SJIS (the dump's ENCODING) works the same without the SET.
    let direct = Array(script[30...])
    #expect(try statementTexts(direct, options: .init(encoding: Self.sjis)).count == 2)
  }

  @Test("without the SET the same bytes read as UTF-8 and \\' swallows the rest (psql 18.6 sent one string)")
  func utf8BackslashTrailByte() throws {
    let script: [UInt8] = Array("SELECT E'".utf8) + [0x95, 0x5C] + Array("';\nSELECT 2;\n".utf8)
    let statements = try scanEvents(script).compactMap(\.statement)
    #expect(statements.count == 1)
    #expect(!statements[0].isTerminated)
    #expect(statements[0].firstError?.code == .unterminatedQuotedString)
  }

  @Test("a byte after an SJIS lead byte is masked even when it is a quote (psql 18.6 sent \"select '\\x81'; select 3';\" whole)")
  func sjisQuoteAfterLeadByte() throws {
    let tail: [UInt8] = Array("select '".utf8) + [0x81, 0x27] + Array("; select 3';\nselect 4;\n".utf8)
    let masked = try scanEvents(Array("SET client_encoding = 'SJIS';\n".utf8) + tail).compactMap(\.statement)
    #expect(masked.count == 3)
    #expect(masked[1].bytes == Array("select '".utf8) + [0x81, 0x27] + Array("; select 3';".utf8))
    #expect(masked[2].text == "select 4;")
    // In UTF-8 the quote closes the string: `select '\x81';`, then a string to the end.
    let plain = try scanEvents(tail).compactMap(\.statement)
    #expect(plain.count == 2)
    #expect(plain[0].bytes == Array("select '".utf8) + [0x81, 0x27, 0x3B])
  }

  @Test("SET NAMES is SET client_encoding (psql 18.6 returned 表 after set names 'SJIS')")
  func setNames() throws {
    let script: [UInt8] = Array("set names 'SJIS';\nselect E'".utf8) + [0x95, 0x5C] + Array("' as a;\nselect 2 as b;\n".utf8)
    let statements = try scanEvents(script).compactMap(\.statement)
    #expect(statements.count == 3)
    #expect(statements.last?.text == "select 2 as b;")
  }

  @Test("\\encoding and SET client_encoding TO … switch masking on and off")
  func encodingSwitches() throws {
    let body: [UInt8] = Array("SELECT E'".utf8) + [0x95, 0x5C] + Array("';\n".utf8)
    let script = Array("\\encoding SJIS\n".utf8) + body + Array("SET client_encoding TO 'UTF8';\n".utf8) + body
    let statements = try scanEvents(script).compactMap(\.statement)
    #expect(statements.count == 3)
    #expect(statements[0].bytes == Array(body.dropLast()))
    #expect(statements[2].firstError?.code == .unterminatedQuotedString)
    let scanner = PsqlScriptScanner()
    try Array("SET client_encoding = 'SJIS';\n".utf8).withUnsafeBytes { try scanner.feed($0) { _ in } }
    try scanner.finish { _ in }
    #expect(scanner.encoding == Self.sjis)
  }

  @Test("SET standard_conforming_strings = off makes '…' take escapes (psql 18.6: 'a\\'b' is a'b)")
  func standardConformingStringsOff() throws {
    let off = try scanEvents("SET standard_conforming_strings = off;\nselect 'a\\'b';\nselect 2;\n").compactMap(\.statement)
    #expect(off.map(\.text) == ["SET standard_conforming_strings = off;", "select 'a\\'b';", "select 2;"])
    // With it on, 'a\' is a string and b'… an unterminated bit string to the end.
    let on = try scanEvents("select 'a\\'b';\nselect 2;\n").compactMap(\.statement)
    #expect(on.count == 1)
    #expect(on[0].firstError == SQLLexError(.unterminatedBitString, at: 11))
    // And back on; SET SESSION … TO and quoted values count too.
    let toggled = try scanEvents(
      "SET SESSION standard_conforming_strings TO 'off';\nSET standard_conforming_strings = on;\nselect 'a\\';\n"
    ).compactMap(\.statement)
    #expect(toggled.count == 3)
    #expect(toggled[2].text == "select 'a\\';")
    let scanner = PsqlScriptScanner(options: .init(dialect: SQLDialect(standardConformingStrings: false)))
    #expect(!scanner.standardConformingStrings)
  }

  @Test("a SET takes effect from the next line: psql lexes the rest of the line with the old settings (psql 18.6 sent the rest as one string)")
  func settingTakesEffectNextLine() throws {
    let scs = try scanEvents("set standard_conforming_strings = off; select 'a\\'b' as x; select 2 as y;\nselect 'c';\n")
      .compactMap(\.statement)
    #expect(scs.count == 2)
    #expect(scs.last?.isTerminated == false)
    let sjis: [UInt8] = Array("set client_encoding = 'SJIS'; select E'".utf8) + [0x95, 0x5C]
      + Array("' as a; select 2 as b;\nselect '3';\n".utf8)
    let statements = try scanEvents(sjis).compactMap(\.statement)
    #expect(statements.count == 2)
    #expect(statements.last?.isTerminated == false)
  }
}

/// `PsqlSentText`: the text psql sends for a scanned statement. Checked against the statements a
/// throw-away 18.6 server logged (`log_statement = all`) for 600 random scripts run with `psql -X
/// -f`: every statement boundary agreed; the text differed only in the two cases disabled below.
@Suite struct PsqlSentTextTests {
  func sent(_ script: String) throws -> [String] {
    var texts: [String] = []
    try PsqlScriptScanner.scan(Array(script.utf8)) { event in
      if case .statement(_, let text) = event { texts.append(String(decoding: PsqlSentText.text(of: text), as: UTF8.self)) }
    }
    return texts
  }

  @Test("\\; goes as ; and empty lines outside quotes are dropped (18.6 logged 'select 1 ; select 2;' and 'select\\n4;')")
  func basics() throws {
    #expect(try sent("select 1 \\; select 2;\nselect\n\n\n4;\nselect 'a\n\nb';\n")
      == ["select 1 ; select 2;", "select\n4;", "select 'a\n\nb';"])
  }

  @Test("a backslash command inside a statement is not sent (18.6 logged 'select 5 \\n;' and \"select 'x'  ;\")")
  func metaCommandInsideStatement() throws {
    #expect(try sent("select 5 \\echo mid\n;\n") == ["select 5 \n;"])
    #expect(try sent("select 'x' \\echo m \\\\ ;\n") == ["select 'x'  ;"])
  }

  @Test("a statement sent at the end of input has no final newline (18.6 logged \"select 'a'\")")
  func statementAtEndOfInput() throws {
    #expect(try sent("select 1;\nselect 'a'\n") == ["select 1;", "select 'a'"])
  }
}
