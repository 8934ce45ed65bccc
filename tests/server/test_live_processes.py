"""Two ``emeeting serve`` processes on one PostgreSQL database and one documents folder: a member connected to
one sees at once the chair's place set through the other, and downloads a paper uploaded through the other."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx

from emeeting.server.accounts import Accounts
from emeeting.server.auth import Passwords
from emeeting.server.storage import Database
from tests.server.conftest import Cluster, Live, build_world, free_port

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def serve(tmp_path: Path, name: str, db_url: str, blobs: Path) -> Iterator[str]:
    """``emeeting serve`` as a subprocess; yields its address once it answers."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp_path / f"{name}.log").open("wb")
    command = [sys.executable, "-m", "emeeting", "--data-dir", str(tmp_path / name), "serve"]
    command += ["--port", str(port), "--db", db_url, "--blobs", str(blobs)]
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp_path / f"{name}.log").read_text()
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_two_processes_share_the_live_channel_and_the_documents(pg_cluster: Cluster, tmp_path: Path) -> None:
    db_url = pg_cluster.new_database()
    blobs = tmp_path / "blobs"  # the one folder every process is given
    with ExitStack() as stack:
        url_a, url_b = (stack.enter_context(serve(tmp_path, n, db_url, blobs)) for n in ("a", "b"))
        db = Database(db_url, pool_size=2)
        stack.callback(db.dispose)
        accounts = Accounts(db, Passwords(1, 8192))
        # The world is made through process B: its users, records and documents.
        world = build_world(Live(url_b, SimpleNamespace(accounts=accounts)))  # type: ignore[arg-type]
        meeting, item = world.meeting_a.id, world.open_item.id
        with world.client("sec") as sec_on_b:
            last = sec_on_b.get(f"/live/{meeting}/events").json()["last"]
        alice_on_a = httpx.Client(
            base_url=url_a, headers={"Authorization": f"Bearer {world.tokens['alice']}"}
        )
        stack.callback(alice_on_a.close)
        with alice_on_a.stream(
            "GET", f"/live/{meeting}/stream", params={"after": last}, timeout=10
        ) as response:
            assert response.status_code == 200
            lines = response.iter_lines()
            assert next(lines) == ": connected"
            posted = time.monotonic()
            with world.client("sec") as sec_on_b:
                r = sec_on_b.post(f"/live/{meeting}/chair", json={"item_id": item})
                assert r.status_code == 200, r.text
            data = next(line for line in lines if line.startswith("data:"))
            event: dict[str, Any] = json.loads(data.removeprefix("data:"))
            took = time.monotonic() - posted
        assert event == r.json()
        assert took < 2.0  # woken by the notification, not by a keep-alive
        paper = world.docs["open"]
        got = alice_on_a.get(f"/blobs/{paper.sha256}")
        assert got.status_code == 200 and got.content == world.blob("open")
        assert hashlib.sha256(got.content).hexdigest() == paper.sha256
        # Not the records' visibility alone: a paper alice may not read stays closed on either process.
        assert alice_on_a.get(f"/blobs/{world.docs['b'].sha256}").status_code == 404
