import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// `pgdumpkit statements` as library code: counts that agree with psql and with the archives.
@Suite struct StatementScanTests {
  static var plainScripts: [Corpus.Dump] { Corpus.dumps.filter { $0.psqlStatements != nil } }

  /// Statements in a psql reference file (each ends with NUL and a newline).
  static func referenceCount(_ path: String) -> Int {
    let bytes = Corpus.bytes(path)
    return zip(bytes, bytes.dropFirst()).filter { $0 == 0 && $1 == 0x0A }.count
  }

  @Test("statement counts equal what psql sent; no lexical errors in real dumps", arguments: plainScripts)
  func countsMatchPsql(dump: Corpus.Dump) throws {
    var source = try DumpSource.open(dump.fullPath)
    var records = 0
    let summary = try StatementScan.run(&source, options: .init(tokens: true)) { _ in records += 1 }
    #expect(summary.statements == Self.referenceCount(try #require(dump.psqlStatements)))
    #expect(summary.statementsWithErrors == 0)
    #expect(summary.unterminatedStatements == 0)
    #expect(summary.copyBlocksWithoutEndMarker == 0)
    #expect(records == summary.statements + summary.metaCommands)
    #expect((summary.tokens ?? 0) > Int64(summary.statements))
    #expect(summary.bytes == Int64(Corpus.bytes(dump.path).count))
  }

  @Test("COPY rows counted in a plain dump equal the rows in the same database's archive")
  func copyRowsMatchArchive() throws {
    for dump in Corpus.dumps where dump.format == "plain" {
      guard
        let custom = Corpus.dumps.first(where: {
          $0.pgMajor == dump.pgMajor && $0.database == dump.database && $0.format == "custom" && $0.compression == "gzip"
        })
      else { continue }
      var source = try DumpSource.open(dump.fullPath)
      let summary = try StatementScan.run(&source) { _ in }
      let archive = try Archive.open(custom.fullPath)
      var rows: Int64 = 0
      for entry in archive.entries where entry.isType("TABLE DATA") {
        try archive.readData(of: entry) { event in
          if case .bytes(let chunk) = event { rows += Int64(chunk.filter { $0 == 0x0A }.count) }
        }
        rows -= 3  // the "\.\n" line and the two blank lines after it
      }
      #expect(summary.copyRows == rows, "\(dump.path)")
    }
  }

  @Test("a truncated script reports the statement and COPY block it ends inside")
  func truncatedScript() throws {
    let dump = try #require(Self.plainScripts.first { $0.pgMajor == 17 && $0.database == "main" })
    let bytes = Corpus.bytes(dump.path)
    let copy = try #require(bytes.firstRange(of: Array("FROM stdin;\n".utf8)))
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-stmt-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let insideCopy = directory.appendingPathComponent("cut-copy.sql")
    try Data(bytes[..<(copy.upperBound + 3)]).write(to: insideCopy)
    var source = try DumpSource.open(insideCopy.path)
    let summary = try StatementScan.run(&source) { _ in }
    #expect(summary.copyBlocksWithoutEndMarker == 1)

    let create = try #require(bytes.firstRange(of: Array("CREATE TABLE".utf8)))
    let insideStatement = directory.appendingPathComponent("cut-statement.sql")
    try Data(bytes[..<(create.lowerBound + 20)]).write(to: insideStatement)
    source = try DumpSource.open(insideStatement.path)
    let cut = try StatementScan.run(&source) { _ in }
    #expect(cut.unterminatedStatements == 1)
  }
}
