"""Benchmark: what the hash-chained audit trail costs.

Run:  .venv/bin/python tests/bench/bench_audit.py [--edits 300] [--meetings 1000]

(a) One edit's commit: a person's position changed in one write transaction (validate, write, audit event,
    COMMIT with synchronous=FULL), the median of --edits, on a store whose audit events are chained
    (read the head, hash the event, move the head) against the reference measured in the same run: a store
    at the schema before the chain (0004) where the same code inserts the audit event as a plain row.
    The two stores take turns, edit by edit, so that disk noise falls on both alike. Target: the chain
    adds at most 10 %.
(b) `emeeting check` on a store made by `emeeting demo --meetings N` (default 1000): the whole command as a
    user runs it (a fresh process: start-up, open, check, exit), and inside one process the parts of
    ``Store.check``: the database checks, verifying the hash chain, hashing every blob. Target: under 3 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from emeeting.domain import model as m  # noqa: E402
from emeeting.services.container import Services  # noqa: E402
from emeeting.services.records import insert, replace  # noqa: E402
from emeeting.storage import audit_chain  # noqa: E402
from emeeting.storage.blobs import sha256_of  # noqa: E402
from emeeting.storage.codec import EntityCodec  # noqa: E402
from emeeting.storage.store import DB_FILE, Store  # noqa: E402

EDIT_TARGET = 0.10  # the chain may add at most 10 % to an edit's commit
CHECK_TARGET_SECONDS = 3.0


def plain_append(conn: sqlite3.Connection, codec: EntityCodec, events: Sequence[object]) -> None:
    """The audit insert as it was before the chain: the event's fields, nothing else."""
    marks = ", ".join("?" * len(codec.fields))
    conn.executemany(
        f"INSERT INTO audit_events ({codec.columns_sql}) VALUES ({marks})", [codec.row(e) for e in events]
    )


def store_before_chain(data_dir: Path) -> Store:
    """A store at schema 0004, opened without upgrading it (the constructor does not migrate)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    data_dir.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{data_dir / DB_FILE}")
    config = Config()
    config.set_main_option("script_location", str(ROOT / "emeeting" / "storage" / "migrations"))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
    finally:
        engine.dispose()
    return Store(data_dir, "secretary")


def bench_edits(workdir: Path, edits: int) -> None:
    chained = Store.open(workdir / "chained", actor="secretary")
    reference = store_before_chain(workdir / "reference")
    chained_append = audit_chain.append
    people: dict[str, m.Person] = {}
    for name, store in (("chained", chained), ("reference", reference)):
        audit_chain.append = plain_append if store is reference else chained_append  # type: ignore[assignment]
        person = m.Person("สมชาย", "ใจดี")
        with store.transaction() as repo:
            insert(repo, person)
        # A trail of some length, as in a store in use (the chain's cost must not grow with it).
        for i in range(2000 // 50):
            with store.transaction() as repo:
                for j in range(50):
                    repo.audit("update", m.Person, person.id, f"warm-up {i}.{j}")
        people[name] = person

    def edit(name: str, store: Store, i: int) -> float:
        audit_chain.append = plain_append if store is reference else chained_append  # type: ignore[assignment]
        person = people[name]
        changed = dataclasses.replace(person, position=f"ตำแหน่งที่ {i}")
        started = time.perf_counter()
        with store.transaction() as repo:
            replace(repo, changed)
        elapsed = time.perf_counter() - started
        people[name] = changed
        return elapsed

    times: dict[str, list[float]] = {"chained": [], "reference": []}
    try:
        for i in range(edits):
            for name, store in (("chained", chained), ("reference", reference)):
                times[name].append(edit(name, store, i))
    finally:
        audit_chain.append = chained_append  # type: ignore[assignment]
    with closing(sqlite3.connect(chained.db_path)) as conn:
        assert audit_chain.verify(conn).intact, "the benchmark's own chain must hold"
    ours, ref = statistics.median(times["chained"]), statistics.median(times["reference"])
    added = ours / ref - 1
    print(f"(a) one edit's commit, median of {edits} (synchronous=FULL, WAL):")
    print(f"    reference, audit event without the chain: {ref * 1000:7.2f} ms")
    print(f"    with the hash chain:                      {ours * 1000:7.2f} ms  ({added:+.1%})")
    cost = statistics.median(_hash_only(2000))
    print(f"    of which hashing one link (json + sha256): {cost * 1e6:6.1f} µs")
    verdict = "within" if added <= EDIT_TARGET else "OVER"
    print(f"    target: at most +{EDIT_TARGET:.0%} — {verdict}")


def _hash_only(count: int) -> list[float]:
    values = [
        "0" * 36,
        "2026-03-24 02:30:00.000000",
        "secretary",
        "update",
        "person",
        "0" * 36,
        '{"a":[1,2]}',
    ]
    out = []
    for seq in range(count):
        started = time.perf_counter()
        audit_chain.link_hash(seq, "f" * 64, values)
        out.append(time.perf_counter() - started)
    return out


def timed(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def bench_check(workdir: Path, meetings: int) -> None:
    data_dir = workdir / "demo"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "demo", "--meetings", str(meetings)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    made = time.perf_counter() - started
    store = Store.open(data_dir)
    with closing(sqlite3.connect(store.db_path)) as conn:
        events = conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    blobs = list(store.blobs.all_hashes())
    size = sum(store.blobs.path(sha).stat().st_size for sha in blobs)
    print(
        f"(b) `emeeting check` on `demo --meetings {meetings}` (made in {made:.1f} s): {events} audit events,"
    )
    print(f"    {documents} documents in {len(blobs)} blobs ({size / 1e6:.0f} MB)")

    def command() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "check"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr

    def chain() -> None:
        with closing(sqlite3.connect(store.db_path)) as conn:
            assert audit_chain.verify(conn).intact

    def blob_hashing() -> None:
        for sha in blobs:
            sha256_of(store.blobs.path(sha))

    def python_start() -> None:
        subprocess.run([sys.executable, "-c", "pass"], check=True)

    whole = timed(command)
    services_check = timed(lambda: Services(store).check())
    in_process = timed(lambda: store.check())
    verify = timed(chain)
    hashing = timed(blob_hashing)
    start = timed(python_start)
    print(f"    the whole command (fresh process):        {whole:6.2f} s")
    print(f"      reference, a bare `python -c pass`:     {start:6.2f} s")
    print(f"    Services.check (what the command runs):   {services_check:6.2f} s")
    print(f"    Store.check in one process:               {in_process:6.2f} s, of which")
    print(f"      verifying the hash chain:               {verify:6.2f} s")
    print(f"      hashing every blob:                     {hashing:6.2f} s")
    print(f"      database checks (the rest):             {max(in_process - verify - hashing, 0):6.2f} s")
    others = max(services_check - in_process, 0)
    print(f"    Services.check beyond Store.check (certified minutes against the trail): {others:6.2f} s")
    verdict = "within" if whole < CHECK_TARGET_SECONDS else "OVER"
    print(f"    target: under {CHECK_TARGET_SECONDS:.0f} s — {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--meetings", type=int, default=1000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-audit-"))
    try:
        bench_edits(workdir, args.edits)
        bench_check(workdir, args.meetings)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
