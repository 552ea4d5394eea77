// _PGDumpTestSupport
