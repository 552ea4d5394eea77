extension PostgresEncoding {
  public static let utf8 = PostgresEncoding(canonical: "UTF8")
  public static let sqlASCII = PostgresEncoding(canonical: "SQL_ASCII")

  /// GB18030: a lead byte starts a 2- or 4-byte character depending on the byte after it.
  var lengthDependsOnSecondByte: Bool { name == "GB18030" }

  /// The length of the character a byte ≥ 0x80 starts, per the encoding's `mblen` (wchar.c),
  /// for the encodings whose trail bytes can be ASCII. Others report 1: for them every byte is
  /// safe to lex on its own.
  func characterLength(lead: UInt8, second: UInt8?) -> Int {
    switch name {
    case "SJIS", "SHIFT_JIS_2004":
      return lead >= 0xA1 && lead <= 0xDF ? 1 : 2
    case "BIG5", "GBK", "UHC":
      return 2
    case "GB18030":
      if let second, second >= 0x30 && second <= 0x39 { return 4 }
      return 2
    case "JOHAB":
      // pg_johab_mblen is pg_euc_mblen: SS2 two bytes, SS3 three, other high bytes two.
      return lead == 0x8F ? 3 : 2
    default:
      return 1
    }
  }
}
