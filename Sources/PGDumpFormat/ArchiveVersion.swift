/// An archive format version, `major.minor.revision` (pg_dump: `MAKE_ARCHIVE_VERSION`).
///
/// The history lives in the constants, as in pg_backup_archiver.h; readers branch on them with a
/// comment saying what changed.
public struct ArchiveVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var major: UInt8
  public var minor: UInt8
  public var revision: UInt8

  public init(_ major: UInt8, _ minor: UInt8, _ revision: UInt8 = 0) {
    self.major = major
    self.minor = minor
    self.revision = revision
  }

  /// `((major * 256 + minor) * 256 + rev) * 256`, pg_dump's packed form.
  public var packed: Int { ((Int(major) * 256 + Int(minor)) * 256 + Int(revision)) * 256 }

  public static func < (lhs: ArchiveVersion, rhs: ArchiveVersion) -> Bool { lhs.packed < rhs.packed }

  /// `1.16`, as pg_restore prints it in "unsupported version (1.16) in file header".
  public var description: String { "\(major).\(minor)" }
  /// `1.16-0`, as `pg_restore -l` prints it in "Dump Version:".
  public var listDescription: String { "\(major).\(minor)-\(revision)" }

  public static let v1_0 = ArchiveVersion(1, 0)
  public static let v1_2 = ArchiveVersion(1, 2)  // allow compression level in header
  public static let v1_3 = ArchiveVersion(1, 3)  // COPY statement in TOC
  public static let v1_4 = ArchiveVersion(1, 4)  // creation date, database name; compression as int
  public static let v1_5 = ArchiveVersion(1, 5)  // dependencies
  public static let v1_6 = ArchiveVersion(1, 6)  // namespace
  public static let v1_7 = ArchiveVersion(1, 7)  // offset size in header; offsets with a flag byte
  public static let v1_8 = ArchiveVersion(1, 8)  // catalog table OID in TOC
  public static let v1_9 = ArchiveVersion(1, 9)  // withOids flag per entry
  public static let v1_10 = ArchiveVersion(1, 10)  // tablespace; server and pg_dump versions in header
  public static let v1_11 = ArchiveVersion(1, 11)  // section per entry
  public static let v1_12 = ArchiveVersion(1, 12)  // separate BLOB entries (PG 9.0)
  public static let v1_13 = ArchiveVersion(1, 13)  // SEARCHPATH entry (CVE-2018-1058)
  public static let v1_14 = ArchiveVersion(1, 14)  // table access method (PG 12)
  public static let v1_15 = ArchiveVersion(1, 15)  // compression algorithm in header (PG 16)
  public static let v1_16 = ArchiveVersion(1, 16)  // BLOB METADATA, multiple BLOBS, relkind (PG 17)

  /// The newest version this library reads: everything pg_restore 17/18 reads (`K_VERS_MAX`).
  public static let newestReadable = ArchiveVersion(1, 16, 255)

  /// The highest archive version the pg_restore of a major release accepts (its `K_VERS_MAX`).
  public static func newestReadable(byPGRestore major: Int) -> ArchiveVersion {
    switch major {
    case ...15: ArchiveVersion(1, 14, 255)
    case 16: ArchiveVersion(1, 15, 255)
    default: ArchiveVersion(1, 16, 255)
    }
  }

  /// The oldest pg_restore release that reads this archive version (1.14 → "12", 1.15 → "16",
  /// 1.16 → "17"); each pg_restore reads every version up to its own `K_VERS_MAX`.
  public var oldestPGRestore: String {
    switch self {
    case ..<ArchiveVersion.v1_12: "8.4"
    case ..<ArchiveVersion.v1_13: "9.0"
    case ..<ArchiveVersion.v1_14: "11"
    case ..<ArchiveVersion.v1_15: "12"
    case ..<ArchiveVersion.v1_16: "16"
    default: "17"
    }
  }
}
