/// `U&'…'` and `U&"…"`: the `UESCAPE` look-ahead and escape decoding that parser.c's
/// `base_yylex` and `str_udeescape` do after the lexer returns a USCONST or UIDENT.
extension Scan {
  /// The first error decoding the escapes of a closed `U&` literal would raise, or nil.
  mutating func unicodeEscapeError(of token: SQLToken, bodyStart: Int) -> SQLLexError? {
    var escapeCharacter = ASCII.backslash
    switch uescapeClause(after: token.end) {
    case .absent: break
    case .character(let byte): escapeCharacter = byte
    case .error(let error): return error
    }
    let content = literalContent(of: token, bodyStart: bodyStart)
    return Self.decodeError(content, escape: escapeCharacter, endOffset: token.end - 1)
  }

  enum UescapeClause {
    case absent
    case character(UInt8)
    case error(SQLLexError)
  }

  /// Looks past trivia for `UESCAPE 'c'` (parser.c: the third token must be an SCONST of exactly
  /// one byte that `check_uescapechar` accepts).
  mutating func uescapeClause(after index: Int) -> UescapeClause {
    let word = skipTrivia(from: index)
    let keyword: [UInt8] = Array("uescape".utf8)
    for (offset, letter) in keyword.enumerated() {
      guard let byte = peek(word + offset), byte | 0x20 == letter else { return .absent }
    }
    if let byte = peek(word + keyword.count), byte.isIdentCont { return .absent }
    let third = skipTrivia(from: word + keyword.count)
    guard let first = peek(third) else {
      return .error(SQLLexError(.uescapeNeedsSimpleString, at: third))
    }
    var string: SQLToken
    if first == ASCII.quote {
      string = quotedString(
        at: third, bodyStart: third + 1, kind: .string,
        mode: dialect.standardConformingStrings ? .standard : .escape)
    } else if first | 0x20 == 0x65, peek(third + 1) == ASCII.quote {
      string = quotedString(at: third, bodyStart: third + 2, kind: .escapeString, mode: .escape)
    } else {
      return .error(SQLLexError(.uescapeNeedsSimpleString, at: third))
    }
    if string.error != nil { return .error(SQLLexError(.uescapeNeedsSimpleString, at: third)) }
    let value = simpleStringValue(string)
    guard value.count == 1, Self.isValidEscapeCharacter(value[0]) else {
      return .error(SQLLexError(.invalidUnicodeEscapeCharacter, at: third))
    }
    return .character(value[0])
  }

  /// parser.c `check_uescapechar`: not a hex digit, `+`, a quote, a double quote or whitespace.
  static func isValidEscapeCharacter(_ byte: UInt8) -> Bool {
    !(byte.isHexDigit || byte == ASCII.plus || byte == ASCII.quote || byte == ASCII.doubleQuote
      || byte.isSQLSpace(verticalTab: true))
  }

  /// The index of the first byte after whitespace and comments.
  mutating func skipTrivia(from start: Int) -> Int {
    var index = start
    while let byte = peek(index) {
      if byte.isSQLSpace(verticalTab: dialect.hasVerticalTab) {
        index = whitespace(at: index).end
      } else if byte == ASCII.minus && peek(index + 1) == ASCII.minus {
        index = lineComment(at: index).end
      } else if byte == ASCII.slash && peek(index + 1) == ASCII.asterisk {
        let comment = blockComment(at: index)
        if comment.error != nil { return end }
        index = comment.end
      } else {
        break
      }
    }
    return index
  }

  /// The value of a plain or `E` string, as far as a one-character UESCAPE argument needs it.
  func simpleStringValue(_ token: SQLToken) -> [UInt8] {
    var value: [UInt8] = []
    var index = token.start + (token.kind == .escapeString ? 2 : 1)
    let close = token.end - 1
    let escapes = token.kind == .escapeString || !dialect.standardConformingStrings
    while index < close {
      let byte = base[index]
      if byte == ASCII.quote {
        value.append(byte)
        index += 2
      } else if escapes && byte == ASCII.backslash && index + 1 < close {
        let next = base[index + 1]
        switch next {
        case 0x62: value.append(0x08)
        case 0x66: value.append(0x0C)
        case 0x6E: value.append(0x0A)
        case 0x72: value.append(0x0D)
        case 0x74: value.append(0x09)
        default: value.append(next)
        }
        index += 2
      } else {
        value.append(byte)
        index += 1
      }
    }
    return value
  }

  /// A literal's content bytes with their source offsets: doubled quotes collapsed, and for a
  /// continued string the gaps (whitespace, `--` comments, the quotes) left out.
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
        return SQLLexError(.invalidUnicodeEscape, at: offset, hint: SQLLexError.uStringUnicodeHint)
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
