import ArgumentParser
import Testing

@testable import PGDumpCLI

@Suite struct StatementsCommandTests {
  @Test func statementsParsesItsOptions() throws {
    let command = try RootCommand.parseAsRoot(["statements", "--summary", "--tokens", "--server-version", "15", "--json", "-"])
    let statements = try #require(command as? StatementsCommand)
    #expect(statements.file == "-")
    #expect(statements.summary && statements.tokens && statements.json)
    #expect(statements.serverVersion == 15)
  }

  @Test func serverVersionOutsideTenToEighteenIsAUsageError() {
    #expect(throws: (any Error).self) { try RootCommand.parseAsRoot(["statements", "--server-version", "9", "x.sql"]) }
  }

  @Test func jsonStringsEscapeQuotesAndControlCharacters() {
    #expect(StatementsCommand.jsonString("a\"b\\c\nd\u{01}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
  }
}
