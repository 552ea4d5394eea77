import PGDumpFormat

/// Data access for tar-format archives (pg_backup_tar.c).
///
/// Members, in order: `toc.dat`, one `<dumpId>.dat` per TABLE DATA entry, for each BLOBS entry its
/// `blob_<oid>.dat` members followed by `blobs_<dumpId>.toc` (`blobs.toc` before 1.16), and
/// `restore.sql`. pg_restore reads them strictly in order; a seekable file is indexed here once
/// (headers only), so entries can be read in any order. From a pipe, reading is forward only.
final class TarStorage {
  struct Member {
    var name: String
    /// Offset of the member's 512-byte header.
    var headerOffset: Int
    /// Offset of the member's first data byte.
    var dataOffset: Int
    var size: Int
  }

  /// For a seekable file: the file and its member index.
  private let file: FileInput?
  private(set) var members: [Member] = []
  /// For a pipe: the stream, positioned after the last consumed member.
  private let stream: ArchiveReader?
  /// A member header read from the stream but not yet consumed.
  private var pendingMember: Member?

  var isIndexed: Bool { file != nil }

  init(indexing file: FileInput) throws(ArchiveError) {
    self.file = file
    self.stream = nil
    self.members = try Self.index(file)
  }

  init(stream: ArchiveReader) {
    self.file = nil
    self.stream = stream
  }

  /// Reads one header block at the reader's position, skipping all-zero blocks
  /// (pg_dump: `_tarGetHeader`). Returns nil at the end of the archive.
  static func readHeader(_ reader: ArchiveReader) throws(ArchiveError) -> Member? {
    while true {
      let offset = reader.offset
      var block: [UInt8] = []
      while block.count < TarHeader.blockSize, !(try reader.isAtEnd()) {
        block.append(contentsOf: try reader.readBytes(count: min(TarHeader.blockSize - block.count, reader.bufferedCount)))
      }
      if block.isEmpty { return nil }
      guard block.count == TarHeader.blockSize else {
        throw ArchiveError(
          .truncated, "incomplete tar header found (\(block.count) byte\(block.count == 1 ? "" : "s"))",
          offset: offset)
      }
      guard let header = TarHeader(block: block) else { continue }  // zero block
      guard header.storedChecksum == header.computedChecksum else {
        throw ArchiveError(
          .malformed,
          "corrupt tar header found in \(header.nameText) (expected \(header.storedChecksum), computed \(header.computedChecksum)) file position \(offset)",
          offset: offset, member: header.nameText)
      }
      return Member(name: header.nameText, headerOffset: offset, dataOffset: reader.offset, size: header.size)
    }
  }

  static func paddedSize(_ size: Int) -> Int {
    let (rounded, overflow) = size.addingReportingOverflow(TarHeader.blockSize - 1)
    return overflow ? Int.max : rounded / TarHeader.blockSize * TarHeader.blockSize
  }

  /// Indexes every member of a seekable archive by reading headers only.
  static func index(_ file: FileInput) throws(ArchiveError) -> [Member] {
    let reader = ArchiveReader(.file(file))
    let size = file.knownSize ?? 0
    var members: [Member] = []
    while true {
      let member: Member
      do throws(ArchiveError) {
        guard let next = try readHeader(reader) else { break }
        member = next
      } catch where error.code == .truncated && !members.isEmpty {
        // A file cut inside a later header still has its earlier members (pg_restore -l lists
        // such a file); only the members after the cut are missing.
        break
      }
      members.append(member)
      // A member running past the end of the file is kept (reading it reports the truncation);
      // nothing after it can be found. Compare before adding: sizes from the file can be huge.
      let room = size - member.dataOffset
      guard member.size <= room, paddedSize(member.size) <= room else { break }
      try reader.seek(to: member.dataOffset + paddedSize(member.size))
    }
    return members
  }

  /// An input presenting one member's bytes, offsets relative to the member.
  func memberInput(_ member: Member) throws(ArchiveError) -> ArchiveInput {
    guard let file else { throw ArchiveError(.io, "tar member index is not available") }
    let available = max((file.knownSize ?? 0) - member.dataOffset, 0)
    return .file(file.slice(from: member.dataOffset, count: min(member.size, available)))
  }

  /// Reads one member of the stream into memory (used for `toc.dat` from a pipe).
  static func readMemberBytes(_ member: Member, from reader: ArchiveReader) throws(ArchiveError) -> [UInt8] {
    do throws(ArchiveError) {
      let bytes = try reader.readBytes(count: member.size)
      try reader.skip(paddedSize(member.size) - member.size)
      return bytes
    } catch {
      throw error.inMember(member.name)
    }
  }

  func readData(of entry: TOCEntry, in archive: Archive, _ body: (DataEvent) throws -> Void) throws {
    guard case .file(let stored?) = entry.dataLocation else { return }
    let name = String(decoding: stored, as: UTF8.self)
    if entry.isType("BLOBS") {
      try readLargeObjects(of: entry, body)
    } else if file != nil {
      guard let member = members.first(where: { $0.name == name }) else {
        throw ArchiveError(.missingMember, "could not find header for file \"\(name)\" in tar archive", member: name)
      }
      try copyMember(member, body)
    } else {
      let member = try advanceStream(to: name)
      try copyMember(member, body)
    }
  }

  /// Streams one member's bytes; a member cut short by the end of the file is an error, not a hang
  /// (pg_restore 17/18 loop forever there).
  private func copyMember(_ member: Member, _ body: (DataEvent) throws -> Void) throws {
    let reader: ArchiveReader
    if file != nil {
      reader = ArchiveReader(try memberInput(member))
    } else if let stream {
      reader = stream
    } else {
      return
    }
    let start = reader.offset
    var left = member.size
    while left > 0 {
      let at = reader.offset
      let more = try reader.withNextBytes(limit: left) { piece in
        left -= piece.count
        try body(.bytes(piece))
      }
      if !more {
        throw ArchiveError(
          .truncated, "could not read from input file: end of file", offset: at - start, member: member.name,
          detail: "The tar header declares \(member.size) bytes but the archive ends after \(member.size - left).")
      }
    }
    if stream != nil { try reader.skip(Self.paddedSize(member.size) - member.size) }
  }

  /// From a pipe: consumes members until `name`; an earlier one cannot be read again.
  private func advanceStream(to name: String) throws(ArchiveError) -> Member {
    guard let stream else { throw ArchiveError(.io, "tar stream is not available") }
    while true {
      let member: Member
      if let pendingMember {
        member = pendingMember
        self.pendingMember = nil
      } else {
        guard let next = try Self.readHeader(stream) else {
          throw ArchiveError(
            .missingMember, "could not find header for file \"\(name)\" in tar archive", member: name,
            hint: "Reading from standard input, members can only be read in archive order.")
        }
        member = next
      }
      if member.name == name { return member }
      try stream.skip(Self.paddedSize(member.size))
    }
  }

  /// Streams the large objects of a BLOBS entry: the `blob_<oid>.dat` members that precede the
  /// entry's LO TOC member (pg_dump: `_LoadLOs`, which reads consecutive `blob_` members).
  private func readLargeObjects(of entry: TOCEntry, _ body: (DataEvent) throws -> Void) throws {
    if file != nil {
      let tocNames = ["blobs_\(entry.dumpID).toc", "blobs.toc"]
      guard let tocIndex = members.firstIndex(where: { tocNames.contains($0.name) }) else {
        throw ArchiveError(
          .missingMember, "could not find header for file \"\(tocNames[0])\" in tar archive", member: tocNames[0])
      }
      var first = tocIndex
      while first > 0, members[first - 1].name.hasPrefix("blob_") { first -= 1 }
      for member in members[first..<tocIndex] {
        try streamLargeObject(member, body)
      }
      return
    }
    guard let stream else { return }
    var found = false
    while true {
      let member: Member
      if let pendingMember {
        member = pendingMember
        self.pendingMember = nil
      } else {
        guard let next = try Self.readHeader(stream) else { return }
        member = next
      }
      if member.name.hasPrefix("blob_") {
        found = true
        try streamLargeObject(member, body)
      } else {
        try stream.skip(Self.paddedSize(member.size))
        if found { return }
      }
    }
  }

  private func streamLargeObject(_ member: Member, _ body: (DataEvent) throws -> Void) throws {
    let digits = member.name.dropFirst(5).prefix { $0.isASCII && $0.isNumber }
    guard let oid = UInt32(digits), oid != 0 else {
      if stream != nil { try stream?.skip(Self.paddedSize(member.size)) }
      return
    }
    try body(.startLargeObject(oid: oid))
    try copyMember(member, body)
    try body(.endLargeObject(oid: oid))
  }
}
