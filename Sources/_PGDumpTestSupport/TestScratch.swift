import Foundation

/// Scratch directories for tests, all under one per-process root that is removed when the test
/// process exits, so test runs leave nothing behind in the temporary directory.
public enum TestScratch {
  static let root: URL = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pgdumpkit-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: TestScratch.root) }
    return root
  }()

  /// A fresh, empty directory.
  public static func directory(_ prefix: String) -> URL {
    let directory = root.appendingPathComponent("\(prefix)-\(UUID())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }
}
