import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpTools

/// `pgdumpkit identify FILE`: what kind of dump a file is, and what can read it.
struct IdentifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "identify",
    abstract: "Say what a file is: which kind of dump, which versions, and what can restore it.",
    discussion: """
      Recognises custom, directory and tar archives and plain pg_dump / pg_dumpall scripts, also
      inside gzip, lz4 or zstd layers (backup.dump.gz). Prints one line; --json for machines.

      Examples:
        pgdumpkit identify backup.dump.gz
        pgdumpkit identify --json nightly/ | jq .oldestPGRestore

      Exit status: 0 a PostgreSQL dump; 1 not a dump; 2 could not read the file, or a
      recognised archive is damaged or unsupported; 64 usage error.
      """)

  @Argument(help: "The file or directory, or - for standard input.")
  var file: String

  @Flag(help: "Print one JSON document.")
  var json = false

  func run() throws {
    let result: DumpIdentification
    do {
      result = try DumpIdentification.identify(file)
    } catch {
      throw Output.fail(error, json: json)
    }
    if json {
      try Output.writeJSON(result)
    } else {
      Output.writeStdout(Array((result.summary + "\n").utf8))
    }
    if result.kind == "unknown" { throw ExitCode(1) }
    if result.problem != nil { throw ExitCode(2) }
  }
}
