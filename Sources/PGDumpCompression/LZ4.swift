import CLZ4

/// LZ4 frame decoding with the lz4frame API. All LZ4 calls of the module are here.
struct LZ4FrameDecoder: ~Copyable {
  private let context: OpaquePointer
  /// A few bytes of owned memory, so LZ4F never sees a null source pointer.
  private let scratch: UnsafeMutableRawPointer

  init() throws(DecompressionError) {
    var context: OpaquePointer? = nil
    let rc = LZ4F_createDecompressionContext(&context, UInt32(LZ4F_VERSION))
    guard LZ4F_isError(rc) == 0, let context else {
      if let context { LZ4F_freeDecompressionContext(context) }
      throw Self.error(rc, inputOffset: 0, prefix: "could not initialize LZ4 library", otherwise: .unsupported)
    }
    self.context = context
    self.scratch = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
  }

  deinit {
    LZ4F_freeDecompressionContext(context)
    scratch.deallocate()
  }

  /// Runs `LZ4F_decompress` once. It stops exactly at the end of a frame and returns 0.
  func step(
    _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer
  ) throws(DecompressionError) -> StepResult {
    var srcSize = input.count
    var dstSize = output.count
    let src = input.baseAddress ?? UnsafeRawPointer(scratch)
    let dst = output.baseAddress ?? scratch
    let rc = LZ4F_decompress(context, dst, &dstSize, src, &srcSize, nil)
    if LZ4F_isError(rc) != 0 {
      // Start over cleanly if the caller insists on continuing.
      LZ4F_resetDecompressionContext(context)
      throw Self.error(rc, inputOffset: min(max(srcSize, 0), input.count), prefix: "could not decompress data")
    }
    return StepResult(consumed: srcSize, produced: dstSize, frameEnded: rc == 0)
  }

  /// Maps an LZ4F error result: allocation failures are `.outOfMemory`, unknown frame
  /// format versions `.unsupported`, anything else `otherwise`.
  private static func error(
    _ rc: Int, inputOffset: Int, prefix: String, otherwise: DecompressionError.Code = .corrupt
  ) -> DecompressionError {
    let name = LZ4F_getErrorName(rc).map { String(cString: $0) } ?? "unknown error"
    // LZ4F_getErrorCode() is only declared for static linking; classify by the stable names.
    let code: DecompressionError.Code =
      if name.hasSuffix("allocation_failed") {
        .outOfMemory
      } else if name.hasSuffix("headerVersion_wrong") {
        .unsupported
      } else {
        otherwise
      }
    return DecompressionError(code: code, method: .lz4, inputOffset: inputOffset, message: "\(prefix): \(name)")
  }
}
