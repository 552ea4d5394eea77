import Foundation

/// The committed corpus of real dumps (Corpus/manifest.json), for tests and tools.
public enum Corpus {
  /// The repository root, found from this source file's location.
  public static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  public static var directory: URL { root.appendingPathComponent("Corpus") }

  /// One pg_restore run recorded in the manifest.
  public struct Run: Decodable, Sendable, Hashable {
    public var status: Int
    public var stdout: String?
    public var stderr: String?
  }

  /// One dump of the manifest.
  public struct Dump: Decodable, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var pgMajor: Int
    public var pgVersion: String
    public var database: String?
    public var encoding: String?
    public var format: String
    public var compression: String?
    public var piped: Bool?
    public var archiveVersion: String?
    public var lists: [String: Run]?
    public var script: Script?
    /// The statements psql sent when it ran this plain script (Tools/corpus/psql-statements).
    public var psqlStatements: String?

    public struct Script: Decodable, Sendable, Hashable {
      public var pgMajor: Int
      public var status: Int
      public var stdout: String?
      public var restrictKey: String?
    }

    public var description: String { path }
    /// Absolute path of the dump.
    public var fullPath: String { Corpus.directory.appendingPathComponent(path).path }
    public var isArchive: Bool { ["custom", "directory", "tar"].contains(format) }
    public var isPlain: Bool { format == "plain" || format == "dumpall" }
  }

  /// Every dump in the manifest (empty when the corpus is missing).
  public static let dumps: [Dump] = {
    let url = directory.appendingPathComponent("manifest.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([Dump].self, from: data)) ?? []
  }()

  /// Archives only (custom, directory, tar).
  public static var archives: [Dump] { dumps.filter(\.isArchive) }

  /// Reads a corpus file (path relative to Corpus/).
  public static func bytes(_ relativePath: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: directory.appendingPathComponent(relativePath)))) ?? []
  }

  /// The bin directory of an installed PostgreSQL major (Tools/install-postgres), if present.
  public static func postgresBin(_ major: Int) -> URL? {
    let home = ProcessInfo.processInfo.environment["PGDUMPKIT_PG_HOME"].map(URL.init(fileURLWithPath:))
      ?? root.appendingPathComponent(".pg")
    let bin = home.appendingPathComponent("\(major)/bin")
    return FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("pg_restore").path) ? bin : nil
  }
}

/// Runs a program and captures its output (for differential tests against the real binaries).
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: [UInt8]
  public var stderr: [UInt8]

  public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Drain both pipes concurrently so neither fills up.
    nonisolated(unsafe) var errData = Data()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: [UInt8](outData), stderr: [UInt8](errData))
  }
}
