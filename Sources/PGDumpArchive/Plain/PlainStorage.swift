import PGDumpCompression
import PGDumpFormat
import PGDumpSQL

/// A plain pg_dump or pg_dumpall script behind the archive model: entries read back from its
/// comment blocks (`PlainEntryBuilder`), data read again from the script by byte range.
struct PlainStorage {
  let path: String
  let outerCompression: [CompressionMethod]
  let facts: PlainScriptFacts
  /// Bytes of the (decompressed) script.
  let size: Int64

  /// A regular uncompressed file can be read at any offset; compressed files are decompressed
  /// again up to the range; standard input is gone after the first pass.
  var isSeekable: Bool { path != "-" && outerCompression.isEmpty }

  func readData(of entry: TOCEntry, in archive: Archive, _ body: (DataEvent) throws -> Void) throws {
    guard case .script(let range) = entry.dataLocation else { return }
    guard path != "-" else {
      throw ArchiveError(
        .outOfOrder, "cannot read the data of a plain script from standard input a second time",
        hint: "give the file name instead of -")
    }
    var source = try DumpSource.open(path)
    var offset: Int64 = 0
    try source.forEachChunk { chunk in
      let chunkEnd = offset + Int64(chunk.count)
      defer { offset = chunkEnd }
      let lower = max(range.lowerBound, offset)
      let upper = min(range.upperBound, chunkEnd)
      guard lower < upper else { return }
      try body(.bytes(UnsafeRawBufferPointer(rebasing: chunk[Int(lower - offset)..<Int(upper - offset)])))
      if upper == range.upperBound { throw StopReading() }
    }
  }

  struct StopReading: Error {}
}

extension Archive {
  /// Reads a plain script into the archive model in one forward pass: each pg_dump comment
  /// block becomes a TOC entry with its SQL; COPY data is located, not kept.
  static func openPlain(_ path: String, options: ArchiveOpenOptions) throws(ArchiveError) -> Archive {
    do {
      var source = try DumpSource.open(path)
      let facts = PlainScriptFacts(prefix: source.prefix)
      let major = facts.pgDumpMajor ?? 18
      let scanner = PsqlScriptScanner(
        options: .init(dialect: SQLDialect(serverMajor: major), encoding: .utf8, reportsComments: true))
      var builder = PlainEntryBuilder()
      func sink(_ event: ScriptEvent) throws {
        switch event {
        case .comment(let range, let text): builder.comment(text, at: range.lowerBound)
        case .statement(let statement, let text): builder.statement(statement, text: text)
        case .copyEnd(let block): builder.copyEnd(block)
        default: break
        }
      }
      var size: Int64 = 0
      try source.forEachChunk { chunk in
        size += Int64(chunk.count)
        try scanner.feed(chunk, sink)
      }
      try scanner.finish(sink)
      let entries = builder.finish()
      let storage = PlainStorage(path: path, outerCompression: source.outerCompression, facts: facts, size: size)
      let header = ArchiveHeader(plainScript: facts)
      return Archive(
        path: path, format: .plain, header: header, toc: TableOfContents(entries: entries, endOffset: Int(size)),
        tocMember: nil, storage: .plain(storage))
    } catch let error as ArchiveError {
      throw error
    } catch {
      throw ArchiveError(.io, "could not read \"\(path)\": \(error)")
    }
  }
}

extension ArchiveHeader {
  /// A header for a plain script: what its comments say, and the archive version its pg_dump
  /// writes (so version-dependent code treats it like that pg_dump's archives).
  init(plainScript facts: PlainScriptFacts) {
    let version: ArchiveVersion =
      switch facts.pgDumpMajor ?? 18 {
      case 17...: .v1_16
      case 16: .v1_15
      case 12...15: .v1_14
      default: .v1_13
      }
    self.init(
      version: version, intSize: 4, offSize: 8, formatByte: 0, compression: ArchiveCompression(algorithm: .none),
      creationTime: nil, databaseName: nil, serverVersion: facts.serverVersion.map { Array($0.utf8) },
      pgDumpVersion: facts.pgDumpVersion.map { Array($0.utf8) }, endOffset: 0)
  }
}
