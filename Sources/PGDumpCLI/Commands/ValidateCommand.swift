#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import PGDumpArchive
import PGDumpFormat
import PGDumpTools

/// `pgdumpkit validate DUMP`: will this dump load, before anyone tries.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check that a dump is complete, intact, and will get through PostgreSQL's parser and COPY.",
    discussion: """
      Reads any dump once — custom, directory, tar archive or plain script (also gzip/lz4/zstd) —
      and reports, with file, byte offset, TOC entry or line:column:
        structure   truncation, unreadable or undecompressable data blocks, missing members,
                    missing end-of-dump trailer, unpaired \\restrict/\\unrestrict
        SQL         lexical errors in PostgreSQL's words, statements not starting with a command,
                    unbalanced parentheses
        COPY        wrong field counts, mixed line endings, misplaced \\. markers, missing \\. lines
        encodings   bytes invalid in the dump's encoding (also bytes made by COPY escapes);
                    SQL_ASCII dumps with non-ASCII bytes
        security    backslash commands pg_dump never writes (\\!, \\copy …) as errors; passwords
                    in clear text (user mappings, servers, subscriptions) as warnings, never shown
      --target-version picks the server rules (18 is stricter about \\. in COPY data).

      Examples:
        pgdumpkit validate nightly.dump
        pgdumpkit validate --json --target-version 17 dump.sql.gz | jq '.errors'
        pgdumpkit validate --format sarif dump.sql > validate.sarif

      Exit status: 0 no errors (warnings allowed); 1 errors found; 2 the dump could not be read
      at all (no header or TOC); 64 usage error.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
  }

  @Argument(help: "The dump: a file, a directory archive, or - for standard input.")
  var dump: String

  @Option(name: .customLong("target-version"), help: "The server major the dump will be restored into (10-18).")
  var targetVersion: Int?

  @Option(help: "Output format: text, json, sarif.")
  var format: Format = .text

  @Flag(help: "Same as --format json.")
  var json = false

  @Option(name: .customLong("max-findings"), help: "List at most this many findings (all are counted).")
  var maxFindings: Int = 1000

  func validate() throws {
    if let targetVersion, !(10...18).contains(targetVersion) {
      throw ValidationError("--target-version must be between 10 and 18.")
    }
    if maxFindings < 0 { throw ValidationError("--max-findings must not be negative.") }
  }

  func run() throws {
    let outputFormat = json ? .json : format
    let progress = ProgressLine(label: dump)
    var options = DumpValidator.Options(targetMajor: targetVersion, maxFindings: maxFindings)
    if progress.isEnabled {
      options.progress = { @Sendable (bytes: Int64) in progress.update(bytes) }
    }
    let report: ValidationReport
    do throws(ArchiveError) {
      report = try DumpValidator.validate(dump, options: options)
    } catch {
      progress.clear()
      throw Output.fail(error, json: outputFormat == .json)
    }
    progress.clear()
    switch outputFormat {
    case .json: try Output.writeJSON(report)
    case .sarif: try Output.writeJSON(SARIFLog(report))
    case .text: Output.writeStdout(Array(Self.text(report).utf8))
    }
    if report.hasErrors { throw ExitCode(1) }
  }

  /// One line per finding, the way compilers print them, then the totals.
  static func text(_ report: ValidationReport) -> String {
    var out = ""
    for finding in report.findings {
      var place = finding.file
      if let line = finding.line {
        place += ":\(line):\(finding.column ?? 1)"
      } else if let offset = finding.offset {
        place += ": byte \(offset)"
      }
      if let entry = finding.entry { place += ": entry \(entry.label)" }
      if let copyLine = finding.copyLine, finding.hint == nil { place += ": COPY line \(copyLine)" }
      out += "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.code)]\n"
      if let hint = finding.hint { out += "  \(finding.code.hasPrefix("copy-") ? "context" : "hint"): \(hint)\n" }
    }
    if report.truncated { out += "(only the first \(report.findings.count) findings are listed)\n" }
    let what = report.kind == "plain" || report.kind == "dumpall" ? "\(report.statements) statements" : "\(report.entries ?? 0) TOC entries"
    out += "\(report.path): \(report.kind), \(what), \(report.copyRows) COPY rows checked for PostgreSQL \(report.targetMajor): "
    out += "\(report.errors) error\(report.errors == 1 ? "" : "s"), \(report.warnings) warning\(report.warnings == 1 ? "" : "s")\n"
    return out
  }
}

/// A progress line on stderr, only when stderr is a terminal; at most a few updates a second.
final class ProgressLine: @unchecked Sendable {
  let label: String
  let isEnabled = isatty(STDERR_FILENO) == 1
  private var lastUpdate: Int64 = 0

  init(label: String) { self.label = label }

  func update(_ bytes: Int64) {
    guard bytes - lastUpdate >= 64 << 20 else { return }
    lastUpdate = bytes
    Output.writeStderr("\r\(label): \(bytes >> 20) MiB checked")
  }

  func clear() {
    if isEnabled && lastUpdate > 0 { Output.writeStderr("\r\u{1B}[K") }
  }
}
