import PGDumpFormat

/// Which parts of an entry a restore would process (pg_dump: `REQ_SCHEMA`, `REQ_DATA`, `REQ_SPECIAL`).
public struct EntryRequirement: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let schema = EntryRequirement(rawValue: 0x01)
  public static let data = EntryRequirement(rawValue: 0x02)
  public static let special = EntryRequirement(rawValue: 0x04)
}

/// The restore options that decide which entries are selected (pg_backup.h `RestoreOptions`):
/// `-C`, `-x`, `--no-comments`, `--no-publications`, `--no-security-labels`,
/// `--no-subscriptions`, `--section`, `-s` and `-a`. The defaults select what a plain
/// `pg_restore` run does.
public struct SelectionOptions: Sendable, Hashable {
  /// `-C/--create`: DATABASE and DATABASE PROPERTIES entries, and comments/ACLs on the database.
  public var createDatabase = false
  /// `-x/--no-privileges`: skip ACL, DEFAULT ACL (and the old ACL LANGUAGE) entries (`aclsSkip`).
  public var noPrivileges = false
  /// `--no-comments`: skip COMMENT entries.
  public var noComments = false
  /// `--no-publications`: skip PUBLICATION, PUBLICATION TABLE, PUBLICATION TABLES IN SCHEMA.
  public var noPublications = false
  /// `--no-security-labels`: skip SECURITY LABEL entries.
  public var noSecurityLabels = false
  /// `--no-subscriptions`: skip SUBSCRIPTION entries.
  public var noSubscriptions = false
  /// `--section` (repeatable): the sections to restore (`dumpSections`); all three by default.
  public var sections: Set<Section> = [.preData, .data, .postData]
  /// `-s/--schema-only`: only the schema part of each entry (`schemaOnly`).
  public var schemaOnly = false
  /// `-a/--data-only`: only the data part of each entry (`dataOnly`).
  public var dataOnly = false
  /// The pg_restore major whose rules apply where they differ: 18 restores STATISTICS DATA
  /// entries as statistics, left out by `-s` and `-a`; older releases treat them as schema.
  public var pgRestoreMajor = 17

  public init(
    createDatabase: Bool = false, noPrivileges: Bool = false, noComments: Bool = false,
    noPublications: Bool = false, noSecurityLabels: Bool = false, noSubscriptions: Bool = false,
    sections: Set<Section> = [.preData, .data, .postData], schemaOnly: Bool = false, dataOnly: Bool = false,
    pgRestoreMajor: Int = 17
  ) {
    self.createDatabase = createDatabase
    self.noPrivileges = noPrivileges
    self.noComments = noComments
    self.noPublications = noPublications
    self.noSecurityLabels = noSecurityLabels
    self.noSubscriptions = noSubscriptions
    self.sections = sections
    self.schemaOnly = schemaOnly
    self.dataOnly = dataOnly
    self.pgRestoreMajor = pgRestoreMajor
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

  /// One entry's requirement (`_tocEntryRequired`). STATISTICS DATA entries that pg_restore 18
  /// restores (`REQ_STATS`) are reported as `.schema`, which is how releases before 18 treat them
  /// and how `pg_restore -l` counts them; ``isStatistics(_:)`` tells them apart.
  func requirement(of entry: TOCEntry, currentSection: Int32) -> EntryRequirement {
    if entry.isType("ENCODING") || entry.isType("STDSTRINGS") || entry.isType("SEARCHPATH") { return .special }
    let statistics = isStatistics(entry)
    // 18: statistics are restored unless -s or -a (`dumpStatistics`).
    if statistics && (options.schemaOnly || options.dataOnly) { return [] }
    if entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES") {
      return options.createDatabase ? .schema : []
    }
    if options.noPrivileges && (entry.isType("ACL") || entry.isType("ACL LANGUAGE") || entry.isType("DEFAULT ACL")) {
      return []
    }
    if options.noComments && entry.isType("COMMENT") { return [] }
    if options.noPublications
      && (entry.isType("PUBLICATION") || entry.isType("PUBLICATION TABLE")
        || entry.isType("PUBLICATION TABLES IN SCHEMA"))
    {
      return []
    }
    if options.noSecurityLabels && entry.isType("SECURITY LABEL") { return [] }
    if options.noSubscriptions && entry.isType("SUBSCRIPTION") { return [] }
    // An entry whose running section is not a real section is never restored.
    guard let section = Section(rawValue: currentSection), section != .none, options.sections.contains(section)
    else { return [] }
    // 18: `REQ_STATS` survives the schema/data masks below, even with an empty definition.
    if statistics { return .schema }

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
    if options.schemaOnly { result.formIntersection(.schema) }
    if options.dataOnly { result.formIntersection(.data) }
    return result
  }

  /// Whether pg_restore of ``SelectionOptions/pgRestoreMajor`` restores `entry` as statistics
  /// (18 and later: STATISTICS DATA, printed as "Statistics for").
  public func isStatistics(_ entry: TOCEntry) -> Bool {
    options.pgRestoreMajor >= 18 && entry.isType("STATISTICS DATA")
  }
}
