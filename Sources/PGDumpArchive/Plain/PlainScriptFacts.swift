/// What the first lines of a plain pg_dump or pg_dumpall script say about it: the comment header
/// (`-- Dumped from database version …`, `-- Dumped by pg_dump version …`), the client encoding
/// and standard_conforming_strings of its SET lines, and whether it uses `\restrict`.
public struct PlainScriptFacts: Sendable, Hashable {
  public enum Kind: String, Sendable {
    case dump = "plain"
    case dumpAll = "dumpall"
  }

  public var kind: Kind?
  public var serverVersion: String?
  public var pgDumpVersion: String?
  public var encoding: String?
  public var standardConformingStrings: Bool?
  public var restrictKeyPresent = false
  /// `-- Started on …` (pg_dump --verbose).
  public var startedOn: String?

  /// The major of the pg_dump that wrote the script (`17.10` → 17).
  public var pgDumpMajor: Int? { pgDumpVersion.flatMap { Int($0.prefix { $0.isNumber }) } }

  /// Reads the facts from the script's first bytes (64 KiB hold pg_dump's whole preamble).
  public init(prefix: [UInt8]) {
    if prefix.starts(with: PlainScriptHeader.dumpAll) {
      kind = .dumpAll
    } else if prefix.starts(with: PlainScriptHeader.dump) {
      kind = .dump
    }
    var lineStart = 0
    var lines = 0
    while lineStart < prefix.count && lines < 400 {
      var lineEnd = lineStart
      while lineEnd < prefix.count && prefix[lineEnd] != 0x0A { lineEnd += 1 }
      guard lineEnd < prefix.count else { break }  // a cut line is not trusted
      apply(line: String(decoding: prefix[lineStart..<lineEnd], as: UTF8.self))
      lineStart = lineEnd + 1
      lines += 1
    }
  }

  mutating func apply(line: String) {
    func after(_ marker: String) -> String? {
      line.hasPrefix(marker) ? String(line.dropFirst(marker.count)) : nil
    }
    if let value = after("-- Dumped from database version ") {
      serverVersion = serverVersion ?? value
    } else if let value = after("-- Dumped by pg_dump version ") ?? after("-- Dumped by pg_dumpall version ") {
      pgDumpVersion = pgDumpVersion ?? value
    } else if let value = after("-- Started on ") {
      startedOn = startedOn ?? value
    } else if let value = after("SET client_encoding = '"), encoding == nil {
      encoding = String(value.prefix { $0 != "'" })
    } else if let value = after("SET standard_conforming_strings = "), standardConformingStrings == nil {
      standardConformingStrings = value.hasPrefix("on")
    } else if line.hasPrefix("\\restrict ") {
      restrictKeyPresent = true
    }
  }
}
