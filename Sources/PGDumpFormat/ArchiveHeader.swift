/// The container an archive comes in (pg_dump: `ArchiveFormat`, pg_backup.h).
public enum ArchiveFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// `pg_dump -Fc`: one file, header + TOC + data blocks.
  case custom
  /// `pg_dump -Fd`: a directory with `toc.dat` and one file per data entry.
  case directory
  /// `pg_dump -Ft`: a ustar archive whose first member is `toc.dat`.
  case tar
  /// `pg_dump -Fp` or pg_dumpall: a SQL script, read back into the same model by pgdumpkit.
  case plain

  /// The format byte stored in the header: custom writes 1; directory and tar both write 3
  /// (`archTar`), because directory's `toc.dat` shares tar's format code.
  public var headerFormatByte: UInt8 {
    switch self {
    case .custom: 1
    case .directory, .tar: 3
    case .plain: 4  // archNull
    }
  }

  /// The three archive formats pg_restore reads.
  public static let archives: [ArchiveFormat] = [.custom, .directory, .tar]

  /// As `pg_restore -l` prints it: `CUSTOM`, `DIRECTORY`, `TAR`.
  public var listName: String { rawValue.uppercased() }
}

/// How an archive's data is compressed, as the header records it.
///
/// From 1.15 on the header holds a one-byte algorithm (`pg_compress_algorithm`); 1.4–1.14 hold an
/// int *level* (0 none, anything else zlib, -1 the default); 1.2–1.3 a one-byte level; older
/// archives are always zlib.
public struct ArchiveCompression: Sendable, Hashable {
  /// The compression algorithm (pg_dump: `pg_compress_algorithm`).
  public enum Algorithm: Sendable, Hashable {
    case none, gzip, lz4, zstd
    /// An algorithm byte this library does not know.
    case unknown(UInt8)

    /// The name pg_restore 16+ prints (`get_compress_algorithm_name`), `???` when unknown.
    public var name: String {
      switch self {
      case .none: "none"
      case .gzip: "gzip"
      case .lz4: "lz4"
      case .zstd: "zstd"
      case .unknown: "???"
      }
    }

    /// The algorithm byte of a 1.15+ header.
    public var rawValue: UInt8 {
      switch self {
      case .none: 0
      case .gzip: 1
      case .lz4: 2
      case .zstd: 3
      case .unknown(let byte): byte
      }
    }

    public init(rawValue: UInt8) {
      switch rawValue {
      case 0: self = .none
      case 1: self = .gzip
      case 2: self = .lz4
      case 3: self = .zstd
      default: self = .unknown(rawValue)
      }
    }
  }

  /// The algorithm, stored (1.15+) or inferred from the level.
  public var algorithm: Algorithm
  /// The level stored by archives before 1.15 (`-1` is zlib's default); nil from 1.15 on, where the
  /// level is not recorded.
  public var level: Int?

  public init(algorithm: Algorithm, level: Int? = nil) {
    self.algorithm = algorithm
    self.level = level
  }

  /// What pg_restore of `major` prints after "Compression:": ≤ 15 prints the int level (an
  /// algorithm-only 1.15+ archive cannot be read by them), 16+ the algorithm name.
  public func listDescription(pgRestoreMajor major: Int) -> String {
    if major <= 15 {
      if let level { return String(level) }
      return algorithm == .none ? "0" : "-1"
    }
    return algorithm.name
  }
}

/// The archive header (pg_dump: `WriteHead`/`ReadHead`, pg_backup_archiver.c).
///
///     +-------+------+------+-----+---------+---------+--------+-------------+
///     | PGDMP | vmaj | vmin | rev | intSize | offSize | format | compression |
///     +-------+------+------+-----+---------+---------+--------+-------------+
///     | 7 ints: sec min hour mday mon year isdst | dbname | server | pg_dump  |
///     +------------------------------------------+--------+--------+----------+
///
/// `rev` exists since 1.1, `offSize` since 1.7, the compression field since 1.2 (a byte), as an
/// int level since 1.4, as a one-byte algorithm since 1.15; the creation time and database name
/// since 1.4; the two version strings since 1.10. The TOC follows immediately.
public struct ArchiveHeader: Sendable, Hashable {
  public var version: ArchiveVersion
  /// Size of an archive int's magnitude in bytes (4 in every real archive).
  public var intSize: Int
  /// Size of a data offset in bytes (8 in every real archive).
  public var offSize: Int
  /// The format byte as stored (1 custom, 3 tar and directory).
  public var formatByte: UInt8
  public var compression: ArchiveCompression
  /// The creation time as stored: the dumping machine's local time, without a time zone.
  public var creationTime: CreationTime?
  /// The database name (`PQdb()` of the dump connection), raw bytes.
  public var databaseName: [UInt8]?
  /// The server version string, e.g. `17.10` or `15.18 (Debian 15.18-0+deb12u1)`.
  public var serverVersion: [UInt8]?
  /// pg_dump's own version string.
  public var pgDumpVersion: [UInt8]?
  /// Offset of the first byte after the header (where the TOC count is).
  public var endOffset: Int

  /// A `struct tm` as stored in the header: seven ints.
  public struct CreationTime: Sendable, Hashable, Codable {
    public var second: Int
    public var minute: Int
    public var hour: Int
    public var dayOfMonth: Int
    /// 0–11.
    public var month: Int
    /// Years since 1900.
    public var year: Int
    public var isDST: Int

    public init(second: Int, minute: Int, hour: Int, dayOfMonth: Int, month: Int, year: Int, isDST: Int) {
      self.second = second
      self.minute = minute
      self.hour = hour
      self.dayOfMonth = dayOfMonth
      self.month = month
      self.year = year
      self.isDST = isDST
    }
  }

  public init(
    version: ArchiveVersion, intSize: Int, offSize: Int, formatByte: UInt8, compression: ArchiveCompression,
    creationTime: CreationTime?, databaseName: [UInt8]?, serverVersion: [UInt8]?, pgDumpVersion: [UInt8]?,
    endOffset: Int
  ) {
    self.version = version
    self.intSize = intSize
    self.offSize = offSize
    self.formatByte = formatByte
    self.compression = compression
    self.creationTime = creationTime
    self.databaseName = databaseName
    self.serverVersion = serverVersion
    self.pgDumpVersion = pgDumpVersion
    self.endOffset = endOffset
  }

  /// The PGDMP magic.
  public static let magic: [UInt8] = Array("PGDMP".utf8)
}

extension ArchiveHeader {
  /// Reads the header, starting at the magic, and configures `reader` (int size, offset size,
  /// version) for the TOC that follows. The corresponding pg_dump routine is `ReadHead`.
  ///
  /// - Parameters:
  ///   - expectedFormatByte: 1 for custom, 3 for `toc.dat` of directory and tar archives.
  ///   - newestVersion: the newest version accepted (the emulated pg_restore's `K_VERS_MAX`).
  /// - Throws: ``ArchiveError`` `.notAnArchive` (bad magic), `.unsupportedVersion`,
  ///   `.badIntegerSize`, `.formatMismatch`, `.truncated`.
  public init<Input>(
    parsing reader: ArchiveByteReader<Input>, expectedFormatByte: UInt8,
    newestVersion: ArchiveVersion = .newestReadable
  ) throws(ArchiveError) {
    let start = reader.offset
    let magic = try reader.readBytes(count: 5)
    guard magic == Self.magic else {
      throw ArchiveError(.notAnArchive, "did not find magic string in file header", offset: start)
    }
    let versionOffset = reader.offset
    let major = try reader.readByte()
    let minor = try reader.readByte()
    let revision: UInt8 = (major > 1 || (major == 1 && minor > 0)) ? try reader.readByte() : 0
    let version = ArchiveVersion(major, minor, revision)
    guard version >= .v1_0, version <= newestVersion else {
      throw ArchiveError(
        .unsupportedVersion, "unsupported version (\(major).\(minor)) in file header", offset: versionOffset,
        detail: "This reader accepts archive versions 1.0 to \(newestVersion).",
        hint: version > newestVersion
          ? "The archive was written by a newer pg_dump (version \(major).\(minor) is read by pg_restore \(version.oldestPGRestore) and later)."
          : nil)
    }
    reader.version = version

    let intSizeOffset = reader.offset
    let intSize = Int(try reader.readByte())
    // pg_restore rejects > 32 ("sanity check on integer size"); sizes above 8 cannot hold a value
    // this reader could use, and 0 makes every int zero.
    guard (1...8).contains(intSize) else {
      throw ArchiveError(
        .badIntegerSize, "sanity check on integer size (\(intSize)) failed", offset: intSizeOffset)
    }
    reader.intSize = intSize
    let offSize: Int
    if version >= .v1_7 {
      let offSizeOffset = reader.offset
      offSize = Int(try reader.readByte())
      guard (1...16).contains(offSize) else {
        throw ArchiveError(
          .badIntegerSize, "sanity check on offset size (\(offSize)) failed", offset: offSizeOffset)
      }
    } else {
      offSize = intSize  // before 1.7 offsets were ints
    }
    reader.offSize = offSize

    let formatOffset = reader.offset
    let formatByte = try reader.readByte()
    guard formatByte == expectedFormatByte else {
      throw ArchiveError(
        .formatMismatch, "expected format (\(expectedFormatByte)) differs from format found in file (\(formatByte))",
        offset: formatOffset)
    }

    let compression: ArchiveCompression
    if version >= .v1_15 {
      compression = ArchiveCompression(algorithm: .init(rawValue: try reader.readByte()))
    } else if version >= .v1_2 {
      // 1.2–1.3 stored the level as a byte, 1.4–1.14 as an int; any non-zero level means zlib.
      let level = version < .v1_4 ? Int(try reader.readByte()) : try reader.readInt()
      compression = ArchiveCompression(algorithm: level == 0 ? .none : .gzip, level: level)
    } else {
      compression = ArchiveCompression(algorithm: .gzip, level: -1)
    }

    var creationTime: CreationTime?
    var databaseName: [UInt8]?
    if version >= .v1_4 {
      var fields: [Int] = []
      for _ in 0..<7 { fields.append(try reader.readInt()) }
      creationTime = CreationTime(
        second: fields[0], minute: fields[1], hour: fields[2], dayOfMonth: fields[3], month: fields[4],
        year: fields[5], isDST: fields[6])
      databaseName = try reader.readString()
    }
    var serverVersion: [UInt8]?
    var pgDumpVersion: [UInt8]?
    if version >= .v1_10 {
      serverVersion = try reader.readString()
      pgDumpVersion = try reader.readString()
    }
    self.init(
      version: version, intSize: intSize, offSize: offSize, formatByte: formatByte, compression: compression,
      creationTime: creationTime, databaseName: databaseName, serverVersion: serverVersion,
      pgDumpVersion: pgDumpVersion, endOffset: reader.offset)
  }
}
