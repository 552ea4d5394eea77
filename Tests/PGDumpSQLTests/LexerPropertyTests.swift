import PGDumpSQL
import Testing
import _PGDumpTestSupport

/// Properties over random input, from a fixed seed.
@Suite struct LexerPropertyTests {
  /// Pieces that steer random text into every lexer state and its edges.
  static let pieces: [[UInt8]] = {
    let texts = [
      "'", "\"", "\\", "$", "-", "/", "*", "\n", "\r", " ", "\t", "\u{0B}", "\u{0C}", "e", "E", "n", "b", "x",
      "u", "U", "&", "a", "z", "_", "0", "1", "9", ".", ":", ";", "+", "=", "?", "!", "<", ">", "(", ")", "{",
      "U&", "$$", "$a$", "/*", "*/", "--", "E'", "\\u", "\\U", "D800", "DC00", "0041", " UESCAPE ", "'!'", "0x",
      "1e", "$1", "''", "\"\"", "\\'",
    ]
    return texts.map { Array($0.utf8) } + [[0x00], [0x80], [0xC3, 0xA9], [0xFF], [0x95, 0x5C]]
  }()

  static func randomInput(_ generator: inout SeededGenerator, maxPieces: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0...maxPieces, using: &generator) {
      if Int.random(in: 0..<8, using: &generator) == 0 {
        bytes.append(UInt8.random(in: 0...255, using: &generator))
      } else {
        bytes += pieces.randomElement(using: &generator)!
      }
    }
    return bytes
  }

  @Test("lossless: tokens are non-empty, contiguous and rebuild the input, for every dialect")
  func lossless() {
    var generator = SeededGenerator(seed: 0x5EED_0001)
    for _ in 0..<300 {
      let input = Self.randomInput(&generator, maxPieces: 40)
      for dialect in Dialects.all {
        let tokens = SQLLexer(dialect: dialect).tokens(input)
        var rebuilt: [UInt8] = []
        var offset = 0
        var ok = true
        for token in tokens {
          if token.start != offset || token.end <= token.start { ok = false }
          if let error = token.error, !(token.range.contains(error.offset) || error.offset == token.end) {
            ok = false  // an error points into its token (or just past it, for "at end of input")
          }
          rebuilt += input[token.range]
          offset = token.end
        }
        #expect(ok && rebuilt == input, "\(dialect): \(input)")
        if !(ok && rebuilt == input) { return }
      }
    }
  }

  @Test("lossless on uniformly random bytes, including NUL and every high byte")
  func losslessUniform() {
    var generator = SeededGenerator(seed: 0x5EED_0002)
    for _ in 0..<200 {
      let input = (0..<Int.random(in: 0...64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
      for dialect in [Dialects.v(15), Dialects.v(18, scs: false)] {
        let tokens = SQLLexer(dialect: dialect).tokens(input)
        #expect(tokens.flatMap { input[$0.range] } == input)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.end == $1.start && $0.count > 0 })
      }
    }
  }

  /// The token at `start` of `prefix` lexed as not final: nil, or exactly the token the whole
  /// input gives there. A token that could still grow (or whose look-ahead could still change
  /// it) must not be returned early; chunked scanning depends on that.
  @Test("a token from an incomplete buffer is either withheld or final")
  func provisionalTokens() {
    var generator = SeededGenerator(seed: 0x5EED_0003)
    for _ in 0..<120 {
      let input = Self.randomInput(&generator, maxPieces: 14)
      for dialect in [Dialects.v(18), Dialects.v(15, scs: false, clientOnly: true)] {
        let lexer = SQLLexer(dialect: dialect)
        let tokens = lexer.tokens(input)
        for token in tokens {
          for length in (token.start + 1)..<max(token.start + 1, input.count) {
            let early = Array(input[0..<length]).withUnsafeBytes { lexer.token(in: $0, at: token.start, isFinal: false) }
            if let early, early != token {
              Issue.record("\(dialect): \(input) prefix \(length): \(early) before \(token)")
              return
            }
          }
          // With the whole input final, the same token comes back.
          let whole = input.withUnsafeBytes { lexer.token(in: $0, at: token.start, isFinal: true) }
          #expect(whole == token)
        }
      }
    }
  }

  @Test("tokens never depend on bytes before their start: lexing from any token boundary agrees")
  func restartable() {
    var generator = SeededGenerator(seed: 0x5EED_0004)
    for _ in 0..<150 {
      let input = Self.randomInput(&generator, maxPieces: 30)
      let lexer = SQLLexer(dialect: Dialects.v(17))
      let tokens = lexer.tokens(input)
      guard tokens.count > 2 else { continue }
      let cut = tokens[tokens.count / 2].start
      let tail = lexer.tokens(input[cut...])
      #expect(tail.map { $0.kind } == tokens[(tokens.count / 2)...].map(\.kind))
      #expect(tail.map { $0.range } == tokens[(tokens.count / 2)...].map { ($0.start - cut)..<($0.end - cut) })
    }
  }
}
