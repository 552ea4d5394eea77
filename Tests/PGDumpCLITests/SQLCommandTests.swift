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
    #expect(sql.noOwner && sql.selection.noPrivileges && sql.selection.create && sql.clean && sql.ifExists)
    #expect(sql.selection.noComments)
    #expect(sql.selection.sections == ["pre-data", "post-data"])
    let options = sql.scriptOptions(pgRestoreMajor: 15, restrictKey: sql.restrictKey, selection: sql.selection.options())
    #expect(options.selection.sections == [.preData, .postData])
    #expect(options.selection.createDatabase && options.selection.noPrivileges && options.noOwner)

    let single = try #require(try RootCommand.parseAsRoot(["sql", "-1", "-a", "x.dump"]) as? SQLCommand)
    #expect(single.singleTransaction && single.selection.dataOnly && single.file == nil)
    let schema = try #require(try RootCommand.parseAsRoot(["sql", "--schema-only", "--no-acl", "x.dump"]) as? SQLCommand)
    #expect(schema.selection.schemaOnly && schema.selection.noPrivileges)
  }

  @Test func sqlParsesSelectionAndShapingOptions() throws {
    let sql = try #require(
      try RootCommand.parseAsRoot([
        "sql", "-n", "app", "--schema=x", "-N", "tmp", "-t", "orders", "-T", "trg", "-I", "idx", "-P", "f(integer)",
        "-L", "toc.txt", "--filter", "f1", "--strict-names", "--use-set-session-authorization", "--disable-triggers",
        "-S", "admin", "--role", "r1", "--transaction-size", " 10 ", "-v", "--no-policies", "--no-data",
        "--no-statistics", "--as-version", "18", "x.dump",
      ]) as? SQLCommand)
    let selection = sql.selection.options()
    #expect(selection.schemaNames == [Array("app".utf8), Array("x".utf8)])
    #expect(selection.excludedSchemaNames == [Array("tmp".utf8)])
    #expect(selection.tableNames == [Array("orders".utf8)])
    #expect(selection.triggerNames == [Array("trg".utf8)])
    #expect(selection.indexNames == [Array("idx".utf8)])
    #expect(selection.functionNames == [Array("f(integer)".utf8)])
    #expect(selection.strictNames && selection.noPolicies && selection.noData && selection.noStatistics)
    #expect(sql.selection.useList == "toc.txt" && sql.selection.filters == ["f1"])
    let options = sql.scriptOptions(pgRestoreMajor: 18, restrictKey: nil, selection: selection)
    #expect(options.useSetSessionAuthorization && options.disableTriggers && options.verbose)
    #expect(options.superuser == Array("admin".utf8) && options.role == Array("r1".utf8))
    #expect(options.transactionSize == 10)
    // pg_restore ignores an empty -S.
    let empty = try #require(try RootCommand.parseAsRoot(["sql", "-S", "", "x.dump"]) as? SQLCommand)
    #expect(empty.scriptOptions(pgRestoreMajor: 17, restrictKey: nil, selection: .init()).superuser == nil)
  }

  @Test func inconsistentOptionsAreUsageErrors() {
    for arguments in [
      ["sql", "--as-version", "14", "x.dump"], ["sql", "--restrict-key", "bad-key!", "x.dump"],
      ["sql", "--restrict-key", "", "x.dump"], ["sql", "--if-exists", "x.dump"], ["sql", "-a", "-s", "x.dump"],
      ["sql", "-a", "-c", "x.dump"], ["sql", "-C", "-1", "x.dump"], ["sql", "--section", "foo", "x.dump"],
      ["sql", "-1", "--transaction-size", "5", "x.dump"], ["sql", "--transaction-size", "0", "x.dump"],
      ["sql", "--transaction-size", "abc", "x.dump"], ["sql", "--transaction-size", "2147483648", "x.dump"],
      ["sql", "--statistics-only", "--no-statistics", "x.dump"], ["sql", "-a", "--statistics", "x.dump"],
      ["sql", "--as-version", "16", "--transaction-size", "5", "x.dump"],
      ["sql", "--as-version", "16", "--filter", "f", "x.dump"],
      ["sql", "--as-version", "17", "--no-statistics", "x.dump"],
      ["sql", "--as-version", "17", "--no-policies", "x.dump"],
      ["list", "--as-version", "15", "--filter", "f", "x.dump"], ["list", "-a", "-s", "x.dump"],
      ["list", "--as-version", "18", "-s", "--no-schema", "x.dump"],
    ] {
      #expect(throws: (any Error).self, "\(arguments)") { try RootCommand.parseAsRoot(arguments) }
    }
    #expect(
      RootCommand.message(for: ValidationError("invalid restrict key")).contains("invalid restrict key"))
    // Without --as-version an option only some releases have waits for the archive's release.
    #expect(throws: Never.self) { try RootCommand.parseAsRoot(["sql", "--no-statistics", "x.dump"]) }
    #expect(throws: Never.self) { try RootCommand.parseAsRoot(["sql", "-a", "--no-data", "x.dump"]) }
    // Before 18 --no-data abbreviates --no-data-for-failed-tables.
    #expect(throws: Never.self) { try RootCommand.parseAsRoot(["sql", "--as-version", "15", "--no-data", "x.dump"]) }
  }

  @Test func transactionSizeIsReadLikeOptionParseInt() throws {
    #expect(try SQLCommand.transactionSize(parsing: "5").get() == 5)
    #expect(try SQLCommand.transactionSize(parsing: " +7\t").get() == 7)
    #expect(try SQLCommand.transactionSize(parsing: "2147483647").get() == 2_147_483_647)
    for (text, message) in [
      ("abc", "invalid value \"abc\" for option --transaction-size"),
      ("5x", "invalid value \"5x\" for option --transaction-size"),
      ("0", "--transaction-size must be in range 1..2147483647"),
      ("", "--transaction-size must be in range 1..2147483647"),
      ("-1", "--transaction-size must be in range 1..2147483647"),
      ("99999999999999999999", "--transaction-size must be in range 1..2147483647"),
    ] {
      guard case .failure(let error) = SQLCommand.transactionSize(parsing: text) else {
        Issue.record("\(text) accepted")
        continue
      }
      #expect(error.message == message, "\(text)")
    }
  }

  /// `-f FILE` writes the reference script; a failed run leaves no file.
  @Test func writesFileAtomically() throws {
    let directory = TestScratch.directory("sqlcmd")
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

  /// A --strict-names name that selects nothing, a list file naming a missing entry and a bad
  /// filter file fail with status 2 and leave no output file.
  @Test func selectionFailuresLeaveNoFile() throws {
    let directory = TestScratch.directory("sqlsel")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let dump = Corpus.directory.appendingPathComponent("dumps/pg17/main.custom-none.dump").path
    let list = directory.appendingPathComponent("toc.txt").path
    try Data("100\n".utf8).write(to: URL(fileURLWithPath: list))
    let filter = directory.appendingPathComponent("filter.txt").path
    try Data("include table_data x\n".utf8).write(to: URL(fileURLWithPath: filter))
    let target = directory.appendingPathComponent("out.sql").path
    for arguments in [
      ["--strict-names", "-t", "no_such_table"], ["-L", list], ["--filter", filter],
      ["-L", directory.appendingPathComponent("missing").path],
    ] {
      let command = try #require(
        try RootCommand.parseAsRoot(["sql", "-f", target] + arguments + [dump]) as? SQLCommand)
      let error = #expect(throws: ExitCode.self, "\(arguments)") { try command.run() }
      #expect(error == ExitCode(2))
      #expect(!FileManager.default.fileExists(atPath: target))
    }
    // The archive's release (17) refuses an 18 option once it is known.
    let eighteen = try #require(
      try RootCommand.parseAsRoot(["sql", "-f", target, "--no-statistics", dump]) as? SQLCommand)
    #expect(throws: ValidationError.self) { try eighteen.run() }
  }
}
