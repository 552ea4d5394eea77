import Dispatch
import PGDumpFormat

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and decompressing on a second core while the caller works through the bytes.
///
/// `run` starts `produce` on a thread of its own and hands what it writes to `consume`, in
/// order, on the calling thread. Bytes travel in a fixed ring of slots (`slots` × `slotSize`
/// bytes): the producer waits when every slot is full and the consumer waits when none is, so
/// memory is bounded whatever the input size. Marks (an entry starts, an entry ended with an
/// error, …) travel in the same order as the bytes around them.
///
/// This is how `validate` decompresses and checks in parallel: `pg_restore` decompresses and
/// writes on one core; with two, the check costs no time as long as it is the faster half.
///
/// ```swift
/// try ReadAhead.run(produce: { writer in
///   while try writer.fill({ try input.read(into: $0) }) > 0 {}
/// }, consume: { item in
///   if case .bytes(let chunk) = item { try scanner.feed(chunk, sink) }
/// })
/// ```
public enum ReadAhead {
  public enum Item<Mark> {
    case bytes(UnsafeRawBufferPointer)
    case mark(Mark)
  }

  /// 4 × 1 MiB: a slot is handed over about once a millisecond at 1 GB/s, so waking the other
  /// thread (expensive in a VM) stays rare. On the 2-vCPU bench machine 256 KiB × 8 and
  /// 16 × 256 KiB were slower and other sizes no better (side-by-side hyperfine runs of
  /// `validate` on the bench's zstd archive, not kept in Tools/).
  public static let defaultSlotSize = 1 << 20
  public static let defaultSlots = 4

  /// Thrown inside the producer once the consumer has given up; `run` then rethrows the
  /// consumer's error instead.
  public struct Cancelled: Error {}

  /// Runs `produce` on another thread and `consume` on this one until the producer returns.
  /// Errors from either side end the run and are rethrown here (the consumer's first).
  public static func run<Mark>(
    slotSize: Int = defaultSlotSize, slots: Int = defaultSlots,
    produce: (Writer<Mark>) throws -> Void,
    consume: (Item<Mark>) throws -> Void
  ) throws {
    let channel = Channel<Mark>(slotSize: max(slotSize, 1), slots: max(slots, 2))
    defer { channel.deallocate() }
    try withoutActuallyEscaping(produce) { produce in
      let thread = try ProducerThread {
        let writer = Writer(channel: channel)
        var failure: (any Error)? = nil
        do {
          try produce(writer)
        } catch {
          failure = error
        }
        writer.finish(failure)
      }
      var consumerError: (any Error)? = nil
      var producerError: (any Error)? = nil
      var index = 0
      draining: while true {
        channel.filled.wait()
        let slot = channel.slots[index % channel.slots.count]
        index &+= 1
        if consumerError == nil {
          do {
            if slot.count > 0 { try consume(.bytes(UnsafeRawBufferPointer(rebasing: slot.buffer[0..<slot.count]))) }
            for mark in slot.marks { try consume(.mark(mark)) }
          } catch {
            consumerError = error
            channel.cancel()
          }
        }
        let isLast = slot.isLast
        producerError = slot.error
        slot.reset()
        channel.free.signal()
        if isLast { break draining }
      }
      thread.join()
      if let consumerError { throw consumerError }
      if let producerError, !(producerError is Cancelled) { throw producerError }
    }
  }

  /// The producer's end: fills slots and publishes them to the consumer. Used by the producing
  /// thread only (a class so that a decompressor's output callback and its sink can share it).
  public final class Writer<Mark> {
    let channel: Channel<Mark>
    var current: Slot<Mark>? = nil
    var next = 0

    init(channel: Channel<Mark>) { self.channel = channel }

    /// Copies `bytes` into the ring (waiting for free slots as needed). Bytes written into the
    /// buffer ``output()`` returned are taken where they are, without a copy — which requires
    /// that nothing else is written, filled or marked between that `output()` and this call.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
      if let slot = current, let start = bytes.baseAddress, let base = slot.buffer.baseAddress,
        start == UnsafeRawPointer(base + slot.count), bytes.count <= slot.buffer.count - slot.count
      {
        slot.count += bytes.count
        if slot.buffer.count - slot.count < Self.minimumRoom { publish() }
        return
      }
      var rest = bytes
      while !rest.isEmpty {
        let slot = try acquire()
        let room = slot.buffer.count - slot.count
        let taken = min(room, rest.count)
        UnsafeMutableRawBufferPointer(rebasing: slot.buffer[slot.count..<(slot.count + taken)])
          .copyMemory(from: UnsafeRawBufferPointer(rebasing: rest[0..<taken]))
        slot.count += taken
        rest = UnsafeRawBufferPointer(rebasing: rest[taken...])
        if slot.count == slot.buffer.count { publish() }
      }
    }

    /// Lets `read` write straight into the free part of a slot (no copy): it returns how many
    /// bytes it wrote, and so does `fill`; 0 means the input ended.
    public func fill(_ read: (UnsafeMutableRawBufferPointer) throws -> Int) throws -> Int {
      let slot = try acquire()
      let room = UnsafeMutableRawBufferPointer(rebasing: slot.buffer[slot.count...])
      let count = try read(room)
      precondition(count >= 0 && count <= room.count, "fill: read returned a count outside its buffer")
      slot.count += count
      if slot.count == slot.buffer.count { publish() }
      return count
    }

    /// The free part of the current slot, for a decompressor to write into (see
    /// ``Archive/readData(of:output:_:)``); the bytes then go to ``write(_:)`` as they are.
    /// A slot with less than ``minimumRoom`` left is sent on first.
    public func output() throws -> UnsafeMutableRawBufferPointer {
      var slot = try acquire()
      if slot.buffer.count - slot.count < Self.minimumRoom && slot.count > 0 {
        publish()
        slot = try acquire()
      }
      return UnsafeMutableRawBufferPointer(rebasing: slot.buffer[slot.count...])
    }

    /// Smallest room worth handing to a decompressor (each round costs a library call).
    static var minimumRoom: Int { 16 << 10 }

    /// Sends `mark` after the bytes written so far.
    public func mark(_ mark: Mark) throws {
      let slot = try acquire()
      slot.marks.append(mark)
      publish()
    }

    func acquire() throws -> Slot<Mark> {
      if let current { return current }
      channel.free.wait()
      if channel.isCancelled {
        channel.free.signal()
        throw Cancelled()
      }
      let slot = channel.slots[next % channel.slots.count]
      next &+= 1
      current = slot
      return slot
    }

    func publish() {
      guard current != nil else { return }
      current = nil
      channel.filled.signal()
    }

    /// The last slot: whatever is pending, then the end (and the producer's error).
    func finish(_ error: (any Error)?) {
      var slot = current
      if slot == nil {
        channel.free.wait()
        slot = channel.slots[next % channel.slots.count]
      }
      slot?.isLast = true
      slot?.error = error
      channel.filled.signal()
    }
  }

  /// One slot of the ring. Owned by the producer between `free.wait` and `filled.signal`, by
  /// the consumer between `filled.wait` and `free.signal`; the semaphores order the accesses.
  public final class Slot<Mark>: @unchecked Sendable {
    let buffer: UnsafeMutableRawBufferPointer
    var count = 0
    var marks: [Mark] = []
    var isLast = false
    var error: (any Error)? = nil

    init(size: Int) { buffer = .allocate(byteCount: size, alignment: 64) }

    func reset() {
      count = 0
      marks.removeAll(keepingCapacity: true)
      isLast = false
      error = nil
    }
  }

  public final class Channel<Mark>: @unchecked Sendable {
    let slots: [Slot<Mark>]
    /// Slots the producer may fill; slots the consumer may read.
    let free: DispatchSemaphore
    let filled = DispatchSemaphore(value: 0)
    private let lock = DispatchSemaphore(value: 1)
    private var cancelled = false

    init(slotSize: Int, slots: Int) {
      self.slots = (0..<slots).map { _ in Slot(size: slotSize) }
      free = DispatchSemaphore(value: slots)
    }

    var isCancelled: Bool {
      lock.wait()
      defer { lock.signal() }
      return cancelled
    }

    func cancel() {
      lock.wait()
      cancelled = true
      lock.signal()
    }

    func deallocate() {
      for slot in slots { slot.buffer.deallocate() }
    }
  }
}

/// A POSIX thread running one closure, joined explicitly (so that `run` knows the producer has
/// let go of everything it borrowed before it returns).
struct ProducerThread: ~Copyable {
  final class Body {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
  }

  #if canImport(Glibc)
  private let thread: pthread_t
  #else
  private let thread: pthread_t?
  #endif

  init(_ run: @escaping () -> Void) throws {
    let body = Unmanaged.passRetained(Body(run)).toOpaque()
    #if canImport(Glibc)
    var thread = pthread_t()
    let rc = pthread_create(&thread, nil, { argument in
      Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
      return nil
    }, body)
    #else
    var thread: pthread_t? = nil
    let rc = pthread_create(&thread, nil, { argument in
      Unmanaged<Body>.fromOpaque(argument).takeRetainedValue().run()
      return nil
    }, body)
    #endif
    guard rc == 0 else {
      Unmanaged<Body>.fromOpaque(body).release()
      throw ArchiveError(.io, "could not start a reading thread: error \(rc)")
    }
    self.thread = thread
  }

  consuming func join() {
    #if canImport(Glibc)
    pthread_join(thread, nil)
    #else
    if let thread { pthread_join(thread, nil) }
    #endif
  }
}
