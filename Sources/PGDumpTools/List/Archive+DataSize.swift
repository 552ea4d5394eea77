import PGDumpArchive
import PGDumpFormat

extension Archive {
  /// Stored (possibly compressed) size of every entry's data where the archive makes it knowable
  /// without reading the data: custom blocks from the distance between offsets, directory files
  /// from the file system, tar members from their headers. Keyed by dump ID.
  public func storedDataSizes() -> [Int32: Int] {
    var sizes: [Int32: Int] = [:]
    switch format {
    case .custom:
      var positions: [(Int32, Int)] = entries.compactMap { entry in
        guard case .offset(let location) = entry.dataLocation, location.flag == .positionSet,
          let position = Int(exactly: location.position)
        else { return nil }
        return (entry.dumpID, position)
      }
      positions.sort { $0.1 < $1.1 }
      let end = fileSize ?? positions.last?.1 ?? 0
      for (index, (dumpID, position)) in positions.enumerated() {
        let next = index + 1 < positions.count ? positions[index + 1].1 : end
        if next >= position { sizes[dumpID] = next - position }
      }
    case .directory, .tar:
      for entry in entries {
        guard case .file(let name?) = entry.dataLocation else { continue }
        if let size = memberSize(String(decoding: name, as: UTF8.self)) { sizes[entry.dumpID] = size }
      }
    case .plain:
      for entry in entries {
        guard case .script(let range) = entry.dataLocation else { continue }
        sizes[entry.dumpID] = Int(range.count)
      }
    }
    return sizes
  }
}
