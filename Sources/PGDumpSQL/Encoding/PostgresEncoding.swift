/// A PostgreSQL character encoding, as named in a dump's ENCODING entry or `SET client_encoding`.
///
/// Lookup follows `pg_char_to_encoding` (common/encnames.c): the name is compared with every
/// non-alphanumeric character removed and letters lowercased, against PostgreSQL's name and
/// alias table (`UTF-8`, `unicode`, `ISO-8859-1`, `win1252`, `Shift_JIS`, … all resolve).
public struct PostgresEncoding: Sendable, Hashable, CustomStringConvertible {
  /// The canonical name (`pg_enc2name_tbl`), e.g. `UTF8`, `LATIN1`, `EUC_JP`.
  public let name: String

  public var description: String { name }

  /// Client-only encodings cannot be a server encoding; their trail bytes can look like ASCII.
  public var isClientOnly: Bool { Self.clientOnly.contains(name) }

  /// Looks up a name or alias; nil when PostgreSQL would say "unrecognized encoding".
  public init?(name: String) {
    let key = String(name.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
    guard let canonical = Self.aliases[key] else { return nil }
    self.name = canonical
  }

  /// An encoding known by its canonical name.
  init(canonical: String) {
    self.name = canonical
  }

  static let clientOnly: Set<String> = ["SJIS", "BIG5", "GBK", "UHC", "GB18030", "JOHAB", "SHIFT_JIS_2004"]

  /// Normalised alias → canonical name (common/encnames.c, `pg_encname_tbl`).
  static let aliases: [String: String] = {
    var table: [String: String] = [
      "abc": "WIN1258", "alt": "WIN866", "big5": "BIG5", "euccn": "EUC_CN", "eucjis2004": "EUC_JIS_2004",
      "eucjp": "EUC_JP", "euckr": "EUC_KR", "euctw": "EUC_TW", "gb18030": "GB18030", "gbk": "GBK",
      "iso88591": "LATIN1", "iso885910": "LATIN6", "iso885913": "LATIN7", "iso885914": "LATIN8",
      "iso885915": "LATIN9", "iso885916": "LATIN10", "iso88592": "LATIN2", "iso88593": "LATIN3",
      "iso88594": "LATIN4", "iso88595": "ISO_8859_5", "iso88596": "ISO_8859_6", "iso88597": "ISO_8859_7",
      "iso88598": "ISO_8859_8", "iso88599": "LATIN5", "johab": "JOHAB", "koi8": "KOI8R", "koi8r": "KOI8R",
      "koi8u": "KOI8U", "mskanji": "SJIS", "muleinternal": "MULE_INTERNAL", "shiftjis": "SJIS",
      "shiftjis2004": "SHIFT_JIS_2004", "sjis": "SJIS", "sqlascii": "SQL_ASCII", "tcvn": "WIN1258",
      "tcvn5712": "WIN1258", "uhc": "UHC", "unicode": "UTF8", "utf8": "UTF8", "vscii": "WIN1258",
      "win": "WIN1251", "win866": "WIN866", "win874": "WIN874", "win932": "SJIS", "win936": "GBK",
      "win949": "UHC", "win950": "BIG5", "windows866": "WIN866", "windows874": "WIN874",
      "windows932": "SJIS", "windows936": "GBK", "windows949": "UHC", "windows950": "BIG5",
    ]
    for number in 1...10 { table["latin\(number)"] = "LATIN\(number)" }
    for number in 1250...1258 {
      table["win\(number)"] = "WIN\(number)"
      table["windows\(number)"] = "WIN\(number)"
    }
    return table
  }()
}
