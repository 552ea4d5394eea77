/// Splits a SQL script into the statements psql sends, the backslash commands it runs and the
/// COPY data it streams — the rules of psql's MainLoop and psqlscan.l, over raw bytes.
///
/// - `;` ends a statement only at parenthesis depth 0 and outside a `CREATE [OR REPLACE]
///   FUNCTION|PROCEDURE … BEGIN ATOMIC … END` body (psqlscan.l's `identifiers`/`begin_depth`);
///   `\;` is a literal `;` that does not end it.
/// - Leading whitespace and `--` comments are not part of a statement; a leading `/* */` is.
/// - A `\` outside quotes starts a backslash command that runs to the end of the line or `\\`.
/// - After `COPY … FROM STDIN;` the following lines are data, up to a line that is exactly `\.`.
/// - `SET client_encoding`, `\encoding` and `SET standard_conforming_strings` change how what
///   follows is lexed, as psql's ParameterStatus tracking does.
///
/// Input is pushed in chunks of any size (`feed`, then `finish`); events come out in order.
/// Memory holds the current statement, never COPY data or what is already reported.
///
/// The state is `@exclusivity(unchecked)`: the scanner is used from one thread, and the dynamic
/// checks on every token cost more than the lexing itself.
public final class PsqlScriptScanner {
  public struct Options: Sendable {
    /// The server rules for token errors, and the initial standard_conforming_strings.
    public var dialect: SQLDialect
    /// The initial client encoding (pg_dump sets it in its first lines).
    public var encoding: PostgresEncoding
    /// Report every SQL token as a `.token` event.
    public var reportsTokens: Bool
    /// Count the tab-separated fields of COPY rows.
    public var countsCopyFields: Bool
    /// Report `--` comments between statements as `.comment` events.
    public var reportsComments: Bool

    public init(
      dialect: SQLDialect = SQLDialect(), encoding: PostgresEncoding = .utf8, reportsTokens: Bool = false,
      countsCopyFields: Bool = false, reportsComments: Bool = false
    ) {
      self.dialect = dialect
      self.encoding = encoding
      self.reportsTokens = reportsTokens
      self.countsCopyFields = countsCopyFields
      self.reportsComments = reportsComments
    }
  }

  public typealias Sink = (ScriptEvent) throws -> Void

  let options: Options
  @exclusivity(unchecked) var lexer: SQLLexer
  /// The client encoding in force.
  public internal(set) var encoding: PostgresEncoding
  /// standard_conforming_strings in force.
  public var standardConformingStrings: Bool { lexer.dialect.standardConformingStrings }

  /// Unreported input: `storage[0]` is at absolute offset `storageBase`.
  @exclusivity(unchecked) var storage: [UInt8] = []
  /// `storage` with client-only encodings' trail bytes set to 0xFF, when the encoding needs it.
  @exclusivity(unchecked) var masked: [UInt8]? = nil
  @exclusivity(unchecked) var maskCarry = 0
  /// A GB18030 lead byte at the end of the buffer, not masked yet (see `maskAppended`).
  @exclusivity(unchecked) var maskPendingLead: Int? = nil
  /// A SET's changes, waiting for the end of its line.
  @exclusivity(unchecked) var pendingSettings: PendingSettings? = nil
  @exclusivity(unchecked) var storageBase: Int64 = 0
  @exclusivity(unchecked) var position = 0
  @exclusivity(unchecked) var isFinished = false
  /// Buffer size below which lexing an incomplete token again is pointless (see `scanSQL`).
  @exclusivity(unchecked) var retryAt = 0

  enum Mode {
    case sql
    /// After `COPY … FROM STDIN;`: the rest of the line, then data.
    case copyPending
    case copy
  }
  @exclusivity(unchecked) var mode = Mode.sql

  @exclusivity(unchecked) var statement = StatementState()
  @exclusivity(unchecked) var copy = CopyState()
  @exclusivity(unchecked) var lines = LineCounter()

  public init(options: Options = Options()) {
    self.options = options
    self.lexer = SQLLexer(dialect: options.dialect)
    self.encoding = options.encoding
    applyEncoding(options.encoding, from: 0)
  }

  /// Scans the next chunk of the script.
  public func feed(_ chunk: UnsafeRawBufferPointer, _ sink: Sink) throws {
    precondition(!isFinished, "feed after finish")
    compact()
    let appendedAt = storage.count
    storage.append(contentsOf: chunk)
    if masked != nil { maskAppended(from: appendedAt) }
    if mode == .sql && storage.count < retryAt { return }
    retryAt = 0
    try process(isFinal: false, sink)
  }

  /// Scans what is left as the end of the script: a statement without `;` is reported as psql
  /// sends it at end of input.
  public func finish(_ sink: Sink) throws {
    guard !isFinished else { return }
    isFinished = true
    if maskPendingLead != nil { maskAppended(from: storage.count) }
    try process(isFinal: true, sink)
    if let start = statement.start {
      try endStatement(start: start, end: storage.count, terminated: false, sink)
    }
    // Nothing follows: a last SET still leaves its settings in force.
    position = storage.count
    if var pending = pendingSettings {
      pending.searchFrom = min(pending.searchFrom, storage.count)
      pendingSettings = nil
      if let scs = pending.standardConformingStrings { lexer.dialect.standardConformingStrings = scs }
      if let encoding = pending.encoding { applyEncoding(encoding, from: storage.count) }
    }
  }

  /// Convenience: scans a whole script in memory.
  public static func scan(_ bytes: [UInt8], options: Options = Options(), _ sink: Sink) throws {
    let scanner = PsqlScriptScanner(options: options)
    try bytes.withUnsafeBytes { try scanner.feed($0, sink) }
    try scanner.finish(sink)
  }

  // MARK: Buffer

  /// Drops reported bytes from the front of the buffer (keeping the current statement).
  func compact() {
    applyPendingSettings()
    let keep = statement.start ?? position
    guard keep > 0, keep >= storage.count / 2 || keep >= 1 << 20 else { return }
    lines.advance(to: storageBase + Int64(keep), in: storage, base: storageBase)
    storage.removeSubrange(0..<keep)
    masked?.removeSubrange(0..<keep)
    storageBase += Int64(keep)
    position -= keep
    retryAt = max(0, retryAt - keep)
    if let lead = maskPendingLead { maskPendingLead = lead - keep }
    pendingSettings?.searchFrom -= keep
    if let start = statement.start { statement.start = start - keep }
    for index in statement.head.indices {
      statement.head[index].start -= keep
      statement.head[index].end -= keep
    }
    copy.dataStart -= keep
  }

  func process(isFinal: Bool, _ sink: Sink) throws {
    while true {
      let progressed: Bool
      switch mode {
      case .sql: progressed = try scanSQL(isFinal: isFinal, sink)
      case .copyPending: progressed = try skipToCopyData(isFinal: isFinal, sink)
      case .copy: progressed = try scanCopy(isFinal: isFinal, sink)
      }
      if !progressed { return }
    }
  }

  /// Runs `body` over the bytes the lexer reads (masked for client-only encodings).
  @inline(__always)
  func withLexBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    if masked != nil { return try masked!.withUnsafeBytes(body) }
    return try storage.withUnsafeBytes(body)
  }

  /// The absolute offset of a buffer index.
  @inline(__always) func absolute(_ index: Int) -> Int64 { storageBase + Int64(index) }

  /// Line and column of a buffer index.
  func location(of index: Int) -> SourceLocation {
    lines.location(of: absolute(index), in: storage, base: storageBase)
  }
}

/// Counts lines lazily: the count is advanced over the buffer only when a location is asked for
/// or before bytes are dropped from it.
struct LineCounter {
  /// Lines before `countedTo`, plus one: the line `countedTo` is on.
  var line = 1
  /// Absolute offset up to which newlines are counted.
  var countedTo: Int64 = 0
  /// Absolute offset of the first byte of the line `countedTo` is on.
  var lineStart: Int64 = 0

  mutating func advance(to target: Int64, in storage: [UInt8], base: Int64) {
    guard target > countedTo else { return }
    storage.withUnsafeBytes { raw in
      guard let pointer = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
      let from = Int(countedTo - base)
      let to = Int(target - base)
      line += ByteSearch.count(ASCII.newline, in: pointer, from: from, to: to)
      var index = to - 1
      while index >= from && pointer[index] != ASCII.newline { index -= 1 }
      if index >= from { lineStart = base + Int64(index + 1) }
    }
    countedTo = target
  }

  mutating func location(of offset: Int64, in storage: [UInt8], base: Int64) -> SourceLocation {
    advance(to: offset, in: storage, base: base)
    return SourceLocation(line: line, column: Int(offset - lineStart) + 1)
  }
}
