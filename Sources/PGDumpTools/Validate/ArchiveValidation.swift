import PGDumpArchive
import PGDumpFormat
import PGDumpSQL

/// A custom, directory or tar archive: header and TOC (which must be readable, or validation
/// stops with the error), the special entries, dependencies, every entry's SQL, and every data
/// block read and decompressed once — COPY rows checked as the server will read them.
struct ArchiveValidation {
  let path: String
  let options: DumpValidator.Options

  func run() throws(ArchiveError) -> ValidationReport {
    let archive = try Archive.open(path)
    let encoding = archive.encodingName.flatMap { PostgresEncoding(name: $0) } ?? .utf8
    let target = options.targetMajor ?? archive.pgDumpMajorVersion
    let dialect = SQLDialect(
      serverMajor: target, standardConformingStrings: archive.standardConformingStrings ?? true,
      clientEncodingIsClientOnly: encoding.isClientOnly)
    var collector = FindingCollector(
      report: ValidationReport(
        path: path, kind: archive.format.rawValue, encoding: encoding.name, targetMajor: target),
      maxFindings: options.maxFindings)
    collector.report.entries = archive.entries.count
    let tocFile = archive.tocMember.map { path + "/" + $0 } ?? path

    func label(_ entry: TOCEntry) -> ValidationFinding.Entry {
      ValidationFinding.Entry(
        dumpID: entry.dumpID, desc: entry.descText,
        namespace: entry.namespace.map { DumpText.decode($0, encoding: encoding.name) },
        tag: entry.tag.map { DumpText.decode($0, encoding: encoding.name) } ?? "")
    }
    func add(
      _ code: String, _ severity: ValidationFinding.Severity, _ message: String, hint: String? = nil,
      file: String? = nil, offset: Int64?, entry: TOCEntry? = nil, copyLine: Int64? = nil
    ) {
      collector.add(
        ValidationFinding(
          code: code, severity: severity, message: message, hint: hint, file: file ?? tocFile, offset: offset,
          entry: entry.map(label), copyLine: copyLine))
    }

    // Special entries (pg_restore's processEncodingEntry / processStdStringsEntry).
    if let entry = archive.entries.first(where: { $0.isType("ENCODING") }) {
      if entry.encodingItem == nil || PostgresEncoding(name: entry.encodingItem ?? "") == nil {
        add("archive-bad-encoding-entry", .error, "invalid ENCODING item", offset: Int64(entry.entryOffset), entry: entry)
      }
    } else {
      add("archive-no-encoding-entry", .warning, "the archive has no ENCODING entry; UTF8 assumed", offset: nil)
    }
    if let entry = archive.entries.first(where: { $0.isType("STDSTRINGS") }), entry.standardStringsItem == nil {
      add("archive-bad-stdstrings-entry", .error, "invalid STDSTRINGS item", offset: Int64(entry.entryOffset), entry: entry)
    }
    // Dependencies. pg_dump's two section boundary objects (`createBoundaryObjects`: pre-data and
    // post-data) get consecutive dump IDs but no TOC entries, so every real archive has
    // dependencies on up to two such IDs. More than that means a partial dump (-t, -n) or damage.
    let ids = Set(archive.entries.map(\.dumpID))
    // 18's STATISTICS DATA entries also depend on the relation and index objects behind them,
    // which have no TOC entries of their own when a constraint creates the index.
    var missing: [Int32: [TOCEntry]] = [:]
    for entry in archive.entries where !entry.isType("STATISTICS DATA") {
      for dependency in entry.dependencies where !ids.contains(dependency) { missing[dependency, default: []].append(entry) }
    }
    let missingIDs = missing.keys.sorted()
    let onlyBoundaries = missingIDs.count <= 2 && (missingIDs.count < 2 || missingIDs[1] == missingIDs[0] + 1)
    if !onlyBoundaries {
      for id in missingIDs {
        guard let first = missing[id]?.first else { continue }
        add(
          "archive-missing-dependency", .warning,
          "dump ID \(id) is a dependency of \(missing[id]?.count ?? 0) entr\((missing[id]?.count ?? 0) == 1 ? "y" : "ies") but not in the archive",
          hint: "expected in a partial dump (-t, -n); otherwise the TOC is damaged", offset: Int64(first.entryOffset),
          entry: first)
      }
    }
    // Every SQL text of every entry.
    let validator = EncodingValidator(encoding: encoding)
    for entry in archive.entries {
      // BLOB METADATA's definition is a list of large-object OIDs, not SQL (pg_restore makes the
      // lo_create calls from it).
      let definition = entry.isType("BLOB METADATA") ? nil : entry.defn
      for text in [definition, entry.dropStmt, entry.copyStmt] {
        guard let text, !text.isEmpty else { continue }
        Self.checkSQL(text, dialect: dialect, validator: validator) { issue in
          add(issue.code, issue.severity, issue.message, hint: issue.hint, offset: Int64(entry.entryOffset), entry: entry)
        }
      }
    }
    // Every data block, read and decompressed once, on a second thread while this one checks.
    let dataEntries = archive.entries.filter(\.hasData)
    var checker: CopyRowChecker? = nil
    var current = 0
    var offset: Int64 = 0
    var table = ""
    func copyProblem(_ problem: CopyRowChecker.Problem, _ entry: TOCEntry) {
      add(problem.code.rawValue, .error, problem.message, hint: "COPY \(table), line \(problem.line)",
          file: Self.dataFile(entry, archive: archive), offset: problem.offset, entry: entry, copyLine: problem.line)
    }
    do {
      try ReadAhead.run(
        produce: { (writer: ReadAhead.Writer<DataMark>) in
          for index in dataEntries.indices {
            try writer.mark(.begin(index))
            do {
              // Decompressed straight into the slots the checking thread reads.
              try archive.readData(of: dataEntries[index], output: writer.output) { event in
                guard case .bytes(let chunk) = event else { return }
                try writer.write(chunk)
              }
              try writer.mark(.end(index, nil))
            } catch let error as ArchiveError {
              try writer.mark(.end(index, error))
              if !archive.isSeekable { return }  // a forward-only stream cannot go past the damage
            }
          }
        },
        consume: { item in
          switch item {
          case .bytes(let chunk):
            if checker != nil {
              let entry = dataEntries[current]
              checker!.feed(chunk, at: offset) { copyProblem($0, entry) }
            }
            offset += Int64(chunk.count)
            collector.report.bytes += Int64(chunk.count)
            options.progress?(collector.report.bytes)
          case .mark(.begin(let index)):
            current = index
            offset = 0
            checker = nil
            let entry = dataEntries[index]
            if entry.isType("TABLE DATA"), let copyText = entry.copyStmt,
              let copy = CopyStatement(copyText, dialect: dialect)
            {
              checker = CopyRowChecker(
                columns: copy.format == "text" ? copy.columns : nil, encoding: encoding, targetMajor: target)
              table = copy.table
            }
          case .mark(.end(let index, let failure)):
            let entry = dataEntries[index]
            if let failure {
              add("data-unreadable", .error, failure.message, hint: failure.hint,
                  file: failure.member.map { path + "/" + $0 } ?? Self.dataFile(entry, archive: archive),
                  offset: failure.offset.map(Int64.init), entry: entry)
            } else if var finished = checker {
              finished.finish { copyProblem($0, entry) }
              collector.report.copyRows += finished.lines
              if !finished.sawEndMarker {
                add("copy-missing-end-marker", .error, "the data of COPY \(table) has no \\. line",
                    hint: "the data block is cut short", file: Self.dataFile(entry, archive: archive), offset: offset,
                    entry: entry)
              }
            }
            checker = nil
          }
        })
    } catch let error as ArchiveError {
      add("data-unreadable", .error, error.message, hint: error.hint, offset: error.offset.map(Int64.init))
    } catch {
      add("data-unreadable", .error, "\(error)", offset: nil)
    }
    return collector.report
  }

  /// Where an entry's data is, for findings: the member of a directory or tar, else the file.
  static func dataFile(_ entry: TOCEntry, archive: Archive) -> String {
    if case .file(let name?) = entry.dataLocation, archive.format == .directory {
      return archive.path + "/" + String(decoding: name, as: UTF8.self)
    }
    return archive.path
  }

  /// Runs an entry's SQL text through psql's rules and the per-statement checks. `validator` is
  /// the archive encoding's, made once for all entries (a text that switches encodings gets a
  /// validator of the new one).
  static func checkSQL(
    _ text: [UInt8], dialect: SQLDialect, validator: EncodingValidator, _ issue: (SQLTextCheck.Issue) -> Void
  ) {
    let scanner = PsqlScriptScanner(options: .init(dialect: dialect, encoding: validator.encoding))
    func sink(_ event: ScriptEvent) {
      switch event {
      case .statement(let statement, let bytes):
        let current =
          scanner.encoding == validator.encoding ? validator : EncodingValidator(encoding: scanner.encoding)
        SQLTextCheck.check(statement, text: bytes, validator: current, issue)
      case .metaCommand(let command):
        SQLTextCheck.check(command, issue)
      default:
        break
      }
    }
    text.withUnsafeBytes { scanner.feedIgnoringErrors($0, sink) }
    scanner.finishIgnoringErrors(sink)
  }
}

/// What the reading thread tells the checking thread besides bytes.
enum DataMark {
  /// The bytes that follow are the data of `dataEntries[index]`.
  case begin(Int)
  /// Its data ended, completely or with the error that stopped it.
  case end(Int, ArchiveError?)
}

extension TOCEntry {
  /// Whether the entry has a data block to read (TABLE DATA, BLOBS, …).
  var hasData: Bool {
    switch dataLocation {
    case .offset(let location): location.flag != .noData
    case .file(let name): name != nil
    case .script: true
    }
  }
}

extension PsqlScriptScanner {
  /// `feed` with a sink that cannot throw.
  func feedIgnoringErrors(_ chunk: UnsafeRawBufferPointer, _ sink: (ScriptEvent) -> Void) {
    try? feed(chunk) { sink($0) }
  }

  func finishIgnoringErrors(_ sink: (ScriptEvent) -> Void) {
    try? finish { sink($0) }
  }
}
