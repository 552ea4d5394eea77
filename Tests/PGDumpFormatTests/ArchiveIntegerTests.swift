import PGDumpFormat
import Testing

@Suite struct ArchiveIntegerTests {
  func reader(_ bytes: [UInt8]) -> ArchiveByteReader<MemoryInput> { ArchiveByteReader(MemoryInput(bytes)) }

  @Test func signByteThenLittleEndianMagnitude() throws {
    #expect(try reader([0x00, 0x24, 0, 0, 0]).readInt() == 36)
    #expect(try reader([0x01, 0x01, 0, 0, 0]).readInt() == -1)
    #expect(try reader([0x00, 0x25, 0x0A, 0, 0]).readInt() == 2597)
  }

  @Test func negativeStringLengthIsNullAndZeroIsEmpty() throws {
    #expect(try reader([0x01, 0x01, 0, 0, 0]).readString() == nil)
    #expect(try reader([0x00, 0, 0, 0, 0]).readString() == [])
  }

  @Test func stringLongerThanInputIsTruncatedNotAllocated() {
    #expect(throws: ArchiveError(.truncated, "", offset: 5)) {
      try reader([0x00, 0xFF, 0xFF, 0xFF, 0x7F, 0x41]).readString()
    }
  }
}
