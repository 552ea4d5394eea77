# Tools/bench.d/dense.sh — the "dense" section of Tools/bench (sourced by it; uses its variables
# and helpers: OUT, PGDUMPKIT, RESULTS, QUICK, hyperfine settings, max_rss, shell_quote,
# write_doc_section).
#
# Scripts that are mostly statements rather than COPY data, where psql's splitting rules and the
# per-statement checks cost more than the byte scans: the body of the pg17 corpus dump
# (Corpus/dumps/pg17/main.plain.sql: DDL of every object kind, comments, small COPY blocks)
# repeated, and a pg_dump --inserts-style script of one-row INSERT statements. Both are made from
# the corpus alone (no server): `statements --summary` and `validate` are timed on each, with
# `cat` as the physical anchor.

# The body of the corpus dump (from its first `-- Name:` header to its trailer) repeated N times
# between its own header and trailer.
make_dense_inputs() {
    local source="$REPO/Corpus/dumps/pg17/main.plain.sql" repeats inserts
    [[ -f $source ]] || die "dense: $source is missing (Tools/make-corpus)"
    if ((QUICK)); then repeats=40 inserts=40000; else repeats=1500 inserts=1500000; fi
    DENSE_DDL="$OUT/dense.ddl.sql"
    DENSE_INSERTS="$OUT/dense.inserts.sql"
    local params="repeats=$repeats inserts=$inserts source=$(sha256sum "$source" | cut -c1-16)"
    if [[ -f $DENSE_DDL && -f $DENSE_INSERTS && -f $OUT/dense.params && $(cat "$OUT/dense.params") == "$params" ]] \
        && ((!REGEN)); then
        note "dense inputs: reused"
        return
    fi
    note "dense inputs: generating ($params)"
    python3 - "$source" "$DENSE_DDL" "$DENSE_INSERTS" "$repeats" "$inserts" <<'PY'
import sys
source, ddl, inserts, repeats, rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
data = open(source, "rb").read()
start = data.index(b"-- Name:")
start = data.rindex(b"--\n", 0, start)
end = data.index(b"--\n-- PostgreSQL database dump complete")
head, body, tail = data[:start], data[start:end], data[end:]
with open(ddl + ".tmp", "wb") as f:
    f.write(head)
    for _ in range(repeats):
        f.write(body)
    f.write(tail)
with open(inserts + ".tmp", "wb") as f:
    f.write(head)
    for i in range(rows):
        f.write(b"INSERT INTO app.events (event_id, level, message, amount) VALUES (%d, 'info', 'row %d: it''s fine', %d.5);\n" % (i, i, i))
    f.write(tail)
import os
os.replace(ddl + ".tmp", ddl)
os.replace(inserts + ".tmp", inserts)
PY
    echo "$params" >"$OUT/dense.params"
}

run_dense() {
    local t0=$SECONDS spec id cmd hf_cmd took
    make_dense_inputs
    local S=$'\x1f'
    local BENCHES=(
        "cat-ddl${S}cat $DENSE_DDL > /dev/null"
        "statements-ddl${S}$PGDUMPKIT statements --summary $DENSE_DDL > /dev/null"
        "validate-ddl${S}$PGDUMPKIT validate $DENSE_DDL > /dev/null"
        "cat-inserts${S}cat $DENSE_INSERTS > /dev/null"
        "statements-inserts${S}$PGDUMPKIT statements --summary $DENSE_INSERTS > /dev/null"
        "validate-inserts${S}$PGDUMPKIT validate $DENSE_INSERTS > /dev/null"
    )
    rm -f "$RESULTS"/dense.* "$RESULTS"/dense-*
    # validate's verdicts are kept (warnings expected: the corpus's clear-text FDW passwords).
    "$PGDUMPKIT" validate "$DENSE_DDL" >"$RESULTS/dense-validate-ddl.out" || true
    "$PGDUMPKIT" validate "$DENSE_INSERTS" >"$RESULTS/dense-validate-inserts.out" || true
    local hf=(hyperfine --warmup "$WARMUP" --runs "$RUNS"
        --export-markdown "$RESULTS/dense.md" --export-json "$RESULTS/dense.json")
    for spec in "${BENCHES[@]}"; do
        IFS=$S read -r id cmd <<<"$spec"
        hf+=("$cmd")
    done
    hf_cmd="$(shell_quote "${hf[@]}")"
    note "hyperfine: dense"
    "${hf[@]}" >&2 || die "hyperfine dense failed"
    : >"$RESULTS/dense-rss.tsv"
    for spec in "${BENCHES[@]}"; do
        IFS=$S read -r id cmd <<<"$spec"
        case $id in cat-*) continue ;; esac
        note "max RSS: dense $id"
        printf '%s\t%s\n' "$cmd" "$(max_rss "$cmd")" >>"$RESULTS/dense-rss.tsv"
    done
    PHASE_SECS[measure-dense]=$((SECONDS - t0))
    took=$((PHASE_SECS[build] + PHASE_SECS[measure-dense]))
    local SECTION="$RESULTS/dense-section.md"
    {
        echo "## dense: statement-heavy scripts (DDL, --inserts)"
        echo
        echo "Scripts that are mostly statements rather than COPY data, made from the corpus without a"
        echo "server: the body of \`Corpus/dumps/pg17/main.plain.sql\` (DDL of every object kind, comments,"
        echo "small COPY blocks) repeated between its header and trailer, and a pg_dump \`--inserts\`-style"
        echo "script of one-row INSERT statements. psql's splitting rules and the per-statement checks cost"
        echo "more here than the byte scans of the lexer section. Written by \`Tools/bench\` (\`Tools/bench --only dense\`)."
        if ((QUICK)); then echo; echo "**Smoke test (\`--quick\`): small inputs, few runs — not representative.**"; fi
        echo
        echo "- Command: \`$INVOCATION\`"
        echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- Machine: $CPU, $(nproc) CPUs (nproc), $MEM RAM, $OS, Linux $(uname -r)"
        echo "- Versions: pgdumpkit $("$PGDUMPKIT" --version) ($KIT_BUILD), $(hyperfine --version)"
        echo "- Inputs: \`$DENSE_DDL\` ($(stat -c %s "$DENSE_DDL") bytes, $(cat "$OUT/dense.params")),"
        echo "  \`$DENSE_INSERTS\` ($(stat -c %s "$DENSE_INSERTS") bytes)."
        echo "- $WARMUP warm-up runs, $RUNS timed runs; peak RSS over $RSS_RUNS run(s). Took $((took / 60)) min $((took % 60)) s."
        echo
        python3 - "$RESULTS" "$(stat -c %s "$DENSE_DDL")" "$(stat -c %s "$DENSE_INSERTS")" "$DENSE_DDL" <<'PY'
import json, os, sys
results, ddl_size, ins_size, ddl = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rss = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(results, "dense-rss.tsv")))
rows = json.load(open(os.path.join(results, "dense.json")))["results"]
print("| Command | Mean ± σ | Throughput | Peak RSS |")
print("|:---|---:|---:|---:|")
for r in rows:
    mean, sd = r["mean"], r["stddev"] or 0.0
    size = ddl_size if ddl in r["command"] else ins_size
    t = f"{mean:.3f} ± {sd:.3f} s" if mean >= 1 else f"{mean * 1000:.1f} ± {sd * 1000:.1f} ms"
    m = f"{int(rss[r['command']]) / 1024:.1f} MiB" if r["command"] in rss else "—"
    print(f"| `{r['command']}` | {t} | {size / mean / 1e6:,.0f} MB/s | {m} |")
PY
        echo
        echo "### Command lines"
        echo
        echo '```sh'
        echo "$hf_cmd"
        echo '```'
        echo
        echo "Reports of \`pgdumpkit validate\`:"
        echo
        echo '```'
        tail -n 1 "$RESULTS/dense-validate-ddl.out"
        tail -n 1 "$RESULTS/dense-validate-inserts.out"
        echo '```'
    } >"$SECTION"
    echo
    cat "$SECTION"
    if ((DOCS)); then write_doc_section dense "$SECTION" "dense: statement-heavy scripts (DDL, --inserts)"; fi
}
