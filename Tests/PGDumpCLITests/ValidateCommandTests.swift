import ArgumentParser
import PGDumpTools
import Testing

@testable import PGDumpCLI

@Suite struct ValidateCommandTests {
  @Test func validateParsesItsOptions() throws {
    let command = try RootCommand.parseAsRoot(
      ["validate", "--target-version", "17", "--format", "sarif", "--max-findings", "5", "dump.sql"])
    let validate = try #require(command as? ValidateCommand)
    #expect(validate.targetVersion == 17)
    #expect(validate.format == .sarif)
    #expect(validate.maxFindings == 5)
    #expect(throws: (any Error).self) { try RootCommand.parseAsRoot(["validate", "--target-version", "9", "x"]) }
  }

  static let report: ValidationReport = {
    var report = ValidationReport(path: "d.sql", kind: "plain", encoding: "UTF8", targetMajor: 18)
    report.findings = [
      ValidationFinding(
        code: "copy-extra-data", severity: .error, message: "extra data after last expected column",
        hint: "COPY public.t, line 3", file: "d.sql", offset: 141, line: 10, column: 1, entry: nil, copyLine: 3)
    ]
    report.errors = 1
    report.statements = 4
    return report
  }()

  @Test("text output: compiler-style location, message, code, context, totals")
  func textOutput() {
    let text = ValidateCommand.text(Self.report)
    #expect(text.hasPrefix("d.sql:10:1: error: extra data after last expected column [copy-extra-data]\n  context: COPY public.t, line 3\n"))
    #expect(text.hasSuffix("1 error, 0 warnings\n"))
  }

  @Test("SARIF: one rule per code, a result with level, message and region")
  func sarif() throws {
    let log = SARIFLog(Self.report)
    #expect(log.version == "2.1.0")
    let run = try #require(log.runs.first)
    #expect(run.tool.driver.rules.map(\.id) == ["copy-extra-data"])
    let result = try #require(run.results.first)
    #expect(result.level == "error")
    #expect(result.locations.first?.physicalLocation.region?.startLine == 10)
    #expect(result.locations.first?.physicalLocation.region?.byteOffset == 141)
  }
}
