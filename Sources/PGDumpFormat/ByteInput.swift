/// A source of archive bytes: a file, a member of a tar archive, or standard input.
///
/// This is the seam between pure parsing (this module) and I/O (PGDumpArchive), in the role of
/// pg_dump's `ReadBufPtr`/`ReadBytePtr` function pointers.
public protocol ByteInput {
  /// Reads up to `buffer.count` bytes into `buffer`; returns 0 only at the end of input.
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int
  /// The total size in bytes when it is known (regular files), so lengths can be checked against
  /// what remains before anything is allocated.
  var knownSize: Int? { get }
  /// Whether ``seek(to:)`` works.
  var isSeekable: Bool { get }
  /// Moves to an absolute offset. Only called when ``isSeekable`` is true.
  mutating func seek(to offset: Int) throws(ArchiveError)
}

/// An in-memory input, for tests and for small members read whole.
public struct MemoryInput: ByteInput {
  public let bytes: [UInt8]
  public private(set) var position = 0

  public init(_ bytes: [UInt8]) { self.bytes = bytes }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
    let count = min(buffer.count, bytes.count - position)
    guard count > 0 else { return 0 }
    bytes.withUnsafeBytes { source in
      UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
        .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<position + count]))
    }
    position += count
    return count
  }

  public var knownSize: Int? { bytes.count }
  public var isSeekable: Bool { true }
  public mutating func seek(to offset: Int) throws(ArchiveError) { position = min(max(offset, 0), bytes.count) }
}
