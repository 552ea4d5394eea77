/// Numeric literals, per server version (scan.l's `decinteger`, `hexinteger`, `numeric`, `real`
/// and their `fail`/`junk` rules). Flex takes the longest match, and on a tie the rule written
/// first, which puts the valid forms before the junk forms; that is what this code reproduces.
extension Scan {
  mutating func number(at start: Int) -> SQLToken {
    if dialect.hasModernIntegers { return modernNumber(at: start) }
    return classicNumber(at: start)
  }

  /// The end of `digit(_?digit)*` (16+) or `digit+` (up to 15) starting at `index`, which holds
  /// a digit.
  mutating func digitsEnd(from index: Int, underscores: Bool) -> Int {
    var index = index + 1
    while let byte = peek(index) {
      if byte.isDigit {
        index += 1
      } else if underscores, byte == ASCII.underscore, let next = peek(index + 1), next.isDigit {
        index += 2
      } else {
        break
      }
    }
    return index
  }

  /// 16 and later: underscores, 0x/0o/0b, identifier junk rejected.
  mutating func modernNumber(at start: Int) -> SQLToken {
    // Prefixed integers: 0x, 0o, 0b (`hexinteger`, `hexfail`, …).
    if base[start] == 0x30, let marker = peek(start + 1), let radix = Self.radix(marker) {
      var index = start + 2
      var digits = 0
      while true {
        if let byte = peek(index), radix.accepts(byte) {
          index += 1
          digits += 1
        } else if peek(index) == ASCII.underscore, let next = peek(index + 1), radix.accepts(next) {
          index += 2
          digits += 1
        } else {
          break
        }
      }
      var validEnd = index
      var error: SQLLexError? = nil
      if digits == 0 {
        validEnd = start + 2 + (peek(start + 2) == ASCII.underscore ? 1 : 0)
        error = SQLLexError(radix.failure, at: start)
      }
      // `decinteger_junk`: "0" followed by an identifier, when that is longer.
      let junkEnd = identifierEnd(from: start + 2)
      if junkEnd > validEnd {
        return SQLToken(kind: .integer, start: start, end: junkEnd, error: SQLLexError(.trailingJunkAfterNumber, at: start))
      }
      return SQLToken(kind: .integer, start: start, end: validEnd, error: error)
    }
    return decimalNumber(at: start, underscores: true)
  }

  /// Decimal integers, numerics and reals, shared by every version; junk handling by dialect.
  mutating func decimalNumber(at start: Int, underscores: Bool) -> SQLToken {
    var kind = SQLToken.Kind.integer
    var index = start
    if base[start] != ASCII.period { index = digitsEnd(from: start, underscores: underscores) }
    if peek(index) == ASCII.period {
      if peek(index + 1) == ASCII.period {
        // `numericfail`: `1..10` is 1, `..`, 10.
        return junkChecked(SQLToken(kind: .integer, start: start, end: index))
      }
      kind = .numeric
      index += 1
      if let byte = peek(index), byte.isDigit { index = digitsEnd(from: index, underscores: underscores) }
    }
    if let marker = peek(index), marker | 0x20 == 0x65 {  // e or E
      var exponent = index + 1
      let sign = peek(exponent)
      if sign == ASCII.plus || sign == ASCII.minus { exponent += 1 }
      if let byte = peek(exponent), byte.isDigit {
        return junkChecked(
          SQLToken(kind: .numeric, start: start, end: digitsEnd(from: exponent, underscores: underscores)))
      }
      if sign == ASCII.plus || sign == ASCII.minus {
        // `realfail`: an exponent sign with no digits.
        if dialect.rejectsTrailingJunk {
          return SQLToken(
            kind: .numeric, start: start, end: index + 2, error: SQLLexError(.trailingJunkAfterNumber, at: start))
        }
        return SQLToken(kind: kind, start: start, end: index)
      }
    }
    return junkChecked(SQLToken(kind: kind, start: start, end: index))
  }

  /// Applies the `*_junk` rules to a valid number token: identifier text stuck to its end.
  mutating func junkChecked(_ token: SQLToken) -> SQLToken {
    guard dialect.rejectsTrailingJunk, let byte = peek(token.end), byte.isIdentStart else { return token }
    // `{decinteger}{identifier}` and friends: the whole identifier is the junk, in 17, 18 and the
    // current 15.x minors (15.18 reports `1abc` "at or near "1abc""). Only the early 16.x minors
    // (16.2) still had the one-byte `{ident_start}` form.
    let junkEnd = identifierEnd(from: token.end + 1)
    return SQLToken(kind: token.kind, start: token.start, end: junkEnd, error: SQLLexError(.trailingJunkAfterNumber, at: token.start))
  }

  /// Up to 15: digits only; up to 14 a failed exponent or trailing letters are separate tokens.
  mutating func classicNumber(at start: Int) -> SQLToken {
    decimalNumber(at: start, underscores: false)
  }

  struct Radix {
    let accepts: (UInt8) -> Bool
    let failure: SQLLexError.Code
  }

  static func radix(_ marker: UInt8) -> Radix? {
    switch marker | 0x20 {
    case 0x78: Radix(accepts: { $0.isHexDigit }, failure: .invalidHexadecimalInteger)
    case 0x6F: Radix(accepts: { $0.isOctalDigit }, failure: .invalidOctalInteger)
    case 0x62: Radix(accepts: { $0 == 0x30 || $0 == 0x31 }, failure: .invalidBinaryInteger)
    default: nil
    }
  }
}
