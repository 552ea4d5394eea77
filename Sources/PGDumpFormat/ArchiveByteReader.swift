/// Buffered reading of pg_dump's on-disk primitives (byte, int, string, offset) from a ``ByteInput``.
///
/// Follows NIO's verbs: `read…` consumes. Every length read from the file is checked against what
/// remains (when the size is known) before anything is allocated, and strings of unknown-size
/// inputs grow only as bytes actually arrive, so a hostile length can cost at most the input's size.
/// Errors carry the offset where the input ran out (for a truncated value, the first missing byte).
public final class ArchiveByteReader<Input: ByteInput> {
  /// The underlying input.
  public private(set) var input: Input
  /// Integer width in bytes, from the header (`AH->intSize`).
  @exclusivity(unchecked) public var intSize: Int = 4
  /// Offset width in bytes, from the header (`AH->offSize`).
  public var offSize: Int = 8
  /// The archive version, from the header; gates the sign byte of ints and the offset encoding.
  public var version: ArchiveVersion = .v1_16 {
    didSet { hasSignByte = version > .v1_0 }
  }
  /// Whether ints carry a sign byte (every version after 1.0), cached for the hot path.
  @exclusivity(unchecked) private var hasSignByte = true

  private let buffer: UnsafeMutableRawBufferPointer
  // Hot state of a final class touched on every byte; no closure escapes with it, so the
  // dynamic exclusivity checks (10% of a TOC parse under callgrind) are switched off.
  @exclusivity(unchecked) private var start = 0
  @exclusivity(unchecked) private var end = 0
  /// File offset of `buffer[0]`.
  @exclusivity(unchecked) private var bufferBase: Int

  /// Creates a reader positioned at `offset` (the input's current position).
  public init(_ input: Input, startingAt offset: Int = 0, bufferSize: Int = 64 * 1024) {
    self.input = input
    self.buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bufferSize, 16), alignment: 16)
    self.bufferBase = offset
  }

  deinit { buffer.deallocate() }

  /// Offset of the next byte to be read.
  public var offset: Int { bufferBase + start }

  /// The input's size, read once (inputs do not change size while being read).
  private lazy var cachedSize: Int? = input.knownSize

  /// Bytes that remain before the end of input, when the input's size is known.
  public var remaining: Int? {
    guard let size = cachedSize else { return nil }
    return max(size - offset, 0)
  }

  /// Bytes read from the input but not yet consumed.
  public var bufferedCount: Int { end - start }

  /// Refills the buffer when it is empty. Returns false at the end of input.
  @inline(__always)
  private func fillIfEmpty() throws(ArchiveError) -> Bool {
    if start < end { return true }
    bufferBase += end
    start = 0
    end = 0
    let count = try input.read(into: buffer)
    end = count
    return count > 0
  }

  /// Whether the input is exhausted.
  public func isAtEnd() throws(ArchiveError) -> Bool { try !fillIfEmpty() }

  // MARK: Raw bytes

  /// Reads one byte (pg_dump: `ReadBytePtr`).
  @inline(__always)
  public func readByte() throws(ArchiveError) -> UInt8 {
    if start == end {
      let at = offset
      guard try fillIfEmpty() else { throw .truncated(at: at, needed: 1, available: 0) }
    }
    let byte = buffer[start]
    start += 1
    return byte
  }

  /// Reads exactly `count` bytes; the result grows only as bytes arrive.
  public func readBytes(count: Int) throws(ArchiveError) -> [UInt8] {
    // Fast path: the whole string is already buffered (almost every TOC string).
    if count >= 0 && count <= end - start {
      let result = [UInt8](UnsafeRawBufferPointer(rebasing: buffer[start..<start + count]))
      start += count
      return result
    }
    let at = offset
    if let remaining, count > remaining { throw .truncated(at: at, needed: count, available: remaining) }
    var result: [UInt8] = []
    result.reserveCapacity(min(count, 1 << 20))
    var needed = count
    while needed > 0 {
      guard try fillIfEmpty() else { throw .truncated(at: at, needed: count, available: count - needed) }
      let take = min(needed, end - start)
      result.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start..<start + take]))
      start += take
      needed -= take
    }
    return result
  }

  /// Reads up to `destination.count` bytes; returns 0 only at the end of input.
  public func read(into destination: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
    guard !destination.isEmpty else { return 0 }
    if start == end {
      // Large reads bypass the buffer.
      if destination.count >= buffer.count {
        bufferBase += end
        start = 0
        end = 0
        let count = try input.read(into: destination)
        bufferBase += count
        return count
      }
      guard try fillIfEmpty() else { return 0 }
    }
    let take = min(destination.count, end - start)
    UnsafeMutableRawBufferPointer(rebasing: destination[0..<take])
      .copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[start..<start + take]))
    start += take
    return take
  }

  /// Calls `body` with the buffered bytes (at most `limit`), consuming them. Returns false at the
  /// end of input. Zero-copy access for streaming data through a decompressor or a hash.
  public func withNextBytes(
    limit: Int, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Bool {
    guard limit > 0 else { return true }
    guard try fillIfEmpty() else { return false }
    let take = min(limit, end - start)
    try body(UnsafeRawBufferPointer(rebasing: buffer[start..<start + take]))
    start += take
    return true
  }

  /// Skips `count` bytes: by seeking when the input allows, else by reading.
  public func skip(_ count: Int) throws(ArchiveError) {
    let at = offset
    if let remaining, count > remaining { throw .truncated(at: at, needed: count, available: remaining) }
    let buffered = end - start
    if count <= buffered {
      start += count
      return
    }
    if input.isSeekable {
      try seek(to: at + count)
      return
    }
    var left = count - buffered
    start = end
    while left > 0 {
      guard try fillIfEmpty() else { throw .truncated(at: at, needed: count, available: count - left) }
      let take = min(left, end - start)
      start += take
      left -= take
    }
  }

  /// Moves to an absolute offset (seekable inputs only).
  public func seek(to target: Int) throws(ArchiveError) {
    if target >= bufferBase && target <= bufferBase + end {
      start = target - bufferBase
      return
    }
    guard input.isSeekable else {
      throw ArchiveError(.io, "cannot seek in a non-seekable input", offset: target)
    }
    if let size = input.knownSize, target > size {
      throw ArchiveError(
        .offsetOutOfRange, "error during file seek: Invalid argument", offset: target,
        detail: "Offset \(target) is beyond the end of the file (\(size) bytes).")
    }
    try input.seek(to: target)
    bufferBase = target
    start = 0
    end = 0
  }

  // MARK: pg_dump primitives

  /// Reads an archive integer: a sign byte (since 1.0), then `intSize` magnitude bytes, least
  /// significant first.
  ///
  ///     +------+------+------+-----+----------------+
  ///     | sign |  b0  |  b1  | ... | b(intSize - 1) |
  ///     +------+------+------+-----+----------------+
  ///
  /// Any non-zero sign byte means negative. The corresponding pg_dump routine is `ReadInt`
  /// (pg_backup_archiver.c), which accumulates into a C `int` without checks; this accumulates
  /// into 64 bits and rejects magnitudes that do not fit.
  public func readInt() throws(ArchiveError) -> Int {
    // Fast path: a whole 4-byte int with its sign byte is buffered (every real archive).
    if intSize == 4 && hasSignByte && end - start >= 5 {
      let sign = buffer[start]
      let magnitude =
        Int(buffer[start + 1]) | Int(buffer[start + 2]) << 8 | Int(buffer[start + 3]) << 16
        | Int(buffer[start + 4]) << 24
      start += 5
      return sign != 0 ? -magnitude : magnitude
    }
    let at = offset
    let negative = version > .v1_0 ? try readByte() != 0 : false
    var magnitude: UInt64 = 0
    for index in 0..<intSize {
      let byte = UInt64(try readByte())
      if index < 8 {
        magnitude |= byte << (8 * UInt64(index))
      } else if byte != 0 {
        throw ArchiveError(.integerOverflow, "integer in dump file is too large", offset: at)
      }
    }
    guard magnitude <= UInt64(Int64.max) else {
      throw ArchiveError(.integerOverflow, "integer in dump file is too large", offset: at)
    }
    return negative ? -Int(magnitude) : Int(magnitude)
  }

  /// Reads an int that must fit pg_dump's 32-bit `int` (dump IDs, sections, relkind).
  public func readInt32() throws(ArchiveError) -> Int32 {
    let at = offset
    let value = try readInt()
    guard let narrow = Int32(exactly: value) else {
      throw ArchiveError(
        .integerOverflow, "integer in dump file is too large", offset: at,
        detail: "The value \(value) does not fit in 32 bits.")
    }
    return narrow
  }

  /// Reads a string: an int length, then that many bytes, no terminator. Any negative length is
  /// NULL (nil); 0 is the empty string. The corresponding pg_dump routine is `ReadStr`.
  public func readString() throws(ArchiveError) -> [UInt8]? {
    let at = offset
    let length = try readInt()
    if length < 0 { return nil }
    if length > Int(Int32.max) {
      throw ArchiveError(
        .lengthOutOfBounds, "string length \(length) in dump file is too large", offset: at)
    }
    return try readBytes(count: length)
  }

  /// Reads a custom-format data offset: a flag byte, then `offSize` bytes, least significant first.
  /// Before 1.7 offsets were plain ints (negative: not set, 0: no data).
  /// The corresponding pg_dump routine is `ReadOffset`.
  public func readOffset() throws(ArchiveError) -> DataOffset {
    let at = offset
    if version < .v1_7 {
      let value = try readInt()
      if value < 0 { return DataOffset(flag: .positionNotSet, position: 0) }
      if value == 0 { return DataOffset(flag: .noData, position: 0) }
      return DataOffset(flag: .positionSet, position: UInt64(value))
    }
    let rawFlag = try readByte()
    guard let flag = DataOffset.Flag(rawValue: rawFlag) else {
      throw ArchiveError(.badOffsetFlag, "unexpected data offset flag \(rawFlag)", offset: at)
    }
    var position: UInt64 = 0
    for index in 0..<offSize {
      let byte = UInt64(try readByte())
      if index < 8 {
        position |= byte << (8 * UInt64(index))
      } else if byte != 0 {
        throw ArchiveError(.integerOverflow, "file offset in dump file is too large", offset: at)
      }
    }
    return DataOffset(flag: flag, position: position)
  }
}

/// Where a custom-format entry's data block is (pg_dump: `K_OFFSET_*` and the `pgoff_t` after it).
public struct DataOffset: Sendable, Hashable {
  /// The state of the data pointer.
  public enum Flag: UInt8, Sendable, Hashable, Codable {
    /// The entry has data, but its position was not recorded (output was not seekable).
    case positionNotSet = 1
    /// ``DataOffset/position`` is the absolute offset of the data block.
    case positionSet = 2
    /// The entry has no data block.
    case noData = 3
  }

  public var flag: Flag
  /// Absolute file offset of the block's type byte; meaningful only with ``Flag/positionSet``.
  public var position: UInt64

  public init(flag: Flag, position: UInt64) {
    self.flag = flag
    self.position = position
  }
}
