import Foundation
import PGDumpArchive
import PGDumpFormat
import PGDumpTools
import Testing
import _PGDumpTestSupport

/// `data --csv` round-trips through the real server: for every table with data in a corpus
/// archive, the CSV that `pgdumpkit data DUMP -t TABLE -n SCHEMA --csv` writes (made here the
/// way DataCommand makes it: `TableData.columns` → `CopyTextToCSV.header`, `TableData.rows` →
/// `CopyTextToCSV`), loaded with `COPY … FROM 'file' (FORMAT csv, HEADER)`, gives exactly the rows
/// the real pg_restore restores from the archive.
///
/// Per PostgreSQL major (one throw-away server each, see `PostgresServer`; skipped when that
/// build is not installed), for the databases main (UTF8: NULL vs '', quotes, commas, CR/LF,
/// tabs, backslashes, `\N` and `\.` as text, bytea, arrays, json, ranges, composite types,
/// generated and identity columns, partitions, inheritance, odd table names), latin1 and eucjp
/// (non-UTF-8 bytes in data, table and column names):
///
/// - A = `pg_restore --no-owner --no-privileges` of `NN/DB.custom-gzip.dump` (the roles of
///   Corpus/sql/00-cluster-roles.sql created first, so the restore runs without a single error);
/// - B = the same archive's `--section=pre-data` only, then one `COPY … FROM` per TABLE DATA
///   entry from the CSV of the custom archive, and again (a second B) from the plain script
///   `NN/DB.plain.sql`. Pre-data rather than `-s` plus disabling triggers and dropping foreign
///   keys: it is exactly the state pg_restore itself loads data into (tables, types, domains,
///   sequences — no indexes, constraints, triggers, rules or policies yet), so nothing has to be
///   undone, and the circular deferrable foreign keys (departments ⇄ employees) need no order;
/// - every table's row count and `md5(string_agg(t::text, E'\n' ORDER BY t::text))` over
///   `ONLY schema.table` are equal in A and B; then B's `--section=post-data` restores without
///   an error (primary keys, unique and exclusion constraints and foreign keys validate the
///   loaded rows).
///
/// Loading runs server-side (`COPY … FROM '/tmp/…/x.csv'`, as superuser), not through psql's
/// `\copy`: psql up to 17 (and 18 for data on its standard input) ends COPY data at a line that
/// is exactly `\.` even inside a quoted CSV field, so it cannot load app.notes row 13 (a text
/// value with a `\.` line) — from PostgreSQL's own `COPY … TO … CSV` output either. The server's
/// CSV parser does not have that problem.
@Suite struct DataCSVRoundTripTests {
  @Test("PostgreSQL 15: data --csv loads back to the restored rows", .enabled(if: PostgresServer.isAvailable(15)))
  func postgres15() throws { try Self.roundTrip(major: 15) }

  @Test("PostgreSQL 16: data --csv loads back to the restored rows", .enabled(if: PostgresServer.isAvailable(16)))
  func postgres16() throws { try Self.roundTrip(major: 16) }

  @Test("PostgreSQL 17: data --csv loads back to the restored rows", .enabled(if: PostgresServer.isAvailable(17)))
  func postgres17() throws { try Self.roundTrip(major: 17) }

  @Test("PostgreSQL 18: data --csv loads back to the restored rows", .enabled(if: PostgresServer.isAvailable(18)))
  func postgres18() throws { try Self.roundTrip(major: 18) }

  /// `data -t 'weird<newline>name' -n app` finds the table in every archive of main, but not in
  /// main.plain.sql: the plain reader takes a TABLE DATA entry's tag from the script's
  /// `-- Data for Name: weird name; Type: TABLE DATA; …` comment, where pg_dump wrote the newline
  /// as a space, so the real name fails ("has no data in the dump") and only `-t 'weird name'`
  /// (which no archive accepts) works. The real name is in the COPY statement that follows
  /// (`COPY app."weird<newline>name" (id, "Mixed Col") FROM stdin;`).
  @Test(
    "a table whose name has a newline is found by its real name in the plain script too")
  func plainLookupByRealName() throws {
    for major in 15...18 {
      let path = Corpus.directory.appendingPathComponent("dumps/pg\(major)/main.plain.sql").path
      let plain = try Archive.open(path, options: ArchiveOpenOptions(acceptsPlainScripts: true))
      let entry = try TableData.entry(in: plain, table: "weird\nname", schema: "app")
      #expect(entry.tag == Array("weird\nname".utf8), "pg\(major)")
    }
  }

  static let databases = ["main", "latin1", "eucjp"]

  /// The CSV header is the COPY column names in the dump's bytes, as the server writes it.
  /// Fails for eucjp: `TableData.columns` decodes the EUC-JP names of 日本語.商品 as UTF-8 into
  /// Strings, so `CopyTextToCSV.header` writes U+FFFD (EF BF BD) where the server writes
  /// `番号,名前,説明,価格` in EUC-JP (C8 D6 B9 E6 2C CC BE C1 B0 2C …): the header line is neither
  /// EUC-JP nor what COPY … TO … HEADER writes. Rows are unaffected, and `COPY … FROM … CSV
  /// HEADER` skips the line unread, so the round trip above passes; `HEADER MATCH` would not.
  @Test(
    "the CSV header holds the column names in the dump's encoding",
    arguments: 15...18)
  func headerInDumpEncoding(major: Int) throws {
    for database in Self.databases {
      let path = Corpus.directory.appendingPathComponent("dumps/pg\(major)/\(database).custom-gzip.dump").path
      let archive = try Archive.open(path)
      for table in archive.entries where table.isType("TABLE DATA") {
        let names = try #require(Self.columnNames(table), "\(path) \(Self.name(table))")
        var expected: [UInt8] = []
        for (index, column) in names.enumerated() {
          if index > 0 { expected.append(0x2C) }
          let special: [UInt8] = [0x2C, 0x22, 0x0A, 0x0D]
          if column.isEmpty || column.contains(where: special.contains) {
            expected.append(0x22)
            for byte in column {
              if byte == 0x22 { expected.append(0x22) }
              expected.append(byte)
            }
            expected.append(0x22)
          } else {
            expected += column
          }
        }
        let header = Array(try Self.csv(of: table, in: archive).prefix { $0 != 0x0A })
        #expect(header == expected, "pg\(major) \(database) \(Self.name(table))")
      }
    }
  }

  static func roundTrip(major: Int) throws {
    try PostgresServer.with(major: major) { server in
      try server.sqlFile(Corpus.directory.appendingPathComponent("sql/00-cluster-roles.sql"))
      for database in databases {
        let custom = Corpus.dumps.first { $0.path == "dumps/pg\(major)/\(database).custom-gzip.dump" }
        let plain = Corpus.dumps.first { $0.path == "dumps/pg\(major)/\(database).plain.sql" }
        guard let custom, let plain else {
          Issue.record("pg\(major): the corpus has no custom-gzip and plain dump of \(database)")
          continue
        }
        try check(custom: custom, plain: plain, on: server)
      }
    }
  }

  static func check(custom: Corpus.Dump, plain: Corpus.Dump, on server: PostgresServer) throws {
    let database = custom.database ?? "db"
    let encoding = custom.encoding ?? "UTF8"
    let archive = try Archive.open(custom.fullPath)
    let tables = archive.entries.filter { $0.isType("TABLE DATA") }
    #expect(!tables.isEmpty, "\(custom.path) has no TABLE DATA entries")

    // A: what the real pg_restore restores.
    let reference = "ref_\(database)"
    try createDatabase(reference, encoding: encoding, on: server)
    try restore(["--no-owner", "--no-privileges", "--exit-on-error", "-d", reference, custom.fullPath], on: server)
    let expected = try fingerprints(of: tables, in: reference, encoding: encoding, on: server)
    #expect(expected.count == tables.count, "pg\(server.major) \(database): a table is missing from the restore")
    #expect(expected.values.contains { !$0.hasPrefix("0|") }, "pg\(server.major) \(database): no rows restored")

    for source in [custom, plain] {
      let dump = try Archive.open(source.fullPath, options: ArchiveOpenOptions(acceptsPlainScripts: true))
      let target = "csv_\(database)_\(source.format)"
      try createDatabase(target, encoding: encoding, on: server)
      try restore(
        ["--no-owner", "--no-privileges", "--exit-on-error", "--section=pre-data", "-d", target, custom.fullPath],
        on: server)

      // One script with one COPY per table, run without ON_ERROR_STOP: a table that fails to load
      // is reported (psql names the table and CSV line) and the others are still compared.
      var script: [UInt8] = Array("SET client_min_messages = warning;\n".utf8)
      for table in tables {
        guard let entry = try sourceEntry(for: table, in: dump) else {
          Issue.record("\(source.path): no TABLE DATA for \(name(table))")
          continue
        }
        let file = server.scratchDirectory.appendingPathComponent("\(target)-\(table.dumpID).csv")
        try Data(try csv(of: entry, in: dump)).write(to: file)
        guard let load = copyFrom(table, file: file) else {
          Issue.record("\(custom.path): unexpected COPY statement for \(name(table))")
          continue
        }
        script += load
      }
      let scriptFile = server.scratchDirectory.appendingPathComponent("\(target)-load.sql")
      try Data(script).write(to: scriptFile)
      let loaded = try server.client(
        "psql", ["-X", "-q", "-d", target, "-f", scriptFile.path], environment: ["PGCLIENTENCODING": encoding])
      #expect(
        loaded.status == 0 && loaded.stderr.isEmpty,
        "pg\(server.major) \(source.path): COPY … FROM … CSV HEADER failed:\n\(PostgresServer.text(loaded))")

      let actual = try fingerprints(of: tables, in: target, encoding: encoding, on: server)
      for table in tables {
        #expect(
          actual[table.dumpID] == expected[table.dumpID],
          """
          pg\(server.major) \(source.path): \(name(table)) loaded from data --csv differs from pg_restore's \
          (count|md5: \(actual[table.dumpID] ?? "missing") vs \(expected[table.dumpID] ?? "missing"))
          """)
      }

      // Constraints and indexes on top of the loaded rows.
      try restore(
        ["--no-owner", "--no-privileges", "--exit-on-error", "--section=post-data", "-d", target, custom.fullPath],
        on: server)
    }
  }

  // MARK: Steps

  /// The CSV `pgdumpkit data --csv` writes for `entry` (DataCommand.writeRows).
  static func csv(of entry: TOCEntry, in archive: Archive) throws -> [UInt8] {
    var out = CopyTextToCSV.header(TableData.columns(of: entry) ?? [])
    var converter = CopyTextToCSV()
    try TableData.rows(of: entry, in: archive) { chunk in converter.convert(chunk) { out += $0 } }
    converter.finish { out += $0 }
    return out
  }

  /// The source dump's TABLE DATA entry for `table`: found with `TableData.entry` (as `data -t
  /// TABLE -n SCHEMA` finds it) when the names are UTF-8; by their bytes otherwise (a latin1 or
  /// EUC-JP name cannot be given as a Swift string).
  static func sourceEntry(for table: TOCEntry, in dump: Archive) throws -> TOCEntry? {
    if let tag = table.tag.flatMap({ String(validating: $0, as: UTF8.self) }),
      let schema = table.namespace.flatMap({ String(validating: $0, as: UTF8.self) })
    {
      if dump.format == .plain, (tag + schema).contains("\n"),
        (try? TableData.entry(in: dump, table: tag, schema: schema)) == nil
      {
        // A plain script names app."weird\nname" only in its "-- Data for Name: weird name"
        // comment (pg_dump writes newlines there as spaces): see plainLookupByRealName. The rows
        // are still compared, found under that name.
        return try TableData.entry(
          in: dump, table: tag.replacingOccurrences(of: "\n", with: " "),
          schema: schema.replacingOccurrences(of: "\n", with: " "))
      }
      return try TableData.entry(in: dump, table: tag, schema: schema)
    }
    return dump.entries.first {
      $0.isType("TABLE DATA") && $0.tag == table.tag && $0.namespace == table.namespace
    }
  }

  /// The archive's own `COPY table (columns) FROM stdin;` (names quoted as pg_dump quotes them,
  /// in the dump's encoding) with `FROM 'file' (FORMAT csv, HEADER)` instead.
  static func copyFrom(_ table: TOCEntry, file: URL) -> [UInt8]? {
    guard let statement = table.copyStmt else { return nil }
    let suffix = Array("FROM stdin;".utf8)
    var end = statement.count
    while end > 0, statement[end - 1] == 0x0A || statement[end - 1] == 0x20 { end -= 1 }
    guard end >= suffix.count, Array(statement[(end - suffix.count)..<end]) == suffix else { return nil }
    let path = file.path.replacingOccurrences(of: "'", with: "''")
    return Array(statement[..<(end - suffix.count)]) + Array("FROM '\(path)' (FORMAT csv, HEADER);\n".utf8)
  }

  /// `dumpID → "count|md5"` of every table's rows (`ONLY`: a parent's own rows).
  static func fingerprints(of tables: [TOCEntry], in database: String, encoding: String, on server: PostgresServer)
    throws -> [Int32: String]
  {
    var script: [UInt8] = []
    for table in tables {
      script += Array("SELECT \(table.dumpID), count(*), ".utf8)
      script += Array("coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-') FROM ONLY ".utf8)
      script += quoted(table.namespace ?? []) + [0x2E] + quoted(table.tag ?? []) + Array(" t;\n".utf8)
    }
    let file = server.scratchDirectory.appendingPathComponent("\(database)-fingerprints.sql")
    try Data(script).write(to: file)
    let output = try server.sqlFile(file, database: database, environment: ["PGCLIENTENCODING": encoding])
    var result: [Int32: String] = [:]
    for line in output.split(separator: "\n") {
      let fields = line.split(separator: "|", maxSplits: 1)
      if fields.count == 2, let id = Int32(fields[0]) { result[id] = String(fields[1]) }
    }
    return result
  }

  static func createDatabase(_ name: String, encoding: String, on server: PostgresServer) throws {
    try server.sql("CREATE DATABASE \(name) TEMPLATE template0 ENCODING '\(encoding)'")
  }

  static func restore(_ arguments: [String], on server: PostgresServer) throws {
    let result = try server.client("pg_restore", arguments)
    guard result.status == 0 else {
      throw PostgresServer.Failure(
        "pg_restore \(server.major) \(arguments.joined(separator: " ")) failed:\n\(PostgresServer.text(result))")
    }
  }

  /// The column names of a pg_dump `COPY table (a, "B c", …) FROM stdin;`, as bytes (dequoted).
  static func columnNames(_ table: TOCEntry) -> [[UInt8]]? {
    guard let statement = table.copyStmt else { return nil }
    // The column list starts at the first "(" outside quotes (a quoted table name may hold one).
    var inQuotes = false
    var start: Int?
    for (index, byte) in statement.enumerated() {
      if byte == 0x22 { inQuotes.toggle() }
      if byte == 0x28 && !inQuotes {
        start = index + 1
        break
      }
    }
    guard let start else { return nil }
    var names: [[UInt8]] = []
    var name: [UInt8] = []
    var quoted = false
    var index = start
    while index < statement.count {
      let byte = statement[index]
      if quoted {
        if byte == 0x22 {
          if index + 1 < statement.count && statement[index + 1] == 0x22 {
            name.append(0x22)
            index += 1
          } else {
            quoted = false
          }
        } else {
          name.append(byte)
        }
      } else if byte == 0x22 {
        quoted = true
      } else if byte == 0x2C || byte == 0x29 {
        names.append(name)
        name = []
        if byte == 0x29 { return names }
      } else if byte != 0x20 {
        name.append(byte)
      }
      index += 1
    }
    return nil
  }

  /// A SQL identifier: `"` + name with `"` doubled + `"` (bytes in the dump's encoding).
  static func quoted(_ name: [UInt8]) -> [UInt8] {
    [0x22] + name.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] } + [0x22]
  }

  static func name(_ entry: TOCEntry) -> String {
    String(decoding: (entry.namespace ?? []) + [0x2E] + (entry.tag ?? []), as: UTF8.self)
  }
}
