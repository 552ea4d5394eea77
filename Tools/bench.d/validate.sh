# Tools/bench.d/validate.sh — the "validate" section of Tools/bench (sourced by it; uses its
# variables and helpers: LEXER_*, PGDUMPKIT, PG_RESTORE, RESULTS, hyperfine settings, max_rss,
# shell_quote, write_doc_section).
#
# The lexer database (a 1 GiB+ pg_dump 17 script, 99 % COPY data) validated in two forms made by
# the same pg_dump run: the plain script compressed with zstd, and a `pg_dump -Fc -Z zstd`
# archive. Anchors in the same hyperfine run: decompression alone (`zstd -dc`) and pg_restore
# printing the archive (`pg_restore -f - > /dev/null`).

run_validate() {
    local id cmd spec hf_cmd took
    t0=$SECONDS
    local S=$'\x1f'
    local BENCHES=(
        "zstd${S}decompression alone: the zstd plain script${S}zstd -dc $LEXER_PLAIN_ZSTD > /dev/null"
        "plain-zst${S}validate the zstd plain script${S}$PGDUMPKIT validate $LEXER_PLAIN_ZSTD > /dev/null"
        "plain${S}validate the plain script (uncompressed)${S}$PGDUMPKIT validate $LEXER_PLAIN > /dev/null"
        "pg_restore${S}pg_restore printing the zstd archive${S}$PG_RESTORE -f - $LEXER_CUSTOM_ZSTD > /dev/null"
        "custom-zst${S}validate the zstd custom archive${S}$PGDUMPKIT validate $LEXER_CUSTOM_ZSTD > /dev/null"
        "pg_restore-x2${S}two pg_restore at once: what sharing the machine's cores costs${S}sh -c '$PG_RESTORE -f - $LEXER_CUSTOM_ZSTD > /dev/null & $PG_RESTORE -f - $LEXER_CUSTOM_ZSTD > /dev/null & wait'"
    )
    rm -f "$RESULTS"/validate.md "$RESULTS"/validate.json "$RESULTS"/validate-*
    # Every validation must pass (exit 0) before it is timed; its report is kept.
    for spec in "${BENCHES[@]}"; do
        IFS=$S read -r id _ cmd <<<"$spec"
        case $id in plain*|custom*) ;; *) continue ;; esac
        sh -c "${cmd% > /dev/null} > $RESULTS/validate-$id.out" \
            || die "validate: failed: ${cmd% > /dev/null} (report in $RESULTS/validate-$id.out)"
    done
    local hf=(hyperfine --warmup "$WARMUP" --runs "$RUNS"
        --export-markdown "$RESULTS/validate.md" --export-json "$RESULTS/validate.json")
    for spec in "${BENCHES[@]}"; do
        IFS=$S read -r id _ cmd <<<"$spec"
        hf+=("$cmd")
    done
    hf_cmd="$(shell_quote "${hf[@]}")"
    note "hyperfine: validate"
    "${hf[@]}" >&2 || die "hyperfine validate failed"
    local rss_cmds=()
    : >"$RESULTS/validate-rss.tsv"
    for spec in "${BENCHES[@]}"; do
        IFS=$S read -r id _ cmd <<<"$spec"
        [[ $id == pg_restore-x2 ]] && continue  # two processes: no single peak RSS
        note "max RSS: validate $id"
        printf '%s\t%s\n' "$cmd" "$(max_rss "$cmd")" >>"$RESULTS/validate-rss.tsv"
        rss_cmds+=("/usr/bin/time -f %M ${cmd% > /dev/null} > /dev/null")
    done
    PHASE_SECS[measure-validate]=$((SECONDS - t0))
    took=$((PHASE_SECS[build] + PHASE_SECS[measure-validate]))
    local SECTION="$RESULTS/validate-section.md"
    {
        echo "## validate: a 1 GiB dump, plain and custom, zstd-compressed"
        echo
        echo "\`pgdumpkit validate\` (structure, every SQL text lexed, every COPY row checked for field"
        echo "counts, markers, line endings and encoding) on the lexer database of the section above, as"
        echo "made by the same \`pg_dump\` 17: the plain script compressed with \`zstd -3\`, and"
        echo "\`pg_dump -Fc -Z zstd\`. In the same hyperfine run: decompression alone (\`zstd -dc\`) and the real"
        echo "\`pg_restore\` just printing the archive. Written by \`Tools/bench\` (\`Tools/bench --only validate\`)."
        echo
        echo "validate decompresses on a second thread while the first checks (Docs/validate.md), so its CPU"
        echo "time exceeds its wall time; pg_restore and zstd use one core. The CPU column shows the cost of"
        echo "the check: what validate spends beyond decompressing. The last row runs two pg_restore at once:"
        echo "its time over a single pg_restore's is what two busy threads cost each other on this machine."
        if ((QUICK)); then echo; echo "**Smoke test (\`--quick\`): a small dump, few runs — not representative.**"; fi
        echo
        echo "- Command: \`$INVOCATION\`"
        echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- Machine: $CPU, $(nproc) CPUs (nproc), $MEM RAM, $OS, Linux $(uname -r)"
        echo "- Versions: pgdumpkit $("$PGDUMPKIT" --version) ($KIT_BUILD), $("$PG_RESTORE" --version),"
        echo "  $(zstd --version), $(hyperfine --version)"
        echo "- Inputs: \`$LEXER_PLAIN_ZSTD\` ($(stat -c %s "$LEXER_PLAIN_ZSTD") bytes), \`$LEXER_CUSTOM_ZSTD\`"
        echo "  ($(stat -c %s "$LEXER_CUSTOM_ZSTD") bytes), both $LEXER_BYTES bytes of SQL once decompressed."
        echo "- $WARMUP warm-up runs, $RUNS timed runs; peak RSS over $RSS_RUNS run(s). Took $((took / 60)) min $((took % 60)) s."
        echo
        python3 - "$RESULTS" "$LEXER_BYTES" <<'PY'
import json, os, sys
results, size = sys.argv[1], int(sys.argv[2])
rss = dict(line.rstrip("\n").split("\t") for line in open(os.path.join(results, "validate-rss.tsv")))
rows = json.load(open(os.path.join(results, "validate.json")))["results"]
base = {r["command"].split()[0]: r["mean"] for r in rows}
zstd = next(r["mean"] for r in rows if r["command"].startswith("zstd "))
pg = next(r["mean"] for r in rows if "pg_restore" in r["command"])
print("| Command | Mean ± σ | CPU (user + sys) | SQL bytes/s | vs `zstd -dc` | vs `pg_restore -f -` | Peak RSS |")
print("|:---|---:|---:|---:|---:|---:|---:|")
for r in rows:
    mean, sd = r["mean"], r["stddev"] or 0.0
    t = f"{mean:.3f} ± {sd:.3f} s" if mean >= 1 else f"{mean * 1000:.1f} ± {sd * 1000:.1f} ms"
    m = f"{int(rss[r['command']]) / 1024:.1f} MiB" if r["command"] in rss else "—"
    cpu = f"{r['user'] + r['system']:.3f} s"
    print(f"| `{r['command']}` | {t} | {cpu} | {size / mean / 1e6:,.0f} MB/s | {mean / zstd:.2f}× | {mean / pg:.2f}× | {m} |")
PY
        echo
        echo "### Command lines"
        echo
        echo '```sh'
        echo "$hf_cmd"
        printf '%s\n' "${rss_cmds[@]}"
        echo '```'
        echo
        echo "Report of \`pgdumpkit validate\` on the custom archive:"
        echo
        echo '```'
        tail -n 5 "$RESULTS/validate-custom-zst.out"
        echo '```'
    } >"$SECTION"
    echo
    cat "$SECTION"
    if ((DOCS)); then write_doc_section validate "$SECTION" "validate: a 1 GiB dump, plain and custom, zstd-compressed"; fi
}
