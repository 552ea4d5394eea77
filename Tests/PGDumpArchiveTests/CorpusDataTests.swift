import Foundation
import PGDumpArchive
import PGDumpFormat
import Testing
import _PGDumpTestSupport

/// Each entry's decompressed data equals what the real pg_restore printed for it in its script
/// (`pg_restore -f -`, stored beside each archive).
@Suite struct CorpusDataTests {
  static let scripted = Corpus.archives.filter { $0.script?.status == 0 && $0.script?.stdout != nil }

  @Test(arguments: scripted)
  func entryDataAppearsInPGRestoreScript(_ dump: Corpus.Dump) throws {
    let script = Corpus.bytes(try #require(dump.script?.stdout))
    let archive = try Archive.open(dump.fullPath)
    let standardStrings = archive.standardConformingStrings ?? false
    var checked = 0
    for entry in archive.entries where entry.hadDumper {
      var fragments: [[UInt8]] = []
      if entry.isType("BLOBS") {
        var current: [UInt8] = []
        var oid: UInt32 = 0
        try archive.readData(of: entry) { event in
          switch event {
          case .startLargeObject(let value):
            oid = value
            current = []
          case .bytes(let bytes): current.append(contentsOf: bytes)
          case .endLargeObject:
            fragments.append(Self.largeObjectScript(oid: oid, bytes: current, standardStrings: standardStrings))
          }
        }
        #expect(!fragments.isEmpty, "\(dump.path): BLOBS entry \(entry.dumpID) has large objects")
      } else {
        var data = entry.copyStmt ?? []
        try archive.readData(of: entry) { event in
          if case .bytes(let bytes) = event { data.append(contentsOf: bytes) }
        }
        fragments.append(data)
      }
      for fragment in fragments {
        #expect(script.firstRange(of: fragment) != nil, "\(dump.path): data of entry \(entry.dumpID) \(entry.descText)")
        checked += 1
      }
    }
    #expect(checked > 0)
  }

  /// What pg_restore prints for one large object (`StartRestoreLO`, `dump_lo_buf`, `EndRestoreLO`):
  /// one `lowrite` per 16 KiB (`LOBBUFSIZE`), the bytes as a hex bytea literal.
  static func largeObjectScript(oid: UInt32, bytes: [UInt8], standardStrings: Bool) -> [UInt8] {
    var text = "SELECT pg_catalog.lo_open('\(oid)', 131072);\n"
    let digits = Array("0123456789abcdef".utf8)
    var start = 0
    while start < bytes.count {
      let end = min(start + 16384, bytes.count)
      var hex: [UInt8] = []
      hex.reserveCapacity((end - start) * 2)
      for byte in bytes[start..<end] {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0F)])
      }
      text += "SELECT pg_catalog.lowrite(0, " + (standardStrings ? "'\\x" : "E'\\\\x") + String(decoding: hex, as: UTF8.self) + "');\n"
      start = end
    }
    text += "SELECT pg_catalog.lo_close(0);\n\n"
    return Array(text.utf8)
  }

  /// A custom archive read from a pipe is read in one forward pass, entry data in TOC order.
  @Test func pipedCustomArchiveStreamsDataInOrder() throws {
    let dump = try #require(Corpus.archives.first { $0.piped == true && $0.script?.stdout != nil })
    let script = Corpus.bytes(try #require(dump.script?.stdout))
    let fd = open(dump.fullPath, O_RDONLY)
    #expect(fd >= 0)
    var fds: [Int32] = [0, 0]
    #expect(pipe(&fds) == 0)
    let (readFD, writeFD) = (fds[0], fds[1])
    // Feed the file through a real pipe on another thread.
    let writer = Thread {
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(fd, &buffer, buffer.count)
        if count <= 0 { break }
        _ = buffer.withUnsafeBytes { write(writeFD, $0.baseAddress, count) }
      }
      close(writeFD)
      close(fd)
    }
    writer.start()
    defer { close(readFD) }
    let archive = try Archive.open(dump.path, input: .file(FileInput.reading(descriptor: readFD)))
    #expect(!archive.isSeekable)
    for entry in archive.entries where entry.isType("TABLE DATA") {
      var data = entry.copyStmt ?? []
      try archive.readData(of: entry) { if case .bytes(let bytes) = $0 { data.append(contentsOf: bytes) } }
      #expect(script.firstRange(of: data) != nil)
    }
  }
}
