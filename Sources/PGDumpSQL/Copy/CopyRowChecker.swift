/// Checks COPY text-format data the way the server's COPY FROM will read it (copyfromparse.c
/// `CopyReadLineText`, `CopyReadAttributesText`), one line at a time, fed in chunks of any size.
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
  let validator: EncodingValidator
  let targetMajor: Int
  /// Line ending style, from the first line: nil until known; true for CRLF.
  var crlf: Bool? = nil
  /// The current line's bytes when it began in an earlier chunk.
  var carried: [UInt8] = []
  var carriedStart: Int64 = 0
  public private(set) var lines: Int64 = 0
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
    self.validator = EncodingValidator(encoding: encoding)
    self.targetMajor = targetMajor
  }

  /// Checks the next chunk of data, which starts at absolute `offset`.
  public mutating func feed(_ chunk: UnsafeRawBufferPointer, at offset: Int64, _ report: (Problem) -> Void) {
    guard let raw = chunk.baseAddress else { return }
    let base = raw.assumingMemoryBound(to: UInt8.self)
    var start = 0
    while start < chunk.count {
      let newline = ByteSearch.first(ASCII.newline, in: base, from: start, to: chunk.count)
      if newline == chunk.count {
        if carried.isEmpty { carriedStart = offset + Int64(start) }
        carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start...]))
        return
      }
      if carried.isEmpty {
        checkLine(UnsafeRawBufferPointer(rebasing: chunk[start..<newline]), at: offset + Int64(start), report)
      } else {
        carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<newline]))
        let lineStart = carriedStart
        carried.withUnsafeBytes { checkLine($0, at: lineStart, report) }
        carried.removeAll(keepingCapacity: true)
      }
      start = newline + 1
    }
  }

  /// The end of the data: a last line without a newline is checked too.
  public mutating func finish(_ report: (Problem) -> Void) {
    guard !carried.isEmpty else { return }
    let lineStart = carriedStart
    let line = carried
    carried.removeAll()
    line.withUnsafeBytes { checkLine($0, at: lineStart, report, terminated: false) }
  }

  mutating func checkLine(
    _ line: UnsafeRawBufferPointer, at offset: Int64, _ report: (Problem) -> Void, terminated: Bool = true
  ) {
    var count = line.count
    let bareCount = count > 0 && line[count - 1] == ASCII.carriageReturn ? count - 1 : count
    if bareCount == 2 && line[0] == ASCII.backslash && line[1] == ASCII.period {
      sawEndMarker = true
      return
    }
    if sawEndMarker {
      // pg_dump puts blank lines after the marker; anything else never reaches a table.
      if bareCount > 0 {
        problemCount += 1
        report(
          Problem(
            code: .dataAfterMarker, message: "data after the end-of-copy marker would be ignored", line: lines + 1,
            offset: offset))
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
    let endsWithCR = count > 0 && line[count - 1] == ASCII.carriageReturn && terminated
    if crlf == nil && terminated { crlf = endsWithCR }
    if endsWithCR {
      count -= 1
      if crlf == false {
        problem(.literalCarriageReturn, "literal carriage return found in data", at: count)
        return
      }
    } else if crlf == true && terminated {
      problem(.literalNewline, "literal newline found in data", at: count)
      return
    }
    guard let raw = line.baseAddress else {
      checkFieldCount(1, at: 0, problem)
      return
    }
    let bytes = raw.assumingMemoryBound(to: UInt8.self)
    let scan = scanLine(bytes, count: count)
    if let failure = scan.problem {
      problem(failure.code, failure.message, at: failure.at)
      return
    }
    let fields = scan.fields
    let madeHighBytes = scan.madeHighBytes
    if madeHighBytes, let sequence = Self.invalidEscapedBytes(bytes, count: count, validator: validator) {
      problem(.invalidEncoding, sequence.message, at: sequence.offset)
      return
    }
    checkFieldCount(fields, at: count, problem)
  }

  /// The state of one line's scan; `handle` is a method (not a closure over locals) so that the
  /// hot loop has no captured variables to box or check for exclusive access.
  struct LineScan {
    var fields = 1
    var madeHighBytes = false
    var problem: (code: Problem.Code, message: String, at: Int)? = nil
    /// Bytes before this index are already covered by an escape or a multibyte character.
    var skipUntil = 0

    /// Handles the byte at `index`; false when the line has a problem (in `problem`).
    @inline(__always)
    mutating func handle(
      _ index: Int, _ bytes: UnsafePointer<UInt8>, count: Int, validator: EncodingValidator, targetMajor: Int
    ) -> Bool {
      let byte = bytes[index]
      switch byte {
      case ASCII.tab:
        fields += 1
      case ASCII.backslash:
        guard index + 1 < count else { return true }  // a backslash at the end of the line: data
        let next = bytes[index + 1]
        if next == ASCII.period {
          // An end-of-copy marker inside a row.
          guard index == 0 && index + 2 == count else {
            let message =
              targetMajor >= 18
              ? "end-of-copy marker is not alone on its line"
              : index + 2 < count
                ? "end-of-copy marker corrupt"
                : "end-of-copy marker at the end of a row: the server stops reading here and drops the rows after it"
            problem = (.markerNotAlone, message, index)
            return false
          }
          skipUntil = index + 2
        } else if next.isOctalDigit || (next == 0x78 && index + 2 < count && bytes[index + 2].isHexDigit) {
          let (value, length) = CopyRowChecker.escapedByte(bytes, at: index, end: count)
          if value == 0 || value >= 0x80 { madeHighBytes = true }
          skipUntil = index + length
        } else {
          skipUntil = index + 2
        }
      case ASCII.carriageReturn:
        problem = (.literalCarriageReturn, "literal carriage return found in data", index)
        return false
      case 0:
        problem = (.invalidEncoding, validator.invalidSequence(bytes, at: index, end: count).message, index)
        return false
      default:
        guard byte >= 0x80 else { return true }  // another control byte: data to COPY
        let length = validator.characterLength(bytes, at: index, end: count)
        guard length > 0 else {
          problem = (.invalidEncoding, validator.invalidSequence(bytes, at: index, end: count).message, index)
          return false
        }
        skipUntil = index + length
      }
      return true
    }
  }

  /// One pass over a line: 16 bytes at a time, a bit per byte that needs a look (tab, control,
  /// backslash, and bytes ≥ 0x80 in multibyte encodings); each set bit is handled in order, and
  /// `skipUntil` passes over what an escape or a multibyte character already covered — so a tab
  /// after a backslash is data, not a delimiter.
  @inline(__always)
  func scanLine(_ bytes: UnsafePointer<UInt8>, count: Int) -> LineScan {
    var scan = LineScan()
    let checksHigh = validator.checksHighBytes
    let raw = UnsafeRawPointer(bytes)
    let control = SIMD16<UInt8>(repeating: 0x0E)
    let backslash = SIMD16<UInt8>(repeating: ASCII.backslash)
    let high = SIMD16<UInt8>(repeating: checksHigh ? 0x80 : 0xFF)
    let nul = SIMD16<UInt8>(repeating: 0)
    var block = 0
    while block &+ 16 <= count {
      let chunk = raw.loadUnaligned(fromByteOffset: block, as: SIMD16<UInt8>.self)
      let special = (chunk .< control) .| (chunk .== backslash) .| ((chunk .>= high) .& (chunk .!= nul))
      var bits = ByteSearch.laneBits(special)
      while bits != 0 {
        let index = block &+ bits.trailingZeroBitCount
        bits &= bits &- 1
        if index < scan.skipUntil { continue }
        if !scan.handle(index, bytes, count: count, validator: validator, targetMajor: targetMajor) { return scan }
      }
      block &+= 16
    }
    var index = max(block, scan.skipUntil)
    while index < count {
      let byte = bytes[index]
      if byte < 0x0E || byte == ASCII.backslash || (checksHigh && byte >= 0x80) {
        if !scan.handle(index, bytes, count: count, validator: validator, targetMajor: targetMajor) { return scan }
        index = max(index + 1, scan.skipUntil)
      } else {
        index += 1
      }
    }
    return scan
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
      if byte == ASCII.backslash && index + 1 < count {
        let next = bytes[index + 1]
        if next.isOctalDigit || (next == 0x78 && index + 2 < count && bytes[index + 2].isHexDigit) {
          let (value, length) = escapedByte(bytes, at: index, end: count)
          field.append(value)
          index += length
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
