/// Masks secrets in SQL text before it reaches output meant for logs, errors or `--json`.
///
/// pg_dump stores user-mapping and server options verbatim in the TOC
/// (`OPTIONS (password 'x', "user" 'bob')`), and subscriptions' connection strings
/// (`CONNECTION 'host=h password=x'`). Every option whose name contains `password` has its quoted
/// value replaced by `********`, and so does `password=` inside a quoted connection string.
public enum SecretRedaction {
  public static let mask: [UInt8] = Array("********".utf8)

  /// Returns `text` with secrets masked, and whether anything was masked.
  public static func redact(_ text: [UInt8]) -> (text: [UInt8], redacted: Bool) {
    let lower = text.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    let keyword = Array("password".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.count)
    var redacted = false
    var index = 0
    while index < text.count {
      guard lower[index...].starts(with: keyword) else {
        out.append(text[index])
        index += 1
        continue
      }
      // Copy the option name (letters, digits, _ and a closing double quote), then find its value.
      var cursor = index
      while cursor < text.count, isNameByte(lower[cursor]) || text[cursor] == UInt8(ascii: "\"") { cursor += 1 }
      var valueStart = cursor
      while valueStart < text.count, text[valueStart] == 0x20 || text[valueStart] == 0x09 || text[valueStart] == 0x0A {
        valueStart += 1
      }
      if valueStart < text.count, text[valueStart] == UInt8(ascii: "=") {
        // conninfo style: password=value or password = 'value'
        valueStart += 1
        while valueStart < text.count, text[valueStart] == 0x20 { valueStart += 1 }
        out.append(contentsOf: text[index..<valueStart])
        let end = conninfoValueEnd(text, from: valueStart)
        if end > valueStart {
          out.append(contentsOf: mask)
          redacted = true
        }
        index = end
        continue
      }
      if valueStart < text.count, text[valueStart] == UInt8(ascii: "'") {
        // SQL option style: password 'value' (with '' for a quote inside)
        out.append(contentsOf: text[index...valueStart])
        var end = valueStart + 1
        while end < text.count {
          if text[end] == UInt8(ascii: "'") {
            if end + 1 < text.count, text[end + 1] == UInt8(ascii: "'") {
              end += 2
              continue
            }
            break
          }
          end += 1
        }
        out.append(contentsOf: mask)
        redacted = true
        index = end  // the closing quote is copied by the main loop
        continue
      }
      out.append(contentsOf: text[index..<cursor])
      index = cursor
    }
    return (out, redacted)
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "_")
  }

  /// End of a conninfo value: a single-quoted value (backslash escapes) or a bare word ending at
  /// white space or at the enclosing SQL literal's quote.
  private static func conninfoValueEnd(_ text: [UInt8], from start: Int) -> Int {
    var end = start
    if end < text.count, text[end] == UInt8(ascii: "'") {
      // Inside an SQL literal a conninfo quote is doubled: ''value''; outside it is single.
      end += 1
      while end < text.count, text[end] != UInt8(ascii: "'") { end += 1 }
      return min(end + 1, text.count)
    }
    while end < text.count, text[end] != 0x20, text[end] != UInt8(ascii: "'"), text[end] != 0x0A { end += 1 }
    return end
  }
}

/// Decodes dump text (in the dump's encoding) for JSON and messages.
public enum DumpText {
  /// UTF-8 for UTF8 and SQL_ASCII dumps, byte-to-code-point for LATIN1; other encodings are decoded
  /// as UTF-8 with U+FFFD for what does not decode (documented as lossy).
  public static func decode(_ bytes: [UInt8], encoding: String?) -> String {
    if encoding == "LATIN1" {
      var text = ""
      text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
      return text
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether ``decode(_:encoding:)`` keeps every byte's meaning.
  public static func isLossless(_ bytes: [UInt8], encoding: String?) -> Bool {
    if encoding == "LATIN1" { return true }
    return String(validating: bytes, as: UTF8.self) != nil
  }
}
