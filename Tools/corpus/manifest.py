#!/usr/bin/env python3
"""Build Corpus/manifest.json from the TSV files Tools/make-corpus writes.

usage: manifest.py CORPUS_DIR RECORDS_TSV RESULTS_TSV > manifest.json
       manifest.py --add-psql-statements CORPUS_DIR
           (sets the psqlStatements field of every record of an existing CORPUS_DIR/manifest.json,
            in place, after Tools/corpus/psql-statements was run on its own)

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


def psql_statements(corpus, rel, fmt):
    """The <script>.psql-statements reference of a plain or dumpall script (Tools/corpus/psql-statements)."""
    if fmt not in ("plain", "dumpall"):
        return None
    ref = rel + ".psql-statements"
    if not os.path.isfile(os.path.join(corpus, ref)):
        raise SystemExit(f"{ref} is missing (run Tools/corpus/psql-statements)")
    return ref


def add_psql_statements(corpus):
    """Rewrite CORPUS/manifest.json with psqlStatements set (placed after "script") in every record."""
    path = os.path.join(corpus, "manifest.json")
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    updated = []
    for rec in manifest:
        ref = psql_statements(corpus, rec["path"], rec["format"])
        new = {}
        for key, value in rec.items():
            if key != "psqlStatements":
                new[key] = value
            if key == "script":
                new["psqlStatements"] = ref
        updated.append(new)
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        json.dump(updated, f, indent=2, ensure_ascii=False)
        f.write("\n")
    os.replace(path + ".tmp", path)


def main():
    if sys.argv[1:2] == ["--add-psql-statements"] and len(sys.argv) == 3:
        add_psql_statements(sys.argv[2])
        return
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
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
                "psqlStatements": psql_statements(corpus, path, fmt),
                "dumpRestrictKey": opt(key),
                "command": cmd,
            })
    json.dump(manifest, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
