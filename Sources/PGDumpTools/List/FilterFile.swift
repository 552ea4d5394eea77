#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PGDumpFormat

/// A `--filter` file (pg_restore 17+): `include`/`exclude` lines naming object types and patterns
/// (filter.c `filter_read_item`, pg_restore.c `read_restore_filters`).
///
/// Each non-blank line that does not start with `#` is `<command> <object type> <pattern>`;
/// keywords are case-insensitive; the pattern is normalized as filter.c `read_pattern` does (white
/// space squeezed, `, ` after commas, quoted parts kept with their quotes and possibly spanning
/// lines, `#` starting a comment). pg_restore accepts `include` of function, index, schema, table
/// and trigger, and `exclude` of schema; the names are then matched exactly like `-P`, `-I`, `-n`,
/// `-t`, `-T` and `-N` names.
public struct FilterFile: Sendable, Hashable {
  /// The object types of the filter syntax (`FilterObjectType`).
  public enum ObjectType: String, Sendable, Hashable, CaseIterable {
    case tableData = "table data"
    case tableDataAndChildren = "table data and children"
    case database = "database"
    case `extension` = "extension"
    case foreignData = "foreign data"
    case function = "function"
    case index = "index"
    case schema = "schema"
    case table = "table"
    case tableAndChildren = "table and children"
    case trigger = "trigger"

    /// The keyword in a filter file (`get_object_type`).
    var keyword: String { String(rawValue.map { $0 == " " ? "_" : $0 }) }
  }

  /// One `include`/`exclude` item.
  public struct Item: Sendable, Hashable {
    public var include: Bool
    public var objectType: ObjectType
    public var pattern: [UInt8]
  }

  /// The items, in file order.
  public var items: [Item] = []

  /// Where the filter came from, for messages: a file name, or nil for standard input (`-`).
  let source: String?

  /// Parses a filter file's bytes.
  /// - Parameter source: the file name, or nil for standard input.
  /// - Throws: ``ArchiveError`` with pg_restore's message, e.g. `invalid format in filter read from
  ///   file "f" on line 2: unsupported filter object type: "tables"`.
  public init(parsing bytes: [UInt8], source: String?) throws(ArchiveError) {
    self.source = source
    var reader = LineReader(bytes: bytes)
    while let line = reader.next() {
      var cursor = Cursor(line)
      cursor.skipSpace()
      guard let first = cursor.peek, first != UInt8(ascii: "#") else { continue }
      guard let command = cursor.keyword() else {
        throw error(reader.lineNumber, "no filter command found (expected \"include\" or \"exclude\")")
      }
      let include: Bool
      switch command.lowercased() {
      case "include": include = true
      case "exclude": include = false
      default: throw error(reader.lineNumber, "invalid filter command (expected \"include\" or \"exclude\")")
      }
      guard let typeWord = cursor.keyword() else { throw error(reader.lineNumber, "missing filter object type") }
      guard let type = ObjectType.allCases.first(where: { $0.keyword == typeWord.lowercased() }) else {
        throw error(reader.lineNumber, "unsupported filter object type: \"\(typeWord)\"")
      }
      let pattern = try readPattern(&cursor, &reader)
      items.append(Item(include: include, objectType: type, pattern: pattern))
      if !Self.isAllowed(include: include, type) {
        let verb = include ? "include" : "exclude"
        throw error(reader.lineNumber, "\(verb) filter for \"\(type.rawValue)\" is not allowed")
      }
    }
  }

  /// Reads and parses the filter file at `path` (`-` is standard input).
  /// - Throws: ``ArchiveError`` `could not open filter file "%s": %m`, or a parse error.
  public init(path: String) throws(ArchiveError) {
    let bytes = path == "-" ? TOCListFile.readDescriptor(STDIN_FILENO) : TOCListFile.readFile(path)
    guard let bytes else {
      throw ArchiveError(
        .io, "could not open filter file \"\(path)\": \(String(cString: strerror(errno)))", file: path)
    }
    try self.init(parsing: bytes, source: path == "-" ? nil : path)
  }

  /// What pg_restore accepts (`read_restore_filters`).
  static func isAllowed(include: Bool, _ type: ObjectType) -> Bool {
    if include { return [.function, .index, .schema, .table, .trigger].contains(type) }
    return type == .schema
  }

  /// Adds the items to the name lists, as `read_restore_filters` does.
  public func apply(to options: inout SelectionOptions) {
    for item in items {
      switch (item.include, item.objectType) {
      case (true, .function): options.functionNames.append(item.pattern)
      case (true, .index): options.indexNames.append(item.pattern)
      case (true, .schema): options.schemaNames.append(item.pattern)
      case (true, .table): options.tableNames.append(item.pattern)
      case (true, .trigger): options.triggerNames.append(item.pattern)
      case (false, .schema): options.excludedSchemaNames.append(item.pattern)
      default: break
      }
    }
  }

  /// `pg_log_filter_error`: the detail is cut to 255 bytes (a 256-byte buffer).
  func error(_ line: Int, _ detail: String) -> ArchiveError {
    let detail = String(decoding: Array(detail.utf8.prefix(255)), as: UTF8.self)
    let origin = source.map { "file \"\($0)\"" }
    let message =
      origin.map { "invalid format in filter read from \($0) on line \(line): \(detail)" }
      ?? "invalid format in filter read from standard input on line \(line): \(detail)"
    return ArchiveError(TOCListFile.errorCode, message, file: source)
  }

  /// `read_pattern`: one possibly quoted, possibly qualified name, with white space normalized,
  /// up to the end of the line or a `#`.
  func readPattern(_ cursor: inout Cursor, _ reader: inout LineReader) throws(ArchiveError) -> [UInt8] {
    var pattern: [UInt8] = []
    var skipSpace = true
    var foundSpace = false
    cursor.skipSpace()
    if cursor.peek == nil { throw error(reader.lineNumber, "missing object name pattern") }
    while let byte = cursor.peek, byte != UInt8(ascii: "#") {
      while let byte = cursor.peek, !Cursor.isSpace(byte), !Self.specials.contains(byte) {
        if !skipSpace && foundSpace {
          pattern.append(UInt8(ascii: " "))
          skipSpace = true
        }
        pattern.append(byte)
        cursor.advance()
      }
      skipSpace = false
      if cursor.peek == UInt8(ascii: "\"") {
        if foundSpace { pattern.append(UInt8(ascii: " ")) }
        try readQuoted(&cursor, &reader, into: &pattern)
      } else if cursor.peek == UInt8(ascii: ",") {
        pattern += [UInt8(ascii: ","), UInt8(ascii: " ")]
        skipSpace = true
        cursor.advance()
      } else if let byte = cursor.peek, [UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")")].contains(byte) {
        pattern.append(byte)
        skipSpace = true
        cursor.advance()
      }
      foundSpace = false
      while let byte = cursor.peek, Cursor.isSpace(byte) {
        foundSpace = true
        cursor.advance()
      }
    }
    return pattern
  }

  static let specials: Set<UInt8> = Set("#,.()\"".utf8)

  /// `read_quoted_string`: a double-quoted part, kept with its quotes (`""` stays doubled, `\n`
  /// and `\\` are unescaped), continuing on the next lines until the closing quote.
  func readQuoted(_ cursor: inout Cursor, _ reader: inout LineReader, into pattern: inout [UInt8]) throws(ArchiveError) {
    pattern.append(UInt8(ascii: "\""))
    cursor.advance()
    while true {
      if let byte = cursor.peek, byte == 0x0D || byte == 0x0A {
        cursor.advance()
        continue
      }
      if cursor.peek == nil {
        guard let next = reader.next() else { throw error(reader.lineNumber, "unexpected end of file") }
        cursor = Cursor(next)
        pattern.append(0x0A)
        continue
      }
      guard let byte = cursor.peek else { continue }
      if byte == UInt8(ascii: "\"") {
        pattern.append(byte)
        cursor.advance()
        if cursor.peek == UInt8(ascii: "\"") {
          pattern.append(byte)
          cursor.advance()
        } else {
          return
        }
      } else if byte == UInt8(ascii: "\\") {
        cursor.advance()
        if cursor.peek == UInt8(ascii: "n") {
          pattern.append(0x0A)
        } else if cursor.peek == UInt8(ascii: "\\") {
          pattern.append(byte)
        }
        cursor.advance()
      } else {
        pattern.append(byte)
        cursor.advance()
      }
    }
  }

  /// Lines as `pg_get_line_buf` returns them (with their newline), counted.
  struct LineReader {
    let bytes: [UInt8]
    var position = 0
    var lineNumber = 0

    mutating func next() -> ArraySlice<UInt8>? {
      guard position < bytes.count else { return nil }
      let end = bytes[position...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
      defer { position = end }
      lineNumber += 1
      return bytes[position..<end]
    }
  }

  /// A position in one line, which ends at its first NUL like a C string.
  struct Cursor {
    var text: ArraySlice<UInt8>

    init(_ line: ArraySlice<UInt8>) { text = line.prefix { $0 != 0 } }

    var peek: UInt8? { text.first }
    mutating func advance() { if !text.isEmpty { text = text.dropFirst() } }

    /// `isspace` in the C locale.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    mutating func skipSpace() {
      while let byte = peek, Self.isSpace(byte) { advance() }
    }

    /// `filter_get_keyword` as 17.10 and 18.6 behave: the run of non-space bytes after any
    /// white space (`123`, `_table`, `table,x` are all read as keywords); nil at the line's end.
    mutating func keyword() -> String? {
      skipSpace()
      guard peek != nil else { return nil }
      var word: [UInt8] = []
      while let byte = peek, !Self.isSpace(byte) {
        word.append(byte)
        advance()
      }
      return String(decoding: word, as: UTF8.self)
    }
  }
}

extension TOCListFile {
  /// Everything readable from a descriptor (standard input for `--filter -`).
  static func readDescriptor(_ fd: Int32) -> [UInt8]? {
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return result }
      result.append(contentsOf: buffer[0..<count])
    }
  }
}
