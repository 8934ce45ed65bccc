"""Polling benchmark: 1,000 clients polling a PostgreSQL-backed sync server on this machine.

Run:  .venv/bin/python tests/bench/bench_server.py [--clients 1000] [--interval 10] [--edit-every 2]

A temporary PostgreSQL cluster (as in tests/server) holds the server's database; `emeeting serve` runs as
its own process on 127.0.0.1. A secretary publishes 50 meetings; every client is a member invited to one
of them, logs in (its own device token) and pulls everything once. Then, in the same run:

- reference: every client asks GET /health (with its token) once per interval, at a random phase;
- sync: every client asks GET /sync/changes?since=<its cursor> once per interval, while the secretary
  changes one agenda item every two seconds (--edit-every) (so polls also find new versions they must filter).

Clients are asyncio tasks sharing one httpx client with a bounded connection pool. Latency is measured
from just before each request to its complete answer. Printed: requests, errors, p50/p99/max latency for
both phases, next to the targets (p99 at most 100 ms, 0 errors).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from emeeting.domain import model as m  # noqa: E402
from emeeting.domain.kinds import kind_of  # noqa: E402
from emeeting.server.accounts import Accounts  # noqa: E402
from emeeting.server.auth import Passwords  # noqa: E402
from emeeting.server.storage import Database  # noqa: E402
from emeeting.sync import protocol as p  # noqa: E402
from tests.bench.serving import emeeting_serve  # noqa: E402
from tests.server.conftest import free_port, temporary_cluster  # noqa: E402

TARGET_P99_MS = 100.0
PASSWORD = "bench password"
MEETINGS = 50


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors += 1
        self.error_kinds[what] = self.error_kinds.get(what, 0) + 1

    def line(self, name: str) -> str:
        ms = sorted(x * 1000 for x in self.latencies)
        if not ms:
            return f"{name:<28} no answers, errors {self.errors} {self.error_kinds}"
        p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
        return (
            f"{name:<28} {len(ms):>7} req  errors {self.errors:>3}  p50 {statistics.median(ms):7.1f} ms"
            f"  p99 {p99:7.1f} ms  max {ms[-1]:7.1f} ms" + (f"  {self.error_kinds}" if self.errors else "")
        )

    def p99(self) -> float:
        ms = sorted(x * 1000 for x in self.latencies)
        return ms[min(len(ms) - 1, int(len(ms) * 0.99))] if ms else float("inf")


def change(entity: object, base: int = 0) -> dict[str, object]:
    return {
        "kind": kind_of(type(entity)),
        "id": entity.id,
        "base_version": base,
        "data": p.encode(entity),
    }  # type: ignore[attr-defined]


def prepare(db_url: str, clients: int) -> None:
    db = Database(db_url, pool_size=2)
    db.upgrade()
    # Cheaper hashes than production (the hash keeps its parameters): 1,000 logins are set-up, not the test.
    accounts = Accounts(db, Passwords(time_cost=1, memory_kib=8192))
    accounts.add_user("sec", PASSWORD, "secretary", committees=("bench-committee",))
    for n in range(clients):
        accounts.add_user(f"member{n}", PASSWORD, "member", person_id=f"person-{n:05d}")
    db.dispose()


async def publish(client: httpx.AsyncClient, clients: int) -> tuple[str, list[tuple[m.AgendaItem, int]]]:
    r = await client.post("/auth/login", json={"user": "sec", "password": PASSWORD, "device": "office"})
    token = r.json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    committee = m.Committee("คณะกรรมการทดสอบ", "BENCH", id="bench-committee")
    people = [m.Person(f"สมาชิก{n}", "ทดสอบ", id=f"person-{n:05d}") for n in range(clients)]
    meetings = [
        m.Meeting(committee.id, n + 1, 2569, f"ประชุมครั้งที่ {n + 1}", datetime(2026, 1, 1, 2, 30, tzinfo=UTC))
        for n in range(MEETINGS)
    ]
    items = [m.AgendaItem(meeting.id, f"วาระที่ {k}", position=k) for meeting in meetings for k in range(5)]
    invitations = [m.Invitation(meetings[n % MEETINGS].id, person.id) for n, person in enumerate(people)]
    everything: list[object] = [committee, *people, *meetings, *items, *invitations]
    versions: dict[str, int] = {}
    for start in range(0, len(everything), 500):
        batch = [change(e) for e in everything[start : start + 500]]
        r = await client.post("/sync/push", json={"changes": batch}, headers=headers)
        r.raise_for_status()
        versions |= {a["id"]: a["version"] for a in r.json()["accepted"]}
    return token, [(item, versions[item.id]) for item in items]


async def editor(
    client: httpx.AsyncClient, token: str, items: list[tuple[m.AgendaItem, int]], stop: float, every: float
) -> int:
    """The secretary edits one agenda item every ``every`` seconds."""
    headers = {"Authorization": f"Bearer {token}"}
    done = 0
    while time.monotonic() < stop:
        index = done % len(items)
        item, base = items[index]
        edited = m.AgendaItem(**{**item.__dict__, "facts": f"แก้ไขครั้งที่ {done}"})
        r = await client.post("/sync/push", json={"changes": [change(edited, base)]}, headers=headers)
        r.raise_for_status()
        items[index] = (edited, r.json()["accepted"][0]["version"])
        done += 1
        await asyncio.sleep(every)
    return done


async def poller(
    client: httpx.AsyncClient,
    token: str,
    path: str,
    interval: float,
    stop: float,
    stats: Stats,
    cursor: list[int],
) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    await asyncio.sleep(random.uniform(0, interval))
    next_at = time.monotonic()
    while next_at < stop:
        started = time.monotonic()
        try:
            params = {"since": cursor[0]} if path == "/sync/changes" else None
            r = await client.get(path, headers=headers, params=params)
            elapsed = time.monotonic() - started
            if r.status_code != 200:
                stats.error(f"HTTP {r.status_code}")
            else:
                stats.latencies.append(elapsed)
                if path == "/sync/changes":
                    cursor[0] = r.json()["cursor"]
        except httpx.HTTPError as e:
            stats.error(type(e).__name__)
        next_at += interval
        await asyncio.sleep(max(0.0, next_at - time.monotonic()))


async def setup(
    url: str, clients: int, pool: int
) -> tuple[str, list[tuple[m.AgendaItem, int]], list[str], list[int]]:
    """Publish, then log every client in and pull once: tokens and cursors for the phases."""
    limits = httpx.Limits(max_connections=pool, max_keepalive_connections=pool)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        print(f"publishing {MEETINGS} meetings for {clients} members …", flush=True)
        sec_token, items = await publish(client, clients)
        print("logging in and pulling once per client …", flush=True)
        gate = asyncio.Semaphore(16)
        tokens: list[str] = [""] * clients
        cursors: list[int] = [0] * clients

        async def start(n: int) -> None:
            async with gate:
                body = {"user": f"member{n}", "password": PASSWORD, "device": f"laptop{n}"}
                r = await client.post("/auth/login", json=body)
                while r.status_code == 429:  # the server checks only a few passwords at once
                    await asyncio.sleep(float(r.headers["Retry-After"]))
                    r = await client.post("/auth/login", json=body)
                r.raise_for_status()
                tokens[n] = r.json()["token"]
                headers = {"Authorization": f"Bearer {tokens[n]}"}
                while True:
                    r = await client.get("/sync/changes", params={"since": cursors[n]}, headers=headers)
                    r.raise_for_status()
                    cursors[n] = r.json()["cursor"]
                    if not r.json()["more"]:
                        break

        await asyncio.gather(*(start(n) for n in range(clients)))
        return sec_token, items, tokens, cursors


@dataclass(frozen=True)
class Phase:
    url: str
    path: str
    interval: float
    start_at: float  # wall-clock times, shared by every client process
    stop_at: float
    pool: int


async def _phase(phase: Phase, tokens: list[str], cursors: list[int]) -> Stats:
    limits = httpx.Limits(max_connections=phase.pool, max_keepalive_connections=phase.pool)
    stats = Stats()
    await asyncio.sleep(max(0.0, phase.start_at - time.time()))  # every process starts polling together
    stop = time.monotonic() + (phase.stop_at - time.time())
    async with httpx.AsyncClient(base_url=phase.url, limits=limits, timeout=30) as client:
        await asyncio.gather(
            *(
                poller(client, token, phase.path, phase.interval, stop, stats, [cursor])
                for token, cursor in zip(tokens, cursors, strict=True)
            )
        )
    return stats


def phase_worker(phase: Phase, tokens: list[str], cursors: list[int]) -> tuple[list[float], dict[str, int]]:
    """One client process's share of the clients (run in a child process)."""
    stats = asyncio.run(_phase(phase, tokens, cursors))
    return stats.latencies, stats.error_kinds


def server_cpu(pid: int) -> float:
    """CPU seconds the server process has used (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_phase(
    url: str, path: str, tokens: list[str], cursors: list[int], args: argparse.Namespace, server_pid: int,
    editor_task: tuple[str, list[tuple[m.AgendaItem, int]]] | None,
) -> tuple[Stats, float]:  # fmt: skip
    """All clients in --processes child processes; returns the stats and the server's CPU ms per request."""
    from concurrent.futures import ProcessPoolExecutor

    stats = Stats()
    n = args.processes
    start_at = time.time() + 3  # the children are running by then
    stop_at = start_at + args.duration
    phase = Phase(url, path, args.interval, start_at, stop_at, args.pool)
    cpu_before = server_cpu(server_pid)
    with ProcessPoolExecutor(n) as pool:
        futures = [pool.submit(phase_worker, phase, tokens[k::n], cursors[k::n]) for k in range(n)]
        if editor_task is not None:

            async def edit() -> int:
                await asyncio.sleep(max(0.0, start_at - time.time()))
                async with httpx.AsyncClient(base_url=url, timeout=30) as client:
                    stop = time.monotonic() + (stop_at - time.time())
                    return await editor(client, editor_task[0], editor_task[1], stop, args.edit_every)

            asyncio.run(edit())
        for future in futures:
            latencies, kinds = future.result()
            stats.latencies += latencies
            for kind, count in kinds.items():
                stats.errors += count
                stats.error_kinds[kind] = stats.error_kinds.get(kind, 0) + count
    cpu = server_cpu(server_pid) - cpu_before
    return stats, cpu * 1000 / max(1, len(stats.latencies) + stats.errors)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between one client's polls")
    parser.add_argument("--edit-every", type=float, default=2.0, help="seconds between the secretary's edits")
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per phase")
    parser.add_argument("--pool", type=int, default=50, help="each client process's connection pool")
    parser.add_argument("--processes", type=int, default=2, help="client processes sharing the clients")
    args = parser.parse_args()
    with temporary_cluster(max_connections=100, fsync=True) as cluster, tempfile.TemporaryDirectory() as tmp:
        db_url = cluster.new_database()
        print(f"creating {args.clients} users …", flush=True)
        prepare(db_url, args.clients)
        port = free_port()
        with emeeting_serve(db_url, Path(tmp) / "blobs", port) as server:
            url = f"http://127.0.0.1:{port}"
            sec_token, items, tokens, cursors = asyncio.run(setup(url, args.clients, args.pool))
            results = {}
            for name, path in (("reference", "/health"), ("sync", "/sync/changes")):
                print(f"{path}: {args.clients} clients, once each per {args.interval:g} s …", flush=True)
                edits = (sec_token, items) if path == "/sync/changes" else None
                results[name] = run_phase(url, path, tokens, cursors, args, server.pid, edits)
    print()
    rate = args.clients / args.interval
    print(f"{args.clients} clients, each polling every {args.interval:g} s ({rate:.0f} requests/s)")
    (reference, reference_cpu), (sync, sync_cpu) = results["reference"], results["sync"]
    print(reference.line("reference: GET /health") + f"  server CPU {reference_cpu:.2f} ms/req")
    print(sync.line("sync: GET /sync/changes") + f"  server CPU {sync_cpu:.2f} ms/req")
    ok = sync.p99() <= TARGET_P99_MS and sync.errors == 0
    print(f"target: p99 ≤ {TARGET_P99_MS:.0f} ms and 0 errors → {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
