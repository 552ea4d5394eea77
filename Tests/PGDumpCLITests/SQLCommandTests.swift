import ArgumentParser
import Foundation
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

@testable import PGDumpCLI

@Suite struct SQLCommandTests {
  @Test func sqlParsesItsOptions() throws {
    let command = try RootCommand.parseAsRoot([
      "sql", "-f", "out.sql", "--restrict-key", "abc123", "--as-version", "15", "-O", "-x", "-C", "-c", "--if-exists",
      "--section", "pre-data", "--section=post-data", "--no-comments", "-",
    ])
    let sql = try #require(command as? SQLCommand)
    #expect(sql.archive == "-")
    #expect(sql.file == "out.sql")
    #expect(sql.restrictKey == "abc123")
    #expect(sql.asVersion == 15)
    #expect(sql.noOwner && sql.noPrivileges && sql.create && sql.clean && sql.ifExists && sql.noComments)
    #expect(sql.sections == ["pre-data", "post-data"])
    let options = sql.scriptOptions(pgRestoreMajor: 15, restrictKey: sql.restrictKey)
    #expect(options.selection.sections == [.preData, .postData])
    #expect(options.selection.createDatabase && options.selection.noPrivileges && options.noOwner)

    let single = try #require(try RootCommand.parseAsRoot(["sql", "-1", "-a", "x.dump"]) as? SQLCommand)
    #expect(single.singleTransaction && single.dataOnly && single.file == nil)
    let schema = try #require(try RootCommand.parseAsRoot(["sql", "--schema-only", "--no-acl", "x.dump"]) as? SQLCommand)
    #expect(schema.schemaOnly && schema.noPrivileges)
  }

  @Test func inconsistentOptionsAreUsageErrors() {
    for arguments in [
      ["sql", "--as-version", "14", "x.dump"], ["sql", "--restrict-key", "bad-key!", "x.dump"],
      ["sql", "--restrict-key", "", "x.dump"], ["sql", "--if-exists", "x.dump"], ["sql", "-a", "-s", "x.dump"],
      ["sql", "-a", "-c", "x.dump"], ["sql", "-C", "-1", "x.dump"], ["sql", "--section", "foo", "x.dump"],
    ] {
      #expect(throws: (any Error).self, "\(arguments)") { try RootCommand.parseAsRoot(arguments) }
    }
    #expect(
      RootCommand.message(for: ValidationError("invalid restrict key")).contains("invalid restrict key"))
  }

  /// `-f FILE` writes the reference script; a failed run leaves no file.
  @Test func writesFileAtomically() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-sqlcmd-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let target = directory.appendingPathComponent("out.sql").path
    let dump = Corpus.directory.appendingPathComponent("dumps/pg18/main.tar").path
    var command = try #require(
      try RootCommand.parseAsRoot(["sql", "--restrict-key", "PGDUMPKITCORPUS", "-f", target, dump]) as? SQLCommand)
    try command.run()
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: target))) == Corpus.bytes("dumps/pg18/main.plain.sql"))

    let truncated = directory.appendingPathComponent("truncated.dump")
    try Data(Corpus.bytes("dumps/pg18/main.custom-none.dump").dropLast(2000)).write(to: truncated)
    let failedTarget = directory.appendingPathComponent("failed.sql").path
    command = try #require(
      try RootCommand.parseAsRoot(["sql", "-f", failedTarget, truncated.path]) as? SQLCommand)
    let error = #expect(throws: ExitCode.self) { try command.run() }
    #expect(error == ExitCode(2))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["out.sql", "truncated.dump"])
  }
}
