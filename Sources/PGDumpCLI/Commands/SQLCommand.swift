#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpTools

/// `pgdumpkit sql ARCHIVE [-f FILE]`: the SQL script `pg_restore -f` writes, byte for byte.
struct SQLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sql",
    abstract: "Write an archive as an SQL script, byte for byte like pg_restore -f.",
    discussion: """
      Reads custom (-Fc), directory (-Fd) and tar (-Ft) archives, from a file, a directory or
      standard input (-), and writes the script the pg_restore of the archive's own pg_dump major
      writes (--as-version picks another: 15, 16, 17 or 18). The script opens with \\restrict
      and ends with \\unrestrict, with the key of --restrict-key or a random one (16 imitates
      16.2, which predates \\restrict and writes neither). Table data is copied as it is
      decompressed; memory does not grow with the size of the data.

      The selection options (-n, -N, -t, -T, -I, -P, -L, --filter, --section, -a, -s, 18's
      --no-data, --no-schema, --no-statistics, --statistics-only, --statistics, --no-policies)
      select entries as pg_restore does, and pgdumpkit list takes the same ones. Options the
      imitated release does not have (--filter and --transaction-size before 17, 18's options
      before 18) are refused as usage errors; before 18 --no-data is pg_restore's abbreviation of
      --no-data-for-failed-tables and changes nothing.

      With -f FILE the script is written to a temporary file beside FILE, flushed and renamed
      into place, so a failed run leaves no partial file; -f - or no -f writes to standard output.

      Examples:
        pgdumpkit sql backup.dump -f backup.sql
        pgdumpkit sql --restrict-key KEY1 -O -x backup_dir | psql -X -d newdb
        pgdumpkit sql -n app -t orders --use-set-session-authorization backup.dump
        pgdumpkit list backup.dump > toc.txt; $EDITOR toc.txt; pgdumpkit sql -L toc.txt backup.dump
        pg_dump -Fc mydb | pgdumpkit sql - -s

      Exit status: 0 written; 2 the archive, list file or filter file could not be read (the error
      names the file, byte offset and TOC entry), a --strict-names name matched nothing, or the
      script could not be written; 64 usage error.
      """)

  @Argument(help: "The archive: a file, a directory, or - for standard input.")
  var archive: String

  @Option(name: .shortAndLong, help: "Output file, or - for standard output (the default).")
  var file: String?

  @Option(name: .customLong("restrict-key"), help: "The \\restrict key (letters and digits; default: random).")
  var restrictKey: String?

  @Option(name: .customLong("as-version"), help: "Imitate the pg_restore of this major version (15, 16, 17, 18).")
  var asVersion: Int?

  @OptionGroup(title: "Selection (also for pgdumpkit list)") var selection: RestoreSelectionArguments

  @Flag(name: [.customShort("c"), .customLong("clean")], help: "Drop the objects before creating them.")
  var clean = false

  @Flag(name: .customLong("if-exists"), help: "Use IF EXISTS when dropping (with -c).")
  var ifExists = false

  @Flag(name: [.customShort("1"), .customLong("single-transaction")], help: "Wrap the script in one transaction.")
  var singleTransaction = false

  @Option(name: .customLong("transaction-size"), help: "COMMIT and BEGIN again after N objects (17+).")
  var transactionSize: String?

  @Flag(name: [.customShort("O"), .customLong("no-owner")], help: "No commands that set ownership.")
  var noOwner = false

  @Flag(
    name: .customLong("use-set-session-authorization"),
    help: "SET SESSION AUTHORIZATION to each owner instead of ALTER ... OWNER TO.")
  var useSetSessionAuthorization = false

  @Flag(name: .customLong("disable-triggers"), help: "Disable triggers around data when no schema is restored.")
  var disableTriggers = false

  @Option(name: [.customShort("S"), .customLong("superuser")], help: "The user that disables triggers.")
  var superuser: String?

  @Option(name: .customLong("role"), help: "SET ROLE to this role first.")
  var role: String?

  @Flag(name: .customLong("no-tablespaces"), help: "No SET default_tablespace.")
  var noTablespaces = false

  @Flag(name: .customLong("no-table-access-method"), help: "No SET default_table_access_method.")
  var noTableAccessMethod = false

  @Flag(name: .customLong("enable-row-security"), help: "SET row_security = on.")
  var enableRowSecurity = false

  @Flag(name: .shortAndLong, help: "Verbose comments: times, entry IDs, dependencies, data positions.")
  var verbose = false

  func validate() throws {
    if let asVersion, !(15...18).contains(asVersion) {
      throw ValidationError("--as-version must be 15, 16, 17 or 18.")
    }
    try selection.validate()
    if let transactionSize { _ = try Self.transactionSize(parsing: transactionSize).get() }
    if let asVersion {
      try check(pgRestoreMajor: asVersion)
    } else {
      // The release is known once the archive is open (run() checks then); refuse now only
      // what every release refuses.
      try Self.refuseIfAllRefuse { try check(pgRestoreMajor: $0) }
    }
  }

  /// Runs `check` for each of 15–18 and rethrows the last error when every release fails it.
  static func refuseIfAllRefuse(_ check: (Int) throws -> Void) throws {
    var failure: (any Error)?
    for major in 15...18 {
      do {
        try check(major)
        return
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
  }

  /// What the pg_restore of `major` refuses in these options before it reads the archive:
  /// options it does not have, then contradictions (pg_restore.c `main`).
  func check(pgRestoreMajor major: Int) throws {
    let options = scriptOptions(pgRestoreMajor: major, restrictKey: restrictKey, selection: selection.options())
    if let option = selection.unsupportedOption(pgRestoreMajor: major) ?? options.unsupportedOption {
      throw ValidationError("unrecognized option '\(option)' (pg_restore \(major) does not have it)")
    }
    if let conflict = options.conflict { throw ValidationError(conflict) }
  }

  /// `--transaction-size` as pg_restore's `option_parse_int` reads it: an integer in
  /// 1…2147483647, white space around it allowed.
  static func transactionSize(parsing text: String) -> Result<Int, ValidationError> {
    let isSpace: (Character) -> Bool = { " \t\n\u{0B}\u{0C}\r".contains($0) }
    var body = Substring(text)
    while let first = body.first, isSpace(first) { body.removeFirst() }
    while let last = body.last, isSpace(last) { body.removeLast() }
    let digits = body.first == "+" || body.first == "-" ? body.dropFirst() : body
    if !body.isEmpty && (digits.isEmpty || !digits.allSatisfy({ $0.isASCII && $0.isNumber })) {
      return .failure(ValidationError("invalid value \"\(text)\" for option --transaction-size"))
    }
    // An empty value reads as 0; out-of-range and overflowing values fail the range test.
    guard let value = Int(body), (1...Int(Int32.max)).contains(value) else {
      return .failure(ValidationError("--transaction-size must be in range 1..2147483647"))
    }
    return .success(value)
  }

  func scriptOptions(pgRestoreMajor: Int, restrictKey: String?, selection: SelectionOptions) -> ScriptOptions {
    var selection = selection
    selection.pgRestoreMajor = pgRestoreMajor
    var options = ScriptOptions(
      pgRestoreMajor: pgRestoreMajor, restrictKey: restrictKey, selection: selection, noOwner: noOwner, clean: clean,
      ifExists: ifExists, singleTransaction: singleTransaction, noTablespaces: noTablespaces,
      noTableAccessMethod: noTableAccessMethod, enableRowSecurity: enableRowSecurity)
    options.useSetSessionAuthorization = useSetSessionAuthorization
    options.disableTriggers = disableTriggers
    // pg_restore ignores an empty -S.
    options.superuser = superuser.flatMap { $0.isEmpty ? nil : Array($0.utf8) }
    options.role = role.map { Array($0.utf8) }
    options.transactionSize = transactionSize.flatMap { try? Self.transactionSize(parsing: $0).get() } ?? 0
    options.verbose = verbose
    return options
  }

  /// An opened archive and the options pg_restore would apply to it, with the warnings reading
  /// the `-L` list produced.
  struct Prepared {
    var archive: Archive
    var options: ScriptOptions
    var warnings: [String]
  }

  /// Everything before writing: the `--filter` files (which pg_restore reads while parsing its
  /// options), the archive, the checks that depend on the imitated release, and the `-L` list.
  /// - Throws: ``ArchiveError`` for unreadable files, `ValidationError` for options the archive's
  ///   release refuses.
  func prepare() throws -> Prepared {
    let filters = try selection.readFilters()
    let openOptions = ArchiveOpenOptions(
      newestVersion: asVersion.map { ArchiveVersion.newestReadable(byPGRestore: $0) } ?? .newestReadable,
      pgRestoreMajor: asVersion ?? 17)
    let opened = try Archive.open(archive, options: openOptions)
    let major = asVersion ?? opened.pgDumpMajorVersion
    if asVersion == nil { try check(pgRestoreMajor: major) }
    let (selectionOptions, warnings) = try selection.options(filters: filters, entries: opened.entries)
    // pg_restore 16.2 predates \restrict; the others draw a key when none is given.
    var key = restrictKey
    var notes = warnings
    if major == 16 {
      if key != nil { notes.append("pg_restore 16.2 writes no \\restrict lines; --restrict-key ignored") }
      key = nil
    } else if key == nil {
      key = RestrictKey.generate()
    }
    return Prepared(
      archive: opened, options: scriptOptions(pgRestoreMajor: major, restrictKey: key, selection: selectionOptions),
      warnings: notes)
  }

  func run() throws {
    let prepared: Prepared
    do {
      prepared = try prepare()
    } catch let error as ArchiveError {
      throw Output.fail(error, json: false)
    }
    for warning in prepared.warnings { Output.writeStderr("pgdumpkit: warning: \(warning)\n") }
    let opened = prepared.archive
    let options = prepared.options

    var destination: AtomicOutputFile?
    let output: ScriptOutput
    do {
      if let file, file != "-" {
        let created = try AtomicOutputFile(path: file)
        destination = created
        output = ScriptOutput(descriptor: created.descriptor, name: file)
      } else {
        output = ScriptOutput(descriptor: STDOUT_FILENO, name: "-")
      }
    } catch {
      throw Output.fail(error, json: false)
    }

    let writer = ScriptWriter(archive: opened, options: options, output: output)
    do {
      defer { for warning in writer.warnings { Output.writeStderr("pgdumpkit: warning: \(warning)\n") } }
      try writer.write()
      try output.flush()
      try destination?.commit()
    } catch {
      destination?.discard()
      let failure = error as? ArchiveError ?? ArchiveError(.io, "\(error)", file: archive)
      throw Output.fail(failure, json: false)
    }
  }
}

/// The pg_restore options that select entries, shared by `sql` and `list` (pg_restore.c `main`
/// for `-C`, `-a`, `-s`, `--section`, `-n`, `-N`, `-t`, `-T`, `-I`, `-P`, `-L`, `--filter`,
/// `--strict-names`, `-x` and the `--no-…` options).
struct RestoreSelectionArguments: ParsableArguments {
  @Flag(name: [.customShort("C"), .customLong("create")], help: "Include the database itself (CREATE DATABASE).")
  var create = false

  @Flag(name: [.customShort("a"), .customLong("data-only")], help: "Only the data, not the schema.")
  var dataOnly = false

  @Flag(name: [.customShort("s"), .customLong("schema-only")], help: "Only the schema, not the data.")
  var schemaOnly = false

  @Option(name: .customLong("section"), help: "Only this section (pre-data, data, post-data); repeatable.")
  var sections: [String] = []

  @Option(name: [.customShort("n"), .customLong("schema")], help: "Only objects in this schema; repeatable.")
  var schemas: [String] = []

  @Option(name: [.customShort("N"), .customLong("exclude-schema")], help: "Not objects in this schema; repeatable.")
  var excludedSchemas: [String] = []

  @Option(name: [.customShort("t"), .customLong("table")], help: "This table, view, sequence…; repeatable.")
  var tables: [String] = []

  @Option(name: [.customShort("T"), .customLong("trigger")], help: "This trigger; repeatable.")
  var triggers: [String] = []

  @Option(name: [.customShort("I"), .customLong("index")], help: "This index; repeatable.")
  var indexes: [String] = []

  @Option(name: [.customShort("P"), .customLong("function")], help: "This function, as NAME(ARGS); repeatable.")
  var functions: [String] = []

  @Option(name: [.customShort("L"), .customLong("use-list")], help: "Select and order entries by this list file.")
  var useList: String?

  @Option(name: .customLong("filter"), help: "Include/exclude objects by this filter file (17+); repeatable.")
  var filters: [String] = []

  @Flag(name: .customLong("strict-names"), help: "Fail when a -n/-t/-T/-I/-P name selects nothing.")
  var strictNames = false

  @Flag(
    name: [.customShort("x"), .customLong("no-privileges"), .customLong("no-acl")],
    help: "No GRANT/REVOKE commands.")
  var noPrivileges = false

  @Flag(name: .customLong("no-comments"), help: "No COMMENT commands.")
  var noComments = false

  @Flag(name: .customLong("no-publications"), help: "No publications.")
  var noPublications = false

  @Flag(name: .customLong("no-security-labels"), help: "No security labels.")
  var noSecurityLabels = false

  @Flag(name: .customLong("no-subscriptions"), help: "No subscriptions.")
  var noSubscriptions = false

  @Flag(name: .customLong("no-policies"), help: "No row security policies (18).")
  var noPolicies = false

  @Flag(name: .customLong("no-data"), help: "No data (18; before 18 it changes nothing).")
  var noData = false

  @Flag(name: .customLong("no-schema"), help: "No schema (18).")
  var noSchema = false

  @Flag(name: .customLong("no-statistics"), help: "No statistics (18).")
  var noStatistics = false

  @Flag(name: .customLong("statistics-only"), help: "Only the statistics (18).")
  var statisticsOnly = false

  @Flag(name: .customLong("statistics"), help: "Restore the statistics (18; the default).")
  var withStatistics = false

  @Flag(name: .customLong("no-data-for-failed-tables"), help: "Accepted; changes nothing in a script.")
  var noDataForFailedTables = false

  func validate() throws {
    for name in sections where Self.section(named: name) == nil {
      throw ValidationError("unrecognized section name: \"\(name)\"")
    }
  }

  /// `--section` names as pg_restore spells them (dumputils.c `set_dump_section`).
  static func section(named name: String) -> Section? {
    switch name {
    case "pre-data": .preData
    case "data": .data
    case "post-data": .postData
    default: nil
    }
  }

  /// The options that `pgRestoreMajor` lacks among these (`--filter` before 17, 18's options
  /// before 18).
  func unsupportedOption(pgRestoreMajor major: Int) -> String? {
    if major < 17 && !filters.isEmpty { return "--filter" }
    return options().unsupportedOption(pgRestoreMajor: major)
  }

  /// The options given on the command line, without list and filter files.
  func options() -> SelectionOptions {
    var options = SelectionOptions(
      createDatabase: create, noPrivileges: noPrivileges, noComments: noComments, noPublications: noPublications,
      noSecurityLabels: noSecurityLabels, noSubscriptions: noSubscriptions, schemaOnly: schemaOnly,
      dataOnly: dataOnly)
    if !sections.isEmpty { options.sections = Set(sections.compactMap(Self.section(named:))) }
    options.noPolicies = noPolicies
    options.noData = noData
    options.noSchema = noSchema
    options.noStatistics = noStatistics
    options.statisticsOnly = statisticsOnly
    options.withStatistics = withStatistics
    options.schemaNames = schemas.map { Array($0.utf8) }
    options.excludedSchemaNames = excludedSchemas.map { Array($0.utf8) }
    options.tableNames = tables.map { Array($0.utf8) }
    options.triggerNames = triggers.map { Array($0.utf8) }
    options.indexNames = indexes.map { Array($0.utf8) }
    options.functionNames = functions.map { Array($0.utf8) }
    options.strictNames = strictNames
    return options
  }

  /// Reads the `--filter` files, in order.
  func readFilters() throws(ArchiveError) -> [FilterFile] {
    var result: [FilterFile] = []
    for path in filters { result.append(try FilterFile(path: path)) }
    return result
  }

  /// The complete selection: the command-line names, then those of the filter files, and the
  /// `-L` list read against the archive, with the list's warnings.
  func options(filters: [FilterFile], entries: [TOCEntry]) throws(ArchiveError) -> (SelectionOptions, [String]) {
    var options = options()
    for filter in filters { filter.apply(to: &options) }
    guard let useList else { return (options, []) }
    let list = try TOCListFile(path: useList, entries: entries)
    options.useList = list.dumpIDs
    return (options, list.warnings)
  }
}
