/// What one call into a compression library did.
struct StepResult {
  /// Input bytes consumed by this call.
  var consumed: Int
  /// Output bytes written by this call.
  var produced: Int
  /// The current stream/frame ended (and everything it holds has been written out).
  var frameEnded: Bool
}

/// The C decoder behind a ``Decompressor``; each payload owns its context and frees it in
/// its `deinit`.
enum Backend: ~Copyable {
  case zlib(ZlibInflater)
  case lz4(LZ4FrameDecoder)
  case zstd(ZstdFrameDecoder)
}

/// One decompression stream.
///
/// `Decompressor` is `~Copyable`: it owns its C context and frees it when it is destroyed,
/// so it can neither leak nor be freed twice. Memory use is bounded by the format (zlib
/// 32 KiB window; LZ4 ≤ 4 MiB blocks; zstd window ≤ 128 MiB), never by sizes read from
/// the input beyond those limits.
///
/// Drive it with ``decompress(_:into:)``:
///
/// ```swift
/// var d = try Decompressor(.zlib)
/// let (consumed, produced) = try d.decompress(input, into: output)
/// ```
///
/// Once ``isFinished`` is true the stream has ended. Without `allowConcatenated`, a call
/// that reaches the end of the stream returns normally (possibly with `consumed` smaller
/// than the input, so the caller can see where the stream ended); the next call that still
/// offers input throws ``DecompressionError/Code/trailingData``.
///
/// It is `Sendable` because it is uniquely owned: the C context is only touched from
/// `mutating` methods, which require exclusive access.
public struct Decompressor: ~Copyable, @unchecked Sendable {
  /// The encoding this decompressor decodes.
  public let method: CompressionMethod
  /// Whether another member/frame may follow the end of one (multi-member gzip,
  /// concatenated zstd or LZ4 frames, back-to-back zlib streams).
  public let allowConcatenated: Bool

  private let backend: Backend

  /// True once the end of the (last) stream/frame has been reached. With
  /// `allowConcatenated`, feeding more input starts the next member/frame and this
  /// becomes false again until that one ends. LZ4/zstd skippable frames do not count as
  /// the end of the stream: a single data frame may be preceded by skippable frames
  /// without `allowConcatenated`.
  public private(set) var isFinished: Bool = false
  /// Total compressed bytes consumed so far.
  public private(set) var totalIn: Int = 0
  /// Total decompressed bytes produced so far.
  public private(set) var totalOut: Int = 0

  /// The first bytes (little-endian) of the frame being decoded, to recognise skippable frames.
  private var frameHead: UInt32 = 0
  private var frameHeadCount = 0

  /// Creates a decompressor for `method`.
  ///
  /// - Parameters:
  ///   - method: The encoding of the input.
  ///   - allowConcatenated: Accept further members/frames after the end of the first one
  ///     (multi-member gzip files, concatenated `.zst`/`.lz4` files).
  /// - Throws: ``DecompressionError`` with `.outOfMemory` or `.unsupported` if the C
  ///   library could not set up a context.
  public init(_ method: CompressionMethod, allowConcatenated: Bool = false) throws(DecompressionError) {
    let backend: Backend
    switch method {
    case .zlib: backend = .zlib(try ZlibInflater(gzip: false))
    case .gzip: backend = .zlib(try ZlibInflater(gzip: true))
    case .lz4: backend = .lz4(try LZ4FrameDecoder())
    case .zstd: backend = .zstd(try ZstdFrameDecoder())
    }
    self.method = method
    self.allowConcatenated = allowConcatenated
    self.backend = backend
  }

  /// Consumes bytes of `input` and writes decompressed bytes into `output`.
  ///
  /// Returns how many bytes of `input` were consumed and how many bytes were written to
  /// the start of `output`. Call repeatedly, offering the unconsumed input again.
  ///
  /// Progress guarantee: when both `input` and `output` are non-empty, a call consumes or
  /// produces at least one byte, or throws — unless the stream has just ended (see
  /// ``isFinished``). With empty `input` a call only flushes output the decoder still holds,
  /// and returns `(0, 0)` when there is none. With empty `output` nothing happens.
  /// A call stops early when `output` is full or when the stream ends (without
  /// `allowConcatenated`). It never allocates (except to build an error).
  ///
  /// - Throws: ``DecompressionError``: `.corrupt` for invalid data, `.trailingData` when
  ///   input is offered after the end of a non-concatenated stream, `.unsupported`,
  ///   `.outOfMemory`. Never `.truncated`: only the caller knows the input has ended
  ///   (check ``isFinished`` then, or use ``StreamingDecompressor/finish(_:)``).
  ///   After an error the stream cannot be resumed meaningfully: discard the decompressor.
  public mutating func decompress(
    _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
  ) throws(DecompressionError) -> (consumed: Int, produced: Int) {
    var inPos = 0
    var outPos = 0
    // Consecutive calls that reported a frame end without moving any byte; a decoder that
    // keeps doing that is stuck, and we must not spin.
    var idleFrameEnds = 0
    while true {
      if isFinished {
        if inPos == input.count { break }
        guard allowConcatenated else {
          // Report the end of the stream first; complain on the next call.
          if inPos > 0 || outPos > 0 { break }
          throw DecompressionError(
            code: .trailingData, method: method, inputOffset: totalIn,
            message: "trailing data after the end of the compressed stream")
        }
        startNextFrame()
        isFinished = false
      }
      if outPos == output.count { break }

      let inRest = UnsafeRawBufferPointer(rebasing: input[inPos...])
      let outRest = UnsafeMutableRawBufferPointer(rebasing: output[outPos...])
      let step: StepResult
      do {
        step = try runStep(inRest, outRest)
      } catch {
        var error = error
        error.inputOffset += totalIn
        throw error
      }
      // Defend against a decoder that reports more than it was given.
      guard step.consumed >= 0, step.consumed <= inRest.count, step.produced >= 0,
        step.produced <= outRest.count
      else {
        throw DecompressionError(
          code: .corrupt, method: method, inputOffset: totalIn,
          message: "decoder reported an impossible amount of progress")
      }
      inPos += step.consumed
      outPos += step.produced
      totalIn += step.consumed
      totalOut += step.produced
      let moved = step.consumed > 0 || step.produced > 0

      // Remember the first four bytes of the current frame (decoders never read past the
      // end of a frame, so one step's bytes belong to one frame).
      if frameHeadCount < 4 {
        for byte in inRest.prefix(min(step.consumed, 4 - frameHeadCount)) {
          frameHead |= UInt32(byte) << (8 * UInt32(frameHeadCount))
          frameHeadCount += 1
        }
      }

      if step.frameEnded {
        if moved {
          idleFrameEnds = 0
        } else {
          idleFrameEnds += 1
          if idleFrameEnds > 2 { throw stalled() }
        }
        let skippable = frameHeadCount == 4 && frameHead & 0xFFFF_FFF0 == 0x184D_2A50
        frameHead = 0
        frameHeadCount = 0
        // A skippable frame (LZ4/zstd) carries no data: the stream goes on after it.
        if !(skippable && (method == .lz4 || method == .zstd)) { isFinished = true }
        continue
      }
      idleFrameEnds = 0
      if !moved {
        // No progress: fine when it needs more input (or more room); a stall otherwise.
        if inRest.count > 0 && outRest.count > 0 { throw stalled() }
        break
      }
    }
    return (inPos, outPos)
  }

  private func runStep(
    _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer
  ) throws(DecompressionError) -> StepResult {
    switch backend {
    case .zlib(let z): try z.step(input, output, method: method)
    case .lz4(let l): try l.step(input, output)
    case .zstd(let z): try z.step(input, output)
    }
  }

  private func startNextFrame() {
    switch backend {
    case .zlib(let z): z.reset()
    // Both frame decoders start a new frame by themselves.
    case .lz4: break
    case .zstd: break
    }
  }

  private func stalled() -> DecompressionError {
    DecompressionError(
      code: .corrupt, method: method, inputOffset: totalIn,
      message: "could not decompress data: decoder made no progress")
  }
}
