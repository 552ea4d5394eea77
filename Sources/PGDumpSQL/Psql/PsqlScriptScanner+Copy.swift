/// Progress through one COPY data block.
struct CopyState {
  /// Buffer index of the first data byte not yet reported.
  var dataStart = 0
  /// Absolute offset of the first data byte.
  var blockStart: Int64 = 0
  var location = SourceLocation(line: 1, column: 1)
  var atLineStart = true
  var rows: Int64 = 0
  var fields: Int64 = 0
}

extension PsqlScriptScanner {
  /// After `COPY … FROM STDIN;`: psql reads the data from the next line of input. Whitespace left
  /// on the COPY line is skipped; other text there is lexed as SQL first (psql would scan it after
  /// the data — a difference only for hand-written scripts).
  func skipToCopyData(isFinal: Bool, _ sink: Sink) throws -> Bool {
    let count = storage.count
    var index = position
    while index < count {
      let byte = storage[index]
      if byte == ASCII.newline {
        position = index + 1
        startCopy()
        return true
      }
      guard byte.isSQLSpace(verticalTab: true) else {
        // Not just whitespace: lex one token, then look again.
        position = index
        guard let token = withLexBytes({ lexer.token(in: $0, at: index, isFinal: isFinal) }) else { return false }
        if token.kind == .other && storage[index] == ASCII.backslash {
          guard try backslash(at: index, isFinal: isFinal, sink) else { return false }
          return true
        }
        if statement.start == nil && (token.kind == .whitespace || token.kind == .lineComment) {
          position = token.end
          return true
        }
        mode = .sql
        let progressed = try scanOneSQLToken(token, sink)
        if mode == .sql { mode = .copyPending }
        return progressed
      }
      index += 1
    }
    position = count
    if isFinal {
      startCopy()
      return true
    }
    return false
  }

  /// Handles one already-lexed token in SQL mode.
  func scanOneSQLToken(_ token: SQLToken, _ sink: Sink) throws -> Bool {
    if statement.start == nil { statement.start = token.start }
    if options.reportsTokens { try sink(.token(shifted(token), offset: storageBase)) }
    position = token.end
    if !token.isTrivia { try track(token, sink) }
    return true
  }

  func startCopy() {
    mode = .copy
    copy = CopyState()
    copy.dataStart = position
    copy.blockStart = absolute(position)
    copy.location = location(of: position)
  }

  /// Scans data lines up to the `\.` line (psql's handleCopyIn: the marker is recognised only at
  /// the start of a line, followed by LF or CRLF; end of input also ends the data).
  func scanCopy(isFinal: Bool, _ sink: Sink) throws -> Bool {
    let count = storage.count
    let countsFields = options.countsCopyFields
    var markerLength = 0
    var ended = false
    storage.withUnsafeBytes { raw in
      guard let bytes = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
      var index = position
      while true {
        if copy.atLineStart {
          let available = count - index
          if available >= 2 && bytes[index] == ASCII.backslash && bytes[index + 1] == ASCII.period {
            if available >= 3 && bytes[index + 2] == ASCII.newline {
              markerLength = 3
            } else if available >= 4 && bytes[index + 2] == ASCII.carriageReturn && bytes[index + 3] == ASCII.newline {
              markerLength = 4
            } else if !isFinal && (available == 2 || (available == 3 && bytes[index + 2] == ASCII.carriageReturn)) {
              break  // cannot tell yet
            }
            // `\.` at the very end without a newline is no marker to psql: it is sent as data.
            if markerLength > 0 {
              ended = true
              break
            }
          } else if available == 0 || (available == 1 && bytes[index] == ASCII.backslash && !isFinal) {
            if isFinal && available == 0 { ended = true }
            break
          }
        }
        if !countsFields {
          // In bulk up to the next line that starts with a backslash (the only place a marker
          // can be): rows and newlines counted 16 bytes at a time, no stop per line.
          let next = ByteSearch.firstLineStartingWithBackslash(in: bytes, from: index, to: count)
          let newlines = ByteSearch.count(ASCII.newline, in: bytes, from: index, to: next)
          if next > index {
            let endsLine = bytes[next - 1] == ASCII.newline
            copy.rows += Int64((copy.atLineStart ? 1 : 0) + newlines - (endsLine ? 1 : 0))
            copy.atLineStart = endsLine
            // Keep the line counter up to date, so no later pass counts these newlines again.
            if lines.countedTo == absolute(index) {
              lines.line += newlines
              lines.countedTo = absolute(next)
              if newlines > 0 {
                var last = next - 1
                while bytes[last] != ASCII.newline { last -= 1 }
                lines.lineStart = absolute(last + 1)
              }
            }
          }
          index = next
          if next == count {
            if isFinal { ended = true }
            break
          }
          continue
        }
        let lineEnd = ByteSearch.first(ASCII.newline, in: bytes, from: index, to: count)
        if countsFields && copy.atLineStart {
          copy.fields += Int64(ByteSearch.count(ASCII.tab, in: bytes, from: index, to: lineEnd)) + 1
        } else if countsFields {
          copy.fields += Int64(ByteSearch.count(ASCII.tab, in: bytes, from: index, to: lineEnd))
        }
        if lineEnd == count {
          // A line not complete yet (or the last line, without a newline, at end of input).
          if copy.atLineStart && index < count { copy.rows += 1 }
          copy.atLineStart = false
          index = count
          if isFinal { ended = true }
          break
        }
        if copy.atLineStart { copy.rows += 1 }
        copy.atLineStart = true
        index = lineEnd + 1
      }
      position = index
    }
    let progressed = position > copy.dataStart || ended
    if position > copy.dataStart {
      try storage.withUnsafeBytes { bytes in
        try sink(.copyData(UnsafeRawBufferPointer(rebasing: bytes[copy.dataStart..<position]), offset: absolute(copy.dataStart)))
      }
      copy.dataStart = position
    }
    if ended {
      let dataEnd = absolute(position)
      let marker: Range<Int64>? = markerLength > 0 ? dataEnd..<(dataEnd + Int64(markerLength)) : nil
      position += markerLength
      let block = CopyBlock(
        dataRange: copy.blockStart..<dataEnd, markerRange: marker, rows: copy.rows, location: copy.location,
        fields: copy.fields)
      mode = .sql
      copy.dataStart = position
      try sink(.copyEnd(block))
    }
    return progressed
  }
}
