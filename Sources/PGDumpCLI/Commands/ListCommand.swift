#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpTools

/// `pgdumpkit list ARCHIVE`: the table of contents, exactly as `pg_restore -l` prints it.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List an archive's table of contents, byte for byte like pg_restore -l.",
    discussion: """
      Reads custom (-Fc), directory (-Fd) and tar (-Ft) archives of archive versions 1.0 to 1.16,
      from a file, a directory, or standard input (-). Also lists plain SQL dumps (pg_dump -Fp,
      pg_dumpall; gzip/lz4/zstd-compressed too), which pg_restore refuses: one entry per
      "-- Name: …; Type: …" block, in the script's (restore) order, with ids 0 0 unless the
      script was made with pg_dump --verbose. By default the output is what the
      pg_restore of the archive's own pg_dump major version prints; --as-version picks another
      (15 prints the compression level, 16+ the algorithm; 15 refuses 1.15+ archives, 16 refuses 1.16).

      The selection options are pg_restore's, as for pgdumpkit sql: -C, -a, -s, --section, -n, -N,
      -t, -T, -I, -P, -x, --no-comments and the other --no-… options, --strict-names, --filter
      (17+), 18's --no-data, --no-schema, --no-statistics, --statistics-only, --statistics and
      --no-policies, and -L, which lists the entries in the list file's order, as pg_restore -l -L
      does.

      Examples:
        pgdumpkit list backup.dump
        pgdumpkit list nightly.sql.gz
        pgdumpkit list --as-version 15 backup.dump
        pgdumpkit list -n app -t orders backup.dump
        pg_dump -Fc mydb | pgdumpkit list -
        pgdumpkit list --json backup_dir | jq '.entries[] | select(.desc == "TABLE DATA")'

      Exit status: 0 listed; 2 the archive, list file or filter file could not be read (the error
      names the file, byte offset and TOC entry) or a --strict-names name matched nothing (after
      the listing, as pg_restore); 64 usage error.
      """)

  @Argument(help: "The archive: a file, a directory, or - for standard input.")
  var archive: String

  @Option(name: .customLong("as-version"), help: "Imitate the pg_restore of this major version (15, 16, 17, 18).")
  var asVersion: Int?

  @Flag(name: .shortAndLong, help: "Verbose: list every entry, with its dependencies (pg_restore -l -v).")
  var verbose = false

  @OptionGroup(title: "Selection (as for pgdumpkit sql)") var selection: RestoreSelectionArguments

  /// `-C`: include the DATABASE entries.
  var create: Bool { selection.create }

  @Flag(help: "Print one JSON document with the header and every TOC entry field.")
  var json = false

  func validate() throws {
    if let asVersion, !(15...18).contains(asVersion) {
      throw ValidationError("--as-version must be 15, 16, 17 or 18.")
    }
    try selection.validate()
    if let asVersion {
      try check(pgRestoreMajor: asVersion)
    } else {
      try SQLCommand.refuseIfAllRefuse { try check(pgRestoreMajor: $0) }
    }
  }

  /// What `pg_restore -l` of `major` refuses among the selection options (pg_restore.c `main`).
  func check(pgRestoreMajor major: Int) throws {
    if let option = selection.unsupportedOption(pgRestoreMajor: major) {
      throw ValidationError("unrecognized option '\(option)' (pg_restore \(major) does not have it)")
    }
    var options = selection.options()
    options.pgRestoreMajor = major
    if let conflict = options.conflict { throw ValidationError(conflict) }
  }

  /// The opened archive and the listing pg_restore -l would print, with the warnings reading
  /// the `-L` list produced (see ``SQLCommand/prepare()``).
  func prepare() throws -> (archive: Archive, listing: TOCListing, warnings: [String]) {
    let filters = try selection.readFilters()
    let options = ArchiveOpenOptions(
      newestVersion: asVersion.map { ArchiveVersion.newestReadable(byPGRestore: $0) } ?? .newestReadable,
      pgRestoreMajor: asVersion ?? 17, acceptsPlainScripts: true)
    let opened = try Archive.open(archive, options: options)
    let major = asVersion ?? opened.pgDumpMajorVersion
    if asVersion == nil { try check(pgRestoreMajor: major) }
    let (selectionOptions, warnings) = try selection.options(filters: filters, entries: opened.entries)
    return (opened, TOCListing(pgRestoreMajor: major, verbose: verbose, selection: selectionOptions), warnings)
  }

  func run() throws {
    let opened: Archive
    let listing: TOCListing
    do {
      let prepared = try prepare()
      for warning in prepared.warnings { Output.writeStderr("pgdumpkit: warning: \(warning)\n") }
      (opened, listing) = (prepared.archive, prepared.listing)
    } catch let error as ArchiveError {
      throw Output.fail(error, json: json)
    }
    // pg_restore -l prints the listing, then fails --strict-names.
    let failure = listing.selected(opened).strictNamesFailure.map {
      ArchiveError(TOCListFile.errorCode, $0, file: opened.path)
    }
    if json {
      if let failure { throw Output.fail(failure, json: true) }
      try Output.writeJSON(ListReport(opened, listing: listing))
    } else {
      Output.writeStdout(listing.render(opened))
      if let failure { throw Output.fail(failure, json: false) }
      // Like pg_restore, leave freeing a large TOC to process exit (a measurable share of a
      // 12,000-entry listing under callgrind).
      Glibc.exit(0)
    }
  }
}
