import PGDumpArchive
import PGDumpFormat

/// Where pg_restore's forward-only reading of a tar archive stands: pg_dump writes one member (or,
/// for BLOBS, a run of `blob_<oid>.dat` members and their `blobs_<id>.toc`) per data entry, in
/// TOC order, and pg_restore can only move forward through them (pg_backup_tar.c
/// `_tarPositionTo`, `_LoadLOs`). A `-L` list that restores data in another order fails as it
/// does there, although pgdumpkit could read the members in any order.
struct TarReadPosition {
  /// TOC positions of the entries with a data member, in archive order.
  let sequence: [Int]
  /// Index into ``sequence`` by TOC position.
  let rank: [Int: Int]
  /// The next member run pg_restore would read.
  var next = 0

  init(_ entries: [TOCEntry]) {
    var sequence: [Int] = []
    var rank: [Int: Int] = [:]
    for (position, entry) in entries.enumerated() {
      guard case .file(_?) = entry.dataLocation else { continue }
      rank[position] = sequence.count
      sequence.append(position)
    }
    self.sequence = sequence
    self.rank = rank
  }
}

extension ScriptWriter {
  /// Before an entry's data: moves the simulated tar position to its member, failing like
  /// pg_restore when a skipped member holds data still to be restored ("restoring data out of
  /// order is not supported …") or when the member lies behind ("could not find header …").
  func advanceTarPosition(to index: Int) throws(ArchiveError) {
    guard archive.format == .tar, let target = tarPosition.rank[index],
      case .file(let stored?) = archive.entries[index].dataLocation
    else { return }
    let entry = archive.entries[index]
    if entry.isType("BLOBS") && archive.header.version < .v1_16 {
      // Before 1.16 _LoadLOs opens whatever member comes next and reads on to blobs.toc,
      // checking nothing on the way.
      tarPosition.next = max(tarPosition.next, target + 1)
      return
    }
    var targetName = String(decoding: stored, as: UTF8.self)
    if entry.isType("BLOBS") {
      // From 1.16 _LoadLOs looks for the group's first object, named by the tag.
      targetName = "blob_\(Self.atooid(entry.tag ?? [])).dat"
    }
    let end = target >= tarPosition.next ? target : tarPosition.sequence.count
    for rank in tarPosition.next..<end {
      let skipped = archive.entries[tarPosition.sequence[rank]]
      guard !skipped.isType("BLOBS"), case .file(let name?) = skipped.dataLocation else { continue }
      // atoi of the member name picks the dump ID of "<id>.dat".
      let id = Self.atoi(name)
      if let position = indexByDumpID[id], requirements[position].contains(.data) {
        throw ArchiveError(
          .outOfOrder,
          "restoring data out of order is not supported in this archive format: \"\(String(decoding: name, as: UTF8.self))\" is required, but comes before \"\(targetName)\" in the archive file.",
          file: archive.path, member: targetName)
      }
    }
    if target < tarPosition.next {
      throw ArchiveError(
        .outOfOrder, "could not find header for file \"\(targetName)\" in tar archive", file: archive.path,
        member: targetName)
    }
    tarPosition.next = target + 1
  }

  /// C `atoi`: leading white space, a sign, decimal digits; 0 without digits.
  static func atoi(_ text: [UInt8]) -> Int32 {
    Int32(truncatingIfNeeded: TOCListFile.strtol(text[...]) ?? 0)
  }

  /// `atooid` (`strtoul`): the leading decimal number of a tag such as `424242..424247`.
  static func atooid(_ text: [UInt8]) -> UInt32 {
    UInt32(truncatingIfNeeded: TOCListFile.strtol(text[...]) ?? 0)
  }
}
