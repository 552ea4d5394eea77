import PGDumpArchive
import PGDumpFormat

/// Writes every large object of a dump to `DIRECTORY/OID`, each through a temporary file that is
/// renamed into place when complete (the BLOBS entries' data: `_LoadLOs` in pg_dump's formats).
public enum LargeObjectExport {
  /// Returns the number of large objects written.
  public static func export(from archive: Archive, to directory: String) throws -> Int {
    var written = 0
    for entry in archive.entries where entry.isType("BLOBS") {
      var current: (file: AtomicOutputFile, output: ScriptOutput)? = nil
      defer { current?.file.discard() }
      try archive.readData(of: entry) { event in
        switch event {
        case .startLargeObject(let oid):
          let file = try AtomicOutputFile(path: directory + "/" + String(oid))
          current = (file, ScriptOutput(descriptor: file.descriptor, name: file.path))
        case .bytes(let chunk):
          current?.output.write(chunk)
        case .endLargeObject:
          if let (file, output) = current {
            try output.flush()
            try file.commit()
            written += 1
          }
          current = nil
        }
      }
    }
    return written
  }
}
