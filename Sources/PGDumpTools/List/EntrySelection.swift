import PGDumpFormat

/// Which parts of an entry a restore would process (pg_backup_archiver.h: `REQ_SCHEMA`, `REQ_DATA`,
/// 18's `REQ_STATS`, `REQ_SPECIAL`).
public struct EntryRequirement: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  public static let schema = EntryRequirement(rawValue: 0x01)
  public static let data = EntryRequirement(rawValue: 0x02)
  /// pg_restore 18 restores STATISTICS DATA entries as statistics (`REQ_STATS`).
  public static let statistics = EntryRequirement(rawValue: 0x04)
  public static let special = EntryRequirement(rawValue: 0x08)

  /// Whether a restore prints anything of the entry (`reqs & (REQ_SCHEMA | REQ_DATA | REQ_STATS)`).
  public var isRestored: Bool { !isDisjoint(with: [.schema, .data, .statistics]) }
}

/// The restore options that decide which entries are selected, and in which order (pg_backup.h
/// `RestoreOptions`). The defaults select what a plain `pg_restore` run does.
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
  /// 18 `--no-policies`: skip POLICY and ROW SECURITY entries and comments on policies.
  public var noPolicies = false
  /// `--section` (repeatable): the sections to restore (`dumpSections`); all three by default.
  public var sections: Set<Section> = [.preData, .data, .postData]
  /// `-s/--schema-only`.
  public var schemaOnly = false
  /// `-a/--data-only`.
  public var dataOnly = false
  /// 18 `--no-data` (before 18 the same spelling abbreviates `--no-data-for-failed-tables`, which
  /// changes nothing in a script, so it is ignored there).
  public var noData = false
  /// 18 `--no-schema`.
  public var noSchema = false
  /// 18 `--no-statistics`.
  public var noStatistics = false
  /// 18 `--statistics-only`.
  public var statisticsOnly = false
  /// 18 `--statistics`.
  public var withStatistics = false
  /// `-n/--schema` (repeatable): only objects in these schemas (`schemaNames`).
  public var schemaNames: [[UInt8]] = []
  /// `-N/--exclude-schema` (repeatable): not objects in these schemas (`schemaExcludeNames`).
  public var excludedSchemaNames: [[UInt8]] = []
  /// `-t/--table` (repeatable): these relations (`tableNames`, `selTable`).
  public var tableNames: [[UInt8]] = []
  /// `-I/--index` (repeatable): these indexes (`indexNames`, `selIndex`).
  public var indexNames: [[UInt8]] = []
  /// `-P/--function` (repeatable): these functions, aggregates, procedures (`functionNames`).
  public var functionNames: [[UInt8]] = []
  /// `-T/--trigger` (repeatable): these triggers (`triggerNames`, `selTrigger`).
  public var triggerNames: [[UInt8]] = []
  /// `--strict-names`: every `-n`, `-t`, `-I`, `-P`, `-T` name must select something.
  public var strictNames = false
  /// `-L/--use-list`: the dump IDs the list file selects, in its order (see ``TOCListFile``).
  public var useList: [Int32]?
  /// The pg_restore major whose rules apply where they differ (see ``dumpSchema``).
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

  /// Whether schema parts are restored (18: `ropt->dumpSchema` as pg_restore.c `main` derives it;
  /// before 18: not `-a`).
  public var dumpSchema: Bool {
    guard pgRestoreMajor >= 18 else { return !dataOnly }
    return ((!dataOnly && !statisticsOnly) || schemaOnly) && !noSchema
  }

  /// Whether data parts are restored (18: `ropt->dumpData`; before 18: not `-s`).
  public var dumpData: Bool {
    guard pgRestoreMajor >= 18 else { return !schemaOnly }
    return ((!schemaOnly && !statisticsOnly) || dataOnly) && !noData
  }

  /// Whether 18 restores statistics (`ropt->dumpStatistics`); false before 18, where STATISTICS
  /// DATA entries are ordinary schema entries.
  public var dumpStatistics: Bool {
    guard pgRestoreMajor >= 18 else { return false }
    return ((!schemaOnly && !dataOnly) || statisticsOnly || withStatistics) && !noStatistics
  }

  /// Whether a name option restricts the object types (`ropt->selTypes`).
  var selectsTypes: Bool {
    !tableNames.isEmpty || !indexNames.isEmpty || !functionNames.isEmpty || !triggerNames.isEmpty
  }
}

/// The entries a restore processes, in the order it processes them.
public struct Selection: Sendable {
  /// TOC positions in restore order: the archive's order, or `-L`'s (``TOCListFile``), with the
  /// entries the list leaves out first.
  public let order: [Int]
  /// What is restored of each entry, by TOC position (`te->reqs`).
  public let requirements: [EntryRequirement]
  /// `--strict-names`: pg_restore's error for the first name that selected nothing
  /// (`StrictNamesCheck`), nil when all did or the option is off.
  public let strictNamesFailure: String?

  /// Whether the entry at a TOC position is restored.
  public func isRestored(_ position: Int) -> Bool { requirements[position].isRestored }
}

/// Computes what pg_restore would process of each entry (pg_backup_archiver.c: `_tocEntryRequired`,
/// applied in restore order with the running section as in `ProcessArchiveRestoreOptions` and
/// `PrintTOCSummary`, then `StrictNamesCheck`).
public struct EntrySelection {
  public let options: SelectionOptions

  public init(options: SelectionOptions = .init()) {
    self.options = options
  }

  /// The requirement of every entry, by TOC position.
  public func requirements(of entries: [TOCEntry]) -> [EntryRequirement] {
    select(entries).requirements
  }

  /// Marks every entry. Entries are visited in restore order, so that the section of a
  /// SECTION_NONE entry is the one of the entry before it in that order, and a comment or ACL
  /// sees the marks of the entries visited before it.
  ///
  /// `keepsMarks` false is `pg_restore -l` of 16.2, whose `PrintTOCSummary` does not store the
  /// marks: a comment, ACL or security label then never finds a marked parent in a selective
  /// listing (later minor releases store them, as `ProcessArchiveRestoreOptions` does).
  public func select(_ entries: [TOCEntry], keepsMarks: Bool = true) -> Selection {
    // AH->tocsByDumpId: the last entry with an ID wins, as in buildTocEntryArrays.
    var positionByID: [Int32: Int] = [:]
    for (position, entry) in entries.enumerated() { positionByID[entry.dumpID] = position }
    let order = Self.restoreOrder(entries, positionByID: positionByID, useList: options.useList)
    let wanted = options.useList.map(Set.init)

    var names = NameLists(options)
    var requirements = [EntryRequirement](repeating: [], count: entries.count)
    var shown = requirements
    var currentSection = Section.preData.rawValue
    for position in order {
      let entry = entries[position]
      // SECTION_NONE entries (comments, ACLs) inherit the section of the entry before them.
      if entry.sectionRawValue != Section.none.rawValue { currentSection = entry.sectionRawValue }
      // Evaluated before the assignment, so the closure reads the marks made so far.
      let value = requirement(
        of: entry, currentSection: currentSection, wanted: wanted, names: &names,
        marked: { id in positionByID[id].map { (entries[$0], requirements[$0]) } })
      if keepsMarks { requirements[position] = value } else { shown[position] = value }
    }
    return Selection(
      order: order, requirements: keepsMarks ? requirements : shown,
      strictNamesFailure: options.strictNames ? names.firstUntouched : nil)
  }

  /// The order after `SortTocFromFile`: every listed entry moved to the end in list order.
  static func restoreOrder(_ entries: [TOCEntry], positionByID: [Int32: Int], useList: [Int32]?) -> [Int] {
    guard let useList else { return Array(entries.indices) }
    let moved = useList.compactMap { positionByID[$0] }
    let movedSet = Set(moved)
    return entries.indices.filter { !movedSet.contains($0) } + moved
  }

  /// One entry's requirement (`_tocEntryRequired`). `marked` looks up an entry and its
  /// requirement so far by dump ID (`getTocEntryByDumpId`, `te->reqs`).
  func requirement(
    of entry: TOCEntry, currentSection: Int32, wanted: Set<Int32>?, names: inout NameLists,
    marked: (Int32) -> (TOCEntry, EntryRequirement)?
  ) -> EntryRequirement {
    if entry.isType("ENCODING") || entry.isType("STDSTRINGS") || entry.isType("SEARCHPATH") { return .special }
    var result: EntryRequirement = [.schema, .data]
    let statistics = isStatistics(entry)
    if statistics {
      guard options.dumpStatistics else { return [] }
      result = .statistics
    }
    if entry.isType("DATABASE") || entry.isType("DATABASE PROPERTIES") {
      return options.createDatabase ? .schema : []
    }
    if isExcludedByType(entry) { return [] }
    // An entry whose running section is not a real section is never restored.
    guard let section = Section(rawValue: currentSection), section != .none, options.sections.contains(section)
    else { return [] }
    if let wanted, !wanted.contains(entry.dumpID) { return [] }

    if entry.isType("ACL") || entry.isType("COMMENT") || entry.isType("SECURITY LABEL") || statistics {
      if entry.tagHasPrefix("DATABASE ") {
        if !options.createDatabase { return [] }
      } else if !options.schemaNames.isEmpty || !options.excludedSchemaNames.isEmpty || options.selectsTypes {
        // In a selective restore these follow a parent that is restored (ignoring other ACLs).
        // 18.6 restores statistics whose relation the name options select, whatever its section,
        // -L or the "-only" options make of the relation itself (observed; e.g.
        // --statistics-only -t t restores t's statistics, and -L may list them before t).
        var hasParent = false
        for id in entry.dependencies {
          guard let (parent, requirement) = marked(id), !parent.isType("ACL") else { continue }
          if statistics ? names.selects(parent, options: options) : requirement != [] {
            hasParent = true
            break
          }
        }
        if !hasParent { return [] }
      }
    } else if !names.selects(entry, options: options) {
      return []
    }

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
    if !options.dumpData { result.formIntersection([.schema, .statistics]) }
    if !options.dumpSchema { result.formIntersection([.data, .statistics]) }
    return result
  }

  /// The exclusions by type (`-x`, `--no-comments`, 18's `--no-policies`, `--no-publications`,
  /// `--no-security-labels`, `--no-subscriptions`), before the section test.
  func isExcludedByType(_ entry: TOCEntry) -> Bool {
    if options.noPrivileges && (entry.isType("ACL") || entry.isType("ACL LANGUAGE") || entry.isType("DEFAULT ACL")) {
      return true
    }
    if options.noComments && entry.isType("COMMENT") { return true }
    if options.pgRestoreMajor >= 18 && options.noPolicies {
      if entry.isType("POLICY") || entry.isType("ROW SECURITY") { return true }
      if entry.isType("COMMENT") && entry.tagHasPrefix("POLICY") { return true }
    }
    // Comments and security labels on publications and subscriptions go with them (a fix of
    // 2025 minor releases: in 15.18, 17.10 and 18.6, not in 16.2).
    if options.pgRestoreMajor != 16 && (entry.isType("COMMENT") || entry.isType("SECURITY LABEL")) {
      if options.noPublications && entry.tagHasPrefix("PUBLICATION") { return true }
      if options.noSubscriptions && entry.tagHasPrefix("SUBSCRIPTION") { return true }
    }
    if options.noPublications
      && (entry.isType("PUBLICATION") || entry.isType("PUBLICATION TABLE")
        || entry.isType("PUBLICATION TABLES IN SCHEMA"))
    {
      return true
    }
    if options.noSecurityLabels && entry.isType("SECURITY LABEL") { return true }
    if options.noSubscriptions && entry.isType("SUBSCRIPTION") { return true }
    return false
  }

  /// Whether pg_restore of ``SelectionOptions/pgRestoreMajor`` restores `entry` as statistics
  /// (18 and later: STATISTICS DATA, printed as "Statistics for").
  public func isStatistics(_ entry: TOCEntry) -> Bool {
    options.pgRestoreMajor >= 18 && entry.isType("STATISTICS DATA")
  }
}

/// The `-n`, `-N`, `-t`, `-I`, `-P`, `-T` lists, each name remembering whether it matched
/// (`SimpleStringList` with `simple_string_list_member`, which marks the first equal cell touched).
struct NameLists {
  struct List {
    var names: [[UInt8]]
    var touched: [Bool]

    init(_ names: [[UInt8]]) {
      self.names = names
      self.touched = Array(repeating: false, count: names.count)
    }

    var isEmpty: Bool { names.isEmpty }

    /// `simple_string_list_member`: byte-wise equality, marking the first match.
    mutating func member(_ value: [UInt8]?) -> Bool {
      let value = value ?? []
      guard let index = names.firstIndex(of: value) else { return false }
      touched[index] = true
      return true
    }

    /// `simple_string_list_not_touched`.
    var firstUntouched: [UInt8]? { names.indices.first { !touched[$0] }.map { names[$0] } }
  }

  var schemas: List
  var excludedSchemas: List
  var tables: List
  var indexes: List
  var functions: List
  var triggers: List

  init(_ options: SelectionOptions) {
    schemas = List(options.schemaNames)
    excludedSchemas = List(options.excludedSchemaNames)
    tables = List(options.tableNames)
    indexes = List(options.indexNames)
    functions = List(options.functionNames)
    triggers = List(options.triggerNames)
  }

  /// The selective-restore rules for standalone entries (the second branch of
  /// `_tocEntryRequired`'s "Check options for selective dump/restore").
  mutating func selects(_ entry: TOCEntry, options: SelectionOptions) -> Bool {
    if !schemas.isEmpty {
      // No namespace means "all" only without -n.
      guard let namespace = entry.namespace, schemas.member(namespace) else { return false }
    }
    if !excludedSchemas.isEmpty, let namespace = entry.namespace, excludedSchemas.member(namespace) { return false }
    guard options.selectsTypes else { return true }
    if Self.tableTypes.contains(where: entry.isType) {
      return !tables.isEmpty && tables.member(entry.tag)
    }
    if entry.isType("INDEX") { return !indexes.isEmpty && indexes.member(entry.tag) }
    if entry.isType("FUNCTION") || entry.isType("AGGREGATE") || entry.isType("PROCEDURE") {
      return !functions.isEmpty && functions.member(entry.tag)
    }
    if entry.isType("TRIGGER") { return !triggers.isEmpty && triggers.member(entry.tag) }
    return false
  }

  /// The types `-t` selects.
  static let tableTypes = [
    "TABLE", "TABLE DATA", "VIEW", "FOREIGN TABLE", "MATERIALIZED VIEW", "MATERIALIZED VIEW DATA", "SEQUENCE",
    "SEQUENCE SET",
  ]

  /// `StrictNamesCheck`: the error for the first include name that matched nothing.
  var firstUntouched: String? {
    for (kind, list) in [("schema", schemas), ("table", tables), ("index", indexes), ("function", functions),
      ("trigger", triggers)]
    {
      if let name = list.firstUntouched { return "\(kind) \"\(String(decoding: name, as: UTF8.self))\" not found" }
    }
    return nil
  }
}
