import PGDumpFormat

/// Which parts of an entry a restore would process (pg_dump: `REQ_SCHEMA`, `REQ_DATA`, `REQ_SPECIAL`).
public struct EntryRequirement: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let schema = EntryRequirement(rawValue: 0x01)
  public static let data = EntryRequirement(rawValue: 0x02)
  public static let special = EntryRequirement(rawValue: 0x04)
}

/// The restore options that decide which entries are selected. Issue-2 scope: the defaults plus
/// `-C`; the selection options of `pg_restore` (`-n`, `-t`, `--section`, …) build on this.
public struct SelectionOptions: Sendable, Hashable {
  /// `-C/--create`: DATABASE and DATABASE PROPERTIES entries, and comments/ACLs on the database.
  public var createDatabase = false

  public init(createDatabase: Bool = false) {
    self.createDatabase = createDatabase
  }
}

/// Computes what pg_restore would process of each entry (pg_dump: `_tocEntryRequired`, applied in
/// TOC order with the running section as in `PrintTOCSummary`).
public struct EntrySelection {
  public let options: SelectionOptions

  public init(options: SelectionOptions = .init()) {
    self.options = options
  }

  /// The requirement of every entry, in TOC order.
  public func requirements(of entries: [TOCEntry]) -> [EntryRequirement] {
    var currentSection: Int32 = Section.preData.rawValue
    var result: [EntryRequirement] = []
    result.reserveCapacity(entries.count)
    entries.withUnsafeBufferPointer { entries in
      for index in entries.indices {
        // SECTION_NONE entries (comments, ACLs) inherit the section of the entry before them.
        if entries[index].sectionRawValue != Section.none.rawValue { currentSection = entries[index].sectionRawValue }
        result.append(requirement(of: entries[index], currentSection: currentSection))
      }
    }
    return result
  }

  func requirement(of entry: TOCEntry, currentSection: Int32) -> EntryRequirement {
    if entry.isType("ENCODING") || entry.isType("STDSTRINGS") || entry.isType("SEARCHPATH") { return .special }
    if entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES") {
      return options.createDatabase ? .schema : []
    }
    // An entry whose running section is not a real section is never restored.
    guard Section(rawValue: currentSection).map({ $0 != .none }) == true else { return [] }

    if entry.isType("ACL") || entry.isType("COMMENT") || entry.isType("SECURITY LABEL") {
      if entry.tagHasPrefix("DATABASE "), !options.createDatabase { return [] }
    }

    var result: EntryRequirement = [.schema, .data]
    if !entry.hadDumper {
      // Sequence values and everything about large objects count as data.
      let isLargeObjectItem =
        (entry.isType("ACL") || entry.isType("COMMENT") || entry.isType("SECURITY LABEL"))
        && entry.tagHasPrefix("LARGE OBJECT")
      if entry.isType("SEQUENCE SET") || entry.isType("BLOB") || entry.isType("BLOB METADATA") || isLargeObjectItem {
        result.formIntersection(.data)
      } else {
        result.subtract(.data)
      }
    }
    // No definition means no schema part; "load via partition root" comments are not schema.
    if entry.defn.map({ $0.isEmpty || $0.starts(with: "-- load via partition root ".utf8) }) ?? true {
      result.subtract(.schema)
    }
    if entry.isType("<Init>") && entry.tag.map({ $0.elementsEqual("Max OID".utf8) }) == true { return [] }
    return result
  }
}
