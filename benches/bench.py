#!/usr/bin/env python3
"""Benchmarks for spiegel (issue 15): whole-process wall time and peak memory
of every command at every scope users reach for, on generated journals of
10 000, 100 000 and 1 000 000 reflections, with the growth ratio from one
size to the next beside each figure and every figure that misses a target
marked. Beside it: the same SQL replayed in the sqlite3 shell, and the same
entries as a jrnl journal (jrnl installed from PyPI into a virtual
environment inside target/).

    python3 benches/bench.py [--sizes 10000,100000,1000000] [--runs 7]
        [--only REGEX] [--no-jrnl] [--no-sqlite3] [--timeout 120]
        [--out BENCHMARKS.md] [--note TEXT]

    # a quick look at a few commands, not a record:
    python3 benches/bench.py --sizes 10000 --runs 1 --only 'patterns|prep' \
        --no-jrnl --out target/bench-smoke.md --note 'smoke run'

Needs python3, sqlite3, GNU time (/usr/bin/time) and a Rust toolchain; it
builds the release binary itself. A command that fails is reported as
FAILED with the first line of its error, one that runs past --timeout as
"> N s" (it is killed, and not run again at a larger size); nothing hangs.
Journals are generated once into target/bench-data (SPIEGEL_BENCH_DATA),
again when the schema or the generator changes, and never written: writes
run on a copy. A BENCHMARKS.md measured on a busy machine is no record:
write a trial run elsewhere (--out target/bench-smoke.md).
"""

import argparse
import hashlib
import json
import os
import platform
import random
import re
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Optional

UUID = re.compile(r"'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "spiegel")
DATA = os.environ.get("SPIEGEL_BENCH_DATA", os.path.join(ROOT, "target", "bench-data"))
VENV = os.path.join(ROOT, "target", "bench-venv")
TODAY = "2026-11-01"
ENV = dict(os.environ, NO_COLOR="1", SPIEGEL_TODAY=TODAY, SPIEGEL_LANG="en")
ENV.pop("SPIEGEL_DB", None)

MB = 1024  # GNU time reports KB
BIG_CASE = "Bench-Big-10000"
BIG_CASE_SIZE = 10_000
# A run longer than this is not repeated: the spread is small next to it.
LONG_RUN = 20.0
# sqlite3 replays only of commands that take less than this, and of traces
# smaller than this: the replay exists to show spiegel's own overhead.
REPLAY_MAX_SECONDS = 10.0
REPLAY_MAX_BYTES = 50 * 1024 * 1024

# ---------------------------------------------------------------- targets
# Each returns why a figure misses its target (None if it meets it).


def bounded(size, t, ctx):
    return "> 50 ms (bounded output)" if t > 0.050 else None


def write_20ms(size, t, ctx):
    return "> 20 ms (a write)" if t > 0.020 else None


def at_million(limit, what):
    def check(size, t, ctx):
        if size >= 1_000_000 and t > limit:
            return f"> {limit:g} s at 1 000 000 ({what})"
        return None

    check.label = f"≤ {limit:g} s at 1M"
    return check


def import_rate(size, t, ctx):
    rate = ctx["reflections"] / t
    return f"{rate:,.0f}/s < 100 000/s".replace(",", " ") if rate < 100_000 else None


def undo_budget(size, t, ctx):
    budget = 2.0 * ctx["reflections"] / 100_000
    return f"> {budget:.2g} s (2 s per 100 000 reflections reversed)" if t > budget else None


bounded.label = "≤ 50 ms"
write_20ms.label = "≤ 20 ms"
import_rate.label = "≥ 100 000/s"
undo_budget.label = "≤ 2 s / 100k reflections"

PATTERNS_1S = at_million(1.0, "patterns")
PREP_ALL_1S = at_million(1.0, "prep of the whole period")
CHECK_2S = at_million(2.0, "check")
BACKUP_2S = at_million(2.0, "backup")

PEAK_LIMIT_KB = 50 * MB
FIRST_OUTPUT_LIMIT = 0.050
SUPERLINEAR = 1.2  # × the size ratio: 12 per 10×

# ---------------------------------------------------------------- running


@dataclass
class Result:
    seconds: Optional[float] = None  # median
    peak_kb: Optional[int] = None  # max over runs
    first: Optional[float] = None  # median seconds to the first byte of output
    runs: int = 0
    failed: Optional[str] = None  # the first line of stderr
    timeout: Optional[float] = None  # killed after this many seconds
    skipped: Optional[str] = None

    @property
    def ok(self):
        return self.seconds is not None and not self.failed and not self.timeout and not self.skipped


class Failed(Exception):
    pass


class TimedOut(Exception):
    pass


def run_once(argv, env=ENV, timeout=None, stdin=None, cwd=None):
    """Runs argv under GNU time; returns (seconds, peak KB, seconds to the
    first byte of stdout or None). Raises Failed (with the first line of
    stderr) on a non-zero exit, TimedOut when killed after `timeout`."""
    with tempfile.NamedTemporaryFile("r") as peak, tempfile.TemporaryFile("w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            ["/usr/bin/time", "-f", "%M", "-o", peak.name, *argv],
            stdin=stdin if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            env=env,
            cwd=cwd,
            start_new_session=True,  # its own group: a timeout kills it whole
        )
        first = None
        fd = proc.stdout.fileno()
        deadline = start + timeout if timeout else None
        try:
            while True:
                wait = None if deadline is None else deadline - time.perf_counter()
                if wait is not None and wait <= 0:
                    raise TimedOut()
                ready, _, _ = select.select([fd], [], [], wait)
                if not ready:
                    raise TimedOut()
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                if first is None:
                    first = time.perf_counter() - start
            wait = None if deadline is None else max(0.0, deadline - time.perf_counter())
            try:
                proc.wait(wait)
            except subprocess.TimeoutExpired:
                raise TimedOut()
        except TimedOut:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            proc.stdout.close()
            raise
        elapsed = time.perf_counter() - start
        proc.stdout.close()
        if proc.returncode != 0:
            err.seek(0)
            lines = [l.strip() for l in err.read().decode(errors="replace").splitlines() if l.strip()]
            lines = [l for l in lines if not l.startswith("Command exited with non-zero status")]
            raise Failed(f"exit {proc.returncode}: {lines[0] if lines else '(no message)'}")
        numbers = [int(w) for w in peak.read().split() if w.isdigit()]
        return elapsed, (numbers[-1] if numbers else 0), first


def checked(argv, env=ENV, timeout=3600, what=None):
    """A setup step, untimed: Failed says which step and why."""
    try:
        return run_once(argv, env=env, timeout=timeout)
    except Failed as e:
        raise Failed(f"setup ({what or ' '.join(argv)}) {e}")
    except TimedOut:
        raise Failed(f"setup ({what or ' '.join(argv)}) timed out after {timeout} s")


def sql(db, query, *params):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def copy_db(src, dst):
    for suffix in ("", "-wal"):
        if os.path.exists(src + suffix):
            shutil.copyfile(src + suffix, dst + suffix)


def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


# ---------------------------------------------------------------- journals


def generator_key():
    """What the generated journals depend on: the schema and the generator.
    A journal made before either changed would be migrated (and timed) by the
    first command that opens it, so it is made again instead."""
    digest = hashlib.sha256()
    for folder in ("schema", os.path.join("src", "demo")):
        base = os.path.join(ROOT, folder)
        for dirpath, _, files in sorted(os.walk(base)):
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                digest.update(os.path.relpath(path, ROOT).encode())
                with open(path, "rb") as f:
                    digest.update(f.read())
    return digest.hexdigest()[:10]


def journal(size):
    """The generated journal of `size` reflections: made once, never written."""
    key = generator_key()
    path = os.path.join(DATA, f"journal-{size}-{key}.db")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        for old in os.listdir(DATA):  # journals of an older schema or generator
            if re.fullmatch(rf"journal-{size}(-[0-9a-f]+)?\.db(-wal|-shm)?", old):
                os.remove(os.path.join(DATA, old))
        tmp = path + ".tmp"
        remove_db(tmp)
        print(f"generating {size} reflections …", flush=True)
        checked([BIN, "--db", tmp, "demo", "--reflections", str(size), "--seed", "1"], what="demo")
        os.rename(tmp, path)
    return path


def big_case_file(work):
    """An export holding one case of BIG_CASE_SIZE reflections, their notes,
    stalls, presence and questions drawn from a small generated journal:
    the generator spreads reflections over many cases (at most ~45 a case),
    so the case of 10 000 reflections is imported into the writable copy."""
    path = os.path.join(work, "big-case.json")
    if os.path.exists(path):
        return path
    pool_db = os.path.join(work, "pool.db")
    pool_json = os.path.join(work, "pool.json")
    checked([BIN, "--db", pool_db, "demo", "--reflections", "2000", "--seed", "7"], what="demo pool")
    checked([BIN, "--db", pool_db, "export", "-o", pool_json], what="export pool")
    with open(pool_json) as f:
        pool = json.load(f)
    rng = random.Random(15)

    def fresh():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    reflections = [r for c in pool["cases"] for r in c["reflections"]]
    start = date(2013, 1, 1)
    stamp = lambda d: f"{d.isoformat()}T18:00:00.000Z"
    others = [
        {"uuid": fresh(), "name": name, "role": role, "created_at": stamp(start), "updated_at": stamp(start)}
        for name, role in (("Marga", "partner"), ("Joost", "sibling"))
    ]
    case = {
        "uuid": fresh(),
        "name": BIG_CASE,
        "setting": "benchmark",
        "cohabiting": True,
        "opened_on": start.isoformat(),
        "closed_on": None,
        "outcome": None,
        "created_at": stamp(start),
        "updated_at": stamp(start),
        "others": others,
        "reflections": [],
    }
    for i in range(BIG_CASE_SIZE):
        day = start + timedelta(days=i // 2)  # two sessions a day: 2013-01-01 … 2026-09
        src = reflections[i % len(reflections)]
        question = None
        if src["question"]:
            question = dict(src["question"], uuid=fresh(), created_at=stamp(day), updated_at=stamp(day))
            if question["answered_on"]:
                question["answered_on"] = min(day + timedelta(days=30), date(2026, 10, 31)).isoformat()
        case["reflections"].append(
            {
                "uuid": fresh(),
                "date": day.isoformat(),
                "medium": src["medium"],
                "present": [others[i % 2]["uuid"]] if src["present"] else [],
                "resistance": src["resistance"],
                "stalls": src["stalls"],
                "completed": src["completed"],
                "note": src["note"],
                "question": question,
                "created_at": stamp(day),
                "updated_at": stamp(day),
            }
        )
    export = dict(pool, cases=[case], meetings=[], goals=[])
    with open(path, "w") as f:
        json.dump(export, f)
    return path


class Journals:
    """The journals one size needs, made when first asked for."""

    def __init__(self, size, work, timeout):
        self.size = size
        self.work = work
        self.timeout = timeout
        self.db = journal(size)
        self.reflections = sql(self.db, "SELECT count(*) FROM reflection")[0][0]
        count = self.reflections
        self.middle_id = sql(self.db, "SELECT id FROM reflection ORDER BY id LIMIT 1 OFFSET ?", count // 2)[0][0]
        # An open case of typical size (`add` needs it open), the one in the middle by name.
        cases = sql(self.db, 'SELECT count(*) FROM "case" WHERE closed_on IS NULL')[0][0]
        self.case = sql(
            self.db, 'SELECT name FROM "case" WHERE closed_on IS NULL ORDER BY name LIMIT 1 OFFSET ?', cases // 2
        )[0][0]
        self.case_size = sql(
            self.db,
            'SELECT count(*) FROM reflection WHERE case_id = (SELECT id FROM "case" WHERE name = ?)',
            self.case,
        )[0][0]
        self.biggest = sql(self.db, "SELECT max(n) FROM (SELECT count(*) AS n FROM reflection GROUP BY case_id)")[0][0]
        self._copy = None
        self._export = None
        self._imported = None
        self._delete_ids = None
        self.counter = 0

    def next(self):
        self.counter += 1
        return self.counter

    def copy(self):
        """A writable copy of the journal with the case of 10 000 reflections
        imported into it."""
        if self._copy is None:
            path = os.path.join(self.work, "copy.db")
            copy_db(self.db, path)
            checked([BIN, "--db", path, "import", big_case_file(self.work)], what="import the big case")
            self._copy = path
            total = sql(path, "SELECT count(*) FROM reflection")[0][0]
            n = 64
            self._delete_ids = [
                r[0]
                for r in sql(
                    path,
                    'SELECT id FROM reflection WHERE case_id != (SELECT id FROM "case" WHERE name = ?) '
                    "ORDER BY id LIMIT ? OFFSET ?",
                    BIG_CASE,
                    n,
                    total // 3,
                )
            ]
        return self._copy

    def delete_id(self):
        self.copy()
        if not self._delete_ids:
            raise Failed("no reflection left to delete")
        return self._delete_ids.pop(0)

    def export(self):
        """The whole journal as a JSON export, to import."""
        if self._export is None:
            path = os.path.join(self.work, "export.json")
            checked([BIN, "--db", self.db, "export", "-o", path], what="export for import")
            self._export = path
        return self._export

    def imported(self):
        """A copy of a journal the whole export was just imported into
        (an empty one before): what `undo` reverses."""
        if self._imported is None:
            template = os.path.join(self.work, "imported-template.db")
            remove_db(template)
            checked([BIN, "--db", template, "import", self.export()], what="import to undo")
            self._imported = template
        path = os.path.join(self.work, f"undo-{self.next()}.db")
        copy_db(self._imported, path)
        return path


# ---------------------------------------------------------------- the matrix


@dataclass
class Bench:
    name: str  # as shown: the command line after `spiegel`
    group: str
    argv: Callable  # (journals) -> argv after BIN
    target: Optional[Callable] = None
    db: str = "pristine"  # pristine | copy | fresh (argv gives its own --db)
    setup: Optional[Callable] = None  # (journals) -> None, before each run, untimed
    cleanup: Optional[Callable] = None  # (journals, argv, ok) -> None, after each run
    replay: bool = True  # replay its SQL in sqlite3
    first_output: bool = False  # report the time to the first byte
    rate: bool = False  # report reflections per second
    needs: Optional[str] = None  # a subcommand that may be absent from this build


GROUPS = [
    ("bounded", "Bounded output: a page, a show, a filtered list with a limit"),
    ("wide", "Whole period and wide scope: patterns and prep"),
    ("stream", "Output that is the whole journal (streams: first output at once, flat memory)"),
    ("bigcase", f"A case of {BIG_CASE_SIZE:,} reflections".replace(",", " ")),
    ("write", "Writes"),
    ("safety", "Check and backup"),
]


def remove_arg_db(j, argv, ok):
    remove_db(argv[argv.index("--db") + 1])


def remove_last(j, argv, ok):
    remove_db(argv[-1])


def keep_import(j, argv, ok):
    """The first complete import is kept for `undo` to reverse."""
    path = argv[argv.index("--db") + 1]
    if ok and j._imported is None:
        template = os.path.join(j.work, "imported-template.db")
        remove_db(template)
        for suffix in ("", "-wal"):
            if os.path.exists(path + suffix):
                os.rename(path + suffix, template + suffix)
        j._imported = template
    remove_db(path)


def do_add(j):
    checked([BIN, "--db", j.copy(), "add", j.case, "--stall", "3:went-too-fast", "--note", "to undo"], what="add to undo")


def matrix():
    since = ["--since", "2000-01-01"]
    return [
        # Bounded output: ≤ 50 ms at any size.
        Bench("startup (`list --limit 1`)", "bounded", lambda j: ["list", "--limit", "1"], bounded),
        Bench("`list` (20 newest)", "bounded", lambda j: ["list"], bounded),
        Bench("`show ID`", "bounded", lambda j: ["show", str(j.middle_id)], bounded),
        Bench("`show ID --json`", "bounded", lambda j: ["show", str(j.middle_id), "--json"], bounded),
        Bench("`list --why accepted-refusal --limit 50`", "bounded",
              lambda j: ["list", "--why", "accepted-refusal", "--limit", "50"], bounded),
        Bench("`list --step 3 --limit 50`", "bounded", lambda j: ["list", "--step", "3", "--limit", "50"], bounded),
        Bench("`list --since 2000-01-01 --limit 50`", "bounded", lambda j: ["list", *since, "--limit", "50"], bounded),
        Bench("`list --case CASE`", "bounded", lambda j: ["list", "--case", j.case], bounded),
        Bench("`case show CASE`", "bounded", lambda j: ["case", "show", j.case], bounded),
        Bench("`prep` (since the last meeting)", "bounded", lambda j: ["prep"], bounded),
        Bench("`prep --format html`", "bounded", lambda j: ["prep", "--format", "html"], bounded),
        Bench("`prep --json`", "bounded", lambda j: ["prep", "--json"], bounded),
        Bench("`brief CASE`", "bounded", lambda j: ["brief", j.case], bounded, needs="brief"),
        Bench("`reasons`", "bounded", lambda j: ["reasons"], bounded),
        # Whole period, every side, every pattern.
        Bench("`patterns`", "wide", lambda j: ["patterns"], PATTERNS_1S),
        Bench("`patterns --json`", "wide", lambda j: ["patterns", "--json"], PATTERNS_1S),
        Bench("`patterns --since 2000-01-01`", "wide", lambda j: ["patterns", *since], PATTERNS_1S),
        Bench("`patterns --side all`", "wide", lambda j: ["patterns", "--side", "all"], PATTERNS_1S),
        Bench("`patterns --min-cases 1`", "wide", lambda j: ["patterns", "--min-cases", "1"], PATTERNS_1S),
        Bench("`patterns --when they-wont-come`", "wide", lambda j: ["patterns", "--when", "they-wont-come"], PATTERNS_1S),
        Bench("`patterns --since 2000-01-01 --side all --min-cases 1 --json`", "wide",
              lambda j: ["patterns", *since, "--side", "all", "--min-cases", "1", "--json"], PATTERNS_1S),
        Bench("`prep --since 2000-01-01`", "wide", lambda j: ["prep", *since], PREP_ALL_1S),
        Bench("`prep --since 2000-01-01 --format html`", "wide", lambda j: ["prep", *since, "--format", "html"], PREP_ALL_1S),
        Bench("`prep --since 2000-01-01 --json`", "wide", lambda j: ["prep", *since, "--json"], PREP_ALL_1S),
        Bench("`prep --since 2000-01-01 --min-cases 1 --format html`", "wide",
              lambda j: ["prep", *since, "--min-cases", "1", "--format", "html"], PREP_ALL_1S),
        Bench("`goal list`", "wide", lambda j: ["goal", "list"]),
        Bench("`goal list --all`", "wide", lambda j: ["goal", "list", "--all"]),
        Bench("`goal list --all --json`", "wide", lambda j: ["goal", "list", "--all", "--json"]),
        # The whole journal as output: streams.
        Bench("`list --limit 0`", "stream", lambda j: ["list", "--limit", "0"], first_output=True),
        Bench("`list --limit 0 --json`", "stream", lambda j: ["list", "--limit", "0", "--json"], first_output=True),
        Bench("`list --since 2000-01-01 --limit 0`", "stream", lambda j: ["list", *since, "--limit", "0"], first_output=True),
        Bench("`list --why accepted-refusal --limit 0`", "stream",
              lambda j: ["list", "--why", "accepted-refusal", "--limit", "0"], first_output=True),
        Bench("`questions`", "stream", lambda j: ["questions"], first_output=True),
        Bench("`questions --all`", "stream", lambda j: ["questions", "--all"], first_output=True),
        Bench("`questions --all --json`", "stream", lambda j: ["questions", "--all", "--json"], first_output=True),
        Bench("`case list --all`", "stream", lambda j: ["case", "list", "--all"], first_output=True),
        Bench("`supervision list`", "stream", lambda j: ["supervision", "list"], first_output=True),
        Bench("`export` (JSON to stdout)", "stream", lambda j: ["export"], first_output=True),
        Bench("`export --format csv`", "stream", lambda j: ["export", "--format", "csv"], first_output=True),
        Bench("`export --format md`", "stream", lambda j: ["export", "--format", "md"], first_output=True),
        Bench("`export -o FILE`", "stream",
              lambda j: ["export", "-o", os.path.join(j.work, f"e-{j.next()}.json")], cleanup=remove_last),
        # The case of 10 000 reflections, on the writable copy.
        Bench("`list --case BIG`", "bigcase", lambda j: ["list", "--case", BIG_CASE], bounded, db="copy"),
        Bench("`case show BIG`", "bigcase", lambda j: ["case", "show", BIG_CASE], db="copy", first_output=True),
        Bench("`case show BIG --json`", "bigcase", lambda j: ["case", "show", BIG_CASE, "--json"], db="copy", first_output=True),
        Bench("`list --case BIG --limit 0`", "bigcase", lambda j: ["list", "--case", BIG_CASE, "--limit", "0"], db="copy", first_output=True),
        Bench("`patterns --case BIG`", "bigcase", lambda j: ["patterns", "--case", BIG_CASE], PATTERNS_1S, db="copy"),
        Bench("`other list BIG`", "bigcase", lambda j: ["other", "list", BIG_CASE], bounded, db="copy"),
        # Writes, on the writable copy.
        Bench("`add`", "write",
              lambda j: ["add", j.case, "--stall", "3:went-too-fast", "--note", "bench"], write_20ms, db="copy"),
        Bench("`edit ID --note …`", "write",
              lambda j: ["edit", str(j.middle_id), "--note", f"bench edit {j.next()}"], write_20ms, db="copy"),
        Bench("`delete ID --yes`", "write", lambda j: ["delete", str(j.delete_id()), "--yes"], write_20ms, db="copy", replay=False),
        Bench("`undo` (of an `add`)", "write", lambda j: ["undo"], db="copy", setup=do_add, replay=False),
        Bench("`import` (whole journal into an empty one)", "write",
              lambda j: ["--db", os.path.join(j.work, f"import-{j.next()}.db"), "import", j.export()],
              import_rate, db="fresh", cleanup=keep_import, replay=False, rate=True),
        Bench("`undo` (of that import)", "write",
              lambda j: ["--db", j.imported(), "undo"], undo_budget, db="fresh", cleanup=remove_arg_db, replay=False),
        # Check and backup.
        Bench("`check`", "safety", lambda j: ["check"], CHECK_2S),
        Bench("`check --full`", "safety", lambda j: ["check", "--full"]),
        Bench("`backup FILE`", "safety",
              lambda j: ["backup", os.path.join(j.work, f"backup-{j.next()}.db")], BACKUP_2S,
              cleanup=remove_last, replay=False),
    ]


def full_argv(bench, j):
    args = bench.argv(j)
    if bench.db == "pristine":
        return [BIN, "--db", j.db, *args]
    if bench.db == "copy":
        return [BIN, "--db", j.copy(), *args]
    return [BIN, *args]


def measure(argv_of, runs, timeout, setup=None, cleanup=None):
    """Median of `runs` runs of argv_of() (a fresh argv each run)."""
    times, peaks, firsts = [], [], []
    result = Result()
    for i in range(runs):
        try:
            if setup:
                setup()
            argv = argv_of()
        except Failed as e:
            result.failed = str(e)
            return result
        ok = False
        try:
            t, peak, first = run_once(argv, timeout=timeout)
            ok = True
        except Failed as e:
            result.failed = str(e)
            return result
        except TimedOut:
            result.timeout = timeout
            return result
        finally:
            if cleanup:
                cleanup(argv, ok)
        times.append(t)
        peaks.append(peak)
        if first is not None:
            firsts.append(first)
        if t > LONG_RUN:
            break
    result.seconds = statistics.median(times)
    result.peak_kb = max(peaks)
    result.first = statistics.median(firsts) if firsts else None
    result.runs = len(times)
    return result


def replay_sql(bench, j, timeout):
    """The statements spiegel ran, replayed in the sqlite3 shell on the same
    file: (seconds, why not) ."""
    with tempfile.NamedTemporaryFile("r", suffix=".sql", delete=False, dir=j.work) as f:
        trace = f.name
    try:
        argv = full_argv(bench, j)
        try:
            run_once(argv, env=dict(ENV, SPIEGEL_TRACE_SQL=trace), timeout=timeout)
        except (Failed, TimedOut) as e:
            return None, f"traced run failed: {e}"
        finally:
            if bench.cleanup:
                bench.cleanup(j, argv, False)
        size = os.path.getsize(trace)
        if size > REPLAY_MAX_BYTES:
            return None, f"trace of {size // 1024 // 1024} MB"
        with open(trace) as f:
            script = ".output /dev/null\n" + UUID.sub(lambda _: f"'{uuid.uuid4()}'", f.read())
        db = j.db if bench.db == "pristine" else j.copy()
        with tempfile.TemporaryFile("w+") as s:
            s.write(script)
            s.seek(0)
            try:
                t, _, _ = run_once(["sqlite3", db], stdin=s, timeout=timeout)
            except Failed as e:
                return None, f"sqlite3 failed: {e}"
            except TimedOut:
                return None, f"> {timeout:g} s"
        return t, None
    finally:
        os.remove(trace)


# ---------------------------------------------------------------- jrnl


JRNL_CONFIG = """\
colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: '{version}'
"""


def jrnl_install():
    """jrnl in target/bench-venv: (path to jrnl, version) or (None, why)."""
    jrnl = os.path.join(VENV, "bin", "jrnl")
    if not os.path.exists(jrnl):
        print("installing jrnl into target/bench-venv …", flush=True)
        made = subprocess.run([sys.executable, "-m", "venv", VENV], capture_output=True, text=True)
        if made.returncode != 0:
            return None, "venv: " + first_line(made.stderr or made.stdout)
        try:
            pip = subprocess.run(
                [os.path.join(VENV, "bin", "python"), "-m", "pip", "install", "--quiet",
                 "--disable-pip-version-check", "jrnl"],
                capture_output=True, text=True, timeout=600,
            )
        except subprocess.TimeoutExpired:
            return None, "pip install jrnl took over 600 s"
        if pip.returncode != 0 or not os.path.exists(jrnl):
            lines = [l for l in (pip.stderr + pip.stdout).splitlines() if l.strip()]
            errors = [l for l in lines if "ERROR" in l or "rror" in l]
            return None, "pip install jrnl: " + ((errors or lines or ["no jrnl after pip"])[-1].strip())
    version = subprocess.run([jrnl, "--version"], capture_output=True, text=True, env=jrnl_env(tempfile.gettempdir()))
    words = (version.stdout + version.stderr).split()
    # The config's version is the bare number: "v4.6" makes jrnl rewrite the file.
    v = next((w for w in words if re.match(r"v?\d+\.\d+", w)), "unknown").lstrip("v")
    return jrnl, v


def first_line(text):
    lines = [l.strip() for l in (text or "").splitlines() if l.strip()]
    return lines[0] if lines else "(no message)"


def jrnl_env(home):
    """jrnl never sees the user's home: config, data and cache in `home`."""
    env = dict(ENV, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               NO_COLOR="1", TERM="dumb")
    return env


def jrnl_journal(j, path):
    """The same entries as spiegel's journal, in jrnl's plain-text format: one
    entry a reflection, at 18:00 on its date, titled with the case, the
    stall reasons as @tags and the note as body."""
    export = json.load(open(j.export()))
    entries = []
    for case in export["cases"]:
        for r in case["reflections"]:
            tags = []
            for stall in r["stalls"]:
                tags += [f"@{code}" for code in stall["reasons"]]
            tags += [f"@{code}" for code in r["resistance"]]
            entries.append((r["date"], f"[{r['date']} 18:00] {case['name']}: step {' '.join(tags)}.\n{r['note']}\n"))
    entries.sort(key=lambda e: e[0])
    with open(path, "w") as f:
        f.write("\n".join(e for _, e in entries))
    return len(entries)


# measure() with jrnl's own environment, and one argv for every run.
def measure_env(argv, runs, timeout, env):
    times, peaks = [], []
    result = Result()
    for _ in range(runs):
        try:
            t, peak, _ = run_once(argv, env=env, timeout=timeout)
        except Failed as e:
            result.failed = str(e)
            return result
        except TimedOut:
            result.timeout = timeout
            return result
        times.append(t)
        peaks.append(peak)
        if t > LONG_RUN:
            break
    result.seconds, result.peak_kb, result.runs = statistics.median(times), max(peaks), len(times)
    return result


# ---------------------------------------------------------------- report


def fmt_time(seconds):
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_size(size):
    return f"{size:,}".replace(",", " ")


def fmt_result(r):
    if r is None:
        return "–"
    if r.skipped:
        return r.skipped
    if r.failed:
        return f"FAILED: {r.failed.replace('|', '/')}"
    if r.timeout:
        return f"> {r.timeout:g} s"
    return fmt_time(r.seconds)


def cell(mark, text):
    return f"**{text}** ✗" if mark else text


def write(path, args, sizes, benches, absent, results, sqlite_rows, jrnl_report, load_before, load_after, started):
    cores = os.cpu_count()
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    sqlite_version = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split()[0]
    misses = []
    lines = [
        "# Benchmarks",
        "",
    ]
    if args.note:
        lines += [f"> **{args.note}**", ""]
    lines += [
        "Whole-process wall time (the median of "
        f"{args.runs} run{'s' if args.runs != 1 else ''}, at most 3 at a million, one where a run took over {LONG_RUN:g} s) and peak resident memory "
        "(the largest of the runs, from GNU time) of each command at every scope, on journals made by "
        "`spiegel demo --reflections N --seed 1`. Beside each time: ×, its growth from the size before "
        "(10× the reflections: linear is ×10).",
        "",
        f"Machine: {cores} cores, {mem_kb // 1024 // 1024} GiB memory, {platform.system()} {platform.machine()}; "
        f"sqlite3 {sqlite_version}. Load average (1 min) {load_before:.2f} at the start, {load_after:.2f} at the end. "
        f"Run {started} UTC, {args.timeout:g} s timeout a command.",
        f"Made with: `python3 benches/bench.py --sizes {','.join(str(s) for s in sizes)} --runs {args.runs}"
        + (f" --only '{args.only}'" if args.only else "")
        + ("" if args.jrnl else " --no-jrnl")
        + ("" if args.sqlite3 else " --no-sqlite3")
        + (f" --timeout {args.timeout:g}" if args.timeout != 120 else "")
        + "`.",
        "",
        "Targets (issue 15), marked **✗** where missed: bounded output ≤ 50 ms at any size; "
        "`patterns` (every scope) and `prep --since 2000-01-01` ≤ 1 s at 1 000 000; peak memory ≤ 50 MB "
        "(marked at any size); first output of a whole-journal listing ≤ 50 ms (\"at once\"); "
        "`add`/`edit`/`delete` ≤ 20 ms; `undo` ≤ 2 s per 100 000 reflections it reverses; `import` ≥ 100 000 "
        "reflections/s; `check` and `backup` ≤ 2 s at 1 000 000; and no command grows worse than linearly "
        f"(× above {SUPERLINEAR * 10:g} for 10× the reflections). Commands without a time target are held to "
        "linear growth and the memory limit only.",
        "",
        f"`CASE` is an open case of typical size (the middle one by name); `BIG` is a case of {fmt_size(BIG_CASE_SIZE)} "
        "reflections imported into a copy of the journal (the generator spreads reflections over many cases, "
        "the largest with a few dozen): the commands on it, and the writes, run on that copy, which holds "
        f"{fmt_size(BIG_CASE_SIZE)} reflections more than the size named.",
        "",
        "__MISSES__",
    ]
    if absent:
        lines += ["Not in this build, so not measured: " + ", ".join(absent) + ".", ""]
    by_group = {}
    for b in benches:
        by_group.setdefault(b.group, []).append(b)
    for group, title in GROUPS:
        if group not in by_group:
            continue
        header = "| command | target |"
        rule = "| --- | --- |"
        for i, size in enumerate(sizes):
            header += f" {fmt_size(size)} |" + (" × |" if i else "") + " peak |"
            rule += " ---: |" + (" ---: |" if i else "") + " ---: |"
        lines += [f"## {title}", "", header, rule]
        firsts = []
        for b in by_group[group]:
            label = getattr(b.target, "label", "") if b.target else "linear"
            row = f"| {b.name} | {label} |"
            first_row = f"| {b.name} |"
            prev = None
            for i, size in enumerate(sizes):
                r = results.get((b.name, size))
                text = fmt_result(r)
                mark = None
                if r is not None and r.ok:
                    ctx = {"reflections": r_reflections(b, size, results)}
                    mark = b.target(size, r.seconds, ctx) if b.target else None
                    if b.rate:
                        text += f" ({ctx['reflections'] / r.seconds:,.0f}/s)".replace(",", " ")
                elif r is not None and (r.failed or r.timeout):
                    mark = "failed" if r.failed else "timed out"
                if mark:
                    misses.append(f"{b.name} at {fmt_size(size)}: {text} — {mark}")
                row += f" {cell(mark, text)} |"
                if i:
                    growth = ""
                    gmark = None
                    if r is not None and r.ok and prev is not None and prev[1].ok:
                        g = r.seconds / prev[1].seconds
                        growth = f"×{g:.1f}"
                        if g > SUPERLINEAR * size / prev[0]:
                            gmark = "superlinear"
                            misses.append(
                                f"{b.name}: ×{g:.1f} from {fmt_size(prev[0])} to {fmt_size(size)} — grows worse than linearly"
                            )
                    elif r is not None and r.timeout and prev is not None and prev[1].ok:
                        growth = f"> ×{r.timeout / prev[1].seconds:.0f}"
                    row += f" {cell(gmark, growth)} |"
                peak = ""
                pmark = None
                if r is not None and r.peak_kb:
                    peak = f"{r.peak_kb / MB:.1f} MB"
                    if r.peak_kb > PEAK_LIMIT_KB:
                        pmark = "peak > 50 MB"
                        misses.append(f"{b.name} at {fmt_size(size)}: peak {peak} > 50 MB")
                row += f" {cell(pmark, peak)} |"
                if b.first_output:
                    f_text = "–"
                    fmark = None
                    if r is not None and r.ok and r.first is not None:
                        f_text = fmt_time(r.first)
                        if b.group == "stream" and r.first > FIRST_OUTPUT_LIMIT:
                            fmark = "first output > 50 ms"
                            misses.append(f"{b.name} at {fmt_size(size)}: first output after {f_text} (> 50 ms)")
                    first_row += f" {cell(fmark, f_text)} |"
                if r is not None:
                    prev = (size, r)
            lines.append(row)
            if b.first_output:
                firsts.append(first_row)
        lines.append("")
        if firsts:
            lines += [
                "Time to the first byte of output (it streams if this stays flat)"
                + (", marked where over 50 ms:" if group == "stream" else ":"),
                "",
                "| command |" + "".join(f" {fmt_size(s)} |" for s in sizes),
                "| --- |" + " ---: |" * len(sizes),
                *firsts,
                "",
            ]
    if sqlite_rows:
        lines += [
            "## spiegel beside its own SQL in sqlite3",
            "",
            "The statements each command ran (`SPIEGEL_TRACE_SQL`), replayed in the `sqlite3` shell on the same "
            "file: the ratio is spiegel's own overhead (process start, Rust, rendering). Not replayed: writes "
            f"that cannot be repeated, and commands over {REPLAY_MAX_SECONDS:g} s or with a trace over "
            f"{REPLAY_MAX_BYTES // 1024 // 1024} MB.",
            "",
        ]
        for size in sizes:
            rows = [row for row in sqlite_rows if row[1] == size]
            if not rows:
                continue
            lines += [f"### {fmt_size(size)} reflections", "", "| command | spiegel | sqlite3 | ratio |",
                      "| --- | ---: | ---: | ---: |"]
            for name, _, t, st, why in rows:
                if st is None:
                    lines.append(f"| {name} | {fmt_time(t)} | {why} | |")
                else:
                    lines.append(f"| {name} | {fmt_time(t)} | {fmt_time(st)} | {t / st:.2f}× |")
            lines.append("")
    if jrnl_report is not None:
        lines += ["## Beside jrnl", ""]
        lines += jrnl_report
    text = "\n".join(lines)
    miss_lines = ["## Missed targets", ""]
    miss_lines += [f"- {m}" for m in misses] if misses else ["None."]
    text = text.replace("__MISSES__", "\n".join(miss_lines) + "\n")
    with open(path, "w") as f:
        f.write(text)
    print(f"wrote {path}")


def r_reflections(bench, size, results):
    return results.get(("__reflections__", size), size)


def jrnl_section(jrnl_status, per_size, sizes):
    if isinstance(jrnl_status, str):
        return [f"jrnl could not be installed: {jrnl_status}", ""]
    jrnl_path, version = jrnl_status
    lines = [
        f"jrnl v{version} (from PyPI, in `target/bench-venv`), on a plain-text journal of the same entries: one "
        "entry a reflection, the case as title, stall reasons and resistance reactions as `@tags`, the note as "
        "body; its own config file in a temporary folder (never `~/.config`). Each jrnl operation beside the "
        "spiegel command that answers the same question; the ratio is jrnl's time over spiegel's.",
        "",
    ]
    measured = [s for s in sizes if s in per_size]
    if not measured:
        return lines + ["(no size of 100 000 or less was run)", ""]
    header = "| operation | spiegel command |"
    rule = "| --- | --- |"
    for i, size in enumerate(measured):
        header += f" jrnl {fmt_size(size)} | spiegel {fmt_size(size)} | ratio |"
        rule += " ---: | ---: | ---: |"
    lines += [header, rule]
    labels = [row[0] for row in per_size[measured[0]][1]]
    for k, label in enumerate(labels):
        counterpart = per_size[measured[0]][1][k][1]
        row = f"| {label} | {counterpart} |"
        for size in measured:
            _, _, jr, sr = per_size[size][1][k]
            ratio = ""
            if jr.ok and sr is not None and sr.ok:
                ratio = f"{jr.seconds / sr.seconds:.0f}×" if jr.seconds / sr.seconds >= 10 else f"{jr.seconds / sr.seconds:.1f}×"
            elif jr.timeout and sr is not None and sr.ok:
                ratio = f"> {jr.timeout / sr.seconds:.0f}×"
            row += f" {fmt_result(jr)} | {fmt_result(sr)} | {ratio} |"
        lines.append(row)
    lines.append("")
    if len(measured) > 1:
        a, b = measured[0], measured[-1]
        growth = []
        for k, label in enumerate(labels):
            _, _, ja, sa = per_size[a][1][k]
            _, _, jb, sb = per_size[b][1][k]
            jg = f"×{jb.seconds / ja.seconds:.1f}" if ja.ok and jb.ok else ("> ×%.0f" % (jb.timeout / ja.seconds) if ja.ok and jb.timeout else "–")
            sg = f"×{sb.seconds / sa.seconds:.1f}" if sa and sb and sa.ok and sb.ok else "–"
            growth.append(f"{label}: jrnl {jg}, spiegel {sg}")
        lines += [f"Growth from {fmt_size(a)} to {fmt_size(b)} entries — " + "; ".join(growth) + ".", ""]
    return lines


# ---------------------------------------------------------------- main


def say(r):
    """Prints a result as it comes, and returns it."""
    if r.failed:
        print(f"           FAILED {r.failed}", flush=True)
    elif r.timeout:
        print(f"           > {r.timeout:g} s", flush=True)
    else:
        print(f"           {fmt_time(r.seconds)}, {r.peak_kb / MB:.1f} MB", flush=True)
    return r


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="journal sizes, comma-separated")
    parser.add_argument("--runs", type=int, default=7, help="runs a figure (3 at a million)")
    parser.add_argument("--only", help="only the commands whose name matches this regular expression "
                        "(jrnl then only if it matches 'jrnl')")
    parser.add_argument("--no-jrnl", dest="jrnl", action="store_false", help="skip the comparison with jrnl")
    parser.add_argument("--no-sqlite3", dest="sqlite3", action="store_false", help="skip the sqlite3 replays")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a command is killed")
    parser.add_argument("--out", default=os.path.join(ROOT, "BENCHMARKS.md"), help="the report to write")
    parser.add_argument("--note", help="a line on top of the report, e.g. 'measured under load, smoke run'")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    only = re.compile(args.only) if args.only else None
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    load_before = os.getloadavg()[0]

    subprocess.run(["cargo", "build", "--release", "--locked", "--quiet"], cwd=ROOT, check=True)
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is needed (apt install sqlite3)")
    if not os.path.exists("/usr/bin/time"):
        sys.exit("GNU time is needed (apt install time)")

    benches = []
    absent = []
    for b in matrix():
        if only and not only.search(b.name):
            continue
        if b.needs:
            probe = subprocess.run([BIN, b.needs, "--help"], capture_output=True, env=ENV)
            if probe.returncode != 0:
                print(f"skipping {b.name}: no `{b.needs}` in this build", flush=True)
                absent.append(b.name)
                continue
        benches.append(b)
    want_jrnl = args.jrnl and (only is None or only.search("jrnl"))
    jrnl_status = None
    if want_jrnl:
        jrnl_path, version = jrnl_install()
        jrnl_status = (jrnl_path, version) if jrnl_path else version

    results = {}
    sqlite_rows = []
    jrnl_per_size = {}
    timed_out = set()
    os.makedirs(DATA, exist_ok=True)
    for size in sizes:
        with tempfile.TemporaryDirectory(dir=DATA, prefix=f"work-{size}-") as work:
            try:
                j = Journals(size, work, args.timeout)
            except Failed as e:
                sys.exit(f"the journal of {size} reflections: {e}")
            results[("__reflections__", size)] = j.reflections
            print(f"{size:>9}  journal: {j.reflections} reflections; CASE = {j.case} ({j.case_size}); "
                  f"largest generated case {j.biggest}", flush=True)
            runs = min(args.runs, 3) if size >= 1_000_000 else args.runs
            for b in benches:
                if b.name in timed_out:
                    results[(b.name, size)] = Result(skipped=f"> {args.timeout:g} s (timed out at a smaller size)")
                    continue
                print(f"{size:>9}  {b.name}", flush=True)
                r = measure(
                    lambda: full_argv(b, j),
                    runs,
                    args.timeout,
                    setup=(lambda: b.setup(j)) if b.setup else None,
                    cleanup=(lambda argv, ok: b.cleanup(j, argv, ok)) if b.cleanup else None,
                )
                results[(b.name, size)] = r
                if r.timeout:
                    timed_out.add(b.name)
                say(r)
                if args.sqlite3 and b.replay and r.ok:
                    if r.seconds > REPLAY_MAX_SECONDS:
                        sqlite_rows.append((b.name, size, r.seconds, None, f"not replayed: over {REPLAY_MAX_SECONDS:g} s"))
                    else:
                        st, why = replay_sql(b, j, args.timeout)
                        sqlite_rows.append((b.name, size, r.seconds, st, why))
            if want_jrnl and isinstance(jrnl_status, tuple) and size <= 100_000:
                def spiegel_result(name):
                    if (name, size) in results and results[(name, size)].ok:
                        return results[(name, size)]
                    b = next(b for b in matrix() if b.name == name)
                    print(f"{size:>9}  {b.name} (for jrnl)", flush=True)
                    return say(measure(lambda: full_argv(b, j), runs, args.timeout))

                jrnl_per_size[size] = jrnl_run(jrnl_status, j, runs, args.timeout, spiegel_result)

    jrnl_report = None
    if want_jrnl:
        jrnl_report = jrnl_section(jrnl_status, jrnl_per_size, sizes)
    write(args.out, args, sizes, benches, absent, results, sqlite_rows, jrnl_report, load_before, os.getloadavg()[0], started)
    with open(os.path.join(DATA, "results-last.json"), "w") as f:
        json.dump(
            {f"{k[0]} @ {k[1]}": (v.__dict__ if isinstance(v, Result) else v) for k, v in results.items()},
            f, indent=1,
        )


def jrnl_run(status, j, runs, timeout, spiegel_result):
    jrnl, version = status
    home = tempfile.mkdtemp(dir=j.work, prefix="jrnl-home-")
    env = jrnl_env(home)
    journal_path = os.path.join(home, "journal.txt")
    count = jrnl_journal(j, journal_path)
    config = os.path.join(home, "jrnl.yaml")
    with open(config, "w") as f:
        f.write(JRNL_CONFIG.format(journal=journal_path, version=version))
    base = [jrnl, "--config-file", config]
    ops = [
        ("start-up (`jrnl -n 1`)", base + ["-n", "1"], "startup (`list --limit 1`)"),
        ("tag filter (`jrnl -n 50 @accepted-refusal`)", base + ["-n", "50", "@accepted-refusal"],
         "`list --why accepted-refusal --limit 50`"),
        ("tag table (`jrnl --tags`)", base + ["--tags"], "`patterns`"),
        ("add an entry (`jrnl TEXT`)", base + ["Bench entry: step @went-too-fast. bench"], "`add`"),
    ]
    rows = []
    for label, argv, counterpart in ops:
        print(f"{j.size:>9}  jrnl {label}", flush=True)
        jr = say(measure_env(argv, runs, timeout, env))
        rows.append((label, counterpart, jr, spiegel_result(counterpart)))
    return count, rows


if __name__ == "__main__":
    main()
