import Foundation
import PGDumpSQL
import Testing
import _PGDumpTestSupport

/// Statement boundaries against psql itself: every plain script of the corpus, as the server
/// logged the statements psql sent (`log_statement = all`, Tools/corpus/psql-statements).
@Suite struct CorpusStatementTests {
  static var plainDumps: [Corpus.Dump] { Corpus.dumps.filter { $0.psqlStatements != nil } }

  /// The reference file: each statement followed by NUL and a newline.
  static func reference(_ path: String) -> [[UInt8]] {
    let bytes = Corpus.bytes(path)
    var statements: [[UInt8]] = []
    var start = 0
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0 && bytes[index + 1] == 0x0A {
        statements.append(Array(bytes[start..<index]))
        index += 2
        start = index
      } else {
        index += 1
      }
    }
    return statements
  }

  /// What our scanner says psql sends, feeding the script in chunks of `chunkSize` bytes.
  static func scanned(_ script: [UInt8], chunkSize: Int) throws -> [[UInt8]] {
    let scanner = PsqlScriptScanner()
    var statements: [[UInt8]] = []
    let sink: PsqlScriptScanner.Sink = { event in
      if case .statement(_, let text) = event {
        statements.append(PsqlSentText.text(of: text))
      }
    }
    var offset = 0
    while offset < script.count {
      let end = min(script.count, offset + chunkSize)
      try script[offset..<end].withUnsafeBytes { try scanner.feed($0, sink) }
      offset = end
    }
    try scanner.finish(sink)
    return statements
  }

  @Test("the corpus has psql references for every plain script")
  func referencesPresent() {
    #expect(Self.plainDumps.count >= 17)
  }

  @Test("statements equal what psql sent to the server", arguments: plainDumps)
  func statementsMatchPsql(dump: Corpus.Dump) throws {
    let expected = Self.reference(try #require(dump.psqlStatements))
    let script = Corpus.bytes(dump.path)
    for chunkSize in [1 << 20, 4093, 61] {
      let actual = try Self.scanned(script, chunkSize: chunkSize)
      #expect(actual.count == expected.count, "chunk \(chunkSize)")
      for (index, (ours, theirs)) in zip(actual, expected).enumerated() where ours != theirs {
        Issue.record(
          """
          statement \(index) differs (chunk \(chunkSize)):
          ours:   \(String(decoding: ours.prefix(300), as: UTF8.self))
          psql's: \(String(decoding: theirs.prefix(300), as: UTF8.self))
          """)
        break
      }
    }
  }
}
