import PGDumpCompression
import PGDumpFormat

/// Data access for directory-format archives (pg_backup_directory.c).
///
/// Each TABLE DATA entry names a file (`2585.dat`); each BLOBS entry a large-object TOC
/// (`blobs_2592.toc`, before 1.16 `blobs.toc`) whose lines are `<oid> blob_<oid>.dat`. On disk a
/// compressed file carries a suffix the TOC does not: `.gz`, `.lz4` or `.zst`.
final class DirectoryStorage {
  /// The archive directory.
  let directory: String

  init(directory: String) {
    self.directory = directory
  }

  /// The suffixes tried after the plain name, in pg_restore's order (`InitDiscoverCompressFileHandle`).
  static let suffixes: [(suffix: String, method: CompressionMethod)] = [
    (".gz", .gzip), (".lz4", .lz4), (".zst", .zstd),
  ]

  /// Finds a member by its TOC name, trying the compression suffixes.
  /// - Returns: the name found on disk and its compression (nil: uncompressed).
  static func discover(_ name: String, in directory: String) -> (name: String, method: CompressionMethod?)? {
    if let method = methodForSuffix(name) {
      return FileSystem.isRegularFile(directory + "/" + name) ? (name, method) : nil
    }
    if FileSystem.isRegularFile(directory + "/" + name) { return (name, nil) }
    for (suffix, method) in suffixes where FileSystem.isRegularFile(directory + "/" + name + suffix) {
      return (name + suffix, method)
    }
    return nil
  }

  static func methodForSuffix(_ name: String) -> CompressionMethod? {
    suffixes.first { name.hasSuffix($0.suffix) }?.method
  }

  /// A file name from the TOC must name a file inside the archive directory.
  static func validatedName(_ bytes: [UInt8]) throws(ArchiveError) -> String {
    let name = String(decoding: bytes, as: UTF8.self)
    guard !name.isEmpty, !bytes.contains(UInt8(ascii: "/")), !bytes.contains(0), name != ".", name != ".."
    else {
      throw ArchiveError(.malformed, "invalid file name \"\(name)\" in TOC", field: "file name")
    }
    return name
  }

  /// Opens a member for reading, decompressed by its suffix.
  func openMember(_ name: String) throws(ArchiveError) -> (input: ArchiveInput, diskName: String) {
    guard let found = Self.discover(name, in: directory) else {
      throw ArchiveError(
        .missingMember, "could not open input file \"\(directory)/\(name)\": No such file or directory",
        member: name)
    }
    let file = try FileInput.open(directory + "/" + found.name)
    if let method = found.method {
      return (.decompressed(try DecompressingInput(file, method: method, name: found.name)), found.name)
    }
    return (.file(file), found.name)
  }

  func readData(of entry: TOCEntry, in archive: Archive, _ body: (DataEvent) throws -> Void) throws {
    guard case .file(let stored?) = entry.dataLocation else { return }
    let name = try Self.validatedName(stored)
    if entry.isType("BLOBS") {
      try readLargeObjects(tocName: name, body)
    } else {
      try streamMember(name, body)
    }
  }

  /// Copies one member's decompressed bytes to `body` (pg_dump: `_PrintFileData`).
  private func streamMember(_ name: String, _ body: (DataEvent) throws -> Void) throws {
    let (input, diskName) = try openMember(name)
    let reader = ArchiveReader(input)
    do {
      while try reader.withNextBytes(limit: Int.max, { try body(.bytes($0)) }) {}
    } catch let error as ArchiveError {
      throw error.inMember(diskName)
    }
  }

  /// Reads a large-object TOC and streams each object (pg_dump: `_LoadLOs`).
  private func readLargeObjects(tocName: String, _ body: (DataEvent) throws -> Void) throws {
    let (input, diskName) = try openMember(tocName)
    let reader = ArchiveReader(input)
    var lineNumber = 0
    while let line = try Self.readLine(reader, member: diskName) {
      lineNumber += 1
      guard let (oid, fileName) = Self.parseLargeObjectLine(line.bytes) else {
        throw ArchiveError(
          .malformed,
          "invalid line in large object TOC file \"\(directory)/\(tocName)\": \"\(String(decoding: line.bytes, as: UTF8.self))\"",
          offset: line.offset, member: diskName, detail: "Line \(lineNumber) is not \"<oid> <file name>\".")
      }
      try body(.startLargeObject(oid: oid))
      try streamMember(try Self.validatedName(Array(fileName.utf8)), body)
      try body(.endLargeObject(oid: oid))
    }
  }

  /// Reads one line (without its newline), at most 4096 bytes; nil at the end of input.
  static func readLine(_ reader: ArchiveReader, member: String) throws(ArchiveError) -> (bytes: [UInt8], offset: Int)? {
    let offset = reader.offset
    var line: [UInt8] = []
    while true {
      if try reader.isAtEnd() { return line.isEmpty ? nil : (line, offset) }
      let byte = try reader.readByte()
      if byte == UInt8(ascii: "\n") { return (line, offset) }
      line.append(byte)
      if line.count > 4096 {
        throw ArchiveError(.malformed, "line too long in large object TOC file", offset: offset, member: member)
      }
    }
  }

  /// Parses `<oid> <file name>` as `sscanf("%u %s")` does: an unsigned number, white space, a word.
  static func parseLargeObjectLine(_ line: [UInt8]) -> (UInt32, String)? {
    var index = 0
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    while index < line.count, isSpace(line[index]) { index += 1 }
    let digitsStart = index
    var value: UInt64 = 0
    while index < line.count, (0x30...0x39).contains(line[index]) {
      value = value * 10 + UInt64(line[index] - 0x30)
      if value > UInt64(UInt32.max) { return nil }
      index += 1
    }
    guard index > digitsStart else { return nil }
    while index < line.count, isSpace(line[index]) { index += 1 }
    let nameStart = index
    while index < line.count, !isSpace(line[index]) { index += 1 }
    guard index > nameStart else { return nil }
    return (UInt32(value), String(decoding: line[nameStart..<index], as: UTF8.self))
  }
}
