"""Live channel benchmark: members following one meeting on two `emeeting serve` processes on PostgreSQL.

Run:  .venv/bin/python tests/bench/bench_live.py [--members 300] [--changes 20] [--drop 30]

A temporary PostgreSQL cluster (as in tests/server) holds the database; two `emeeting serve` processes on
127.0.0.1 share it and one documents folder. A secretary publishes a meeting with every member invited;
each member logs in (its own device token) on one of the two processes, half on each. Then, in one run:

- reference: every member asks GET /health once (with its token), at the same rate as the chair changes;
- chair: every member follows the meeting's stream; the secretary moves the chair ``--changes`` times
  (through either process in turn) and the time from just before each POST to each member's receipt of
  that event is measured (all members, all changes);
- drop: one more member's connection is cut for ``--drop`` seconds while the chair moves on; it reconnects
  with Last-Event-ID and must get every event it missed, none twice.

Printed: p50/p95/p99/max next to the reference and the targets (p95 ≤ 250 ms, p99 ≤ 500 ms), and the
drop's outcome.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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

TARGET_P95_MS, TARGET_P99_MS = 250.0, 500.0
PASSWORD = "bench password"


@dataclass
class Latencies:
    seconds: list[float] = field(default_factory=list)
    errors: int = 0

    def line(self, name: str) -> str:
        ms = sorted(x * 1000 for x in self.seconds)
        if not ms:
            return f"{name:<34} no answers, errors {self.errors}"

        def at(q: float) -> float:
            return ms[min(len(ms) - 1, int(len(ms) * q))]

        return (
            f"{name:<34} {len(ms):>6}  errors {self.errors:>3}  p50 {statistics.median(ms):7.1f} ms"
            f"  p95 {at(0.95):7.1f} ms  p99 {at(0.99):7.1f} ms  max {ms[-1]:7.1f} ms"
        )

    def quantile(self, q: float) -> float:
        ms = sorted(x * 1000 for x in self.seconds)
        return ms[min(len(ms) - 1, int(len(ms) * q))] if ms else float("inf")


def change(entity: object) -> dict[str, object]:
    return {"kind": kind_of(type(entity)), "id": entity.id, "base_version": 0, "data": p.encode(entity)}  # type: ignore[attr-defined]


def prepare(db_url: str, members: int) -> None:
    db = Database(db_url, pool_size=2)
    db.upgrade()
    accounts = Accounts(db, Passwords(time_cost=1, memory_kib=8192))  # set-up, not the test
    accounts.add_user("sec", PASSWORD, "secretary", committees=("bench-committee",))
    for n in range(members):
        accounts.add_user(f"member{n}", PASSWORD, "member", person_id=f"person-{n:05d}")
    db.dispose()


async def login(client: httpx.AsyncClient, user: str, gate: asyncio.Semaphore) -> str:
    async with gate:
        body = {"user": user, "password": PASSWORD, "device": f"{user}-laptop"}
        r = await client.post("/auth/login", json=body)
        while r.status_code == 429:  # the server checks only a few passwords at once
            await asyncio.sleep(float(r.headers["Retry-After"]))
            r = await client.post("/auth/login", json=body)
        r.raise_for_status()
        return str(r.json()["token"])


async def publish(client: httpx.AsyncClient, token: str, members: int) -> tuple[str, list[str]]:
    headers = {"Authorization": f"Bearer {token}"}
    committee = m.Committee("คณะกรรมการทดสอบ", "BENCH", id="bench-committee")
    meeting = m.Meeting(committee.id, 1, 2569, "ประชุมสด", datetime(2026, 12, 10, 2, 30, tzinfo=UTC))
    items = [m.AgendaItem(meeting.id, f"วาระที่ {k}", position=k) for k in range(5)]
    people = [m.Person(f"สมาชิก{n}", "ทดสอบ", id=f"person-{n:05d}") for n in range(members)]
    invitations = [m.Invitation(meeting.id, person.id) for person in people]
    everything: list[object] = [committee, meeting, *items, *people, *invitations]
    for start in range(0, len(everything), 500):
        batch = [change(e) for e in everything[start : start + 500]]
        (await client.post("/sync/push", json={"changes": batch}, headers=headers)).raise_for_status()
    return meeting.id, [item.id for item in items]


async def follow(
    client: httpx.AsyncClient,
    token: str,
    meeting_id: str,
    after: int,
    arrived: dict[int, float],
    connected: asyncio.Event,
) -> None:
    """Read the stream into ``arrived`` (event id -> time received) until cancelled."""
    headers = {"Authorization": f"Bearer {token}", "Last-Event-ID": str(after)}
    async with client.stream("GET", f"/live/{meeting_id}/stream", headers=headers, timeout=None) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if line.startswith(":"):
                connected.set()
            elif line.startswith("data:"):
                event = json.loads(line[5:])
                if event["id"] in arrived:
                    raise AssertionError(f"event {event['id']} arrived twice")
                arrived[event["id"]] = time.monotonic()


async def stopped(task: asyncio.Task[None]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def run(args: argparse.Namespace, urls: list[str]) -> None:
    members = args.members
    limits = httpx.Limits(max_connections=members + 50, max_keepalive_connections=members + 50)
    clients = [httpx.AsyncClient(base_url=url, limits=limits, timeout=60) for url in urls]
    try:
        gate = asyncio.Semaphore(8)
        sec = await login(clients[1], "sec", gate)
        print(f"publishing a meeting for {members} members …", flush=True)
        meeting_id, items = await publish(clients[1], sec, members)
        print("logging in …", flush=True)
        tokens = await asyncio.gather(*(login(clients[n % 2], f"member{n}", gate) for n in range(members)))
        start = (
            await clients[0].get(f"/live/{meeting_id}/events", headers={"Authorization": f"Bearer {sec}"})
        ).json()["last"]

        # Reference: a plain round trip to /health by every member, at the chair changes' pace.
        reference = Latencies()

        async def health(n: int) -> None:
            began = time.monotonic()
            try:
                r = await clients[n % 2].get("/health", headers={"Authorization": f"Bearer {tokens[n]}"})
                r.raise_for_status()
                reference.seconds.append(time.monotonic() - began)
            except httpx.HTTPError:
                reference.errors += 1

        for _ in range(args.changes):
            await asyncio.gather(*(health(n) for n in range(members)))
            await asyncio.sleep(args.every)

        print(f"{members} members follow the meeting …", flush=True)
        arrivals = [dict[int, float]() for _ in range(members)]
        ready = [asyncio.Event() for _ in range(members)]
        followers = [
            asyncio.create_task(follow(clients[n % 2], tokens[n], meeting_id, start, arrivals[n], ready[n]))
            for n in range(members)
        ]
        await asyncio.wait_for(asyncio.gather(*(r.wait() for r in ready)), timeout=120)
        # The member whose connection drops: one more stream on process A.
        dropper = await login(clients[0], "member0", gate)
        dropped_seen: dict[int, float] = {}
        drop_ready = asyncio.Event()
        drop_task = asyncio.create_task(
            follow(clients[0], dropper, meeting_id, start, dropped_seen, drop_ready)
        )
        await drop_ready.wait()
        await asyncio.sleep(1.0)  # every joined event has gone by

        chair = Latencies()
        posted: dict[int, float] = {}
        sec_headers = {"Authorization": f"Bearer {sec}"}
        dropped_at = args.changes // 3
        missed: list[int] = []
        for k in range(args.changes):
            if k == dropped_at:
                await stopped(drop_task)
                last_seen = max(dropped_seen, default=start)
                drop_gone = time.monotonic()
            began = time.monotonic()
            body = {"item_id": items[k % len(items)], "document_id": None, "page": None}
            r = await clients[k % 2].post(f"/live/{meeting_id}/chair", json=body, headers=sec_headers)
            r.raise_for_status()
            posted[r.json()["id"]] = began
            if k >= dropped_at:
                missed.append(r.json()["id"])
            await asyncio.sleep(args.every)
        if args.drop > 0:
            await asyncio.sleep(max(0.0, args.drop - (time.monotonic() - drop_gone)))
        # Back after the drop: resumed from the last id it saw.
        resumed: dict[int, float] = {}
        again = asyncio.create_task(
            follow(clients[0], dropper, meeting_id, last_seen, resumed, asyncio.Event())
        )
        await asyncio.sleep(2.0)
        for task in (*followers, again):
            await stopped(task)

        for arrived in arrivals:
            for event_id, at in posted.items():
                if event_id in arrived:
                    chair.seconds.append(arrived[event_id] - at)
                else:
                    chair.errors += 1
        print()
        print(reference.line("reference: GET /health"))
        print(chair.line("chair change reaches each member"))
        print(f"targets: p95 ≤ {TARGET_P95_MS:.0f} ms, p99 ≤ {TARGET_P99_MS:.0f} ms, no event missed")
        ok = (
            chair.errors == 0
            and chair.quantile(0.95) <= TARGET_P95_MS
            and chair.quantile(0.99) <= TARGET_P99_MS
        )
        got_back = [i for i in missed if i in resumed]
        dupes = set(dropped_seen) & set(resumed)
        print(
            f"drop of {args.drop:.0f} s: {len(missed)} chair events while away, {len(got_back)} received on "
            f"resuming, {len(dupes)} twice"
        )
        ok = ok and len(got_back) == len(missed) and not dupes
        print("PASS" if ok else "FAIL")
    finally:
        for client in clients:
            await client.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--every", type=float, default=0.5, help="seconds between chair changes")
    parser.add_argument("--drop", type=float, default=30.0, help="seconds one member's connection is down")
    args = parser.parse_args()
    with temporary_cluster(max_connections=max(300, args.members + 100)) as cluster:
        db_url = cluster.new_database()
        prepare(db_url, args.members)
        with tempfile.TemporaryDirectory() as folder:
            blobs = Path(folder) / "blobs"
            ports = [free_port(), free_port()]
            with emeeting_serve(db_url, blobs, ports[0]), emeeting_serve(db_url, blobs, ports[1]):
                asyncio.run(run(args, [f"http://127.0.0.1:{port}" for port in ports]))


if __name__ == "__main__":
    main()
