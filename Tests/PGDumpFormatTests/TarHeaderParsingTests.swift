import PGDumpFormat
import Testing
import _PGDumpTestSupport

/// ustar headers as pg_dump writes and `isValidTarHeader`/`_tarGetHeader` read them.
@Suite struct TarHeaderParsingTests {
  @Test func pgDumpStyleHeader() throws {
    let block = ArchiveBytes.tarHeader(name: "toc.dat", size: 2346, mtime: 0o15300400577)
    #expect(block.count == 512)
    // Field bytes as in the verified 17.10 tar (mode, uid, gid, type, magic).
    #expect(Array(block[100..<108]) == Array("0000600 ".utf8))
    #expect(Array(block[108..<116]) == Array("0004000 ".utf8))
    #expect(Array(block[116..<124]) == Array("0002000 ".utf8))
    #expect(Array(block[124..<136]) == Array("00000004452 ".utf8))
    #expect(Array(block[136..<148]) == Array("15300400577 ".utf8))
    #expect(block[156] == UInt8(ascii: "0"))
    #expect(Array(block[257..<265]) == Array("ustar\u{0}00".utf8))
    let header = try #require(TarHeader(block: block))
    #expect(header.nameText == "toc.dat")
    #expect(header.size == 2346)
    #expect(header.storedChecksum == header.computedChecksum)
    #expect(header.hasValidMagic)
    #expect(header.isValid)
  }

  /// The checksum counts the checksum field as eight spaces.
  @Test func checksumIgnoresItsOwnField() {
    var block = ArchiveBytes.tarHeader(name: "2585.dat", size: 0)
    let sum = TarHeader.checksum(block)
    for index in 148..<156 { block[index] = 0xFF }
    #expect(TarHeader.checksum(block) == sum)
    let spaces = [UInt8](repeating: 0x20, count: 512)
    #expect(TarHeader.checksum(spaces) == 512 * 0x20)
    #expect(TarHeader.checksum([UInt8](repeating: 0, count: 512)) == 8 * 0x20)
  }

  @Test(arguments: [0, 99, 147, 156, 200, 263, 511])
  func flippedByteBreaksTheChecksum(_ index: Int) throws {
    var block = ArchiveBytes.tarHeader(name: "3456.dat", size: 100)
    block[index] ^= 0x01
    let header = try #require(TarHeader(block: block))
    #expect(header.storedChecksum != header.computedChecksum)
    #expect(!header.isValid)
  }

  @Test func checksumFieldDamage() throws {
    var block = ArchiveBytes.tarHeader(name: "3456.dat", size: 100)
    block[150] = UInt8(ascii: "9")  // not an octal digit: the number stops there
    let header = try #require(TarHeader(block: block))
    #expect(!header.isValid)
  }

  @Test(arguments: [
    (Array("ustar\u{0}00".utf8), true), (Array("ustar  \u{0}".utf8), true), (Array("ustar00\u{0}".utf8), true),
    (Array("ustar\u{0}01".utf8), false), ([UInt8](repeating: 0, count: 8), false), (Array("USTAR\u{0}00".utf8), false),
  ])
  func magicVariants(_ sample: ([UInt8], Bool)) throws {
    let header = try #require(TarHeader(block: ArchiveBytes.tarHeader(name: "toc.dat", size: 1, magic: sample.0)))
    #expect(header.storedChecksum == header.computedChecksum)
    #expect(header.hasValidMagic == sample.1)
    #expect(header.isValid == sample.1)
  }

  @Test func zeroBlockIsTheEnd() {
    #expect(TarHeader(block: [UInt8](repeating: 0, count: 512)) == nil)
  }

  @Test(arguments: [0, 1, 511, 512, 0o77777777777, 0o77777777777 + 1, 1 << 40, Int(Int64.max >> 8)])
  func base256AndOctalSizes(_ size: Int) throws {
    let octalFits = size <= 0o77777777777
    let block = ArchiveBytes.tarHeader(name: "big.dat", size: size)
    #expect((block[124] & 0x80 != 0) == !octalFits)
    #expect(try #require(TarHeader(block: block)).size == size)
    let forced = ArchiveBytes.tarHeader(name: "big.dat", size: size, base256Size: true)
    #expect(forced[124] == 0x80)
    let header = try #require(TarHeader(block: forced))
    #expect(header.size == size)
    #expect(header.isValid)
  }

  @Test func readNumberForms() {
    #expect(TarHeader.readNumber(Array("00000004452 ".utf8)[...]) == 2346)
    #expect(TarHeader.readNumber(Array("   4452\u{0}".utf8)[...]) == 2346)
    #expect(TarHeader.readNumber(Array("".utf8)[...]) == 0)
    #expect(TarHeader.readNumber(Array("89".utf8)[...]) == 0)
    #expect(TarHeader.readNumber([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x00][...]) == 256)
    // Base-256 values too large for Int saturate instead of trapping.
    #expect(TarHeader.readNumber([UInt8](repeating: 0xFF, count: 12)[...]) == Int.max)
    #expect(TarHeader.readNumber(Array("7777777777777777777777777".utf8)[...]) == Int.max)
  }

  @Test func corpusTarFirstHeaderIsValid() throws {
    guard let dump = Corpus.archives.first(where: { $0.format == "tar" }) else { return }
    let bytes = Corpus.bytes(dump.path)
    try #require(bytes.count >= 1024)
    let header = try #require(TarHeader(block: bytes[0..<512]))
    #expect(header.nameText == "toc.dat")
    #expect(header.isValid)
    #expect(Array(bytes[512..<517]) == ArchiveHeader.magic)
  }

  @Test func paddingToBlocks() {
    #expect(ArchiveBytes.tarPadded([]).count == 0)
    #expect(ArchiveBytes.tarPadded([1]).count == 512)
    #expect(ArchiveBytes.tarPadded([UInt8](repeating: 1, count: 512)).count == 512)
    #expect(ArchiveBytes.tarPadded([UInt8](repeating: 1, count: 513)).count == 1024)
  }
}
