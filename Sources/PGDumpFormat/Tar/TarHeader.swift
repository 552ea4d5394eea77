/// One 512-byte ustar header block, as pg_dump's tar format writes and reads it
/// (`tarCreateHeader` in src/port/tar.c; `_tarGetHeader` and `isValidTarHeader` in pg_backup_tar.c).
///
///     offset  size  field
///          0   100  name (NUL padded; pg_dump never uses the prefix field)
///        124    12  size (octal digits, or base-256 with the high bit of the first byte set)
///        148     8  checksum (octal; sum of all 512 bytes with this field read as spaces)
///        156     1  type flag ('0')
///        257     8  magic: "ustar\0" "00", GNU "ustar  \0", or pre-9.3 pg_dump "ustar00\0"
public struct TarHeader: Sendable, Hashable {
  /// Block size of tar headers and data padding.
  public static let blockSize = 512

  /// The member name from the 100-byte field (up to the first NUL).
  public var name: [UInt8]
  /// The member's data size in bytes.
  public var size: Int
  /// The checksum stored in the header.
  public var storedChecksum: Int
  /// The checksum computed over the block.
  public var computedChecksum: Int
  /// Whether the magic is one pg_restore accepts.
  public var hasValidMagic: Bool

  /// The name as text, for messages.
  public var nameText: String { String(decoding: name, as: UTF8.self) }

  /// Whether pg_restore would accept this block as an archive's first header (`isValidTarHeader`).
  public var isValid: Bool { storedChecksum == computedChecksum && hasValidMagic }

  /// Parses a 512-byte block. Returns nil for an all-zero block (end-of-archive padding).
  public init?(block: some Collection<UInt8>) {
    let bytes = Array(block)
    precondition(bytes.count == Self.blockSize, "a tar header block is 512 bytes")
    if bytes.allSatisfy({ $0 == 0 }) { return nil }
    let nameField = bytes[0..<100]
    self.name = Array(nameField.prefix { $0 != 0 })
    self.size = Self.readNumber(bytes[124..<136])
    self.storedChecksum = Self.readNumber(bytes[148..<156])
    self.computedChecksum = Self.checksum(bytes)
    let magic = Array(bytes[257..<265])
    self.hasValidMagic =
      magic == Array("ustar\u{0}00".utf8) || magic == Array("ustar  \u{0}".utf8)
      || magic == Array("ustar00\u{0}".utf8)
  }

  /// The checksum pg_dump computes (`tarChecksum`): unsigned sum of the block, with the eight
  /// checksum bytes counted as spaces.
  public static func checksum(_ block: [UInt8]) -> Int {
    var sum = 8 * 0x20
    for (index, byte) in block.enumerated() where !(148..<156).contains(index) {
      sum += Int(byte)
    }
    return sum
  }

  /// Reads a tar number field the way `read_tar_number` does: base-256 when the first byte has
  /// its high bit set, else octal digits (leading spaces skipped, stopping at the first non-digit).
  /// Saturates instead of overflowing.
  public static func readNumber(_ field: ArraySlice<UInt8>) -> Int {
    guard let first = field.first else { return 0 }
    if first & 0x80 != 0 {
      var value = 0
      for (index, byte) in field.enumerated() {
        let digit = index == 0 ? Int(byte & 0x7F) : Int(byte)
        guard value <= (Int.max - digit) / 256 else { return Int.max }
        value = value * 256 + digit
      }
      return value
    }
    var value = 0
    var iterator = field.drop { $0 == 0x20 }.makeIterator()
    while let byte = iterator.next(), (0x30...0x37).contains(byte) {
      guard value <= (Int.max - 7) / 8 else { return Int.max }
      value = value * 8 + Int(byte - 0x30)
    }
    return value
  }
}
