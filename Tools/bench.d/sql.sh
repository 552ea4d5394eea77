# Tools/bench.d/sql.sh — the "sql" section of Tools/bench (sourced by it; uses its variables and
# helpers: LEXER_*, PGDUMPKIT, PG_RESTORE, RESULTS, hyperfine settings, max_rss, shell_quote,
# write_doc_section).
#
# `pgdumpkit sql` against `pg_restore -f -` (PostgreSQL 17, which reads gzip, lz4 and zstd) on the
# lexer database (1 GiB+ of SQL, 99 % COPY data) as custom archives with gzip, lz4 and zstd, a
# directory archive (gzip) and a tar archive: one hyperfine run per archive, the two tools side
# by side. Before timing, both scripts are hashed: they must be identical (same restrict key).

run_sql() {
    local id archive kit pg hf_cmds=() took
    t0=$SECONDS
    local KEY=PGDUMPKITBENCH
    local ARCHIVES=(
        "custom-gzip $LEXER_CUSTOM_GZIP"
        "custom-lz4 $LEXER_CUSTOM_LZ4"
        "custom-zstd $LEXER_CUSTOM_ZSTD"
        "directory $LEXER_DIRECTORY"
        "tar $LEXER_TAR"
    )
    rm -f "$RESULTS"/sql-*
    : >"$RESULTS/sql-rss.tsv"
    : >"$RESULTS/sql-identical.tsv"
    for spec in "${ARCHIVES[@]}"; do
        read -r id archive <<<"$spec"
        kit="$PGDUMPKIT sql --restrict-key $KEY $archive > /dev/null"
        pg="$PG_RESTORE --restrict-key=$KEY -f - $archive > /dev/null"
        local a b
        a="$(sh -c "${kit% > /dev/null}" | sha256sum | cut -d' ' -f1)" || die "sql: failed: ${kit% > /dev/null}"
        b="$(sh -c "${pg% > /dev/null}" | sha256sum | cut -d' ' -f1)" || die "sql: failed: ${pg% > /dev/null}"
        printf '%s\t%s\t%s\n' "$id" "$a" "$([[ $a == "$b" ]] && echo identical || echo "DIFFERENT ($b)")" >>"$RESULTS/sql-identical.tsv"
        [[ $a == "$b" ]] || note "sql: $id: pgdumpkit's script differs from pg_restore's"
        local hf=(hyperfine --warmup "$WARMUP" --runs "$RUNS"
            --export-markdown "$RESULTS/sql-$id.md" --export-json "$RESULTS/sql-$id.json" "$kit" "$pg")
        hf_cmds+=("$(shell_quote "${hf[@]}")")
        note "hyperfine: sql $id"
        "${hf[@]}" >&2 || die "hyperfine sql $id failed"
        for cmd in "$kit" "$pg"; do
            printf '%s\t%s\t%s\n' "$id" "$cmd" "$(max_rss "$cmd")" >>"$RESULTS/sql-rss.tsv"
        done
    done
    PHASE_SECS[measure-sql]=$((SECONDS - t0))
    took=$((PHASE_SECS[build] + PHASE_SECS[measure-sql]))
    local SECTION="$RESULTS/sql-section.md"
    {
        echo "## sql: pg_restore -f on 1 GiB+ archives"
        echo
        echo "\`pgdumpkit sql\` and the real \`pg_restore -f -\` (PostgreSQL 17) writing the same script to"
        echo "/dev/null, side by side, on the lexer database of the sections above dumped by the same"
        echo "\`pg_dump\` 17 as custom archives (gzip, lz4, zstd), a directory archive (gzip) and a tar archive."
        echo "Both scripts were hashed first: the \"same output\" column says whether they are byte-identical."
        echo "Written by \`Tools/bench\` (\`Tools/bench --only sql\`)."
        if ((QUICK)); then echo; echo "**Smoke test (\`--quick\`): a small dump, few runs — not representative.**"; fi
        echo
        echo "- Command: \`$INVOCATION\`"
        echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- Machine: $CPU, $(nproc) CPUs (nproc), $MEM RAM, $OS, Linux $(uname -r)"
        echo "- Versions: pgdumpkit $("$PGDUMPKIT" --version) ($KIT_BUILD), $("$PG_RESTORE" --version), $(hyperfine --version)"
        echo "- $WARMUP warm-up runs, $RUNS timed runs; peak RSS over $RSS_RUNS run(s). Took $((took / 60)) min $((took % 60)) s."
        echo
        python3 - "$RESULTS" "$LEXER_BYTES" "${ARCHIVES[@]}" <<'PY'
import json, os, subprocess, sys
results, size, specs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rss = {}
for line in open(os.path.join(results, "sql-rss.tsv")):
    ident, cmd, kib = line.rstrip("\n").split("\t")
    rss[(ident, "pg_restore" in cmd)] = int(kib)
same = dict((l.split("\t")[0], l.rstrip("\n").split("\t")[2]) for l in open(os.path.join(results, "sql-identical.tsv")))
def du(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True).stdout.split()[0])
print("| Archive | Size | pgdumpkit sql | pg_restore -f | pgdumpkit / pg_restore | Peak RSS (pgdumpkit / pg_restore) | Same output |")
print("|:---|---:|---:|---:|---:|---:|:---|")
for spec in specs:
    ident, path = spec.split(" ", 1)
    rows = json.load(open(os.path.join(results, f"sql-{ident}.json")))["results"]
    kit, pg = rows[0], rows[1]
    fmt = lambda r: f"{r['mean']:.3f} ± {(r['stddev'] or 0):.3f} s"
    print(f"| {ident} (`{path}`) | {du(path) / 2**20:,.0f} MiB | {fmt(kit)} | {fmt(pg)} | {kit['mean'] / pg['mean']:.2f}× |"
          f" {rss[(ident, False)] / 1024:.1f} / {rss[(ident, True)] / 1024:.1f} MiB | {same.get(ident, '?')} |")
print()
print(f"Each script is {size:,} bytes of SQL and COPY data, plus the ownership and ACL statements pg_restore adds.")
PY
        echo
        echo "### Command lines"
        echo
        echo '```sh'
        printf '%s\n' "${hf_cmds[@]}"
        echo '```'
    } >"$SECTION"
    echo
    cat "$SECTION"
    if ((DOCS)); then write_doc_section sql "$SECTION" "sql: pg_restore -f on 1 GiB+ archives"; fi
}
