/// Byte classes of scan.l, on raw bytes: every byte ≥ 0x80 counts as a letter, which is what
/// PostgreSQL does for every server encoding (they are all ASCII-safe).
enum ASCII {
  static let tab: UInt8 = 0x09
  static let newline: UInt8 = 0x0A
  static let verticalTab: UInt8 = 0x0B
  static let formFeed: UInt8 = 0x0C
  static let carriageReturn: UInt8 = 0x0D
  static let space: UInt8 = 0x20
  static let doubleQuote: UInt8 = 0x22
  static let dollar: UInt8 = 0x24
  static let ampersand: UInt8 = 0x26
  static let quote: UInt8 = 0x27
  static let leftParen: UInt8 = 0x28
  static let rightParen: UInt8 = 0x29
  static let asterisk: UInt8 = 0x2A
  static let plus: UInt8 = 0x2B
  static let minus: UInt8 = 0x2D
  static let period: UInt8 = 0x2E
  static let slash: UInt8 = 0x2F
  static let colon: UInt8 = 0x3A
  static let semicolon: UInt8 = 0x3B
  static let equals: UInt8 = 0x3D
  static let backslash: UInt8 = 0x5C
  static let underscore: UInt8 = 0x5F
}

extension UInt8 {
  /// `[0-9]`
  @inline(__always) var isDigit: Bool { self &- 0x30 < 10 }
  /// `[0-9A-Fa-f]`
  @inline(__always) var isHexDigit: Bool { isDigit || (self | 0x20) &- 0x61 < 6 }
  /// `[0-7]`
  @inline(__always) var isOctalDigit: Bool { self &- 0x30 < 8 }
  /// `[A-Za-z]`
  @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
  /// scan.l `ident_start`: `[A-Za-z\200-\377_]`; also `dolq_start`.
  @inline(__always) var isIdentStart: Bool { isASCIILetter || self >= 0x80 || self == ASCII.underscore }
  /// scan.l `ident_cont`: `ident_start` plus digits and `$`.
  @inline(__always) var isIdentCont: Bool { isIdentStart || isDigit || self == ASCII.dollar }
  /// scan.l `dolq_cont`: `ident_start` plus digits (never `$`).
  @inline(__always) var isDollarTagCont: Bool { isIdentStart || isDigit }
  /// scan.l `newline`: LF or CR.
  @inline(__always) var isNewline: Bool { self == ASCII.newline || self == ASCII.carriageReturn }

  /// scan.l `op_chars`: `~ ! @ # ^ & | ` ? + - * / % < > =`.
  @inline(__always) var isOperatorChar: Bool {
    switch self {
    case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x2B, 0x2D, 0x2A, 0x2F, 0x25, 0x3C, 0x3E, 0x3D: true
    default: false
    }
  }

  /// scan.l `self`: `, ( ) [ ] . ; : + - * / % ^ < > =`.
  @inline(__always) var isSelfChar: Bool {
    switch self {
    case 0x2C, 0x28, 0x29, 0x5B, 0x5D, 0x2E, 0x3B, 0x3A, 0x2B, 0x2D, 0x2A, 0x2F, 0x25, 0x5E, 0x3C, 0x3E, 0x3D: true
    default: false
    }
  }

  /// The operator characters that keep a trailing `+`/`-` in a multi-character operator.
  @inline(__always) var isNonSQLOperatorChar: Bool {
    switch self {
    case 0x7E, 0x21, 0x40, 0x23, 0x5E, 0x26, 0x7C, 0x60, 0x3F, 0x25: true
    default: false
    }
  }

  /// scan.l `space`: SP, HT, LF, CR, FF, and VT when the dialect has it (16+).
  @inline(__always) func isSQLSpace(verticalTab: Bool) -> Bool {
    switch self {
    case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, ASCII.formFeed: true
    case ASCII.verticalTab: verticalTab
    default: false
    }
  }

  /// scan.l `horiz_space`: SP, HT, FF, and VT from 16.
  @inline(__always) func isHorizontalSpace(verticalTab: Bool) -> Bool {
    switch self {
    case ASCII.space, ASCII.tab, ASCII.formFeed: true
    case ASCII.verticalTab: verticalTab
    default: false
    }
  }

  /// The value of a hex digit (caller checked `isHexDigit`).
  @inline(__always) var hexValue: UInt32 {
    isDigit ? UInt32(self &- 0x30) : UInt32((self | 0x20) &- 0x61 &+ 10)
  }
}
