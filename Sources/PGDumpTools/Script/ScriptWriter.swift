#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// Writes the SQL script that `pg_restore -f FILE` writes for an archive, byte for byte, as the
/// pg_restore of ``ScriptOptions/pgRestoreMajor`` (15–18) writes it.
///
/// The corresponding pg_dump routine is `RestoreArchive` (pg_backup_archiver.c) with no database
/// connection: the header and `\restrict` line, the fixed SET commands
/// (`_doSetFixedOutputState`), the DROP commands of `--clean`, every selected entry in three
/// passes (`_tocEntryRestorePass`: main, ACLs, post-ACL) through `restore_toc_entry` and
/// `_printTocEntry`, then the trailer. Entry text is copied as the archive's raw bytes; table
/// data goes from ``Archive/readData(of:_:)`` straight into the buffered ``ScriptOutput``, so
/// memory does not grow with the size of the data, and a custom archive on a pipe is read in one
/// forward pass when its entries are in order.
///
/// One writer writes one script:
///
///     let writer = ScriptWriter(archive: archive, options: options, output: output)
///     try writer.write()
///     try output.flush()
public final class ScriptWriter {
  public let archive: Archive
  public let options: ScriptOptions
  let output: ScriptOutput
  /// What pg_restore would print as warnings (`pg_log_warning`), in order.
  public private(set) var warnings: [String] = []

  let quoting: SQLQuoting
  let selection: EntrySelection
  /// The entries in restore order (TOC positions) and what is restored of each (`te->reqs`).
  let selected: Selection
  /// `te->reqs` of every entry, by TOC position.
  var requirements: [EntryRequirement] { selected.requirements }
  /// Entry positions by dump ID (`AH->tocsByDumpId`).
  let indexByDumpID: [Int32: Int]

  /// `AH->public.encoding` as `pg_encoding_to_char` names it (SQL_ASCII without an ENCODING entry).
  let encodingName: String
  /// `AH->public.std_strings` (off without a STDSTRINGS entry).
  let standardStrings: Bool
  /// `AH->public.searchpath`: the SEARCHPATH entry's definition, printed once in the preamble.
  let searchPath: [UInt8]?

  /// `AH->currSchema`, `AH->currTablespace`, `AH->currTableAm`: what the script last set.
  var currentSchema: [UInt8]?
  var currentTablespace: [UInt8]?
  var currentTableAccessMethod: [UInt8]?
  /// `AH->currUser`: the session user the script last set; nil when unknown.
  var currentUser: [UInt8]?
  /// `AH->txnCount`: objects since the last COMMIT with `--transaction-size`.
  var transactionCount = 0
  /// Whether no schema is restored, given or implied (`ropt->dataOnly` after `RestoreArchive`'s
  /// "implied data-only restore"; 18: `!ropt->dumpSchema`, "implied no-schema restore").
  var restoresNoSchema = false
  /// pg_restore's position in a tar archive, which it reads forward only.
  var tarPosition: TarReadPosition

  /// The large object being written (`AH->lo_buf`, `LOBBUFSIZE` = 16384 bytes).
  var largeObjectBuffer: [UInt8] = []
  static let largeObjectBufferSize = 16384

  public init(archive: Archive, options: ScriptOptions, output: ScriptOutput) {
    self.archive = archive
    self.options = options
    self.output = output
    self.quoting = SQLQuoting(pgRestoreMajor: options.pgRestoreMajor)
    var selectionOptions = options.selection
    selectionOptions.pgRestoreMajor = options.pgRestoreMajor
    self.selection = EntrySelection(options: selectionOptions)
    self.selected = selection.select(archive.entries)
    self.tarPosition = TarReadPosition(archive.entries)
    var index: [Int32: Int] = [:]
    for (position, entry) in archive.entries.enumerated() where index[entry.dumpID] == nil {
      index[entry.dumpID] = position
    }
    self.indexByDumpID = index

    // ReadToc processes the special entries as it reads them, so the last of each kind wins.
    var encoding = "SQL_ASCII"
    var standardStrings = false
    var searchPath: [UInt8]?
    for entry in archive.entries {
      if entry.isType("ENCODING"), let name = entry.encodingItem {
        encoding = PostgresEncoding(name: name)?.name ?? name
      } else if entry.isType("STDSTRINGS"), let value = entry.standardStringsItem {
        standardStrings = value
      } else if entry.isType("SEARCHPATH") {
        searchPath = entry.defn
      }
    }
    self.encodingName = encoding
    self.standardStrings = standardStrings
    self.searchPath = searchPath
    largeObjectBuffer.reserveCapacity(Self.largeObjectBufferSize)
  }

  /// Writes the whole script to the output (call ``ScriptOutput/flush()`` afterwards).
  ///
  /// The corresponding pg_dump routine is `RestoreArchive`, after `ProcessArchiveRestoreOptions`.
  /// - Throws: ``ArchiveError``: a data block that is truncated or does not decompress (naming the
  ///   entry and offset), a write failure, or one of pg_restore's fatal errors (a `--strict-names`
  ///   name that selects nothing, an owner it cannot set, a database name with a newline, a
  ///   large-object ACL without its BLOB METADATA entry).
  public func write() throws {
    if let failure = selected.strictNamesFailure {
      throw ArchiveError(TOCListFile.errorCode, failure, file: archive.path)
    }
    try checkCompression()
    restoresNoSchema = !selection.options.dumpSchema || !requirements.contains { $0.contains(.schema) }
    output.write("--\n-- PostgreSQL database dump\n--\n\n")
    if let key = options.restrictKey { output.write("\\restrict \(key)\n\n") }
    let header = archive.header
    if let server = header.serverVersion, header.version >= .v1_10 {
      output.write("-- Dumped from database version ")
      output.write(server)
      output.write("\n")
    }
    if header.version >= .v1_10 {
      if let dumpVersion = header.pgDumpVersion {
        output.write("-- Dumped by pg_dump version ")
        output.write(dumpVersion)
        output.write("\n")
      }
    } else {
      // AH->archiveDumpVersion keeps pg_restore's own PG_VERSION for archives that do not record it.
      let own = TOCListing.pgRestoreVersionStrings[options.pgRestoreMajor] ?? "\(options.pgRestoreMajor)"
      output.write("-- Dumped by pg_dump version \(own)\n")
    }
    output.write("\n")
    if options.verbose { writeTimestamp("Started on", creationDate) }
    if options.singleTransaction { output.write("BEGIN;\n\n") }
    writeFixedOutputState()
    if options.clean { try writeDropCommands() }

    var passes: Set<RestorePass> = []
    for index in selected.order where isSelected(index) {
      let pass = restorePass(of: index)
      if pass == .main { try restoreEntry(at: index) } else { passes.insert(pass) }
    }
    for pass in [RestorePass.acl, .postACL] where passes.contains(pass) {
      for index in selected.order where isSelected(index) && restorePass(of: index) == pass {
        try restoreEntry(at: index)
      }
    }

    if options.singleTransaction || options.transactionSize > 0 { output.write("COMMIT;\n\n") }
    if options.verbose { writeTimestamp("Completed on", time(nil)) }
    output.write("--\n-- PostgreSQL database dump complete\n--\n\n")
    if let key = options.restrictKey { output.write("\\unrestrict \(key)\n\n") }
    try output.checkFailure()
  }

  /// `AH->createDate`: the header's time through `mktime`, again with `tm_isdst = -1` when that
  /// fails (`ReadHead`); the current time for archives before 1.4, which do not store it.
  var creationDate: time_t {
    guard var fields = archive.header.creationTime else { return time(nil) }
    let seconds = TOCListing.mktime(fields)
    if seconds != -1 { return seconds }
    fields.isDST = -1
    return TOCListing.mktime(fields)
  }

  /// `-v`: `-- <what> <time>` in the local time zone, as `dumpTimestamp` prints it (nothing
  /// when the time cannot be formatted).
  func writeTimestamp(_ what: String, _ seconds: time_t) {
    var seconds = seconds
    var broken = tm()
    guard localtime_r(&seconds, &broken) != nil else { return }
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M:%S %Z", &broken)
    guard count > 0 else { return }
    output.write("-- \(what) ")
    output.write(buffer.prefix(count).map { UInt8(bitPattern: $0) })
    output.write("\n\n")
  }

  /// Whether the entry is restored at all (`te->reqs & (REQ_SCHEMA | REQ_DATA | REQ_STATS)`).
  func isSelected(_ index: Int) -> Bool {
    requirements[index].isRestored
  }

  /// `_tocEntryRestorePass` of the imitated release: before 18, STATISTICS DATA was an ordinary
  /// main-pass entry.
  func restorePass(of index: Int) -> RestorePass {
    let entry = archive.entries[index]
    if options.pgRestoreMajor < 18 && entry.isType("STATISTICS DATA") { return .main }
    return RestorePass.of(entry) { [archive, indexByDumpID] in indexByDumpID[$0].map { archive.entries[$0] } }
  }

  /// pg_restore's check before it writes anything: data it will print must be decompressible
  /// (`supports_compression` in `RestoreArchive`).
  func checkCompression() throws(ArchiveError) {
    guard case .unknown(let byte) = archive.header.compression.algorithm else { return }
    for (index, entry) in archive.entries.enumerated() where entry.hadDumper && requirements[index].contains(.data) {
      throw ArchiveError(
        .unsupportedCompression,
        "cannot restore from compressed archive (compression algorithm \(byte) is not supported)",
        file: archive.path)
    }
  }

  /// The SET commands at the top and after every `\connect` (`_doSetFixedOutputState`).
  func writeFixedOutputState() {
    output.write("SET statement_timeout = 0;\n")
    output.write("SET lock_timeout = 0;\n")
    output.write("SET idle_in_transaction_session_timeout = 0;\n")
    if options.pgRestoreMajor >= 17 { output.write("SET transaction_timeout = 0;\n") }
    output.write("SET client_encoding = '\(encodingName)';\n")
    output.write("SET standard_conforming_strings = \(standardStrings ? "on" : "off");\n")
    if let role = options.role {
      output.write("SET ROLE ")
      output.write(quoting.identifier(role))
      output.write(";\n")
    }
    if let searchPath { output.write(searchPath) }
    output.write("SET check_function_bodies = false;\n")
    output.write("SET xmloption = content;\n")
    output.write("SET client_min_messages = warning;\n")
    if !standardStrings { output.write("SET escape_string_warning = off;\n") }
    output.write("SET row_security = \(options.enableRowSecurity ? "on" : "off");\n")
    if options.transactionSize > 0 {
      // --transaction-size: objects are always restored inside a transaction.
      output.write("\nBEGIN;\n")
      transactionCount = 0
    }
    output.write("\n")
  }

  /// The `\connect` to a database the script just created (`_reconnectToDB`): psql leaves
  /// restricted mode around it, and the script forgets the schema, tablespace and access method
  /// it had set.
  func reconnect(to database: [UInt8]?) throws(ArchiveError) {
    let name = database ?? []
    guard let connect = quoting.psqlMetaConnect(name) else {
      throw ArchiveError(
        Self.scriptErrorCode,
        "database name contains a newline or carriage return: \"\(String(decoding: name, as: UTF8.self))\"",
        file: archive.path)
    }
    if let key = options.restrictKey {
      output.write("\\unrestrict \(key)\n")
      output.write(connect)
      output.write("\\restrict \(key)\n\n")
    } else {
      output.write(connect)
      output.write("\n")
    }
    currentUser = nil
    currentSchema = nil
    currentTableAccessMethod = nil
    currentTablespace = nil
    writeFixedOutputState()
  }

  /// The code of errors that are pg_restore's own refusals rather than damage to the archive.
  static let scriptErrorCode = ArchiveError.Code(rawValue: "unsupportedEntry")

  /// Records a warning the way `pg_log_warning` would print it.
  func warn(_ message: String) {
    warnings.append(message)
  }
}
