/// Why a dump could not be read, and exactly where.
///
/// One error type for the archive layer, rendered once at the edge (text for people, JSON for
/// machines). ``message`` uses PostgreSQL's wording where pg_restore has a message for the same
/// failure ("could not read from input file: end of file", "unsupported version (1.17) in file
/// header"); the location fields say what pg_restore never does: which file, which member, which
/// byte and which TOC entry.
///
/// Equality compares ``code``, ``member`` and ``offset`` only, so tests can write the expected error
/// directly (swift-asn1 does the same with `ASN1Error`).
public struct ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A stable, machine-readable error code (used in `--json` output).
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// Input ended inside a structure.
    public static let truncated = Code(rawValue: "truncated")
    /// Not an archive pg_restore could read (bad magic, not tar, not a directory archive).
    public static let notAnArchive = Code(rawValue: "notAnArchive")
    /// A plain-text SQL script was given where an archive was expected.
    public static let textDump = Code(rawValue: "textDump")
    /// Archive version outside what the reader (or the emulated pg_restore) supports.
    public static let unsupportedVersion = Code(rawValue: "unsupportedVersion")
    /// The format byte in the header is not the one the container implies.
    public static let formatMismatch = Code(rawValue: "formatMismatch")
    /// An integer or offset size in the header is unusable.
    public static let badIntegerSize = Code(rawValue: "badIntegerSize")
    /// A number read from the file does not fit where it is used.
    public static let integerOverflow = Code(rawValue: "integerOverflow")
    /// A length is negative where it must not be, or larger than what remains.
    public static let lengthOutOfBounds = Code(rawValue: "lengthOutOfBounds")
    /// A dump ID is zero or negative.
    public static let badDumpID = Code(rawValue: "badDumpID")
    /// A data offset flag other than 1, 2 or 3.
    public static let badOffsetFlag = Code(rawValue: "badOffsetFlag")
    /// A data offset pointing outside the file.
    public static let offsetOutOfRange = Code(rawValue: "offsetOutOfRange")
    /// A data block whose type byte or dump ID is not what was expected.
    public static let unexpectedBlock = Code(rawValue: "unexpectedBlock")
    /// A data block that could not be found by scanning forward.
    public static let blockNotFound = Code(rawValue: "blockNotFound")
    /// A file or member that the TOC refers to does not exist.
    public static let missingMember = Code(rawValue: "missingMember")
    /// A malformed tar header, large-object TOC line, or special TOC entry.
    public static let malformed = Code(rawValue: "malformed")
    /// Compressed data that could not be decompressed.
    public static let decompression = Code(rawValue: "decompression")
    /// The archive is compressed with an algorithm this build cannot decompress.
    public static let unsupportedCompression = Code(rawValue: "unsupportedCompression")
    /// Data requested out of the order a non-seekable input or a tar archive allows.
    public static let outOfOrder = Code(rawValue: "outOfOrder")
    /// An operating-system error (open, read, seek, stat).
    public static let io = Code(rawValue: "io")
  }

  /// What kind of failure this is.
  public var code: Code
  /// The primary message: short, lower case, no final period, PostgreSQL's wording where it has one.
  public var message: String
  /// The file or directory the user named, if known.
  public var file: String?
  /// The member inside a directory or tar archive (`toc.dat`, `3456.dat.gz`), if any.
  public var member: String?
  /// Byte offset (within ``member`` when set, else within ``file``) where the offending item starts.
  public var offset: Int?
  /// The TOC entry being read when the error happened.
  public var entry: EntryReference?
  /// The TOC field or header field being read (`"owner"`, `"dependencies"`).
  public var field: String?
  /// Facts, as a complete sentence.
  public var detail: String?
  /// Advice, as a complete sentence.
  public var hint: String?

  /// Identifies a TOC entry in an error without carrying its SQL (which may hold secrets).
  public struct EntryReference: Sendable, Hashable {
    /// The entry's position in the TOC (0-based).
    public var index: Int
    /// The entry's dump ID, once read.
    public var dumpID: Int32?
    /// The entry's type (`te->desc`), once read.
    public var desc: String?
    /// The entry's tag (`te->tag`), once read.
    public var tag: String?

    public init(index: Int, dumpID: Int32? = nil, desc: String? = nil, tag: String? = nil) {
      self.index = index
      self.dumpID = dumpID
      self.desc = desc
      self.tag = tag
    }

    /// `TOC entry 2585 (TABLE DATA items)`, or `TOC entry #3` before the dump ID was read.
    public var description: String {
      var text = dumpID.map { "TOC entry \($0)" } ?? "TOC entry #\(index + 1)"
      let what = [desc, tag].compactMap { $0 }.joined(separator: " ")
      if !what.isEmpty { text += " (\(what))" }
      return text
    }
  }

  public init(
    _ code: Code, _ message: String, offset: Int? = nil, file: String? = nil, member: String? = nil,
    entry: EntryReference? = nil, field: String? = nil, detail: String? = nil, hint: String? = nil
  ) {
    self.code = code
    self.message = message
    self.offset = offset
    self.file = file
    self.member = member
    self.entry = entry
    self.field = field
    self.detail = detail
    self.hint = hint
  }

  public static func == (lhs: ArchiveError, rhs: ArchiveError) -> Bool {
    lhs.code == rhs.code && lhs.member == rhs.member && lhs.offset == rhs.offset
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(member)
    hasher.combine(offset)
  }

  /// Where the error is, as one phrase: `file "x.dump", member "toc.dat", byte 4096, TOC entry 17 (TABLE items), field owner`.
  public var location: String {
    var parts: [String] = []
    if let file { parts.append("file \"\(file)\"") }
    if let member { parts.append("member \"\(member)\"") }
    if let offset { parts.append("byte \(offset)") }
    if let entry { parts.append(entry.description) }
    if let field { parts.append("field \(field)") }
    return parts.joined(separator: ", ")
  }

  /// The one-line rendering: the message, then where it happened.
  public var description: String {
    let location = self.location
    return location.isEmpty ? message : "\(message) (\(location))"
  }

  // MARK: Constructors for the common failures, kept out of line (swift-asn1).

  /// pg_restore's wording when input ends inside a structure (`READ_ERROR_EXIT` on EOF).
  @inline(never)
  public static func truncated(at offset: Int, needed: Int, available: Int) -> ArchiveError {
    ArchiveError(
      .truncated, "could not read from input file: end of file", offset: offset,
      detail: "Needed \(needed) more byte\(needed == 1 ? "" : "s") but only \(available) remained.",
      hint: "The file may be truncated; compare its size with the original.")
  }

  /// Adds the file name unless a more specific one is set already.
  public func inFile(_ path: String) -> ArchiveError {
    var copy = self
    if copy.file == nil { copy.file = path }
    return copy
  }

  /// Adds the member name unless one is set already.
  public func inMember(_ name: String) -> ArchiveError {
    var copy = self
    if copy.member == nil { copy.member = name }
    return copy
  }
}
