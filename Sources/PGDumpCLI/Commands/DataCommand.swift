#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpTools

/// `pgdumpkit data DUMP -t TABLE`: one table's rows, without restoring anything.
struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: "Write one table's rows (COPY text or CSV) or the large objects from any dump.",
    discussion: """
      Works on custom, directory and tar archives and on plain scripts (also compressed). Rows
      are written exactly as stored (COPY text: tab-separated, \\N for NULL), or with --csv as
      PostgreSQL's COPY … CSV HEADER would write them (RFC 4180 quoting, NULL as an empty
      unquoted field, an empty string as ""), ready for COPY … FROM … CSV HEADER. Bytes stay in
      the dump's encoding. Output streams; -f writes a temporary file and renames it when done,
      so a damaged dump never leaves a partial file.

      Examples:
        pgdumpkit data nightly.dump -t orders -n app > orders.copy
        pgdumpkit data nightly.dump -t orders --csv -f orders.csv
        pgdumpkit data nightly.dump --large-objects ./blobs

      Exit status: 0 written; 2 the table is not in the dump, or the dump could not be read
      (the error names the entry and offset); 64 usage error.
      """)

  @Argument(help: "The dump: a file, a directory archive, or - for standard input.")
  var dump: String

  @Option(name: [.customShort("t"), .customLong("table")], help: "The table whose rows to write.")
  var table: String?

  @Option(name: [.customShort("n"), .customLong("schema")], help: "The table's schema, when the name is in several.")
  var schema: String?

  @Flag(help: "Write CSV with a header line instead of COPY text.")
  var csv = false

  @Option(name: [.customShort("f"), .customLong("file")], help: "Write to FILE instead of standard output.")
  var file: String?

  @Option(name: .customLong("large-objects"), help: "Write each large object to DIRECTORY/OID.")
  var largeObjects: String?

  func validate() throws {
    if table == nil && largeObjects == nil { throw ValidationError("give -t TABLE and/or --large-objects DIRECTORY.") }
    if schema != nil && table == nil { throw ValidationError("-n needs -t.") }
  }

  func run() throws {
    let archive: Archive
    do {
      archive = try Archive.open(dump, options: ArchiveOpenOptions(acceptsPlainScripts: true))
    } catch {
      throw Output.fail(error, json: false)
    }
    do {
      if let table {
        try writeRows(of: table, archive: archive)
      }
      if let largeObjects {
        let count = try LargeObjectExport.export(from: archive, to: largeObjects)
        Output.writeStderr("pgdumpkit: wrote \(count) large object\(count == 1 ? "" : "s") to \(largeObjects)\n")
      }
    } catch let error as ArchiveError {
      throw Output.fail(error, json: false)
    }
  }

  func writeRows(of table: String, archive: Archive) throws {
    let entry = try TableData.entry(in: archive, table: table, schema: schema)
    let target = try file.map { path throws(ArchiveError) in try AtomicOutputFile(path: path) }
    let output = ScriptOutput(descriptor: target?.descriptor ?? STDOUT_FILENO, name: file ?? "-")
    if csv {
      let columns = TableData.columns(of: entry) ?? []
      output.write(CopyTextToCSV.header(columns))
      var converter = CopyTextToCSV()
      try TableData.rows(of: entry, in: archive) { chunk in
        converter.convert(chunk) { output.write($0) }
      }
      converter.finish { output.write($0) }
    } else {
      try TableData.rows(of: entry, in: archive) { output.write($0) }
    }
    try output.flush()
    try target?.commit()
  }
}
