import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// Differential tests against the real pg_restore binaries that Tools/install-postgres installs
/// (skipped per version when that build is absent; CI installs all four).
@Suite struct RealPGRestoreTests {
  struct Case: CustomStringConvertible, Sendable {
    var dump: Corpus.Dump
    var major: Int
    var description: String { "\(dump.path) with pg_restore \(major)" }
  }

  static let cases: [Case] = Corpus.archives.flatMap { dump in (15...18).map { Case(dump: dump, major: $0) } }

  @Test(arguments: cases)
  func listEqualsRealPGRestore(_ test: Case) throws {
    guard let bin = Corpus.postgresBin(test.major) else { return }
    let real = try ProcessResult.run(
      bin.appendingPathComponent("pg_restore"), ["-l", test.dump.fullPath], environment: ["TZ": "UTC"])
    let options = ArchiveOpenOptions(
      newestVersion: .newestReadable(byPGRestore: test.major), pgRestoreMajor: test.major)
    if real.status == 0 {
      let archive = try Archive.open(test.dump.fullPath, options: options)
      let ours = withUTC { TOCListing(pgRestoreMajor: test.major).render(archive) }
      #expect(ours == real.stdout, "\(test)")
    } else {
      let message = String(decoding: real.stderr, as: UTF8.self)
      do {
        _ = try Archive.open(test.dump.fullPath, options: options)
        Issue.record("pg_restore \(test.major) failed (\(message)) but we opened \(test.dump.path)")
      } catch {
        #expect(message.contains(error.message), "\(test): pg_restore said \(message)")
      }
    }
  }
}
