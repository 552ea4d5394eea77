/// Byte searches over raw memory, 16 bytes at a time with the standard library's SIMD types (the
/// module may not import the C library's `memchr`). These carry the hot loops: COPY data, dollar
/// quotes and string bodies are skipped with them instead of byte by byte.
enum ByteSearch {
  /// The first index in `from..<to` holding `byte`, or `to`.
  @inline(__always)
  static func first(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var index = from
    let raw = UnsafeRawPointer(base)
    let wanted = SIMD16<UInt8>(repeating: byte)
    while index &+ 16 <= to {
      let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      if any(chunk .== wanted) { break }
      index &+= 16
    }
    while index < to {
      if base[index] == byte { return index }
      index &+= 1
    }
    return to
  }

  /// The first index in `from..<to` holding `first` or `second`, or `to`.
  @inline(__always)
  static func first(
    _ first: UInt8, or second: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int
  ) -> Int {
    var index = from
    let raw = UnsafeRawPointer(base)
    let a = SIMD16<UInt8>(repeating: first)
    let b = SIMD16<UInt8>(repeating: second)
    while index &+ 16 <= to {
      let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      if any((chunk .== a) .| (chunk .== b)) { break }
      index &+= 16
    }
    while index < to {
      let byte = base[index]
      if byte == first || byte == second { return index }
      index &+= 1
    }
    return to
  }

  /// One bit per lane of `mask`, lane 0 in bit 0 (what `pmovmskb` computes).
  @inline(__always)
  static func laneBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt16 {
    let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
    let bits = SIMD16<UInt8>(repeating: 0).replacing(with: weights, where: mask)
    return UInt16(bits.lowHalf.wrappedSum()) | UInt16(bits.highHalf.wrappedSum()) << 8
  }

  /// The index of the first true lane of a mask that has one (the bit trick behind `pmovmskb`:
  /// each lane contributes its bit, the two halves are summed into one 16-bit mask).
  @inline(__always)
  static func firstSetLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
    let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)
    let bits = SIMD16<UInt8>(repeating: 0).replacing(with: weights, where: mask)
    let low = UInt16(bits.lowHalf.wrappedSum())
    let high = UInt16(bits.highHalf.wrappedSum())
    return (low | high << 8).trailingZeroBitCount
  }

  /// How many bytes in `from..<to` equal `byte`.
  static func count(_ byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var index = from
    var total = 0
    let raw = UnsafeRawPointer(base)
    let wanted = SIMD16<UInt8>(repeating: byte)
    let zero = SIMD16<UInt8>(repeating: 0)
    let one = SIMD16<UInt8>(repeating: 1)
    while index &+ 16 <= to {
      // At most 255 rounds, so that no 8-bit lane counter wraps.
      var lanes = zero
      var rounds = 0
      while rounds < 255 && index &+ 16 <= to {
        let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        lanes &+= zero.replacing(with: one, where: chunk .== wanted)
        index &+= 16
        rounds &+= 1
      }
      total &+= Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
    }
    while index < to {
      if base[index] == byte { total &+= 1 }
      index &+= 1
    }
    return total
  }
}
