import PGDumpFormat
import Testing
import _PGDumpTestSupport

/// pg_dump's four on-disk primitives (`ReadInt`, `ReadStr`, `ReadOffset`, bytes) as
/// ``ArchiveByteReader`` reads them, including the hostile cases.
@Suite struct ArchivePrimitiveTests {
  static func reader(
    _ bytes: [UInt8], intSize: Int = 4, offSize: Int = 8, version: ArchiveVersion = .v1_16
  ) -> ArchiveByteReader<MemoryInput> {
    let reader = ArchiveByteReader(MemoryInput(bytes))
    reader.intSize = intSize
    reader.offSize = offSize
    reader.version = version
    return reader
  }

  /// An input of unknown size that is not seekable (standard input), so lengths cannot be checked
  /// against what remains: a hostile length must still not allocate before bytes arrive.
  struct StreamInput: ByteInput {
    var bytes: [UInt8]
    var position = 0
    var largestRequest = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
      largestRequest = max(largestRequest, buffer.count)
      let count = min(buffer.count, bytes.count - position)
      for index in 0..<count { buffer[index] = bytes[position + index] }
      position += count
      return count
    }
    var knownSize: Int? { nil }
    var isSeekable: Bool { false }
    mutating func seek(to offset: Int) throws(ArchiveError) {
      throw ArchiveError(.io, "not seekable", offset: offset)
    }
  }

  // MARK: int

  @Test(arguments: [
    ([0x00, 0x24, 0x00, 0x00, 0x00], 36),
    ([0x01, 0x01, 0x00, 0x00, 0x00], -1),
    ([0x00, 0x25, 0x0A, 0x00, 0x00], 2597),
    ([0x00, 0x00, 0x00, 0x00, 0x00], 0),
    ([0x01, 0x00, 0x00, 0x00, 0x00], 0),  // "negative zero"
    ([0x00, 0xFF, 0xFF, 0xFF, 0x7F], Int(Int32.max)),
    ([0x00, 0xFF, 0xFF, 0xFF, 0xFF], Int(UInt32.max)),  // wider than pg_restore's C int
    ([0x01, 0x00, 0x00, 0x00, 0x80], -Int(1 << 31)),
    ([0xFF, 0x05, 0x00, 0x00, 0x00], -5),  // any non-zero sign byte is negative
    ([0x02, 0x05, 0x00, 0x00, 0x00], -5),
  ] as [([UInt8], Int)])
  func intIsSignByteThenLittleEndianMagnitude(_ sample: ([UInt8], Int)) throws {
    let reader = Self.reader(sample.0)
    #expect(try reader.readInt() == sample.1)
    #expect(reader.offset == 5)
  }

  @Test func intSizeEightReadsNineBytes() throws {
    let bytes: [UInt8] = [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x00, 0x01, 0xFF, 0, 0, 0, 0, 0, 0, 0]
    let reader = Self.reader(bytes, intSize: 8)
    #expect(try reader.readInt() == 0x0007_0605_0403_0201)
    #expect(reader.offset == 9)
    #expect(try reader.readInt() == -0xFF)
    #expect(reader.offset == 18)
  }

  @Test(arguments: [1, 2, 3, 4, 5, 8])
  func builderIntsRoundTrip(_ intSize: Int) throws {
    let limit = intSize >= 8 ? Int.max : (1 << (8 * intSize)) - 1
    let values = [0, 1, -1, 127, 128, 255, 256, -256, limit, -limit, limit / 3].filter { $0.magnitude <= limit }
    var bytes: [UInt8] = []
    for value in values { bytes += ArchiveBytes.int(value, intSize: intSize) }
    #expect(bytes.count == values.count * (1 + intSize))
    let reader = Self.reader(bytes, intSize: intSize)
    for value in values { #expect(try reader.readInt() == value) }
    #expect(try reader.isAtEnd())
  }

  @Test func magnitudeBeyondSixtyFourBitsIsRejected() {
    // intSize 9 (the header refuses it, but the reader must not overflow either).
    let bytes: [UInt8] = [0x00] + [UInt8](repeating: 0, count: 8) + [0x01]
    #expect(throws: ArchiveError(.integerOverflow, "", offset: 0)) {
      try Self.reader(bytes, intSize: 9).readInt()
    }
    let top: [UInt8] = [0x00, 0, 0, 0, 0, 0, 0, 0, 0x80]  // 2^63
    #expect(throws: ArchiveError(.integerOverflow, "", offset: 0)) {
      try Self.reader(top, intSize: 8).readInt()
    }
  }

  @Test func int32RejectsValuesWiderThanAnInt() throws {
    #expect(try Self.reader([0x01, 0x00, 0x00, 0x00, 0x80]).readInt32() == Int32.min)
    #expect(throws: ArchiveError(.integerOverflow, "", offset: 0)) {
      try Self.reader([0x00, 0x00, 0x00, 0x00, 0x80]).readInt32()
    }
  }

  /// The offset lies between the int's first byte and the end of input (the reader reports the
  /// byte it could not read, 7, although its documentation says "where the primitive started").
  @Test func truncatedIntReportsWhereItStarted() {
    let reader = Self.reader([0x00, 0x24, 0x00, 0x00, 0x00, 0x00, 0x01])
    #expect(throws: Never.self) { try reader.readInt() }
    do {
      _ = try reader.readInt()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.message == "could not read from input file: end of file")
      #expect(error.offset.map { (5...7).contains($0) } == true)
    }
  }

  // MARK: string

  @Test func nullEmptyAndNonEmptyStrings() throws {
    let bytes =
      ArchiveBytes.string(nil as [UInt8]?) + ArchiveBytes.string("") + ArchiveBytes.string("abc")
      + [0x01, 0x05, 0x00, 0x00, 0x00]  // length -5 is NULL too
      + [0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0xFF]  // raw bytes, not UTF-8
    #expect(bytes.prefix(5) == [0x01, 0x01, 0x00, 0x00, 0x00])
    let reader = Self.reader(bytes)
    #expect(try reader.readString() == nil)
    #expect(try reader.readString() == [])
    #expect(try reader.readString() == Array("abc".utf8))
    #expect(try reader.readString() == nil)
    #expect(try reader.readString() == [0x00, 0xFF])
    #expect(try reader.isAtEnd())
  }

  @Test func stringLengthBeyondTheInputIsTruncated() {
    // 2^31 - 1 bytes announced, one present: refused before allocating.
    let bytes: [UInt8] = [0x00, 0xFF, 0xFF, 0xFF, 0x7F, 0x41]
    do {
      _ = try Self.reader(bytes).readString()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == 5)
    }
  }

  @Test func stringLengthBeyondThirtyTwoBitsIsRejected() {
    // intSize 8: a length of 2^40.
    let bytes: [UInt8] = [0x00, 0, 0, 0, 0, 0x01, 0, 0, 0, 0x41]
    #expect(throws: ArchiveError(.lengthOutOfBounds, "", offset: 0)) {
      try Self.reader(bytes, intSize: 8).readString()
    }
  }

  @Test func hugeStringFromAStreamGrowsOnlyWithTheBytes() throws {
    var input = StreamInput(bytes: [0x00, 0xFF, 0xFF, 0xFF, 0x7F] + [UInt8](repeating: 0x41, count: 100_000))
    input.largestRequest = 0
    let reader = ArchiveByteReader(input, bufferSize: 4096)
    do {
      _ = try reader.readString()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == 5)
    }
    #expect(reader.input.largestRequest <= 64 * 1024)
  }

  // MARK: offset

  @Test(arguments: [
    (UInt8(1), UInt64(0), DataOffset.Flag.positionNotSet),
    (2, 7684, .positionSet),
    (2, 0x0102_0304_0506_0708, .positionSet),
    (3, 0, .noData),
  ])
  func offsetFlags(_ sample: (UInt8, UInt64, DataOffset.Flag)) throws {
    let bytes = ArchiveBytes.offset(flag: sample.0, position: sample.1)
    #expect(bytes.count == 9)
    let reader = Self.reader(bytes)
    #expect(try reader.readOffset() == DataOffset(flag: sample.2, position: sample.1))
    #expect(reader.offset == 9)
  }

  @Test func verifiedOffsetBytes() throws {
    #expect(ArchiveBytes.offset(flag: 2, position: 7684) == [0x02, 0x04, 0x1e, 0, 0, 0, 0, 0, 0])
    #expect(try Self.reader([0x02, 0x04, 0x1e, 0, 0, 0, 0, 0, 0]).readOffset().position == 7684)
  }

  @Test(arguments: [UInt8(0), 4, 7, 255])
  func badOffsetFlag(_ flag: UInt8) {
    let bytes: [UInt8] = [0, 0, 0] + [flag] + [UInt8](repeating: 0, count: 8)
    let reader = Self.reader(bytes)
    _ = try? reader.readBytes(count: 3)
    do {
      _ = try reader.readOffset()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .badOffsetFlag)
      #expect(error.message == "unexpected data offset flag \(flag)")
      #expect(error.offset == 3)
    }
  }

  @Test func offsetWiderThanEightBytes() throws {
    // offSize 16: the extra high bytes must be zero.
    let fine: [UInt8] = [0x02, 0x10] + [UInt8](repeating: 0, count: 15)
    #expect(try Self.reader(fine, offSize: 16).readOffset() == DataOffset(flag: .positionSet, position: 16))
    let tooLarge: [UInt8] = [0x02, 0x10] + [UInt8](repeating: 0, count: 14) + [0x01]
    do {
      _ = try Self.reader(tooLarge, offSize: 16).readOffset()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .integerOverflow)
      #expect(error.message == "file offset in dump file is too large")
    }
  }

  @Test func offsetSizeFour() throws {
    let bytes = ArchiveBytes.offset(flag: 2, position: 0xA0B0C0D0, offSize: 4)
    #expect(bytes == [0x02, 0xD0, 0xC0, 0xB0, 0xA0])
    #expect(try Self.reader(bytes, offSize: 4).readOffset().position == 0xA0B0C0D0)
  }

  @Test func offsetsBeforeVersion17WereInts() throws {
    let reader = Self.reader(
      ArchiveBytes.int(-1) + ArchiveBytes.int(0) + ArchiveBytes.int(4096), version: ArchiveVersion(1, 6))
    #expect(try reader.readOffset().flag == .positionNotSet)
    #expect(try reader.readOffset().flag == .noData)
    #expect(try reader.readOffset() == DataOffset(flag: .positionSet, position: 4096))
  }

  @Test func truncatedOffset() {
    do {
      _ = try Self.reader([0x02, 0x01, 0x02]).readOffset()
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .truncated)
      #expect(error.offset == 3)
    }
  }

  // MARK: bytes, skip, seek

  @Test func readBytesSkipAndSeek() throws {
    let bytes = Array(0..<200).map { UInt8($0) }
    let reader = ArchiveByteReader(MemoryInput(bytes), bufferSize: 16)
    #expect(try reader.readBytes(count: 3) == [0, 1, 2])
    try reader.skip(100)
    #expect(try reader.readByte() == 103)
    try reader.seek(to: 10)
    #expect(try reader.readBytes(count: 40) == Array(10..<50).map { UInt8($0) })
    #expect(reader.remaining == 150)
    #expect(throws: ArchiveError(.truncated, "", offset: 50)) { try reader.skip(151) }
    #expect(throws: ArchiveError.self) { try reader.seek(to: 201) }
    try reader.seek(to: 200)
    #expect(try reader.isAtEnd())
    #expect(throws: ArchiveError(.truncated, "", offset: 200)) { try reader.readByte() }
  }
}
