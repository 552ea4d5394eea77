import ArgumentParser
import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

@testable import PGDumpCLI

/// pg_restore's selection and shaping options (-n, -N, -t, -T, -I, -P, -L, --filter,
/// --strict-names, --section, --use-set-session-authorization, --disable-triggers, -S, --role,
/// --transaction-size, -v and 18's options) through the `sql` and `list` command lines, compared
/// byte for byte with the real pg_restore 15–18 (`-f -` and `-l`). Where pg_restore fails (an
/// option it lacks, a name --strict-names cannot find, an unreadable list or filter file, data
/// out of order in a tar archive), pgdumpkit must fail too. Skipped where a binary is missing.
@Suite struct RestoreOptionsLiveTests {
  struct LiveCase: CustomStringConvertible, Sendable {
    var path: String
    var major: Int
    var arguments: [String]
    var description: String { "\(path) pg_restore \(major) \(arguments.joined(separator: " "))" }
  }

  static let archives = [
    "dumps/pg15/main.custom-gzip.dump", "dumps/pg16/main.tar", "dumps/pg17/main.directory-gzip",
    "dumps/pg18/main.custom-none.dump", "dumps/pg17/latin1.tar", "dumps/pg18/eucjp.directory-gzip",
    "dumps/pg18/stats.custom-gzip.dump",
  ]

  /// `{reordered}`, `{filtered}`, `{dataonly}` are list files made from the archive's listing;
  /// `{filter}` and `{badfilter}` filter files.
  static let sqlOptions: [[String]] = [
    ["-n", "app"], ["-n", "app", "-n", "reporting", "-N", "reporting"], ["-N", "app", "-x"],
    ["-t", "orders", "-t", "customers"], ["-t", "customers", "-O"], ["-t", "measurements"],
    ["-I", "orders_open_idx", "-T", "orders_audit", "-P", "shout(text)", "-P", "describe_customer(bigint)"],
    ["--section=pre-data", "-n", "app"], ["--section=data", "-t", "orders", "-t", "measurements"],
    ["--section=post-data", "-I", "orders_open_idx", "-I", "measurements_expr_idx"],
    ["-L", "{reordered}"], ["-L", "{filtered}", "-c", "--if-exists"], ["-L", "{filtered}", "-v"],
    ["-L", "{dataonly}", "--disable-triggers"],
    ["--use-set-session-authorization"], ["--use-set-session-authorization", "-C", "-c"],
    ["--use-set-session-authorization", "-a", "--disable-triggers"], ["-a", "--disable-triggers", "-S", "postgres"],
    ["--disable-triggers"], ["--role=restorer"], ["--role", "Weird \"Role\"", "-1"],
    ["--transaction-size=1"], ["--transaction-size=7", "-c", "--if-exists"],
    ["--transaction-size=3", "-C", "-c", "-L", "{filtered}"],
    ["-v"], ["-v", "-1", "--section=data"],
    ["--strict-names", "-t", "orders", "-n", "app"], ["--strict-names", "-t", "no_such_table"],
    ["--filter", "{filter}"], ["--filter", "{badfilter}"], ["--no-data"],
    ["--no-policies"], ["--no-schema", "--disable-triggers"], ["--no-statistics", "-n", "app"],
    ["--statistics-only", "-t", "measurements"], ["--statistics", "--no-data"], ["-s", "--statistics"],
  ]

  static let listOptions: [[String]] = [
    ["-n", "app", "-N", "reporting"], ["-t", "orders", "-t", "measurements"], ["-x", "-a"], ["-s", "-C"],
    ["-I", "orders_open_idx", "-T", "orders_audit", "-P", "shout(text)"], ["--section=post-data", "-n", "app"],
    ["-L", "{reordered}"], ["-L", "{filtered}", "-v"], ["--filter", "{filter}"], ["--filter", "{badfilter}"],
    ["--strict-names", "-n", "app", "-t", "no_such_table"], ["--no-policies", "--no-publications"],
    ["--statistics-only", "-I", "measurements_expr_idx"], ["--no-schema"], ["--no-data", "--no-statistics"],
    ["--strict-names", "--filter", "{pattern1}"], ["--strict-names", "--filter", "{pattern2}"],
    ["--strict-names", "-t", "orders", "--filter", "{pattern3}"], ["--strict-names", "--filter", "{pattern4}"],
  ]

  static let sqlCases: [LiveCase] = archives.flatMap { path in
    (15...18).flatMap { major in sqlOptions.map { LiveCase(path: path, major: major, arguments: $0) } }
  }

  static let listCases: [LiveCase] = archives.flatMap { path in
    (15...18).flatMap { major in listOptions.map { LiveCase(path: path, major: major, arguments: $0) } }
  }

  // MARK: Files the options name

  /// A directory of list and filter files made once per test process.
  static let workDirectory: URL = {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-restore-\(UUID())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // Removed when the test process exits, so runs leave nothing in /tmp.
    atexit { try? FileManager.default.removeItem(at: RestoreOptionsLiveTests.workDirectory) }
    // -v prints times in the local zone; pg_restore runs with TZ=UTC too.
    setenv("TZ", "UTC", 1)
    tzset()
    return directory
  }()

  static let filterText = """
    # tables and more
    include table orders
    INCLUDE TABLE "Order Items"   # quoted: matches no tag
    include schema app
      include function shout(text)
    include index orders_open_idx
    include trigger orders_audit
    include table measurements
    exclude schema reporting

    """

  /// Filter files by placeholder: `{filter}` selects, `{badfilter}` is refused on its second
  /// line, `{patternN}` hold names `read_pattern` normalizes (white space, commas, parentheses,
  /// quotes over two lines), which --strict-names then reports.
  static let filterTexts: [String: String] = [
    "{filter}": filterText,
    "{badfilter}": "include table orders\nexclude table \"multi\nline\"\n",
    "{pattern1}": "include table   app . orders ,  x ( a , b )  # comment\n",
    "{pattern2}": "\n# first\ninclude table \"Mixed \"\"Q\"\" \\n\\\\ \\x\" . tbl\n",
    "{pattern3}": "include function  f ( integer,text )\ninclude table \"multi\nline\" x\n",
    "{pattern4}": "include table orders\nInclude Index a\tb\n",
  ]

  /// Replaces the placeholders by files for `path`.
  static func resolve(_ arguments: [String], path: String) throws -> [String] {
    let directory = workDirectory
    let key = path.replacingOccurrences(of: "/", with: "_")
    var result: [String] = []
    for argument in arguments {
      switch argument {
      case "{reordered}", "{filtered}", "{dataonly}":
        let name = "\(key)-\(argument.dropFirst().dropLast()).list"
        let file = directory.appendingPathComponent(name)
        try Data(listFile(argument, for: path).utf8).write(to: file)
        result.append(file.path)
      case _ where filterTexts[argument] != nil:
        let file = directory.appendingPathComponent("\(argument.dropFirst().dropLast()).filter")
        try Data((filterTexts[argument] ?? "").utf8).write(to: file)
        result.append(file.path)
      default:
        result.append(argument)
      }
    }
    return result
  }

  /// A list file made from the archive's own listing: every entry in reverse order with every
  /// third one commented out and garbage lines (`{reordered}`); the archive's order with every
  /// other entry commented out, blank lines and a repeated ID (`{filtered}`); only the data
  /// entries (`{dataonly}`, an implied data-only restore).
  static func listFile(_ kind: String, for path: String) throws -> String {
    let archive = try Archive.open(path)
    let lines = String(decoding: TOCListing(pgRestoreMajor: 18).render(archive), as: UTF8.self)
      .split(separator: "\n").filter { !$0.hasPrefix(";") }.map(String.init)
    switch kind {
    case "{reordered}":
      let body = lines.reversed().enumerated().map { $0.offset % 3 == 2 ? ";\($0.element)" : $0.element }
      return (body + ["garbage", "0", "-3 minus", lines.first ?? ""]).joined(separator: "\n") + "\n"
    case "{filtered}":
      let body = lines.enumerated().map { $0.offset % 2 == 1 ? "; \($0.element)" : "  \($0.element)" }
      return (["; a comment", "", "   "] + body + [lines.first ?? ""]).joined(separator: "\n")
    default:
      let data = lines.filter { $0.contains(" TABLE DATA ") || $0.contains(" SEQUENCE SET ") || $0.contains(" BLOB") }
      return data.joined(separator: "\n") + "\n"
    }
  }

  // MARK: Running both

  static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// A corpus path, or an absolute path as it is.
  static func fullPath(_ path: String) -> String {
    path.hasPrefix("/") ? path : Corpus.directory.appendingPathComponent(path).path
  }

  /// pg_restore's warnings: messages start with "pg_restore: " on a new line; a warning may span
  /// lines; the final newline is not part of it.
  static func warnings(in stderr: [UInt8]) -> [String] {
    var found = ("\n" + text(stderr)).components(separatedBy: "\npg_restore: warning: ").dropFirst()
      .map { $0.components(separatedBy: "\npg_restore: ")[0] }
    if let last = found.indices.last, found[last].hasSuffix("\n") { found[last].removeLast() }
    return found
  }

  /// Records an issue naming the first line that differs, rather than two byte arrays.
  static func expectSame(
    _ ours: [UInt8], _ reference: [UInt8], _ context: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard ours != reference else { return }
    let mine = text(ours).components(separatedBy: "\n")
    let theirs = text(reference).components(separatedBy: "\n")
    let line = zip(mine, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(mine.count, theirs.count)
    let show = { (lines: [String]) in line < lines.count ? lines[line] : "(end)" }
    Issue.record(
      "\(context): line \(line + 1) differs: ours \(show(mine).debugDescription), pg_restore \(show(theirs).debugDescription)",
      sourceLocation: sourceLocation)
  }

  /// The script without `-v`'s completion time, which is the time of the run.
  static func withoutCompletionTime(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var start = bytes.startIndex
    while start < bytes.endIndex {
      let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
      if !bytes[start..<end].starts(with: "-- Completed on ".utf8) { out += bytes[start..<end] }
      start = end
    }
    return out
  }

  /// `pgdumpkit sql` in memory: the command line parsed and prepared as the CLI does.
  static func ourScript(_ arguments: [String]) throws -> (script: [UInt8], warnings: [String]) {
    guard let command = try RootCommand.parseAsRoot(["sql"] + arguments) as? SQLCommand else {
      throw ValidationError("not an sql command")
    }
    let prepared = try command.prepare()
    let output = ScriptOutput()
    let writer = ScriptWriter(archive: prepared.archive, options: prepared.options, output: output)
    try writer.write()
    try output.flush()
    return (output.collected, prepared.warnings + writer.warnings)
  }

  static func compareScript(_ test: LiveCase) throws {
    guard let bin = Corpus.postgresBin(test.major) else { return }
    let path = fullPath(test.path)
    let arguments = try resolve(test.arguments, path: path)
    let key = test.major == 16 ? [] : ["--restrict-key=PGDUMPKITLIVE"]
    let real = try ProcessResult.run(
      bin.appendingPathComponent("pg_restore"), key + arguments + ["-f", "-", path],
      environment: ["TZ": "UTC", "LC_ALL": "C"])
    if text(real.stderr).contains("does not support compression") { return }
    let ours = Result { try ourScript(["--as-version", "\(test.major)"] + key + arguments + [path]) }
    if real.status == 0 {
      let (script, warnings) = try ours.get()
      Self.expectSame(withoutCompletionTime(script), withoutCompletionTime(real.stdout), "\(test)")
      #expect(warnings == Self.warnings(in: real.stderr), "\(test)")
    } else {
      #expect(throws: (any Error).self, "pg_restore failed with \(text(real.stderr))") { try ours.get() }
    }
  }

  static func compareListing(_ test: LiveCase) throws {
    guard let bin = Corpus.postgresBin(test.major) else { return }
    let path = fullPath(test.path)
    let arguments = try resolve(test.arguments, path: path)
    let real = try ProcessResult.run(
      bin.appendingPathComponent("pg_restore"), ["-l"] + arguments + [path], environment: ["TZ": "UTC", "LC_ALL": "C"])
    let ours = Result { () throws -> (listing: [UInt8], warnings: [String], failure: String?) in
      guard
        let command = try RootCommand.parseAsRoot(["list", "--as-version", "\(test.major)"] + arguments + [path])
          as? ListCommand
      else { throw ValidationError("not a list command") }
      let prepared = try command.prepare()
      return (
        prepared.listing.render(prepared.archive), prepared.warnings,
        prepared.listing.selected(prepared.archive).strictNamesFailure
      )
    }
    if real.status == 0 {
      let (listing, warnings, failure) = try ours.get()
      Self.expectSame(listing, real.stdout, "\(test)")
      #expect(warnings == Self.warnings(in: real.stderr), "\(test)")
      #expect(failure == nil, "\(test)")
    } else if !real.stdout.isEmpty {
      // --strict-names: pg_restore -l prints the listing, then fails.
      let (listing, _, failure) = try ours.get()
      Self.expectSame(listing, real.stdout, "\(test)")
      #expect(failure.map { text(real.stderr).contains("error: \($0)") } == true, "\(test)")
    } else {
      #expect(throws: (any Error).self, "pg_restore -l failed with \(text(real.stderr))") { try ours.get() }
    }
  }

  // MARK: Tests

  @Test(arguments: sqlCases)
  func scriptMatchesRealPGRestore(_ test: LiveCase) throws {
    try Self.compareScript(test)
  }

  @Test(arguments: listCases)
  func listingMatchesRealPGRestore(_ test: LiveCase) throws {
    try Self.compareListing(test)
  }

  /// A `-L` list that restores data out of archive order: a custom file seeks, a tar archive
  /// fails as pg_restore's forward-only tar reader does, with its message.
  @Test(arguments: [15, 16, 17, 18])
  func outOfOrderDataInTarFailsLikePGRestore(_ major: Int) throws {
    for format in ["tar", "custom-gzip.dump", "directory-gzip"] {
      try Self.compareScript(LiveCase(path: "dumps/pg\(major)/main.\(format)", major: major, arguments: ["-L", "{reordered}"]))
    }
    let path = Corpus.directory.appendingPathComponent("dumps/pg\(major)/main.tar").path
    let list = try Self.resolve(["{reordered}"], path: path)
    let error = #expect(throws: ArchiveError.self) {
      try Self.ourScript(["--as-version", "\(major)", "-L"] + list + [path])
    }
    #expect(error?.code == .outOfOrder)
  }

  /// Owners and roles that need quoting, standard_conforming_strings off, an extension without
  /// owner, the `public` schema made by a comment, and comments on policies, publications and
  /// subscriptions (18's --no-policies; --no-publications and --no-subscriptions keep them).
  static func sessionArchive(standardStrings: Bool) -> [UInt8] {
    ArchiveBytes.custom(version: .v1_14) { a in
      a.encodingEntry()
      a.stdStringsEntry(on: standardStrings)
      a.searchPathEntry()
      a.tocEntry(
        dumpID: 5, desc: "SCHEMA", tag: "public", owner: "pg_database_owner",
        defn: "-- *not* creating schema, since initdb creates it\n",
        dropStmt: "-- *not* dropping schema, since initdb creates it\n", tableOID: "2615", oid: "2200")
      a.tocEntry(
        dumpID: 6, desc: "EXTENSION", tag: "plpgsql", owner: "", defn: "CREATE EXTENSION plpgsql;\n",
        dropStmt: "DROP EXTENSION plpgsql;\n")
      a.tocEntry(
        dumpID: 7, desc: "TABLE", tag: "t", owner: "o'brien\\x", defn: "CREATE TABLE public.t (a int);\n",
        dropStmt: "DROP TABLE public.t;\n", namespace: "public", tablespace: "", tableAM: "heap", relkind: "r")
      a.tocEntry(
        dumpID: 8, desc: "TABLE DATA", tag: "t", owner: "o'brien\\x", copyStmt: "COPY public.t (a) FROM stdin;\n",
        namespace: "public", section: .data, hadDumper: true, dependencies: [7])
      a.tocEntry(
        dumpID: 9, desc: "POLICY", tag: "t p1", owner: "o'brien\\x", defn: "CREATE POLICY p1 ON public.t;\n",
        dropStmt: "DROP POLICY p1 ON public.t;\n", namespace: "public", section: .postData, dependencies: [7])
      a.tocEntry(
        dumpID: 10, desc: "COMMENT", tag: "POLICY p1 ON t", owner: "o'brien\\x",
        defn: "COMMENT ON POLICY p1 ON public.t IS 'x';\n", namespace: "public", section: Section.none,
        dependencies: [9])
      a.tocEntry(
        dumpID: 11, desc: "PUBLICATION", tag: "pub", owner: "Pub Owner", defn: "CREATE PUBLICATION pub;\n",
        dropStmt: "DROP PUBLICATION pub;\n", section: .postData)
      a.tocEntry(
        dumpID: 12, desc: "COMMENT", tag: "PUBLICATION pub", owner: "Pub Owner",
        defn: "COMMENT ON PUBLICATION pub IS 'x';\n", section: Section.none, dependencies: [11])
      a.tocEntry(
        dumpID: 13, desc: "SUBSCRIPTION", tag: "sub", owner: "Pub Owner", defn: "CREATE SUBSCRIPTION sub;\n",
        dropStmt: "DROP SUBSCRIPTION sub;\n", section: .postData)
      a.tocEntry(
        dumpID: 14, desc: "COMMENT", tag: "SUBSCRIPTION sub", owner: "Pub Owner",
        defn: "COMMENT ON SUBSCRIPTION sub IS 'x';\n", section: Section.none, dependencies: [13])
      a.tocEntry(
        dumpID: 15, desc: "ACL", tag: "TABLE t", owner: "o'brien\\x",
        defn: "SET SESSION AUTHORIZATION x;\nGRANT ALL ON TABLE public.t TO y;\nRESET SESSION AUTHORIZATION;\n",
        namespace: "public", section: Section.none, dependencies: [7])
      a.tocEntry(
        dumpID: 16, desc: "TRIGGER", tag: "t trg", owner: "o'brien\\x", defn: "CREATE TRIGGER trg;\n",
        dropStmt: "DROP TRIGGER trg ON public.t;\n", namespace: "public", section: .postData, dependencies: [7])
      a.tocEntry(
        dumpID: 17, desc: "SECURITY LABEL", tag: "PUBLICATION pub", owner: "Pub Owner",
        defn: "SECURITY LABEL FOR x ON PUBLICATION pub IS 'y';\n", section: Section.none, dependencies: [11])
      a.tocEntry(
        dumpID: 18, desc: "SECURITY LABEL", tag: "SUBSCRIPTION sub", owner: "Pub Owner",
        defn: "SECURITY LABEL FOR x ON SUBSCRIPTION sub IS 'y';\n", section: Section.none, dependencies: [13])
      a.tocEntry(
        dumpID: 19, desc: "COMMENT", tag: "PUBLICATIONS", owner: "Pub Owner",
        defn: "COMMENT ON SOMETHING IS 'prefix test';\n", section: Section.none)
      a.tocEntry(
        dumpID: 20, desc: "SECURITY LABEL", tag: "POLICY p1 ON t", owner: "o'brien\\x",
        defn: "SECURITY LABEL FOR x ON POLICY p1 IS 'y';\n", namespace: "public", section: Section.none,
        dependencies: [9])
      a.dataBlock(dumpID: 8, text: "1\n2\n\\.\n\n\n")
    }
  }

  @Test(arguments: [true, false])
  func quotedOwnersAndCommentsMatchRealPGRestore(_ standardStrings: Bool) throws {
    let directory = Self.workDirectory
    let file = directory.appendingPathComponent("session-\(standardStrings).dump")
    try Data(Self.sessionArchive(standardStrings: standardStrings)).write(to: file)
    for major in 15...18 {
      for arguments in [
        ["--use-set-session-authorization"], ["--use-set-session-authorization", "-c", "--if-exists"],
        ["-a", "--disable-triggers", "-S", "o'brien\\x"], ["--role", "o'brien\\x"],
        ["-v", "--use-set-session-authorization"], ["--transaction-size=2", "-c"],
      ] {
        try Self.compareScript(LiveCase(path: file.path, major: major, arguments: arguments))
      }
      for arguments in [
        [], ["--no-publications", "--no-subscriptions"], ["--no-policies"], ["-T", "trg", "-t", "t"],
        ["-n", "public", "-x"],
      ] {
        try Self.compareScript(LiveCase(path: file.path, major: major, arguments: arguments))
        try Self.compareListing(LiveCase(path: file.path, major: major, arguments: arguments))
      }
    }
  }
}
