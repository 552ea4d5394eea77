import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// One stored `pg_restore -l` reference: which archive, which pg_restore, what it printed.
struct ListReference: CustomStringConvertible, Sendable {
  var dump: Corpus.Dump
  var pgRestoreMajor: Int
  var run: Corpus.Run
  var description: String { "\(dump.path) as pg_restore \(pgRestoreMajor)" }

  static let all: [ListReference] = Corpus.archives.flatMap { dump in
    (dump.lists ?? [:]).compactMap { key, run in Int(key).map { ListReference(dump: dump, pgRestoreMajor: $0, run: run) } }
  }.sorted { $0.description < $1.description }
}

/// Runs `body` with TZ=UTC, as the references were recorded (pg_restore prints the creation time
/// in the reader's local zone).
func withUTC<T>(_ body: () throws -> T) rethrows -> T {
  setenv("TZ", "UTC", 1)
  tzset()
  return try body()
}

@Suite struct CorpusListTests {
  @Test func corpusIsPresent() {
    #expect(Corpus.archives.count >= 40, "Corpus/manifest.json lists the real dumps")
  }

  /// `pgdumpkit list --as-version N` equals what pg_restore N printed, byte for byte; where that
  /// pg_restore refused the archive, we refuse it with the same message.
  @Test(arguments: ListReference.all)
  func listMatchesStoredPGRestoreOutput(_ reference: ListReference) throws {
    let options = ArchiveOpenOptions(
      newestVersion: .newestReadable(byPGRestore: reference.pgRestoreMajor), pgRestoreMajor: reference.pgRestoreMajor)
    if reference.run.status == 0, let stdout = reference.run.stdout {
      let archive = try Archive.open(reference.dump.fullPath, options: options)
      let text = withUTC { TOCListing(pgRestoreMajor: reference.pgRestoreMajor).render(archive) }
      let expected = Corpus.bytes(stdout)
      #expect(text == expected, "\(reference)")
      if text != expected { firstDifference(text, expected) }
    } else {
      let stderr = reference.run.stderr.map { String(decoding: Corpus.bytes($0), as: UTF8.self) } ?? ""
      #expect(throws: ArchiveError.self) { try Archive.open(reference.dump.fullPath, options: options) }
      do {
        _ = try Archive.open(reference.dump.fullPath, options: options)
      } catch {
        #expect(stderr.contains(error.message), "pg_restore said: \(stderr)")
      }
    }
  }

  /// The default `--as-version` is the archive's own pg_dump major.
  @Test(arguments: Corpus.archives)
  func defaultListingImitatesTheArchivesOwnPGRestore(_ dump: Corpus.Dump) throws {
    guard let own = dump.lists?[String(dump.pgMajor)], let stdout = own.stdout else { return }
    let archive = try Archive.open(dump.fullPath)
    #expect(archive.pgDumpMajorVersion == dump.pgMajor)
    let text = withUTC { TOCListing(pgRestoreMajor: archive.pgDumpMajorVersion).render(archive) }
    #expect(text == Corpus.bytes(stdout))
  }
}

/// Prints the first differing line of two outputs, to make failures readable.
func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) {
  let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  for index in 0..<max(a.count, e.count) where (index < a.count ? a[index] : nil) != (index < e.count ? e[index] : nil) {
    print("line \(index + 1):\n  ours:     \(index < a.count ? String(a[index]) : "<none>")\n  expected: \(index < e.count ? String(e[index]) : "<none>")")
    return
  }
}
