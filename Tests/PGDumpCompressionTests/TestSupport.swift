import CLZ4
import CZlib
import CZstd
import PGDumpCompression
import Testing
import _PGDumpTestSupport

// MARK: - Test data


/// `count` bytes that look a bit like COPY data: words, numbers, tabs, newlines, and
/// stretches of incompressible noise, so every codec emits several kinds of blocks.
func randomishBytes(count: Int, seed: UInt64 = 42) -> [UInt8] {
  var rng = SeededGenerator(seed: seed)
  let words: [[UInt8]] = ["alpha", "beta", "gamma", "public", "COPY", "\\N", "2024-01-01", "true", "false"]
    .map { Array($0.utf8) }
  var out: [UInt8] = []
  out.reserveCapacity(count + 64)
  while out.count < count {
    switch rng.next() % 10 {
    case 0:  // noise
      for _ in 0..<Int(rng.next() % 200) { out.append(UInt8(truncatingIfNeeded: rng.next())) }
    case 1...3:
      out.append(contentsOf: Array(String(rng.next() % 1_000_000).utf8))
      out.append(0x09)
    case 4:
      out.append(0x0a)
    default:
      out.append(contentsOf: words[Int(rng.next() % UInt64(words.count))])
      out.append(0x09)
    }
  }
  return Array(out.prefix(count))
}

let oneMiB = 1 << 20

// MARK: - Compressors (the C libraries' own encoders)

/// RFC 1950 zlib stream via `compress2`.
func zlibCompress(_ data: [UInt8], level: Int32 = 6) -> [UInt8] {
  var destLen = compressBound(uLong(data.count))
  var out = [UInt8](repeating: 0, count: Int(destLen))
  let rc = data.withUnsafeBufferPointer { src in
    out.withUnsafeMutableBufferPointer { dst in
      compress2(dst.baseAddress, &destLen, src.baseAddress, uLong(data.count), level)
    }
  }
  precondition(rc == Z_OK, "compress2 failed: \(rc)")
  out.removeSubrange(Int(destLen)...)
  return out
}

/// One RFC 1952 gzip member via `deflateInit2_` (windowBits 15 + 16).
func gzipCompress(_ data: [UInt8]) -> [UInt8] {
  let strm = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
  strm.initialize(to: z_stream())
  defer {
    deflateEnd(strm)
    strm.deinitialize(count: 1)
    strm.deallocate()
  }
  let rc = deflateInit2_(
    strm, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
  precondition(rc == Z_OK)
  let bound = Int(deflateBound(strm, uLong(data.count))) + 64
  var out = [UInt8](repeating: 0, count: bound)
  var input = data
  let end = input.withUnsafeMutableBufferPointer { src in
    out.withUnsafeMutableBufferPointer { dst in
      strm.pointee.next_in = src.baseAddress
      strm.pointee.avail_in = uInt(src.count)
      strm.pointee.next_out = dst.baseAddress
      strm.pointee.avail_out = uInt(dst.count)
      return deflate(strm, Z_FINISH)
    }
  }
  precondition(end == Z_STREAM_END, "deflate: \(end)")
  out.removeSubrange((bound - Int(strm.pointee.avail_out))...)
  return out
}

/// One LZ4 frame via `LZ4F_compressFrame` (default preferences: 64 KiB blocks, no checksum).
func lz4Compress(_ data: [UInt8], contentChecksum: Bool = false) -> [UInt8] {
  var prefs = LZ4F_preferences_t()
  if contentChecksum { prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled }
  let bound = LZ4F_compressFrameBound(data.count, &prefs)
  var out = [UInt8](repeating: 0, count: bound)
  let n = data.withUnsafeBytes { src in
    out.withUnsafeMutableBytes { dst in
      LZ4F_compressFrame(dst.baseAddress, bound, src.baseAddress, src.count, &prefs)
    }
  }
  precondition(LZ4F_isError(n) == 0, String(cString: LZ4F_getErrorName(n)))
  out.removeSubrange(n...)
  return out
}

/// One zstd frame via `ZSTD_compress2` (no checksum unless asked, as with `ZSTD_compress`).
func zstdCompress(_ data: [UInt8], checksum: Bool = false) -> [UInt8] {
  let cctx = ZSTD_createCCtx()!
  defer { ZSTD_freeCCtx(cctx) }
  _ = ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 3)
  if checksum { _ = ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1) }
  let bound = ZSTD_compressBound(data.count)
  var out = [UInt8](repeating: 0, count: bound)
  let n = data.withUnsafeBytes { src in
    out.withUnsafeMutableBytes { dst in
      ZSTD_compress2(cctx, dst.baseAddress, bound, src.baseAddress, src.count)
    }
  }
  precondition(ZSTD_isError(n) == 0, String(cString: ZSTD_getErrorName(n)))
  out.removeSubrange(n...)
  return out
}

/// Compresses `data` with `method`'s encoder.
func compress(_ data: [UInt8], _ method: CompressionMethod) -> [UInt8] {
  switch method {
  case .zlib: zlibCompress(data)
  case .gzip: gzipCompress(data)
  case .lz4: lz4Compress(data)
  case .zstd: zstdCompress(data)
  }
}

// MARK: - Decoding helpers

/// Decodes `compressed` with a ``StreamingDecompressor``, feeding `chunkSize` bytes at a
/// time, and checks that no piece exceeds `bufferSize`.
func decode(
  _ compressed: [UInt8], _ method: CompressionMethod, chunkSize: Int = Int.max,
  bufferSize: Int = 65536, allowConcatenated: Bool = false
) throws -> [UInt8] {
  var out: [UInt8] = []
  var stream = try StreamingDecompressor(method, allowConcatenated: allowConcatenated, bufferSize: bufferSize)
  let sink = { (piece: UnsafeRawBufferPointer) in
    #expect(piece.count > 0 && piece.count <= bufferSize)
    out.append(contentsOf: piece)
  }
  try compressed.withUnsafeBytes { all in
    var start = 0
    while start < all.count {
      let end = all.count - start > chunkSize ? start + chunkSize : all.count
      try stream.feed(UnsafeRawBufferPointer(rebasing: all[start..<end]), sink)
      start = end
    }
  }
  try stream.finish(sink)
  let (finished, totalIn, totalOut) = (stream.isFinished, stream.totalIn, stream.totalOut)
  #expect(finished)
  #expect(totalIn == compressed.count)
  #expect(totalOut == out.count)
  return out
}

/// The ``DecompressionError`` code `body` throws, or nil when it succeeds.
/// Any other error fails the test.
func errorCode(_ body: () throws -> Void) -> DecompressionError.Code? {
  do {
    try body()
    return nil
  } catch let error as DecompressionError {
    return error.code
  } catch {
    Issue.record("unexpected error \(error)")
    return nil
  }
}

/// ``CompressionMethod/sniff(_:)`` over an array.
func sniff(_ bytes: [UInt8]) -> CompressionMethod? {
  bytes.withUnsafeBytes { CompressionMethod.sniff($0) }
}
