import PGDumpArchive
import PGDumpFormat

extension ScriptWriter {
  /// `SET SESSION AUTHORIZATION` to `user` unless the script already runs as them; nil or empty
  /// is `DEFAULT` (`_becomeUser`, `_doSetSessionAuth`).
  func becomeUser(_ user: [UInt8]?) {
    let user = user ?? []
    if let currentUser, currentUser == user { return }
    output.write("SET SESSION AUTHORIZATION ")
    if user.isEmpty {
      output.write("DEFAULT")
    } else {
      output.write(stringLiteral(user))
    }
    output.write(";\n\n")
    currentUser = user
  }

  /// With `--use-set-session-authorization` (and owners), become the entry's owner
  /// (`_becomeOwner`).
  func becomeOwner(of entry: TOCEntry) {
    guard !options.noOwner, options.useSetSessionAuthorization else { return }
    becomeUser(entry.owner)
  }

  /// `appendStringLiteral` as `appendStringLiteralAHX` calls it: single quotes doubled, and
  /// backslashes doubled when standard_conforming_strings is off; bytes copied as they are.
  func stringLiteral(_ value: [UInt8]) -> [UInt8] {
    var literal: [UInt8] = [UInt8(ascii: "'")]
    literal.reserveCapacity(value.count + 2)
    for byte in value {
      if byte == UInt8(ascii: "'") || (byte == UInt8(ascii: "\\") && !standardStrings) { literal.append(byte) }
      literal.append(byte)
    }
    literal.append(UInt8(ascii: "'"))
    return literal
  }

  /// `--disable-triggers` when no schema is restored: become the superuser (`-S`, else the
  /// session default) and disable the table's triggers before its data
  /// (`_disableTriggersIfNecessary`).
  func disableTriggersIfNecessary(_ entry: TOCEntry) {
    guard restoresNoSchema, options.disableTriggers else { return }
    becomeUser(options.superuser)
    output.write("ALTER TABLE ")
    output.write(quoting.qualified(entry.namespace, entry.tag ?? []))
    output.write(" DISABLE TRIGGER ALL;\n\n")
  }

  /// The matching `ENABLE TRIGGER ALL` after the data (`_enableTriggersIfNecessary`).
  func enableTriggersIfNecessary(_ entry: TOCEntry) {
    guard restoresNoSchema, options.disableTriggers else { return }
    becomeUser(options.superuser)
    output.write("ALTER TABLE ")
    output.write(quoting.qualified(entry.namespace, entry.tag ?? []))
    output.write(" ENABLE TRIGGER ALL;\n\n")
  }

  /// `--transaction-size`: one more action; at the limit, `separator` (COMMIT and BEGIN, spelled
  /// as the calling pg_restore routine spells them) and a new count.
  func countTransactionAction(separator: String) {
    guard options.transactionSize > 0 else { return }
    transactionCount += 1
    if transactionCount >= options.transactionSize {
      output.write(separator)
      transactionCount = 0
    }
  }

  /// `--transaction-size` counts a definition with several commands as several actions,
  /// approximated by its semicolons; functions and procedures count once (`_printTocEntry`).
  func countStatements(of entry: TOCEntry, _ defn: [UInt8]) {
    guard options.transactionSize > 0, !entry.isType("FUNCTION"), !entry.isType("PROCEDURE") else { return }
    // strchr stops at a NUL.
    let semicolons = defn.prefix { $0 != 0 }.reduce(0) { $0 + ($1 == UInt8(ascii: ";") ? 1 : 0) }
    if semicolons > 1 { transactionCount += semicolons - 1 }
  }
}
