import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// The selection and shaping options without a pg_restore binary: `-L` list files
/// (`SortTocFromFile`), `--filter` files (filter.c), `_tocEntryRequired`'s name rules and
/// `StrictNamesCheck`, and the text `--use-set-session-authorization`, `--transaction-size`,
/// `--role` and `-v` add. The same behaviour is compared with the real pg_restore 15–18 in
/// PGDumpCLITests/RestoreOptionsLiveTests.swift.
@Suite struct RestoreSelectionTests {
  /// A small archive: a schema, a table with a comment, its data and an index, a trigger, and a
  /// table owned by a role whose name needs quoting.
  static func archive(standardStrings: Bool = true) throws -> Archive {
    let bytes = ArchiveBytes.custom(version: .v1_16) { a in
      a.encodingEntry()
      a.stdStringsEntry(on: standardStrings)
      a.searchPathEntry()
      a.tocEntry(
        dumpID: 1, desc: "SCHEMA", tag: "app", owner: "alice", defn: "CREATE SCHEMA app;\n",
        dropStmt: "DROP SCHEMA app;\n")
      a.tocEntry(
        dumpID: 2, desc: "TABLE", tag: "items", owner: "o'brien\\x", defn: "CREATE TABLE app.items (a int);\n",
        dropStmt: "DROP TABLE app.items;\n", namespace: "app", dependencies: [1])
      a.tocEntry(
        dumpID: 3, desc: "COMMENT", tag: "TABLE items", owner: "o'brien\\x",
        defn: "COMMENT ON TABLE app.items IS 'x';\n", namespace: "app", section: Section.none, dependencies: [2])
      a.tocEntry(
        dumpID: 4, desc: "TABLE DATA", tag: "items", owner: "o'brien\\x", copyStmt: "COPY app.items (a) FROM stdin;\n",
        namespace: "app", section: .data, hadDumper: true, dependencies: [2])
      a.tocEntry(
        dumpID: 6, desc: "INDEX", tag: "items_a", owner: "o'brien\\x", defn: "CREATE INDEX items_a ON app.items (a);\n",
        dropStmt: "DROP INDEX app.items_a;\n", namespace: "app", section: .postData, dependencies: [2])
      a.tocEntry(
        dumpID: 7, desc: "TRIGGER", tag: "items trg", owner: "o'brien\\x", defn: "CREATE TRIGGER trg;\nSELECT 1;\n",
        dropStmt: "DROP TRIGGER trg ON app.items;\n", namespace: "app", section: .postData, dependencies: [2])
      a.dataBlock(dumpID: 4, text: "1\n\\.\n\n\n")
    }
    let url = TestScratch.directory("selection").appendingPathComponent("archive.dump")
    try Data(bytes).write(to: url)
    return try Archive.open(url.path)
  }

  static func ids(_ archive: Archive, _ options: SelectionOptions) -> [Int32] {
    let selection = EntrySelection(options: options).select(archive.entries)
    return selection.order.filter { selection.isRestored($0) }.map { archive.entries[$0].dumpID }
  }

  static func script(_ archive: Archive, _ options: ScriptOptions) throws -> String {
    let output = ScriptOutput()
    try ScriptWriter(archive: archive, options: options, output: output).write()
    try output.flush()
    return String(decoding: output.collected, as: UTF8.self)
  }

  // MARK: -L

  @Test func listFileSelectsAndOrdersLikeSortTocFromFile() throws {
    let archive = try Self.archive()
    let text = "; comment\n\n   \n 6 INDEX app items_a\n2;x\nabc\n0\n-1\n4004\n99999\n6\n+4\n"
    let list = try TOCListFile(parsing: Array(text.utf8), entries: archive.entries)
    #expect(list.dumpIDs == [6, 2, 4])
    #expect(
      list.warnings == [
        "line ignored: abc", "line ignored: 0", "line ignored: -1", "line ignored: 4004", "line ignored: 99999",
        "line ignored: 6",
      ])
    // An ID in range that no entry has is fatal.
    let error = #expect(throws: ArchiveError.self) {
      try TOCListFile(parsing: Array("5\n".utf8), entries: archive.entries)
    }
    #expect(error?.message == "could not find entry for ID 5")
    // strtol saturates; the int conversion keeps the low 32 bits (4294967298 is 2).
    let wrapped = try TOCListFile(parsing: Array("4294967298\n99999999999999999999\n".utf8), entries: archive.entries)
    #expect(wrapped.dumpIDs == [2])
    #expect(wrapped.warnings == ["line ignored: 99999999999999999999"])

    var options = SelectionOptions()
    options.useList = list.dumpIDs
    #expect(Self.ids(archive, options) == [6, 2, 4])
  }

  /// SECTION_NONE entries take the section of the entry before them in list order.
  @Test func listOrderDecidesTheInheritedSection() throws {
    let archive = try Self.archive()
    var options = SelectionOptions(sections: [.data])
    #expect(Self.ids(archive, options) == [4])
    options.useList = [4, 3]
    #expect(Self.ids(archive, options) == [4, 3])
  }

  // MARK: Names

  @Test func nameOptionsFollowTocEntryRequired() throws {
    let archive = try Self.archive()
    var options = SelectionOptions()
    options.tableNames = [Array("items".utf8)]
    // The table, its comment (its parent is restored) and its data; not the index or trigger.
    #expect(Self.ids(archive, options) == [2, 3, 4])
    options.tableNames = []
    options.indexNames = [Array("items_a".utf8)]
    options.triggerNames = [Array("items trg".utf8)]
    #expect(Self.ids(archive, options) == [6, 7])
    options = SelectionOptions()
    options.schemaNames = [Array("app".utf8)]
    // The SCHEMA entry has no namespace, so -n leaves it out.
    #expect(Self.ids(archive, options) == [2, 3, 4, 6, 7])
    options.excludedSchemaNames = [Array("app".utf8)]
    #expect(Self.ids(archive, options).isEmpty)
    // A comment listed before its table finds no marked parent.
    options = SelectionOptions()
    options.tableNames = [Array("items".utf8)]
    options.useList = [3, 2]
    #expect(Self.ids(archive, options) == [2])
  }

  @Test func strictNamesReportsTheFirstUnusedName() throws {
    let archive = try Self.archive()
    var options = SelectionOptions()
    options.strictNames = true
    options.tableNames = [Array("items".utf8), Array("items".utf8)]
    // simple_string_list_member marks only the first equal name.
    #expect(EntrySelection(options: options).select(archive.entries).strictNamesFailure == "table \"items\" not found")
    options.tableNames = [Array("items".utf8)]
    options.functionNames = [Array("f(integer)".utf8)]
    options.schemaNames = [Array("nope".utf8)]
    #expect(EntrySelection(options: options).select(archive.entries).strictNamesFailure == "schema \"nope\" not found")
    options.schemaNames = []
    #expect(
      EntrySelection(options: options).select(archive.entries).strictNamesFailure == "function \"f(integer)\" not found")
    options.strictNames = false
    #expect(EntrySelection(options: options).select(archive.entries).strictNamesFailure == nil)
    // The script fails before writing anything.
    options.strictNames = true
    #expect(throws: ArchiveError.self) { try Self.script(archive, ScriptOptions(pgRestoreMajor: 17, selection: options)) }
  }

  // MARK: --filter

  @Test func filterPatternsAreNormalizedLikeReadPattern() throws {
    let text = """
      # comment

      include table   app . items ,  x ( a , b )  # trailing
      INCLUDE Function f ( integer,text )
      include table "Mixed ""Q"" \\n\\\\ \\x" . tbl
      include table "multi
      line" x
      exclude schema tmp
      include index a\tb
      include trigger  items trg

      """
    let filter = try FilterFile(parsing: Array(text.utf8), source: "f")
    #expect(
      filter.items.map { String(decoding: $0.pattern, as: UTF8.self) } == [
        "app.items, x(a, b)", "f(integer, text)", "\"Mixed \"\"Q\"\" \n\\ \".tbl", "\"multi\nline\" x", "tmp", "a b",
        "items trg",
      ])
    var options = SelectionOptions()
    filter.apply(to: &options)
    #expect(options.tableNames.count == 3 && options.functionNames.count == 1 && options.excludedSchemaNames.count == 1)
    #expect(options.indexNames == [Array("a b".utf8)] && options.triggerNames == [Array("items trg".utf8)])
  }

  @Test func filterErrorsUsePGRestoreWording() {
    let cases: [(String, Int, String)] = [
      ("include table_data t\n", 1, "include filter for \"table data\" is not allowed"),
      ("\nexclude table t\n", 2, "exclude filter for \"table\" is not allowed"),
      ("123 table t\n", 1, "invalid filter command (expected \"include\" or \"exclude\")"),
      ("include\n", 1, "missing filter object type"),
      ("include tab1e x\n", 1, "unsupported filter object type: \"tab1e\""),
      ("include table\n", 1, "missing object name pattern"),
      ("include table \"abc\n", 1, "unexpected end of file"),
      ("include table \"a\nb\"\nexclude database d\n", 3, "exclude filter for \"database\" is not allowed"),
    ]
    for (text, line, detail) in cases {
      let error = #expect(throws: ArchiveError.self) { try FilterFile(parsing: Array(text.utf8), source: "f.txt") }
      #expect(error?.message == "invalid format in filter read from file \"f.txt\" on line \(line): \(detail)", "\(text)")
    }
    let stdin = #expect(throws: ArchiveError.self) { try FilterFile(parsing: Array("include\n".utf8), source: nil) }
    #expect(stdin?.message == "invalid format in filter read from standard input on line 1: missing filter object type")
    // pg_log_filter_error formats into 256 bytes.
    let long = String(repeating: "y", count: 400)
    let truncated = #expect(throws: ArchiveError.self) {
      try FilterFile(parsing: Array("include \(long) x\n".utf8), source: "f")
    }
    #expect(truncated?.message.hasSuffix("unsupported filter object type: \"" + String(repeating: "y", count: 222)) == true)
  }

  // MARK: Shaping

  @Test func sessionAuthorizationQuotesOwnersAsStringLiterals() throws {
    var options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")
    options.useSetSessionAuthorization = true
    let on = try Self.script(Self.archive(), options)
    #expect(on.contains("SET SESSION AUTHORIZATION 'alice';\n\n--\n-- Name: app; Type: SCHEMA;"))
    #expect(on.contains("SET SESSION AUTHORIZATION 'o''brien\\x';\n\n"))
    #expect(!on.contains("OWNER TO"))
    let off = try Self.script(Self.archive(standardStrings: false), options)
    #expect(off.contains("SET SESSION AUTHORIZATION 'o''brien\\\\x';\n\n"))
  }

  @Test func disableTriggersWrapsDataWhenNoSchemaIsRestored() throws {
    var options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")
    options.disableTriggers = true
    options.superuser = Array("admin".utf8)
    #expect(!(try Self.script(Self.archive(), options)).contains("DISABLE TRIGGER"))
    options.selection.dataOnly = true
    let script = try Self.script(Self.archive(), options)
    #expect(
      script.contains(
        "SET SESSION AUTHORIZATION 'admin';\n\nALTER TABLE app.items DISABLE TRIGGER ALL;\n\nCOPY app.items (a) FROM stdin;\n1\n\\.\n\n\nALTER TABLE app.items ENABLE TRIGGER ALL;\n\n"
      ))
    // A list without schema entries implies a data-only restore.
    options.selection.dataOnly = false
    options.selection.useList = [4]
    #expect(try Self.script(Self.archive(), options).contains("DISABLE TRIGGER ALL"))
  }

  @Test func transactionSizeRoleAndVerboseText() throws {
    var options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")
    options.transactionSize = 2
    options.role = Array("Role X".utf8)
    options.verbose = true
    let script = try Self.script(Self.archive(), options)
    #expect(script.contains("SET standard_conforming_strings = on;\nSET ROLE \"Role X\";\n"))
    #expect(script.contains("SET row_security = off;\n\nBEGIN;\n\n"))
    #expect(script.contains("COMMIT;\nBEGIN;\n\n"))
    #expect(script.hasSuffix("COMMIT;\n\n-- Completed on " + (script.components(separatedBy: "-- Completed on ").last ?? "")))
    #expect(script.contains("--\n-- TOC entry 2 (class 0 OID 0)\n-- Dependencies: 1\n-- Name: items; Type: TABLE;"))
    #expect(script.contains("; Owner: o'brien\\x\n-- Data Pos: 0\n--\n"))
    #expect(script.contains("-- Started on "))
    // 15 and 16 have no --transaction-size.
    options.pgRestoreMajor = 16
    #expect(options.unsupportedOption == "--transaction-size")
  }

  @Test func eighteenOptionConflictsAndDerivedFlags() {
    var selection = SelectionOptions(pgRestoreMajor: 18)
    #expect(selection.dumpSchema && selection.dumpData && selection.dumpStatistics)
    selection.statisticsOnly = true
    #expect(!selection.dumpSchema && !selection.dumpData && selection.dumpStatistics)
    selection.noStatistics = true
    #expect(selection.conflict == "options --statistics-only and --no-statistics cannot be used together")
    selection = SelectionOptions(dataOnly: true, pgRestoreMajor: 18)
    selection.withStatistics = true
    #expect(selection.conflict == "options -a/--data-only and --statistics cannot be used together")
    selection.pgRestoreMajor = 17
    #expect(selection.conflict == nil)
    #expect(selection.unsupportedOption(pgRestoreMajor: 17) == "--statistics")
    // Before 18, --no-data abbreviates --no-data-for-failed-tables.
    selection = SelectionOptions(pgRestoreMajor: 17)
    selection.noData = true
    #expect(selection.dumpData && selection.unsupportedOption(pgRestoreMajor: 17) == nil)
  }
}
