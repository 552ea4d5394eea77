/// The exact text psql sends for a statement, from the statement's bytes in the script.
///
/// psql reads its input a line at a time and joins the lines of a statement with `\n` (MainLoop),
/// so a line that is empty outside any quote or comment (`psql_scan_in_quote`) disappears, and a
/// statement sent at the end of input has no final newline. `\;` and `\:` go to the server as `;`
/// and `:`; a backslash command inside the statement is run, not sent (its text, to the end of
/// the line or `\\`, is left out). Everything else is sent as written, including `--` comments
/// inside the statement (psql 15+) and CRs before line ends. pg_dump output has none of these
/// cases, so for dumps this is the statement's byte range unchanged.
public enum PsqlSentText {
  public static func text(of statement: some Collection<UInt8>, dialect: SQLDialect = SQLDialect()) -> [UInt8] {
    let bytes = Array(statement)
    let lexer = SQLLexer(dialect: dialect)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, let token = lexer.token(in: buffer, at: offset, isFinal: true) {
        let slice = bytes[token.range]
        offset = token.end
        switch token.kind {
        case .whitespace:
          appendDroppingEmptyLines(slice, to: &result)
        case .other where slice.first == ASCII.backslash:
          let next: UInt8? = token.end < bytes.count ? bytes[token.end] : nil
          if next == ASCII.semicolon || next == ASCII.colon { break }  // the character follows as its own token
          // A backslash command: psql runs it; its text never reaches the buffer.
          var lineEnd = token.start
          while lineEnd < bytes.count && bytes[lineEnd] != ASCII.newline { lineEnd += 1 }
          offset = PsqlScriptScanner.metaCommandExtent(buffer, start: token.start, lineEnd: lineEnd).1
        case .string, .escapeString, .nationalString, .bitString, .hexString, .unicodeString:
          let escapes =
            token.kind == .escapeString
            || (!dialect.standardConformingStrings && (token.kind == .string || token.kind == .nationalString))
          appendContinuedString(slice, escapes: escapes, to: &result)
        default:
          result.append(contentsOf: slice)
        }
      }
    }
    // Sent at the end of input (no terminating `;`): psql never adds a newline after the last line.
    if bytes.last != ASCII.semicolon {
      while result.last == ASCII.newline { result.removeLast() }
    }
    return result
  }

  /// Whitespace outside quotes: a newline right after a newline ends an empty line, which psql
  /// never adds to its buffer.
  static func appendDroppingEmptyLines(_ slice: ArraySlice<UInt8>, to result: inout [UInt8]) {
    for byte in slice {
      if byte == ASCII.newline && result.last == ASCII.newline { continue }
      result.append(byte)
    }
  }

  /// A literal continued across lines (`'a'` newline `'b'`): the gaps between its parts are
  /// outside quotes, so their empty lines are dropped too.
  static func appendContinuedString(_ slice: ArraySlice<UInt8>, escapes: Bool, to result: inout [UInt8]) {
    var inside = false
    var index = slice.startIndex
    var sawQuote = false
    while index < slice.endIndex {
      let byte = slice[index]
      if inside && escapes && byte == ASCII.backslash && index + 1 < slice.endIndex {
        result.append(contentsOf: slice[index...(index + 1)])
        index += 2
        continue
      }
      if byte == ASCII.quote {
        if inside, index + 1 < slice.endIndex, slice[index + 1] == ASCII.quote {
          result.append(byte)
          result.append(byte)
          index += 2
          continue
        }
        inside.toggle()
        sawQuote = true
      } else if !inside && sawQuote && byte == ASCII.newline && result.last == ASCII.newline {
        index += 1
        continue
      }
      result.append(byte)
      index += 1
    }
  }
}
