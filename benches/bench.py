#!/usr/bin/env python3
"""Benchmarks for spiegel: whole-process wall time and peak memory of every
command on generated journals of 10 000, 100 000 and 1 000 000 reflections,
each beside the same SQL run in the sqlite3 shell on the same file.

    python3 benches/bench.py [--sizes 10000,100000,1000000] [--runs 7]

Needs python3, sqlite3, GNU time (/usr/bin/time) and a Rust toolchain; writes BENCHMARKS.md. The SQL
for the sqlite3 column is what spiegel itself ran (SPIEGEL_TRACE_SQL), so the
ratio is spiegel's own overhead: process start, Rust, rendering.
"""

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import re
import uuid

UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "spiegel")
DATA = os.environ.get("SPIEGEL_BENCH_DATA", os.path.join(ROOT, "target", "bench-data"))
ENV = dict(os.environ, NO_COLOR="1", SPIEGEL_TODAY="2026-11-01")
ENV.pop("SPIEGEL_DB", None)


def run(argv, stdin=None, env=ENV):
    """Runs argv; returns (seconds, peak RSS in KB). GNU time reports the
    peak: a child forked from Python would count Python's own memory."""
    with tempfile.NamedTemporaryFile("r") as peak:
        start = time.perf_counter()
        proc = subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *argv],
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"failed: {' '.join(argv)}\n{proc.stderr.decode()}")
        return elapsed, int(peak.read().split()[-1])


def median_of(runs, fn):
    results = [fn() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def journal(size):
    path = os.path.join(DATA, f"journal-{size}.db")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        tmp = path + ".tmp"
        for leftover in (tmp, tmp + "-wal", tmp + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)
        print(f"generating {size} reflections …", flush=True)
        run([BIN, "--db", tmp, "demo", "--reflections", str(size), "--seed", "1"])
        os.rename(tmp, path)
    return path


def traced_sql(argv):
    """The statements spiegel runs for argv, as a sqlite3 script."""
    with tempfile.NamedTemporaryFile("r", suffix=".sql", delete=False) as f:
        trace = f.name
    run(argv, env=dict(ENV, SPIEGEL_TRACE_SQL=trace))
    with open(trace) as f:
        sql = f.read()
    os.remove(trace)
    return ".output /dev/null\n" + sql


def sqlite3_run(db, script):
    with tempfile.TemporaryFile("w+") as f:
        f.write(script)
        f.seek(0)
        return run(["sqlite3", db], stdin=f)


def commands(db, size, work):
    """(name, argv builder, whether it writes) for each benchmark."""
    case = "Anouk-00001"
    middle = size // 2
    export = export_of(work)
    counter = iter(range(10**9))

    return [
        ("startup (`list --limit 1`)", lambda: [BIN, "--db", db, "list", "--limit", "1"], None),
        ("`add`", lambda: [BIN, "--db", db, "add", case, "--stall", "3:went-too-fast", "--note", "bench"], None),
        ("`show`", lambda: [BIN, "--db", db, "show", str(middle)], None),
        ("`list --why … --limit 50`", lambda: [BIN, "--db", db, "list", "--why", "accepted-refusal", "--limit", "50"], None),
        ("`case show`", lambda: [BIN, "--db", db, "case", "show", case], None),
        ("`patterns`", lambda: [BIN, "--db", db, "patterns"], None),
        ("`patterns --json`", lambda: [BIN, "--db", db, "patterns", "--json"], None),
        ("`prep --format html`", lambda: [BIN, "--db", db, "prep", "--format", "html"], None),
        ("`export`", lambda: [BIN, "--db", db, "export", "-o", os.path.join(work, f"e-{next(counter)}.json")], None),
        ("`import` (empty journal)", lambda: [BIN, "--db", os.path.join(work, f"import-{next(counter)}.db"), "import", export], "import"),
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"))
    parser.add_argument("--only", help="run only the commands whose name contains this")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is needed (apt install sqlite3)")

    rows = {}
    for size in sizes:
        db = journal(size)
        with tempfile.TemporaryDirectory() as work:
            for name, argv, kind in commands(db, size, work):
                if args.only and args.only not in name:
                    continue
                print(f"{size:>9}  {name}", flush=True)
                if kind == "import" and not os.path.exists(export_of(work)):
                    run([BIN, "--db", db, "export", "-o", export_of(work)])
                # A million reflections: fewer runs, the spread is small anyway.
                runs = min(args.runs, 3) if size >= 1_000_000 else args.runs
                t, mem = median_of(runs, lambda: run(argv()))
                script = traced_sql(argv())
                if kind == "import":
                    # A fresh, not yet existing journal each run, as for spiegel.
                    def replay():
                        target = os.path.join(work, f"replay-{time.perf_counter_ns()}.db")
                        return sqlite3_run(target, script)
                else:
                    # New UUIDs each run, so that replayed inserts stay unique.
                    def replay():
                        return sqlite3_run(db, fresh_uuids(script))
                # The shell replays an import or export statement by statement,
                # which takes minutes at a million: once is enough there.
                replays = 1 if size >= 1_000_000 and name.startswith(("`import`", "`export`")) else runs
                st, smem = median_of(replays, replay)
                rows.setdefault(name, {})[size] = (t, mem, st)
    write(args.out, sizes, rows, args.runs)


def export_of(work):
    return os.path.join(work, "export.json")


def fresh_uuids(script):
    return UUID.sub(lambda _: f"'{uuid.uuid4()}'", script)


def fmt_time(seconds):
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def write(path, sizes, rows, runs):
    cores = os.cpu_count()
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    lines = [
        "# Benchmarks",
        "",
        "Whole-process wall time (median of "
        f"{runs} runs; 3 at a million, and one sqlite3 replay of export and import there) and peak resident memory of each command, on journals made by "
        "`spiegel demo --reflections N --seed 1`; beside it the same SQL statements run "
        "in the `sqlite3` shell on the same file, and the ratio of the two.",
        "",
        f"Machine: {cores} cores, {mem_kb // 1024 // 1024} GiB memory, {platform.system()} "
        f"{platform.machine()}; sqlite3 {subprocess.run(['sqlite3', '--version'], capture_output=True, text=True).stdout.split()[0]}.",
        "Made with: `python3 benches/bench.py` "
        f"(sizes {','.join(str(s) for s in sizes)}).",
        "",
    ]
    for size in sizes:
        lines += [
            f"## {size:,} reflections".replace(",", " "),
            "",
            "| command | spiegel | peak memory | sqlite3 | ratio |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for name, per_size in rows.items():
            if size not in per_size:
                continue
            t, mem, st = per_size[size]
            lines.append(
                f"| {name} | {fmt_time(t)} | {mem / 1024:.1f} MB | {fmt_time(st)} | {t / st:.2f}× |"
            )
        lines.append("")
    with open(path, "w") as f:
        f.write("\n".join(lines))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
