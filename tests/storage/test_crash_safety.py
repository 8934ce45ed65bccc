"""kill -9 in the middle of writing: commits are atomic and the store is consistent afterwards.

A writer process commits transactions in a loop and is killed with SIGKILL at some moment, ten times over
on the same store. Afterwards every transaction whose commit had returned is there, no transaction is there
in part (a person without its document, or the reverse), every document's content is stored intact, and
``Store.check`` finds nothing wrong.

What this cannot show is durability across a power cut: the kernel's page cache survives SIGKILL, so a
missing fsync goes unnoticed here. The seed fixes how many commits each round waits for and when it
kills; where the kill lands still depends on the machine's timing.
"""

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
# prints their ids: a printed line means "the commit returned". Person and document share a "round n" tag.
WRITER = textwrap.dedent(
    """
    import os, sys
    from datetime import UTC, datetime
    from pathlib import Path

    from emeeting.domain import model as m
    from emeeting.services.records import insert
    from emeeting.storage.store import Store

    store = Store.open(Path(sys.argv[1]), actor="writer-" + sys.argv[2])
    committee = m.Committee("คณะกรรมการทดสอบ", "K" + sys.argv[2])
    meeting = m.Meeting(committee.id, 1, 2569, "ประชุม", datetime(2026, 3, 1, tzinfo=UTC))
    with store.transaction() as repo:
        insert(repo, committee, meeting)
    print("ready", flush=True)
    n = 0
    while True:
        content = os.urandom(1024 + n % 7 * 9000)
        sha = store.blobs.put_bytes(content)
        tag = f"{sys.argv[2]} {n}"
        person = m.Person("คนที่", tag)
        document = m.Document(meeting.id, tag, "doc.pdf", "application/pdf", len(content), sha)
        with store.transaction() as repo:  # the app's write path: validate, insert, audit
            insert(repo, person, document)
        sys.stdout.write(f"{person.id} {document.id}\\n")
        sys.stdout.flush()
        n += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_mid_transaction_leaves_atomic_commits_and_a_consistent_store(
    tmp_path: Path, seed: int
) -> None:
    data_dir = tmp_path / "data"
    Store.open(data_dir).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(emeeting.__file__).parent.parent))
    rng = random.Random(seed)
    committed: list[tuple[str, str]] = []

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
            time.sleep(rng.random() * 0.02)  # kill somewhere inside the next few transactions
            proc.send_signal(signal.SIGKILL)
            rest, _ = proc.communicate(timeout=30)
            assert proc.returncode == -signal.SIGKILL
        lines = rest.decode().split("\n")
        committed += [tuple(line.split()) for line in lines[:-1]]  # type: ignore[misc]  # last: partial

    store = Store.open(data_dir)
    try:
        assert store.check() == []
        with store.read() as repo:
            people = {p.id: p for p in repo.select(m.Person)}
            documents = {d.id: d for d in repo.select(m.Document)}
        missing = [ids for ids in committed if ids[0] not in people or ids[1] not in documents]
        assert missing == [], f"{len(missing)} committed transactions lost"
        # Atomic: a transaction cut short by the kill left nothing behind, not half of itself.
        assert sorted(p.last_name for p in people.values()) == sorted(d.name for d in documents.values())
        for document in documents.values():
            store.blobs.verified_path(document.sha256)
        assert len(committed) >= ROUNDS * 5
    finally:
        store.close()
