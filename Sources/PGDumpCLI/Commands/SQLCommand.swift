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

      With -f FILE the script is written to a temporary file beside FILE, flushed and renamed
      into place, so a failed run leaves no partial file; -f - or no -f writes to standard output.

      Examples:
        pgdumpkit sql backup.dump -f backup.sql
        pgdumpkit sql --restrict-key KEY1 -O -x backup_dir | psql -X -d newdb
        pg_dump -Fc mydb | pgdumpkit sql - -s

      Exit status: 0 written; 2 the archive could not be read (the error names the file, byte
      offset and TOC entry) or the script could not be written; 64 usage error.
      """)

  @Argument(help: "The archive: a file, a directory, or - for standard input.")
  var archive: String

  @Option(name: .shortAndLong, help: "Output file, or - for standard output (the default).")
  var file: String?

  @Option(name: .customLong("restrict-key"), help: "The \\restrict key (letters and digits; default: random).")
  var restrictKey: String?

  @Option(name: .customLong("as-version"), help: "Imitate the pg_restore of this major version (15, 16, 17, 18).")
  var asVersion: Int?

  @Flag(name: [.customShort("C"), .customLong("create")], help: "Create the database and connect to it.")
  var create = false

  @Flag(name: [.customShort("c"), .customLong("clean")], help: "Drop the objects before creating them.")
  var clean = false

  @Flag(name: .customLong("if-exists"), help: "Use IF EXISTS when dropping (with -c).")
  var ifExists = false

  @Flag(name: [.customShort("1"), .customLong("single-transaction")], help: "Wrap the script in one transaction.")
  var singleTransaction = false

  @Flag(name: [.customShort("a"), .customLong("data-only")], help: "Only the data, not the schema.")
  var dataOnly = false

  @Flag(name: [.customShort("s"), .customLong("schema-only")], help: "Only the schema, not the data.")
  var schemaOnly = false

  @Option(name: .customLong("section"), help: "Only this section (pre-data, data, post-data); repeatable.")
  var sections: [String] = []

  @Flag(name: [.customShort("O"), .customLong("no-owner")], help: "No commands that set ownership.")
  var noOwner = false

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

  @Flag(name: .customLong("no-tablespaces"), help: "No SET default_tablespace.")
  var noTablespaces = false

  @Flag(name: .customLong("no-table-access-method"), help: "No SET default_table_access_method.")
  var noTableAccessMethod = false

  @Flag(name: .customLong("enable-row-security"), help: "SET row_security = on.")
  var enableRowSecurity = false

  func validate() throws {
    if let asVersion, !(15...18).contains(asVersion) {
      throw ValidationError("--as-version must be 15, 16, 17 or 18.")
    }
    for name in sections where Self.section(named: name) == nil {
      throw ValidationError("unrecognized section name: \"\(name)\"")
    }
    if let conflict = scriptOptions(pgRestoreMajor: asVersion ?? 17, restrictKey: restrictKey).conflict {
      throw ValidationError(conflict)
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

  func scriptOptions(pgRestoreMajor: Int, restrictKey: String?) -> ScriptOptions {
    var selection = SelectionOptions(
      createDatabase: create, noPrivileges: noPrivileges, noComments: noComments, noPublications: noPublications,
      noSecurityLabels: noSecurityLabels, noSubscriptions: noSubscriptions, schemaOnly: schemaOnly,
      dataOnly: dataOnly, pgRestoreMajor: pgRestoreMajor)
    if !sections.isEmpty { selection.sections = Set(sections.compactMap(Self.section(named:))) }
    return ScriptOptions(
      pgRestoreMajor: pgRestoreMajor, restrictKey: restrictKey, selection: selection, noOwner: noOwner, clean: clean,
      ifExists: ifExists, singleTransaction: singleTransaction, noTablespaces: noTablespaces,
      noTableAccessMethod: noTableAccessMethod, enableRowSecurity: enableRowSecurity)
  }

  func run() throws {
    let openOptions = ArchiveOpenOptions(
      newestVersion: asVersion.map { ArchiveVersion.newestReadable(byPGRestore: $0) } ?? .newestReadable,
      pgRestoreMajor: asVersion ?? 17)
    let opened: Archive
    do {
      opened = try Archive.open(archive, options: openOptions)
    } catch {
      throw Output.fail(error, json: false)
    }
    let major = asVersion ?? opened.pgDumpMajorVersion
    // pg_restore 16.2 predates \restrict; the others draw a key when none is given.
    var key = restrictKey
    if major == 16 {
      if key != nil {
        Output.writeStderr("pgdumpkit: warning: pg_restore 16.2 writes no \\restrict lines; --restrict-key ignored\n")
      }
      key = nil
    } else if key == nil {
      key = RestrictKey.generate()
    }
    let options = scriptOptions(pgRestoreMajor: major, restrictKey: key)

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
