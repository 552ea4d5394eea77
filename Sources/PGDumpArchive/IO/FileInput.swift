#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpFormat

/// An open file descriptor, closed when the last ``FileInput`` using it goes away.
final class FileDescriptorBox: @unchecked Sendable {
  let fd: Int32
  let ownsDescriptor: Bool

  init(fd: Int32, ownsDescriptor: Bool) {
    self.fd = fd
    self.ownsDescriptor = ownsDescriptor
  }

  deinit { if ownsDescriptor { _ = close(fd) } }
}

/// Bytes from a file or standard input: `pread` when the descriptor is seekable, `read` when it is
/// a pipe. A window (``slice(from:count:)``) presents part of a seekable file, such as one tar
/// member, as its own input whose offsets start at 0.
///
/// The corresponding pg_dump code is the `FILE *` handling of `_discoverArchiveFormat` and
/// `InitArchiveFmt_*`; the file is opened read-only and never written.
public struct FileInput: ByteInput {
  let box: FileDescriptorBox
  /// File offset of the window's first byte.
  let base: Int
  /// Window size, or the file size; nil for pipes.
  let size: Int?
  /// Position within the window.
  public internal(set) var position = 0
  /// Bytes read ahead from a pipe during format detection, served before the descriptor.
  var pending: [UInt8] = []
  public let isSeekable: Bool

  public var knownSize: Int? { size }

  /// Opens `path` read-only. Error wording follows pg_restore: `could not open input file "%s": %m`.
  public static func open(_ path: String) throws(ArchiveError) -> FileInput {
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw ArchiveError(.io, "could not open input file \"\(path)\": \(reason)", file: path)
    }
    return FileInput(descriptor: FileDescriptorBox(fd: fd, ownsDescriptor: true))
  }

  /// Standard input: seekable when it is a redirected regular file, else a pipe read forward only.
  public static func standardInput() -> FileInput {
    FileInput(descriptor: FileDescriptorBox(fd: 0, ownsDescriptor: false))
  }

  /// An already open descriptor (a pipe, a socket); the caller keeps ownership.
  public static func reading(descriptor fd: Int32) -> FileInput {
    FileInput(descriptor: FileDescriptorBox(fd: fd, ownsDescriptor: false))
  }

  init(descriptor box: FileDescriptorBox) {
    self.box = box
    var info = stat()
    if fstat(box.fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
      let current = lseek(box.fd, 0, SEEK_CUR)
      self.base = current >= 0 ? Int(current) : 0
      self.size = Int(info.st_size) - self.base
      self.isSeekable = current >= 0
    } else {
      self.base = 0
      self.size = nil
      self.isSeekable = false
    }
  }

  init(box: FileDescriptorBox, base: Int, size: Int?, isSeekable: Bool) {
    self.box = box
    self.base = base
    self.size = size
    self.isSeekable = isSeekable
  }

  /// A window of `count` bytes starting at `offset` of this (seekable) input.
  public func slice(from offset: Int, count: Int) -> FileInput {
    FileInput(box: box, base: base + offset, size: count, isSeekable: true)
  }

  /// Pushes bytes back in front of a pipe's remaining input (format detection reads ahead).
  mutating func unread(_ bytes: [UInt8]) {
    pending = bytes + pending
    position -= bytes.count
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(ArchiveError) -> Int {
    guard !buffer.isEmpty else { return 0 }
    if !pending.isEmpty {
      let count = min(buffer.count, pending.count)
      pending.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: source[0..<count]))
      }
      pending.removeFirst(count)
      position += count
      return count
    }
    var wanted = buffer.count
    if let size { wanted = min(wanted, max(size - position, 0)) }
    guard wanted > 0 else { return 0 }
    while true {
      let result =
        isSeekable
        ? pread(box.fd, buffer.baseAddress, wanted, off_t(base + position))
        : Glibc.read(box.fd, buffer.baseAddress, wanted)
      if result >= 0 {
        position += result
        return result
      }
      if errno == EINTR { continue }
      let reason = String(cString: strerror(errno))
      throw ArchiveError(.io, "could not read from input file: \(reason)", offset: position)
    }
  }

  public mutating func seek(to offset: Int) throws(ArchiveError) {
    guard isSeekable else { throw ArchiveError(.io, "cannot seek in a non-seekable input", offset: offset) }
    position = offset
  }
}

/// File-system queries used by format detection.
public enum FileSystem {
  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  static func fileSize(_ path: String) -> Int? {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : nil
  }
}

extension FileInput {
  /// Presents the rest of a seekable input (from ``position``) as successive memory-mapped
  /// windows of up to `window` bytes, for scans that read everything once: the pages are mapped
  /// from the page cache instead of copied by `read`. Returns false, without calling `body`, when
  /// the input is not a seekable file of known size (pipes; or mapping fails), so the caller can
  /// fall back to ``read(into:)``.
  public mutating func forEachMappedWindow(
    window: Int = 4 << 20, _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws -> Bool {
    guard isSeekable, pending.isEmpty, let size else { return false }
    let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    var offset = position
    while offset < size {
      // mmap offsets must be page-aligned: map from the page holding `offset`.
      let fileOffset = base + offset
      let aligned = fileOffset - fileOffset % pageSize
      let count = min(window, size - offset)
      let mappedLength = count + (fileOffset - aligned)
      guard let mapped = mmap(nil, mappedLength, PROT_READ, MAP_PRIVATE, box.fd, off_t(aligned)),
        mapped != MAP_FAILED
      else {
        if offset == position { return false }
        throw ArchiveError(.io, "could not map input file: \(String(cString: strerror(errno)))", offset: offset)
      }
      defer { munmap(mapped, mappedLength) }
      _ = madvise(mapped, mappedLength, MADV_SEQUENTIAL)
      try body(UnsafeRawBufferPointer(start: mapped + (fileOffset - aligned), count: count))
      offset += count
      position = offset
    }
    return true
  }
}
