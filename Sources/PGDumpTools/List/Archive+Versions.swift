import PGDumpArchive
import PGDumpFormat

extension Archive {
  /// The major version of the pg_dump that wrote the archive, clamped to the releases pgdumpkit
  /// imitates (15–18); from the archive version when the header has no pg_dump version.
  public var pgDumpMajorVersion: Int {
    if let text = header.pgDumpVersion, let major = Int(String(decoding: text.prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)) {
      return min(max(major, 15), 18)
    }
    switch header.version {
    case ..<ArchiveVersion.v1_15: return 15
    case ..<ArchiveVersion.v1_16: return 16
    default: return 17
    }
  }
}
