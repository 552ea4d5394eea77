import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// `pgdumpkit validate`: is this dump complete, intact, and will every byte of it get through
/// PostgreSQL's parser and COPY? Streams the dump once; memory follows the largest statement.
public enum DumpValidator {
  public struct Options: Sendable {
    /// The server major the dump will be restored into (default: the dump's pg_dump major).
    public var targetMajor: Int?
    /// At most this many findings are listed (all are counted).
    public var maxFindings: Int
    /// Called with the number of bytes read so far, for a progress line.
    public var progress: (@Sendable (Int64) -> Void)?

    public init(targetMajor: Int? = nil, maxFindings: Int = 1000, progress: (@Sendable (Int64) -> Void)? = nil) {
      self.targetMajor = targetMajor
      self.maxFindings = maxFindings
      self.progress = progress
    }
  }

  /// Validates a dump of any format. Throws only when the dump cannot be read at all (no header,
  /// no TOC); damage found while reading becomes findings.
  public static func validate(_ path: String, options: Options = Options()) throws(ArchiveError) -> ValidationReport {
    let isDirectory = path != "-" && FileSystem.isDirectory(path)
    if !isDirectory {
      let source = try DumpSource.open(path)
      if PlainScriptFacts(prefix: source.prefix).kind != nil || !Self.looksLikeArchive(source.prefix) {
        var validation = PlainValidation(source: source, options: options)
        return try validation.run()
      }
    }
    return try ArchiveValidation(path: path, options: options).run()
  }

  static func looksLikeArchive(_ prefix: [UInt8]) -> Bool {
    if prefix.starts(with: ArchiveHeader.magic) { return true }
    guard prefix.count >= TarHeader.blockSize, let tar = TarHeader(block: prefix.prefix(TarHeader.blockSize)) else {
      return false
    }
    return tar.isValid
  }
}

/// A plain script, streamed through psql's rules once.
struct PlainValidation {
  var source: DumpSource
  let options: DumpValidator.Options
  let facts: PlainScriptFacts

  init(source: DumpSource, options: DumpValidator.Options) {
    self.source = source
    self.options = options
    self.facts = PlainScriptFacts(prefix: source.prefix)
  }

  mutating func run() throws(ArchiveError) -> ValidationReport {
    let target = options.targetMajor ?? facts.pgDumpMajor ?? 18
    var collector = FindingCollector(
      report: ValidationReport(
        path: source.path, kind: facts.kind?.rawValue ?? "plain", encoding: facts.encoding, targetMajor: target),
      maxFindings: options.maxFindings)
    let path = source.path
    let scanner = PsqlScriptScanner(
      options: .init(dialect: SQLDialect(serverMajor: target), encoding: .utf8, reportsComments: true))
    // The entry the script is in: its `-- Name:` header, decoded only when a finding needs it.
    var header: (id: Int32, fields: PlainEntryHeader)? = nil
    var nextID: Int32 = 1
    var validator = EncodingValidator(encoding: scanner.encoding)
    var sawTrailer = false
    var restrictKey: [UInt8]? = nil
    var copy: (checker: CopyRowChecker, firstDataLine: Int, table: String)? = nil
    var sqlASCIIHighBytes = 0
    var firstHighByte: Int64? = nil

    func add(_ code: String, _ severity: ValidationFinding.Severity, _ message: String, hint: String? = nil,
             offset: Int64?, location: SourceLocation? = nil, copyLine: Int64? = nil) {
      collector.add(
        ValidationFinding(
          code: code, severity: severity, message: message, hint: hint, file: path, offset: offset,
          line: location?.line, column: location?.column, entry: header.map(PlainValidation.entry), copyLine: copyLine))
    }

    func sink(_ event: ScriptEvent) throws {
      switch event {
      case .comment(_, let text):
        // Only `-- P…` (the trailer) and `-- N…`/`-- D…`/`-- S…` (entry headers) matter.
        guard text.count > 4, text[0] == 0x2D, text[1] == 0x2D, text[2] == 0x20 else { return }
        if text[3] == 0x50,
          text.starts(with: PlainValidation.trailer) || text.starts(with: PlainValidation.clusterTrailer)
        {
          sawTrailer = true
        } else if text[3] == 0x4E || text[3] == 0x44 || text[3] == 0x53, let fields = PlainEntryHeader(line: Array(text)) {
          header = (nextID, fields)
          nextID += 1
        }
      case .statement(let statement, let text):
        collector.report.statements += 1
        sawTrailer = false
        if validator.encoding != scanner.encoding { validator = EncodingValidator(encoding: scanner.encoding) }
        SQLTextCheck.check(statement, text: text, validator: validator) { issue in
          let location = PlainValidation.location(of: issue.offset, in: statement, text: text)
          add(issue.code, issue.severity, issue.message, hint: issue.hint, offset: issue.offset, location: location)
        }
        if scanner.encoding == .sqlASCII {
          for (index, byte) in text.enumerated() where byte >= 0x80 {
            sqlASCIIHighBytes += 1
            if firstHighByte == nil { firstHighByte = statement.range.lowerBound + Int64(index) }
          }
        }
        if statement.isCopyFromStdin {
          let parsed = CopyStatement(text, dialect: SQLDialect(serverMajor: target))
          let columns = parsed?.format == "text" ? parsed?.columns : nil
          // psql reads the data from the line after the statement's last line.
          let firstDataLine = statement.location.line + text.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
          copy = (CopyRowChecker(columns: columns, encoding: scanner.encoding, targetMajor: target), firstDataLine,
                  parsed?.table ?? "?")
        }
      case .copyData(let chunk, let offset):
        guard var current = copy else { return }
        if scanner.encoding == .sqlASCII {
          for (index, byte) in chunk.enumerated() where byte >= 0x80 {
            sqlASCIIHighBytes += 1
            if firstHighByte == nil { firstHighByte = offset + Int64(index) }
          }
        }
        current.checker.feed(chunk, at: offset) { problem in
          add(
            problem.code.rawValue, .error, problem.message, hint: "COPY \(current.table), line \(problem.line)",
            offset: problem.offset,
            location: SourceLocation(line: current.firstDataLine + Int(problem.line) - 1, column: 1),
            copyLine: problem.line)
        }
        copy = current
      case .copyEnd(let block):
        guard var current = copy else { return }
        current.checker.finish { problem in
          add(
            problem.code.rawValue, .error, problem.message, hint: "COPY \(current.table), line \(problem.line)",
            offset: problem.offset,
            location: SourceLocation(line: current.firstDataLine + Int(problem.line) - 1, column: 1),
            copyLine: problem.line)
        }
        collector.report.copyRows += block.rows
        if block.markerRange == nil {
          add(
            "copy-missing-end-marker", .error, "the input ends inside the data of COPY \(current.table)",
            hint: "no \\. line: the dump is truncated", offset: block.dataRange.upperBound)
        }
        copy = nil
      case .metaCommand(let command):
        SQLTextCheck.check(command) { issue in
          add(issue.code, issue.severity, issue.message, hint: issue.hint, offset: issue.offset, location: command.location)
        }
        let key = command.arguments
        if command.name == "restrict" {
          if restrictKey != nil {
            add("restrict-unpaired", .error, "\\restrict while already restricted", offset: command.range.lowerBound,
                location: command.location)
          }
          restrictKey = key
        } else if command.name == "unrestrict" {
          if restrictKey == nil {
            add("restrict-unpaired", .error, "\\unrestrict without a \\restrict before it",
                offset: command.range.lowerBound, location: command.location)
          } else if restrictKey != key {
            add("restrict-unpaired", .error, "\\unrestrict: wrong key", offset: command.range.lowerBound,
                location: command.location)
          }
          restrictKey = nil
        } else if command.name == "connect" || command.name == "c" {
          if restrictKey != nil {
            add("restrict-unpaired", .error, "backslash commands are restricted; only \\unrestrict is allowed",
                offset: command.range.lowerBound, location: command.location)
          }
        }
      case .token:
        break
      }
    }

    func scan(_ chunk: UnsafeRawBufferPointer) throws {
      collector.report.bytes += Int64(chunk.count)
      options.progress?(collector.report.bytes)
      try scanner.feed(chunk, sink)
    }
    do {
      if source.outerCompression.isEmpty {
        try source.forEachChunk(scan)
      } else {
        // Decompress on a second thread while this one scans.
        var input = source.input
        try ReadAhead.run(
          produce: { (writer: ReadAhead.Writer<Never>) in
            while try writer.fill({ try input.read(into: $0) }) > 0 {}
          },
          consume: { item in
            if case .bytes(let chunk) = item { try scan(chunk) }
          })
      }
      try scanner.finish(sink)
    } catch let error as ArchiveError {
      add("read-error", .error, error.message, offset: error.offset.map(Int64.init))
    } catch {
      add("read-error", .error, "\(error)", offset: nil)
    }
    header = nil
    if facts.kind == nil {
      add("plain-no-header", .warning, "no pg_dump header: this is not a pg_dump or pg_dumpall script", offset: 0)
    } else if !sawTrailer {
      add(
        "plain-truncated", .error,
        "the script does not end with \"-- PostgreSQL database \(facts.kind == .dumpAll ? "cluster " : "")dump complete\"",
        hint: "pg_dump writes that line last: the dump is truncated", offset: collector.report.bytes)
    }
    if restrictKey != nil {
      add("restrict-unpaired", .error, "\\restrict without a matching \\unrestrict before the end of the script",
          hint: "the dump is truncated", offset: collector.report.bytes)
    }
    if sqlASCIIHighBytes > 0, let firstHighByte {
      add(
        "encoding-sql-ascii", .warning,
        "SQL_ASCII dump with \(sqlASCIIHighBytes) non-ASCII bytes (first at byte \(firstHighByte))",
        hint: "a UTF8 target accepts these bytes in COPY without checking them; convert the encoding first",
        offset: firstHighByte)
    }
    return collector.report
  }

  /// The line and column of `offset`, a byte inside `statement` (whose text is `text`).
  static func location(of offset: Int64, in statement: ScriptStatement, text: UnsafeRawBufferPointer) -> SourceLocation {
    let index = Int(offset - statement.range.lowerBound)
    guard index > 0, index <= text.count else { return statement.location }
    var line = statement.location.line
    var lineStart = -1
    for position in 0..<index where text[position] == 0x0A {
      line += 1
      lineStart = position
    }
    let column = lineStart < 0 ? statement.location.column + index : index - lineStart
    return SourceLocation(line: line, column: column)
  }

  static let trailer = Array("-- PostgreSQL database dump complete".utf8)
  static let clusterTrailer = Array("-- PostgreSQL database cluster dump complete".utf8)

  /// A finding's entry from a `-- [Data for |Statistics for ]Name: TAG; Type: DESC; Schema: NS;
  /// Owner: …` header, the `id`-th of the script.
  static func entry(_ header: (id: Int32, fields: PlainEntryHeader)) -> ValidationFinding.Entry {
    ValidationFinding.Entry(
      dumpID: header.id, desc: String(decoding: header.fields.desc, as: UTF8.self),
      namespace: header.fields.schema.map { String(decoding: $0, as: UTF8.self) },
      tag: String(decoding: header.fields.tag, as: UTF8.self))
  }
}
