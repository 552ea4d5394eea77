import PGDumpCompression
import PGDumpFormat

/// A dump file opened as a forward stream of its bytes, with up to three outer gzip, lz4 or zstd
/// layers (`backup.sql.gz`, `dump.tar.zst`) peeled off by their magic bytes.
///
/// This is how plain scripts are read (they have no structure to seek in), and how `identify`
/// looks inside compressed files. Memory: one read buffer and each decompressor's window.
public struct DumpSource {
  public let path: String
  /// Outer compression layers, outermost first.
  public private(set) var outerCompression: [CompressionMethod] = []
  /// The innermost bytes, from the start.
  public private(set) var input: ArchiveInput
  /// The first bytes of `input` (up to 64 KiB; less only for shorter inputs), already pushed
  /// back into it: enough for a plain script's header comments and SET lines.
  public private(set) var prefix: [UInt8]

  /// The size of the innermost bytes when known (an uncompressed regular file).
  public var knownSize: Int? { outerCompression.isEmpty ? input.knownSize : nil }

  /// Opens `path` (`-` for standard input).
  public static func open(_ path: String) throws(ArchiveError) -> DumpSource {
    var input: ArchiveInput = .file(path == "-" ? FileInput.standardInput() : try FileInput.open(path))
    let prefix = try peek(&input)
    var source = DumpSource(path: path, input: input, prefix: prefix)
    // Look through up to three outer compression layers, each decompressing the one outside it.
    while source.outerCompression.count < 3,
      let method = source.prefix.withUnsafeBytes({ CompressionMethod.sniff($0) }), method != .zlib
    {
      let layered = ArchiveInput.decompressed(try DecompressingInput(source.input, method: method, name: path))
      source.outerCompression.append(method)
      source.input = layered
      source.prefix = try peek(&source.input)
    }
    return source
  }

  /// Reads the first 64 KiB and pushes them back (seekable files rewind).
  static func peek(_ input: inout ArchiveInput) throws(ArchiveError) -> [UInt8] {
    let reader = ArchiveReader(input)
    var bytes: [UInt8] = []
    while bytes.count < 65536, !(try reader.isAtEnd()) {
      bytes.append(contentsOf: try reader.readBytes(count: min(65536 - bytes.count, reader.bufferedCount)))
    }
    input = input.pushingBack(bytes)
    return bytes
  }

  /// Reads the whole stream in chunks of up to `chunkSize` bytes.
  /// Uncompressed regular files are mapped window by window rather than copied by `read`.
  public mutating func forEachChunk(
    chunkSize: Int = 1 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    if case .file(var file) = input, outerCompression.isEmpty {
      let mapped = try file.forEachMappedWindow(body)
      input = .file(file)
      if mapped { return }
    }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    while true {
      let count = try input.read(into: buffer)
      if count == 0 { return }
      try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
    }
  }
}
