#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import PGDumpFormat

/// Writing results and diagnostics: results to stdout as bytes, messages to stderr.
enum Output {
  /// Writes raw bytes to standard output, retrying short writes.
  static func writeStdout(_ bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO)
  }

  static func writeStderr(_ text: String) {
    write(Array(text.utf8), to: STDERR_FILENO)
  }

  private static func write(_ bytes: [UInt8], to fd: Int32) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  /// One JSON document, keys sorted, pretty printed, newline-terminated.
  static func writeJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(0x0A)
    writeStdout([UInt8](data))
  }

  /// Reports a fatal archive error the PostgreSQL way on stderr (and as JSON on stdout with
  /// `--json`), and returns exit status 2.
  static func fail(_ error: ArchiveError, json: Bool) -> ExitCode {
    var text = "pgdumpkit: error: \(error.message)\n"
    let location = error.location
    if !location.isEmpty { text += "pgdumpkit: detail: at \(location)\(error.detail.map { ". \($0)" } ?? ".")\n" }
    else if let detail = error.detail { text += "pgdumpkit: detail: \(detail)\n" }
    if let hint = error.hint { text += "pgdumpkit: hint: \(hint)\n" }
    writeStderr(text)
    if json { try? writeJSON(ErrorDocument(error)) }
    return ExitCode(2)
  }
}

/// `{"schemaVersion":1,"error":{…}}`, printed on stdout with `--json` when a command fails.
struct ErrorDocument: Encodable {
  var schemaVersion = 1
  var error: Body

  struct Body: Encodable {
    var code: String
    var message: String
    var file: String?
    var member: String?
    var offset: Int?
    var dumpID: Int32?
    var entryDesc: String?
    var entryTag: String?
    var field: String?
    var detail: String?
    var hint: String?
  }

  init(_ error: ArchiveError) {
    self.error = Body(
      code: error.code.rawValue, message: error.message, file: error.file, member: error.member,
      offset: error.offset, dumpID: error.entry?.dumpID, entryDesc: error.entry?.desc, entryTag: error.entry?.tag,
      field: error.field, detail: error.detail, hint: error.hint)
  }
}
