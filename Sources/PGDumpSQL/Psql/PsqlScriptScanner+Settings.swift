extension PsqlScriptScanner {
  /// psql learns `client_encoding` and `standard_conforming_strings` from the server after a SET
  /// succeeds, and lexes the following input with them. `head` holds the statement's leading
  /// significant tokens: SET [SESSION|LOCAL] name {=|TO} value.
  ///
  /// psql prepares a line once, with the settings in force when it was read, so a change takes
  /// effect from the line after the SET's `;` (`pendingSettings`, applied by
  /// `applyPendingSettings`).
  func applySetting(_ head: [SQLToken], from index: Int) {
    var tokens = head[...].dropFirst()  // SET
    guard let first = tokens.first else { return }
    let firstWord = word(first)
    if firstWord == "SESSION" || firstWord == "LOCAL" { tokens = tokens.dropFirst() }
    guard let name = tokens.first, name.kind == .identifier || name.kind == .quotedIdentifier else { return }
    tokens = tokens.dropFirst()
    let isNames = name.kind == .identifier && word(name) == "NAMES"  // SET NAMES 'x': client_encoding
    if !isNames {
      guard let assign = tokens.first else { return }
      let assignText = word(assign)
      guard assignText == "=" || assignText == "TO" else { return }
      tokens = tokens.dropFirst()
    }
    guard let valueToken = tokens.first else { return }
    let value: String
    switch valueToken.kind {
    case .string, .identifier, .quotedIdentifier, .integer:
      value = unquoted(valueToken)
    default:
      return
    }
    var pending = pendingSettings ?? PendingSettings(searchFrom: index)
    pending.searchFrom = index
    switch isNames ? "client_encoding" : unquoted(name).lowercased() {
    case "client_encoding":
      let encoding = value.uppercased() == "DEFAULT" ? options.encoding : PostgresEncoding(name: value)
      guard let encoding else { return }
      pending.encoding = encoding
    case "standard_conforming_strings":
      switch value.lowercased() {
      case "on", "true", "yes", "1", "default": pending.standardConformingStrings = true
      case "off", "false", "no", "0": pending.standardConformingStrings = false
      default: return
      }
    default:
      return
    }
    pendingSettings = pending
  }

  /// Applies settings changed by a SET once scanning has passed the end of the SET's line.
  @inline(__always)
  /// Whether a newline has passed since the pending SET, so that it takes effect now (remembers
  /// how far it looked).
  func pendingSettingsAreDue() -> Bool {
    guard let pending = pendingSettings else { return false }
    var index = pending.searchFrom
    while index < position && storage[index] != ASCII.newline { index += 1 }
    if index < position { return true }
    pendingSettings?.searchFrom = position
    return false
  }

  func applyPendingSettings() {
    guard let pending = pendingSettings else { return }
    var index = pending.searchFrom
    while index < position && storage[index] != ASCII.newline { index += 1 }
    guard index < position else {
      pendingSettings?.searchFrom = position
      return
    }
    pendingSettings = nil
    if let scs = pending.standardConformingStrings { lexer.dialect.standardConformingStrings = scs }
    if let encoding = pending.encoding { applyEncoding(encoding, from: index + 1) }
  }

  func word(_ token: SQLToken) -> String {
    withLexBytes { Self.upperCased($0, token.range) }
  }

  /// A token's text without its quotes (doubled quotes collapsed).
  func unquoted(_ token: SQLToken) -> String {
    var bytes = Array(storage[token.range])
    if token.kind == .string || token.kind == .quotedIdentifier, bytes.count >= 2 {
      let quote = bytes[0]
      bytes = Array(bytes[1..<(bytes.count - 1)])
      var result: [UInt8] = []
      var index = 0
      while index < bytes.count {
        result.append(bytes[index])
        index += bytes[index] == quote && index + 1 < bytes.count && bytes[index + 1] == quote ? 2 : 1
      }
      bytes = result
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Switches the client encoding for input from buffer index `index` on: client-only encodings
  /// get a masked copy of the buffer to lex (psqlscan_prepare_buffer).
  func applyEncoding(_ encoding: PostgresEncoding, from index: Int) {
    self.encoding = encoding
    lexer.dialect.clientEncodingIsClientOnly = encoding.isClientOnly
    if encoding.isClientOnly {
      if masked == nil { masked = storage }
      maskCarry = 0
      maskPendingLead = nil
      maskAppended(from: index)
    } else {
      masked = nil
    }
  }

  /// Masks `storage[from...]` into `masked`: every non-first byte of a multibyte character
  /// becomes 0xFF, so it can never read as a quote or a backslash. A GB18030 lead byte whose
  /// second byte has not arrived yet (it decides between 2 and 4 bytes) waits for it.
  func maskAppended(from start: Int) {
    guard var copy = masked else { return }
    let encoding = self.encoding
    if copy.count < storage.count { copy.append(contentsOf: storage[copy.count...]) }
    var index = min(start, maskPendingLead ?? start)
    maskPendingLead = nil
    var carry = maskCarry
    while index < storage.count {
      if carry > 0 {
        copy[index] = 0xFF
        carry -= 1
        index += 1
        continue
      }
      let byte = storage[index]
      copy[index] = byte
      if byte >= 0x80 {
        guard index + 1 < storage.count || isFinished || !encoding.lengthDependsOnSecondByte else {
          maskPendingLead = index
          break
        }
        let next: UInt8? = index + 1 < storage.count ? storage[index + 1] : nil
        carry = encoding.characterLength(lead: byte, second: next) - 1
      }
      index += 1
    }
    maskCarry = carry
    masked = copy
  }
}

/// Settings a SET changed, waiting for the end of its line.
struct PendingSettings {
  var searchFrom: Int
  var encoding: PostgresEncoding? = nil
  var standardConformingStrings: Bool? = nil
}
