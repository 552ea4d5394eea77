/// The pass of a pg_restore run in which an entry is restored (pg_backup_archiver.c
/// `_tocEntryRestorePass`): most entries in the main pass, in TOC order; ACLs after them; event
/// triggers, materialized view data (and what must follow those) last. A plain script is written
/// in this order, so it is the order in which a plain dump's entries appear.
public enum RestorePass: Int, Sendable, Comparable, CaseIterable {
  case main = 0
  case acl = 1
  case postACL = 2

  public static func < (lhs: RestorePass, rhs: RestorePass) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The pass of `entry`; `dependency` looks up an entry by dump ID (for statistics that depend
  /// on materialized view data).
  public static func of(_ entry: TOCEntry, dependency: (Int32) -> TOCEntry? = { _ in nil }) -> RestorePass {
    if entry.isType("ACL") || entry.isType("ACL LANGUAGE") || entry.isType("DEFAULT ACL") { return .acl }
    if entry.isType("EVENT TRIGGER") || entry.isType("MATERIALIZED VIEW DATA") { return .postACL }
    if entry.isType("COMMENT") && entry.tagHasPrefix("EVENT TRIGGER ") { return .postACL }
    if entry.isType("STATISTICS DATA") {
      // 18: post-data statistics (indexes) all go last, so they stay in TOC order.
      if entry.section == .postData { return .postACL }
      for id in entry.dependencies where dependency(id)?.isType("MATERIALIZED VIEW DATA") == true {
        return .postACL
      }
    }
    return .main
  }
}
