import PGDumpSQL
import Testing

/// COPY statements and COPY text rows, checked as the server will read them
/// (lexer-and-compat.md §3.2–3.3; messages as PostgreSQL words them).
@Suite struct CopyCheckTests {
  static func problems(
    _ data: String, columns: [String]? = ["a", "b"], encoding: String = "UTF8", target: Int = 18, chunk: Int = 1 << 20
  ) -> [CopyRowChecker.Problem] {
    var checker = CopyRowChecker(columns: columns, encoding: PostgresEncoding(name: encoding) ?? .utf8, targetMajor: target)
    var found: [CopyRowChecker.Problem] = []
    let bytes = Array(data.utf8)
    var offset = 0
    while offset < bytes.count {
      let end = min(bytes.count, offset + chunk)
      bytes[offset..<end].withUnsafeBytes { checker.feed($0, at: Int64(offset)) { found.append($0) } }
      offset = end
    }
    checker.finish { found.append($0) }
    return found
  }

  @Test("COPY statements: table as written, unquoted column names, FROM stdin, format")
  func copyStatement() throws {
    let copy = try #require(CopyStatement(Array("COPY app.\"Order Items\" (id, \"Qty \"\"x\"\"\", note) FROM stdin;".utf8)))
    #expect(copy.table == "app.\"Order Items\"")
    #expect(copy.columns == ["id", "Qty \"x\"", "note"])
    #expect(copy.isFromStdin)
    #expect(copy.format == "text")
    #expect(CopyStatement(Array("COPY t FROM stdin WITH (FORMAT csv);".utf8))?.format == "csv")
    #expect(CopyStatement(Array("SELECT 1;".utf8)) == nil)
  }

  @Test("well-formed rows, NULLs, escapes and UTF-8 pass, in any chunking")
  func goodRows() {
    let data = "1\tx\n2\t\\N\n3\ttab\\there \\\\ back\\nslash é\n4\t\\303\\251\n"
    for chunk in [1, 3, 1 << 20] { #expect(Self.problems(data, chunk: chunk).isEmpty) }
  }

  @Test("field counts: extra data and missing data name the column")
  func fieldCounts() {
    #expect(Self.problems("1\tx\textra\n").map(\.message) == ["extra data after last expected column"])
    #expect(Self.problems("1\n").map(\.message) == ["missing data for column \"b\""])
    #expect(Self.problems("1\tx\n2\n").first?.line == 2)
    // A backslash before a raw tab makes the tab data, not a delimiter.
    #expect(Self.problems("1\tx\\\ty\n").isEmpty)
    #expect(Self.problems("1\tx\\\ty\n", columns: ["a", "b", "c"]).map(\.message) == ["missing data for column \"c\""])
  }

  @Test("line endings: the first line decides; later mismatches are errors")
  func lineEndings() {
    #expect(Self.problems("1\tx\n2\ty\r\n").map(\.message) == ["literal carriage return found in data"])
    #expect(Self.problems("1\tx\r\n2\ty\n").map(\.message) == ["literal newline found in data"])
    #expect(Self.problems("1\tx\r\n2\ty\r\n").isEmpty)
  }

  @Test("an end-of-copy marker inside a row: 18's error, 17's corrupt marker and silent stop")
  func markers() {
    #expect(Self.problems("1\tx\\.\n").map(\.message) == ["end-of-copy marker is not alone on its line"])
    #expect(Self.problems("1\tx\\.y\n", target: 17).map(\.message) == ["end-of-copy marker corrupt"])
    #expect(Self.problems("1\tx\\.\n", target: 17).first?.code == .markerNotAlone)
    #expect(Self.problems("1\tx\n\\.\n\n\n").isEmpty)
    #expect(Self.problems("1\tx\n\\.\n2\ty\n").map(\.code) == [.dataAfterMarker])
  }

  @Test("invalid bytes, raw or made by escapes, in PostgreSQL's words")
  func encodings() {
    #expect(Self.problems("1\tcaf\u{E9}\n".unicodeScalars.map { Character($0) }.map(String.init).joined(), encoding: "UTF8").isEmpty)
    var raw = Array("1\tcaf".utf8) + [0xE9] + Array("\n".utf8)
    var checker = CopyRowChecker(columns: ["a", "b"], encoding: .utf8)
    var found: [String] = []
    raw.withUnsafeBytes { checker.feed($0, at: 0) { found.append($0.message) } }
    #expect(found == ["invalid byte sequence for encoding \"UTF8\": 0xe9 0x0a"] || found == ["invalid byte sequence for encoding \"UTF8\": 0xe9"])
    raw = []
    #expect(Self.problems("1\t\\377\n").map(\.message) == ["invalid byte sequence for encoding \"UTF8\": 0xff"])
    #expect(Self.problems("1\t\\377\n", encoding: "LATIN1").isEmpty)
  }
}
