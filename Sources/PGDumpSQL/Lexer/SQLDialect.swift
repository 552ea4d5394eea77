/// The lexical rules of one PostgreSQL server major version, plus the session settings that change
/// how the server's lexer (scan.l) reads a query string.
///
/// The differences between versions are few and all lexical:
/// - 15 made text stuck to a number or parameter an error ("trailing junk after numeric literal");
/// - 16 added `_` digit separators and `0x`/`0o`/`0b` integers;
/// - 17 made VT whitespace and added the `\v` escape (commit ae6d06f, "Handle \v as a whitespace
///   character in parsers"; 16.2 still rejects VT and reads `E'\v'` as `v`);
/// - 18 added "parameter number too large" (17.10 still wraps `$2147483648` to a negative number).
public struct SQLDialect: Sendable, Hashable {
  /// The server major version whose lexer to mirror (10…18; later versions behave as 18).
  public var serverMajor: Int
  /// `standard_conforming_strings`: when off, `'…'` is lexed like `E'…'`.
  public var standardConformingStrings: Bool
  /// True when the client encoding is client-only (SJIS, BIG5, GBK, UHC, GB18030, JOHAB,
  /// SHIFT_JIS_2004): `\'` is then refused under the default `backslash_quote = safe_encoding`.
  public var clientEncodingIsClientOnly: Bool

  public init(serverMajor: Int = 18, standardConformingStrings: Bool = true, clientEncodingIsClientOnly: Bool = false) {
    self.serverMajor = serverMajor
    self.standardConformingStrings = standardConformingStrings
    self.clientEncodingIsClientOnly = clientEncodingIsClientOnly
  }

  /// 15+: identifier text glued to a number or `$n` is an error, not a second token.
  var rejectsTrailingJunk: Bool { serverMajor >= 15 }
  /// 16+: `1_000`, `0x1F`, `0o17`, `0b101`.
  var hasModernIntegers: Bool { serverMajor >= 16 }
  /// 17+: vertical tab (0x0B) is whitespace and `\v` an escape in `E''` (not yet in 16).
  var hasVerticalTab: Bool { serverMajor >= 17 }
  /// 18+: `$n` beyond int32 is "parameter number too large" (17 and earlier wrap it silently).
  var checksParameterOverflow: Bool { serverMajor >= 18 }
}
