import ArgumentParser

/// `pgdumpkit`: open any PostgreSQL dump without a database server.
public struct RootCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "pgdumpkit",
    abstract: "Open PostgreSQL dumps (custom, directory, tar, plain) without a database server.",
    discussion: """
      Exit status: 0 success, 1 the command found what it looks for (e.g. identify: not a dump),
      2 the dump could not be read (damaged, truncated, unsupported), 64 usage error.
      """,
    version: "0.1.0",
    subcommands: [ListCommand.self, IdentifyCommand.self, StatementsCommand.self, ValidateCommand.self, DataCommand.self, SQLCommand.self])

  public init() {}

  /// Parses the process arguments and runs the command (the executable's entry point).
  public static func runMain() { main() }
}
