/// The state psql's lexer keeps while a statement is being collected (psqlscan_int.h):
/// parenthesis depth, the leading identifiers that detect routine bodies, `begin_depth`.
struct StatementState {
  /// Buffer index of the statement's first kept byte; nil while nothing is collected.
  var start: Int? = nil
  var parenDepth = 0
  var extraClosingParentheses = 0
  var beginDepth = 0
  /// psqlscan.l `identifier_count` and the first letters of CREATE/OR/REPLACE/FUNCTION/PROCEDURE
  /// in the first four identifier positions.
  var identifierCount = 0
  var leadingLetters: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
  /// Leading unquoted words, upper-cased, up to the first other significant token.
  var words: [String] = []
  var wordsClosed = false
  /// Leading significant tokens, for SET statements.
  var head: [SQLToken] = []
  var significantCount = 0
  var firstError: SQLLexError? = nil
  /// COPY … FROM STDIN detection: the statement is a COPY, a FROM was just seen at depth 0.
  var sawFrom = false
  var isCopy = false
  var isCopyFromStdin = false

  /// A fresh state that keeps the two arrays' storage: a statement-dense script (pg_dump
  /// --inserts, thousands of small DDL statements) would otherwise allocate and free both per
  /// statement.
  mutating func reset() {
    var words: [String] = []
    var head: [SQLToken] = []
    swap(&words, &self.words)
    swap(&head, &self.head)
    words.removeAll(keepingCapacity: true)
    head.removeAll(keepingCapacity: true)
    self = StatementState()
    self.words = words
    self.head = head
  }

  /// True when the statement starts CREATE [OR REPLACE] FUNCTION|PROCEDURE (psqlscan.l).
  var isRoutineDefinition: Bool {
    let (first, second, third, fourth) = leadingLetters
    guard first == 0x63 else { return false }  // c
    if second == 0x66 || second == 0x70 { return true }  // f, p
    return second == 0x6F && third == 0x72 && (fourth == 0x66 || fourth == 0x70)  // o r f|p
  }
}

extension PsqlScriptScanner {
  /// Lexes SQL until a token needs more input or the mode changes. Returns whether it progressed.
  func scanSQL(isFinal: Bool, _ sink: Sink) throws -> Bool {
    let startPosition = position
    var progressed: Bool { position > startPosition }
    while mode == .sql && position < storage.count {
      if pendingSettings != nil { applyPendingSettings() }
      // One borrow of the bytes for a run of tokens (not one per token): it ends when a setting
      // waits to take effect, since that may change the bytes the lexer sees (masking).
      switch try withLexBytes({ bytes in try scanSQLTokens(bytes, isFinal: isFinal, sink) }) {
      case .tokenNeedsInput:
        // Wait until the buffer has doubled past this token before lexing it again, so that a
        // huge token arriving in small chunks costs linear time, not quadratic.
        retryAt = position + 2 * (storage.count - position)
        return progressed
      case .commandNeedsInput:
        return progressed
      case .goOn:
        continue
      }
    }
    return progressed
  }

  /// Why ``scanSQLTokens(_:isFinal:_:)`` stopped.
  enum TokenRunEnd { case goOn, tokenNeedsInput, commandNeedsInput }

  /// The tokens of ``scanSQL(isFinal:_:)`` while nothing changes the lexed bytes.
  private func scanSQLTokens(_ bytes: UnsafeRawBufferPointer, isFinal: Bool, _ sink: Sink) throws -> TokenRunEnd {
    while mode == .sql && position < bytes.count {
      if pendingSettings != nil && pendingSettingsAreDue() { return .goOn }
      guard let token = lexer.token(in: bytes, at: position, isFinal: isFinal) else { return .tokenNeedsInput }
      if statement.start == nil && (token.kind == .whitespace || token.kind == .lineComment) {
        // psql drops whitespace and `--` comments until the buffer has content.
        if options.reportsTokens { try sink(.token(shifted(token), offset: storageBase)) }
        if options.reportsComments && token.kind == .lineComment {
          try storage.withUnsafeBytes { original in
            try sink(
              .comment(
                absolute(token.start)..<absolute(token.end),
                text: UnsafeRawBufferPointer(rebasing: original[token.range])))
          }
        }
        position = token.end
        continue
      }
      if token.kind == .other && bytes[token.start] == ASCII.backslash {
        guard try backslash(at: token.start, isFinal: isFinal, sink) else { return .commandNeedsInput }
        return .goOn  // `\encoding` may have changed the bytes the lexer sees

      }
      if statement.start == nil { statement.start = token.start }
      if options.reportsTokens { try sink(.token(shifted(token), offset: storageBase)) }
      position = token.end
      if let error = token.error, statement.firstError == nil {
        statement.firstError = SQLLexError(error.code, at: Int(absolute(error.offset)), hintKind: error.hintKind)
      }
      if !token.isTrivia { try track(token, sink) }
    }
    return .goOn
  }

  /// A token with offsets made absolute.
  func shifted(_ token: SQLToken) -> SQLToken {
    var token = token
    token.start = Int(absolute(token.start))
    token.end = Int(absolute(token.end))
    if let error = token.error { token.error?.offset = Int(absolute(error.offset)) }
    return token
  }

  /// psqlscan.l's rules for one significant token: parentheses, `;`, identifiers.
  func track(_ token: SQLToken, _ sink: Sink) throws {
    statement.significantCount += 1
    if statement.head.count < 8 { statement.head.append(token) }
    switch token.kind {
    case .punctuation:
      let byte = withLexBytes { $0[token.start] }
      statement.wordsClosed = true
      statement.sawFrom = false
      if byte == ASCII.leftParen {
        statement.parenDepth += 1
      } else if byte == ASCII.rightParen {
        if statement.parenDepth > 0 { statement.parenDepth -= 1 } else { statement.extraClosingParentheses += 1 }
      } else if byte == ASCII.semicolon && statement.parenDepth == 0 && statement.beginDepth == 0 {
        try endStatement(start: statement.start ?? token.start, end: token.end, terminated: true, sink)
      }
    case .identifier:
      trackIdentifier(token)
    default:
      statement.wordsClosed = true
      statement.sawFrom = false
    }
  }

  func trackIdentifier(_ token: SQLToken) {
    let keyword = withLexBytes { bytes in Keyword(bytes, token.range) }
    if statement.identifierCount == 0 { statement.leadingLetters = (0, 0, 0, 0) }
    if statement.identifierCount < 4,
      keyword == .create || keyword == .function || keyword == .procedure || keyword == .or || keyword == .replace
    {
      let letter = withLexBytes { $0[token.start] } | 0x20
      switch statement.identifierCount {
      case 0: statement.leadingLetters.0 = letter
      case 1: statement.leadingLetters.1 = letter
      case 2: statement.leadingLetters.2 = letter
      default: statement.leadingLetters.3 = letter
      }
    }
    statement.identifierCount += 1
    if statement.isRoutineDefinition && statement.parenDepth == 0 {
      if keyword == .begin {
        statement.beginDepth += 1
      } else if keyword == .case {
        if statement.beginDepth >= 1 { statement.beginDepth += 1 }
      } else if keyword == .end {
        if statement.beginDepth > 0 { statement.beginDepth -= 1 }
      }
    }
    if !statement.wordsClosed && statement.words.count < 8 {
      statement.words.append(withLexBytes { bytes in Self.upperCased(bytes, token.range) })
      if statement.words.count == 1 {
        statement.isCopy = keyword == .copy
        // Only these verbs name their statement with more words (StatementKind).
        switch statement.words[0] {
        case "CREATE", "ALTER", "DROP", "COMMENT", "SECURITY": break
        default: statement.wordsClosed = true
        }
      }
    }
    if statement.isCopy && statement.parenDepth == 0 {
      if statement.sawFrom && (keyword == .stdin || keyword == .stdout) { statement.isCopyFromStdin = true }
      statement.sawFrom = keyword == .from
    }
  }

  /// An identifier's bytes, ASCII letters upper-cased; long words are cut (only short keywords
  /// are ever compared).
  static func upperCased(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
    let end = min(range.upperBound, range.lowerBound + 32)
    return String(unsafeUninitializedCapacity: end - range.lowerBound) { buffer in
      for (index, offset) in (range.lowerBound..<end).enumerated() {
        let byte = bytes[offset]
        buffer[index] = byte &- 0x61 < 26 ? byte &- 0x20 : byte
      }
      return end - range.lowerBound
    }
  }

  /// Reports the statement `start..<end` and applies what it changes: settings, COPY mode.
  func endStatement(start: Int, end: Int, terminated: Bool, _ sink: Sink) throws {
    let kind = StatementKind.name(words: statement.words)
    let record = ScriptStatement(
      range: absolute(start)..<absolute(end), location: location(of: start), kind: kind,
      isTerminated: terminated, isCopyFromStdin: statement.isCopyFromStdin, firstError: statement.firstError,
      tokenCount: statement.significantCount, parenDepth: statement.parenDepth,
      extraClosingParentheses: statement.extraClosingParentheses)
    try storage.withUnsafeBytes { bytes in
      try sink(.statement(record, text: UnsafeRawBufferPointer(rebasing: bytes[start..<end])))
    }
    if statement.words.first == "SET" { applySetting(statement.head, from: end) }
    let copies = statement.isCopyFromStdin && terminated
    statement.reset()
    if copies {
      mode = .copyPending
      copy = CopyState()
    }
  }
}

/// The few words psql's splitting rules look at, recognised case-insensitively from the bytes,
/// without making a String per identifier.
enum Keyword: UInt8 {
  case other, create, function, procedure, or, replace, begin, `case`, end, copy, from, stdin, stdout

  init(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) {
    self = .other
    let count = range.count
    guard count >= 2 && count <= 9 else { return }
    func matches(_ word: StaticString) -> Bool {
      guard word.utf8CodeUnitCount == count else { return false }
      let letters = word.utf8Start
      for index in 0..<count where bytes[range.lowerBound + index] | 0x20 != letters[index] { return false }
      return true
    }
    switch bytes[range.lowerBound] | 0x20 {
    case 0x63:  // c
      if matches("create") { self = .create } else if matches("case") { self = .case } else if matches("copy") { self = .copy }
    case 0x66:  // f
      if matches("function") { self = .function } else if matches("from") { self = .from }
    case 0x70: if matches("procedure") { self = .procedure }
    case 0x6F: if matches("or") { self = .or }
    case 0x72: if matches("replace") { self = .replace }
    case 0x62: if matches("begin") { self = .begin }
    case 0x65: if matches("end") { self = .end }
    case 0x73: if matches("stdin") { self = .stdin } else if matches("stdout") { self = .stdout }
    default: break
    }
  }
}
