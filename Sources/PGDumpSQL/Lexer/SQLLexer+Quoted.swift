/// Comments, quoted identifiers and string literals (scan.l states `xc`, `xd`, `xui`, `xq`, `xe`,
/// `xb`, `xh`, `xus` and the `xqs` continuation look-ahead).
extension Scan {
  /// How a string body treats backslashes and quotes.
  enum StringMode {
    /// `xq`/`xus`: `''` is a quote; backslash is an ordinary byte.
    case standard
    /// `xe`: `''` is a quote; backslash escapes, checked as scan.l checks them.
    case escape
    /// `xb`/`xh`: the body runs to the next quote; no escapes, no doubling.
    case raw
  }

  /// `-- …` up to, not including, the next LF or CR.
  mutating func lineComment(at start: Int) -> SQLToken {
    var index = start + 2
    while index < end, !base[index].isNewline { index += 1 }
    if index == end { touchedEnd = true }
    return SQLToken(kind: .lineComment, start: start, end: index)
  }

  /// `/* … */`, nesting.
  mutating func blockComment(at start: Int) -> SQLToken {
    var depth = 0
    var index = start + 2
    while index + 1 < end {
      let byte = base[index]
      if byte == ASCII.slash && base[index + 1] == ASCII.asterisk {
        depth += 1
        index += 2
      } else if byte == ASCII.asterisk && base[index + 1] == ASCII.slash {
        if depth == 0 { return SQLToken(kind: .blockComment, start: start, end: index + 2) }
        depth -= 1
        index += 2
      } else {
        index += 1
      }
    }
    touchedEnd = true
    return SQLToken(kind: .blockComment, start: start, end: end, error: SQLLexError(.unterminatedComment, at: start))
  }

  /// `"…"` and `U&"…"`: `""` stands for `"`; empty is an error.
  mutating func quotedIdentifier(at start: Int, bodyStart: Int, kind: SQLToken.Kind) -> SQLToken {
    var index = bodyStart
    while true {
      index = ByteSearch.first(ASCII.doubleQuote, in: base, from: index, to: end)
      if index == end {
        touchedEnd = true
        return SQLToken(kind: kind, start: start, end: end, error: SQLLexError(.unterminatedQuotedIdentifier, at: start))
      }
      if peek(index + 1) == ASCII.doubleQuote {
        index += 2
        continue
      }
      let close = index + 1
      if index == bodyStart {
        return SQLToken(kind: kind, start: start, end: close, error: SQLLexError(.zeroLengthDelimitedIdentifier, at: start))
      }
      var token = SQLToken(kind: kind, start: start, end: close)
      if kind == .unicodeIdentifier && !lexicalOnly { token.error = unicodeEscapeError(of: token, bodyStart: bodyStart) }
      return token
    }
  }

  /// A `'`-family literal: the body in `mode`, then any continuations (`'a'` newline `'b'`).
  mutating func quotedString(at start: Int, bodyStart: Int, kind: SQLToken.Kind, mode: StringMode) -> SQLToken {
    var error: SQLLexError? = nil
    if kind == .unicodeString && !dialect.standardConformingStrings {
      error = SQLLexError(.unsafeUnicodeString, at: start)
    }
    var index = bodyStart
    var highSurrogate: UInt32? = nil
    // Where scan.l's `lexer_errposition()` puts errors about the whole literal: its opening quote
    // for `N'…'` (scan.l `xnstart` returns the `N` as its own NCHAR token first), else its start.
    let literalStart = kind == .nationalString ? start + 1 : start
    while true {
      if mode == .escape {
        index = ByteSearch.first(ASCII.quote, or: ASCII.backslash, in: base, from: index, to: end)
      } else {
        index = ByteSearch.first(ASCII.quote, in: base, from: index, to: end)
      }
      if index == end {
        touchedEnd = true
        let code: SQLLexError.Code =
          switch kind {
          case .bitString: .unterminatedBitString
          case .hexString: .unterminatedHexString
          default: .unterminatedQuotedString
          }
        return SQLToken(kind: kind, start: start, end: end, error: error ?? SQLLexError(code, at: literalStart))
      }
      if base[index] == ASCII.backslash {
        index = escape(at: index, literalStart: literalStart, highSurrogate: &highSurrogate, error: &error)
        if highSurrogate != nil && peek(index) != ASCII.backslash {
          // scan.l `xeu`: anything but a second `\u` right after a first surrogate.
          if error == nil { error = SQLLexError(.invalidUnicodeSurrogatePair, at: index) }
          highSurrogate = nil
        }
        continue
      }
      // A quote: doubled, or the end of this part of the literal.
      if mode != .raw && peek(index + 1) == ASCII.quote {
        index += 2
        continue
      }
      if let next = continuation(after: index + 1) {
        index = next + 1
        continue
      }
      var token = SQLToken(kind: kind, start: start, end: index + 1, error: error)
      if kind == .unicodeString && error == nil && !lexicalOnly { token.error = unicodeEscapeError(of: token, bodyStart: bodyStart) }
      return token
    }
  }

  /// One backslash escape of an `E''` body at `index`; returns the index after it.
  /// Errors follow scan.l: `xeunicodefail`, the surrogate rules of `xeunicode`/`xeu`, `addunicode`'s
  /// range check, and `\'` under `backslash_quote = safe_encoding` in a client-only encoding. The
  /// last is placed at `literalStart`, as scan.l's `lexer_errposition()` places it (15–18 all
  /// report `E'a\'b'` at the `E`), the others at the escape.
  mutating func escape(
    at index: Int, literalStart: Int, highSurrogate: inout UInt32?, error: inout SQLLexError?
  ) -> Int {
    guard let next = peek(index + 1) else { return index + 1 }
    if highSurrogate != nil && next != 0x75 && next != 0x55 {
      if error == nil { error = SQLLexError(.invalidUnicodeSurrogatePair, at: index) }
      highSurrogate = nil
    }
    switch next {
    case 0x75, 0x55:  // \uXXXX, \UXXXXXXXX
      let digits = next == 0x75 ? 4 : 8
      var value: UInt32 = 0
      for offset in 0..<digits {
        guard let byte = peek(index + 2 + offset), byte.isHexDigit else {
          if error == nil { error = SQLLexError(.invalidUnicodeEscape, at: index, hintKind: .eStringUnicode) }
          highSurrogate = nil
          return index + 2
        }
        value = value << 4 | byte.hexValue
      }
      if let first = highSurrogate {
        highSurrogate = nil
        if Unicode.isLowSurrogate(value) {
          value = Unicode.combine(high: first, low: value)
        } else if error == nil {
          error = SQLLexError(.invalidUnicodeSurrogatePair, at: index)
        }
      } else if Unicode.isHighSurrogate(value) {
        highSurrogate = value
        return index + 2 + digits
      } else if Unicode.isLowSurrogate(value) {
        if error == nil { error = SQLLexError(.invalidUnicodeSurrogatePair, at: index) }
        return index + 2 + digits
      }
      if !Unicode.isValidCodePoint(value), error == nil {
        error = SQLLexError(.invalidUnicodeEscapeValue, at: index)
      }
      return index + 2 + digits
    case 0x30...0x37:  // \o, \oo, \ooo
      var end = index + 2
      while end < index + 4, let byte = peek(end), byte.isOctalDigit { end += 1 }
      return end
    case 0x78:  // \xh, \xhh; a bare \x is just x
      var end = index + 2
      while end < index + 4, let byte = peek(end), byte.isHexDigit { end += 1 }
      return end
    case ASCII.quote:
      if dialect.clientEncodingIsClientOnly, error == nil {
        error = SQLLexError(
          .unsafeBackslashQuote, at: literalStart,
          hintKind: .unsafeBackslashQuote)
      }
      return index + 2
    default:
      return index + 2
    }
  }

  /// scan.l `quotecontinue`: after a closing quote at `after - 1`, horizontal whitespace and `--`
  /// comments, at least one newline, then any whitespace (comments ended by a newline), then a
  /// quote. Returns the index of that quote, or nil when the literal does not continue.
  mutating func continuation(after: Int) -> Int? {
    let verticalTab = dialect.hasVerticalTab
    var index = after
    while let byte = peek(index) {
      if byte.isHorizontalSpace(verticalTab: verticalTab) {
        index += 1
      } else if byte == ASCII.minus && peek(index + 1) == ASCII.minus {
        index += 2
        while let byte = peek(index), !byte.isNewline { index += 1 }
      } else {
        break
      }
    }
    guard let newline = peek(index), newline.isNewline else { return nil }
    index += 1
    while let byte = peek(index) {
      if byte.isSQLSpace(verticalTab: verticalTab) {
        index += 1
      } else if byte == ASCII.minus && peek(index + 1) == ASCII.minus {
        var commentEnd = index + 2
        while let byte = peek(commentEnd), !byte.isNewline { commentEnd += 1 }
        guard peek(commentEnd) != nil else { return nil }
        index = commentEnd + 1
      } else {
        return byte == ASCII.quote ? index : nil
      }
    }
    return nil
  }
}

/// Code point rules shared by `E''` escapes and `U&` literals (common/unicode: `is_utf16_surrogate_*`,
/// `is_valid_unicode_codepoint`).
enum Unicode {
  static func isHighSurrogate(_ value: UInt32) -> Bool { value >= 0xD800 && value <= 0xDBFF }
  static func isLowSurrogate(_ value: UInt32) -> Bool { value >= 0xDC00 && value <= 0xDFFF }
  static func isValidCodePoint(_ value: UInt32) -> Bool { value > 0 && value <= 0x10FFFF }
  static func combine(high: UInt32, low: UInt32) -> UInt32 { ((high & 0x3FF) << 10) + 0x10000 + (low & 0x3FF) }
}
