/// Checks bytes the way the server does before it accepts text in an encoding (common/wchar.c
/// `pg_encoding_verifymbstr` and each encoding's `verifychar`), and words the failure the way
/// `report_invalid_encoding` does.
///
/// NUL is invalid everywhere. Single-byte encodings accept every other byte; the multibyte ones
/// follow their table: UTF-8 without overlongs, surrogates or code points above U+10FFFF; EUC
/// byte ranges; SJIS lead/trail ranges; GB18030's 2- and 4-byte forms; and so on.
public struct EncodingValidator: Sendable {
  public let encoding: PostgresEncoding
  let scheme: Scheme

  enum Scheme: Sendable {
    case singleByte, utf8, eucJP, eucKR, eucTW, mule, sjis, big5, gb18030, johab
  }

  public init(encoding: PostgresEncoding) {
    self.encoding = encoding
    switch encoding.name {
    case "UTF8": scheme = .utf8
    case "EUC_JP", "EUC_JIS_2004": scheme = .eucJP
    case "EUC_CN", "EUC_KR": scheme = .eucKR
    case "EUC_TW": scheme = .eucTW
    case "MULE_INTERNAL": scheme = .mule
    case "SJIS", "SHIFT_JIS_2004": scheme = .sjis
    case "BIG5", "GBK", "UHC": scheme = .big5
    case "GB18030": scheme = .gb18030
    case "JOHAB": scheme = .johab
    default: scheme = .singleByte
    }
  }

  /// An invalid character: where it starts and the bytes PostgreSQL quotes in its message.
  public struct InvalidSequence: Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var bytes: [UInt8]
    public var encodingName: String

    /// `invalid byte sequence for encoding "UTF8": 0xe9 0x27 0x29`
    public var message: String {
      let hex = bytes.map { byte in
        let digits = String(byte, radix: 16)
        return "0x" + (digits.count == 1 ? "0" + digits : digits)
      }
      return "invalid byte sequence for encoding \"\(encodingName)\": " + hex.joined(separator: " ")
    }
    public var description: String { message }
  }

  /// The outcome of checking a buffer.
  public enum Outcome: Sendable, Hashable {
    /// Every byte before `end` is valid.
    case valid
    /// The first invalid character.
    case invalid(InvalidSequence)
    /// Valid up to `offset`, where a character is cut by the end of the buffer (not final).
    case incomplete(at: Int)
  }

  /// Checks `buffer[from...]`. When `isFinal` is false, a character cut by the end of the buffer
  /// is `.incomplete` (check again from there with more bytes); when true it is invalid.
  public func check(_ buffer: UnsafeRawBufferPointer, from start: Int = 0, isFinal: Bool = true) -> Outcome {
    guard let raw = buffer.baseAddress, start < buffer.count else { return .valid }
    let base = raw.assumingMemoryBound(to: UInt8.self)
    let end = buffer.count
    var index = start
    while index < end {
      index = Self.skipASCII(base, from: index, to: end)
      guard index < end else { break }
      let byte = base[index]
      if byte == 0 { return .invalid(invalid(base, at: index, end: end)) }
      if byte < 0x80 {
        index += 1
        continue
      }
      let length = characterLength(base, at: index, end: end)
      if length > 0 {
        index += length
        continue
      }
      // Cut short by the end of the buffer, or invalid.
      if !isFinal && isPrefixOfValid(base, at: index, end: end) { return .incomplete(at: index) }
      return .invalid(invalid(base, at: index, end: end))
    }
    return .valid
  }

  /// Skips bytes 0x01–0x7F, 16 at a time.
  @inline(__always)
  static func skipASCII(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
    var index = start
    let raw = UnsafeRawPointer(base)
    let high = SIMD16<UInt8>(repeating: 0x80)
    let zero = SIMD16<UInt8>(repeating: 0)
    while index &+ 16 <= end {
      let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      if ByteSearch.anyLane(((chunk & high) .!= zero) .| (chunk .== zero)) { break }
      index &+= 16
    }
    while index < end, base[index] != 0, base[index] < 0x80 { index += 1 }
    return index
  }

  /// The length of the valid character starting with the high byte at `index`, or 0 when it is
  /// invalid or cut short (per encoding: wchar.c `pg_*_verifychar`).
  @inline(__always)
  func characterLength(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int {
    let available = end - index
    func at(_ offset: Int) -> UInt8 { base[index + offset] }
    func euc(_ byte: UInt8) -> Bool { byte >= 0xA1 && byte <= 0xFE }
    let lead = at(0)
    switch scheme {
    case .singleByte:
      return 1
    case .utf8:
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return 0
      }
      guard available >= length else { return 0 }
      let second = at(1)
      switch lead {
      case 0xE0: guard second >= 0xA0 && second <= 0xBF else { return 0 }
      case 0xED: guard second >= 0x80 && second <= 0x9F else { return 0 }
      case 0xF0: guard second >= 0x90 && second <= 0xBF else { return 0 }
      case 0xF4: guard second >= 0x80 && second <= 0x8F else { return 0 }
      default: guard second >= 0x80 && second <= 0xBF else { return 0 }
      }
      for offset in 2..<length where at(offset) < 0x80 || at(offset) > 0xBF { return 0 }
      return length
    case .eucJP:
      if lead == 0x8E {  // SS2: JIS X 0201 kana
        return available >= 2 && at(1) >= 0xA1 && at(1) <= 0xDF ? 2 : 0
      }
      if lead == 0x8F {  // SS3: JIS X 0212
        return available >= 3 && euc(at(1)) && euc(at(2)) ? 3 : 0
      }
      return available >= 2 && euc(lead) && euc(at(1)) ? 2 : 0
    case .eucKR:
      return available >= 2 && euc(lead) && euc(at(1)) ? 2 : 0
    case .eucTW:
      if lead == 0x8E {
        return available >= 4 && at(1) >= 0xA1 && at(1) <= 0xA7 && euc(at(2)) && euc(at(3)) ? 4 : 0
      }
      if lead == 0x8F { return 0 }
      return available >= 2 && euc(at(1)) ? 2 : 0
    case .mule:
      let length: Int
      switch lead {
      case 0x81...0x8D: length = 2  // LC1
      case 0x9A, 0x9B: length = 3  // LCPRV1
      case 0x90...0x99: length = 3  // LC2
      case 0x9C, 0x9D: length = 4  // LCPRV2
      default: length = 1
      }
      guard available >= length else { return 0 }
      for offset in 1..<max(length, 1) where at(offset) < 0x80 { return 0 }
      return length
    case .sjis:
      if lead >= 0xA1 && lead <= 0xDF { return 1 }  // half-width kana
      guard available >= 2 else { return 0 }
      let head = (lead >= 0x81 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xFC)
      let trail = (at(1) >= 0x40 && at(1) <= 0x7E) || (at(1) >= 0x80 && at(1) <= 0xFC)
      return head && trail ? 2 : 0
    case .big5:
      return available >= 2 && at(1) != 0 ? 2 : 0
    case .gb18030:
      if available >= 4 && at(1) >= 0x30 && at(1) <= 0x39 {
        let valid = lead >= 0x81 && lead <= 0xFE && at(2) >= 0x81 && at(2) <= 0xFE && at(3) >= 0x30 && at(3) <= 0x39
        return valid ? 4 : 0
      }
      guard available >= 2, lead >= 0x81 && lead <= 0xFE else { return 0 }
      let second = at(1)
      return (second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE) ? 2 : 0
    case .johab:
      let length = lead == 0x8F ? 3 : 2  // pg_johab_mblen is pg_euc_mblen
      guard available >= length else { return 0 }
      for offset in 1..<length where !euc(at(offset)) { return 0 }
      return length
    }
  }

  /// Whether the bytes from `index` to the end could still become a valid character.
  func isPrefixOfValid(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Bool {
    let available = end - index
    guard available < expectedLength(base[index], second: available > 1 ? base[index + 1] : nil) else { return false }
    // Complete the character with plausible continuations; if one makes it valid, it is merely cut.
    let templates: [[UInt8]] = [
      [0, 0x80, 0x80, 0x80], [0, 0xA0, 0x80, 0x80], [0, 0x90, 0x80, 0x80], [0, 0xA1, 0xA1, 0xA1],
      [0, 0x30, 0x81, 0x30], [0, 0x40, 0x40, 0x40],
    ]
    for template in templates {
      var probe = template
      for offset in 0..<min(available, 4) { probe[offset] = base[index + offset] }
      let length = probe.withUnsafeBufferPointer { buffer in
        buffer.baseAddress.map { characterLength($0, at: 0, end: 4) } ?? 0
      }
      if length > available { return true }
    }
    return false
  }

  /// The character length PostgreSQL assumes from the first byte (`pg_encoding_mblen`), which is
  /// how many bytes its error message quotes.
  func expectedLength(_ lead: UInt8, second: UInt8?) -> Int {
    guard lead >= 0x80 else { return 1 }
    switch scheme {
    case .singleByte: return 1
    case .utf8:
      if lead & 0xE0 == 0xC0 { return 2 }
      if lead & 0xF0 == 0xE0 { return 3 }
      if lead & 0xF8 == 0xF0 { return 4 }
      return 1
    case .eucJP: return lead == 0x8E ? 2 : lead == 0x8F ? 3 : 2
    case .eucKR: return 2
    case .eucTW: return lead == 0x8E ? 4 : lead == 0x8F ? 3 : 2
    case .mule:
      switch lead {
      case 0x81...0x8D: return 2
      case 0x9A, 0x9B, 0x90...0x99: return 3
      case 0x9C, 0x9D: return 4
      default: return 1
      }
    case .sjis: return lead >= 0xA1 && lead <= 0xDF ? 1 : 2
    case .big5: return 2
    case .gb18030:
      if let second, second >= 0x30 && second <= 0x39 { return 4 }
      return 2
    case .johab: return lead == 0x8F ? 3 : 2
    }
  }

  /// Whether bytes ≥ 0x80 need checking at all (single-byte encodings accept every one; 0xFF
  /// is then the only "high" value the row scanner stops at, and it is valid too).
  var checksHighBytes: Bool { scheme != .singleByte }

  /// The invalid character at `index`, worded for the error.
  func invalidSequence(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> InvalidSequence {
    invalid(base, at: index, end: end)
  }

  /// `report_invalid_encoding`: the character's bytes as far as its expected length goes.
  func invalid(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> InvalidSequence {
    let second: UInt8? = index + 1 < end ? base[index + 1] : nil
    let count = min(expectedLength(base[index], second: second), end - index)
    return InvalidSequence(
      offset: index, bytes: Array(UnsafeBufferPointer(start: base + index, count: max(count, 1))),
      encodingName: encoding.name)
  }
}
