import PGDumpSQL
import Testing
import _PGDumpTestSupport

/// The one-pass COPY row checker against a small scalar model written from the specification
/// (copyfromparse.c's text format, one line at a time), on random data cut into random chunks.
@Suite struct CopyCheckPropertyTests {
  // MARK: - What both sides report

  /// One problem, comparable (the checker's `Problem` has no public initializer).
  struct Found: Hashable, CustomStringConvertible {
    var code: CopyRowChecker.Problem.Code
    var message: String
    var line: Int64
    var offset: Int64

    var description: String { "\(code.rawValue) line \(line) @\(offset): \(message)" }
  }

  struct Outcome: Equatable, CustomStringConvertible {
    var problems: [Found] = []
    var lines: Int64 = 0
    var sawEndMarker = false
    var problemCount = 0

    var description: String {
      "lines=\(lines) sawEndMarker=\(sawEndMarker) problemCount=\(problemCount) problems=\(problems)"
    }
  }

  /// Everything a case varies besides its data.
  struct Setting: CustomStringConvertible {
    var columns: [String]?
    var encoding: PostgresEncoding
    var targetMajor: Int
    var base: Int64

    var description: String {
      "columns=\(columns.map { "\($0)" } ?? "nil") encoding=\(encoding.name) target=\(targetMajor) base=\(base)"
    }
  }

  /// How data is cut into chunks.
  enum Chunking: CustomStringConvertible {
    case whole
    case fixed(Int)
    /// Sizes 1...max drawn from a generator seeded with `seed`, so any data length reproduces.
    case varying(seed: UInt64, max: Int)

    var description: String {
      switch self {
      case .whole: "whole input"
      case .fixed(let size): "chunks of \(size)"
      case .varying(let seed, let max): "varying chunks 1...\(max) (chunk seed 0x\(String(seed, radix: 16)))"
      }
    }
  }

  // MARK: - The real checker

  static func actual(_ data: [UInt8], _ setting: Setting, _ chunking: Chunking) -> Outcome {
    var checker = CopyRowChecker(columns: setting.columns, encoding: setting.encoding, targetMajor: setting.targetMajor)
    var outcome = Outcome()
    let record = { (problem: CopyRowChecker.Problem) in
      outcome.problems.append(Found(code: problem.code, message: problem.message, line: problem.line, offset: problem.offset))
    }
    var sizes = SeededGenerator(seed: 0)
    var maxSize = 1
    switch chunking {
    case .whole: maxSize = max(1, data.count)
    case .fixed(let size): maxSize = size
    case .varying(let seed, let max):
      sizes = SeededGenerator(seed: seed)
      maxSize = max
    }
    var start = 0
    while start < data.count {
      var size = maxSize
      if case .varying = chunking { size = Int.random(in: 1...maxSize, using: &sizes) }
      let end = min(data.count, start + size)
      data[start..<end].withUnsafeBytes { checker.feed($0, at: setting.base + Int64(start), record) }
      start = end
    }
    checker.finish(record)
    outcome.lines = checker.lines
    outcome.sawEndMarker = checker.sawEndMarker
    outcome.problemCount = checker.problemCount
    return outcome
  }

  // MARK: - The reference model

  /// Scalar, line at a time, straight from the specification.
  struct Reference {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, backslash: UInt8 = 0x5C, period: UInt8 = 0x2E
    static let multibyteEncodings: Set<String> = [
      "UTF8", "SJIS", "SHIFT_JIS_2004", "EUC_JP", "EUC_JIS_2004", "EUC_CN", "EUC_KR", "EUC_TW", "MULE_INTERNAL",
      "BIG5", "GBK", "UHC", "GB18030", "JOHAB",
    ]

    let setting: Setting
    let validator: EncodingValidator
    let multibyte: Bool
    var outcome = Outcome()
    /// true: CRLF; false: LF; nil: no terminated data line yet.
    var crlf: Bool? = nil

    init(_ setting: Setting) {
      self.setting = setting
      validator = EncodingValidator(encoding: setting.encoding)
      multibyte = Self.multibyteEncodings.contains(setting.encoding.name)
    }

    static func run(_ data: [UInt8], _ setting: Setting) -> Outcome {
      var model = Reference(setting)
      var start = 0
      while start < data.count {
        let newline = data[start...].firstIndex(of: lf)
        let end = newline ?? data.count
        model.line(Array(data[start..<end]), at: setting.base + Int64(start), terminated: newline != nil)
        start = end + 1
      }
      model.outcome.problemCount = model.outcome.problems.count
      return model.outcome
    }

    mutating func report(_ code: CopyRowChecker.Problem.Code, _ message: String, line: Int64, at offset: Int64) {
      outcome.problems.append(Found(code: code, message: message, line: line, offset: offset))
    }

    /// One line without its LF, starting at absolute `start`.
    mutating func line(_ line: [UInt8], at start: Int64, terminated: Bool) {
      let hasCR = line.last == Self.cr
      let bare = hasCR ? Array(line.dropLast()) : line
      if bare == [Self.backslash, Self.period] {
        outcome.sawEndMarker = true
        return
      }
      if outcome.sawEndMarker {
        if !bare.isEmpty {
          report(.dataAfterMarker, "data after the end-of-copy marker would be ignored", line: outcome.lines + 1, at: start)
        }
        return
      }
      outcome.lines += 1
      let number = outcome.lines
      // a. Line endings.
      let endsWithCR = hasCR && terminated
      if terminated {
        if let crlf {
          if endsWithCR && !crlf {
            return report(.literalCarriageReturn, "literal carriage return found in data", line: number,
                          at: start + Int64(line.count - 1))
          }
          if !endsWithCR && crlf {
            return report(.literalNewline, "literal newline found in data", line: number, at: start + Int64(line.count))
          }
        } else {
          crlf = endsWithCR
        }
      }
      // b. Content, left to right.
      let content = endsWithCR ? Array(line.dropLast()) : line
      var fields = 1
      var madeHighBytes = false
      var index = 0
      while index < content.count {
        let byte = content[index]
        if byte == Self.tab {
          fields += 1
          index += 1
        } else if byte == Self.backslash {
          guard index + 1 < content.count else {
            index += 1
            continue
          }
          let next = content[index + 1]
          if next == Self.period {
            let message: String
            if setting.targetMajor >= 18 {
              message = "end-of-copy marker is not alone on its line"
            } else if index + 2 < content.count {
              message = "end-of-copy marker corrupt"
            } else {
              message = "end-of-copy marker at the end of a row: the server stops reading here and drops the rows after it"
            }
            return report(.markerNotAlone, message, line: number, at: start + Int64(index))
          }
          if let (value, after) = Self.numericEscape(content, at: index) {
            if value == 0 || value >= 0x80 { madeHighBytes = true }
            index = after
          } else if next >= 0x80 && multibyte {
            index += 1
          } else {
            index += 2
          }
        } else if byte == Self.cr {
          return report(.literalCarriageReturn, "literal carriage return found in data", line: number, at: start + Int64(index))
        } else if byte == 0 {
          return report(.invalidEncoding, invalidMessage(content, at: index), line: number, at: start + Int64(index))
        } else if byte >= 0x80 && multibyte {
          let length = characterLength(content, at: index)
          if length == 0 {
            return report(.invalidEncoding, invalidMessage(content, at: index), line: number, at: start + Int64(index))
          }
          index += length
        } else {
          index += 1
        }
      }
      // c. Bytes made by escapes, field by field.
      if madeHighBytes {
        for (fieldStart, decoded) in decodedFields(content) {
          if case .invalid(let sequence) = decoded.withUnsafeBytes({ validator.check($0) }) {
            return report(.invalidEncoding, sequence.message, line: number, at: start + Int64(fieldStart))
          }
        }
      }
      // d. Field count.
      if let columns = setting.columns {
        let end = start + Int64(content.count)
        if fields > columns.count && !(columns.isEmpty && fields == 1) {
          report(.extraData, "extra data after last expected column", line: number, at: end)
        } else if fields < columns.count {
          report(.missingData, "missing data for column \"\(columns[fields])\"", line: number, at: end)
        }
      }
    }

    static func octal(_ byte: UInt8) -> Int? { byte >= 0x30 && byte <= 0x37 ? Int(byte - 0x30) : nil }

    static func hex(_ byte: UInt8) -> Int? {
      switch byte {
      case 0x30...0x39: Int(byte - 0x30)
      case 0x41...0x46: Int(byte - 0x41 + 10)
      case 0x61...0x66: Int(byte - 0x61 + 10)
      default: nil
      }
    }

    /// `\ooo` (1–3 octal digits) or `\xh[h]` at `index` (a backslash): the byte and the index after.
    static func numericEscape(_ content: [UInt8], at index: Int) -> (UInt8, Int)? {
      guard index + 1 < content.count else { return nil }
      if octal(content[index + 1]) != nil {
        var value = 0
        var cursor = index + 1
        while cursor < content.count, cursor < index + 4, let digit = octal(content[cursor]) {
          value = value * 8 + digit
          cursor += 1
        }
        return (UInt8(value & 0xFF), cursor)
      }
      if content[index + 1] == UInt8(ascii: "x"), index + 2 < content.count, hex(content[index + 2]) != nil {
        var value = 0
        var cursor = index + 2
        while cursor < content.count, cursor < index + 4, let digit = hex(content[cursor]) {
          value = value * 16 + digit
          cursor += 1
        }
        return (UInt8(value), cursor)
      }
      return nil
    }

    /// The length of the valid character starting at the high byte at `index`, or 0 if invalid.
    func characterLength(_ content: [UInt8], at index: Int) -> Int {
      if setting.encoding.name == "UTF8" { return Self.utf8Length(content, at: index) }
      // Shortest prefix that the validator accepts as complete (lead bytes fix the length).
      for length in 1...4 where index + length <= content.count {
        let slice = Array(content[index..<(index + length)])
        if slice.withUnsafeBytes({ validator.check($0) }) == .valid { return length }
      }
      return 0
    }

    /// wchar.c `pg_utf_mblen` + `pg_utf8_islegal`, written out.
    static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
      let lead = bytes[index]
      let length: Int
      if lead & 0x80 == 0 {
        length = 1
      } else if lead & 0xE0 == 0xC0 {
        length = 2
      } else if lead & 0xF0 == 0xE0 {
        length = 3
      } else if lead & 0xF8 == 0xF0 {
        length = 4
      } else {
        length = 1
      }
      guard index + length <= bytes.count else { return 0 }
      func continuation(_ byte: UInt8) -> Bool { byte >= 0x80 && byte <= 0xBF }
      if length == 4 && !continuation(bytes[index + 3]) { return 0 }
      if length >= 3 && !continuation(bytes[index + 2]) { return 0 }
      if length >= 2 {
        let second = bytes[index + 1]
        let ok =
          switch lead {
          case 0xE0: second >= 0xA0 && second <= 0xBF
          case 0xED: second >= 0x80 && second <= 0x9F
          case 0xF0: second >= 0x90 && second <= 0xBF
          case 0xF4: second >= 0x80 && second <= 0x8F
          default: continuation(second)
          }
        if !ok { return 0 }
      }
      if lead >= 0x80 && lead < 0xC2 { return 0 }
      if lead > 0xF4 { return 0 }
      return length
    }

    /// The validator's wording for the invalid character at `index`, limited to the content.
    func invalidMessage(_ content: [UInt8], at index: Int) -> String {
      let rest = Array(content[index...])
      guard case .invalid(let sequence) = rest.withUnsafeBytes({ validator.check($0) }), sequence.offset == 0 else {
        return "REFERENCE: validator does not find the bad byte at 0 in \(CopyCheckPropertyTests.escaped(rest))"
      }
      return sequence.message
    }

    /// Each field's start index within the line and its decoded bytes.
    func decodedFields(_ content: [UInt8]) -> [(Int, [UInt8])] {
      var result: [(Int, [UInt8])] = []
      var fieldStart = 0
      var field: [UInt8] = []
      var index = 0
      while index < content.count {
        let byte = content[index]
        if byte == Self.tab {
          result.append((fieldStart, field))
          field = []
          index += 1
          fieldStart = index
        } else if byte == Self.backslash {
          guard index + 1 < content.count else {
            field.append(byte)
            index += 1
            continue
          }
          let next = content[index + 1]
          if let (value, after) = Self.numericEscape(content, at: index) {
            field.append(value)
            index = after
          } else if next >= 0x80 && multibyte {
            index += 1  // the character after it is taken as it stands
          } else {
            switch next {
            case UInt8(ascii: "b"): field.append(0x08)
            case UInt8(ascii: "f"): field.append(0x0C)
            case UInt8(ascii: "n"): field.append(0x0A)
            case UInt8(ascii: "r"): field.append(0x0D)
            case UInt8(ascii: "t"): field.append(0x09)
            case UInt8(ascii: "v"): field.append(0x0B)
            default: field.append(next)
            }
            index += 2
          }
        } else if byte >= 0x80 && multibyte {
          let length = max(1, characterLength(content, at: index))
          field += content[index..<min(content.count, index + length)]
          index += length
        } else {
          field.append(byte)
          index += 1
        }
      }
      result.append((fieldStart, field))
      return result
    }
  }

  // MARK: - Random data

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// ASCII pieces that are fine in any row: separators, escapes, `\N`, letters and digits.
  static let plainPieces: [[UInt8]] = [
    "\t", "\t", "\t", "\t", "\\", "\\", ".", "N", "\\N", "x", "a", "b", "c", "d", "e", "f", "F", "n", "r", "t", "v",
    "z", "Q", " ", "0", "1", "3", "7", "8", "9", "\\\\", "\\\t", "\\\r", "\\x", "\\xg", "\\x41", "\\x7", "\\101",
    "\\n", "\\t", "\\r", "\\b", "\\f", "\\v", "\\\\.", "ab", "hello", "\u{01}", "\u{0B}", "\u{0C}", "\u{7F}",
  ].map(bytes)

  /// Escapes that make NUL or high bytes: valid or not depending on the encoding and neighbours.
  static let highEscapes: [[UInt8]] = [
    "\\303\\251", "\\xc3\\xA9", "\\346\\227\\245", "\\xe9", "\\xC3", "\\xa9", "\\351", "\\377", "\\x0", "\\0",
    "\\000", "\\00", "\\7777", "\\200", "\\x80\\x80",
  ].map(bytes)

  /// Pieces that make a line fail on their own (or together with what follows).
  static let troublePieces: [[UInt8]] = [[0x0D], [0x0D], [0x00], bytes("\\."), bytes("\\.x"), bytes("\\.\t")]

  /// Per encoding: valid characters, and bytes that are not.
  static func encodingPieces(_ encoding: PostgresEncoding) -> (valid: [[UInt8]], invalid: [[UInt8]]) {
    switch encoding.name {
    case "UTF8":
      return (
        [bytes("é"), bytes("日"), bytes("😀"), bytes("\\é"), bytes("\\日"), bytes("ß\\\\"), [0xF4, 0x8F, 0xBF, 0xBF]],
        [
          [0x80], [0xBF], [0xC3], [0xE6, 0x97], [0xF0, 0x9F, 0x98],  // stray continuation, truncated
          [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],  // overlong, surrogate
          [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xFE], [0xE9], [0xC3, 0x09], [0xE6, 0x5C, 0x2E],
        ])
    case "SJIS":
      return (
        [[0x82, 0xA0], [0x95, 0x5C], [0x95, 0x5C], [0x81, 0x40], [0xE0, 0x7E], [0xFC, 0xFC], [0xB1], [0xDF],
         [0x5C, 0x95, 0x5C], [0x95, 0x5C, 0x2E], [0x95, 0x5C, 0x09], [0x95, 0x5C, 0x5C, 0x30]],  // trail backslashes
        [[0x81, 0x09], [0x81, 0x0D], [0x80], [0xA0], [0xFD], [0xFF], [0x81], [0x81, 0x00], [0x81, 0x7F]])
    case "EUC_JP":
      return (
        [[0xA4, 0xA2], [0xC6, 0xFC], [0x8E, 0xB1], [0x8F, 0xA1, 0xA1], [0x5C, 0xA4, 0xA2]],
        [[0xA4, 0x41], [0x8E, 0x41], [0x8E, 0xE0], [0x8F, 0xA1], [0xA4], [0x80], [0xFF], [0xA4, 0x5C]])
    default:
      return ([[0xE9], [0xFF], [0x80], [0x5C, 0xE9], [0xC3, 0xA9], [0xA0], bytes("日")], [])
    }
  }

  static let columnLists: [[String]?] = [nil, [], ["a"], ["a", "b"], ["a", "b", "c"]]

  static func randomSetting(_ generator: inout SeededGenerator) -> Setting {
    let encodingRoll = Int.random(in: 0..<10, using: &generator)
    let name = encodingRoll < 6 ? "UTF8" : encodingRoll < 7 ? "LATIN1" : encodingRoll < 9 ? "SJIS" : "EUC_JP"
    let baseRoll = Int.random(in: 0..<4, using: &generator)
    return Setting(
      columns: columnLists.randomElement(using: &generator)!,
      encoding: PostgresEncoding(name: name)!,
      targetMajor: Bool.random(using: &generator) ? 17 : 18,
      base: baseRoll < 2 ? 0 : baseRoll == 2 ? Int64.random(in: 1...100, using: &generator) : 1 << 33)
  }

  /// Draws pieces for one case; `trouble` is the percentage of pieces that break a line.
  struct PieceSource {
    var valid: [[UInt8]]
    var invalid: [[UInt8]]
    var trouble: Int

    init(_ encoding: PostgresEncoding, _ generator: inout SeededGenerator) {
      (valid, invalid) = CopyCheckPropertyTests.encodingPieces(encoding)
      trouble = [0, 0, 2, 6, 20].randomElement(using: &generator)!
    }

    func next(_ generator: inout SeededGenerator) -> [UInt8] {
      if Int.random(in: 0..<100, using: &generator) < trouble {
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return [UInt8.random(in: 0...255, using: &generator)]
        case 1...3: return CopyCheckPropertyTests.troublePieces.randomElement(using: &generator)!
        case 4...5: return CopyCheckPropertyTests.highEscapes.randomElement(using: &generator)!
        default: return (invalid.isEmpty ? valid : invalid).randomElement(using: &generator)!
        }
      }
      let roll = Int.random(in: 0..<100, using: &generator)
      if roll < 15 { return valid.randomElement(using: &generator)! }
      if roll < 18 { return CopyCheckPropertyTests.highEscapes[0..<3].randomElement(using: &generator)! }
      return CopyCheckPropertyTests.plainPieces.randomElement(using: &generator)!
    }
  }

  /// Lines of fields with mostly consistent endings, sometimes the marker, sometimes no final LF;
  /// or (one case in eight) a soup of pieces with line breaks anywhere.
  static func randomData(_ setting: Setting, _ generator: inout SeededGenerator) -> [UInt8] {
    let source = PieceSource(setting.encoding, &generator)
    var data: [UInt8] = []
    if Int.random(in: 0..<8, using: &generator) == 0 {
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        let roll = Int.random(in: 0..<10, using: &generator)
        data += roll == 0 ? [0x0A] : roll == 1 ? [0x0D, 0x0A] : roll == 2 ? [0x0D] : source.next(&generator)
      }
      return data
    }
    let crlf = Int.random(in: 0..<4, using: &generator) == 0
    let long = Int.random(in: 0..<8, using: &generator) == 0
    let lineCount = Int.random(in: 0...8, using: &generator)
    let columns = setting.columns?.count ?? 2
    for number in 0..<lineCount {
      let roll = Int.random(in: 0..<40, using: &generator)
      if roll == 0 {
        data += bytes("\\.")
      } else if roll == 1 {
        // an empty line
      } else {
        // Mostly the right number of fields, so later checks get their turn.
        let fields = Int.random(in: 0..<3, using: &generator) > 0 ? max(1, columns) : Int.random(in: 1...4, using: &generator)
        for field in 0..<fields {
          if field > 0 { data.append(0x09) }
          let pieces = long ? Int.random(in: 0...40, using: &generator) : Int.random(in: 0...4, using: &generator)
          for _ in 0..<pieces { data += source.next(&generator) }
        }
        if Int.random(in: 0..<30, using: &generator) == 0 { data += bytes("\\.") }  // a marker ending a row
      }
      if number == lineCount - 1 && Int.random(in: 0..<4, using: &generator) == 0 { break }  // no final LF
      let flip = Int.random(in: 0..<15, using: &generator) == 0
      data += crlf != flip ? [0x0D, 0x0A] : [0x0A]
    }
    return data
  }

  static let fixedSizes = [1, 2, 3, 7, 16, 17, 64]

  /// Two chunkings besides the whole input: a fixed size (the listed ones in turn, or a random
  /// one), and sizes that vary chunk by chunk.
  static func randomChunkings(_ index: Int, _ generator: inout SeededGenerator) -> [Chunking] {
    let pick = index % (fixedSizes.count + 1)
    let fixed = pick < fixedSizes.count ? fixedSizes[pick] : Int.random(in: 1...100, using: &generator)
    return [.fixed(fixed), .varying(seed: generator.next(), max: [4, 20, 70].randomElement(using: &generator)!)]
  }

  // MARK: - Reporting

  static func escaped(_ data: [UInt8]) -> String {
    var text = "\""
    for byte in data {
      switch byte {
      case 0x09: text += "\\t"
      case 0x0A: text += "\\n"
      case 0x0D: text += "\\r"
      case 0x5C: text += "\\\\"
      case 0x22: text += "\\\""
      case 0x20..<0x7F: text.append(Character(Unicode.Scalar(byte)))
      default: text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
      }
    }
    return text + "\""
  }

  /// Removes bytes one at a time, then pairs, while the two sides still disagree.
  static func shrink(_ data: [UInt8], _ setting: Setting, _ chunking: Chunking) -> [UInt8] {
    func fails(_ candidate: [UInt8]) -> Bool { Reference.run(candidate, setting) != actual(candidate, setting, chunking) }
    var current = data
    var progress = true
    while progress {
      progress = false
      for width in [4, 2, 1] {
        var index = 0
        while index + width <= current.count {
          var candidate = current
          candidate.removeSubrange(index..<(index + width))
          if fails(candidate) {
            current = candidate
            progress = true
          } else {
            index += 1
          }
        }
      }
    }
    return current
  }

  /// Compares both sides; on a mismatch records it (shrunk) and returns false.
  @discardableResult
  static func compare(
    _ data: [UInt8], _ setting: Setting, _ chunkings: [Chunking], seed: UInt64? = nil,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> Bool {
    let expected = Reference.run(data, setting)
    for chunking in chunkings {
      let got = actual(data, setting, chunking)
      if got == expected { continue }
      let small = shrink(data, setting, chunking)
      let report = """
        CopyRowChecker differs from the reference\(seed.map { " (case seed 0x\(String($0, radix: 16)))" } ?? "")
          \(setting), \(chunking)
          input:    \(escaped(data))
          expected: \(expected)
          actual:   \(got)
          shrunk:   \(escaped(small))
          expected: \(Reference.run(small, setting))
          actual:   \(actual(small, setting, chunking))
        """
      print(report)
      Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
      return false
    }
    return true
  }

  // MARK: - Properties

  static let firstSeed: UInt64 = 0xC0B7_0000_0000
  static let casesPerBatch = 2_500

  /// One random case from its seed: the setting, the data and the chunkings besides the whole.
  static func randomCase(seed: UInt64) -> (Setting, [UInt8], [Chunking]) {
    var generator = SeededGenerator(seed: seed)
    let setting = randomSetting(&generator)
    let data = randomData(setting, &generator)
    let index = Int((seed &- firstSeed) % UInt64(casesPerBatch))
    return (setting, data, randomChunkings(index, &generator))
  }

  /// 8 × 2,500 cases, each checked whole and in two other chunkings. A failure prints its case
  /// seed; `randomCase(seed:)` rebuilds it.
  @Test("the checker agrees with the reference on random data in any chunking", arguments: 0..<8)
  func differential(batch: Int) {
    var failures = 0
    for index in 0..<Self.casesPerBatch {
      let seed = Self.firstSeed &+ UInt64(batch * Self.casesPerBatch + index)
      let (setting, data, chunkings) = Self.randomCase(seed: seed)
      if !Self.compare(data, setting, [.whole] + chunkings, seed: seed) {
        failures += 1
        if failures >= 3 { return }
      }
    }
  }

  // MARK: - Edge cases

  static let allChunkings: [Chunking] = [.whole] + fixedSizes.map { .fixed($0) } + [.varying(seed: 7, max: 5)]

  static func setting(
    _ columns: [String]? = ["a", "b"], _ encoding: String = "UTF8", target: Int = 18, base: Int64 = 0
  ) -> Setting {
    Setting(columns: columns, encoding: PostgresEncoding(name: encoding)!, targetMajor: target, base: base)
  }

  /// The checker in every chunking, against both the reference and the result written out here.
  static func expect(
    _ data: [UInt8], _ setting: Setting, _ problems: [Found], lines: Int64, marker: Bool = false,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let expected = Outcome(problems: problems, lines: lines, sawEndMarker: marker, problemCount: problems.count)
    #expect(Reference.run(data, setting) == expected, "reference", sourceLocation: sourceLocation)
    for chunking in allChunkings {
      #expect(actual(data, setting, chunking) == expected, "\(chunking)", sourceLocation: sourceLocation)
    }
  }

  static func found(_ code: CopyRowChecker.Problem.Code, _ message: String, line: Int64, at offset: Int64) -> Found {
    Found(code: code, message: message, line: line, offset: offset)
  }

  static let literalCR = "literal carriage return found in data"
  static let endOfRow17 = "end-of-copy marker at the end of a row: the server stops reading here and drops the rows after it"

  @Test("markers: alone with CR, unterminated, at the start of a row, at a row's end for 17, data after it")
  func markerEdges() {
    Self.expect(Self.bytes("1\tx\n\\.\r"), Self.setting(), [], lines: 1, marker: true)
    Self.expect(Self.bytes("1\tx\r\n\\.\r\n"), Self.setting(), [], lines: 1, marker: true)
    Self.expect(Self.bytes("\\.x\n"), Self.setting(target: 17), [Self.found(.markerNotAlone, "end-of-copy marker corrupt", line: 1, at: 0)], lines: 1)
    Self.expect(Self.bytes("\\.\t\n"), Self.setting(target: 18), [Self.found(.markerNotAlone, "end-of-copy marker is not alone on its line", line: 1, at: 0)], lines: 1)
    Self.expect(Self.bytes("a\tb\\.\n"), Self.setting(target: 17), [Self.found(.markerNotAlone, Self.endOfRow17, line: 1, at: 3)], lines: 1)
    // `\\.` is a backslash and a period, not a marker.
    Self.expect(Self.bytes("a\tb\\\\.\n"), Self.setting(), [], lines: 1)
    Self.expect(
      Self.bytes("a\tb\n\\.\n\nzz\n\\.\nq"), Self.setting(),
      [
        Self.found(.dataAfterMarker, "data after the end-of-copy marker would be ignored", line: 2, at: 8),
        Self.found(.dataAfterMarker, "data after the end-of-copy marker would be ignored", line: 2, at: 14),
      ], lines: 1, marker: true)
  }

  @Test("line endings: CR inside a line, a CR before an unterminated end, a CRLF style broken late")
  func lineEndingEdges() {
    Self.expect(Self.bytes("a\tb\r"), Self.setting(), [Self.found(.literalCarriageReturn, Self.literalCR, line: 1, at: 3)], lines: 1)
    Self.expect(Self.bytes("a\rb\n"), Self.setting(nil), [Self.found(.literalCarriageReturn, Self.literalCR, line: 1, at: 1)], lines: 1)
    Self.expect(Self.bytes("a\tb\\\r\n"), Self.setting(), [], lines: 1)  // backslash at the end of the content
    Self.expect(
      Self.bytes("a\tb\r\nc\td\r\ne\tf\n"), Self.setting(base: 1 << 33),
      [Self.found(.literalNewline, "literal newline found in data", line: 3, at: (1 << 33) + 13)], lines: 3)
    Self.expect(
      Self.bytes("a\tb\nc\td\r\n"), Self.setting(),
      [Self.found(.literalCarriageReturn, Self.literalCR, line: 2, at: 7)], lines: 2)
  }

  @Test("field counts: empty lines, zero columns, escaped tabs")
  func fieldEdges() {
    Self.expect(Self.bytes("\n"), Self.setting(), [Self.found(.missingData, "missing data for column \"b\"", line: 1, at: 0)], lines: 1)
    Self.expect(Self.bytes("\n\n"), Self.setting([]), [], lines: 2)
    Self.expect(Self.bytes("\t\n"), Self.setting([]), [Self.found(.extraData, "extra data after last expected column", line: 1, at: 1)], lines: 1)
    Self.expect(Self.bytes("a\\\tb\n"), Self.setting(["a"]), [], lines: 1)
    Self.expect(Self.bytes(""), Self.setting(), [], lines: 0)
  }

  @Test("encodings: NUL, bytes made by escapes, cut characters, SJIS trail backslashes")
  func encodingEdges() {
    Self.expect(
      Self.bytes("a\0b\tc\n"), Self.setting(),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"UTF8\": 0x00", line: 1, at: 1)], lines: 1)
    Self.expect(
      Self.bytes("ok\t\\xe9\n"), Self.setting(),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"UTF8\": 0xe9", line: 1, at: 3)], lines: 1)
    Self.expect(Self.bytes("ok\t\\xc3\\xA9\n"), Self.setting(), [], lines: 1)
    Self.expect(Self.bytes("\\xe9\t\\351\n"), Self.setting(["a", "b"], "LATIN1"), [], lines: 1)
    Self.expect(Self.bytes("日本\t😀\n"), Self.setting(), [], lines: 1)
    Self.expect(
      [0x61, 0x09, 0xE6, 0x97, 0x0A], Self.setting(),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"UTF8\": 0xe6 0x97", line: 1, at: 2)], lines: 1)
    Self.expect(
      [0x61, 0x09, 0xED, 0xA0, 0x80, 0x0A], Self.setting(),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"UTF8\": 0xed 0xa0 0x80", line: 1, at: 2)], lines: 1)
    // 0x95 0x5C is one SJIS character: its trail byte escapes neither the tab nor the period.
    Self.expect([0x95, 0x5C, 0x09, 0x78, 0x0A], Self.setting(["a", "b"], "SJIS"), [], lines: 1)
    Self.expect([0x95, 0x5C, 0x2E, 0x09, 0x78, 0x0A], Self.setting(["a", "b"], "SJIS"), [], lines: 1)
    Self.expect(
      [0x81, 0x09, 0x78, 0x0A], Self.setting(["a", "b"], "SJIS"),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"SJIS\": 0x81 0x09", line: 1, at: 0)], lines: 1)
    Self.expect([0xA4, 0xA2, 0x09, 0x8E, 0xB1, 0x0A], Self.setting(["a", "b"], "EUC_JP"), [], lines: 1)
  }

  /// An SJIS character whose trail byte is 0x5C (`\`) is one character when the fields are
  /// decoded too: the trail byte escapes nothing (the server decodes after conversion).
  @Test("SJIS: a trail byte 0x5C is not an escape when fields with escaped high bytes are decoded")
  func sjisTrailBackslashInDecodedFields() {
    let sjis = Self.setting(nil, "SJIS")
    // 0x95 0x5C, then `\0`: a NUL, not a backslash and a "0".
    Self.expect(
      [0x95, 0x5C, 0x5C, 0x30, 0x0A], sjis,
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"SJIS\": 0x00", line: 1, at: 0)], lines: 1)
    Self.expect(
      [0x95, 0x5C, 0x5C, 0x33, 0x37, 0x37, 0x0A], Self.setting(["a", "b"], "SJIS"),
      [Self.found(.invalidEncoding, "invalid byte sequence for encoding \"SJIS\": 0xff", line: 1, at: 0)], lines: 1)
    // `\xa9` (half-width kana) makes a high byte; 0x95 0x5C then "7" or a tab are plain data.
    Self.expect(Self.bytes("\\xa9") + [0x95, 0x5C, 0x37, 0x0A], sjis, [], lines: 1)
    Self.expect(Self.bytes("\\xa9") + [0x95, 0x5C, 0x09, 0x78, 0x0A], Self.setting(["a", "b"], "SJIS"), [], lines: 1)
  }

  @Test("long lines across SIMD widths, with the problem near every boundary")
  func longLines() {
    for length in [14, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129] {
      for bad: [UInt8] in [[0x0D], [0x00], [0xFF], [0x5C, 0x2E], [0xC3, 0xA9], [0x09]] {
        var data = [UInt8](repeating: UInt8(ascii: "a"), count: length) + bad + Self.bytes("z\tq\n")
        Self.compare(data, Self.setting(), Self.allChunkings)
        data = Self.bytes("x\ty\n") + data + data
        Self.compare(data, Self.setting(nil, target: 17), Self.allChunkings)
      }
    }
  }
}
