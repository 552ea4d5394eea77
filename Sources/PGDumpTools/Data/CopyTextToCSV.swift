import PGDumpSQL

/// Converts COPY text rows (tab-separated, backslash escapes, `\N` for NULL) to CSV as
/// PostgreSQL's `COPY … TO … (FORMAT csv)` writes it (copyto.c `CopyAttributeOutCSV`): fields
/// separated by commas, quoted with `"` when they contain a comma, a quote, CR or LF, when they
/// are empty strings (an unquoted empty field is NULL), or when they are exactly `\.`; quotes
/// doubled. Bytes stay in the dump's encoding. Fed in chunks of any size; memory holds one row.
public struct CopyTextToCSV {
  private var row: [UInt8] = []

  public init() {}

  /// The CSV header line for `columns` (names as bytes in the dump's encoding).
  public static func header(_ columns: [[UInt8]]) -> [UInt8] {
    var out: [UInt8] = []
    for (index, column) in columns.enumerated() {
      if index > 0 { out.append(0x2C) }
      appendField(column, isNull: false, to: &out)
    }
    out.append(0x0A)
    return out
  }

  /// The CSV header line for UTF-8 column names.
  public static func header(_ columns: [String]) -> [UInt8] { header(columns.map { Array($0.utf8) }) }

  /// Converts the complete rows in `chunk` (keeping a partial last row for the next call).
  public mutating func convert(_ chunk: UnsafeRawBufferPointer, _ emit: ([UInt8]) throws -> Void) rethrows {
    var out: [UInt8] = []
    out.reserveCapacity(chunk.count + chunk.count / 8)
    var start = 0
    for index in 0..<chunk.count where chunk[index] == 0x0A {
      if row.isEmpty {
        Self.convertRow(UnsafeRawBufferPointer(rebasing: chunk[start..<index]), to: &out)
      } else {
        row.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<index]))
        row.withUnsafeBytes { Self.convertRow($0, to: &out) }
        row.removeAll(keepingCapacity: true)
      }
      start = index + 1
    }
    row.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start...]))
    if !out.isEmpty { try emit(out) }
  }

  /// A last row without a newline.
  public mutating func finish(_ emit: ([UInt8]) throws -> Void) rethrows {
    guard !row.isEmpty else { return }
    var out: [UInt8] = []
    row.withUnsafeBytes { Self.convertRow($0, to: &out) }
    row.removeAll()
    try emit(out)
  }

  static func convertRow(_ line: UnsafeRawBufferPointer, to out: inout [UInt8]) {
    var count = line.count
    if count > 0 && line[count - 1] == 0x0D { count -= 1 }  // CRLF data
    var field: [UInt8] = []
    var fieldStart = 0
    var index = 0
    var first = true
    func endField(at end: Int) {
      let isNull = end - fieldStart == 2 && line[fieldStart] == 0x5C && line[fieldStart + 1] == 0x4E  // \N
      if !first { out.append(0x2C) }
      first = false
      appendField(field, isNull: isNull, to: &out)
      field.removeAll(keepingCapacity: true)
    }
    while index < count {
      let byte = line[index]
      if byte == 0x09 {
        endField(at: index)
        index += 1
        fieldStart = index
        continue
      }
      if byte == 0x5C && index + 1 < count, let base = line.baseAddress?.assumingMemoryBound(to: UInt8.self) {
        let next = line[index + 1]
        let isByteEscape = next &- 0x30 < 8 || (next == 0x78 && index + 2 < count && hexDigit(line[index + 2]))
        if isByteEscape {
          let (value, length) = CopyRowChecker.escapedByte(base, at: index, end: count)
          field.append(value)
          index += length
        } else {
          field.append(CopyRowChecker.unescaped(next))
          index += 2
        }
        continue
      }
      field.append(byte)
      index += 1
    }
    endField(at: count)
    out.append(0x0A)
  }

  static func hexDigit(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 6
  }

  static func appendField(_ field: [UInt8], isNull: Bool, to out: inout [UInt8]) {
    if isNull { return }
    let needsQuotes =
      field.isEmpty || field == [0x5C, 0x2E]
      || field.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else {
      out.append(contentsOf: field)
      return
    }
    out.append(0x22)
    for byte in field {
      if byte == 0x22 { out.append(0x22) }
      out.append(byte)
    }
    out.append(0x22)
  }
}
