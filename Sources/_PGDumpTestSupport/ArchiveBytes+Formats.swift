import PGDumpFormat

extension ArchiveBytes {
  // MARK: Tar

  /// A ustar header block as pg_dump writes it (`tarCreateHeader`): mode 0600, uid 2048, gid 1024,
  /// octal size (base-256 when `base256Size` or when it does not fit 11 octal digits), checksum.
  public static func tarHeader(
    name: String, size: Int, mtime: Int = 1_700_000_000, base256Size: Bool = false,
    magic: [UInt8] = Array("ustar\u{0}00".utf8)
  ) -> [UInt8] {
    var block = [UInt8](repeating: 0, count: TarHeader.blockSize)
    func put(_ text: String, at offset: Int) {
      for (index, byte) in text.utf8.enumerated() { block[offset + index] = byte }
    }
    func octal(_ value: Int, digits: Int) -> String {
      let text = String(value, radix: 8)
      return String(repeating: "0", count: max(digits - text.count, 0)) + text + " "
    }
    precondition(name.utf8.count <= 100, "tar member names are at most 100 bytes")
    put(name, at: 0)
    put(octal(0o600, digits: 7), at: 100)
    put(octal(2048, digits: 7), at: 108)
    put(octal(1024, digits: 7), at: 116)
    if base256Size || size > 0o77777777777 {
      block[124] = 0x80
      var value = size
      for index in stride(from: 135, to: 124, by: -1) {
        block[index] = UInt8(truncatingIfNeeded: value)
        value >>= 8
      }
    } else {
      put(octal(size, digits: 11), at: 124)
    }
    put(octal(mtime, digits: 11), at: 136)
    block[156] = UInt8(ascii: "0")
    for (index, byte) in magic.prefix(8).enumerated() { block[257 + index] = byte }
    put("postgres", at: 265)
    put("postgres", at: 297)
    put(octal(0, digits: 7), at: 329)
    put(octal(0, digits: 7), at: 337)
    put(octal(TarHeader.checksum(block), digits: 7), at: 148)
    return block
  }

  /// `data` padded with NULs to a multiple of 512 bytes.
  public static func tarPadded(_ data: [UInt8]) -> [UInt8] {
    let padding = (TarHeader.blockSize - data.count % TarHeader.blockSize) % TarHeader.blockSize
    return data + [UInt8](repeating: 0, count: padding)
  }

  // MARK: Stored compression formats

  /// A zlib stream (RFC 1950) holding `data` in stored deflate blocks, as a custom block holds it.
  public static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    out += deflateStored(data)
    let adler = adler32(data)
    out += [UInt8(adler >> 24), UInt8(truncatingIfNeeded: adler >> 16), UInt8(truncatingIfNeeded: adler >> 8),
            UInt8(truncatingIfNeeded: adler)]
    return out
  }

  /// A gzip file (RFC 1952) with stored deflate blocks, as a directory data file `.gz`.
  public static func gzipStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]
    out += deflateStored(data)
    out += littleEndian32(crc32(data))
    out += littleEndian32(UInt32(truncatingIfNeeded: data.count))
    return out
  }

  /// An LZ4 frame of uncompressed blocks (64 KB maximum block size, no checksums).
  public static func lz4Uncompressed(_ data: [UInt8]) -> [UInt8] {
    let descriptor: [UInt8] = [0x60, 0x40]  // version 01, independent blocks; 64 KB blocks
    var out: [UInt8] = [0x04, 0x22, 0x4d, 0x18] + descriptor
    out.append(UInt8(truncatingIfNeeded: xxh32(descriptor) >> 8))
    var start = 0
    while start < data.count {
      let end = min(start + 65536, data.count)
      out += littleEndian32(UInt32(end - start) | 0x8000_0000)
      out += data[start..<end]
      start = end
    }
    out += [0, 0, 0, 0]
    return out
  }

  /// A zstd frame of raw blocks (2 MB window, no checksum).
  public static func zstdRaw(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58]
    var start = 0
    repeat {
      let end = min(start + 128 * 1024, data.count)
      let last: UInt32 = end == data.count ? 1 : 0
      let header = UInt32(end - start) << 3 | last  // block type 0: raw
      out += [UInt8(truncatingIfNeeded: header), UInt8(truncatingIfNeeded: header >> 8),
              UInt8(truncatingIfNeeded: header >> 16)]
      out += data[start..<end]
      start = end
    } while start < data.count
    return out
  }

  static func deflateStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var start = 0
    repeat {
      let end = min(start + 65535, data.count)
      let length = UInt16(end - start)
      out.append(end == data.count ? 1 : 0)  // BFINAL, BTYPE 00
      out += [UInt8(truncatingIfNeeded: length), UInt8(length >> 8)]
      out += [UInt8(truncatingIfNeeded: ~length), UInt8(~length >> 8)]
      out += data[start..<end]
      start = end
    } while start < data.count
    return out
  }

  static func littleEndian32(_ value: UInt32) -> [UInt8] {
    [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value >> 16),
     UInt8(truncatingIfNeeded: value >> 24)]
  }

  public static func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    return b << 16 | a
  }

  public static func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xffff_ffff
    for byte in data {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xedb8_8320 : crc >> 1 }
    }
    return ~crc
  }

  /// xxHash32 with seed 0, for inputs shorter than 16 bytes (the LZ4 frame descriptor checksum).
  public static func xxh32(_ data: [UInt8]) -> UInt32 {
    precondition(data.count < 16, "only the short-input path is implemented")
    let prime1: UInt32 = 2_654_435_761
    let prime2: UInt32 = 2_246_822_519
    let prime3: UInt32 = 3_266_489_917
    let prime4: UInt32 = 668_265_263
    let prime5: UInt32 = 374_761_393
    func rotl(_ x: UInt32, _ r: UInt32) -> UInt32 { (x << r) | (x >> (32 - r)) }
    var h = prime5 &+ UInt32(data.count)
    var index = 0
    while index + 4 <= data.count {
      let word = UInt32(data[index]) | UInt32(data[index + 1]) << 8 | UInt32(data[index + 2]) << 16
        | UInt32(data[index + 3]) << 24
      h = rotl(h &+ word &* prime3, 17) &* prime4
      index += 4
    }
    while index < data.count {
      h = rotl(h &+ UInt32(data[index]) &* prime5, 11) &* prime1
      index += 1
    }
    h ^= h >> 15
    h = h &* prime2
    h ^= h >> 13
    h = h &* prime3
    h ^= h >> 16
    return h
  }
}
