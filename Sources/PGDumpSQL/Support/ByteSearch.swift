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
      if anyLane(chunk .== wanted) { break }
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
      if anyLane((chunk .== a) .| (chunk .== b)) { break }
      index &+= 16
    }
    while index < to {
      let byte = base[index]
      if byte == first || byte == second { return index }
      index &+= 1
    }
    return to
  }

  /// The index of the first backslash in `from + 1..<to` that starts a line (follows a
  /// newline), or `to`: where COPY data may hold its `\.` marker (a line starting at `from` is
  /// the caller's to look at). Pairs are compared 16 at a time.
  static func firstLineStartingWithBackslash(in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var index = from &+ 1
    let raw = UnsafeRawPointer(base)
    let newlines = SIMD16<UInt8>(repeating: ASCII.newline)
    let backslashes = SIMD16<UInt8>(repeating: ASCII.backslash)
    while index &+ 16 <= to {
      let before = raw.loadUnaligned(fromByteOffset: index &- 1, as: SIMD16<UInt8>.self)
      let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
      let pairs = (before .== newlines) .& (here .== backslashes)
      if anyLane(pairs) { return index &+ laneBits(pairs).trailingZeroBitCount }
      index &+= 16
    }
    while index < to {
      if base[index] == ASCII.backslash && base[index &- 1] == ASCII.newline { return index }
      index &+= 1
    }
    return to
  }

  /// One bit per lane of `mask`, lane 0 in bit 0 (what `pmovmskb` computes). The standard
  /// library has no movemask, and building the bits with a select and a horizontal sum compiles
  /// to some forty instructions; this gathers each 8-lane half with one multiply instead: the
  /// lanes are 0x00 or 0xFF, so masking byte k down to bit k and multiplying by 0x0101…01 sums
  /// the eight distinct bits into the top byte without carries.
  @inline(__always)
  static func laneBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt16 {
    let lanes = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    let place: UInt64 = 0x8040_2010_0804_0201
    let gather: UInt64 = 0x0101_0101_0101_0101
    let low = ((lanes[0] & place) &* gather) >> 56
    let high = ((lanes[1] & place) &* gather) >> 56
    return UInt16(truncatingIfNeeded: low) | UInt16(truncatingIfNeeded: high) << 8
  }

  /// Whether any lane of `mask` is set. The standard library's `any(_:)` reduces through a
  /// generic `min()` that is not always inlined (a call per 16 bytes in the COPY scan); two
  /// 64-bit halves or-ed together are all it takes.
  @inline(__always)
  static func anyLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
    let lanes = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
    return lanes[0] | lanes[1] != 0
  }

  /// The sum of 16 byte lanes, without the generic widening conversion (which is not always
  /// inlined): pairs of lanes are added as 16-bit fields, then gathered by one multiply.
  @inline(__always)
  static func laneSum(_ lanes: SIMD16<UInt8>) -> Int {
    let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
    let evenLanes: UInt64 = 0x00FF_00FF_00FF_00FF
    let pairs = (halves[0] & evenLanes) &+ ((halves[0] >> 8) & evenLanes) &+ (halves[1] & evenLanes)
      &+ ((halves[1] >> 8) & evenLanes)
    return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
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
      total &+= laneSum(lanes)
    }
    while index < to {
      if base[index] == byte { total &+= 1 }
      index &+= 1
    }
    return total
  }
}
