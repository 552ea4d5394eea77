import Foundation
import PGDumpArchive
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Real pg_dump output must validate: no error-severity finding on any corpus dump, and only the
/// warnings a careful DBA expects.
@Suite struct ValidateCorpusTests {
  @Test("every corpus dump validates without errors; the only warnings are clear-text FDW passwords",
    arguments: Corpus.dumps)
  func corpusDumpIsClean(dump: Corpus.Dump) throws {
    let report = try DumpValidator.validate(dump.fullPath)
    #expect(report.errors == 0, "\(report.findings.filter { $0.severity == .error }.map(\.message))")
    let warnings = Set(report.findings.filter { $0.severity == .warning }.map(\.code))
    #expect(warnings.isSubset(of: ["security-plaintext-password"]), "\(warnings)")
    // The main database has user mappings with password options (postgres_fdw); 16.2 lacks the FDWs.
    if dump.database == "main" && dump.pgMajor != 16 || dump.format == "dumpall" && dump.pgMajor != 16 {
      let passwords = report.findings.filter { $0.code == "security-plaintext-password" }
      #expect(!passwords.isEmpty)
      #expect(passwords.allSatisfy { $0.message.contains("USER MAPPING") || $0.message.contains("SERVER") })
    }
    #expect(report.statements > 0 || (report.entries ?? 0) > 0)
  }

  @Test("a password is reported, never printed")
  func secretNeverPrinted() throws {
    let dump = try #require(Corpus.dumps.first { $0.database == "main" && $0.pgMajor == 17 && $0.format == "plain" })
    let script = String(decoding: Corpus.bytes(dump.path), as: UTF8.self)
    let report = try DumpValidator.validate(dump.fullPath)
    let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
    // Every password option value in the script stays out of the report.
    var secrets: [String] = []
    var rest = script[...]
    while let range = rest.range(of: "password '") {
      let value = rest[range.upperBound...].prefix { $0 != "'" }
      if !value.isEmpty { secrets.append(String(value)) }
      rest = rest[range.upperBound...]
    }
    #expect(!secrets.isEmpty)
    for secret in secrets { #expect(!json.contains(secret)) }
  }

  @Test("a SQL_ASCII dump with non-ASCII bytes gets the hazard warning, with where the bytes are")
  func sqlASCIIHazard() throws {
    var script = Array("--\n-- PostgreSQL database dump\n--\n\nSET client_encoding = 'SQL_ASCII';\n".utf8)
    script += Array("CREATE TABLE t (a text);\nCOPY public.t (a) FROM stdin;\ncaf".utf8) + [0xE9] + Array("\n\\.\n\n".utf8)
    script += Array("--\n-- PostgreSQL database dump complete\n--\n\n".utf8)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-sqlascii-\(getpid()).sql")
    try Data(script).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let report = try DumpValidator.validate(url.path)
    #expect(report.errors == 0)
    let hazard = try #require(report.findings.first { $0.code == "encoding-sql-ascii" })
    #expect(hazard.severity == .warning)
    #expect(hazard.offset == Int64(script.firstIndex(of: 0xE9) ?? -1))
  }
}
