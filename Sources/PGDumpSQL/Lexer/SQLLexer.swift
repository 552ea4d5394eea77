/// PostgreSQL's SQL lexer (src/backend/parser/scan.l) over raw bytes, one token at a time.
///
/// Every token is lexed from its first byte with no state carried between tokens: comments,
/// quotes and dollar quotes are single tokens. That makes the lexer restartable anywhere a token
/// starts, and lets a driver feed input in chunks: when a token (or the look-ahead that decides
/// where it ends) runs into the end of the buffer before the input is final, `token` returns nil
/// and the caller retries with more bytes. The look-aheads are scan.l's: quote continuation
/// across newlines (`xqs`), the operator trailing-`+`/`-` rule, number junk, and parser.c's
/// `UESCAPE` after `U&` literals.
///
/// Bytes ≥ 0x80 are letters, as for every (ASCII-safe) server encoding. For client-only encodings
/// (SJIS, BIG5, …) whose trail bytes can look like ASCII, lex a copy in which those trail bytes
/// are masked (see `ClientEncodingMask`), as psql does (`psqlscan_prepare_buffer`).
public struct SQLLexer: Sendable {
  public var dialect: SQLDialect

  public init(dialect: SQLDialect = SQLDialect()) {
    self.dialect = dialect
  }

  /// The token starting at `start`, or nil when it may extend past the end of `buffer` and more
  /// input can follow (`isFinal` false). With `isFinal` true, this returns a token for any
  /// `start < buffer.count`.
  public func token(in buffer: UnsafeRawBufferPointer, at start: Int, isFinal: Bool) -> SQLToken? {
    guard start >= 0, start < buffer.count, let base = buffer.baseAddress else { return nil }
    var scan = Scan(base: base.assumingMemoryBound(to: UInt8.self), end: buffer.count, dialect: dialect)
    let token = scan.lexToken(at: start)
    if scan.touchedEnd && !isFinal { return nil }
    return token
  }

  /// All tokens of a complete text, for tests and small inputs.
  public func tokens(_ bytes: some Collection<UInt8>) -> [SQLToken] {
    let array = Array(bytes)
    return array.withUnsafeBytes { buffer in
      var result: [SQLToken] = []
      var offset = 0
      while offset < buffer.count, let token = token(in: buffer, at: offset, isFinal: true) {
        result.append(token)
        offset = token.end
      }
      return result
    }
  }
}

/// The scanning state for one token: the buffer, the rules, and whether any look-ahead wanted a
/// byte past the end (which makes the token provisional until more input arrives).
struct Scan {
  let base: UnsafePointer<UInt8>
  let end: Int
  let dialect: SQLDialect
  var touchedEnd = false
  /// Lexing a token parser.c only looks ahead at: no `U&` decoding (that is parser.c's job, done
  /// for the token in hand only).
  var lexicalOnly = false

  init(base: UnsafePointer<UInt8>, end: Int, dialect: SQLDialect) {
    self.base = base
    self.end = end
    self.dialect = dialect
  }

  /// The byte at `index`, or nil (noting the look-ahead) past the end.
  @inline(__always)
  mutating func peek(_ index: Int) -> UInt8? {
    if index < end { return base[index] }
    touchedEnd = true
    return nil
  }

  mutating func lexToken(at start: Int) -> SQLToken {
    let byte = base[start]
    switch byte {
    case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, ASCII.formFeed:
      return whitespace(at: start)
    case ASCII.verticalTab where dialect.hasVerticalTab:
      return whitespace(at: start)
    case ASCII.minus where peek(start + 1) == ASCII.minus:
      return lineComment(at: start)
    case ASCII.slash where peek(start + 1) == ASCII.asterisk:
      return blockComment(at: start)
    case ASCII.doubleQuote:
      return quotedIdentifier(at: start, bodyStart: start + 1, kind: .quotedIdentifier)
    case ASCII.quote:
      return quotedString(
        at: start, bodyStart: start + 1, kind: .string,
        mode: dialect.standardConformingStrings ? .standard : .escape)
    case _ where byte | 0x20 == 0x65 && peek(start + 1) == ASCII.quote:  // E'
      return quotedString(at: start, bodyStart: start + 2, kind: .escapeString, mode: .escape)
    case _ where byte | 0x20 == 0x6E && peek(start + 1) == ASCII.quote:  // N'
      return quotedString(
        at: start, bodyStart: start + 2, kind: .nationalString,
        mode: dialect.standardConformingStrings ? .standard : .escape)
    case _ where byte | 0x20 == 0x62 && peek(start + 1) == ASCII.quote:  // B'
      return quotedString(at: start, bodyStart: start + 2, kind: .bitString, mode: .raw)
    case _ where byte | 0x20 == 0x78 && peek(start + 1) == ASCII.quote:  // X'
      return quotedString(at: start, bodyStart: start + 2, kind: .hexString, mode: .raw)
    case _ where byte | 0x20 == 0x75 && peek(start + 1) == ASCII.ampersand:  // U&
      switch peek(start + 2) {
      case ASCII.quote?:
        return quotedString(at: start, bodyStart: start + 3, kind: .unicodeString, mode: .standard)
      case ASCII.doubleQuote?:
        return quotedIdentifier(at: start, bodyStart: start + 3, kind: .unicodeIdentifier)
      default:
        // scan.l `xufailed`: give back everything after the u.
        return SQLToken(kind: .identifier, start: start, end: start + 1)
      }
    case ASCII.dollar:
      return dollar(at: start)
    case 0x30...0x39:
      return number(at: start)
    case ASCII.period:
      if let next = peek(start + 1) {
        if next.isDigit { return number(at: start) }
        if next == ASCII.period { return SQLToken(kind: .specialOperator, start: start, end: start + 2) }
      }
      return SQLToken(kind: .punctuation, start: start, end: start + 1)
    case ASCII.colon:
      switch peek(start + 1) {
      case ASCII.colon?: return SQLToken(kind: .typecast, start: start, end: start + 2)
      case ASCII.equals?: return SQLToken(kind: .specialOperator, start: start, end: start + 2)
      default: return SQLToken(kind: .punctuation, start: start, end: start + 1)
      }
    default:
      if byte.isIdentStart {
        return SQLToken(kind: .identifier, start: start, end: identifierEnd(from: start + 1))
      }
      if byte.isOperatorChar { return operatorToken(at: start) }
      if byte.isSelfChar { return SQLToken(kind: .punctuation, start: start, end: start + 1) }
      return SQLToken(kind: .other, start: start, end: start + 1)
    }
  }

  // MARK: Whitespace and words

  mutating func whitespace(at start: Int) -> SQLToken {
    let verticalTab = dialect.hasVerticalTab
    var index = start + 1
    while index < end, base[index].isSQLSpace(verticalTab: verticalTab) { index += 1 }
    if index == end { touchedEnd = true }
    return SQLToken(kind: .whitespace, start: start, end: index)
  }

  /// The end of a run of `ident_cont` bytes starting at `index`.
  mutating func identifierEnd(from index: Int) -> Int {
    var index = index
    while index < end, base[index].isIdentCont { index += 1 }
    if index == end { touchedEnd = true }
    return index
  }

  /// scan.l `{operator}`: the longest run of operator characters, cut at an embedded comment
  /// start, minus trailing `+`/`-` unless a non-SQL operator character makes it a custom operator.
  mutating func operatorToken(at start: Int) -> SQLToken {
    var runEnd = start + 1
    while runEnd < end, base[runEnd].isOperatorChar { runEnd += 1 }
    if runEnd == end { touchedEnd = true }
    var count = runEnd - start
    var index = start + 1
    while index + 1 < runEnd {
      let byte = base[index]
      let next = base[index + 1]
      if (byte == ASCII.slash && next == ASCII.asterisk) || (byte == ASCII.minus && next == ASCII.minus) {
        count = index - start
        break
      }
      index += 1
    }
    if count > 1 {
      let last = base[start + count - 1]
      if last == ASCII.plus || last == ASCII.minus {
        var custom = false
        for offset in 0..<(count - 1) where base[start + offset].isNonSQLOperatorChar {
          custom = true
          break
        }
        if !custom {
          repeat { count -= 1 } while count > 1
            && (base[start + count - 1] == ASCII.plus || base[start + count - 1] == ASCII.minus)
        }
      }
    }
    if count == 1 && base[start].isSelfChar {
      return SQLToken(kind: .punctuation, start: start, end: start + 1)
    }
    let error = count >= 64 ? SQLLexError(.operatorTooLong, at: start) : nil
    return SQLToken(kind: .operator, start: start, end: start + count, error: error)
  }

  // MARK: Parameters and dollar quotes

  /// `$1`, `$tag$…$tag$`, or a lone `$`.
  mutating func dollar(at start: Int) -> SQLToken {
    guard let next = peek(start + 1) else { return SQLToken(kind: .other, start: start, end: start + 1) }
    if next.isDigit { return parameter(at: start) }
    var tagEnd: Int
    if next == ASCII.dollar {
      tagEnd = start + 2
    } else if next.isIdentStart {
      var index = start + 2
      while let byte = peek(index), byte.isDollarTagCont { index += 1 }
      // scan.l `dolqfailed`: no closing `$`, so only the `$` is a token.
      guard peek(index) == ASCII.dollar else { return SQLToken(kind: .other, start: start, end: start + 1) }
      tagEnd = index + 1
    } else {
      return SQLToken(kind: .other, start: start, end: start + 1)
    }
    let tagLength = tagEnd - start
    var index = tagEnd
    while true {
      index = ByteSearch.first(ASCII.dollar, in: base, from: index, to: end)
      if index == end {
        touchedEnd = true
        return SQLToken(
          kind: .dollarString, start: start, end: end,
          error: SQLLexError(.unterminatedDollarQuotedString, at: start))
      }
      if index + tagLength > end {
        touchedEnd = true
      } else if matches(at: index, start, length: tagLength) {
        return SQLToken(kind: .dollarString, start: start, end: index + tagLength)
      }
      index += 1
    }
  }

  func matches(at index: Int, _ other: Int, length: Int) -> Bool {
    var offset = 0
    while offset < length {
      if base[index + offset] != base[other + offset] { return false }
      offset += 1
    }
    return true
  }

  /// `$` digits: a parameter, with the junk and overflow errors of 15 and 16.
  mutating func parameter(at start: Int) -> SQLToken {
    var index = start + 1
    var value: UInt64 = 0
    while let byte = peek(index), byte.isDigit {
      value = min(value &* 10 &+ UInt64(byte &- 0x30), UInt64(Int64.max) / 100)
      index += 1
    }
    // `param_junk`: `\${decinteger}{identifier}` (current 15.x minors too; 16.0–16.2 took one byte).
    if dialect.rejectsTrailingJunk, let byte = peek(index), byte.isIdentStart {
      return SQLToken(
        kind: .parameter, start: start, end: identifierEnd(from: index + 1),
        error: SQLLexError(.trailingJunkAfterParameter, at: start))
    }
    let error =
      dialect.checksParameterOverflow && value > UInt64(Int32.max)
      ? SQLLexError(.parameterNumberTooLarge, at: start) : nil
    return SQLToken(kind: .parameter, start: start, end: index, error: error)
  }
}
