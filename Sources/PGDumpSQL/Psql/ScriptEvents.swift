/// A position in a script: 1-based line and byte column, as psql and the server count lines.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public var description: String { "\(line):\(column)" }
}

/// One SQL statement as psql would send it.
public struct ScriptStatement: Sendable {
  /// Byte range in the script: from the first byte psql keeps (leading whitespace and `--`
  /// comments dropped) through the terminating `;`, or to the end of the input.
  public var range: Range<Int64>
  public var location: SourceLocation
  /// The command, as in a command tag: `CREATE TABLE`, `ALTER TABLE`, `COPY`, `SET`, `SELECT`, …
  public var kind: String
  /// True when the statement ended with a `;`; false for what psql sends at end of input.
  public var isTerminated: Bool
  /// `COPY … FROM STDIN`: data lines follow.
  public var isCopyFromStdin: Bool
  /// The first lexical error in the statement, if any (offset absolute in the script).
  public var firstError: SQLLexError?
  /// Significant (non-trivia) tokens in the statement.
  public var tokenCount: Int
  /// Parentheses still open at the end (only a statement cut by the end of input has any).
  public var parenDepth: Int = 0
  /// `)` with no `(` to close (psql ignores them; the server's parser does not).
  public var extraClosingParentheses: Int = 0
}

/// A backslash command (`\connect`, `\restrict`, …) psql runs instead of sending.
public struct MetaCommand: Sendable {
  /// From the backslash to the end of the line (not including the newline) or through `\\`.
  public var range: Range<Int64>
  public var location: SourceLocation
  /// The command name without the backslash: `connect`, `restrict`, `.`, …
  public var name: String
  /// The argument text, trimmed.
  public var arguments: [UInt8]
}

/// The data lines that follow a `COPY … FROM STDIN` statement.
public struct CopyBlock: Sendable {
  /// The data rows, not including the end marker.
  public var dataRange: Range<Int64>
  /// The `\.` line (with its line ending), or nil when the input ended first.
  public var markerRange: Range<Int64>?
  public var rows: Int64
  /// Location of the first data line.
  public var location: SourceLocation
  /// Fields counted (tab-separated) when the scanner was asked to count them.
  public var fields: Int64
}

/// What the scanner reports, in input order.
public enum ScriptEvent {
  /// A statement; `text` holds its bytes (the `range`), valid only during the callback.
  case statement(ScriptStatement, text: UnsafeRawBufferPointer)
  /// A backslash command.
  case metaCommand(MetaCommand)
  /// A chunk of COPY data rows starting at `offset`, valid only during the callback.
  case copyData(UnsafeRawBufferPointer, offset: Int64)
  /// The end of a COPY data block.
  case copyEnd(CopyBlock)
  /// One SQL token (absolute offsets), when the scanner was asked for tokens.
  case token(SQLToken, offset: Int64)
  /// A `--` comment between statements (which psql drops), when the scanner was asked for them:
  /// pg_dump's `-- Name: …; Type: …` entry headers are such comments. `text` is valid only
  /// during the callback.
  case comment(Range<Int64>, text: UnsafeRawBufferPointer)
}
