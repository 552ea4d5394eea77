import PGDumpSQL

/// The checks every SQL text of a dump gets — a plain script's statements, and each TOC entry's
/// definition, drop and COPY statements: it lexes under the dump's encoding and
/// standard_conforming_strings, starts with a SQL command, balances its parentheses, is valid in
/// its encoding, runs no backslash commands pg_dump would not write, and does not carry a
/// password in clear (reported without the secret).
struct SQLTextCheck {
  /// Words a statement can start with (the commands of PostgreSQL's grammar, `stmt` in gram.y).
  static let commands: Set<String> = [
    "ABORT", "ALTER", "ANALYZE", "ANALYSE", "BEGIN", "CALL", "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT",
    "COPY", "CREATE", "DEALLOCATE", "DECLARE", "DELETE", "DISCARD", "DO", "DROP", "END", "EXECUTE", "EXPLAIN",
    "FETCH", "GRANT", "IMPORT", "INSERT", "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE",
    "REASSIGN", "REFRESH", "REINDEX", "RELEASE", "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY",
    "SELECT", "SET", "SHOW", "START", "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH",
  ]
  /// The backslash commands pg_dump and pg_dumpall write themselves.
  static let dumpMetaCommands: Set<String> = ["connect", "c", "restrict", "unrestrict", "encoding"]

  /// Statement kinds whose text can hold a password: user mappings and servers (FDW options),
  /// subscriptions (connection strings). Role passwords in pg_dumpall output are SCRAM or MD5
  /// hashes, not clear text, so roles are not reported.
  static let secretKinds: Set<String> = [
    "CREATE USER MAPPING", "ALTER USER MAPPING", "CREATE SERVER", "ALTER SERVER", "CREATE SUBSCRIPTION",
    "ALTER SUBSCRIPTION",
  ]

  struct Issue {
    var code: String
    var severity: ValidationFinding.Severity
    var message: String
    var hint: String?
    /// Absolute offset.
    var offset: Int64
  }

  /// Checks one statement reported by the scanner (`text` is its bytes, `validator` that of the
  /// client encoding in force, made once by the caller rather than per statement).
  static func check(
    _ statement: ScriptStatement, text: UnsafeRawBufferPointer, validator: EncodingValidator,
    _ issue: (Issue) -> Void
  ) {
    if let error = statement.firstError {
      issue(Issue(code: "sql-lexical", severity: .error, message: error.message, hint: error.hint, offset: Int64(error.offset)))
    } else if !statement.isTerminated && statement.parenDepth > 0 {
      issue(
        Issue(
          code: "sql-unbalanced-parentheses", severity: .error,
          message: "unbalanced parentheses: \(statement.parenDepth) not closed before the end of the text",
          offset: statement.range.lowerBound))
    } else if statement.extraClosingParentheses > 0 {
      issue(
        Issue(
          code: "sql-unbalanced-parentheses", severity: .error, message: "syntax error at or near \")\"",
          hint: "the statement closes more parentheses than it opens", offset: statement.range.lowerBound))
    }
    if let first = firstToken(text), !(first.kind == .punctuation && text[first.start] == 0x28) {
      let bytes = UnsafeRawBufferPointer(rebasing: text[first.range])
      if first.kind != .identifier || !isCommand(bytes) {
        // The first word as written, the way the server quotes it in "at or near".
        let word = String(decoding: bytes, as: UTF8.self)
        issue(
          Issue(
            code: "sql-not-a-command", severity: .error, message: "syntax error at or near \"\(word)\"",
            hint: "a statement must start with an SQL command", offset: statement.range.lowerBound + Int64(first.start)))
      }
    }
    if case .invalid(let sequence) = validator.check(text) {
      issue(
        Issue(
          code: "encoding-invalid", severity: .error, message: sequence.message,
          offset: statement.range.lowerBound + Int64(sequence.offset)))
    }
    if secretKinds.contains(statement.kind) {
      if SecretRedaction.redact(Array(text)).redacted {
        issue(
          Issue(
            code: "security-plaintext-password", severity: .warning,
            message: "\(statement.kind) carries a password in clear text",
            hint: "anyone who can read the dump can read it; rewrite the options before sharing the dump",
            offset: statement.range.lowerBound))
      }
    }
  }

  /// ``commands`` as bytes, by first letter: the per-statement test allocates nothing.
  static let commandsByLetter: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 26)
    for command in commands {
      let bytes = Array(command.utf8)
      guard let first = bytes.first, first >= 0x41, first <= 0x5A else { continue }
      table[Int(first - 0x41)].append(bytes)
    }
    return table
  }()

  /// Whether `word` is one of ``commands``, in any letter case.
  static func isCommand(_ word: UnsafeRawBufferPointer) -> Bool {
    guard let first = word.first else { return false }
    let letter = Int(first | 0x20) - 0x61
    guard letter >= 0 && letter < 26 else { return false }
    return commandsByLetter[letter].contains { command in
      command.count == word.count && zip(command, word).allSatisfy { $0 == ($1 >= 0x61 && $1 <= 0x7A ? $1 - 0x20 : $1) }
    }
  }

  /// A backslash command: allowed only if pg_dump writes it.
  static func check(_ command: MetaCommand, _ issue: (Issue) -> Void) {
    guard !dumpMetaCommands.contains(command.name) else { return }
    let message =
      command.name == "."
      ? "invalid command \\. outside COPY data"
      : "psql would run the backslash command \\\(command.name), which pg_dump never writes"
    issue(
      Issue(
        code: "security-meta-command", severity: .error, message: message,
        hint: command.name == "!" || command.name.hasPrefix("copy")
          ? "this runs a program or reads/writes files on the machine that restores the dump" : nil,
        offset: command.range.lowerBound))
  }

  /// The statement's first token that is not whitespace or a comment.
  static func firstToken(_ text: UnsafeRawBufferPointer) -> SQLToken? {
    let lexer = SQLLexer()
    var offset = 0
    while offset < text.count, let token = lexer.token(in: text, at: offset, isFinal: true) {
      if !token.isTrivia { return token }
      offset = token.end
    }
    return nil
  }
}
