import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// `pgdumpkit statements`: a plain script split the way psql splits it, streamed.
public enum StatementScan {
  public struct Options: Sendable {
    /// The server whose lexical rules decide what is an error (default: the pg_dump major that
    /// wrote the script, else 18).
    public var serverMajor: Int?
    /// Tokenise everything: report token counts and count COPY fields.
    public var tokens: Bool

    public init(serverMajor: Int? = nil, tokens: Bool = false) {
      self.serverMajor = serverMajor
      self.tokens = tokens
    }
  }

  /// One line of output: a statement (with its COPY data, for `COPY … FROM STDIN`) or a
  /// backslash command.
  public enum Record {
    case statement(ScriptStatement, copy: CopyBlock?)
    case metaCommand(MetaCommand)
  }

  /// Scans `source` to its end, calling `each` in input order; returns the totals.
  public static func run(
    _ source: inout DumpSource, options: Options = Options(), _ each: (Record) throws -> Void
  ) throws -> StatementSummary {
    let facts = PlainScriptFacts(prefix: source.prefix)
    let major = options.serverMajor ?? facts.pgDumpMajor ?? 18
    var summary = StatementSummary(path: source.path, serverMajor: major, tokens: options.tokens)
    summary.outerCompression = source.outerCompression.map(\.name)
    let scanner = PsqlScriptScanner(
      options: .init(
        dialect: SQLDialect(serverMajor: major), reportsTokens: options.tokens, countsCopyFields: options.tokens))
    var pendingCopy: ScriptStatement? = nil
    func sink(_ event: ScriptEvent) throws {
      switch event {
      case .statement(let statement, _):
        summary.count(statement)
        if statement.isCopyFromStdin {
          pendingCopy = statement
        } else {
          try each(.statement(statement, copy: nil))
        }
      case .copyEnd(let block):
        summary.count(block)
        if let statement = pendingCopy { try each(.statement(statement, copy: block)) }
        pendingCopy = nil
      case .metaCommand(let command):
        summary.metaCommands += 1
        try each(.metaCommand(command))
      case .token(let token, _):
        summary.count(token)
      case .copyData, .comment:
        break
      }
    }
    try source.forEachChunk { chunk in
      summary.bytes += Int64(chunk.count)
      try scanner.feed(chunk, sink)
    }
    try scanner.finish(sink)
    if let statement = pendingCopy { try each(.statement(statement, copy: nil)) }
    summary.finalEncoding = scanner.encoding.name
    return summary
  }
}

/// What a run found, in totals.
public struct StatementSummary: Codable, Sendable {
  public var schemaVersion = 1
  public var path: String
  public var outerCompression: [String] = []
  /// The server major whose lexical rules were applied.
  public var serverMajor: Int
  /// Bytes of script scanned (after decompression).
  public var bytes: Int64 = 0
  public var statements = 0
  /// Statements by kind (`CREATE TABLE`: 24, …).
  public var kinds: [String: Int] = [:]
  /// A statement at the end of the input without a terminating semicolon.
  public var unterminatedStatements = 0
  public var copyBlocks = 0
  public var copyRows: Int64 = 0
  /// COPY blocks the input ended inside (no `\.` line).
  public var copyBlocksWithoutEndMarker = 0
  public var metaCommands = 0
  /// Statements with a lexical error; the first few are listed.
  public var statementsWithErrors = 0
  public var errors: [Finding] = []
  /// With `tokens`: every token counted, and COPY fields.
  public var tokens: Int64?
  public var tokenKinds: [String: Int64]?
  public var copyFields: Int64?
  /// The client encoding in force at the end (after any `SET client_encoding`).
  public var finalEncoding: String?

  public struct Finding: Codable, Sendable {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int
    public var hint: String?
  }

  init(path: String, serverMajor: Int, tokens: Bool) {
    self.path = path
    self.serverMajor = serverMajor
    if tokens {
      self.tokens = 0
      self.tokenKinds = [:]
      self.copyFields = 0
    }
  }

  mutating func count(_ statement: ScriptStatement) {
    statements += 1
    kinds[statement.kind.isEmpty ? "(other)" : statement.kind, default: 0] += 1
    if !statement.isTerminated { unterminatedStatements += 1 }
    if let error = statement.firstError {
      statementsWithErrors += 1
      if errors.count < 100 {
        errors.append(
          Finding(
            message: error.message, offset: error.offset, line: statement.location.line,
            column: statement.location.column, hint: error.hint))
      }
    }
  }

  mutating func count(_ block: CopyBlock) {
    copyBlocks += 1
    copyRows += block.rows
    if block.markerRange == nil { copyBlocksWithoutEndMarker += 1 }
    if copyFields != nil { copyFields! += block.fields }
  }

  mutating func count(_ token: SQLToken) {
    tokens? += 1
    tokenKinds?[token.kind.description, default: 0] += 1
  }
}
