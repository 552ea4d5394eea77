/// Checks COPY text-format data the way the server's COPY FROM will read it (copyfromparse.c
/// `CopyReadLineText`, `CopyReadAttributesText`), fed in chunks of any size and read in one
/// pass (``scanLines(_:count:at:isFinal:_:)``); each line gets the server's verdict at its end:
///
/// - the number of fields against the column list ("extra data after last expected column",
///   `missing data for column "c"`);
/// - line endings: the first line fixes LF or CRLF ("literal carriage return found in data",
///   "literal newline found in data");
/// - an end-of-copy marker (`\.`) inside a row: an error for 18 ("end-of-copy marker is not
///   alone on its line"); up to 17 text after it is "end-of-copy marker corrupt", and a row
///   ending in it makes the server stop there, silently dropping the rest;
/// - every byte valid in the client encoding, including bytes made by `\ooo` and `\xhh`
///   escapes (`invalid byte sequence for encoding …`).
///
/// Memory: the longest line, when a line is cut by a chunk boundary; nothing else grows.
public struct CopyRowChecker {
  public struct Problem: Sendable, Hashable {
    public enum Code: String, Sendable, CaseIterable {
      case extraData = "copy-extra-data"
      case missingData = "copy-missing-data"
      case literalCarriageReturn = "copy-literal-cr"
      case literalNewline = "copy-literal-newline"
      case markerNotAlone = "copy-marker-not-alone"
      case invalidEncoding = "copy-invalid-encoding"
      case dataAfterMarker = "copy-data-after-marker"
    }

    public var code: Code
    public var message: String
    /// The line number within the COPY data, from 1, as the server's CONTEXT counts it.
    public var line: Int64
    /// Absolute offset of the offending byte (or of the line).
    public var offset: Int64
  }

  let columns: [String]?
  /// The field count a good row has: the column count (an empty list takes one empty field).
  let expectedFields: Int?
  let validator: EncodingValidator
  let targetMajor: Int
  /// Line ending style, from the first line: nil until known; true for CRLF.
  var crlf: Bool? = nil
  /// The current line's bytes when it began in an earlier chunk.
  var carried: [UInt8] = []
  var carriedStart: Int64 = 0
  public internal(set) var lines: Int64 = 0
  /// Whether a line that is exactly `\.` was seen (archives carry it inside the data).
  public private(set) var sawEndMarker = false
  /// Problems found so far (each line reports at most one, as the server stops at the first).
  public private(set) var problemCount = 0

  /// - Parameters:
  ///   - columns: the COPY column list (nil: do not check field counts).
  ///   - encoding: the client encoding the data is in.
  ///   - targetMajor: the server major that will read it (18 is stricter about `\.`).
  public init(columns: [String]?, encoding: PostgresEncoding, targetMajor: Int = 18) {
    self.columns = columns
    self.expectedFields = columns.map { max($0.count, 1) }
    self.validator = EncodingValidator(encoding: encoding)
    self.targetMajor = targetMajor
  }

  /// Checks the next chunk of data, which starts at absolute `offset`.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, at offset: Int64, _ report: (Problem) -> Void) {
    guard let raw = chunk.baseAddress, chunk.count > 0 else { return }
    let base = raw.assumingMemoryBound(to: UInt8.self)
    var start = 0
    if !carried.isEmpty {
      // Complete the line begun in an earlier chunk, then check it on its own.
      let newline = ByteSearch.first(ASCII.newline, in: base, from: 0, to: chunk.count)
      if newline == chunk.count {
        carried.append(contentsOf: chunk)
        return
      }
      carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[...newline]))
      let lineStart = carriedStart
      var line = carried
      carried = []
      line.withUnsafeBufferPointer { buffer in
        guard let pointer = buffer.baseAddress else { return }
        let consumed = scanLines(pointer, count: buffer.count, at: lineStart, isFinal: false, report)
        assert(consumed == buffer.count, "a line ending in a newline is complete")
      }
      line.removeAll(keepingCapacity: true)
      carried = line
      start = newline + 1
    }
    let rest = scanLines(base + start, count: chunk.count - start, at: offset + Int64(start), isFinal: false, report)
    if start + rest < chunk.count {
      carriedStart = offset + Int64(start + rest)
      carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[(start + rest)...]))
    }
  }

  /// The end of the data: a last line without a newline is checked too.
  public mutating func finish(_ report: (Problem) -> Void) {
    guard !carried.isEmpty else { return }
    let lineStart = carriedStart
    let line = carried
    carried = []
    line.withUnsafeBufferPointer { buffer in
      guard let pointer = buffer.baseAddress else { return }
      _ = scanLines(pointer, count: buffer.count, at: lineStart, isFinal: true, report)
    }
  }

  /// What the scan of one line found before reaching its end. Line-level verdicts wait for the
  /// end because the server's order of checks puts the line ending first.
  struct LineFacts {
    /// Tabs an escape took (`\` before a raw tab): data, not separators.
    var escapedTabs = 0
    /// An octal or hex escape made a NUL or a byte ≥ 0x80: decoded fields must be checked.
    var madeHighBytes = false
    /// The line starts with `\.`: the end-of-copy marker if nothing else is on the line.
    var markerAtStart = false
    /// The first problem inside the line, at this buffer index.
    var problem: (code: Problem.Code, at: Int)? = nil
  }

  /// The server's verdict on one line, `base[start..<end]` (`end` is the newline, or the end of
  /// the data for a last line without one), mirroring `CopyReadLineText` (line endings, the
  /// marker) and then `CopyReadAttributesText` (fields, escapes).
  mutating func endLine(
    _ base: UnsafePointer<UInt8>, start: Int, end: Int, terminated: Bool, facts: LineFacts, at offset: Int64,
    _ report: (Problem) -> Void
  ) {
    let hasCR = end > start && base[end - 1] == ASCII.carriageReturn
    let bareLength = (hasCR ? end - 1 : end) - start
    if facts.markerAtStart && bareLength == 2 {
      sawEndMarker = true
      return
    }
    if sawEndMarker {
      // pg_dump puts blank lines after the marker; anything else never reaches a table.
      if bareLength > 0 {
        problemCount += 1
        report(
          Problem(
            code: .dataAfterMarker, message: "data after the end-of-copy marker would be ignored", line: lines + 1,
            offset: offset + Int64(start)))
      }
      return
    }
    lines += 1
    let number = lines
    func problem(_ code: Problem.Code, _ message: String, at position: Int) {
      problemCount += 1
      report(Problem(code: code, message: message, line: number, offset: offset + Int64(position)))
    }
    // Line ending: the first line decides.
    let endsWithCR = hasCR && terminated
    if crlf == nil && terminated { crlf = endsWithCR }
    if endsWithCR && crlf == false {
      problem(.literalCarriageReturn, "literal carriage return found in data", at: end - 1)
      return
    }
    if !endsWithCR && crlf == true && terminated {
      problem(.literalNewline, "literal newline found in data", at: end)
      return
    }
    let contentEnd = endsWithCR ? end - 1 : end
    if facts.markerAtStart {
      problem(.markerNotAlone, markerMessage(at: start, contentEnd: contentEnd), at: start)
      return
    }
    if let inside = facts.problem {
      let message: String
      switch inside.code {
      case .markerNotAlone: message = markerMessage(at: inside.at, contentEnd: contentEnd)
      case .invalidEncoding: message = validator.invalidSequence(base, at: inside.at, end: contentEnd).message
      default: message = "literal carriage return found in data"
      }
      problem(inside.code, message, at: inside.at)
      return
    }
    if facts.madeHighBytes,
      let sequence = Self.invalidEscapedBytes(base + start, count: contentEnd - start, validator: validator)
    {
      problem(.invalidEncoding, sequence.message, at: start + sequence.offset)
      return
    }
    guard columns != nil else { return }
    let fields = 1 + ByteSearch.count(ASCII.tab, in: base, from: start, to: contentEnd) - facts.escapedTabs
    checkFieldCount(fields, at: contentEnd) { code, message, position in problem(code, message, at: position) }
  }

  /// An end-of-copy marker inside a row: 18 rejects it; up to 17 text after it is "corrupt", and
  /// a row ending in it makes the server stop there.
  func markerMessage(at index: Int, contentEnd: Int) -> String {
    if targetMajor >= 18 { return "end-of-copy marker is not alone on its line" }
    return index + 2 < contentEnd
      ? "end-of-copy marker corrupt"
      : "end-of-copy marker at the end of a row: the server stops reading here and drops the rows after it"
  }

  func checkFieldCount(_ fields: Int, at end: Int, _ problem: (Problem.Code, String, Int) -> Void) {
    guard let columns else { return }
    if fields > columns.count && !(columns.isEmpty && fields == 1) {
      problem(.extraData, "extra data after last expected column", end)
    } else if fields < columns.count {
      problem(.missingData, "missing data for column \"\(columns[fields])\"", end)
    }
  }

  /// The byte a COPY text escape `\c` stands for, for every `c` other than digits and `x`
  /// (copyfromparse.c `CopyReadAttributesText`): `\b \f \n \r \t \v`, else `c` itself.
  @inline(__always)
  public static func unescaped(_ character: UInt8) -> UInt8 {
    switch character {
    case 0x62: 0x08
    case 0x66: 0x0C
    case 0x6E: 0x0A
    case 0x72: 0x0D
    case 0x74: 0x09
    case 0x76: 0x0B
    default: character
    }
  }

  /// `\ooo` (1–3 octal digits) or `\xh`/`\xhh` at `index`: the byte and the escape's length.
  public static func escapedByte(_ bytes: UnsafePointer<UInt8>, at index: Int, end: Int) -> (UInt8, Int) {
    var value: UInt32 = 0
    var length = 1
    if bytes[index + 1] == 0x78 {
      length = 2
      while length < 4, index + length < end, bytes[index + length].isHexDigit {
        value = value << 4 | bytes[index + length].hexValue
        length += 1
      }
    } else {
      while length < 4, index + length < end, bytes[index + length].isOctalDigit {
        value = value << 3 | UInt32(bytes[index + length] &- 0x30)
        length += 1
      }
    }
    return (UInt8(truncatingIfNeeded: value), length)
  }

  /// Decodes each field's escapes and checks the bytes, as `CopyReadAttributesText` does when an
  /// escape made a NUL or high byte.
  static func invalidEscapedBytes(
    _ bytes: UnsafePointer<UInt8>, count: Int, validator: EncodingValidator
  ) -> EncodingValidator.InvalidSequence? {
    var field: [UInt8] = []
    var fieldStart = 0
    var index = 0
    func checkField() -> EncodingValidator.InvalidSequence? {
      let result = field.withUnsafeBytes { validator.check($0) }
      if case .invalid(var sequence) = result {
        sequence.offset = fieldStart
        return sequence
      }
      return nil
    }
    while index <= count {
      if index == count || bytes[index] == ASCII.tab {
        if let bad = checkField() { return bad }
        field.removeAll(keepingCapacity: true)
        index += 1
        fieldStart = index
        continue
      }
      let byte = bytes[index]
      if byte >= 0x80 && validator.checksHighBytes {
        // A whole character: in SJIS, BIG5, GBK, … its second byte may be a backslash or a
        // tab, which are not escapes or delimiters there.
        let length = max(1, validator.characterLength(bytes, at: index, end: count))
        field.append(contentsOf: UnsafeBufferPointer(start: bytes + index, count: length))
        index += length
        continue
      }
      if byte == ASCII.backslash && index + 1 < count {
        let next = bytes[index + 1]
        if next.isOctalDigit || (next == 0x78 && index + 2 < count && bytes[index + 2].isHexDigit) {
          let (value, length) = escapedByte(bytes, at: index, end: count)
          field.append(value)
          index += length
          continue
        }
        if next >= 0x80 && validator.checksHighBytes {
          index += 1  // the escape takes the character as it stands
          continue
        }
        field.append(Self.unescaped(next))
        index += 2
        continue
      }
      field.append(byte)
      index += 1
    }
    return nil
  }
}
