#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpFormat

/// Where a script goes, through a fixed 64 KiB buffer: a file descriptor, or memory (tests).
///
/// The role of pg_dump's `ahwrite` on the plain output handle (`CompressFileHandle` with no
/// compression, `write_func`): bytes are copied into the buffer and written out whenever it fills,
/// so memory stays bounded whatever the size of the data. Writes never throw; the first failure
/// is kept and reported by ``checkFailure()`` and ``flush()``, and later writes are dropped.
public final class ScriptOutput {
  enum Target {
    case descriptor(Int32)
    case memory
  }

  let target: Target
  /// The file name for messages (`-` for standard output).
  let name: String
  private let storage: UnsafeMutableRawPointer
  private var used = 0
  /// Everything written, for the in-memory target.
  public private(set) var collected: [UInt8] = []
  /// Total bytes handed to this output.
  public private(set) var count = 0
  private var failure: ArchiveError?

  static let capacity = 1 << 16

  /// Output to an open descriptor, which the caller keeps (and closes).
  public init(descriptor: Int32, name: String) {
    self.target = .descriptor(descriptor)
    self.name = name
    self.storage = .allocate(byteCount: Self.capacity, alignment: 16)
  }

  /// Output collected in memory (``collected``).
  public init() {
    self.target = .memory
    self.name = "(memory)"
    self.storage = .allocate(byteCount: Self.capacity, alignment: 16)
  }

  deinit { storage.deallocate() }

  /// Appends raw bytes.
  public func write(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, let base = bytes.baseAddress, bytes.count > 0 else { return }
    count += bytes.count
    if bytes.count > Self.capacity - used {
      drain()
      if bytes.count >= Self.capacity {
        emit(UnsafeRawBufferPointer(start: base, count: bytes.count))
        return
      }
    }
    (storage + used).copyMemory(from: base, byteCount: bytes.count)
    used += bytes.count
  }

  /// Appends a byte array.
  public func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { write($0) }
  }

  /// Appends a slice of a byte array.
  public func write(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBytes { write($0) }
  }

  /// Appends text as UTF-8 (the fixed SQL around the archive's own bytes is ASCII).
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  /// Appends one byte.
  public func write(byte: UInt8) {
    guard failure == nil else { return }
    if used == Self.capacity { drain() }
    storage.storeBytes(of: byte, toByteOffset: used, as: UInt8.self)
    used += 1
    count += 1
  }

  /// Appends `bytes` as lower-case hexadecimal, two digits per byte, encoding straight into the
  /// buffer (the digits of `appendByteaLiteral`'s hex format).
  public func writeHex(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    count += bytes.count * 2
    let digits = Self.hexDigits.utf8Start
    var index = 0
    while index < bytes.count {
      if Self.capacity - used < 2 { drain() }
      let run = min(bytes.count - index, (Self.capacity - used) / 2)
      let target = (storage + used).assumingMemoryBound(to: UInt8.self)
      for offset in 0..<run {
        let byte = bytes[index + offset]
        target[2 * offset] = digits[Int(byte >> 4)]
        target[2 * offset + 1] = digits[Int(byte & 0x0F)]
      }
      used += 2 * run
      index += run
    }
  }

  static let hexDigits: StaticString = "0123456789abcdef"

  /// Throws the first write failure, if any.
  public func checkFailure() throws(ArchiveError) {
    if let failure { throw failure }
  }

  /// Writes out what is buffered and reports any failure so far.
  public func flush() throws(ArchiveError) {
    drain()
    try checkFailure()
  }

  private func drain() {
    guard used > 0 else { return }
    emit(UnsafeRawBufferPointer(start: storage, count: used))
    used = 0
  }

  private func emit(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil, let base = bytes.baseAddress else { return }
    switch target {
    case .memory:
      collected.append(contentsOf: bytes)
    case .descriptor(let fd):
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(fd, base + offset, bytes.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = ArchiveError(
            .io, "could not write to output file: \(String(cString: strerror(errno)))", file: name)
          return
        }
        offset += written
      }
    }
  }
}

/// An output file written under a temporary name in the target's directory, then flushed and
/// renamed into place; removed instead when the script cannot be completed, so a failed run never
/// leaves a partial file behind (pg_restore itself writes `-f FILE` in place).
///
/// A target that exists and is not a regular file (`/dev/null`, a FIFO) is written directly.
public final class AtomicOutputFile {
  /// The descriptor to write to.
  public let descriptor: Int32
  /// The final path.
  public let path: String
  /// The temporary path, nil when writing directly.
  public let temporaryPath: String?
  private var finished = false

  /// Creates the temporary file beside `path` (mode 0600 until ``commit()``).
  /// - Throws: ``ArchiveError`` with code `.io`, in pg_restore's words
  ///   (`could not open output file "%s": %m`).
  public init(path: String) throws(ArchiveError) {
    self.path = path
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
      let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard fd >= 0 else { throw Self.openError(path) }
      self.descriptor = fd
      self.temporaryPath = nil
      return
    }
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(base).pgdumpkit-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { $0.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { throw Self.openError(path) }
    self.descriptor = fd
    self.temporaryPath = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit { discard() }

  private static func openError(_ path: String) -> ArchiveError {
    ArchiveError(.io, "could not open output file \"\(path)\": \(String(cString: strerror(errno)))", file: path)
  }

  /// Flushes the file to disk, gives it the mode a new file would get (or the mode of the file
  /// it replaces) and renames it over the target.
  public func commit() throws(ArchiveError) {
    guard !finished else { return }
    finished = true
    guard let temporaryPath else {
      if close(descriptor) != 0 { throw closeError() }
      return
    }
    var mode: mode_t
    var existing = stat()
    if stat(path, &existing) == 0 {
      mode = existing.st_mode & 0o7777
    } else {
      let mask = umask(0)
      umask(mask)
      mode = 0o666 & ~mask
    }
    if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 {
      let error = closeError()
      close(descriptor)
      unlink(temporaryPath)
      throw error
    }
    if close(descriptor) != 0 {
      let error = closeError()
      unlink(temporaryPath)
      throw error
    }
    if rename(temporaryPath, path) != 0 {
      let error = ArchiveError(
        .io, "could not rename \"\(temporaryPath)\" to \"\(path)\": \(String(cString: strerror(errno)))", file: path)
      unlink(temporaryPath)
      throw error
    }
  }

  /// Closes and removes the temporary file (no-op after ``commit()``).
  public func discard() {
    guard !finished else { return }
    finished = true
    close(descriptor)
    if let temporaryPath { unlink(temporaryPath) }
  }

  private func closeError() -> ArchiveError {
    ArchiveError(.io, "could not close output file: \(String(cString: strerror(errno)))", file: path)
  }
}
