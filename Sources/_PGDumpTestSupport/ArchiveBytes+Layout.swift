import PGDumpFormat

extension ArchiveBytes {
  // MARK: Primitives

  /// An archive int: sign byte, then `intSize` magnitude bytes, least significant first (`WriteInt`).
  public static func int(_ value: Int, intSize: Int = 4) -> [UInt8] {
    var out = PrimitiveWriter(intSize: intSize, offSize: 8, version: .v1_16)
    out.int(value)
    return out.bytes
  }

  /// An archive string: int length, bytes; nil is length -1 (`WriteStr`).
  public static func string(_ value: [UInt8]?, intSize: Int = 4) -> [UInt8] {
    var out = PrimitiveWriter(intSize: intSize, offSize: 8, version: .v1_16)
    out.string(value)
    return out.bytes
  }

  public static func string(_ value: String?, intSize: Int = 4) -> [UInt8] {
    string(value.map { Array($0.utf8) }, intSize: intSize)
  }

  /// A data offset: flag byte, then `offSize` bytes, least significant first (`WriteOffset`).
  public static func offset(flag: UInt8, position: UInt64, offSize: Int = 8) -> [UInt8] {
    var out = PrimitiveWriter(intSize: 4, offSize: offSize, version: .v1_16)
    out.offset(flag: flag, position: position)
    return out.bytes
  }

  struct PrimitiveWriter {
    var bytes: [UInt8] = []
    var fields: [Field] = []
    var entryIndex: Int?
    let intSize: Int
    let offSize: Int
    let version: ArchiveVersion

    init(intSize: Int, offSize: Int, version: ArchiveVersion) {
      self.intSize = intSize
      self.offSize = offSize
      self.version = version
    }

    mutating func field(_ name: String, _ write: (inout PrimitiveWriter) -> Void) {
      let start = bytes.count
      write(&self)
      fields.append(Field(name: name, entryIndex: entryIndex, start: start, end: bytes.count))
    }

    mutating func raw(_ data: [UInt8]) { bytes += data }

    mutating func int(_ value: Int) {
      if version > .v1_0 { bytes.append(value < 0 ? 1 : 0) }
      var magnitude = value.magnitude
      for _ in 0..<intSize {
        bytes.append(UInt8(truncatingIfNeeded: magnitude))
        magnitude >>= 8
      }
    }

    mutating func string(_ value: [UInt8]?) {
      guard let value else { return int(-1) }
      int(value.count)
      bytes += value
    }

    mutating func offset(flag: UInt8, position: UInt64) {
      if version < .v1_7 {
        switch flag {
        case 2: int(Int(position))
        case 1: int(-1)
        default: int(0)
        }
        return
      }
      bytes.append(flag)
      var value = position
      for _ in 0..<offSize {
        bytes.append(UInt8(truncatingIfNeeded: value))
        value >>= 8
      }
    }

    /// A chunk stream: `{ int length > 0; bytes }…` then int 0.
    mutating func chunks(_ data: [UInt8], size: Int?) {
      let step = max(size ?? data.count, 1)
      var start = 0
      while start < data.count {
        let end = min(start + step, data.count)
        int(end - start)
        bytes += data[start..<end]
        start = end
      }
      int(0)
    }
  }

  /// Every offset where a field starts or ends, plus 0, sorted.
  public static func boundaries(of fields: [Field]) -> [Int] {
    var set: Set<Int> = [0]
    for field in fields {
      set.insert(field.start)
      set.insert(field.end)
    }
    return set.sorted()
  }

  // MARK: Field layout of existing archives

  /// Walks the header and TOC of `bytes` (a custom file or a `toc.dat`) with ``ArchiveByteReader``
  /// and records where each field starts and ends, under the same names ``make()`` uses.
  public static func fieldLayout(of bytes: [UInt8], format: ArchiveFormat) throws(ArchiveError) -> [Field] {
    let reader = ArchiveByteReader(MemoryInput(bytes))
    var fields: [Field] = []
    var entryIndex: Int?
    func record<T>(_ name: String, _ read: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
      let start = reader.offset
      let value = try read()
      fields.append(Field(name: name, entryIndex: entryIndex, start: start, end: reader.offset))
      return value
    }
    _ = try record("magic") { () throws(ArchiveError) in try reader.readBytes(count: 5) }
    let version = try record("version") { () throws(ArchiveError) -> ArchiveVersion in
      let major = try reader.readByte()
      let minor = try reader.readByte()
      let revision = (major > 1 || (major == 1 && minor > 0)) ? try reader.readByte() : 0
      return ArchiveVersion(major, minor, revision)
    }
    reader.version = version
    reader.intSize = Int(try record("intSize") { () throws(ArchiveError) in try reader.readByte() })
    guard (1...8).contains(reader.intSize) else {
      throw ArchiveError(.badIntegerSize, "sanity check on integer size (\(reader.intSize)) failed", offset: 9)
    }
    if version >= .v1_7 {
      reader.offSize = Int(try record("offSize") { () throws(ArchiveError) in try reader.readByte() })
    } else {
      reader.offSize = reader.intSize
    }
    _ = try record("format") { () throws(ArchiveError) in try reader.readByte() }
    if version >= .v1_15 {
      _ = try record("compression") { () throws(ArchiveError) in try reader.readByte() }
    } else if version >= .v1_4 {
      _ = try record("compression") { () throws(ArchiveError) in try reader.readInt() }
    } else if version >= .v1_2 {
      _ = try record("compression") { () throws(ArchiveError) in try reader.readByte() }
    }
    if version >= .v1_4 {
      for name in ["tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_isdst"] {
        _ = try record(name) { () throws(ArchiveError) in try reader.readInt() }
      }
      _ = try record("database name") { () throws(ArchiveError) in try reader.readString() }
    }
    if version >= .v1_10 {
      _ = try record("server version") { () throws(ArchiveError) in try reader.readString() }
      _ = try record("pg_dump version") { () throws(ArchiveError) in try reader.readString() }
    }
    let count = try record("TOC entry count") { () throws(ArchiveError) in try reader.readInt() }
    guard count >= 0, count <= bytes.count else {
      throw ArchiveError(.lengthOutOfBounds, "invalid TOC entry count \(count)")
    }
    func string(_ name: String) throws(ArchiveError) {
      _ = try record(name) { () throws(ArchiveError) in try reader.readString() }
    }
    func int(_ name: String) throws(ArchiveError) {
      _ = try record(name) { () throws(ArchiveError) in try reader.readInt() }
    }
    for index in 0..<count {
      entryIndex = index
      try int("dumpId")
      try int("hadDumper")
      if version >= .v1_8 { try string("tableoid") }
      try string("oid")
      try string("tag")
      try string("desc")
      if version >= .v1_11 { try int("section") }
      try string("defn")
      try string("dropStmt")
      if version >= .v1_3 { try string("copyStmt") }
      if version >= .v1_6 { try string("namespace") }
      if version >= .v1_10 { try string("tablespace") }
      if version >= .v1_14 { try string("tableam") }
      if version >= .v1_16 { try int("relkind") }
      try string("owner")
      if version >= .v1_9 { try string("withOids") }
      if version >= .v1_5 {
        while try record("dependencies", { () throws(ArchiveError) in try reader.readString() }) != nil {}
      }
      if format == .custom {
        _ = try record("data offset") { () throws(ArchiveError) in try reader.readOffset() }
      } else {
        try string("file name")
      }
    }
    return fields
  }

  /// Every field boundary of an existing archive's header and TOC (see ``fieldLayout(of:format:)``).
  public static func fieldBoundaries(of bytes: [UInt8], format: ArchiveFormat) throws(ArchiveError) -> [Int] {
    boundaries(of: try fieldLayout(of: bytes, format: format))
  }
}
