import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Plain scripts read into the archive model: the entry list of a plain dump is the entry list of
/// the same database's custom archive, in pg_restore's restore order (ACLs, then event triggers
/// and materialized view data, come last in a script).
@Suite struct PlainDumpTests {
  static var plainDumps: [Corpus.Dump] { Corpus.dumps.filter { $0.format == "plain" } }
  static let plainOptions = ArchiveOpenOptions(acceptsPlainScripts: true)

  /// The custom archive of the same database made by the same pg_dump.
  static func customArchive(for dump: Corpus.Dump) -> Corpus.Dump? {
    Corpus.dumps.first {
      $0.pgMajor == dump.pgMajor && $0.database == dump.database && $0.format == "custom"
        && $0.compression == "gzip" && $0.piped != true
    }
  }

  /// What `pg_restore -l` shows of each entry, minus the ids: type, schema, name, owner.
  static func listed(_ archive: Archive) -> [String] {
    let requirements = EntrySelection(options: .init()).requirements(of: archive.entries)
    var byID: [Int32: TOCEntry] = [:]
    for entry in archive.entries { byID[entry.dumpID] = entry }
    let shown = zip(archive.entries, requirements).filter { !$0.1.isDisjoint(with: [.schema, .data]) }.map(\.0)
    let ordered = shown.enumerated().sorted { left, right in
      let (a, b) = (RestorePass.of(left.element) { byID[$0] }, RestorePass.of(right.element) { byID[$0] })
      return a != b ? a < b : left.offset < right.offset
    }
    return ordered.map { entry in
      let text = { (bytes: [UInt8]?) in bytes.map { sanitized($0) } ?? "-" }
      return "\(entry.element.descText) | \(text(entry.element.namespace)) | \(text(entry.element.tag)) | \(text(entry.element.owner))"
    }
  }

  /// pg_restore's `sanitize_line`: a script's comment lines cannot hold newlines.
  static func sanitized(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
  }

  @Test("a plain dump lists the entries of the same database's archive, in restore order", arguments: plainDumps)
  func plainListMatchesArchive(dump: Corpus.Dump) throws {
    let custom = try #require(Self.customArchive(for: dump))
    let plain = try Archive.open(dump.fullPath, options: Self.plainOptions)
    let archive = try Archive.open(custom.fullPath)
    #expect(plain.format == .plain)
    let ours = Self.listed(plain)
    let theirs = Self.listed(archive)
    #expect(ours.count == theirs.count)
    for (index, (mine, reference)) in zip(ours, theirs).enumerated() where mine != reference {
      Issue.record("entry \(index): plain \(mine) vs archive \(reference)")
      break
    }
    #expect(plain.encodingName == archive.encodingName)
    #expect(plain.standardConformingStrings == archive.standardConformingStrings)
  }

  @Test("plain table data is the COPY rows pg_restore prints for the archive", arguments: plainDumps)
  func plainDataMatchesArchiveData(dump: Corpus.Dump) throws {
    let custom = try #require(Self.customArchive(for: dump))
    let plain = try Archive.open(dump.fullPath, options: Self.plainOptions)
    let archive = try Archive.open(custom.fullPath)
    func data(_ archive: Archive) throws -> [String: [UInt8]] {
      var result: [String: [UInt8]] = [:]
      for entry in archive.entries where entry.isType("TABLE DATA") {
        var bytes: [UInt8] = []
        try archive.readData(of: entry) { event in
          if case .bytes(let chunk) = event { bytes.append(contentsOf: chunk) }
        }
        let key = "\(Self.sanitized(entry.namespace ?? [])).\(Self.sanitized(entry.tag ?? []))"
        result[key] = bytes
      }
      return result
    }
    let ours = try data(plain)
    let theirs = try data(archive)
    #expect(ours.keys.sorted() == theirs.keys.sorted())
    for (key, rows) in theirs {
      // The archive's blob ends with "\.\n" and two blank lines; the plain entry ends at "\.\n".
      var expected = rows
      while expected.last == 0x0A && expected.dropLast().last == 0x0A { expected.removeLast() }
      #expect(ours[key] == expected, "\(key)")
    }
  }

  @Test("a gzip-compressed plain dump lists like the uncompressed one")
  func compressedPlainDump() throws {
    let dump = try #require(Self.plainDumps.first { $0.pgMajor == 17 && $0.database == "main" })
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-plain-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let compressed = directory.appendingPathComponent("main.sql.gz")
    let gzip = try ProcessResult.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -c '\(dump.fullPath)' > '\(compressed.path)'"])
    try #require(gzip.status == 0)
    let plain = try Archive.open(dump.fullPath, options: Self.plainOptions)
    let zipped = try Archive.open(compressed.path, options: Self.plainOptions)
    #expect(Self.listed(zipped) == Self.listed(plain))
    #expect(!zipped.isSeekable)
  }

  @Test("pg_restore's refusal of plain scripts stays the default")
  func plainRefusedByDefault() throws {
    let dump = try #require(Self.plainDumps.first)
    #expect(throws: ArchiveError.self) { try Archive.open(dump.fullPath) }
  }

  @Test("a pg_dumpall script lists every database's entries")
  func dumpAllScript() throws {
    for dump in Corpus.dumps where dump.format == "dumpall" {
      let archive = try Archive.open(dump.fullPath, options: Self.plainOptions)
      let databases = archive.entries.filter { $0.isType("DATABASE") }
      #expect(databases.count >= 3, "\(dump.path)")
      #expect(archive.entries.contains { $0.isType("TABLE DATA") }, "\(dump.path)")
    }
  }
}
