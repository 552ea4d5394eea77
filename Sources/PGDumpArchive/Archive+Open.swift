import PGDumpCompression
import PGDumpFormat
import PGDumpSQL

/// How to open an archive.
public struct ArchiveOpenOptions: Sendable {
  /// The newest archive version to accept: an emulated pg_restore's `K_VERS_MAX`.
  public var newestVersion: ArchiveVersion
  /// The pg_restore major release whose messages to use where they differ (18 reworded bad magic).
  public var pgRestoreMajor: Int
  /// Read plain pg_dump/pg_dumpall scripts (also gzip/lz4/zstd-compressed) into the model
  /// instead of refusing them the way pg_restore does.
  public var acceptsPlainScripts: Bool

  public init(
    newestVersion: ArchiveVersion = .newestReadable, pgRestoreMajor: Int = 17, acceptsPlainScripts: Bool = false
  ) {
    self.newestVersion = newestVersion
    self.pgRestoreMajor = pgRestoreMajor
    self.acceptsPlainScripts = acceptsPlainScripts
  }
}

/// The first lines pg_dump and pg_dumpall write to a plain script (`TEXT_DUMP_HEADER`,
/// `TEXT_DUMPALL_HEADER`, pg_backup_archiver.h).
public enum PlainScriptHeader {
  public static let dump: [UInt8] = Array("--\n-- PostgreSQL database dump\n--\n\n".utf8)
  public static let dumpAll: [UInt8] = Array("--\n-- PostgreSQL database cluster dump\n--\n\n".utf8)
}

extension Archive {
  /// Opens an archive of any of the three formats, reading its header and TOC.
  ///
  /// Detection follows pg_restore's `_discoverArchiveFormat`: a directory holding `toc.dat`
  /// (or `toc.dat.gz`/`.lz4`/`.zst`); a file starting with `PGDMP`; else a valid ustar header.
  /// A plain SQL script gets pg_restore's "appears to be a text format dump" error.
  ///
  /// - Parameter path: a file, a directory, or `-` for standard input.
  /// - Throws: ``ArchiveError`` naming the file, member and offset.
  public static func open(_ path: String, options: ArchiveOpenOptions = .init()) throws(ArchiveError) -> Archive {
    do throws(ArchiveError) {
      if path != "-" && FileSystem.isDirectory(path) {
        return try openDirectory(path, options: options)
      }
      var input = path == "-" ? FileInput.standardInput() : try FileInput.open(path)
      let prefix = try readPrefix(&input, count: 512)
      guard prefix.count >= 5 else {
        throw ArchiveError(.notAnArchive, "input file is too short (read \(prefix.count), expected 5)")
      }
      if prefix.starts(with: ArchiveHeader.magic) {
        return try openCustom(path, reader: ArchiveReader(.file(input)), options: options)
      }
      if prefix.count >= PlainScriptHeader.dumpAll.count
        && (prefix.starts(with: PlainScriptHeader.dump) || prefix.starts(with: PlainScriptHeader.dumpAll))
      {
        if options.acceptsPlainScripts { return try openPlain(path, options: options) }
        throw ArchiveError(
          .textDump, "input file appears to be a text format dump. Please use psql.",
          hint: "pgdumpkit reads plain dumps too: \"pgdumpkit identify\" describes them.")
      }
      if options.acceptsPlainScripts, path != "-",
        let method = prefix.withUnsafeBytes({ CompressionMethod.sniff($0) }), method != .zlib,
        PlainScriptFacts(prefix: try DumpSource.open(path).prefix).kind != nil
      {
        return try openPlain(path, options: options)  // a compressed plain script
      }
      guard prefix.count == TarHeader.blockSize else {
        throw ArchiveError(.notAnArchive, "input file does not appear to be a valid archive (too short?)")
      }
      guard let tar = TarHeader(block: prefix), tar.isValid else {
        let sniffed = prefix.withUnsafeBytes { CompressionMethod.sniff($0) }
        throw ArchiveError(
          .notAnArchive,
          options.pgRestoreMajor >= 18
            ? "input file does not appear to be a valid tar archive"
            : "input file does not appear to be a valid archive",
          hint: sniffed.map { "The file is \($0.name)-compressed; decompress it first (pgdumpkit identify looks inside)." })
      }
      return try openTar(path, input: input, options: options)
    } catch {
      throw error.inFile(path)
    }
  }

  /// Opens an archive from an already positioned input (a decompressed outer layer); custom and
  /// tar only, read forward.
  public static func open(
    _ path: String, input: ArchiveInput, options: ArchiveOpenOptions = .init()
  ) throws(ArchiveError) -> Archive {
    let reader = ArchiveReader(input)
    let prefix = try reader.readBytes(count: min(5, reader.remaining ?? 5))
    try reader.seek(to: 0)
    if prefix.starts(with: ArchiveHeader.magic) {
      return try openCustom(path, reader: reader, options: options)
    }
    return try openTarStream(path, reader: reader, options: options)
  }

  /// Reads up to `count` bytes from the start, then rewinds (or pushes them back on a pipe).
  static func readPrefix(_ input: inout FileInput, count: Int) throws(ArchiveError) -> [UInt8] {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 1)
    defer { buffer.deallocate() }
    var filled = 0
    while filled < count {
      let read = try input.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
      if read == 0 { break }
      filled += read
    }
    let prefix = Array(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
    if input.isSeekable {
      try input.seek(to: 0)
    } else {
      input.unread(prefix)
    }
    return prefix
  }

  static func openCustom(_ path: String, reader: ArchiveReader, options: ArchiveOpenOptions) throws(ArchiveError)
    -> Archive
  {
    let (header, toc) = try readTOC(reader, format: .custom, options: options)
    return Archive(
      path: path, format: .custom, header: header, toc: toc, tocMember: nil,
      storage: .custom(CustomStorage(reader: reader, dataStart: toc.endOffset)))
  }

  static func openDirectory(_ path: String, options: ArchiveOpenOptions) throws(ArchiveError) -> Archive {
    guard let found = DirectoryStorage.discover("toc.dat", in: path) else {
      throw ArchiveError(
        .notAnArchive, "directory \"\(path)\" does not appear to be a valid archive (\"toc.dat\" does not exist)")
    }
    let file = try FileInput.open(path + "/" + found.name)
    let input: ArchiveInput =
      if let method = found.method {
        .decompressed(try DecompressingInput(file, method: method, name: found.name))
      } else {
        .file(file)
      }
    do throws(ArchiveError) {
      let (header, toc) = try readTOC(ArchiveReader(input), format: .directory, options: options)
      return Archive(
        path: path, format: .directory, header: header, toc: toc, tocMember: found.name,
        storage: .directory(DirectoryStorage(directory: path)))
    } catch {
      throw error.inMember(found.name)
    }
  }

  static func openTar(_ path: String, input: FileInput, options: ArchiveOpenOptions) throws(ArchiveError) -> Archive {
    let tocName = "toc.dat"
    if input.isSeekable {
      let storage = try TarStorage(indexing: input)
      guard let member = storage.members.first(where: { $0.name == tocName }) else {
        throw ArchiveError(.missingMember, "could not find header for file \"toc.dat\" in tar archive")
      }
      do throws(ArchiveError) {
        let (header, toc) = try readTOC(ArchiveReader(try storage.memberInput(member)), format: .tar, options: options)
        return Archive(path: path, format: .tar, header: header, toc: toc, tocMember: tocName, storage: .tar(storage))
      } catch {
        throw error.inMember(tocName)
      }
    }
    return try openTarStream(path, reader: ArchiveReader(.file(input)), options: options)
  }

  /// Opens a tar archive read forward (a pipe, a decompressed layer): members are consumed up to
  /// `toc.dat`, whose bytes are read into memory (the TOC is held in memory anyway).
  static func openTarStream(_ path: String, reader stream: ArchiveReader, options: ArchiveOpenOptions)
    throws(ArchiveError) -> Archive
  {
    let tocName = "toc.dat"
    while true {
      guard let member = try TarStorage.readHeader(stream) else {
        throw ArchiveError(.missingMember, "could not find header for file \"toc.dat\" in tar archive")
      }
      if member.name != tocName {
        try stream.skip(TarStorage.paddedSize(member.size))
        continue
      }
      let bytes = try TarStorage.readMemberBytes(member, from: stream)
      do throws(ArchiveError) {
        let (header, toc) = try readTOC(ArchiveReader(.memory(MemoryInput(bytes))), format: .tar, options: options)
        return Archive(
          path: path, format: .tar, header: header, toc: toc, tocMember: tocName,
          storage: .tar(TarStorage(stream: stream)))
      } catch {
        throw error.inMember(tocName)
      }
    }
  }

  /// Reads the header and the TOC (custom: format byte 1; `toc.dat` of directory and tar: 3).
  static func readTOC(
    _ reader: ArchiveReader, format: ArchiveFormat, options: ArchiveOpenOptions
  ) throws(ArchiveError) -> (ArchiveHeader, TableOfContents) {
    let header = try ArchiveHeader(
      parsing: reader, expectedFormatByte: format.headerFormatByte, newestVersion: options.newestVersion)
    let toc = try TableOfContents(parsing: reader, format: format)
    try validateSpecialEntries(toc)
    return (header, toc)
  }

  /// pg_restore checks the ENCODING and STDSTRINGS entries as it reads them
  /// (`processEncodingEntry`, `processStdStringsEntry`) and fails on malformed ones.
  static func validateSpecialEntries(_ toc: TableOfContents) throws(ArchiveError) {
    for (index, entry) in toc.entries.enumerated() {
      let reference = ArchiveError.EntryReference(index: index, dumpID: entry.dumpID, desc: entry.descText)
      let text = String(decoding: entry.defn ?? [], as: UTF8.self)
      if entry.isType("ENCODING") {
        guard let name = entry.encodingItem else {
          throw ArchiveError(.malformed, "invalid ENCODING item: \(text)", offset: entry.entryOffset, entry: reference)
        }
        guard PostgresEncoding(name: name) != nil else {
          throw ArchiveError(.malformed, "unrecognized encoding \"\(name)\"", offset: entry.entryOffset, entry: reference)
        }
      } else if entry.isType("STDSTRINGS") && entry.standardStringsItem == nil {
        throw ArchiveError(.malformed, "invalid STDSTRINGS item: \(text)", offset: entry.entryOffset, entry: reference)
      }
    }
  }
}
