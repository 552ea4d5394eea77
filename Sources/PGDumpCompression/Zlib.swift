import CZlib

/// zlib `inflate` for RFC 1950 zlib streams and RFC 1952 gzip members.
///
/// The `z_stream` lives at a fixed heap address for the whole life of the stream, as zlib
/// requires (its internal state points back at it). All zlib calls of the module are here.
struct ZlibInflater: ~Copyable {
  private let stream: UnsafeMutablePointer<z_stream>

  /// - Parameter gzip: decode a gzip member (windowBits 15 + 16) instead of a zlib stream
  ///   (windowBits 15).
  init(gzip: Bool) throws(DecompressionError) {
    let method: CompressionMethod = gzip ? .gzip : .zlib
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())  // zalloc/zfree/opaque nil: zlib's defaults
    let rc = inflateInit2_(stream, gzip ? 15 + 16 : 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard rc == Z_OK else {
      let error = DecompressionError(
        code: rc == Z_MEM_ERROR ? .outOfMemory : .unsupported, method: method, inputOffset: 0,
        message: "could not initialize compression library: \(Self.text(rc, stream))")
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw error
    }
    self.stream = stream
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Runs `inflate` once over (at most 4 GiB of) `input` and `output`.
  func step(
    _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer, method: CompressionMethod
  ) throws(DecompressionError) -> StepResult {
    let inCount = min(input.count, Int(UInt32.max))
    let outCount = min(output.count, Int(UInt32.max))
    stream.pointee.next_in = input.baseAddress.map {
      UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: Bytef.self))
    }
    stream.pointee.avail_in = uInt(inCount)
    stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
    stream.pointee.avail_out = uInt(outCount)
    let rc = inflate(stream, Z_NO_FLUSH)
    let consumed = inCount - Int(stream.pointee.avail_in)
    let produced = outCount - Int(stream.pointee.avail_out)
    // Do not keep pointers into the caller's buffers.
    stream.pointee.next_in = nil
    stream.pointee.avail_in = 0
    stream.pointee.next_out = nil
    stream.pointee.avail_out = 0

    switch rc {
    case Z_OK:
      return StepResult(consumed: consumed, produced: produced, frameEnded: false)
    case Z_STREAM_END:
      return StepResult(consumed: consumed, produced: produced, frameEnded: true)
    case Z_BUF_ERROR:
      // "No progress possible": needs more input or more room. Not an error by itself.
      return StepResult(consumed: consumed, produced: produced, frameEnded: false)
    case Z_NEED_DICT:
      throw DecompressionError(
        code: .corrupt, method: method, inputOffset: consumed,
        message: "could not uncompress data: stream requires a preset dictionary")
    case Z_MEM_ERROR:
      throw DecompressionError(
        code: .outOfMemory, method: method, inputOffset: consumed,
        message: "could not uncompress data: \(Self.text(rc, stream))")
    default:  // Z_DATA_ERROR, Z_STREAM_ERROR, anything unexpected
      throw DecompressionError(
        code: .corrupt, method: method, inputOffset: consumed,
        message: "could not uncompress data: \(Self.text(rc, stream))")
    }
  }

  /// Prepares for the next gzip member / zlib stream (keeps the window size and wrapper).
  func reset() {
    _ = inflateReset(stream)
  }

  /// zlib's message for the failure: `strm->msg` when set, else `zError(rc)`.
  private static func text(_ rc: Int32, _ stream: UnsafeMutablePointer<z_stream>) -> String {
    if let msg = stream.pointee.msg { return String(cString: msg) }
    if let text = zError(rc) { return String(cString: text) }
    return "zlib error \(rc)"
  }
}
