/// A compressed-stream encoding that pg_dump (or a user wrapping a dump) may produce.
///
/// - `zlib`: an RFC 1950 zlib stream (`78 9c` …), used for "gzip" data blocks inside
///   custom-format (`-Fc`) archives.
/// - `gzip`: an RFC 1952 gzip file (`1f 8b` …): directory-format `.gz` files and
///   outer-compressed dumps such as `backup.dump.gz`.
/// - `lz4`: an LZ4 frame (`04 22 4d 18`, lz4frame API).
/// - `zstd`: a Zstandard frame (`28 b5 2f fd`).
public enum CompressionMethod: Sendable, Hashable {
  case zlib, gzip, lz4, zstd
}

extension CompressionMethod {
  /// A short lower-case name: `"zlib"`, `"gzip"`, `"lz4"` or `"zstd"`.
  public var name: String {
    switch self {
    case .zlib: "zlib"
    case .gzip: "gzip"
    case .lz4: "lz4"
    case .zstd: "zstd"
    }
  }

  /// Recognises a compressed stream by its first bytes.
  ///
  /// - gzip: `1f 8b`.
  /// - lz4: frame magic `04 22 4d 18`.
  /// - zstd: frame magic `28 b5 2f fd`.
  /// - Skippable frames (magic `0x184D2A50`…`0x184D2A5F`, little-endian, shared by the LZ4
  ///   and zstd frame formats) are stepped over while they lie entirely inside `prefix`, and
  ///   the frame that follows decides. If the prefix ends inside a skippable frame, the
  ///   answer is `.lz4` (both decoders skip such frames; pass a longer prefix to tell).
  /// - zlib: a valid RFC 1950 header: CM = 8 (deflate), CINFO ≤ 7 and
  ///   `(CMF * 256 + FLG) % 31 == 0`.
  ///
  /// Only the first bytes are examined: a match is a strong hint, not a proof that the
  /// rest of the stream is valid. Returns `nil` when nothing matches (for example for a
  /// custom-format archive header `PGDMP` or a plain SQL script `--\n-- PostgreSQL`).
  public static func sniff(_ prefix: UnsafeRawBufferPointer) -> CompressionMethod? {
    let count = prefix.count
    guard count >= 2 else { return nil }
    let b0 = prefix[0]
    let b1 = prefix[1]
    if b0 == 0x1f && b1 == 0x8b { return .gzip }

    // Frame formats sharing the 4-byte little-endian magic convention.
    var position = 0
    var sawSkippable = false
    while count - position >= 4 {
      let magic = readLE32(prefix, at: position)
      if magic == 0x184D_2204 { return .lz4 }
      if magic == 0xFD2F_B528 { return .zstd }
      guard magic & 0xFFFF_FFF0 == 0x184D_2A50 else { break }
      // Skippable frame: magic, 4-byte little-endian size, then `size` bytes of user data.
      sawSkippable = true
      guard count - position >= 8 else { return .lz4 }
      let size = Int(readLE32(prefix, at: position + 4))
      guard size <= count - position - 8 else { return .lz4 }
      position += 8 + size
    }
    if sawSkippable {
      // A skippable frame followed by something that is not a frame we know.
      return position >= count ? .lz4 : nil
    }

    // zlib header: CMF, FLG.
    let cmf = Int(b0)
    let flg = Int(b1)
    if cmf & 0x0f == 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 == 0 { return .zlib }
    return nil
  }

  private static func readLE32(_ buffer: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
    UInt32(buffer[offset]) | UInt32(buffer[offset + 1]) << 8 | UInt32(buffer[offset + 2]) << 16
      | UInt32(buffer[offset + 3]) << 24
  }
}
