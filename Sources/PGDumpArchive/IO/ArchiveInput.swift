import PGDumpFormat

/// The input an archive's TOC and data are read from: a file (or a window of one, or a pipe), or a
/// decompressed stream (`toc.dat.gz`, an outer compression layer).
public enum ArchiveInput: ByteInput {
  case file(FileInput)
  case decompressed(DecompressingInput)
  case memory(MemoryInput)

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
    switch self {
    case .file(var input):
      let count = try input.read(into: buffer)
      self = .file(input)
      return count
    case .decompressed(let input):
      return try input.read(into: buffer)
    case .memory(var input):
      let count = try input.read(into: buffer)
      self = .memory(input)
      return count
    }
  }

  public var knownSize: Int? {
    switch self {
    case .file(let input): input.knownSize
    case .decompressed: nil
    case .memory(let input): input.knownSize
    }
  }

  public var isSeekable: Bool {
    switch self {
    case .file(let input): input.isSeekable
    case .decompressed: false
    case .memory: true
    }
  }

  public mutating func seek(to offset: Int) throws(ArchiveError) {
    switch self {
    case .file(var input):
      try input.seek(to: offset)
      self = .file(input)
    case .decompressed(let input):
      try input.seek(to: offset)
    case .memory(var input):
      try input.seek(to: offset)
      self = .memory(input)
    }
  }
}

/// The reader type every archive layer uses.
public typealias ArchiveReader = ArchiveByteReader<ArchiveInput>

extension ArchiveInput {
  /// The same input with `bytes` (just read from its start) put back in front: seekable inputs
  /// rewind, streams get a prefix.
  public func pushingBack(_ bytes: [UInt8]) -> ArchiveInput {
    switch self {
    case .file(var input):
      if input.isSeekable {
        input.position = 0
      } else {
        input.unread(bytes)
      }
      return .file(input)
    case .memory(var input):
      try? input.seek(to: 0)
      return .memory(input)
    case .decompressed(let input):
      input.unread(bytes)
      return .decompressed(input)
    }
  }
}
