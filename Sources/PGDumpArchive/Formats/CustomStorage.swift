import PGDumpFormat

/// Data access for custom-format archives (pg_backup_custom.c).
///
/// After the TOC come data blocks, in TOC order of the entries with data:
///
///     +------+--------+------------------------------------------------+
///     | type | dumpId | payload                                        |
///     +------+--------+------------------------------------------------+
///     type 1 (BLK_DATA):  chunks { int length > 0; bytes } ... int 0
///     type 3 (BLK_BLOBS): { int oid != 0; chunks ... int 0 } ... int oid 0
///
/// A seekable file with offsets is read by seeking; one without (written to a pipe) is indexed by
/// one scan over the block headers; a pipe is scanned forward, as pg_restore does.
final class CustomStorage {
  let reader: ArchiveReader
  /// Where the first data block starts (`ctx->dataStart`).
  let dataStart: Int
  /// Block offsets by dump ID, found so far by scanning a seekable file without offsets.
  private var blockIndex: [Int32: Int] = [:]
  /// Where the scan for block headers resumes; nil once it reached the end of the data.
  private var scanPosition: Int?

  static let blockData: UInt8 = 1
  static let blockLargeObjects: UInt8 = 3

  init(reader: ArchiveReader, dataStart: Int) {
    self.reader = reader
    self.dataStart = dataStart
    self.scanPosition = dataStart
  }

  /// A block header; `type` is nil at the end of input (`_readBlockHeader` returning EOF).
  struct BlockHeader {
    var type: UInt8?
    var dumpID: Int32
    var offset: Int
  }

  func readBlockHeader() throws(ArchiveError) -> BlockHeader {
    let offset = reader.offset
    if try reader.isAtEnd() { return BlockHeader(type: nil, dumpID: 0, offset: offset) }
    let type = try reader.readByte()
    let dumpID = try reader.readInt32()
    return BlockHeader(type: type, dumpID: dumpID, offset: offset)
  }

  func readData(
    of entry: TOCEntry, in archive: Archive, output: DataOutput? = nil, _ body: (DataEvent) throws -> Void
  ) throws {
    guard case .offset(let location) = entry.dataLocation, location.flag != .noData else { return }
    let kind = try archive.dataCompressionMethod()
    let header = try locateBlock(of: entry, location: location)
    switch header.type {
    case Self.blockData?:
      try readChunks(kind: kind, output: output, body)
    case Self.blockLargeObjects?:
      try readLargeObjects(kind: kind, body)
    case let type?:
      throw ArchiveError(
        .unexpectedBlock, "unrecognized data block type \(type) while restoring archive", offset: header.offset)
    case nil:
      throw ArchiveError(.blockNotFound, "could not find block ID \(entry.dumpID) in archive -- possibly corrupt archive")
    }
  }

  /// Positions the reader after the header of `entry`'s block (pg_dump: the first half of `_PrintTocData`).
  private func locateBlock(of entry: TOCEntry, location: DataOffset) throws(ArchiveError) -> BlockHeader {
    let seekable = reader.input.isSeekable
    if seekable && location.flag == .positionSet {
      // _PrintTocData: fseeko fails only for offsets an off_t cannot hold; past the end it
      // succeeds, and the block header read then meets end of file.
      guard location.position <= UInt64(Int.max) else {
        throw ArchiveError(
          .offsetOutOfRange, "error during file seek: Invalid argument", offset: nil,
          detail: "The entry's data offset \(location.position) is not a valid file position.")
      }
      guard let size = reader.input.knownSize, Int(location.position) < size else {
        throw ArchiveError(
          .blockNotFound, "could not find block ID \(entry.dumpID) in archive -- possibly corrupt archive",
          offset: nil, detail: "The entry's data offset \(location.position) is beyond the end of the file.")
      }
      try reader.seek(to: Int(location.position))
      let header = try readBlockHeader()
      guard header.type != nil else {
        throw ArchiveError(
          .blockNotFound, "could not find block ID \(entry.dumpID) in archive -- possibly corrupt archive",
          offset: header.offset)
      }
      guard header.dumpID == entry.dumpID else {
        throw ArchiveError(
          .unexpectedBlock,
          "found unexpected block ID (\(header.dumpID)) when reading data -- expected \(entry.dumpID)",
          offset: header.offset)
      }
      return header
    }
    if seekable {
      guard let offset = try findBlock(entry.dumpID) else {
        throw ArchiveError(
          .blockNotFound, "could not find block ID \(entry.dumpID) in archive -- possibly corrupt archive")
      }
      try reader.seek(to: offset)
      return try readBlockHeader()
    }
    // A pipe: scan forward, skipping other blocks; what was passed cannot be read again.
    while true {
      let header = try readBlockHeader()
      guard let type = header.type else {
        throw ArchiveError(
          .blockNotFound,
          "could not find block ID \(entry.dumpID) in archive -- possibly due to out-of-order restore request, which cannot be handled due to non-seekable input file",
          offset: header.offset)
      }
      if header.dumpID == entry.dumpID { return header }
      try skipBlock(type: type, at: header.offset)
    }
  }

  /// Finds a block in a seekable file without offsets: from the index of blocks seen so far, else
  /// by scanning on from where the last scan stopped, only as far as the wanted block (as
  /// pg_restore does), so damage after it does not hide it.
  private func findBlock(_ dumpID: Int32) throws(ArchiveError) -> Int? {
    if let offset = blockIndex[dumpID] { return offset }
    while let position = scanPosition {
      try reader.seek(to: position)
      let header = try readBlockHeader()
      guard let type = header.type else {
        scanPosition = nil
        break
      }
      if blockIndex[header.dumpID] == nil { blockIndex[header.dumpID] = header.offset }
      // Return before skipping the wanted block: the next scan resumes at its header.
      if header.dumpID == dumpID { return header.offset }
      try skipBlock(type: type, at: header.offset)
      scanPosition = reader.offset
    }
    return nil
  }

  private func skipBlock(type: UInt8, at offset: Int) throws(ArchiveError) {
    switch type {
    case Self.blockData: try skipChunks()
    case Self.blockLargeObjects:
      while try readOID() != 0 { try skipChunks() }
    default:
      throw ArchiveError(
        .unexpectedBlock, "unrecognized data block type (\(type)) while searching archive", offset: offset)
    }
  }

  /// Reads a chunk length: a positive int, or 0 at the end of the stream.
  private func readChunkLength() throws(ArchiveError) -> Int {
    let at = reader.offset
    let length = try reader.readInt()
    guard length >= 0, length <= Int(Int32.max) else {
      throw ArchiveError(.lengthOutOfBounds, "invalid data chunk length \(length)", offset: at)
    }
    if let remaining = reader.remaining, length > remaining {
      throw ArchiveError.truncated(at: reader.offset, needed: length, available: remaining)
    }
    return length
  }

  private func skipChunks() throws(ArchiveError) {
    while true {
      let length = try readChunkLength()
      if length == 0 { return }
      try reader.skip(length)
    }
  }

  private func readOID() throws(ArchiveError) -> UInt32 {
    let at = reader.offset
    let value = try reader.readInt()
    guard let oid = UInt32(exactly: value) else {
      throw ArchiveError(.integerOverflow, "invalid large object OID \(value)", offset: at)
    }
    return oid
  }

  /// Streams one chunk stream through a decoder (pg_dump: `_PrintData` / `ReadDataFromArchive`).
  private func readChunks(kind: CompressionKind, output: DataOutput? = nil, _ body: (DataEvent) throws -> Void) throws {
    var decoder = try PayloadDecoder(kind: kind, isFile: false, startOffset: reader.offset)
    while true {
      let length = try readChunkLength()
      if length == 0 { break }
      var left = length
      while left > 0 {
        let at = reader.offset
        let more = try reader.withNextBytes(limit: left) { piece in
          left -= piece.count
          try decoder.feed(piece, at: at, output: output, body)
        }
        if !more { throw ArchiveError.truncated(at: at, needed: left, available: 0) }
      }
    }
    try decoder.finish(output: output, body)
  }

  /// Streams every large object of a BLK_BLOBS block (pg_dump: `_LoadLOs`).
  private func readLargeObjects(kind: CompressionKind, _ body: (DataEvent) throws -> Void) throws {
    while true {
      let oid = try readOID()
      if oid == 0 { return }
      try body(.startLargeObject(oid: oid))
      try readChunks(kind: kind, body)
      try body(.endLargeObject(oid: oid))
    }
  }
}
