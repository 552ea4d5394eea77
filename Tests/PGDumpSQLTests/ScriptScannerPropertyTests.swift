import PGDumpSQL
import Testing
import _PGDumpTestSupport

/// Chunking invariance: however the input is cut into `feed` calls, the scanner reports the same
/// events (statements with ranges, kinds, locations and errors; backslash commands; COPY blocks
/// with their data and rows; tokens) as for the whole input at once.
@Suite struct ScriptScannerPropertyTests {
  /// Fragments of psql scripts, chosen to put chunk boundaries inside every construct.
  static let fragments: [[UInt8]] = {
    let texts = [
      "select 1;\n", "SELECT 'a''b', E'\\'', $$x;$$, $t$ $$ $t$, \"q;\" ;\n", "select (1\n;\n2);\n",
      "-- comment ; ' \n", "/* a /* b */ ; */ select 2;\n", "select 'a'\n'b';\n", "select 'a' -- c\r\n'b';\r\n",
      "COPY t (a, b) FROM stdin;\n1\t2\n\\N\t'x\n\\.\n", "copy t from stdin;\r\na\r\n\\.\r\n", "COPY t FROM stdin;\n\\.x\n \\.\n\\.\n",
      "\\connect db\n", "\\restrict abc\n", "select 1 \\; select 2;\n", "\\echo x \\\\ select 9;\n", "select 5 \\echo mid\n;\n",
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END;\n",
      "CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\n",
      "SET standard_conforming_strings = off;\n", "SET standard_conforming_strings = on;\n", "select 'a\\'b';\n",
      "SET client_encoding = 'SJIS';\n", "SET client_encoding = 'UTF8';\n",
      "select 1abc, 0x1F, $1, 1..2, U&'\\0041' UESCAPE '!';\n", "select 1 +/*x*/ 1 *--c\n;\n", "   \n\t", "\n",
      "select U&'\\12' 'x';\n", "\\.\n", "select \u{00E9}t\u{00E9};\n",
    ]
    return texts.map { Array($0.utf8) } + [
      Array("select E'".utf8) + [0x95, 0x5C] + Array("';\n".utf8),
      Array("select '".utf8) + [0x81, 0x27] + Array("; x';\n".utf8),
      Array("select '".utf8) + [0x81, 0x30, 0x81, 0x30] + Array("';\n".utf8),
      [0xE3, 0x81, 0x82, 0x0A],
    ]
  }()

  static let tails: [[UInt8]] = [
    [], Array("select 2".utf8), Array("select 'open".utf8), Array("select $$x".utf8), Array("/* open".utf8),
    Array("COPY t FROM stdin;\nrow".utf8), Array("COPY t FROM stdin;\n\\.".utf8), Array("\\echo end".utf8),
    Array("select 1e".utf8), Array("U&'x' UESCAPE".utf8), Array("select 'a'\n".utf8), Array("-- c".utf8),
  ]

  static func randomScript(_ generator: inout SeededGenerator, fragmentCount: Int) -> [UInt8] {
    var script: [UInt8] = []
    for _ in 0..<Int.random(in: 1...fragmentCount, using: &generator) {
      if Int.random(in: 0..<10, using: &generator) == 0 {
        script += (0..<Int.random(in: 1...4, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
      } else {
        script += fragments.randomElement(using: &generator)!
      }
    }
    return script + tails.randomElement(using: &generator)!
  }

  static func randomCuts(_ count: Int, _ generator: inout SeededGenerator, maxChunk: Int) -> [Int] {
    var cuts: [Int] = []
    var offset = 0
    while true {
      offset += Int.random(in: 1...maxChunk, using: &generator)
      if offset >= count { return cuts }
      cuts.append(offset)
    }
  }

  static let options = PsqlScriptScanner.Options(reportsTokens: true, countsCopyFields: true, reportsComments: true)

  func expectInvariant(_ script: [UInt8], cuts: [Int], options: PsqlScriptScanner.Options = options, _ note: String)
    throws -> Bool
  {
    let whole = try scanEvents(script, options: options)
    let chunked = try scanEvents(script, options: options, cuts: cuts)
    guard whole != chunked else { return true }
    let index = zip(whole, chunked).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(whole.count, chunked.count)
    Issue.record(
      """
      \(note): events differ at \(index) (cuts \(cuts.prefix(40)))
      script: \(String(decoding: script, as: UTF8.self).debugDescription)
      whole:   \(index < whole.count ? whole[index].description : "(end)")
      chunked: \(index < chunked.count ? chunked[index].description : "(end)")
      """)
    return false
  }

  @Test("random scripts: random chunkings give the same events as one chunk")
  func randomChunkings() throws {
    var generator = SeededGenerator(seed: 0xC0FF_EE01)
    for round in 0..<150 {
      let script = Self.randomScript(&generator, fragmentCount: 12)
      let cuts = Self.randomCuts(script.count, &generator, maxChunk: Int.random(in: 2...64, using: &generator))
      guard try expectInvariant(script, cuts: cuts, "round \(round)") else { return }
    }
  }

  @Test("small random scripts: one-byte chunks give the same events as one chunk")
  func oneByteChunks() throws {
    var generator = SeededGenerator(seed: 0xC0FF_EE02)
    for round in 0..<60 {
      let script = Self.randomScript(&generator, fragmentCount: 5)
      guard try expectInvariant(script, cuts: Array(1..<max(1, script.count)), "round \(round)") else { return }
    }
  }

  @Test("every fragment alone, cut at every single position")
  func everyCutOfEveryFragment() throws {
    for fragment in Self.fragments + Self.tails where !fragment.isEmpty {
      for cut in 1..<fragment.count {
        guard try expectInvariant(fragment, cuts: [cut], "cut \(cut)") else { return }
      }
    }
  }

  @Test("a GB18030 four-byte character split after its lead byte is masked as a whole")
  func gb18030SplitLeadByte() throws {
    // 0x81 0x30 0x81 0x30 is one GB18030 character; cut right after the 0x81.
    let script = Array("SET client_encoding = 'GB18030';\nselect '".utf8) + [0x81, 0x30, 0x81, 0x30] + Array("';\nselect 2;\n".utf8)
    let lead = script.firstIndex(of: 0x81)!
    #expect(try expectInvariant(script, cuts: [lead + 1], "GB18030"))
  }

  @Test("corpus plain dumps: one-byte chunks over a small dump, random chunks over a large one")
  func corpusDumps() throws {
    let small = Corpus.bytes("dumps/pg16/eucjp.plain.sql")
    let large = Corpus.bytes("dumps/pg18/main.plain.sql")
    try #require(!small.isEmpty && !large.isEmpty, "corpus missing")
    let eucjp = PsqlScriptScanner.Options(
      encoding: PostgresEncoding(name: "EUC_JP")!, reportsTokens: true, countsCopyFields: true, reportsComments: true)
    #expect(try expectInvariant(small, cuts: Array(1..<small.count), options: eucjp, "eucjp one-byte"))
    var generator = SeededGenerator(seed: 0xC0FF_EE03)
    let cuts = Self.randomCuts(large.count, &generator, maxChunk: 700)
    #expect(try expectInvariant(large, cuts: cuts, "main random"))
    let statements = try scanEvents(large).compactMap(\.statement)
    #expect(statements.count > 100)
    #expect(statements.allSatisfy { $0.firstError == nil })
  }
}
