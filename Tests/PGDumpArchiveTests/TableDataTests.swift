import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// `pgdumpkit data`: rows exactly as stored, or as CSV, from every format.
@Suite struct TableDataTests {
  static func rows(_ dump: Corpus.Dump, table: String, schema: String? = "app") throws -> [UInt8] {
    let archive = try Archive.open(dump.fullPath, options: ArchiveOpenOptions(acceptsPlainScripts: true))
    let entry = try TableData.entry(in: archive, table: table, schema: schema)
    var bytes: [UInt8] = []
    try TableData.rows(of: entry, in: archive) { bytes.append(contentsOf: $0) }
    return bytes
  }

  @Test("the rows of a table are the same from every format of the same database, without the \\. line")
  func sameRowsEverywhere() throws {
    let dumps = Corpus.dumps.filter { $0.pgMajor == 17 && $0.database == "main" }
    let reference = try Self.rows(try #require(dumps.first { $0.format == "plain" }), table: "customers")
    #expect(!reference.isEmpty)
    #expect(!String(decoding: reference, as: UTF8.self).contains("\\.\n"))
    for dump in dumps where dump.format != "dumpall" {
      #expect(try Self.rows(dump, table: "customers") == reference, "\(dump.path)")
    }
  }

  @Test("CSV: NULL is an empty unquoted field, an empty string is \"\", quotes doubled, escapes decoded")
  func csvConversion() {
    var converter = CopyTextToCSV()
    var out: [UInt8] = []
    // COPY text `\\.` is the value `\.`, which CSV must quote (a bare `\.` line ends COPY data).
    let text = Array("1\t\\N\t\ta,b\tsay \"hi\"\tline\\nbreak\t\\\\.\t\\303\\251\n".utf8)
    // Fed one byte at a time: rows can be cut anywhere.
    for byte in text { [byte].withUnsafeBytes { converter.convert($0) { out.append(contentsOf: $0) } } }
    converter.finish { out.append(contentsOf: $0) }
    #expect(String(decoding: out, as: UTF8.self) == "1,,\"\",\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"\\.\",é\n")
    #expect(CopyTextToCSV.header(["id", "Qty, pcs"]) == Array("id,\"Qty, pcs\"\n".utf8))
  }

  @Test("an unknown table is an error naming it; a name in several schemas asks for -n")
  func lookupErrors() throws {
    let dump = try #require(Corpus.dumps.first { $0.pgMajor == 17 && $0.database == "main" && $0.format == "custom" })
    let archive = try Archive.open(dump.fullPath)
    #expect(throws: ArchiveError.self) { try TableData.entry(in: archive, table: "no_such_table", schema: nil) }
  }
}
