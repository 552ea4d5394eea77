#!/usr/bin/env python3
"""Build Corpus/manifest.json from the TSV files Tools/make-corpus writes.

usage: manifest.py CORPUS_DIR RECORDS_TSV RESULTS_TSV > manifest.json

RECORDS_TSV: path, pgMajor, pgVersion, database, encoding, format, compression, piped,
             restrictKey (of the pg_dump command; "null" if none), command
RESULTS_TSV: path, kind (list|script), pg major of pg_restore, exit status, stdout, stderr,
             restrict key ("-" for none); "-" marks a missing file
"""
import json
import os
import sys
import tarfile


def opt(value):
    return None if value in ("", "-", "null") else value


def archive_version(corpus, rel, fmt):
    """Archive version "maj.min" read from the header (custom file, toc.dat, or tar's toc.dat)."""
    path = os.path.join(corpus, rel)
    if fmt == "custom":
        with open(path, "rb") as f:
            head = f.read(8)
    elif fmt == "directory":
        with open(os.path.join(path, "toc.dat"), "rb") as f:
            head = f.read(8)
    elif fmt == "tar":
        with tarfile.open(path) as t:
            head = t.extractfile("toc.dat").read(8)
    else:
        return None
    if head[:5] != b"PGDMP":
        raise SystemExit(f"{rel}: no PGDMP magic")
    return f"{head[5]}.{head[6]}"


def main():
    corpus, records_tsv, results_tsv = sys.argv[1:4]
    results = {}
    with open(results_tsv, encoding="utf-8") as f:
        for line in f:
            path, kind, major, status, out, err, key = line.rstrip("\n").split("\t")
            results.setdefault(path, {"list": {}, "script": None})
            entry = {"status": int(status), "stdout": opt(out), "stderr": opt(err)}
            if kind == "list":
                results[path]["list"][major] = entry
            else:
                results[path]["script"] = {"pgMajor": int(major), **entry, "restrictKey": opt(key)}

    manifest = []
    with open(records_tsv, encoding="utf-8") as f:
        for line in f:
            (path, major, version, db, enc, fmt, comp, piped, key, cmd) = line.rstrip("\n").split("\t")
            res = results.get(path, {"list": {}, "script": None})
            manifest.append({
                "path": path,
                "pgMajor": int(major),
                "pgVersion": version,
                "database": opt(db),
                "encoding": enc,
                "format": fmt,
                "compression": comp,
                "piped": piped == "true",
                "archiveVersion": archive_version(corpus, path, fmt),
                "lists": res["list"],
                "script": res["script"],
                "dumpRestrictKey": opt(key),
                "command": cmd,
            })
    json.dump(manifest, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
