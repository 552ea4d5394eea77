import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Helpers shared by the hand-built and damage suites: scratch files, a seeded PRNG, timing.
enum DamageSupport {
  /// A fresh directory under the temporary directory, removed by ``ScratchDirectory/remove()``.
  final class ScratchDirectory {
    let url: URL
    var path: String { url.path }

    init(_ label: String) throws {
      url = FileManager.default.temporaryDirectory
        .appendingPathComponent("pgdumpkit-\(label)-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` inside the directory; returns the full path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = url.appendingPathComponent(name)
      try Data(bytes).write(to: file)
      return file.path
    }

    /// Copies a directory or file into the scratch directory under `name`.
    func copy(_ source: String, as name: String) throws -> String {
      let target = url.appendingPathComponent(name)
      try FileManager.default.copyItem(atPath: source, toPath: target.path)
      return target.path
    }
  }


  /// Sets a file's length in place (cheaper than rewriting it for every truncation point).
  static func truncate(_ path: String, to length: Int) throws {
    guard Foundation.truncate(path, off_t(length)) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
  }

  /// Opens, lists and reads every entry's data, returning the first error (or nil). Anything
  /// thrown that is not an ``ArchiveError`` is recorded as an issue.
  @discardableResult
  static func exercise(
    _ path: String, readData: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
  ) -> ArchiveError? {
    do {
      let archive = try Archive.open(path)
      _ = TOCListing(pgRestoreMajor: 17).render(archive)
      guard readData else { return nil }
      var firstError: ArchiveError?
      for entry in archive.entries where entry.hadDumper {
        do {
          var total = 0
          try archive.readData(of: entry) { event in
            if case .bytes(let bytes) = event { total += bytes.count }
          }
        } catch let error as ArchiveError {
          firstError = firstError ?? error
        } catch {
          Issue.record("readData threw a non-ArchiveError: \(error)", sourceLocation: sourceLocation)
        }
      }
      return firstError
    } catch {
      return error
    }
  }

  /// Seconds elapsed while running `body`.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The listing without its first two lines (the creation time depends on the time zone).
  static func listingWithoutTime(_ listing: [UInt8]) -> String {
    String(decoding: listing, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("; Archive created at") }.joined(separator: "\n")
  }

  // MARK: Corpus targets

  /// The first `main` dump of the corpus matching the description, if the corpus has it.
  static func corpusDump(pg: Int, format: String, compression: String? = nil, piped: Bool = false) -> Corpus.Dump? {
    Corpus.archives.first { dump in
      dump.pgMajor == pg && dump.format == format && dump.database == "main" && (dump.piped ?? false) == piped
        && (compression == nil || dump.compression == compression)
    }
  }

  /// One of every kind the damage suites cover: custom none/gzip/lz4/zstd, piped, directory, tar,
  /// from PostgreSQL 15 (archive 1.14) and 17/18 (1.16).
  static let damageTargets: [Corpus.Dump] = [
    corpusDump(pg: 15, format: "custom", compression: "none"),
    corpusDump(pg: 17, format: "custom", compression: "none"),
    corpusDump(pg: 15, format: "custom", compression: "gzip"),
    corpusDump(pg: 18, format: "custom", compression: "gzip"),
    corpusDump(pg: 17, format: "custom", compression: "lz4"),
    corpusDump(pg: 17, format: "custom", compression: "zstd"),
    corpusDump(pg: 15, format: "custom", compression: "gzip", piped: true),
    corpusDump(pg: 17, format: "custom", compression: "gzip", piped: true),
    corpusDump(pg: 15, format: "directory", compression: "gzip"),
    corpusDump(pg: 17, format: "directory", compression: "none"),
    corpusDump(pg: 17, format: "directory", compression: "zstd"),
    corpusDump(pg: 15, format: "tar"),
    corpusDump(pg: 18, format: "tar"),
  ].compactMap { $0 }

  /// Where a dump's header and TOC are: the custom file itself, `toc.dat` of a directory, or the
  /// `toc.dat` member of a tar file (its data starts after the 512-byte header).
  struct TOCLocation {
    /// The header and TOC bytes (`toc.dat` for directory and tar).
    var bytes: [UInt8]
    /// The file to cut, relative to the dump's root ("" for single-file dumps).
    var file: String
    /// Offset of `bytes[0]` within that file.
    var base: Int
    var format: ArchiveFormat
    /// Every field of the header and TOC.
    var fields: [ArchiveBytes.Field]
    var tocEnd: Int { fields.last?.end ?? 0 }
  }

  static func tocLocation(of dump: Corpus.Dump) throws -> TOCLocation {
    switch dump.format {
    case "custom":
      let bytes = Corpus.bytes(dump.path)
      return TOCLocation(
        bytes: bytes, file: "", base: 0, format: .custom, fields: try ArchiveBytes.fieldLayout(of: bytes, format: .custom))
    case "directory":
      let bytes = Corpus.bytes(dump.path + "/toc.dat")
      return TOCLocation(
        bytes: bytes, file: "toc.dat", base: 0, format: .directory,
        fields: try ArchiveBytes.fieldLayout(of: bytes, format: .directory))
    default:
      let tar = Corpus.bytes(dump.path)
      let header = try #require(TarHeader(block: tar[0..<512]))
      #expect(header.nameText == "toc.dat")
      let bytes = Array(tar[512..<512 + header.size])
      return TOCLocation(
        bytes: bytes, file: "", base: 512, format: .tar, fields: try ArchiveBytes.fieldLayout(of: bytes, format: .tar))
    }
  }

  /// Whether an error from opening an archive whose TOC was cut at `cut` (TOC coordinates) is the
  /// specific, located error expected: `.truncated` at or before the cut, or the count check.
  static func checkTruncationError(
    _ error: ArchiveError, cut: Int, headerEnd: Int, context: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard let offset = error.offset else {
      Issue.record("\(context): no offset in \(error)", sourceLocation: sourceLocation)
      return
    }
    #expect(offset <= cut, "\(context): \(error)", sourceLocation: sourceLocation)
    #expect(error.code == .truncated, "\(context): \(error)", sourceLocation: sourceLocation)
    #expect(error.message == "could not read from input file: end of file", sourceLocation: sourceLocation)
    // Too few bytes for the declared entry count is reported at the count itself.
    if error.field == "TOC entry count" && error.detail?.hasPrefix("The TOC declares") == true {
      #expect(offset == headerEnd, "\(context): \(error)", sourceLocation: sourceLocation)
    }
  }
}
