import PGDumpCLI

RootCommand.main()
