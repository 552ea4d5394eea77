/// An error detected while decompressing a stream.
///
/// Two errors are equal when their ``code`` and ``method`` are equal; ``inputOffset``
/// and ``message`` are diagnostics and do not take part in equality or hashing.
public struct DecompressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kind of failure. Compare against the static members, e.g. `error.code == .truncated`.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    private enum Kind: Hashable, Sendable {
      case corrupt, truncated, trailingData, outOfMemory, unsupported
    }

    private let kind: Kind

    private init(_ kind: Kind) { self.kind = kind }

    /// The compressed data is invalid (bad header, bad block, checksum mismatch, …).
    public static let corrupt = Code(.corrupt)
    /// The input finished before the end of the stream or frame.
    public static let truncated = Code(.truncated)
    /// Bytes follow the end of the stream where no more data is allowed.
    public static let trailingData = Code(.trailingData)
    /// The compression library could not allocate memory.
    public static let outOfMemory = Code(.outOfMemory)
    /// The stream is valid-looking but uses something this library does not accept
    /// (a preset dictionary, a window larger than the configured limit, an unknown version, …).
    public static let unsupported = Code(.unsupported)

    /// The code's name, e.g. `"truncated"`.
    public var description: String {
      switch kind {
      case .corrupt: "corrupt"
      case .truncated: "truncated"
      case .trailingData: "trailingData"
      case .outOfMemory: "outOfMemory"
      case .unsupported: "unsupported"
      }
    }
  }

  /// What went wrong.
  public var code: Code
  /// The encoding being decoded.
  public var method: CompressionMethod
  /// How many compressed bytes of this stream had been consumed when the error was detected.
  public var inputOffset: Int
  /// A lower-case message without a final period, including the compression library's own
  /// error text where there is one, e.g. `"could not uncompress data: invalid stored block lengths"`.
  public var message: String

  /// Creates an error value.
  public init(code: Code, method: CompressionMethod, inputOffset: Int, message: String) {
    self.code = code
    self.method = method
    self.inputOffset = inputOffset
    self.message = message
  }

  /// `"<method>: <message> (at compressed byte <offset>)"`.
  public var description: String {
    "\(method.name): \(message) (at compressed byte \(inputOffset))"
  }

  public static func == (lhs: DecompressionError, rhs: DecompressionError) -> Bool {
    lhs.code == rhs.code && lhs.method == rhs.method
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(method)
  }
}
