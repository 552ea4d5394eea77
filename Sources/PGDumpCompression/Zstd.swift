import CZstd

/// Zstandard frame decoding with the streaming API. All zstd calls of the module are here.
struct ZstdFrameDecoder: ~Copyable {
  /// Largest window a frame may demand: 2^27 = 128 MiB (zstd's own default limit, set
  /// explicitly so it cannot change under us). Larger windows (`zstd --long=31`) fail with
  /// `.unsupported`.
  static let windowLogMax: Int32 = 27

  private let context: OpaquePointer

  init() throws(DecompressionError) {
    guard let context = ZSTD_createDStream() else {
      throw DecompressionError(
        code: .outOfMemory, method: .zstd, inputOffset: 0,
        message: "could not initialize ZSTD library: out of memory")
    }
    let rc = ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, Self.windowLogMax)
    if ZSTD_isError(rc) != 0 {
      ZSTD_freeDStream(context)
      throw Self.error(rc, inputOffset: 0, prefix: "could not initialize ZSTD library")
    }
    self.context = context
  }

  deinit {
    ZSTD_freeDStream(context)
  }

  /// Runs `ZSTD_decompressStream` once. It returns 0 when a frame is completely decoded
  /// and flushed; it does not read past the end of a frame.
  func step(
    _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer
  ) throws(DecompressionError) -> StepResult {
    var inBuffer = ZSTD_inBuffer(src: input.baseAddress, size: input.count, pos: 0)
    var outBuffer = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
    let rc = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
    if ZSTD_isError(rc) != 0 {
      // A failed frame leaves the context mid-frame; start clean if the caller goes on.
      _ = ZSTD_DCtx_reset(context, ZSTD_reset_session_only)
      throw Self.error(rc, inputOffset: min(inBuffer.pos, input.count), prefix: "could not decompress data")
    }
    return StepResult(consumed: inBuffer.pos, produced: outBuffer.pos, frameEnded: rc == 0)
  }

  private static func error(_ rc: Int, inputOffset: Int, prefix: String) -> DecompressionError {
    let name = ZSTD_getErrorName(rc).map { String(cString: $0) } ?? "unknown error"
    let code: DecompressionError.Code
    switch ZSTD_getErrorCode(rc) {
    case ZSTD_error_memory_allocation:
      code = .outOfMemory
    case ZSTD_error_frameParameter_windowTooLarge, ZSTD_error_frameParameter_unsupported,
      ZSTD_error_version_unsupported, ZSTD_error_dictionary_wrong, ZSTD_error_parameter_unsupported,
      ZSTD_error_parameter_outOfBound:
      code = .unsupported
    default:
      code = .corrupt
    }
    return DecompressionError(code: code, method: .zstd, inputOffset: inputOffset, message: "\(prefix): \(name)")
  }
}
