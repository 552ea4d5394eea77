/// A push-style wrapper around ``Decompressor`` for callers that do not want to manage
/// buffers.
///
/// Feeds input through the decompressor and calls a sink with each decompressed piece.
/// The piece is only valid during the call and is at most `bufferSize` bytes long. Memory
/// stays bounded (one output buffer plus the decoder's own state) regardless of input size.
///
/// ```swift
/// var stream = try StreamingDecompressor(.gzip, allowConcatenated: true)
/// for chunk in chunks { try chunk.withUnsafeBytes { try stream.feed($0) { write($0) } } }
/// try stream.finish { write($0) }
/// ```
public struct StreamingDecompressor: ~Copyable, @unchecked Sendable {
  private var decompressor: Decompressor
  private let buffer: UnsafeMutableRawBufferPointer

  /// Creates a streaming decompressor.
  ///
  /// - Parameters:
  ///   - method: The encoding of the input.
  ///   - allowConcatenated: Accept further members/frames after the first (see
  ///     ``Decompressor/init(_:allowConcatenated:)``).
  ///   - bufferSize: Size of the output buffer, and so the largest piece handed to a sink.
  ///     Values below 1 are treated as 1.
  public init(
    _ method: CompressionMethod, allowConcatenated: Bool = false, bufferSize: Int = 65536
  ) throws(DecompressionError) {
    decompressor = try Decompressor(method, allowConcatenated: allowConcatenated)
    buffer = .allocate(byteCount: max(1, bufferSize), alignment: 16)
  }

  deinit {
    buffer.deallocate()
  }

  /// The encoding being decoded.
  public var method: CompressionMethod { decompressor.method }
  /// True once the end of the (last) stream/frame has been reached.
  public var isFinished: Bool { decompressor.isFinished }
  /// Total compressed bytes consumed so far.
  public var totalIn: Int { decompressor.totalIn }
  /// Total decompressed bytes produced so far.
  public var totalOut: Int { decompressor.totalOut }

  /// Decompresses all of `input`, calling `sink` with each decompressed piece.
  ///
  /// Output the decoder can produce from the input seen so far is delivered before this
  /// returns (nothing is held back except what the format itself needs more input for).
  ///
  /// - Throws: ``DecompressionError`` (`.corrupt`, `.unsupported`, `.outOfMemory`, and
  ///   `.trailingData` as soon as input follows the end of a non-concatenated stream — all
  ///   output before that point has already been delivered), or whatever `sink` throws.
  public mutating func feed(_ input: UnsafeRawBufferPointer, _ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
    try feed(input, output: nil, sink)
  }

  /// ``feed(_:_:)`` writing into the caller's buffers: `output` returns the buffer for the next
  /// round, and each piece handed to `sink` lies at its start. A reading thread uses this to
  /// decompress straight into the slots it hands to another thread, saving a copy.
  public mutating func feed(
    _ input: UnsafeRawBufferPointer, output: (() throws -> UnsafeMutableRawBufferPointer)?,
    _ sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    var rest = input
    while true {
      let buffer = try output?() ?? self.buffer
      let (consumed, produced) = try decompressor.decompress(rest, into: buffer)
      rest = UnsafeRawBufferPointer(rebasing: rest[consumed...])
      if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: buffer[..<produced])) }
      if consumed == 0 && produced == 0 {
        if rest.isEmpty { return }
        // Input and room available, yet nothing moved and nothing was reported.
        throw DecompressionError(
          code: .corrupt, method: decompressor.method, inputOffset: decompressor.totalIn,
          message: "could not decompress data: decoder made no progress")
      }
      // The decompressor only returns with room to spare when it can do nothing more
      // with the input it has (or the stream ended: then the next round reports leftovers).
      if rest.isEmpty && produced < buffer.count { return }
    }
  }

  /// Signals the end of input: delivers any output still held by the decoder, then checks
  /// that the stream ended.
  ///
  /// - Throws: ``DecompressionError`` with `.truncated` when the input ended before the
  ///   end of the stream/frame (including when no input was fed at all), or whatever
  ///   `sink` throws.
  public mutating func finish(_ sink: (UnsafeRawBufferPointer) throws -> Void) throws {
    try finish(output: nil, sink)
  }

  /// ``finish(_:)`` writing into the caller's buffers, as ``feed(_:output:_:)`` does.
  public mutating func finish(
    output: (() throws -> UnsafeMutableRawBufferPointer)?, _ sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    let empty = UnsafeRawBufferPointer(start: nil, count: 0)
    while true {
      let buffer = try output?() ?? self.buffer
      let (_, produced) = try decompressor.decompress(empty, into: buffer)
      if produced > 0 { try sink(UnsafeRawBufferPointer(rebasing: buffer[..<produced])) }
      if produced < buffer.count { break }
    }
    guard decompressor.isFinished else {
      throw DecompressionError(
        code: .truncated, method: decompressor.method, inputOffset: decompressor.totalIn,
        message: "unexpected end of compressed data: input ended before the end of the \(frameWord)")
    }
  }

  private var frameWord: String {
    switch decompressor.method {
    case .zlib, .gzip: "stream"
    case .lz4, .zstd: "frame"
    }
  }
}
