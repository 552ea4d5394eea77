import PGDumpTools

/// A SARIF 2.1.0 log of a validation, for code-scanning dashboards: one rule per finding code,
/// one result per finding, the location as file + line/column (plain scripts) or byte offset.
struct SARIFLog: Encodable {
  let version = "2.1.0"
  let schema = "https://json.schemastore.org/sarif-2.1.0.json"
  let runs: [Run]

  enum CodingKeys: String, CodingKey {
    case version
    case schema = "$schema"
    case runs
  }

  struct Run: Encodable {
    let tool: Tool
    let results: [Result]
  }
  struct Tool: Encodable { let driver: Driver }
  struct Driver: Encodable {
    let name = "pgdumpkit"
    let informationUri = "https://github.com/pgdumpkit/pgdumpkit"
    let rules: [Rule]
  }
  struct Rule: Encodable {
    let id: String
    let shortDescription: Message
  }
  struct Message: Encodable { let text: String }
  struct Result: Encodable {
    let ruleId: String
    let level: String
    let message: Message
    let locations: [Location]
  }
  struct Location: Encodable { let physicalLocation: PhysicalLocation }
  struct PhysicalLocation: Encodable {
    let artifactLocation: ArtifactLocation
    let region: Region?
  }
  struct ArtifactLocation: Encodable { let uri: String }
  struct Region: Encodable {
    let startLine: Int?
    let startColumn: Int?
    let byteOffset: Int64?
  }

  init(_ report: ValidationReport) {
    var rules: [String: Rule] = [:]
    let results = report.findings.map { finding in
      rules[finding.code] = Rule(id: finding.code, shortDescription: Message(text: finding.code))
      var text = finding.message
      if let entry = finding.entry { text += " (TOC entry \(entry.label))" }
      if let hint = finding.hint { text += "; \(hint)" }
      let region =
        finding.line != nil || finding.offset != nil
        ? Region(startLine: finding.line, startColumn: finding.column, byteOffset: finding.offset) : nil
      return Result(
        ruleId: finding.code, level: finding.severity == .note ? "note" : finding.severity.rawValue,
        message: Message(text: text),
        locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: finding.file), region: region))])
    }
    runs = [Run(tool: Tool(driver: Driver(rules: rules.values.sorted { $0.id < $1.id })), results: results)]
  }
}
