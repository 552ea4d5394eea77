import PGDumpCLI

RootCommand.runMain()
