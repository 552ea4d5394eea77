import PGDumpCompression
import PGDumpFormat

/// A compressed file presented as its decompressed bytes, read forward only: `toc.dat.gz` of a
/// directory archive, or an outer `.gz`/`.lz4`/`.zst` layer around a whole dump.
///
/// Memory is one input buffer and the decompressor's window; nothing grows with the file.
public final class DecompressingInput: ByteInput {
  private var source: ArchiveInput
  private var decompressor: Decompressor
  private let inputBuffer: UnsafeMutableRawBufferPointer
  private var inputStart = 0
  private var inputEnd = 0
  private var sourceExhausted = false
  /// The member or file name, for errors.
  let name: String

  public convenience init(_ source: FileInput, method: CompressionMethod, name: String) throws(ArchiveError) {
    try self.init(.file(source), method: method, name: name)
  }

  /// Decompresses any input, including another decompressing one (`dump.sql.gz.zst`).
  public init(_ source: ArchiveInput, method: CompressionMethod, name: String) throws(ArchiveError) {
    self.source = source
    self.name = name
    do {
      self.decompressor = try Decompressor(method, allowConcatenated: method == .gzip)
    } catch {
      throw ArchiveError(.decompression, "could not initialize \(method.name) decompression: \(error.message)")
    }
    self.inputBuffer = .allocate(byteCount: 64 * 1024, alignment: 16)
  }

  deinit { inputBuffer.deallocate() }

  public var knownSize: Int? { nil }
  public var isSeekable: Bool { false }
  public func seek(to offset: Int) throws(ArchiveError) {
    throw ArchiveError(.io, "cannot seek in a compressed input", offset: offset)
  }

  /// Bytes given back by a reader that looked ahead, served before more decompressed output.
  private var pending: [UInt8] = []

  /// Puts bytes back in front of the remaining output.
  func unread(_ bytes: [UInt8]) { pending = bytes + pending }

  public func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
    guard !buffer.isEmpty else { return 0 }
    if !pending.isEmpty {
      let count = min(buffer.count, pending.count)
      pending.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
      }
      pending.removeFirst(count)
      return count
    }
    while true {
      if inputStart == inputEnd && !sourceExhausted {
        inputStart = 0
        inputEnd = try source.read(into: inputBuffer)
        if inputEnd == 0 { sourceExhausted = true }
      }
      let input = UnsafeRawBufferPointer(rebasing: inputBuffer[inputStart..<inputEnd])
      let step: (consumed: Int, produced: Int)
      do {
        step = try decompressor.decompress(input, into: buffer)
      } catch {
        throw ArchiveError(
          .decompression, error.message.hasPrefix("could not") ? error.message : "could not uncompress data: \(error.message)",
          offset: error.inputOffset, member: name)
      }
      inputStart += step.consumed
      if step.produced > 0 { return step.produced }
      if sourceExhausted && inputStart == inputEnd {
        // An empty file is empty data: pg_dump writes nothing at all for an empty large object
        // with lz4 or zstd, and pg_restore reads it as such.
        if decompressor.isFinished || decompressor.totalIn == 0 { return 0 }
        throw ArchiveError(
          .truncated, "could not read from input file: end of file", offset: decompressor.totalIn, member: name,
          detail: "The \(decompressor.method.name) stream ends before its end marker.")
      }
      if step.consumed == 0 && inputStart < inputEnd {
        if decompressor.isFinished {
          throw ArchiveError(
            .decompression, "could not uncompress data: trailing data after the end of the stream",
            offset: decompressor.totalIn, member: name)
        }
        throw ArchiveError(
          .decompression, "could not uncompress data: no progress", offset: decompressor.totalIn, member: name)
      }
    }
  }
}
