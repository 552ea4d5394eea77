import PGDumpSQL
import Testing

/// Byte validity per encoding, as wchar.c's verifiers decide, and PostgreSQL's error wording
/// (examples from lexer-and-compat.md §4, checked on real servers).
@Suite struct EncodingValidatorTests {
  static func check(_ bytes: [UInt8], _ name: String, isFinal: Bool = true) -> EncodingValidator.Outcome {
    let validator = EncodingValidator(encoding: PostgresEncoding(name: name) ?? .utf8)
    return bytes.withUnsafeBytes { validator.check($0, isFinal: isFinal) }
  }

  static func message(_ bytes: [UInt8], _ name: String) -> String? {
    if case .invalid(let sequence) = check(bytes, name) { return sequence.message }
    return nil
  }

  @Test("UTF-8: valid text of every length passes; long ASCII runs are skipped quickly")
  func validUTF8() {
    let text = Array(("plain ascii " + String(repeating: "x", count: 100) + " é € 😀 \u{10FFFF} \u{FFFF}").utf8)
    #expect(Self.check(text, "UTF8") == .valid)
  }

  @Test(
    "UTF-8 rejects overlongs, surrogates, code points above U+10FFFF, bad leads, NUL",
    arguments: [
      ([0xC0, 0xAF], "0xc0 0xaf"), ([0xE0, 0x80, 0x80], "0xe0 0x80 0x80"), ([0xED, 0xA0, 0x80], "0xed 0xa0 0x80"),
      ([0xF4, 0x90, 0x80, 0x80], "0xf4 0x90 0x80 0x80"), ([0xF8], "0xf8"), ([0x61, 0x00], "0x00"),
      ([0xE9, 0x27, 0x29], "0xe9 0x27 0x29"),
    ] as [([UInt8], String)])
  func invalidUTF8(bytes: [UInt8], quoted: String) {
    #expect(Self.message(bytes, "UTF8") == "invalid byte sequence for encoding \"UTF8\": \(quoted)")
  }

  @Test("a character cut by the end of the buffer is incomplete until the input is final")
  func cutCharacter() {
    let bytes: [UInt8] = [0x61, 0xE2, 0x82]
    #expect(Self.check(bytes, "UTF8", isFinal: false) == .incomplete(at: 1))
    #expect(Self.message(bytes, "UTF8") == "invalid byte sequence for encoding \"UTF8\": 0xe2 0x82")
    #expect(Self.check([0x81, 0x30], "GB18030", isFinal: false) == .incomplete(at: 0))
    #expect(Self.check([0xE0, 0x80], "UTF8", isFinal: false) != .incomplete(at: 0))
  }

  @Test("the error's offset is where the bad character starts")
  func offset() {
    guard case .invalid(let sequence) = Self.check(Array("abcdefghijklmnopqrstuvwxyz".utf8) + [0xFF], "UTF8") else {
      Issue.record("expected invalid")
      return
    }
    #expect(sequence.offset == 26)
  }

  @Test("EUC_JP: SS2 kana, SS3 three-byte, two-byte EUC; bad trail bytes fail")
  func eucJP() {
    #expect(Self.check([0xA4, 0xA2, 0x8E, 0xB1, 0x8F, 0xA1, 0xA1], "EUC_JP") == .valid)
    #expect(Self.message([0x8E, 0xE0], "EUC_JP") == "invalid byte sequence for encoding \"EUC_JP\": 0x8e 0xe0")
    #expect(Self.message([0xA4, 0x41], "EUC_JP") != nil)
  }

  @Test("SJIS: half-width kana alone, lead/trail pairs; 0xA0 alone is invalid")
  func sjis() {
    #expect(Self.check([0x82, 0xA0, 0xB1, 0x95, 0x5C], "SJIS") == .valid)
    #expect(Self.message([0xA0, 0x41], "SJIS") != nil)
  }

  @Test("GB18030: two- and four-byte forms")
  func gb18030() {
    #expect(Self.check([0x81, 0x40, 0x81, 0x30, 0x81, 0x30], "GB18030") == .valid)
    #expect(Self.message([0x81, 0x30, 0x30, 0x30], "GB18030") != nil)
  }

  @Test("JOHAB takes only EUC-range trail bytes, as PostgreSQL does (0x84 0x44 fails)")
  func johab() {
    #expect(Self.message([0x84, 0x44], "JOHAB") == "invalid byte sequence for encoding \"JOHAB\": 0x84 0x44")
  }

  @Test("single-byte encodings accept every byte but NUL")
  func singleByte() {
    let all = (1...255).map { UInt8($0) }
    for name in ["LATIN1", "WIN1252", "KOI8R", "SQL_ASCII"] {
      #expect(Self.check(all, name) == .valid, "\(name)")
      #expect(Self.message([0x41, 0x00], name) != nil, "\(name)")
    }
  }
}
