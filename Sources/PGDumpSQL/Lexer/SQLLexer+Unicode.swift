/// `U&'…'` and `U&"…"`: the `UESCAPE` look-ahead and escape decoding that parser.c's
/// `base_yylex` and `str_udeescape` do after the lexer returns a USCONST or UIDENT.
extension Scan {
  /// The first error decoding the escapes of a closed `U&` literal would raise, or nil.
  mutating func unicodeEscapeError(of token: SQLToken, bodyStart: Int) -> SQLLexError? {
    var escapeCharacter = ASCII.backslash
    switch uescapeClause(after: token.end) {
    case .absent: break
    case .deferred: return nil
    case .character(let byte): escapeCharacter = byte
    case .error(let error): return error
    }
    // parser.c places these errors at `in - str + position + 3`: the token's start, plus 3 for
    // `U&'`, plus the index into the *decoded* content. Doubled quotes and the gaps of a continued
    // literal are not in the content, so after them this is not the escape's own byte: 15.18 and
    // 18.6 report `select U&'''!!!!\u12'` at byte 15 (a `!`), not 16 (the backslash). For a
    // plain literal it is the escape, and the end of the content is the closing quote.
    let origin = token.start + 3
    let content = literalContent(of: token, bodyStart: bodyStart).enumerated().map { index, element in
      (byte: element.byte, offset: origin + index)
    }
    return Self.decodeError(content, escape: escapeCharacter, endOffset: origin + content.count)
  }

  enum UescapeClause {
    case absent
    /// A token parser.c looked ahead at has a lexical error of its own. PostgreSQL raises that
    /// one first (`select U&'\12' 1abc` is "trailing junk" at `1abc`), and that token carries it.
    case deferred
    case character(UInt8)
    case error(SQLLexError)
  }

  /// parser.c `base_yylex` after a USCONST/UIDENT: it always lexes the next token (a lexical error
  /// there comes first); if that is `UESCAPE`, the third token must be an SCONST (`'…'`, `E'…'` or
  /// `$$…$$`, continuation allowed) of exactly one byte that `check_uescapechar` accepts.
  mutating func uescapeClause(after index: Int) -> UescapeClause {
    guard let word = skipTrivia(from: index) else { return .deferred }
    let keyword: [UInt8] = Array("uescape".utf8)
    var isUescape = true
    for (offset, letter) in keyword.enumerated() {
      guard let byte = peek(word + offset), byte | 0x20 == letter else {
        isUescape = false
        break
      }
    }
    if isUescape, let byte = peek(word + keyword.count), byte.isIdentCont { isUescape = false }
    guard isUescape else {
      guard peek(word) != nil else { return .absent }
      return lookaheadToken(at: word).error == nil ? .absent : .deferred
    }
    guard let third = skipTrivia(from: word + keyword.count) else { return .deferred }
    guard peek(third) != nil else {
      return .error(SQLLexError(.uescapeNeedsSimpleString, at: third))
    }
    let string = lookaheadToken(at: third)
    if string.error != nil { return .deferred }
    guard let value = simpleStringValue(string) else {
      return .error(SQLLexError(.uescapeNeedsSimpleString, at: third))
    }
    guard value.count == 1, isValidEscapeCharacter(value[0]) else {
      return .error(SQLLexError(.invalidUnicodeEscapeCharacter, at: third))
    }
    return .character(value[0])
  }

  /// The token at `index` as scan.l alone returns it (parser.c looks ahead with `core_yylex`): a
  /// `U&` literal there is not decoded, which also keeps chains of them from recursing.
  mutating func lookaheadToken(at index: Int) -> SQLToken {
    let outer = lexicalOnly
    lexicalOnly = true
    defer { lexicalOnly = outer }
    return lexToken(at: index)
  }

  /// parser.c `check_uescapechar`: not a hex digit, `+`, a quote, a double quote or whitespace
  /// (`scanner_isspace`, which has VT from 17: `UESCAPE E'\013'` is accepted by 15 and 16).
  func isValidEscapeCharacter(_ byte: UInt8) -> Bool {
    !(byte.isHexDigit || byte == ASCII.plus || byte == ASCII.quote || byte == ASCII.doubleQuote
      || byte.isSQLSpace(verticalTab: dialect.hasVerticalTab))
  }

  /// The index of the first byte after whitespace and comments, or nil when a `/*` comment there
  /// is unterminated.
  mutating func skipTrivia(from start: Int) -> Int? {
    var index = start
    while let byte = peek(index) {
      if byte.isSQLSpace(verticalTab: dialect.hasVerticalTab) {
        index = whitespace(at: index).end
      } else if byte == ASCII.minus && peek(index + 1) == ASCII.minus {
        index = lineComment(at: index).end
      } else if byte == ASCII.slash && peek(index + 1) == ASCII.asterisk {
        let comment = blockComment(at: index)
        if comment.error != nil { return nil }
        index = comment.end
      } else {
        break
      }
    }
    return index
  }

  /// The value of an SCONST token (plain, `E` or dollar-quoted; nil for any other token), as far
  /// as a one-character UESCAPE argument needs it: escapes decoded as scan.l's `xe` rules do
  /// (`E'\x21'`, `E'\041'` and `E'\u0021'` are all `!`), continued parts joined.
  func simpleStringValue(_ token: SQLToken) -> [UInt8]? {
    let escapes: Bool
    var index: Int
    switch token.kind {
    case .string:
      escapes = !dialect.standardConformingStrings
      index = token.start + 1
    case .escapeString:
      escapes = true
      index = token.start + 2
    case .dollarString:
      var tagEnd = token.start + 1
      while base[tagEnd] != ASCII.dollar { tagEnd += 1 }
      let delimiter = tagEnd + 1 - token.start
      return Array(UnsafeBufferPointer(start: base + token.start + delimiter, count: token.count - 2 * delimiter))
    default:
      return nil
    }
    let close = token.end - 1
    var value: [UInt8] = []
    while index < close {
      let byte = base[index]
      if byte == ASCII.quote {
        if base[index + 1] == ASCII.quote {
          value.append(byte)
          index += 2
          continue
        }
        // The end of one part of a continued literal: skip the gap to the next part's quote.
        index += 1
        while base[index] != ASCII.quote {
          if base[index] == ASCII.minus && base[index + 1] == ASCII.minus {
            while !base[index].isNewline { index += 1 }
          } else {
            index += 1
          }
        }
        index += 1
      } else if escapes && byte == ASCII.backslash {
        index = appendEscape(at: index, close: close, to: &value)
      } else {
        value.append(byte)
        index += 1
      }
    }
    return value
  }

  /// Decodes one escape of a well-formed `E''` body (scan.l `unescape_single_char`, `xeoctesc`,
  /// `xehexesc`, `xeunicode`); returns the index after it.
  func appendEscape(at index: Int, close: Int, to value: inout [UInt8]) -> Int {
    let next = base[index + 1]
    func number(from start: Int, digits: Int, radix: UInt32, _ accepts: (UInt8) -> Bool) -> (UInt32, Int) {
      var result: UInt32 = 0
      var end = start
      while end < start + digits && end < close && accepts(base[end]) {
        result = result * radix + base[end].hexValue
        end += 1
      }
      return (result, end)
    }
    switch next {
    case 0x62: value.append(0x08)  // \b
    case 0x66: value.append(0x0C)  // \f
    case 0x6E: value.append(0x0A)  // \n
    case 0x72: value.append(0x0D)  // \r
    case 0x74: value.append(0x09)  // \t
    case 0x76: value.append(dialect.hasVerticalTab ? ASCII.verticalTab : next)  // \v from 17
    case 0x30...0x37:
      let (byte, end) = number(from: index + 1, digits: 3, radix: 8) { $0.isOctalDigit }
      value.append(UInt8(truncatingIfNeeded: byte))
      return end
    case 0x78 where index + 2 < close && base[index + 2].isHexDigit:
      let (byte, end) = number(from: index + 2, digits: 2, radix: 16) { $0.isHexDigit }
      value.append(UInt8(truncatingIfNeeded: byte))
      return end
    case 0x75, 0x55:
      var (codePoint, end) = number(from: index + 2, digits: next == 0x75 ? 4 : 8, radix: 16) { $0.isHexDigit }
      if Unicode.isHighSurrogate(codePoint), end + 1 < close, base[end] == ASCII.backslash {
        let low = number(from: end + 2, digits: base[end + 1] == 0x75 ? 4 : 8, radix: 16) { $0.isHexDigit }
        codePoint = Unicode.combine(high: codePoint, low: low.0)
        end = low.1
      }
      // Only the length matters to the caller: UTF-8 takes 1 to 4 bytes.
      let length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4
      value.append(contentsOf: length == 1 ? [UInt8(codePoint)] : Array(repeating: 0x80, count: length))
      return end
    default: value.append(next)
    }
    return index + 2
  }

  /// A literal's content bytes with their source offsets: doubled quotes collapsed, and for a
  /// continued string the gaps (whitespace, `--` comments, the quotes) left out. (Errors are
  /// placed by content index, as parser.c does; see `unicodeEscapeError`.)
  func literalContent(of token: SQLToken, bodyStart: Int) -> [(byte: UInt8, offset: Int)] {
    let quote = token.kind == .unicodeIdentifier ? ASCII.doubleQuote : ASCII.quote
    var content: [(byte: UInt8, offset: Int)] = []
    var index = bodyStart
    let close = token.end - 1
    while index < close {
      let byte = base[index]
      if byte != quote {
        content.append((byte, index))
        index += 1
      } else if base[index + 1] == quote {
        content.append((byte, index))
        index += 2
      } else {
        // The end of one part of a continued literal: skip to the next part's opening quote.
        index += 1
        while index < close && base[index] != quote {
          if base[index] == ASCII.minus && base[index + 1] == ASCII.minus {
            while index < close && !base[index].isNewline { index += 1 }
          } else {
            index += 1
          }
        }
        index += 1
      }
    }
    return content
  }

  /// parser.c `str_udeescape`: `EE` is the escape character itself, `EXXXX` and `E+XXXXXX` code
  /// points, surrogates must pair, code points must be valid.
  static func decodeError(_ content: [(byte: UInt8, offset: Int)], escape: UInt8, endOffset: Int) -> SQLLexError? {
    var index = 0
    var pairFirst: UInt32? = nil
    func hexValue(_ from: Int, _ count: Int) -> UInt32? {
      guard from + count <= content.count else { return nil }
      var value: UInt32 = 0
      for position in from..<(from + count) {
        guard content[position].byte.isHexDigit else { return nil }
        value = value << 4 | content[position].byte.hexValue
      }
      return value
    }
    while index < content.count {
      let (byte, offset) = content[index]
      guard byte == escape else {
        if pairFirst != nil { return SQLLexError(.invalidUnicodeSurrogatePair, at: offset) }
        index += 1
        continue
      }
      if index + 1 < content.count && content[index + 1].byte == escape {
        if pairFirst != nil { return SQLLexError(.invalidUnicodeSurrogatePair, at: offset) }
        index += 2
        continue
      }
      let value: UInt32
      if let four = hexValue(index + 1, 4) {
        value = four
        index += 5
      } else if index + 1 < content.count, content[index + 1].byte == ASCII.plus, let six = hexValue(index + 2, 6) {
        value = six
        index += 8
      } else {
        return SQLLexError(.invalidUnicodeEscape, at: offset, hintKind: .uStringUnicode)
      }
      if !Unicode.isValidCodePoint(value) { return SQLLexError(.invalidUnicodeEscapeValue, at: offset) }
      if pairFirst != nil {
        guard Unicode.isLowSurrogate(value) else { return SQLLexError(.invalidUnicodeSurrogatePair, at: offset) }
        pairFirst = nil
      } else if Unicode.isLowSurrogate(value) {
        return SQLLexError(.invalidUnicodeSurrogatePair, at: offset)
      } else if Unicode.isHighSurrogate(value) {
        pairFirst = value
      }
    }
    if pairFirst != nil { return SQLLexError(.invalidUnicodeSurrogatePair, at: endOffset) }
    return nil
  }
}
