#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpSQL
import PGDumpTools

/// `pgdumpkit statements FILE`: a plain script split exactly where psql splits it.
struct StatementsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statements",
    abstract: "Split a plain SQL dump into the statements psql would send, with their positions.",
    discussion: """
      Follows psql's rules: a semicolon ends a statement outside parentheses and outside
      BEGIN ATOMIC bodies; backslash commands (\\connect, \\restrict, …) run on their own;
      COPY … FROM stdin is followed by its data up to the \\. line. SET client_encoding and
      SET standard_conforming_strings change how the rest is read, as they do in psql.
      Each line shows line:column, the byte range (end exclusive) and the statement's kind;
      COPY statements add their row count and data range. Lexical errors are reported in
      PostgreSQL's words, under the rules of --server-version (default: the pg_dump major
      that wrote the script). Input may be gzip-, lz4- or zstd-compressed, or - for stdin.
      No statement text is printed, so passwords in the dump never reach the output.

      Examples:
        pgdumpkit statements dump.sql
        pgdumpkit statements --summary dump.sql.gz
        pgdumpkit statements --json dump.sql | jq '.records[] | select(.kind == "COPY")'

      Exit status: 0 scanned cleanly; 1 a lexical error, or the input ended inside a
      statement or COPY data; 2 the file could not be read, or is an archive; 64 usage error.
      """)

  @Argument(help: "The plain SQL script (pg_dump -Fp or pg_dumpall), or - for standard input.")
  var file: String

  @Flag(help: "Print only the totals.")
  var summary = false

  @Flag(help: "Tokenise everything: count tokens by kind and COPY fields (slower).")
  var tokens = false

  @Option(name: .customLong("server-version"), help: "Apply this server major's lexical rules (10-18).")
  var serverVersion: Int?

  @Flag(help: "Print one JSON document.")
  var json = false

  func validate() throws {
    if let serverVersion, !(10...18).contains(serverVersion) {
      throw ValidationError("--server-version must be between 10 and 18.")
    }
  }

  func run() throws {
    var source: DumpSource
    do {
      source = try DumpSource.open(file)
      try Self.refuseArchives(source, path: file)
    } catch {
      throw Output.fail(error, json: json)
    }
    var out = BufferedOutput()
    if json && !summary { out.append("{\"schemaVersion\":1,\"records\":[") }
    var first = true
    let result: StatementSummary
    do {
      result = try StatementScan.run(&source, options: .init(serverMajor: serverVersion, tokens: tokens)) { record in
        guard !summary else { return }
        if json {
          if !first { out.append(",") }
          first = false
          out.append("\n")
          Self.appendJSON(record, to: &out)
        } else {
          Self.appendText(record, to: &out)
        }
        out.flushIfFull()
      }
    } catch let error as ArchiveError {
      out.flush()
      throw Output.fail(error, json: json)
    }
    if json {
      out.flush()
      if summary {
        try Output.writeJSON(result)
      } else {
        out.append("\n],\n\"summary\":")
        out.flush()
        try Output.writeJSON(result)
        out.append("}\n")
      }
    } else {
      Self.appendSummary(result, to: &out)
    }
    out.flush()
    let clean = result.statementsWithErrors == 0 && result.unterminatedStatements == 0
      && result.copyBlocksWithoutEndMarker == 0
    if !clean { throw ExitCode(1) }
  }

  /// Archives have statements too, but inside their TOC: point at the right tool.
  static func refuseArchives(_ source: DumpSource, path: String) throws(ArchiveError) {
    if path != "-" && FileSystem.isDirectory(path) || source.prefix.starts(with: ArchiveHeader.magic) {
      throw ArchiveError(
        .formatMismatch, "\"\(path)\" is a pg_dump archive, not a plain SQL script",
        hint: "list its entries with \"pgdumpkit list\"")
    }
  }

  static func appendText(_ record: StatementScan.Record, to out: inout BufferedOutput) {
    switch record {
    case .statement(let statement, let copy):
      out.append(
        "\(statement.location)".padding(toLength: 12) + "\(statement.range.lowerBound)-\(statement.range.upperBound)"
          .padding(toLength: 24) + (statement.kind.isEmpty ? "(other)" : statement.kind))
      if let copy {
        out.append("  \(copy.rows) rows, data \(copy.dataRange.lowerBound)-\(copy.dataRange.upperBound)")
        if copy.markerRange == nil { out.append(", no \\. line before end of input") }
      }
      if !statement.isTerminated { out.append("  (no semicolon before end of input)") }
      out.append("\n")
      if let error = statement.firstError {
        out.append("    error: \(error.message) at byte \(error.offset)\n")
        if let hint = error.hint { out.append("    hint: \(hint)\n") }
      }
    case .metaCommand(let command):
      out.append(
        "\(command.location)".padding(toLength: 12) + "\(command.range.lowerBound)-\(command.range.upperBound)"
          .padding(toLength: 24) + "\\\(command.name)\n")
    }
  }

  static func appendJSON(_ record: StatementScan.Record, to out: inout BufferedOutput) {
    switch record {
    case .statement(let statement, let copy):
      out.append(
        "{\"type\":\"statement\",\"kind\":\(jsonString(statement.kind)),\"start\":\(statement.range.lowerBound),"
          + "\"end\":\(statement.range.upperBound),\"line\":\(statement.location.line),"
          + "\"column\":\(statement.location.column),\"terminated\":\(statement.isTerminated)")
      if let copy {
        out.append(
          ",\"copy\":{\"rows\":\(copy.rows),\"dataStart\":\(copy.dataRange.lowerBound),"
            + "\"dataEnd\":\(copy.dataRange.upperBound),\"endMarker\":\(copy.markerRange != nil)}")
      }
      if let error = statement.firstError {
        out.append(",\"error\":{\"message\":\(jsonString(error.message)),\"offset\":\(error.offset)")
        if let hint = error.hint { out.append(",\"hint\":\(jsonString(hint))") }
        out.append("}")
      }
      out.append("}")
    case .metaCommand(let command):
      out.append(
        "{\"type\":\"metaCommand\",\"name\":\(jsonString(command.name)),\"start\":\(command.range.lowerBound),"
          + "\"end\":\(command.range.upperBound),\"line\":\(command.location.line),"
          + "\"column\":\(command.location.column)}")
    }
  }

  static func appendSummary(_ summary: StatementSummary, to out: inout BufferedOutput) {
    var line = "\(summary.path): \(summary.statements) statements"
    if summary.copyBlocks > 0 { line += " (\(summary.copyBlocks) COPY FROM stdin with \(summary.copyRows) rows)" }
    line += ", \(summary.metaCommands) backslash commands, \(summary.statementsWithErrors) with lexical errors"
    line += "; \(summary.bytes) bytes"
    if !summary.outerCompression.isEmpty { line += " after \(summary.outerCompression.joined(separator: "+"))" }
    out.append(line + "\n")
    let kinds = summary.kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    out.append("  " + kinds.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n")
    if let tokens = summary.tokens, let kinds = summary.tokenKinds {
      let sorted = kinds.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      out.append("  \(tokens) tokens: " + sorted.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n")
      out.append("  \(summary.copyFields ?? 0) COPY fields\n")
    }
    for finding in summary.errors {
      out.append("  \(finding.line):\(finding.column): error: \(finding.message) at byte \(finding.offset)\n")
    }
    if summary.unterminatedStatements > 0 { out.append("  the input ends inside a statement\n") }
    if summary.copyBlocksWithoutEndMarker > 0 { out.append("  the input ends inside COPY data (no \\. line)\n") }
  }

  static func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

/// Standard output through a 64 KiB buffer.
struct BufferedOutput {
  var bytes: [UInt8] = []

  mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

  mutating func flushIfFull() {
    if bytes.count >= 1 << 16 { flush() }
  }

  mutating func flush() {
    Output.writeStdout(bytes)
    bytes.removeAll(keepingCapacity: true)
  }
}

extension String {
  /// Left-aligned in a column of `width` characters, with at least one space after.
  func padding(toLength width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
