#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A throw-away PostgreSQL server from the real builds under `.pg/NN/bin` (Tools/install-postgres),
/// for integration tests: `initdb` into a fresh temp directory, no TCP (`listen_addresses = ''`),
/// the unix socket in that directory, fsync off. When the tests run as root, everything
/// server-side runs as the non-root user `pgcorpus` (created as Tools/make-corpus creates it),
/// since postgres refuses to run as root.
///
///     try PostgresServer.with(major: 17) { server in
///       try server.sql("CREATE DATABASE scratch")
///       let result = try server.client("pg_restore", ["-d", "scratch", path])
///     }
///
/// ``with(major:_:)`` always stops the server (`pg_ctl -m immediate stop`) and removes the
/// directory, also when `body` throws or an expectation fails. Client tools connect through
/// PGHOST/PGPORT/PGUSER/PGDATABASE (any other PG* variable of the test's environment is removed),
/// as superuser `postgres` with trust authentication.
public final class PostgresServer: @unchecked Sendable {
  /// The non-root user servers run as when the tests run as root.
  public static let serverUser = "pgcorpus"

  public let major: Int
  /// The build's bin directory.
  public let bin: URL
  /// The temp directory: `data/`, the socket, `server.log`, and ``scratchDirectory``.
  public let directory: URL
  /// A directory for files the server reads (e.g. `COPY … FROM 'file'`), readable by its user.
  public let scratchDirectory: URL
  public var dataDirectory: URL { directory.appendingPathComponent("data") }
  public var logFile: URL { directory.appendingPathComponent("server.log") }
  public let port = 5432

  private let runAs: [String]
  private let lock = NSLock()
  private var running = false

  /// A server or client step that failed, with its output.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
  }

  /// Whether the build of `major` with everything a server needs is installed.
  public static func isAvailable(_ major: Int) -> Bool {
    guard let bin = Corpus.postgresBin(major) else { return false }
    return ["initdb", "pg_ctl", "postgres", "psql", "pg_restore"].allSatisfy {
      FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent($0).path)
    }
  }

  /// Starts a server of `major`, runs `body`, and stops the server and removes its directory
  /// however `body` ends.
  public static func with<T>(major: Int, settings: String = "", _ body: (PostgresServer) throws -> T) throws -> T {
    let server = try PostgresServer(major: major, settings: settings)
    defer { server.stop() }
    return try body(server)
  }

  /// Runs initdb and starts the server; on failure cleans up and throws (with initdb's output or
  /// the server log). Prefer ``with(major:_:)``; otherwise call ``stop()``.
  /// `settings`: more `postgresql.conf` lines (logging, for instance).
  public init(major: Int, settings: String = "") throws {
    guard Self.isAvailable(major), let bin = Corpus.postgresBin(major) else {
      throw Failure("PostgreSQL \(major) is not installed (Tools/install-postgres)")
    }
    self.major = major
    self.bin = bin
    let user = try Self.ensureServerUser.get()
    runAs = user.map { ["/usr/sbin/runuser", "-u", $0.name, "--"] } ?? []
    // A short name: the socket path (directory + "/.s.PGSQL.5432") must fit in 107 bytes.
    let suffix = String(UUID().uuidString.prefix(8)).lowercased()
    directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pgdumpkit-pg\(major)-\(suffix)")
    scratchDirectory = directory.appendingPathComponent("files")
    let fileManager = FileManager.default
    try fileManager.createDirectory(at: directory, withIntermediateDirectories: true)
    do {
      try fileManager.createDirectory(at: scratchDirectory, withIntermediateDirectories: true)
      chmod(directory.path, 0o755)
      chmod(scratchDirectory.path, 0o755)
      if let user, chown(directory.path, user.uid, user.gid) != 0 {
        throw Failure("chown \(directory.path) to \(user.name) failed (errno \(errno))")
      }
      try start(settings: settings)
    } catch {
      stop()
      throw error
    }
  }

  deinit { stop() }

  private func start(settings extra: String) throws {
    let initdb = try server(
      "initdb", ["-D", dataDirectory.path, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
    guard initdb.status == 0 else { throw Failure("initdb \(major) failed:\n\(Self.text(initdb))") }
    let settings = """

      # added by PostgresServer (_PGDumpTestSupport)
      listen_addresses = ''
      unix_socket_directories = '\(directory.path)'
      port = \(port)
      fsync = off
      synchronous_commit = off
      full_page_writes = off
      timezone = 'UTC'
      log_timezone = 'UTC'
      max_connections = 20
      \(extra)

      """
    let config = try FileHandle(forWritingTo: dataDirectory.appendingPathComponent("postgresql.conf"))
    defer { try? config.close() }
    try config.seekToEnd()
    try config.write(contentsOf: Data(settings.utf8))
    lock.withLock { running = true }
    let started = try server(
      "pg_ctl", ["-D", dataDirectory.path, "-l", logFile.path, "-w", "-t", "60", "start"], daemonizes: true)
    guard started.status == 0 else {
      let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
      throw Failure("PostgreSQL \(major) did not start:\n\(Self.text(started))\n\(log)")
    }
    startWatchdog()
  }

  /// A crash (a trap in a test) skips ``stop()``: a small bash loop stops the server and removes
  /// the directory once the test process is gone. It ends by itself within a second after
  /// ``stop()`` has removed the directory.
  private func startWatchdog() {
    func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let pgCtl = bin.appendingPathComponent("pg_ctl").path
    let stop = (runAs + [pgCtl, "-D", dataDirectory.path, "-m", "immediate", "-w", "stop"])
      .map(quoted).joined(separator: " ")
    let directory = quoted(directory.path)
    let script = """
      while kill -0 \(getpid()) 2>/dev/null && [ -d \(directory) ]; do sleep 1; done
      if [ -d \(directory) ]; then \(stop); rm -rf \(directory); fi
      """
    let watchdog = Process()
    watchdog.executableURL = URL(fileURLWithPath: "/bin/bash")
    watchdog.arguments = ["-c", script]
    watchdog.standardInput = FileHandle.nullDevice
    watchdog.standardOutput = FileHandle.nullDevice
    watchdog.standardError = FileHandle.nullDevice
    try? watchdog.run()
  }

  /// Stops the server (immediate shutdown) and removes its directory. Idempotent.
  public func stop() {
    let wasRunning = lock.withLock {
      defer { running = false }
      return running
    }
    if wasRunning,
      FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("postmaster.pid").path)
    {
      _ = try? server("pg_ctl", ["-D", dataDirectory.path, "-m", "immediate", "-w", "stop"])
    }
    try? FileManager.default.removeItem(at: directory)
  }

  // MARK: Running programs

  /// Runs a client program of the build (psql, pg_restore, createdb, …) connected to this server.
  public func client(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws
    -> ProcessResult
  {
    var connection = [
      "PGHOST": directory.path, "PGPORT": String(port), "PGUSER": "postgres", "PGDATABASE": "postgres",
      "TZ": "UTC",
    ]
    for (key, value) in environment { connection[key] = value }
    // /usr/bin/env -u: ProcessResult.run only adds to the inherited environment.
    let unset = ProcessInfo.processInfo.environment.keys
      .filter { $0.hasPrefix("PG") && connection[$0] == nil }.sorted().flatMap { ["-u", $0] }
    return try ProcessResult.run(
      URL(fileURLWithPath: "/usr/bin/env"), unset + [bin.appendingPathComponent(tool).path] + arguments,
      environment: connection)
  }

  /// Runs `sql` with psql (`-X -q -At -v ON_ERROR_STOP=1 -c`) in `database`; returns its standard
  /// output, throws with its standard error when psql fails.
  @discardableResult
  public func sql(_ sql: String, database: String = "postgres") throws -> String {
    try psql(["-d", database, "-c", sql])
  }

  /// Runs the SQL script `file` with psql (`-X -q -At -v ON_ERROR_STOP=1 -f`) in `database`.
  @discardableResult
  public func sqlFile(_ file: URL, database: String = "postgres", environment: [String: String] = [:]) throws
    -> String
  {
    try psql(["-d", database, "-f", file.path], environment: environment)
  }

  private func psql(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
    let result = try client("psql", ["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"] + arguments, environment: environment)
    guard result.status == 0 else {
      throw Failure("psql \(arguments.joined(separator: " ")) failed (\(result.status)):\n\(Self.text(result))")
    }
    return String(decoding: result.stdout, as: UTF8.self)
  }

  /// Runs a server-side program of the build as the server's user.
  ///
  /// `daemonizes`: the program leaves a process behind (`pg_ctl start`). On Linux, Foundation's
  /// `Process` learns that a child ended when the one descriptor it lets the child inherit (a
  /// socket) reaches EOF, so a postmaster that inherited it would make `waitUntilExit` wait as
  /// long as the server runs. bash runs the program with every descriptor above 2 closed for it
  /// (and only for it: bash keeps the socket until the program has exited).
  private func server(_ tool: String, _ arguments: [String], daemonizes: Bool = false) throws -> ProcessResult {
    var command = runAs + [bin.appendingPathComponent(tool).path] + arguments
    if daemonizes {
      let script = #"""
        closes=""
        for fd in /proc/$$/fd/*; do
          fd=${fd##*/}
          if [[ $fd =~ ^[0-9]+$ ]] && (( fd > 2 )); then closes+=" $fd>&-"; fi
        done
        eval '"$@"'"$closes"
        """#
      command = ["/bin/bash", "-c", script, "bash"] + command
    }
    return try ProcessResult.run(
      URL(fileURLWithPath: command[0]), Array(command.dropFirst()), environment: ["TZ": "UTC"])
  }

  /// A program's standard error and output, for failure messages.
  public static func text(_ result: ProcessResult) -> String {
    String(decoding: result.stderr, as: UTF8.self) + String(decoding: result.stdout, as: UTF8.self)
  }

  // MARK: The server user

  struct ServerUser: Sendable {
    var name: String
    var uid: uid_t
    var gid: gid_t
  }

  /// nil when not root; otherwise `pgcorpus`, created once per process if missing (as
  /// Tools/make-corpus does: system user, no home, no login shell).
  static let ensureServerUser: Result<ServerUser?, Failure> = {
    guard getuid() == 0 else { return .success(nil) }
    func lookup() -> ServerUser? {
      guard let entry = getpwnam(serverUser) else { return nil }
      return ServerUser(name: serverUser, uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid)
    }
    if let user = lookup() { return .success(user) }
    let created = try? ProcessResult.run(
      URL(fileURLWithPath: "/usr/sbin/useradd"),
      ["--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", serverUser])
    // Another process may have created it meanwhile: only its absence is an error.
    if let user = lookup() { return .success(user) }
    return .failure(Failure("useradd \(serverUser) failed: \(created.map(text) ?? "could not run useradd")"))
  }()
}
