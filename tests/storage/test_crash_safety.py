"""kill -9 while writing: every transaction that returned survives, and the store stays healthy."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import emeeting
from emeeting.domain import model as m
from emeeting.storage.store import Store

ROUNDS = 10

# Each transaction stores a document's content, then a person and a document pointing at it, and only then
# prints their ids: a printed line means "the commit returned".
WRITER = textwrap.dedent(
    """
    import os, sys
    from datetime import UTC, datetime
    from pathlib import Path

    from emeeting.domain import model as m
    from emeeting.services.container import Services

    services = Services.open(Path(sys.argv[1]), actor="writer-" + sys.argv[2])
    committee = m.Committee("คณะกรรมการทดสอบ", "K" + sys.argv[2])
    meeting = m.Meeting(committee.id, 1, 2569, "ประชุม", datetime(2026, 3, 1, tzinfo=UTC))
    services.records.create(committee, meeting)
    print("ready", flush=True)
    n = 0
    while True:
        content = os.urandom(1024 + n % 7 * 9000)
        sha = services.store.blobs.put_bytes(content)
        person = m.Person("คนที่", str(n))
        document = m.Document(meeting.id, f"doc {n}", "doc.pdf", "application/pdf", len(content), sha)
        services.records.create(person, document)
        sys.stdout.write(f"{person.id} {document.id}\\n")
        sys.stdout.flush()
        n += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
def test_kill_9_while_writing_loses_no_committed_transaction(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(emeeting.__file__).parent.parent))
    rng = random.Random()
    seed = rng.randrange(1 << 30)
    rng.seed(seed)
    committed: list[tuple[str, str]] = []
    started = time.monotonic()

    for round_ in range(ROUNDS):
        with subprocess.Popen(
            [sys.executable, str(script), str(data_dir), str(round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        ) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            ready = proc.stdout.readline()
            assert ready == b"ready\n", proc.stderr.read().decode(errors="replace")
            for _ in range(rng.randint(5, 40)):
                line = proc.stdout.readline()
                assert line.endswith(b"\n"), proc.stderr.read().decode(errors="replace")
                committed.append(tuple(line.decode().split()))  # type: ignore[arg-type]
            time.sleep(rng.random() * 0.02)  # kill at a random moment inside the next transactions
            proc.send_signal(signal.SIGKILL)
            rest, _ = proc.communicate(timeout=30)
            assert proc.returncode == -signal.SIGKILL
        lines = rest.decode().split("\n")
        committed += [tuple(line.split()) for line in lines[:-1]]  # type: ignore[misc]  # last: partial

    store = Store.open(data_dir)
    try:
        assert store.check() == [], f"seed {seed}"
        with store.read() as repo:
            people = {p.id for p in repo.select(m.Person)}
            documents = {d.id: d for d in repo.select(m.Document)}
        missing = [ids for ids in committed if ids[0] not in people or ids[1] not in documents]
        assert missing == [], f"seed {seed}: {len(missing)} committed transactions lost"
        for _, document_id in committed:
            store.blobs.verified_path(documents[document_id].sha256)
        assert len(committed) >= ROUNDS * 5
    finally:
        store.close()
    assert time.monotonic() - started < 60
