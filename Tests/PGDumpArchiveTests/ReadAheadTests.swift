import Foundation
import Testing
import _PGDumpTestSupport

@testable import PGDumpArchive

/// `ReadAhead.run`: the producer thread's bytes and marks reach the consumer complete and in
/// order, errors end the run from either side without a hang, and the ring bounds how far the
/// producer runs ahead.
@Suite(.timeLimit(.minutes(1))) struct ReadAheadTests {
  // MARK: Support

  /// A ring shape; nil means `run`'s default.
  struct Ring: Sendable, CustomTestStringConvertible {
    var slotSize: Int?
    var slots: Int?
    var testDescription: String { "slotSize \(slotSize.map(String.init) ?? "default"), slots \(slots.map(String.init) ?? "default")" }
    /// The slot size `run` really uses.
    var effectiveSlotSize: Int { max(slotSize ?? ReadAhead.defaultSlotSize, 1) }
  }

  static let rings: [Ring] = [
    Ring(slotSize: 1, slots: 2), Ring(slotSize: 7, slots: 2), Ring(slotSize: 7, slots: 5),
    Ring(slotSize: 4096, slots: 3), Ring(slotSize: nil, slots: nil),
  ]

  enum Failure: Error, Equatable { case producer, consumer }

  enum Event: Equatable {
    case bytes([UInt8])
    case mark(Int)
  }


  /// `count` pseudo-random bytes (filled a word at a time so tens of MB stay fast in debug).
  static func pattern(count: Int, seed: UInt64) -> [UInt8] {
    var generator = SeededGenerator(seed: seed)
    var bytes = [UInt8](repeating: 0, count: (count + 7) & ~7)
    bytes.withUnsafeMutableBytes { raw in
      let words = raw.bindMemory(to: UInt64.self)
      for index in words.indices { words[index] = generator.next() }
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  /// A counter shared by the producer thread and the consumer.
  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ amount: Int) { lock.withLock { count += amount } }
    var value: Int { lock.withLock { count } }
  }

  /// Polls `condition` until it holds or `limit` passes; whether it held.
  static func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
      if condition() { return true }
      usleep(200)
    }
    return condition()
  }

  /// `ReadAhead.run` (nil arguments: its defaults) under a watchdog. A hung run blocks its test
  /// in a semaphore, where the suite's time limit cannot stop it (and on a machine with two
  /// cores, two blocked tests starve the cooperative pool so the limit never even fires): the
  /// watchdog aborts the process with a message instead of letting `swift test` hang.
  static func run(
    slotSize: Int? = nil, slots: Int? = nil, function: String = #function,
    produce: (ReadAhead.Writer<Int>) throws -> Void, consume: (ReadAhead.Item<Int>) throws -> Void
  ) throws {
    let done = DispatchSemaphore(value: 0)
    let watchdog = Thread {
      if done.wait(timeout: .now() + 30) == .timedOut {
        FileHandle.standardError.write(Data("ReadAheadTests.\(function): ReadAhead.run still running after 30 s\n".utf8))
        abort()
      }
    }
    watchdog.start()
    defer { done.signal() }
    switch (slotSize, slots) {
    case (let slotSize?, let slots?): try ReadAhead.run(slotSize: slotSize, slots: slots, produce: produce, consume: consume)
    case (let slotSize?, nil): try ReadAhead.run(slotSize: slotSize, produce: produce, consume: consume)
    case (nil, let slots?): try ReadAhead.run(slots: slots, produce: produce, consume: consume)
    case (nil, nil): try ReadAhead.run(produce: produce, consume: consume)
    }
  }

  static func run(
    _ ring: Ring, function: String = #function,
    produce: (ReadAhead.Writer<Int>) throws -> Void, consume: (ReadAhead.Item<Int>) throws -> Void
  ) throws {
    try run(slotSize: ring.slotSize, slots: ring.slots, function: function, produce: produce, consume: consume)
  }

  /// Runs `produce` and returns every event the consumer saw (byte chunks copied out), checking
  /// that no chunk is empty or larger than a slot.
  static func collect(
    _ ring: Ring, function: String = #function, produce: (ReadAhead.Writer<Int>) throws -> Void
  ) throws -> [Event] {
    var events: [Event] = []
    try run(ring, function: function, produce: produce) { item in
      switch item {
      case .bytes(let chunk):
        #expect(!chunk.isEmpty, "empty byte chunk delivered")
        #expect(chunk.count <= ring.effectiveSlotSize, "chunk of \(chunk.count) bytes is larger than a slot")
        events.append(.bytes(Array(chunk)))
      case .mark(let mark): events.append(.mark(mark))
      }
    }
    return events
  }

  /// Adjacent byte events merged and empty ones dropped: what a log means, whatever the chunking.
  static func normalized(_ events: [Event]) -> [Event] {
    var result: [Event] = []
    for event in events {
      switch (event, result.last) {
      case (.bytes(let bytes), _) where bytes.isEmpty: continue
      case (.bytes(let bytes), .bytes(let previous)?): result[result.count - 1] = .bytes(previous + bytes)
      default: result.append(event)
      }
    }
    return result
  }

  /// A short form of a log for messages: byte runs as their length, marks as their value.
  static func outline(_ events: [Event]) -> [String] {
    events.map {
      switch $0 {
      case .bytes(let bytes): "\(bytes.count) bytes"
      case .mark(let mark): "mark \(mark)"
      }
    }
  }

  static func concatenated(_ events: [Event]) -> [UInt8] {
    var bytes: [UInt8] = []
    for case .bytes(let chunk) in events { bytes += chunk }
    return bytes
  }

  /// Compares two byte strings without printing megabytes on failure.
  static func expectSameBytes(
    _ actual: [UInt8], _ expected: [UInt8], _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    guard actual != expected else { return }
    let common = min(actual.count, expected.count)
    let first = (0..<common).first { actual[$0] != expected[$0] } ?? common
    Issue.record(
      "\(context) received \(actual.count) bytes, expected \(expected.count); first difference at offset \(first)",
      sourceLocation: sourceLocation)
  }

  /// Compares two event logs by meaning (chunk boundaries ignored).
  static func expectSameLog(
    _ actual: [Event], _ expected: [Event], _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let actual = normalized(actual)
    let expected = normalized(expected)
    #expect(outline(actual) == outline(expected), "\(context)", sourceLocation: sourceLocation)
    expectSameBytes(concatenated(actual), concatenated(expected), context, sourceLocation: sourceLocation)
  }

  /// Write sizes around and far beyond the slot size, zero-length ones included, then random ones.
  static func writeSizes(slotSize s: Int, seed: UInt64) -> [Int] {
    var sizes = [1, 0, s - 1, s, s + 1, 0, 1, 2 * s - 1, 2 * s, 2 * s + 1, 0, 0, 5 * s + 3, 1, 1, 1, s - 1, 2]
    var generator = SeededGenerator(seed: seed)
    let cap = min(3 * s + 1, 40_000)
    for _ in 0..<300 { sizes.append(Int.random(in: 0...cap, using: &generator)) }
    return sizes.filter { $0 >= 0 }
  }

  // MARK: Bytes

  @Test("bytes from writes of every size arrive complete and in order", arguments: rings)
  func writesArriveCompleteAndInOrder(ring: Ring) throws {
    let sizes = Self.writeSizes(slotSize: ring.effectiveSlotSize, seed: 1)
    let source = Self.pattern(count: sizes.reduce(0, +), seed: 2)
    let events = try Self.collect(ring) { writer in
      var offset = 0
      try source.withUnsafeBytes { bytes in
        for size in sizes {
          try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
          offset += size
        }
      }
    }
    #expect(events.allSatisfy { if case .bytes = $0 { true } else { false } })
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  @Test("a slot size below 1 and fewer than 2 slots are raised to 1 and 2")
  func degenerateRingIsRaisedToMinimum() throws {
    let source = Self.pattern(count: 100, seed: 3)
    let events = try Self.collect(Ring(slotSize: 0, slots: 0)) { writer in
      try source.withUnsafeBytes { try writer.write($0) }
    }
    #expect(events.count == 100)
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  @Test("small writes are gathered into full slots before they are delivered")
  func smallWritesFillWholeSlots() throws {
    let source = Self.pattern(count: 100, seed: 4)
    let events = try Self.collect(Ring(slotSize: 7, slots: 2)) { writer in
      try source.withUnsafeBytes { bytes in
        for index in bytes.indices { try writer.write(UnsafeRawBufferPointer(rebasing: bytes[index..<(index + 1)])) }
      }
    }
    let sizes = events.map { if case .bytes(let chunk) = $0 { chunk.count } else { -1 } }
    #expect(sizes == Array(repeating: 7, count: 14) + [2])
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  @Test("a producer that writes nothing delivers nothing and run returns")
  func emptyProducerDeliversNothing() throws {
    for ring in Self.rings {
      let events = try Self.collect(ring) { writer in
        try writer.write(UnsafeRawBufferPointer(start: nil, count: 0))
      }
      #expect(events.isEmpty, "\(ring.testDescription)")
    }
  }

  // MARK: fill

  @Test("fill: a reader writing straight into slots in pieces of varying size delivers the same bytes", arguments: rings)
  func fillDeliversSameBytes(ring: Ring) throws {
    let slotSize = ring.effectiveSlotSize
    let source = Self.pattern(count: min(200 * slotSize + 13, 3_000_000), seed: 5)
    var generator = SeededGenerator(seed: 6)
    let pieces = (0..<5000).map { _ in Int.random(in: 1...max(1, min(2 * slotSize, 50_000)), using: &generator) }
    var offset = 0
    var calls = 0
    var offered = Set<Int>()  // checked on this thread: issues from the producer's would name no test
    let events = try Self.collect(ring) { writer in
      try source.withUnsafeBytes { bytes in
        while try writer.fill({ room in
          offered.insert(room.count)
          let count = min(room.count, pieces[calls % pieces.count], bytes.count - offset)
          calls += 1
          room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
          offset += count
          return count
        }) > 0 {}
      }
    }
    #expect(offset == source.count)
    #expect(offered.allSatisfy { $0 >= 1 && $0 <= slotSize }, "fill offered \(offered.sorted())")
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  @Test("fill offers the free rest of the current slot, then a whole new slot once it is full")
  func fillOffersRestOfSlot() throws {
    var offered: [Int] = []
    var returned: [Int] = []
    let events = try Self.collect(Ring(slotSize: 10, slots: 2)) { writer in
      for take in [3, 4, 3, 10, 5, 0] {
        returned.append(
          try writer.fill { room in
            offered.append(room.count)
            for index in 0..<take { room[index] = UInt8(index) }
            return take
          })
      }
    }
    #expect(offered == [10, 7, 3, 10, 10, 5])
    #expect(returned == [3, 4, 3, 10, 5, 0])
    #expect(Self.concatenated(events).count == 25)
  }

  @Test("fill and write interleave in order", arguments: rings)
  func fillAndWriteInterleave(ring: Ring) throws {
    let slotSize = ring.effectiveSlotSize
    let source = Self.pattern(count: min(60 * slotSize + 5, 2_000_000), seed: 7)
    var generator = SeededGenerator(seed: 8)
    let events = try Self.collect(ring) { writer in
      try source.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
          let size = min(Int.random(in: 0...max(1, min(3 * slotSize, 60_000)), using: &generator), bytes.count - offset)
          if Bool.random(using: &generator) {
            try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
            offset += size
          } else {
            offset += try writer.fill { room in
              let count = min(room.count, size)
              room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
              return count
            }
          }
        }
      }
    }
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  // MARK: output

  @Test("output: bytes a decompressor writes into the slot and hands to write arrive in order", arguments: rings)
  func outputWritesArriveInOrder(ring: Ring) throws {
    let slotSize = ring.effectiveSlotSize
    let source = Self.pattern(count: min(100 * slotSize + 3, 3_000_000), seed: 15)
    var generator = SeededGenerator(seed: 16)
    let minimumRoom = min(slotSize, ReadAhead.Writer<Int>.minimumRoom)
    var offered = Set<Int>()
    let events = try Self.collect(ring) { (writer: ReadAhead.Writer<Int>) in
      try source.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
          let room = try writer.output()
          offered.insert(room.count)
          let count = min(room.count, bytes.count - offset, Int.random(in: 0...max(1, min(2 * slotSize, 70_000)), using: &generator))
          room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
          try writer.write(UnsafeRawBufferPointer(rebasing: room[..<count]))
          offset += count
        }
      }
    }
    #expect(offered.allSatisfy { $0 >= minimumRoom && $0 <= slotSize }, "output offered \(offered.sorted())")
    Self.expectSameBytes(Self.concatenated(events), source)
  }

  @Test("output: bytes written in place reach the consumer where they were written (no copy)")
  func outputBytesAreNotCopied() throws {
    var offered: [UnsafeMutableRawPointer?] = []
    var delivered: [UnsafeRawPointer?] = []
    try Self.run(slotSize: 64 << 10, slots: 2) { (writer: ReadAhead.Writer<Int>) in
      for round in 0..<4 {
        let room = try writer.output()
        offered.append(room.baseAddress)
        room.initializeMemory(as: UInt8.self, repeating: UInt8(round))
        try writer.write(UnsafeRawBufferPointer(rebasing: room[..<100]))
        try writer.mark(round)
      }
    } consume: { item in
      if case .bytes(let chunk) = item {
        delivered.append(chunk.baseAddress)
        #expect(chunk.count == 100)
      }
    }
    #expect(delivered.count == 4)
    #expect(delivered == offered.map { $0.map(UnsafeRawPointer.init) })
  }

  @Test("output continues the current slot while it has room, and sends a nearly full slot on first")
  func outputContinuesOrStartsSlot() throws {
    let minimumRoom = ReadAhead.Writer<Int>.minimumRoom
    let slotSize = 2 * minimumRoom + 100
    var rooms: [Int] = []
    var chunks: [Int] = []
    try Self.run(slotSize: slotSize, slots: 3) { (writer: ReadAhead.Writer<Int>) in
      let filler = [UInt8](repeating: 9, count: slotSize)
      // Plenty of room: output offers the rest of the slot and the bytes join the same chunk.
      try filler[..<100].withUnsafeBytes { try writer.write($0) }
      var room = try writer.output()
      rooms.append(room.count)
      try writer.write(UnsafeRawBufferPointer(rebasing: room[..<50]))
      try filler[..<5].withUnsafeBytes { try writer.write($0) }
      try writer.mark(0)
      // Less than minimumRoom left: that slot goes first and output offers a whole new one.
      let nearlyFull = slotSize - minimumRoom + 1
      try filler[..<nearlyFull].withUnsafeBytes { try writer.write($0) }
      room = try writer.output()
      rooms.append(room.count)
      try writer.write(UnsafeRawBufferPointer(rebasing: room[..<10]))
    } consume: { item in
      if case .bytes(let chunk) = item { chunks.append(chunk.count) }
    }
    #expect(rooms == [slotSize - 100, slotSize])
    #expect(chunks == [155, slotSize - minimumRoom + 1, 10])
  }

  // MARK: Marks

  /// Producer operations for the mark tests.
  enum Operation {
    case write(Int)
    case fill(Int)
    case output(Int)
    case mark(Int)
  }

  /// Marks at the start, at the end, in runs, and between writes and fills of every size.
  static func operations(slotSize s: Int, seed: UInt64) -> [Operation] {
    var generator = SeededGenerator(seed: seed)
    var operations: [Operation] = [.mark(-1), .mark(-2), .write(1), .mark(-3), .write(s), .mark(-4), .fill(s), .mark(-5), .output(s), .output(1), .mark(-8)]
    let cap = min(3 * s + 1, 20_000)
    for index in 0..<600 {
      switch Int.random(in: 0..<7, using: &generator) {
      case 0, 1: operations.append(.write(Int.random(in: 0...cap, using: &generator)))
      case 2: operations.append(.fill(Int.random(in: 1...cap, using: &generator)))
      case 3: operations.append(.output(Int.random(in: 0...cap, using: &generator)))
      default: operations.append(.mark(index))
      }
    }
    operations += [.write(2 * s + 1), .mark(-6), .mark(-7)]
    return operations
  }

  /// Performs `operations`, taking bytes from `source`; returns the log a consumer should see.
  static func perform(
    _ operations: [Operation], source: [UInt8], on writer: ReadAhead.Writer<Int>
  ) throws -> [Event] {
    var expected: [Event] = []
    try source.withUnsafeBytes { bytes in
      var offset = 0
      for operation in operations {
        switch operation {
        case .write(let size):
          try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
          expected.append(.bytes(Array(bytes[offset..<(offset + size)])))
          offset += size
        case .fill(let size):
          var left = size
          while left > 0 {
            let count = try writer.fill { room in
              let count = min(room.count, left)
              room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
              return count
            }
            expected.append(.bytes(Array(bytes[offset..<(offset + count)])))
            offset += count
            left -= count
          }
        case .output(let size):
          // A decompressor's way: write into the slot, then hand those bytes to write.
          var left = size
          repeat {
            let room = try writer.output()
            let count = min(room.count, left)
            room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
            try writer.write(UnsafeRawBufferPointer(rebasing: room[..<count]))
            expected.append(.bytes(Array(bytes[offset..<(offset + count)])))
            offset += count
            left -= count
          } while left > 0
        case .mark(let value):
          try writer.mark(value)
          expected.append(.mark(value))
        }
      }
    }
    return expected
  }

  static func byteCount(_ operations: [Operation]) -> Int {
    operations.reduce(0) {
      switch $1 {
      case .write(let size), .fill(let size), .output(let size): $0 + size
      case .mark: $0
      }
    }
  }

  @Test("marks arrive exactly between the bytes written before and after them", arguments: rings)
  func marksArriveBetweenTheirBytes(ring: Ring) throws {
    let operations = Self.operations(slotSize: ring.effectiveSlotSize, seed: 9)
    let source = Self.pattern(count: Self.byteCount(operations), seed: 10)
    var expected: [Event] = []
    let events = try Self.collect(ring) { writer in
      expected = try Self.perform(operations, source: source, on: writer)
    }
    Self.expectSameLog(events, expected)
  }

  @Test("a mark sends the bytes before it at once: a partly filled slot is delivered with the mark")
  func markPublishesPartialSlot() throws {
    let events = try Self.collect(Ring(slotSize: 100, slots: 2)) { writer in
      try [UInt8](repeating: 1, count: 10).withUnsafeBytes { try writer.write($0) }
      try writer.mark(1)
      try [UInt8](repeating: 2, count: 10).withUnsafeBytes { try writer.write($0) }
    }
    #expect(events == [.bytes([UInt8](repeating: 1, count: 10)), .mark(1), .bytes([UInt8](repeating: 2, count: 10))])
  }

  // MARK: Producer errors

  @Test(
    "a producer error is rethrown after every byte and mark before it was consumed",
    arguments: [Ring(slotSize: 7, slots: 2), Ring(slotSize: 1, slots: 2), Ring(slotSize: nil, slots: nil)])
  func producerErrorAfterEarlierOutput(ring: Ring) throws {
    let operations = Self.operations(slotSize: ring.effectiveSlotSize, seed: 11)
    let source = Self.pattern(count: Self.byteCount(operations), seed: 12)
    // Stops after the whole list, after a mark, and with a slot only partly written.
    for (stop, tail) in [(operations.count, nil), (4, nil), (operations.count, 3), (3, 1)] as [(Int, Int?)] {
      var expected: [Event] = []
      var events: [Event] = []
      #expect(throws: Failure.producer) {
        try Self.run(ring) { writer in
          expected = try Self.perform(Array(operations[..<stop]), source: source, on: writer)
          if let tail {
            let bytes = [UInt8](repeating: 0xEE, count: tail)
            try bytes.withUnsafeBytes { try writer.write($0) }
            expected.append(.bytes(bytes))
          }
          throw Failure.producer
        } consume: { item in
          switch item {
          case .bytes(let chunk): events.append(.bytes(Array(chunk)))
          case .mark(let mark): events.append(.mark(mark))
          }
        }
      }
      Self.expectSameLog(events, expected, "stop \(stop), tail \(String(describing: tail)):")
    }
  }

  @Test("a producer error before any output is rethrown and nothing is consumed")
  func producerErrorFirstThing() {
    var consumed = 0
    #expect(throws: Failure.producer) {
      try Self.run(slotSize: 7, slots: 2, produce: { (_: ReadAhead.Writer<Int>) in throw Failure.producer }) {
        _ in consumed += 1
      }
    }
    #expect(consumed == 0)
  }

  @Test("an error thrown by fill's reader is rethrown by run after the bytes before it")
  func fillReaderErrorIsRethrown() {
    var received: [UInt8] = []
    #expect(throws: Failure.producer) {
      try Self.run(slotSize: 7, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        try [UInt8](1...20).withUnsafeBytes { try writer.write($0) }
        _ = try writer.fill { _ in throw Failure.producer }
      } consume: { item in
        if case .bytes(let chunk) = item { received += chunk }
      }
    }
    #expect(received == [UInt8](1...20))
  }

  // MARK: Consumer errors

  enum Loop: CaseIterable, Sendable { case smallWrites, largeWrites, fills, outputs, marks, mixed }

  /// One pass of an endless producer loop.
  static func step(_ loop: Loop, _ writer: ReadAhead.Writer<Int>, _ round: Int) throws {
    let bytes = [UInt8](repeating: UInt8(truncatingIfNeeded: round), count: 1000)
    switch loop {
    case .smallWrites: try bytes[..<3].withUnsafeBytes { try writer.write($0) }
    case .largeWrites: try bytes.withUnsafeBytes { try writer.write($0) }
    case .fills: _ = try writer.fill { room in room[0] = 1; return 1 }
    case .outputs:
      let room = try writer.output()
      room[0] = 1
      try writer.write(UnsafeRawBufferPointer(rebasing: room[..<1]))
    case .marks: try writer.mark(round)
    case .mixed:
      try bytes[..<(round % 40)].withUnsafeBytes { try writer.write($0) }
      if round % 3 == 0 { try writer.mark(round) }
      _ = try writer.fill { room in min(room.count, round % 5) }
    }
  }

  @Test(
    "a consumer error stops an endless producer with Cancelled and run rethrows the consumer's error",
    arguments: Loop.allCases, [0, 1, 5])
  func consumerErrorStopsEndlessProducer(loop: Loop, failAt: Int) {
    var producerSaw: (any Error)? = nil
    var rounds = 0
    var calls = 0
    var callsAfterFailure = 0
    #expect(throws: Failure.consumer) {
      try Self.run(slotSize: 16, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        do {
          while true {
            try Self.step(loop, writer, rounds)
            rounds += 1
          }
        } catch {
          producerSaw = error
          throw error
        }
      } consume: { _ in
        calls += 1
        if calls > failAt + 1 { callsAfterFailure += 1 }
        if calls == failAt + 1 { throw Failure.consumer }
      }
    }
    #expect(producerSaw is ReadAhead.Cancelled, "producer saw \(String(describing: producerSaw))")
    #expect(callsAfterFailure == 0, "consume called again after it threw")
  }

  @Test("after Cancelled, every later write, fill or mark that needs a slot throws Cancelled again")
  func cancellationIsSticky() {
    var outcomes: [String] = []
    #expect(throws: Failure.consumer) {
      try Self.run(slotSize: 4, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        let bytes = [UInt8](repeating: 7, count: 4)
        do {
          while true { try bytes.withUnsafeBytes { try writer.write($0) } }
        } catch {
          outcomes.append(error is ReadAhead.Cancelled ? "cancelled" : "\(error)")
        }
        for attempt in 0..<30 {
          do {
            switch attempt % 3 {
            case 0: try bytes.withUnsafeBytes { try writer.write($0) }
            case 1: _ = try writer.fill { _ in 1 }
            default: try writer.mark(attempt)
            }
            outcomes.append("no error")
          } catch {
            outcomes.append(error is ReadAhead.Cancelled ? "cancelled" : "\(error)")
          }
        }
        // Returns normally: run still reports the consumer's error.
      } consume: { _ in
        throw Failure.consumer
      }
    }
    #expect(outcomes == Array(repeating: "cancelled", count: 31))
  }

  @Test("the consumer's error wins over the producer's own error after cancellation")
  func consumerErrorWinsOverProducerError() {
    #expect(throws: Failure.consumer) {
      try Self.run(slotSize: 8, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        do {
          while true { try writer.mark(0) }
        } catch {
          throw Failure.producer
        }
      } consume: { _ in
        throw Failure.consumer
      }
    }
  }

  @Test("a consumer error on the last slot, after the producer has finished, is rethrown")
  func consumerErrorOnLastSlot() {
    var producerFinished = false
    #expect(throws: Failure.consumer) {
      try Self.run(slotSize: 64, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        try [UInt8](repeating: 1, count: 10).withUnsafeBytes { try writer.write($0) }
        try writer.mark(1)
        try [UInt8](repeating: 2, count: 10).withUnsafeBytes { try writer.write($0) }
        producerFinished = true
      } consume: { item in
        if case .bytes(let chunk) = item, chunk.first == 2 { throw Failure.consumer }
      }
    }
    #expect(producerFinished)
  }

  @Test("a consumer error on a mark stops the producer too")
  func consumerErrorOnMark() {
    var producerSaw: (any Error)? = nil
    var marksSeen: [Int] = []
    #expect(throws: Failure.consumer) {
      try Self.run(slotSize: 8, slots: 3) { (writer: ReadAhead.Writer<Int>) in
        do {
          var round = 0
          while true {
            try [UInt8](repeating: 5, count: 11).withUnsafeBytes { try writer.write($0) }
            try writer.mark(round)
            round += 1
          }
        } catch {
          producerSaw = error
          throw error
        }
      } consume: { item in
        if case .mark(let mark) = item {
          marksSeen.append(mark)
          if mark == 2 { throw Failure.consumer }
        }
      }
    }
    #expect(producerSaw is ReadAhead.Cancelled)
    #expect(marksSeen == [0, 1, 2])
  }

  // MARK: Bounded memory

  @Test("the producer is never more than slots × slotSize bytes ahead of the consumer", arguments: [2, 3])
  func producerStaysWithinRing(slots: Int) throws {
    let slotSize = 16
    let written = Counter()
    var consumed = 0
    var worstLead = 0
    var generator = SeededGenerator(seed: 13)
    let sizes = (0..<3000).map { _ in Int.random(in: 0...40, using: &generator) }
    let source = Self.pattern(count: sizes.reduce(0, +), seed: 14)
    var chunks = 0
    try Self.run(slotSize: slotSize, slots: slots) { (writer: ReadAhead.Writer<Int>) in
      try source.withUnsafeBytes { bytes in
        var offset = 0
        for (index, size) in sizes.enumerated() {
          // Counted once the write or fill has returned.
          if index % 4 == 1 {
            let room = try writer.output()
            let count = min(room.count, size)
            room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
            try writer.write(UnsafeRawBufferPointer(rebasing: room[..<count]))
            offset += count
            written.add(count)
          } else if index % 4 == 3 {
            let count = try writer.fill { room in
              let count = min(room.count, size)
              room.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]))
              return count
            }
            offset += count
            written.add(count)
          } else {
            try writer.write(UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
            offset += size
            written.add(size)
          }
        }
      }
    } consume: { item in
      guard case .bytes(let chunk) = item else { return }
      chunks += 1
      // Now and then the consumer dawdles so the producer runs into the end of the ring.
      if chunks % 64 == 0 { usleep(500) }
      let lead = written.value - consumed
      worstLead = max(worstLead, lead)
      #expect(lead <= slots * slotSize, "producer \(lead) bytes ahead")
      consumed += chunk.count
    }
    #expect(worstLead <= slots * slotSize)
    #expect(consumed == written.value)
  }

  @Test("a stalled consumer stops the producer after exactly slots full slots", arguments: [2, 3, 8])
  func stalledConsumerStopsProducer(slots: Int) throws {
    let slotSize = 16
    let written = Counter()
    var stalled = false
    var total = 0
    try Self.run(slotSize: slotSize, slots: slots) { (writer: ReadAhead.Writer<Int>) in
      let byte: [UInt8] = [0x5A]
      for _ in 0..<(slots * slotSize * 4) {
        try byte.withUnsafeBytes { try writer.write($0) }
        written.add(1)
      }
    } consume: { item in
      guard case .bytes(let chunk) = item else { return }
      total += chunk.count
      guard !stalled else { return }
      stalled = true
      // Hold the first slot: the producer fills every other slot and waits.
      #expect(Self.eventually { written.value >= slots * slotSize }, "producer never filled the ring")
      usleep(30_000)
      #expect(written.value == slots * slotSize, "producer went past the ring while the consumer held a slot")
    }
    #expect(total == slots * slotSize * 4)
  }

  @Test("marks take slots too: a producer sending only marks waits after slots marks", arguments: [2, 4])
  func marksAlsoFillTheRing(slots: Int) throws {
    let sent = Counter()
    var stalled = false
    var received: [Int] = []
    try Self.run(slotSize: 1024, slots: slots) { (writer: ReadAhead.Writer<Int>) in
      for mark in 0..<(slots * 5) {
        try writer.mark(mark)
        sent.add(1)
      }
    } consume: { item in
      guard case .mark(let mark) = item else { return }
      received.append(mark)
      guard !stalled else { return }
      stalled = true
      #expect(Self.eventually { sent.value >= slots }, "producer never filled the ring")
      usleep(30_000)
      #expect(sent.value == slots, "producer sent \(sent.value) marks while the consumer held one slot")
    }
    #expect(received == Array(0..<(slots * 5)))
  }

  // MARK: Many runs

  @Test("200 short runs in a row, ending every way, all complete")
  func manyRunsComplete() throws {
    for round in 0..<200 {
      let source = Self.pattern(count: 50 + round % 13, seed: UInt64(round))
      var received: [UInt8] = []
      var marks: [Int] = []
      let produce = { (writer: ReadAhead.Writer<Int>) throws in
        try source.withUnsafeBytes { bytes in
          try writer.write(UnsafeRawBufferPointer(rebasing: bytes[..<20]))
          try writer.mark(round)
          try writer.write(UnsafeRawBufferPointer(rebasing: bytes[20...]))
        }
        switch round % 4 {
        case 1: throw Failure.producer
        case 2: while true { try writer.mark(-1) }
        default: break
        }
      }
      let consume = { (item: ReadAhead.Item<Int>) throws in
        switch item {
        case .bytes(let chunk): received += chunk
        case .mark(let mark):
          marks.append(mark)
          if round % 4 == 2 && mark == -1 { throw Failure.consumer }
        }
      }
      switch round % 4 {
      case 1:
        #expect(throws: Failure.producer) { try Self.run(slotSize: 7, slots: 2, produce: produce, consume: consume) }
        #expect(received == source && marks == [round], "round \(round)")
      case 2:
        #expect(throws: Failure.consumer) { try Self.run(slotSize: 7, slots: 2, produce: produce, consume: consume) }
        #expect(received == source && marks == [round, -1], "round \(round)")
      default:
        try Self.run(slotSize: round % 8 == 3 ? 256 : 7, slots: 2 + round % 3, produce: produce, consume: consume)
        #expect(received == source && marks == [round], "round \(round)")
      }
    }
  }

  final class Witness {}

  @Test("run lets go of everything the producer captured before it returns")
  func producerReleasedOnReturn() throws {
    weak var weakWitness: Witness?
    do {
      let witness = Witness()
      weakWitness = witness
      try Self.run(slotSize: 7, slots: 2) { (writer: ReadAhead.Writer<Int>) in
        withExtendedLifetime(witness) {}
        try writer.mark(1)
      } consume: { _ in }
    }
    #expect(weakWitness == nil)
  }
}
