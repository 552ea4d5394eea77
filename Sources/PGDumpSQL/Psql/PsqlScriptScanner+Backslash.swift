extension PsqlScriptScanner {
  /// A `\` outside quotes (psqlscan.l `"\\"[;:]` and `"\\"`, psqlscanslash.l): `\;` and `\:` put a
  /// literal character into the statement; anything else is a backslash command, whose name runs
  /// to whitespace or the next backslash and whose arguments run to the end of the line or `\\`.
  /// Returns false when the line is not complete in the buffer yet.
  func backslash(at start: Int, isFinal: Bool, _ sink: Sink) throws -> Bool {
    let count = storage.count
    guard start + 1 < count || isFinal else { return false }
    let next: UInt8? = start + 1 < count ? storage[start + 1] : nil
    if next == ASCII.semicolon || next == ASCII.colon {
      if statement.start == nil { statement.start = start }
      if next == ASCII.semicolon { statement.identifierCount = 0 }
      statement.significantCount += 1
      position = start + 2
      return true
    }
    let lineEnd = withLexBytes { bytes in
      guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return count }
      return ByteSearch.first(ASCII.newline, in: base, from: start, to: count)
    }
    guard lineEnd < count || isFinal else { return false }
    let (nameEnd, end) = withLexBytes { bytes in Self.metaCommandExtent(bytes, start: start, lineEnd: lineEnd) }
    var arguments = Array(storage[nameEnd..<end])
    if arguments.last == ASCII.backslash, arguments.count >= 2, arguments[arguments.count - 2] == ASCII.backslash {
      arguments.removeLast(2)
    }
    while let last = arguments.last, last.isSQLSpace(verticalTab: true) { arguments.removeLast() }
    while let first = arguments.first, first.isSQLSpace(verticalTab: true) { arguments.removeFirst() }
    let name = String(decoding: storage[(start + 1)..<nameEnd], as: UTF8.self)
    let command = MetaCommand(
      range: absolute(start)..<absolute(end), location: location(of: start), name: name, arguments: arguments)
    position = end
    try sink(.metaCommand(command))
    if name == "encoding", let text = String(validating: arguments, as: UTF8.self),
      let encoding = PostgresEncoding(name: text)
    {
      applyEncoding(encoding, from: end)
    }
    return true
  }

  /// The end of a command's name and of the whole command, given the end of its line.
  static func metaCommandExtent(_ bytes: UnsafeRawBufferPointer, start: Int, lineEnd: Int) -> (Int, Int) {
    var index = start + 1
    while index < lineEnd && !bytes[index].isSQLSpace(verticalTab: true) && bytes[index] != ASCII.backslash {
      index += 1
    }
    let nameEnd = index
    if index < lineEnd && bytes[index] == ASCII.backslash && index > start + 1 {
      return (nameEnd, index)  // `\a\b`: the next command starts here
    }
    var quote: UInt8? = nil
    while index < lineEnd {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == ASCII.quote || byte == ASCII.doubleQuote || byte == 0x60 {
        quote = byte
      } else if byte == ASCII.backslash && index + 1 < lineEnd && bytes[index + 1] == ASCII.backslash {
        return (nameEnd, index + 2)
      }
      index += 1
    }
    return (nameEnd, lineEnd)
  }
}
