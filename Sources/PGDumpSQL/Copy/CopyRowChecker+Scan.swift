extension CopyRowChecker {
  /// Checks every complete line of `base[0..<count]` (absolute offset `offset`) in one pass and
  /// returns where the last, incomplete line starts (`count` when there is none). With `isFinal`
  /// the buffer ends the data and its last line is checked as it is.
  ///
  /// The pass reads 16 bytes at a time and stops only at bytes that need a look — newline,
  /// control bytes other than tab, backslash, and bytes ≥ 0x80 in multibyte encodings. So a row
  /// of plain ASCII costs a few vector operations per 16 bytes, an escape costs one stop, and a
  /// run of multibyte text is validated character by character without going back to the vector
  /// loop in between. Tabs are counted per line when its end is reached (the line is still in
  /// the L1 cache then), less the ones an escape took.
  ///
  /// A line is incomplete when its newline is not in the buffer, and also when the buffer ends
  /// inside an escape or a character (not final): it is then checked again, whole, with the next
  /// chunk — so a line's verdict never depends on where the chunks were cut.
  mutating func scanLines(
    _ base: UnsafePointer<UInt8>, count: Int, at offset: Int64, isFinal: Bool, _ report: (Problem) -> Void
  ) -> Int {
    let validator = self.validator
    let checksHigh = validator.checksHighBytes
    let isUTF8 = validator.scheme == .utf8
    // BIG5, GBK and UHC take any byte but NUL as a second byte, a tab included: it is then part
    // of the character, not a delimiter.
    let tabMayTrail = validator.scheme == .big5
    let highLimit: UInt8 = checksHigh ? 0x80 : 0xFF
    let raw = UnsafeRawPointer(base)
    let controls = SIMD16<UInt8>(repeating: 0x0E)
    let signedControls = SIMD16<Int8>(repeating: 0x0E)
    let backslashes = SIMD16<UInt8>(repeating: ASCII.backslash)
    let tabs = SIMD16<UInt8>(repeating: ASCII.tab)
    var lineStart = 0
    var index = 0
    var facts = LineFacts()
    // The last 16-byte block read, and its bytes that need a look (bit k: byte blockStart + k).
    // After a byte is handled, the rest of the block's bits are used without reading it again.
    var blockStart = -16
    var blockBits: UInt16 = 0

    while true {
      // The next byte that needs a look.
      let intoBlock = index &- blockStart
      var bits: UInt16 = intoBlock < 16 ? blockBits & (0xFFFF &<< UInt16(intoBlock)) : 0
      if bits == 0 {
        var start = max(blockStart &+ 16, index)
        while start &+ 16 <= count {
          let block = raw.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
          // Control bytes but tab, backslash, and (multibyte encodings) bytes ≥ 0x80: as signed
          // bytes, those are all below 0x0E, so one comparison finds both.
          let low =
            checksHigh
            ? unsafeBitCast(block, to: SIMD16<Int8>.self) .< signedControls
            : block .< controls
          let special = (low .& (block .!= tabs)) .| (block .== backslashes)
          if ByteSearch.anyLane(special) {
            blockStart = start
            blockBits = ByteSearch.laneBits(special)
            bits = blockBits
            break
          }
          start &+= 16
        }
        if bits == 0 {
          // Fewer than 16 bytes left: one at a time.
          while start < count {
            let byte = base[start]
            if (byte < 0x0E && byte != ASCII.tab) || byte == ASCII.backslash || byte >= highLimit { break }
            start &+= 1
          }
          guard start < count else {
            // The buffer ends inside a line.
            if lineStart == count { return count }
            guard isFinal else { return lineStart }
            endLine(base, start: lineStart, end: count, terminated: false, facts: facts, at: offset, report)
            return count
          }
          // No block: the next search starts after this byte.
          blockStart = start &- 16
          blockBits = 0
          index = start
        } else {
          index = blockStart &+ bits.trailingZeroBitCount
        }
      } else {
        index = blockStart &+ bits.trailingZeroBitCount
      }

      let byte = base[index]
      switch byte {
      case ASCII.newline:
        // The common case inline: nothing seen, LF endings, the right number of fields.
        if crlf == false && !sawEndMarker && facts.problem == nil && !facts.markerAtStart && !facts.madeHighBytes
          && (index == lineStart || base[index &- 1] != ASCII.carriageReturn)
          && (expectedFields.map {
            $0 == 1 &+ ByteSearch.count(ASCII.tab, in: base, from: lineStart, to: index) &- facts.escapedTabs
          } ?? true)
        {
          lines &+= 1
        } else {
          endLine(base, start: lineStart, end: index, terminated: true, facts: facts, at: offset, report)
        }
        index &+= 1
        lineStart = index
        facts = LineFacts()
        continue
      case ASCII.backslash:
        guard index &+ 1 < count else {
          guard isFinal else { return lineStart }
          index &+= 1  // a backslash at the very end of the data: data
          continue
        }
        let next = base[index &+ 1]
        if next == ASCII.newline {
          index &+= 1  // a backslash at the end of a line: data; the newline ends the line
        } else if next == ASCII.period {
          // An end-of-copy marker: alone on its line, or a problem; the line's end decides.
          if index == lineStart {
            facts.markerAtStart = true
          } else if facts.problem == nil {
            facts.problem = (.markerNotAlone, index)
          }
          index = ByteSearch.first(ASCII.newline, in: base, from: index, to: count)
        } else if next.isOctalDigit || next == 0x78 {
          if next == 0x78 && (index &+ 2 == count && !isFinal) { return lineStart }
          guard next != 0x78 || (index &+ 2 < count && base[index &+ 2].isHexDigit) else {
            index &+= 2  // `\x` without a hex digit is the letter x
            continue
          }
          let (value, length) = Self.escapedByte(base, at: index, end: count)
          if index &+ length == count && !isFinal { return lineStart }  // more digits may follow
          if value == 0 || value >= 0x80 { facts.madeHighBytes = true }
          index &+= length
        } else if next >= highLimit {
          index &+= 1  // the escape takes the character's first byte as it is: check the character
        } else {
          if next == ASCII.tab { facts.escapedTabs &+= 1 }
          index &+= 2  // \N, \\, \t, a backslash before a raw tab, …
        }
      case ASCII.carriageReturn:
        guard index &+ 1 < count else {
          guard isFinal else { return lineStart }
          if facts.problem == nil { facts.problem = (.literalCarriageReturn, index) }
          index &+= 1
          continue
        }
        if base[index &+ 1] == ASCII.newline {
          index &+= 1  // CRLF: the newline ends the line, and the line's end judges the CR
        } else {
          if facts.problem == nil { facts.problem = (.literalCarriageReturn, index) }
          index = ByteSearch.first(ASCII.newline, in: base, from: index, to: count)
        }
      case 0:
        if facts.problem == nil { facts.problem = (.invalidEncoding, index) }
        index = ByteSearch.first(ASCII.newline, in: base, from: index, to: count)
      case ..<0x0E:
        index &+= 1  // another control byte: data to COPY
      default:
        // A run of multibyte characters.
        repeat {
          let length =
            isUTF8 ? Self.utf8CharacterLength(base, at: index, end: count)
            : validator.characterLength(base, at: index, end: count)
          if length == 0 {
            if !isFinal && validator.isPrefixOfValid(base, at: index, end: count) { return lineStart }
            if facts.problem == nil { facts.problem = (.invalidEncoding, index) }
            index = ByteSearch.first(ASCII.newline, in: base, from: index, to: count)
            break
          }
          if tabMayTrail && length == 2 && base[index &+ 1] == ASCII.tab { facts.escapedTabs &+= 1 }
          index &+= length
        } while index < count && base[index] >= highLimit
      }
    }
  }

  /// `pg_utf8_islegal` for the character at `index` (a byte ≥ 0x80): its length, or 0 when it is
  /// invalid or cut short. The same answer as ``EncodingValidator/characterLength`` for UTF-8,
  /// small enough to inline into the scan's loop over multibyte runs.
  @inline(__always)
  static func utf8CharacterLength(_ base: UnsafePointer<UInt8>, at index: Int, end: Int) -> Int {
    let lead = base[index]
    if lead < 0xE0 {
      guard lead >= 0xC2, index &+ 1 < end, base[index &+ 1] & 0xC0 == 0x80 else { return 0 }
      return 2
    }
    if lead < 0xF0 {
      guard index &+ 2 < end else { return 0 }
      let second = base[index &+ 1]
      let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
      let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
      guard second >= low, second <= high, base[index &+ 2] & 0xC0 == 0x80 else { return 0 }
      return 3
    }
    guard lead <= 0xF4, index &+ 3 < end else { return 0 }
    let second = base[index &+ 1]
    let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
    let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
    guard second >= low, second <= high, base[index &+ 2] & 0xC0 == 0x80, base[index &+ 3] & 0xC0 == 0x80 else {
      return 0
    }
    return 4
  }
}
