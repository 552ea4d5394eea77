import Foundation
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// The integration test behind the damaged-dumps suite: each damaged plain script with a SQL or
/// COPY damage is restored now into a real PostgreSQL 17 server by its own psql
/// (`-v ON_ERROR_STOP=1`, into a fresh database, after the roles of the same cluster), and the
/// server's first error — read from its jsonlog — must be on the object `validate` names: the
/// same table and COPY line, or the same statement and byte. It must also still be the error
/// Tools/make-damaged recorded in the manifest, whose copy lets ValidateDamageTests compare
/// messages without a server.
@Suite(.enabled(if: PostgresServer.isAvailable(17)), .timeLimit(.minutes(5)))
struct ValidateDamageLiveTests {
  typealias Damaged = ValidateDamageTests.Damaged

  static let logSettings = """
    logging_collector = on
    log_destination = 'jsonlog'
    log_directory = 'log'
    log_filename = 'errors'
    log_rotation_age = 0
    log_rotation_size = 0
    log_min_messages = warning
    log_min_error_statement = error
    lc_messages = 'C'
    """

  @Test("every damaged plain script fails in the real server on the object validate names")
  func serverFailsWhereValidateSays() throws {
    let dumps = ValidateDamageTests.damaged.filter { $0.format == "plain" && $0.serverExpectation != nil }
    try #require(dumps.count >= 5, "Corpus/damaged/manifest.json: plain SQL and COPY damages")
    try PostgresServer.with(major: 17, settings: Self.logSettings) { server in
      try Self.restoreRoles(server)
      var applications: [(dump: Damaged, name: String, status: Int32)] = []
      for (index, dump) in dumps.enumerated() {
        let database = "damaged_\(index)"
        try server.sql("CREATE DATABASE \(database) WITH TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
        let name = "validate-live-\(index)"
        let result = try server.client(
          "psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-f", dump.fullPath],
          environment: ["PGAPPNAME": name])
        applications.append((dump, name, result.status))
      }
      let log = try Self.errorsLogged(server)
      for (dump, name, status) in applications {
        let first = try #require(
          log.first { $0["application_name"] as? String == name && $0["error_severity"] as? String == "ERROR" },
          "\(dump.name): psql exited \(status) and the server logged no ERROR")
        let live = Damaged.Server(
          status: Int(status), sqlstate: first["state_code"] as? String, message: first["message"] as? String,
          context: first["context"] as? String, statement: first["statement"] as? String,
          cursorPosition: first["cursor_position"] as? Int)
        #expect(status == 3, "\(dump.name): psql stops at the error (exit 3)")
        #expect(live.message == dump.server?.message, "\(dump.name): the server's message changed")
        #expect(live.context == dump.server?.context, "\(dump.name): the server's CONTEXT changed")
        let expectation = try #require(dump.serverExpectation)
        let finding = try ValidateDamageTests.check(dump, expectation)
        try ValidateDamageTests.expectSameObjectAsServer(dump, finding, server: live)
      }
    }
  }

  /// The roles section of the same cluster's pg_dumpall script (CREATE ROLE postgres fails, as in
  /// every pg_dumpall restore: no ON_ERROR_STOP here).
  static func restoreRoles(_ server: PostgresServer) throws {
    let dumpall = Corpus.bytes("dumps/pg17/cluster.dumpall.sql")
    let marker = Array("--\n-- Databases\n--\n".utf8)
    let end = try #require(
      dumpall.indices.first { dumpall[$0...].starts(with: marker) }, "cluster.dumpall.sql has no Databases section")
    let file = server.scratchDirectory.appendingPathComponent("roles.sql")
    try Data(dumpall[..<end]).write(to: file)
    let result = try server.client("psql", ["-X", "-q", "-f", file.path])
    try #require(result.status == 0, "restoring the roles: \(PostgresServer.text(result))")
  }

  /// Every entry of the server's jsonlog, once a marker error logged last has reached the file
  /// (the logging collector writes asynchronously).
  static func errorsLogged(_ server: PostgresServer) throws -> [[String: Any]] {
    let marker = "validate_live_marker_\(UInt64.random(in: 1...UInt64.max))"
    _ = try server.client("psql", ["-X", "-q", "-c", "SELECT \(marker)"])
    let file = server.dataDirectory.appendingPathComponent("log/errors.json")
    for _ in 0..<600 {
      if let data = try? Data(contentsOf: file) {
        // The log holds the bytes the server received, invalid UTF-8 included.
        let entries = String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
          (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        if entries.contains(where: { ($0["message"] as? String)?.contains(marker) == true }) { return entries }
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    throw PostgresServer.Failure("the marker error never reached \(file.path)")
  }
}
