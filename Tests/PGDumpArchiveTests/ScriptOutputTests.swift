import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// `pgdumpkit sql`: the script equals what pg_restore writes with `-f`, byte for byte.
@Suite struct ScriptOutputTests {
  // MARK: Helpers

  /// The script and warnings for an archive, written to memory.
  static func render(_ archive: Archive, _ options: ScriptOptions) throws -> (script: [UInt8], warnings: [String]) {
    let output = ScriptOutput()
    let writer = ScriptWriter(archive: archive, options: options, output: output)
    try writer.write()
    try output.flush()
    return (output.collected, writer.warnings)
  }

  /// Writes `bytes` to a fresh temporary file and returns its path.
  static func temporaryFile(_ bytes: [UInt8], name: String = "archive.dump") throws -> String {
    let directory = TestScratch.directory("script")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  // MARK: The corpus references

  static let scripted = Corpus.archives.filter { $0.script?.status == 0 && $0.script?.stdout != nil }

  @Test func everyCorpusArchiveHasAScriptReference() {
    #expect(Self.scripted.count >= 50)
  }

  /// `sql --restrict-key <key>` (no key for 16.2) equals the stored `pg_restore -f -` output of
  /// the archive's own pg_restore.
  @Test(arguments: scripted)
  func corpusScriptEqualsPGRestore(_ dump: Corpus.Dump) throws {
    let script = try #require(dump.script)
    let archive = try Archive.open(dump.fullPath)
    #expect(archive.pgDumpMajorVersion == script.pgMajor)
    let options = ScriptOptions(pgRestoreMajor: script.pgMajor, restrictKey: script.restrictKey)
    let (ours, warnings) = try Self.render(archive, options)
    let reference = Corpus.bytes(try #require(script.stdout))
    #expect(ours == reference, "\(dump.path)")
    #expect(warnings.isEmpty)
  }

  /// The same from a pipe: a custom archive without offsets, read in one forward pass.
  @Test func pipedCustomArchiveFromStandardInputStreamsInOrder() throws {
    let dump = try #require(Corpus.archives.first { $0.path == "dumps/pg17/main.custom-gzip.pipe.dump" })
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: dump.fullPath))
    var pipe: [Int32] = [0, 0]
    #expect(Foundation.pipe(&pipe) == 0)
    let bytes = try #require(try handle.readToEnd())
    let writeEnd = pipe[1]
    let writer = Thread {
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = Foundation.write(writeEnd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
          if written <= 0 { break }
          offset += written
        }
      }
      close(writeEnd)
    }
    writer.start()
    let archive = try Archive.open("-", input: .file(FileInput.reading(descriptor: pipe[0])))
    #expect(!archive.isSeekable)
    let (ours, _) = try Self.render(archive, ScriptOptions(pgRestoreMajor: 17, restrictKey: "PGDUMPKITCORPUS"))
    close(pipe[0])
    #expect(ours == Corpus.bytes("dumps/pg17/main.plain.sql"))
  }

  // MARK: Against the real pg_restore

  struct LiveCase: CustomStringConvertible, Sendable {
    var path: String
    var major: Int
    var arguments: [String]
    var description: String { "\(path) pg_restore \(major) \(arguments.joined(separator: " "))" }
  }

  static let liveOptions: [[String]] = [
    ["-O", "-x"], ["-a"], ["-s"], ["--section=pre-data"], ["--section=data"], ["--section=post-data"], ["-C"],
    ["-c", "--if-exists"], ["-c"], ["-C", "-c", "--if-exists"], ["-1"], ["-O", "-C"], ["-s", "-O", "-c"],
    ["--no-comments", "--no-publications", "--no-security-labels", "--no-subscriptions"],
    ["--no-tablespaces", "--no-table-access-method", "--enable-row-security"],
  ]

  static let liveArchives = [
    "dumps/pg15/main.custom-gzip.dump", "dumps/pg16/main.tar", "dumps/pg17/main.directory-gzip",
    "dumps/pg18/main.custom-none.dump", "dumps/pg17/latin1.tar", "dumps/pg18/eucjp.directory-gzip",
    "dumps/pg18/stats.custom-gzip.dump",
  ]

  static let liveCases: [LiveCase] = liveArchives.flatMap { path in
    (15...18).flatMap { major in ([[]] + liveOptions).map { LiveCase(path: path, major: major, arguments: $0) } }
  }

  /// The options of `pgdumpkit sql` as ``ScriptOptions`` (the same mapping as the CLI).
  static func options(_ arguments: [String], major: Int, key: String?) -> ScriptOptions {
    var options = ScriptOptions(pgRestoreMajor: major, restrictKey: key)
    var sections: Set<Section> = []
    for argument in arguments {
      switch argument {
      case "-O": options.noOwner = true
      case "-x": options.selection.noPrivileges = true
      case "-a": options.selection.dataOnly = true
      case "-s": options.selection.schemaOnly = true
      case "-C": options.selection.createDatabase = true
      case "-c": options.clean = true
      case "--if-exists": options.ifExists = true
      case "-1": options.singleTransaction = true
      case "--no-comments": options.selection.noComments = true
      case "--no-publications": options.selection.noPublications = true
      case "--no-security-labels": options.selection.noSecurityLabels = true
      case "--no-subscriptions": options.selection.noSubscriptions = true
      case "--no-tablespaces": options.noTablespaces = true
      case "--no-table-access-method": options.noTableAccessMethod = true
      case "--enable-row-security": options.enableRowSecurity = true
      case "--section=pre-data": sections.insert(.preData)
      case "--section=data": sections.insert(.data)
      case "--section=post-data": sections.insert(.postData)
      default: Issue.record("unknown option \(argument)")
      }
    }
    if !sections.isEmpty { options.selection.sections = sections }
    return options
  }

  /// Runs the real pg_restore of `major` and pgdumpkit on the same archive and options; when
  /// pg_restore fails, pgdumpkit must fail too. Skipped when that pg_restore is not installed,
  /// and for compression the pg_restore build lacks.
  static func compareWithRealPGRestore(path: String, major: Int, arguments: [String]) throws {
    guard let bin = Corpus.postgresBin(major) else { return }
    let key = major == 16 ? nil : "PGDUMPKITLIVE"
    let keyArguments = key.map { ["--restrict-key=\($0)"] } ?? []
    let real = try ProcessResult.run(
      bin.appendingPathComponent("pg_restore"), keyArguments + arguments + ["-f", "-", path],
      environment: ["TZ": "UTC", "LC_ALL": "C"])
    let stderr = text(real.stderr)
    if stderr.contains("does not support compression") { return }
    let options = Self.options(arguments, major: major, key: key)
    let result = Result {
      let archive = try Archive.open(
        path, options: ArchiveOpenOptions(newestVersion: .newestReadable(byPGRestore: major), pgRestoreMajor: major))
      return try Self.render(archive, options)
    }
    if real.status == 0 {
      let (ours, warnings) = try result.get()
      #expect(ours == real.stdout, "\(path) pg_restore \(major) \(arguments)")
      // Messages start with "pg_restore: " on a new line; a warning may span lines.
      var realWarnings = ("\n" + stderr).components(separatedBy: "\npg_restore: warning: ").dropFirst()
        .map { $0.components(separatedBy: "\npg_restore: ")[0] }
      if let last = realWarnings.indices.last, realWarnings[last].hasSuffix("\n") { realWarnings[last].removeLast() }
      #expect(warnings == realWarnings, "\(path) pg_restore \(major) \(arguments)")
    } else {
      #expect(throws: (any Error).self, "pg_restore \(major) failed with \(stderr)") { try result.get() }
    }
  }

  @Test(arguments: liveCases)
  func optionsMatchRealPGRestore(_ test: LiveCase) throws {
    try Self.compareWithRealPGRestore(
      path: Corpus.directory.appendingPathComponent(test.path).path, major: test.major, arguments: test.arguments)
  }

  /// Hand-built archives of every version 1.12–1.16 (1.12 without SEARCHPATH, so with
  /// `SET search_path` per schema) through every option set.
  @Test(arguments: HandBuiltArchiveTests.versions)
  func handBuiltArchivesMatchRealPGRestore(_ version: ArchiveVersion) throws {
    let path = try Self.temporaryFile(ArchiveBytes.custom(version: version, HandBuiltArchiveTests.populate))
    for major in 15...18 {
      for arguments in [[]] + Self.liveOptions {
        try Self.compareWithRealPGRestore(path: path, major: major, arguments: arguments)
      }
    }
  }

  /// Entries no corpus dump has: large-object ACL groups, standard_conforming_strings off, an
  /// unknown owner type, odd names, database names that need psql quoting.
  static func unusualArchive(standardStrings: Bool, databaseName: String, unknownType: Bool) -> [UInt8] {
    ArchiveBytes.custom(version: .v1_16) { a in
      a.encodingEntry()
      a.stdStringsEntry(on: standardStrings)
      a.searchPathEntry()
      a.tocEntry(
        dumpID: 5, desc: "DATABASE", tag: databaseName, owner: "bob", defn: "CREATE DATABASE x;\n",
        dropStmt: "DROP DATABASE x;\n")
      a.tocEntry(
        dumpID: 6, desc: "TABLE", tag: "select", owner: "Bob", defn: "CREATE TABLE app.\"select\" ();\n",
        dropStmt: "DROP TABLE app.\"select\";\n", namespace: "app", tablespace: "my ts", tableAM: "heap", relkind: "r")
      a.tocEntry(
        dumpID: 7, desc: "TABLE", tag: "parted", owner: "user", defn: "CREATE TABLE \"Sch\".parted ();\n",
        dropStmt: "DROP TABLE \"Sch\".parted;\n", namespace: "Sch", tablespace: "", tableAM: "heap2", relkind: "p")
      a.tocEntry(
        dumpID: 8, desc: "FUNCTION", tag: "f(a integer)", owner: "bob", defn: "CREATE FUNCTION f();\n",
        dropStmt: "DROP FUNCTION app.f(a integer);\n;\n", namespace: "app")
      a.tocEntry(dumpID: 9, desc: "TABLE", tag: "", owner: "", defn: "CREATE T;\n", dropStmt: "", namespace: "")
      a.tocEntry(
        dumpID: 10, desc: "BLOB METADATA", tag: "100..102", owner: "bob", defn: "100\n101\n102", dropStmt: "-- dummy",
        section: .data, tableOID: "2613", oid: "100")
      a.tocEntry(
        dumpID: 11, desc: "ACL", tag: "LARGE OBJECTS 100..102", owner: "bob",
        defn: "GRANT SELECT ON LARGE OBJECT 100 TO \"we;ird LARGE OBJECT 5\";\nREVOKE ALL ON LARGE OBJECT 100 FROM PUBLIC;\n",
        section: Section.none, dependencies: [10])
      a.tocEntry(dumpID: 12, desc: "BLOBS", tag: "100..102", owner: "bob", section: .data, dependencies: [10])
      a.tocEntry(
        dumpID: 13, desc: "CONSTRAINT", tag: "t_pkey", owner: "bob", defn: "ALTER TABLE ONLY app.t ADD CONSTRAINT;\n",
        dropStmt: "ALTER TABLE ONLY app.t DROP CONSTRAINT t_pkey;\n", namespace: "app", section: .postData)
      a.tocEntry(
        dumpID: 14, desc: "DEFAULT", tag: "t id", owner: "bob", defn: "ALTER TABLE app.t ALTER id SET DEFAULT 1;\n",
        dropStmt: "ALTER TABLE app.t ALTER COLUMN id DROP DEFAULT;\n", namespace: "app", section: .preData)
      a.tocEntry(
        dumpID: 15, desc: "CAST", tag: "CAST (a AS b)", owner: "bob", defn: "CREATE CAST (a AS b);\n",
        dropStmt: "DROP SOMETHING (a AS b);\n", section: .preData)
      if unknownType {
        a.tocEntry(
          dumpID: 16, desc: "WIDGET", tag: "w1", owner: "bob", defn: "CREATE WIDGET w1;\n",
          dropStmt: "DROP WIDGET w1;\n", namespace: "app", section: .postData)
      }
      a.largeObjectsBlock(
        dumpID: 12,
        objects: [
          .init(oid: 100, bytes: Array("ab'\\c".utf8)), .init(oid: 101, bytes: []),
          .init(oid: 102, bytes: (0..<40000).map { UInt8(truncatingIfNeeded: $0 &* 7) }),
        ])
    }
  }

  @Test(arguments: [true, false])
  func unusualEntriesMatchRealPGRestore(_ standardStrings: Bool) throws {
    for (name, unknownType) in [("main", false), ("my db's\\x", false), ("Foo.Bar_9", true), ("select", false)] {
      let path = try Self.temporaryFile(
        Self.unusualArchive(standardStrings: standardStrings, databaseName: name, unknownType: unknownType))
      for major in 15...18 {
        for arguments in [[], ["-C"], ["-c", "--if-exists"], ["-C", "-c"], ["-O"], ["-1"], ["-a"], ["-s"]] {
          try Self.compareWithRealPGRestore(path: path, major: major, arguments: arguments)
        }
      }
    }
  }

  // MARK: Expected text (no binaries needed)

  static func openUnusual(standardStrings: Bool = true, databaseName: String = "main", unknownType: Bool = false)
    throws -> Archive
  {
    try Archive.open(
      temporaryFile(
        unusualArchive(standardStrings: standardStrings, databaseName: databaseName, unknownType: unknownType)))
  }

  @Test func largeObjectsAreWrittenIn16KiBHexLiterals() throws {
    let on = try Self.text(Self.render(Self.openUnusual(), ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")).script)
    #expect(on.contains("SELECT pg_catalog.lo_open('100', 131072);\nSELECT pg_catalog.lowrite(0, '\\x6162275c63');\n"))
    #expect(on.contains("SELECT pg_catalog.lo_open('101', 131072);\nSELECT pg_catalog.lo_close(0);\n\n"))
    let writes = on.split(separator: "\n").filter { $0.hasPrefix("SELECT pg_catalog.lowrite(0, '\\x") }
    // 40000 bytes of object 102: 16384 + 16384 + 7232.
    #expect(writes.map(\.count).suffix(3) == [16384, 16384, 7232].map { $0 * 2 + "SELECT pg_catalog.lowrite(0, '\\x');".count })
    let off = try Self.text(
      Self.render(Self.openUnusual(standardStrings: false), ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")).script)
    #expect(off.contains("SELECT pg_catalog.lowrite(0, '\\\\x6162275c63');\n"))
    #expect(off.contains("SET standard_conforming_strings = off;\n"))
    #expect(off.contains("SET escape_string_warning = off;\n"))
  }

  @Test func largeObjectGroupsRepeatOwnerAndACLPerObject() throws {
    let script = try Self.text(Self.render(Self.openUnusual(), ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")).script)
    #expect(script.contains("SELECT pg_catalog.lo_create('100');\nSELECT pg_catalog.lo_create('101');\n\n"))
    #expect(script.contains("ALTER LARGE OBJECT 100 OWNER TO bob;\nALTER LARGE OBJECT 101 OWNER TO bob;\n\n"))
    #expect(
      script.contains(
        """
        GRANT SELECT ON LARGE OBJECT 100 TO "we;ird LARGE OBJECT 5";
        GRANT SELECT ON LARGE OBJECT 101 TO "we;ird LARGE OBJECT 5";

        REVOKE ALL ON LARGE OBJECT 100 FROM PUBLIC;
        REVOKE ALL ON LARGE OBJECT 101 FROM PUBLIC;


        """))
  }

  @Test func namesAreQuotedLikeFmtId() throws {
    let script = try Self.text(Self.render(Self.openUnusual(), ScriptOptions(pgRestoreMajor: 17, restrictKey: "K")).script)
    #expect(script.contains("ALTER TABLE app.\"select\" OWNER TO \"Bob\";\n"))
    #expect(script.contains("SET default_tablespace = \"my ts\";\n"))
    #expect(script.contains("ALTER TABLE \"Sch\".parted OWNER TO \"user\";\n\nALTER TABLE \"Sch\".parted SET ACCESS METHOD heap2;\n"))
    #expect(script.contains("ALTER FUNCTION app.f(a integer) OWNER TO bob;\n"))
    #expect(script.contains("-- Name: ; Type: TABLE; Schema: ; Owner: \n"))
    // json_table is a keyword from 17 on only.
    #expect(SQLQuotingProbe.identifier("json_table", major: 16) == "json_table")
    #expect(SQLQuotingProbe.identifier("json_table", major: 17) == "\"json_table\"")
    #expect(SQLQuotingProbe.identifier("system_user", major: 15) == "system_user")
    #expect(SQLQuotingProbe.identifier("system_user", major: 16) == "\"system_user\"")
    #expect(SQLQuotingProbe.identifier("a\"b", major: 17) == "\"a\"\"b\"")
    #expect(SQLQuotingProbe.identifier("_x9", major: 17) == "_x9")
    #expect(SQLQuotingProbe.identifier("9x", major: 17) == "\"9x\"")
  }

  @Test func createConnectsWithPsqlQuotingInsideUnrestrict() throws {
    let options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "K", selection: SelectionOptions(createDatabase: true))
    let script = try Self.text(Self.render(Self.openUnusual(databaseName: "my db's\\x"), options).script)
    #expect(
      script.contains(
        "\\unrestrict K\n\\encoding SQL_ASCII\n\\connect -reuse-previous=on \"dbname='my db\\'s\\\\x'\"\n\\restrict K\n\nSET statement_timeout = 0;\n"))
    var sixteen = options
    sixteen.pgRestoreMajor = 16
    sixteen.restrictKey = nil
    let plain = try Self.text(Self.render(Self.openUnusual(), sixteen).script)
    #expect(plain.contains("\\connect main\n\nSET statement_timeout = 0;\n"))
    #expect(!plain.contains("restrict"))
    #expect(!plain.contains("transaction_timeout"))
    #expect(throws: ArchiveError.self) { try Self.render(Self.openUnusual(databaseName: "a\nb"), options) }
  }

  @Test func unknownOwnerTypeWarnsIn15AndFailsFrom16() throws {
    let archive = try Self.openUnusual(unknownType: true)
    let (_, warnings) = try Self.render(archive, ScriptOptions(pgRestoreMajor: 15, restrictKey: "K"))
    #expect(warnings == ["don't know how to set owner for object type \"WIDGET\""])
    for major in 16...18 {
      let error = #expect(throws: ArchiveError.self) { try Self.render(archive, ScriptOptions(pgRestoreMajor: major)) }
      #expect(error?.message == "don't know how to set owner for object type \"WIDGET\"")
      #expect(error?.entry?.dumpID == 16)
    }
    // Without owners nothing needs the type.
    #expect(throws: Never.self) { try Self.render(archive, ScriptOptions(pgRestoreMajor: 17, noOwner: true)) }
  }

  @Test func cleanInjectsIfExists() throws {
    let options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "K", clean: true, ifExists: true)
    let (bytes, warnings) = try Self.render(Self.openUnusual(), options)
    let script = Self.text(bytes)
    #expect(script.contains("ALTER TABLE IF EXISTS ONLY app.t DROP CONSTRAINT IF EXISTS t_pkey;\n"))
    #expect(script.contains("ALTER TABLE IF EXISTS app.t ALTER COLUMN id DROP DEFAULT;\n"))
    #expect(
      script.contains(
        "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '100';\n"))
    #expect(script.contains("DROP SOMETHING (a AS b);\n"))
    #expect(warnings == ["could not find where to insert IF EXISTS in statement \"DROP SOMETHING (a AS b);\n\""])
  }

  @Test func optionConflictsUsePGRestoreWording() {
    var options = ScriptOptions(pgRestoreMajor: 17)
    #expect(options.conflict == nil)
    options.ifExists = true
    #expect(options.conflict == "option --if-exists requires option -c/--clean")
    options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "not-valid")
    #expect(options.conflict == "invalid restrict key")
    options = ScriptOptions(pgRestoreMajor: 17, restrictKey: "")
    #expect(options.conflict == "invalid restrict key")
    options = ScriptOptions(pgRestoreMajor: 17, selection: SelectionOptions(createDatabase: true), singleTransaction: true)
    #expect(options.conflict == "options -C/--create and -1/--single-transaction cannot be used together")
    options = ScriptOptions(pgRestoreMajor: 17, selection: SelectionOptions(schemaOnly: true, dataOnly: true))
    #expect(options.conflict == "options -s/--schema-only and -a/--data-only cannot be used together")
    options = ScriptOptions(pgRestoreMajor: 17, selection: SelectionOptions(dataOnly: true), clean: true)
    #expect(options.conflict == "options -c/--clean and -a/--data-only cannot be used together")
  }

  @Test func generatedRestrictKeysAre63Alphanumerics() {
    let keys = (0..<20).map { _ in RestrictKey.generate() }
    for key in keys {
      #expect(key.utf8.count == 63)
      #expect(RestrictKey.isValid(key))
    }
    #expect(Set(keys).count == keys.count)
    #expect(!RestrictKey.isValid("bad-key!"))
    #expect(!RestrictKey.isValid(""))
  }

  // MARK: Damage

  /// A data block that ends early: the error names the entry and offset.
  @Test func truncatedDataFailsNamingEntryAndOffset() throws {
    let bytes = Corpus.bytes("dumps/pg17/main.custom-none.dump")
    let path = try Self.temporaryFile(Array(bytes.dropLast(3000)))
    let archive = try Archive.open(path)
    let error = #expect(throws: ArchiveError.self) {
      try Self.render(archive, ScriptOptions(pgRestoreMajor: 17, restrictKey: "K"))
    }
    #expect(error?.code == .truncated)
    #expect(error?.entry?.dumpID != nil)
    #expect(error?.offset != nil)
    #expect(error?.file == path)
  }

  /// A compressed data block with damaged bytes: a decompression error naming the entry.
  @Test func corruptCompressedDataFailsNamingEntry() throws {
    var bytes = Corpus.bytes("dumps/pg17/main.custom-gzip.dump")
    let archive = try Archive.open(Self.temporaryFile(bytes))
    let sizes = archive.storedDataSizes()
    let entry = try #require(
      archive.entries.filter { $0.isType("TABLE DATA") }.max { (sizes[$0.dumpID] ?? 0) < (sizes[$1.dumpID] ?? 0) })
    guard case .offset(let location) = entry.dataLocation else { throw CancellationError() }
    let start = Int(location.position) + 1 + 5 + 5 + 2
    for index in start..<(start + 24) { bytes[index] = 0xFF }
    let damaged = try Archive.open(Self.temporaryFile(bytes))
    let error = #expect(throws: ArchiveError.self) {
      try Self.render(damaged, ScriptOptions(pgRestoreMajor: 17, restrictKey: "K"))
    }
    #expect(error?.entry?.dumpID == entry.dumpID)
  }

  /// The temporary file is renamed into place on success and removed on failure.
  @Test func atomicOutputFileLeavesNothingBehindOnFailure() throws {
    let directory = URL(fileURLWithPath: try Self.temporaryFile([], name: "placeholder")).deletingLastPathComponent()
    let target = directory.appendingPathComponent("out.sql").path
    let failed = try AtomicOutputFile(path: target)
    let temporary = try #require(failed.temporaryPath)
    #expect(FileManager.default.fileExists(atPath: temporary))
    failed.discard()
    #expect(!FileManager.default.fileExists(atPath: temporary))
    #expect(!FileManager.default.fileExists(atPath: target))

    let file = try AtomicOutputFile(path: target)
    let output = ScriptOutput(descriptor: file.descriptor, name: target)
    output.write("hello\n")
    try output.flush()
    try file.commit()
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == Data("hello\n".utf8))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["out.sql", "placeholder"])

    // Devices are written in place, never replaced.
    let null = try AtomicOutputFile(path: "/dev/null")
    #expect(null.temporaryPath == nil)
    try null.commit()
  }

  /// Buffered output: data larger than the buffer, and single bytes, arrive in order.
  @Test func bufferedOutputKeepsOrder() throws {
    let output = ScriptOutput()
    let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0) }
    output.write("a")
    output.write(big)
    output.write(byte: 0x42)
    try output.flush()
    #expect(output.collected == [UInt8(ascii: "a")] + big + [0x42])
    #expect(output.count == big.count + 2)
  }
}

/// Reaches the module-internal quoting through the public surface used by tests.
enum SQLQuotingProbe {
  static func identifier(_ name: String, major: Int) -> String {
    String(decoding: ScriptQuoting.identifier(Array(name.utf8), pgRestoreMajor: major), as: UTF8.self)
  }
}
