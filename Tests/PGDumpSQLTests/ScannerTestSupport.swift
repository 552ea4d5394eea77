import PGDumpSQL
import Testing

/// A scanner event with its borrowed buffers copied, comparable across runs.
enum Event: Equatable, CustomStringConvertible {
  case statement(Statement)
  case meta(Meta)
  /// A whole COPY block: its data (all `.copyData` chunks joined) and its end.
  case copy(Copy)
  case token(kind: SQLToken.Kind, range: Range<Int>, error: SQLLexError?)
  /// A `--` comment between statements.
  case comment(range: Range<Int64>, text: [UInt8])

  struct Statement: Equatable {
    var range: Range<Int64>
    var bytes: [UInt8]
    var text: String { String(decoding: bytes, as: UTF8.self) }
    var kind: String
    var location: PGDumpSQL.SourceLocation
    var isTerminated: Bool
    var isCopyFromStdin: Bool
    var firstError: SQLLexError?
    var tokenCount: Int
  }

  struct Meta: Equatable {
    var range: Range<Int64>
    var location: PGDumpSQL.SourceLocation
    var name: String
    var arguments: String
  }

  struct Copy: Equatable {
    var data: [UInt8]
    var dataRange: Range<Int64>
    var markerRange: Range<Int64>?
    var rows: Int64
    var location: PGDumpSQL.SourceLocation
    var fields: Int64
  }

  var description: String {
    switch self {
    case .statement(let s):
      "statement \(s.range) \(s.location) \(s.kind.debugDescription) \(s.text.debugDescription)\(s.isTerminated ? "" : " (unterminated)")"
    case .meta(let m): "meta \\\(m.name) \(m.arguments.debugDescription) \(m.range) \(m.location)"
    case .copy(let c): "copy \(c.dataRange) rows \(c.rows) marker \(String(describing: c.markerRange)) \(c.location)"
    case .token(let kind, let range, _): "token \(kind) \(range)"
    case .comment(let range, _): "comment \(range)"
    }
  }

  var statement: Statement? {
    if case .statement(let s) = self { return s }
    return nil
  }

  var meta: Meta? {
    if case .meta(let m) = self { return m }
    return nil
  }

  var copy: Copy? {
    if case .copy(let c) = self { return c }
    return nil
  }
}

/// Runs the scanner over `script`, fed in pieces at `cuts` (sorted offsets), and collects events.
/// Also checks that `.copyData` chunks are contiguous and lie inside their block.
func scanEvents(
  _ script: [UInt8], options: PsqlScriptScanner.Options = .init(), cuts: [Int] = []
) throws -> [Event] {
  let scanner = PsqlScriptScanner(options: options)
  var events: [Event] = []
  var pendingData: [UInt8] = []
  var nextDataOffset: Int64? = nil
  let sink: PsqlScriptScanner.Sink = { event in
    switch event {
    case .statement(let s, let text):
      events.append(
        .statement(
          .init(
            range: s.range, bytes: Array(text), kind: s.kind, location: s.location,
            isTerminated: s.isTerminated, isCopyFromStdin: s.isCopyFromStdin, firstError: s.firstError,
            tokenCount: s.tokenCount)))
    case .metaCommand(let m):
      events.append(
        .meta(.init(range: m.range, location: m.location, name: m.name, arguments: String(decoding: m.arguments, as: UTF8.self))))
    case .copyData(let bytes, let offset):
      if let expected = nextDataOffset { #expect(offset == expected, "COPY data chunks not contiguous") }
      pendingData += bytes
      nextDataOffset = offset + Int64(bytes.count)
    case .copyEnd(let block):
      #expect(Int64(pendingData.count) == block.dataRange.count, "COPY data chunks do not fill the block")
      events.append(
        .copy(
          .init(
            data: pendingData, dataRange: block.dataRange, markerRange: block.markerRange, rows: block.rows,
            location: block.location, fields: block.fields)))
      pendingData = []
      nextDataOffset = nil
    case .token(let token, _):
      events.append(.token(kind: token.kind, range: token.range, error: token.error))
    case .comment(let range, let text):
      events.append(.comment(range: range, text: Array(text)))
    }
  }
  var start = 0
  for cut in cuts + [script.count] where cut >= start {
    try script[start..<cut].withUnsafeBytes { try scanner.feed($0, sink) }
    start = cut
  }
  try scanner.finish(sink)
  return events
}

func scanEvents(_ script: String, options: PsqlScriptScanner.Options = .init(), cuts: [Int] = []) throws -> [Event] {
  try scanEvents(Array(script.utf8), options: options, cuts: cuts)
}

/// The statements' texts only.
func statementTexts(_ script: [UInt8], options: PsqlScriptScanner.Options = .init()) throws -> [String] {
  try scanEvents(script, options: options).compactMap(\.statement?.text)
}

func statementTexts(_ script: String, options: PsqlScriptScanner.Options = .init()) throws -> [String] {
  try statementTexts(Array(script.utf8), options: options)
}
