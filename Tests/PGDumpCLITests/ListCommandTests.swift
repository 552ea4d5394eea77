import ArgumentParser
import Testing

@testable import PGDumpCLI

@Suite struct ListCommandTests {
  @Test func asVersionOutsideFifteenToEighteenIsAUsageError() {
    #expect(throws: (any Error).self) { try RootCommand.parseAsRoot(["list", "--as-version", "14", "x.dump"]) }
    #expect(RootCommand.exitCode(for: ValidationError("x")) == .validationFailure)
  }

  @Test func listParsesItsOptions() throws {
    let command = try RootCommand.parseAsRoot(["list", "-v", "-C", "--json", "--as-version", "16", "-"])
    let list = try #require(command as? ListCommand)
    #expect(list.archive == "-")
    #expect(list.asVersion == 16)
    #expect(list.verbose && list.create && list.json)
  }
}
