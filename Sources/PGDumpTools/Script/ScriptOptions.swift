/// What `pgdumpkit sql` should print: pg_restore's script options (pg_backup.h `RestoreOptions`)
/// that do not select entries; the selecting ones are in ``selection``.
public struct ScriptOptions: Sendable, Hashable {
  /// The pg_restore major release to imitate (15–18).
  public var pgRestoreMajor: Int
  /// The key of the `\restrict`/`\unrestrict` lines (`--restrict-key`); nil prints none, as
  /// pg_restore 16.2 (before the August 2025 releases) does.
  public var restrictKey: String?
  /// Which entries, in which order, and which parts of them (`-C`, `-x`, `-a`, `-s`, `-n`, `-L`, …).
  public var selection: SelectionOptions
  /// `-O/--no-owner`: no ALTER … OWNER TO, `Owner: -` in the comments (`ropt->noOwner`).
  public var noOwner: Bool
  /// `-c/--clean`: DROP commands for every selected entry first (`ropt->dropSchema`).
  public var clean: Bool
  /// `--if-exists`: IF EXISTS in those DROP commands (`ropt->if_exists`).
  public var ifExists: Bool
  /// `-1/--single-transaction`: BEGIN/COMMIT around the whole script (`ropt->single_txn`).
  public var singleTransaction: Bool
  /// `--no-tablespaces`: no `SET default_tablespace` (`ropt->noTablespace`).
  public var noTablespaces: Bool
  /// `--no-table-access-method`: no `SET default_table_access_method` (`ropt->noTableAm`).
  public var noTableAccessMethod: Bool
  /// `--enable-row-security`: `SET row_security = on` (`ropt->enable_row_security`).
  public var enableRowSecurity: Bool
  /// `--use-set-session-authorization`: `SET SESSION AUTHORIZATION` to each owner instead of
  /// ALTER … OWNER TO (`ropt->use_setsessauth`).
  public var useSetSessionAuthorization = false
  /// `--disable-triggers`: ALTER TABLE … DISABLE/ENABLE TRIGGER ALL around data when no schema is
  /// restored (`ropt->disable_triggers`).
  public var disableTriggers = false
  /// `-S/--superuser`: the user those ALTER TABLE commands run as; nil (or empty) is the session
  /// default (`ropt->superuser`).
  public var superuser: [UInt8]?
  /// `--role`: `SET ROLE` in the fixed settings (`ropt->use_role`).
  public var role: [UInt8]?
  /// 17+ `--transaction-size`: COMMIT and BEGIN again after this many objects; 0 is off
  /// (`ropt->txn_size`).
  public var transactionSize = 0
  /// `-v/--verbose`: start and completion times, and each entry's ID, dependencies and data
  /// location in its comment (`AH->public.verbose`).
  public var verbose = false

  public init(
    pgRestoreMajor: Int, restrictKey: String? = nil, selection: SelectionOptions = .init(), noOwner: Bool = false,
    clean: Bool = false, ifExists: Bool = false, singleTransaction: Bool = false, noTablespaces: Bool = false,
    noTableAccessMethod: Bool = false, enableRowSecurity: Bool = false
  ) {
    self.pgRestoreMajor = pgRestoreMajor
    self.restrictKey = restrictKey
    self.selection = selection
    self.noOwner = noOwner
    self.clean = clean
    self.ifExists = ifExists
    self.singleTransaction = singleTransaction
    self.noTablespaces = noTablespaces
    self.noTableAccessMethod = noTableAccessMethod
    self.enableRowSecurity = enableRowSecurity
  }

  /// The combinations pg_restore refuses before it opens the archive (pg_restore.c `main` of
  /// ``pgRestoreMajor``), in its words and in its order; nil when the options are consistent.
  public var conflict: String? {
    var selection = selection
    selection.pgRestoreMajor = pgRestoreMajor
    if let conflict = selection.conflict { return conflict }
    if selection.dataOnly && clean { return "options -c/--clean and -a/--data-only cannot be used together" }
    if singleTransaction && transactionSize > 0 {
      return "options -1/--single-transaction and --transaction-size cannot be used together"
    }
    if selection.createDatabase && singleTransaction {
      return "options -C/--create and -1/--single-transaction cannot be used together"
    }
    if ifExists && !clean { return "option --if-exists requires option -c/--clean" }
    if let restrictKey, !RestrictKey.isValid(restrictKey) { return "invalid restrict key" }
    return nil
  }

  /// The first option set here that the pg_restore of ``pgRestoreMajor`` does not have, as it
  /// names it in `unrecognized option '…'`; nil when it has them all.
  public var unsupportedOption: String? {
    if pgRestoreMajor < 17 && transactionSize > 0 { return "--transaction-size" }
    return selection.unsupportedOption(pgRestoreMajor: pgRestoreMajor)
  }
}

extension SelectionOptions {
  /// The conflicts among the selecting options (pg_restore.c `main`; 18 checks its "-only",
  /// "no-" and `--statistics` options in this order before `-c`).
  public var conflict: String? {
    if dataOnly && schemaOnly { return "options -s/--schema-only and -a/--data-only cannot be used together" }
    guard pgRestoreMajor >= 18 else { return nil }
    if schemaOnly && statisticsOnly {
      return "options -s/--schema-only and --statistics-only cannot be used together"
    }
    if dataOnly && statisticsOnly { return "options -a/--data-only and --statistics-only cannot be used together" }
    if dataOnly && noData { return "options -a/--data-only and --no-data cannot be used together" }
    if schemaOnly && noSchema { return "options -s/--schema-only and --no-schema cannot be used together" }
    if statisticsOnly && noStatistics {
      return "options --statistics-only and --no-statistics cannot be used together"
    }
    if withStatistics && noStatistics { return "options --statistics and --no-statistics cannot be used together" }
    if dataOnly && withStatistics { return "options -a/--data-only and --statistics cannot be used together" }
    if schemaOnly && withStatistics { return "options -s/--schema-only and --statistics cannot be used together" }
    return nil
  }

  /// The first selecting option that pg_restore `pgRestoreMajor` lacks (`--filter` is checked by
  /// the caller, which reads the file). `--no-data` exists everywhere: before 18 it abbreviates
  /// `--no-data-for-failed-tables`.
  public func unsupportedOption(pgRestoreMajor: Int) -> String? {
    guard pgRestoreMajor < 18 else { return nil }
    if noPolicies { return "--no-policies" }
    if noSchema { return "--no-schema" }
    if noStatistics { return "--no-statistics" }
    if statisticsOnly { return "--statistics-only" }
    if withStatistics { return "--statistics" }
    return nil
  }
}

/// The key of psql's `\restrict` mode (dumputils.c `generate_restrict_key`, `valid_restrict_key`).
public enum RestrictKey {
  /// The characters a key may use.
  public static let characters: [UInt8] = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

  /// Whether `key` is a non-empty string of ASCII letters and digits.
  public static func isValid(_ key: String) -> Bool {
    !key.isEmpty && key.utf8.allSatisfy { characters.contains($0) }
  }

  /// A random 63-character key, like pg_restore draws when none is given.
  public static func generate() -> String {
    var generator = SystemRandomNumberGenerator()
    return generate(using: &generator)
  }

  /// A 63-character key from `generator` (`generate_restrict_key`: 64 random bytes, the first 63
  /// each mapped modulo 62 onto ``characters``).
  public static func generate(using generator: inout some RandomNumberGenerator) -> String {
    let bytes = (0..<63).map { _ in characters[Int(UInt8.random(in: .min ... .max, using: &generator)) % characters.count] }
    return String(decoding: bytes, as: UTF8.self)
  }
}
