import PGDumpFormat

/// One problem `validate` found: what (a stable code), how bad, and exactly where.
public struct ValidationFinding: Codable, Sendable, Hashable {
  public enum Severity: String, Codable, Sendable, Comparable {
    case error, warning, note

    var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// The TOC entry a finding is in (archives, and plain scripts' `-- Name:` blocks).
  public struct Entry: Codable, Sendable, Hashable {
    public var dumpID: Int32
    public var desc: String
    public var namespace: String?
    public var tag: String

    /// `123 TABLE DATA app orders`, the way pg_restore -l names an entry.
    public var label: String { "\(dumpID) \(desc) \(namespace ?? "-") \(tag)" }
  }

  /// A stable identifier, e.g. `sql-lexical`, `copy-extra-data`, `encoding-invalid`.
  public var code: String
  public var severity: Severity
  public var message: String
  public var hint: String?
  /// The file (or member of a directory/tar archive) the offset is in.
  public var file: String
  /// Byte offset in that file (in the decompressed bytes for compressed data).
  public var offset: Int64?
  /// Line and column in a plain script.
  public var line: Int?
  public var column: Int?
  public var entry: Entry?
  /// For COPY rows: the line number within the COPY data, as the server's CONTEXT counts it.
  public var copyLine: Int64?

  public init(
    code: String, severity: Severity, message: String, hint: String? = nil, file: String, offset: Int64? = nil,
    line: Int? = nil, column: Int? = nil, entry: Entry? = nil, copyLine: Int64? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.hint = hint
    self.file = file
    self.offset = offset
    self.line = line
    self.column = column
    self.entry = entry
    self.copyLine = copyLine
  }
}

/// Everything `validate` found in one dump.
public struct ValidationReport: Codable, Sendable {
  public var schemaVersion = 1
  public var path: String
  /// `plain`, `dumpall`, `custom`, `directory`, `tar`.
  public var kind: String
  public var encoding: String?
  /// The server major whose rules were applied.
  public var targetMajor: Int
  public var findings: [ValidationFinding] = []
  public var errors = 0
  public var warnings = 0
  /// More findings than `--max-findings` were found; only the first are listed.
  public var truncated = false
  public var statements = 0
  public var copyRows: Int64 = 0
  public var entries: Int?
  public var bytes: Int64 = 0

  public init(path: String, kind: String, encoding: String?, targetMajor: Int) {
    self.path = path
    self.kind = kind
    self.encoding = encoding
    self.targetMajor = targetMajor
  }

  /// Exit status for pipelines: 1 when any finding is an error.
  public var hasErrors: Bool { errors > 0 }
}

/// Collects findings up to a limit, counting all of them.
struct FindingCollector {
  var report: ValidationReport
  let maxFindings: Int

  mutating func add(_ finding: ValidationFinding) {
    switch finding.severity {
    case .error: report.errors += 1
    case .warning: report.warnings += 1
    case .note: break
    }
    if report.findings.count < maxFindings {
      report.findings.append(finding)
    } else {
      report.truncated = true
    }
  }
}
