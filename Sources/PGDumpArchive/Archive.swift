import PGDumpFormat

/// An opened pg_dump archive: header, every TOC entry, and lazy access to each entry's data.
///
/// One model for the three archive formats (custom, directory, tar), in the role of pg_dump's
/// `ArchiveHandle`: the format-specific parts sit behind ``Storage`` the way `InitArchiveFmt_*`
/// fills the handle's function pointers. Opening reads only the header and the TOC; data is read
/// when asked for, one bounded buffer at a time.
public final class Archive {
  /// The path as the user gave it (`-` for standard input).
  public let path: String
  public let format: ArchiveFormat
  public let header: ArchiveHeader
  /// The entries in TOC order (the order pg_dump wrote them, not dump ID order).
  public let entries: [TOCEntry]
  /// For directory and tar archives: the member holding the TOC (`toc.dat`, `toc.dat.gz`).
  public let tocMember: String?
  /// Offset of the first byte after the TOC, within the TOC's file.
  public let tocEndOffset: Int
  /// Whether data can be read in any order (false for custom archives and tar from a pipe).
  public var isSeekable: Bool { storage.isSeekable }

  let storage: Storage

  init(
    path: String, format: ArchiveFormat, header: ArchiveHeader, toc: TableOfContents, tocMember: String?,
    storage: Storage
  ) {
    self.path = path
    self.format = format
    self.header = header
    self.entries = toc.entries
    self.tocEndOffset = toc.endOffset
    self.tocMember = tocMember
    self.storage = storage
  }

  /// The entry with `dumpID`, if present.
  public func entry(dumpID: Int32) -> TOCEntry? { entries.first { $0.dumpID == dumpID } }

  /// The client encoding named by the ENCODING entry (``TOCEntry/encodingItem``).
  public var encodingName: String? { entries.first { $0.isType("ENCODING") }?.encodingItem }

  /// standard_conforming_strings per the STDSTRINGS entry; nil when absent.
  public var standardConformingStrings: Bool? { entries.first { $0.isType("STDSTRINGS") }?.standardStringsItem }
}

/// One piece of an entry's data, as ``Archive/readData(of:_:)`` delivers it.
public enum DataEvent {
  /// Decompressed bytes: COPY text or INSERT statements for TABLE DATA, large-object contents
  /// between ``startLargeObject(oid:)`` and ``endLargeObject(oid:)`` for BLOBS. Valid only
  /// during the call.
  case bytes(UnsafeRawBufferPointer)
  /// A large object begins (BLOBS entries only).
  case startLargeObject(oid: UInt32)
  /// The current large object ends.
  case endLargeObject(oid: UInt32)
}

/// Where a decompressor writes the next piece of data: see ``Archive/readData(of:output:_:)``.
public typealias DataOutput = () throws -> UnsafeMutableRawBufferPointer

/// The format-specific half of an archive.
enum Storage {
  case custom(CustomStorage)
  case directory(DirectoryStorage)
  case tar(TarStorage)
  case plain(PlainStorage)

  var isSeekable: Bool {
    switch self {
    case .custom(let storage): storage.reader.input.isSeekable
    case .directory: true
    case .tar(let storage): storage.isIndexed
    case .plain(let storage): storage.isSeekable
    }
  }
}

extension Archive {
  /// Streams an entry's data (TABLE DATA, BLOBS) through `body` in bounded pieces, decompressed.
  /// Entries without data deliver nothing.
  ///
  /// The corresponding pg_dump routines are the formats' `_PrintTocData` (custom: seek or scan to
  /// the block; directory: open `NNNN.dat[.gz|.lz4|.zst]`; tar: the member) and `_LoadLOs`.
  /// - Throws: ``ArchiveError`` naming the entry and offset, or whatever `body` throws.
  public func readData(of entry: TOCEntry, _ body: (DataEvent) throws -> Void) throws {
    try readData(of: entry, output: nil, body)
  }

  /// ``readData(of:_:)`` decompressing into the caller's buffers where it can: `output` returns
  /// the buffer for the next piece, and a `.bytes` piece that starts at that buffer's start was
  /// decompressed there (so a reading thread can hand its slots over without copying). Used for
  /// the data blocks of compressed custom archives; other data arrives in the reader's buffers.
  public func readData(of entry: TOCEntry, output: DataOutput?, _ body: (DataEvent) throws -> Void) throws {
    do {
      switch storage {
      case .custom(let storage): try storage.readData(of: entry, in: self, output: output, body)
      case .directory(let storage): try storage.readData(of: entry, in: self, body)
      case .tar(let storage): try storage.readData(of: entry, in: self, body)
      case .plain(let storage):
        do { try storage.readData(of: entry, in: self, body) } catch is PlainStorage.StopReading {}
      }
    } catch var error as ArchiveError {
      if error.entry == nil {
        error.entry = .init(index: entries.firstIndex(of: entry) ?? 0, dumpID: entry.dumpID,
                            desc: entry.descText, tag: entry.tag.map { String(decoding: $0, as: UTF8.self) })
      }
      throw error.inFile(path)
    }
  }

  /// The compression method of this archive's data, or nil when uncompressed.
  /// Custom blocks are zlib streams (not gzip files); directory files are gzip files.
  func dataCompressionMethod() throws(ArchiveError) -> CompressionKind {
    switch header.compression.algorithm {
    case .none: return .none
    case .gzip: return .gzip
    case .lz4: return .lz4
    case .zstd: return .zstd
    case .unknown(let byte):
      throw ArchiveError(
        .unsupportedCompression,
        "cannot restore from compressed archive (compression algorithm \(byte) is not supported)")
    }
  }
}

/// The compression of data as the header announces it.
enum CompressionKind { case none, gzip, lz4, zstd }

extension Archive {
  /// The archive file's size, for single-file archives read from a file.
  public var fileSize: Int? {
    if case .custom(let storage) = storage { return storage.reader.input.knownSize }
    return path == "-" ? nil : FileSystem.fileSize(path)
  }

  /// Size on disk of a directory member (found with its compression suffix) or of a tar member.
  public func memberSize(_ name: String) -> Int? {
    switch storage {
    case .custom, .plain: return nil
    case .directory(let storage):
      guard let found = DirectoryStorage.discover(name, in: storage.directory) else { return nil }
      return FileSystem.fileSize(storage.directory + "/" + found.name)
    case .tar(let storage):
      return storage.members.first { $0.name == name }?.size
    }
  }
}
