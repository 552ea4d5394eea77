import PGDumpCompression
import PGDumpFormat

/// Turns the stored bytes of one data payload (a custom-format chunk stream, a directory data file,
/// a large object) into its decompressed bytes, piece by piece.
///
/// pg_dump compresses each payload as one independent stream: a zlib stream inside custom archives,
/// a gzip file in directory archives, an LZ4 or zstd frame in both (compress_io.c and friends).
struct PayloadDecoder: ~Copyable {
  private var decompressor: StreamingDecompressor?
  /// Where the payload starts, for errors.
  let startOffset: Int
  /// Stored (compressed) bytes fed so far.
  private var storedCount = 0

  /// - Parameters:
  ///   - kind: the archive's compression.
  ///   - isFile: true for directory data files (gzip files), false for custom blocks (zlib streams).
  init(kind: CompressionKind, isFile: Bool, startOffset: Int) throws(ArchiveError) {
    self.startOffset = startOffset
    let method: CompressionMethod?
    switch kind {
    case .none: method = nil
    case .gzip: method = isFile ? .gzip : .zlib
    case .lz4: method = .lz4
    case .zstd: method = .zstd
    }
    if let method {
      do {
        decompressor = try StreamingDecompressor(method, allowConcatenated: isFile && method == .gzip)
      } catch {
        throw ArchiveError(.decompression, "could not initialize compression library: \(error.message)")
      }
    } else {
      decompressor = nil
    }
  }

  /// Decodes one piece of stored bytes found at `offset` (into `output`'s buffers when given:
  /// see ``Archive/readData(of:output:_:)``).
  mutating func feed(
    _ piece: UnsafeRawBufferPointer, at offset: Int, output: DataOutput? = nil, _ body: (DataEvent) throws -> Void
  ) throws {
    storedCount += piece.count
    if decompressor == nil {
      try body(.bytes(piece))
      return
    }
    do {
      try decompressor!.feed(piece, output: output) { try body(.bytes($0)) }
    } catch let error as DecompressionError {
      throw Self.translate(error, startOffset: startOffset)
    }
  }

  /// Ends the payload: the stream must be complete.
  mutating func finish(output: DataOutput? = nil, _ body: (DataEvent) throws -> Void) throws {
    // No stored bytes at all is empty data (pg_dump writes none for an empty large object with
    // lz4 or zstd in directory archives).
    guard decompressor != nil, storedCount > 0 else { return }
    do {
      try decompressor!.finish(output: output) { try body(.bytes($0)) }
    } catch let error as DecompressionError {
      throw Self.translate(error, startOffset: startOffset)
    }
  }

  /// pg_restore's wording is "could not uncompress data: %s" with the library's message (the
  /// decompressors already word theirs that way; the prefix is added only where missing).
  static func translate(_ error: DecompressionError, startOffset: Int) -> ArchiveError {
    let code: ArchiveError.Code = error.code == .truncated ? .truncated : .decompression
    let message = error.message.hasPrefix("could not") ? error.message : "could not uncompress data: \(error.message)"
    return ArchiveError(
      code, message, offset: startOffset,
      detail: "The \(error.method.name) stream starting at byte \(startOffset) failed after \(error.inputOffset) compressed bytes.")
  }
}
