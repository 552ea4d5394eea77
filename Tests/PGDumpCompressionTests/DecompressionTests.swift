import CZlib
import PGDumpCompression
import Testing
import _PGDumpTestSupport

let allMethods: [CompressionMethod] = [.zlib, .gzip, .lz4, .zstd]

// MARK: - Round trips

@Suite struct RoundTrip {
  @Test(arguments: allMethods)
  func emptyInputRoundTrips(method: CompressionMethod) throws {
    let compressed = compress([], method)
    #expect(!compressed.isEmpty)
    #expect(try decode(compressed, method) == [])
  }

  @Test(arguments: allMethods)
  func oneByteRoundTrips(method: CompressionMethod) throws {
    #expect(try decode(compress([0x41], method), method) == [0x41])
  }

  @Test(arguments: allMethods)
  func oneMebibyteRoundTripsInBoundedPieces(method: CompressionMethod) throws {
    let data = randomishBytes(count: oneMiB)
    let compressed = compress(data, method)
    #expect(compressed.count < data.count)
    // `decode` also checks every piece is at most bufferSize bytes.
    #expect(try decode(compressed, method, bufferSize: 4096) == data)
    #expect(try decode(compressed, method, chunkSize: 10_000) == data)
  }

  @Test(arguments: allMethods)
  func feedingOneByteAtATimeGivesSameOutputAsFeedingEverything(method: CompressionMethod) throws {
    let data = randomishBytes(count: 300_000, seed: 7)
    let compressed = compress(data, method)
    let whole = try decode(compressed, method)
    #expect(whole == data)
    #expect(try decode(compressed, method, chunkSize: 1) == whole)
    #expect(try decode(compressed, method, chunkSize: 1, bufferSize: 1) == whole)
    #expect(try decode(compressed, method, chunkSize: 4093, bufferSize: 777) == whole)
  }

  @Test(arguments: allMethods)
  func oneByteOutputBufferStillDecodes(method: CompressionMethod) throws {
    let data = randomishBytes(count: 70_000, seed: 3)
    let compressed = compress(data, method)
    #expect(try decode(compressed, method, bufferSize: 1) == data)

    // The same with the pull API: every call with input and room must move a byte.
    var decompressor = try Decompressor(method)
    var out: [UInt8] = []
    var byte: UInt8 = 0
    try compressed.withUnsafeBytes { all in
      var position = 0
      var calls = 0
      while !decompressor.isFinished {
        let rest = UnsafeRawBufferPointer(rebasing: all[position...])
        let (consumed, produced) = try withUnsafeMutableBytes(of: &byte) { one in
          try decompressor.decompress(rest, into: one)
        }
        if produced == 1 { out.append(byte) }
        #expect(produced <= 1)
        if !rest.isEmpty && !decompressor.isFinished {
          #expect(consumed > 0 || produced > 0, "no progress at input \(position)")
        }
        position += consumed
        calls += 1
        try #require(calls < 10 * (data.count + compressed.count) + 10)
      }
      #expect(position == all.count)
    }
    #expect(out == data)
    let (totalIn, totalOut) = (decompressor.totalIn, decompressor.totalOut)
    #expect(totalIn == compressed.count)
    #expect(totalOut == data.count)
  }
}

// MARK: - Truncation, corruption, trailing data

@Suite struct DamagedInput {
  @Test(arguments: allMethods)
  func truncatedStreamReportsTruncatedOnFinish(method: CompressionMethod) throws {
    let compressed = compress(randomishBytes(count: 100_000, seed: 11), method)
    for cut in [0, 1, 5, compressed.count / 2, compressed.count - 1] {
      var stream = try StreamingDecompressor(method)
      try compressed.withUnsafeBytes { all in
        try stream.feed(UnsafeRawBufferPointer(rebasing: all[..<cut])) { _ in }
      }
      let finished = stream.isFinished
      #expect(!finished)
      #expect(errorCode { try stream.finish { _ in } } == .truncated, "cut at \(cut)")
    }
  }

  @Test func truncatedZstdFrameReportsTruncatedWithOffset() throws {
    let compressed = zstdCompress(randomishBytes(count: 50_000))
    var stream = try StreamingDecompressor(.zstd)
    try compressed.dropLast(3).withUnsafeBytes { try stream.feed($0) { _ in } }
    do {
      try stream.finish { _ in }
      Issue.record("expected an error")
    } catch let error as DecompressionError {
      #expect(error == DecompressionError(code: .truncated, method: .zstd, inputOffset: 0, message: ""))
      #expect(error.inputOffset == compressed.count - 3)
      #expect(error.message.hasPrefix("unexpected end of compressed data"))
    }
  }

  @Test func flippedByteInZlibStreamReportsCorrupt() throws {
    var compressed = zlibCompress(randomishBytes(count: oneMiB))
    compressed[compressed.count / 2] ^= 0x55
    #expect(errorCode { _ = try decode(compressed, .zlib) } == .corrupt)
  }

  @Test func flippedByteInGzipMemberReportsCorrupt() throws {
    var compressed = gzipCompress(randomishBytes(count: oneMiB))
    compressed[compressed.count / 2] ^= 0x55
    #expect(errorCode { _ = try decode(compressed, .gzip) } == .corrupt)
  }

  @Test func zlibMessageCarriesZlibText() throws {
    // A stored block whose LEN/NLEN do not match.
    let bad: [UInt8] = [0x78, 0x9c, 0x01, 0x05, 0x00, 0x00, 0x00, 0x41]
    do {
      _ = try decode(bad, .zlib)
      Issue.record("expected an error")
    } catch let error as DecompressionError {
      #expect(error.code == .corrupt)
      #expect(error.message == "could not uncompress data: invalid stored block lengths")
      #expect(error.description.contains("invalid stored block lengths"))
    }
  }

  @Test func zlibStreamNeedingPresetDictionaryReportsCorrupt() throws {
    // FLG 0x20: FDICT set; (0x78 * 256 + 0x20) % 31 == 0.
    let needsDict: [UInt8] = [0x78, 0x20, 0x00, 0x00, 0x00, 0x01, 0x03, 0x00]
    #expect(sniff(needsDict) == .zlib)
    #expect(errorCode { _ = try decode(needsDict, .zlib) } == .corrupt)
  }

  @Test func flippedByteInChecksummedLZ4FrameReportsCorrupt() throws {
    var compressed = lz4Compress(randomishBytes(count: oneMiB), contentChecksum: true)
    compressed[compressed.count / 2] ^= 0x55
    #expect(errorCode { _ = try decode(compressed, .lz4) } == .corrupt)
  }

  @Test func damagedLZ4MagicReportsCorrupt() throws {
    var compressed = lz4Compress(randomishBytes(count: 1000))
    compressed[0] ^= 0xff
    #expect(errorCode { _ = try decode(compressed, .lz4) } == .corrupt)
  }

  @Test func flippedByteInChecksummedZstdFrameReportsCorrupt() throws {
    var compressed = zstdCompress(randomishBytes(count: oneMiB), checksum: true)
    compressed[compressed.count / 2] ^= 0x55
    #expect(errorCode { _ = try decode(compressed, .zstd) } == .corrupt)
  }

  @Test func zstdFrameDemandingHugeWindowIsUnsupported() throws {
    // Magic, FHD 0x00 (no single segment, no checksum), window descriptor 0xA8 = 2^31 bytes.
    let frame: [UInt8] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa8, 0x01, 0x00, 0x00]
    #expect(errorCode { _ = try decode(frame, .zstd) } == .unsupported)
  }

  /// Flipping any single byte must never crash or hang. Where the format carries a
  /// checksum (zlib, gzip, checksummed lz4/zstd) a success must also mean the right data.
  @Test(arguments: [
    (CompressionMethod.zlib, true), (.gzip, true), (.lz4, false), (.lz4, true), (.zstd, false), (.zstd, true),
  ])
  func flippedBytesAnywhereNeverCrashAndChecksumsCatchThem(method: CompressionMethod, checksummed: Bool) throws {
    let data = randomishBytes(count: 20_000, seed: 5)
    let compressed: [UInt8] =
      switch method {
      case .lz4: lz4Compress(data, contentChecksum: checksummed)
      case .zstd: zstdCompress(data, checksum: checksummed)
      default: compress(data, method)
      }
    var rng = SeededGenerator(seed: 99)
    for position in 0..<compressed.count where position < 64 || rng.next() % 8 == 0 {
      var damaged = compressed
      damaged[position] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
      let output: [UInt8]
      do {
        output = try decode(damaged, method, chunkSize: 1 + Int(rng.next() % 3000), bufferSize: 1024)
      } catch is DecompressionError {
        continue
      }
      if checksummed { #expect(output == data, "undetected damage at \(position)") }
    }
  }

  @Test(arguments: allMethods)
  func randomBytesAfterMagicNeverCrash(method: CompressionMethod) throws {
    let magic: [UInt8] =
      switch method {
      case .zlib: [0x78, 0x9c]
      case .gzip: [0x1f, 0x8b, 0x08, 0x00]
      case .lz4: [0x04, 0x22, 0x4d, 0x18]
      case .zstd: [0x28, 0xb5, 0x2f, 0xfd]
      }
    var rng = SeededGenerator(seed: 1234)
    for _ in 0..<300 {
      let body = (0..<Int(rng.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      _ = try? decode(magic + body, method, chunkSize: 1 + Int(rng.next() % 500), bufferSize: 1 + Int(rng.next() % 5000))
    }
  }

  @Test func trailingGarbageAfterZlibStreamReportsTrailingData() throws {
    let data = randomishBytes(count: 10_000)
    let compressed = zlibCompress(data) + Array("garbage".utf8)
    var out: [UInt8] = []
    var stream = try StreamingDecompressor(.zlib)
    let code = errorCode {
      try compressed.withUnsafeBytes { try stream.feed($0) { out.append(contentsOf: $0) } }
      try stream.finish { out.append(contentsOf: $0) }
    }
    #expect(code == .trailingData)
    #expect(out == data, "everything before the garbage is delivered")
    let finished = stream.isFinished
    #expect(finished)
  }

  @Test(arguments: allMethods)
  func trailingBytesInLaterFeedReportTrailingData(method: CompressionMethod) throws {
    let compressed = compress([1, 2, 3], method)
    var stream = try StreamingDecompressor(method)
    try compressed.withUnsafeBytes { try stream.feed($0) { _ in } }
    let finished = stream.isFinished
    #expect(finished)
    let code = errorCode { try [UInt8](arrayLiteral: 0).withUnsafeBytes { try stream.feed($0) { _ in } } }
    #expect(code == .trailingData)
  }

  @Test(arguments: allMethods)
  func decompressStopsAtEndOfStreamThenRejectsTheRest(method: CompressionMethod) throws {
    let data = randomishBytes(count: 5000)
    let compressed = compress(data, method)
    let input = compressed + [0xde, 0xad]
    var decompressor = try Decompressor(method)
    var output = [UInt8](repeating: 0, count: data.count + 100)
    let (consumed, produced) = try input.withUnsafeBytes { inBuf in
      try output.withUnsafeMutableBytes { try decompressor.decompress(inBuf, into: $0) }
    }
    #expect(consumed == compressed.count)
    #expect(produced == data.count)
    #expect(Array(output[..<produced]) == data)
    let finished = decompressor.isFinished
    #expect(finished)
    let code = errorCode {
      _ = try input.withUnsafeBytes { inBuf in
        try output.withUnsafeMutableBytes {
          try decompressor.decompress(UnsafeRawBufferPointer(rebasing: inBuf[consumed...]), into: $0)
        }
      }
    }
    #expect(code == .trailingData)
  }
}

// MARK: - Concatenation

@Suite struct Concatenation {
  @Test func concatenatedGzipMembersDecodeWithAllowConcatenated() throws {
    let first = randomishBytes(count: 100_000, seed: 1)
    let second = randomishBytes(count: 50_000, seed: 2)
    let file = gzipCompress(first) + gzipCompress(second) + gzipCompress([])
    #expect(try decode(file, .gzip, allowConcatenated: true) == first + second)
    #expect(try decode(file, .gzip, chunkSize: 1, bufferSize: 100, allowConcatenated: true) == first + second)
  }

  @Test func concatenatedGzipMembersWithoutAllowConcatenatedReportTrailingData() throws {
    let file = gzipCompress([1, 2, 3]) + gzipCompress([4, 5, 6])
    #expect(errorCode { _ = try decode(file, .gzip) } == .trailingData)
  }

  @Test(arguments: [CompressionMethod.zlib, .lz4, .zstd])
  func concatenatedFramesDecodeWithAllowConcatenated(method: CompressionMethod) throws {
    let first = randomishBytes(count: 80_000, seed: 3)
    let second = randomishBytes(count: 1, seed: 4)
    let file = compress(first, method) + compress(second, method)
    #expect(try decode(file, method, allowConcatenated: true) == first + second)
    #expect(try decode(file, method, chunkSize: 7, bufferSize: 3, allowConcatenated: true) == first + second)
    #expect(errorCode { _ = try decode(file, method) } == .trailingData)
  }

  @Test func concatenatedStreamTruncatedInSecondMemberReportsTruncated() throws {
    let file = gzipCompress([1, 2, 3]) + gzipCompress(randomishBytes(count: 1000)).dropLast(2)
    #expect(errorCode { _ = try decode(file, .gzip, allowConcatenated: true) } == .truncated)
  }

  @Test func skippableFrameBeforeZstdFrameIsSkipped() throws {
    let skippable: [UInt8] = [0x50, 0x2a, 0x4d, 0x18, 0x04, 0x00, 0x00, 0x00, 0xaa, 0xbb, 0xcc, 0xdd]
    let file = skippable + zstdCompress([9, 8, 7])
    #expect(sniff(file) == .zstd)
    #expect(try decode(file, .zstd, allowConcatenated: true) == [9, 8, 7])
  }
}

// MARK: - Sniffing

@Suite struct Sniffing {
  @Test(arguments: allMethods)
  func sniffRecognisesEachFormat(method: CompressionMethod) {
    #expect(sniff(compress([1, 2, 3], method)) == method)
    #expect(sniff(compress([], method)) == method)
  }

  @Test func sniffRecognisesZlibHeadersOfEveryLevel() {
    for level: Int32 in [0, 1, 6, 9] {
      #expect(sniff(zlibCompress([1], level: level)) == .zlib)
    }
  }

  @Test func sniffRejectsArchiveHeadersAndPlainText() {
    #expect(sniff(Array("PGDMP".utf8) + [1, 16, 0, 4, 8, 1]) == nil)
    #expect(sniff(Array("--\n-- PostgreSQL database dump\n".utf8)) == nil)
    #expect(sniff(Array("toc.dat".utf8)) == nil)
    #expect(sniff([]) == nil)
    #expect(sniff([0x1f]) == nil)
    #expect(sniff([0x04, 0x22, 0x4d]) == nil)
    #expect(sniff([0x78, 0x9d]) == nil)  // bad FCHECK
    #expect(sniff([0x88, 0x98]) == nil)  // CINFO 8: window too large
  }

  @Test func sniffSeesThroughSkippableFrames() {
    let skippable: [UInt8] = [0x5f, 0x2a, 0x4d, 0x18, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00]
    #expect(sniff(skippable + [0x04, 0x22, 0x4d, 0x18]) == .lz4)
    #expect(sniff(skippable + [0x28, 0xb5, 0x2f, 0xfd]) == .zstd)
    #expect(sniff(skippable + Array("PGDMP".utf8)) == nil)
    // Cannot see past it: both frame decoders skip such frames.
    #expect(sniff(Array(skippable.prefix(9))) == .lz4)
  }

  @Test func methodNames() {
    #expect(allMethods.map(\.name) == ["zlib", "gzip", "lz4", "zstd"])
  }
}

// MARK: - Errors

@Suite struct Errors {
  @Test func errorEqualityComparesCodeAndMethodOnly() {
    let a = DecompressionError(code: .corrupt, method: .zstd, inputOffset: 1, message: "a")
    let b = DecompressionError(code: .corrupt, method: .zstd, inputOffset: 99, message: "b")
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(a != DecompressionError(code: .truncated, method: .zstd, inputOffset: 1, message: "a"))
    #expect(a != DecompressionError(code: .corrupt, method: .lz4, inputOffset: 1, message: "a"))
    #expect(a.description == "zstd: a (at compressed byte 1)")
    #expect(DecompressionError.Code.trailingData.description == "trailingData")
  }

  @Test func corruptErrorReportsOffsetWithinStream() throws {
    var compressed = lz4Compress(randomishBytes(count: 1000))
    compressed[0] ^= 0xff
    do {
      _ = try decode(compressed, .lz4)
      Issue.record("expected an error")
    } catch let error as DecompressionError {
      #expect(error.inputOffset <= 4)
      #expect(error.message.hasPrefix("could not decompress data: "))
      #expect(error.message.contains("frameType_unknown"))
    }
  }

  @Test func sinkErrorsPropagateUnchanged() throws {
    struct Stop: Error {}
    var stream = try StreamingDecompressor(.zlib)
    let compressed = zlibCompress([1, 2, 3])
    #expect(throws: Stop.self) {
      try compressed.withUnsafeBytes { try stream.feed($0) { _ in throw Stop() } }
    }
  }
}

@Suite struct SkippableFrames {
  @Test(arguments: [CompressionMethod.lz4, .zstd])
  func leadingSkippableFrameDoesNotEndTheStream(method: CompressionMethod) throws {
    let skippable: [UInt8] = [0x50, 0x2a, 0x4d, 0x18, 0x04, 0x00, 0x00, 0x00, 0xaa, 0xbb, 0xcc, 0xdd]
    let file = skippable + compress([9, 8, 7], method)
    #expect(try decode(file, method) == [9, 8, 7])
    #expect(try decode(file, method, chunkSize: 1) == [9, 8, 7])
  }
}
