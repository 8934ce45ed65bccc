"""Documents benchmark: a member's initial sync of 200 meetings / 2,000 documents of ~40 KB, next to Python's
own ``http.server`` serving the same 2,000 files to a plain client, in the same run.

Run:  .venv/bin/python tests/bench/bench_documents.py [--meetings 200] [--documents-per-meeting 10] [--kb 40]

`emeeting serve` runs as its own process on 127.0.0.1 with a SQLite database. A secretary publishes the
meetings (each with one agenda item and its documents, distinct contents) and invites one member to all of
them. Then, in the same run:

- reference: ``python -m http.server`` (its own process) serves a folder holding the same 2,000 files; one
  httpx client downloads them one after the other (raw bytes, not stored);
- single GET: the member's token downloads the same 2,000 documents from our server one GET at a time,
  the way the reference does (what one request costs us);
- sync: the member's first sync into an empty data folder (the real SyncService / SyncEngine path: pull,
  apply, download, verify, store).

Target: the sync at most 3 x the reference.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

from emeeting.domain import model as m  # noqa: E402
from emeeting.domain.kinds import kind_of  # noqa: E402
from emeeting.server.accounts import Accounts  # noqa: E402
from emeeting.server.auth import Passwords  # noqa: E402
from emeeting.server.storage import Database  # noqa: E402
from emeeting.services.container import Services  # noqa: E402
from emeeting.services.credentials import Credentials  # noqa: E402
from emeeting.sync import protocol as p  # noqa: E402
from emeeting.sync.service import SyncService  # noqa: E402
from tests.bench.serving import emeeting_serve, process  # noqa: E402
from tests.server.conftest import free_port  # noqa: E402

TARGET_RATIO = 3.0
PASSWORD = "bench password 2026"


def change(entity: object) -> dict[str, object]:
    return {"kind": kind_of(type(entity)), "id": entity.id, "base_version": 0, "data": p.encode(entity)}  # type: ignore[attr-defined]


def document_bytes(meeting: int, document: int, size: int) -> bytes:
    return (f"%PDF-1.4 meeting {meeting} document {document} เอกสารประกอบวาระ ".encode() * (size // 40 + 1))[
        :size
    ]


def publish(url: str, meetings: int, per_meeting: int, size: int, files: Path) -> tuple[int, int]:
    """The secretary uploads every document and pushes the meetings; each file is also written to ``files``
    for the reference server. Returns (documents, bytes)."""
    with httpx.Client(base_url=url, timeout=60) as client:
        r = client.post("/auth/login", json={"user": "sec", "password": PASSWORD, "device": "office"})
        client.headers["Authorization"] = f"Bearer {r.raise_for_status().json()['token']}"
        committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT", id="bench-committee")
        member = m.Person("อนันต์", "กรรมการ", id="bench-member")
        everything: list[object] = [committee, member, m.Membership(committee.id, member.id)]
        total = count = 0
        start = datetime(2026, 1, 5, 2, 30, tzinfo=UTC)
        for n in range(meetings):
            meeting = m.Meeting(
                committee.id, n + 1, 2569, f"ประชุมครั้งที่ {n + 1}", start + timedelta(days=7 * n)
            )
            item = m.AgendaItem(meeting.id, "เรื่องที่เสนอเพื่อพิจารณา")
            everything += [meeting, item, m.Invitation(meeting.id, member.id)]
            for d in range(per_meeting):
                data = document_bytes(n, d, size)
                sha = hashlib.sha256(data).hexdigest()
                client.put(f"/blobs/{sha}", content=data).raise_for_status()
                (files / f"{sha}").write_bytes(data)
                name = f"m{n}-d{d}.pdf"
                everything.append(
                    m.Document(meeting.id, name, name, "application/pdf", len(data), sha, item_id=item.id)
                )
                total += len(data)
                count += 1
        for first in range(0, len(everything), p.PUSH_MAX):
            batch = [change(e) for e in everything[first : first + p.PUSH_MAX]]
            client.post("/sync/push", json={"changes": batch}).raise_for_status()
    return count, total


def plain_download(url: str, names: list[str], token: str | None = None) -> tuple[float, int]:
    """Every file, one GET after the other, by one plain httpx client (bytes not stored)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    began = time.perf_counter()
    moved = 0
    with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
        for name in names:
            moved += len(client.get(name).raise_for_status().content)
    return time.perf_counter() - began, moved


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=200)
    parser.add_argument("--documents-per-meeting", type=int, default=10)
    parser.add_argument("--kb", type=int, default=40, help="size of each document in KB (default 40)")
    args = parser.parse_args()
    keyring.set_keyring(fail.Keyring())  # tokens stay in this process
    with tempfile.TemporaryDirectory(prefix="emeeting-bench-documents-") as folder:
        tmp = Path(folder)
        db_url = f"sqlite:///{tmp / 'server.db'}"
        db = Database(db_url, pool_size=1)
        db.upgrade()
        accounts = Accounts(db, Passwords(time_cost=1, memory_kib=8192))  # set-up, not the test
        accounts.add_user("sec", PASSWORD, "secretary", committees=("bench-committee",))
        accounts.add_user("anan", PASSWORD, "member", person_id="bench-member")
        db.dispose()
        files = tmp / "files"
        files.mkdir()
        port, reference_port = free_port(), free_port()
        url = f"http://127.0.0.1:{port}"
        plain = [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(files),
                 str(reference_port)]  # fmt: skip
        with (
            emeeting_serve(db_url, tmp / "blobs", port),
            process(plain, f"http://127.0.0.1:{reference_port}", "/"),
        ):
            print(f"publishing {args.meetings} meetings x {args.documents_per_meeting} documents of "
                  f"{args.kb} KB …", flush=True)  # fmt: skip
            count, total = publish(url, args.meetings, args.documents_per_meeting, args.kb * 1024, files)
            names = sorted(f"/{path.name}" for path in files.iterdir())
            ref_s, ref_bytes = plain_download(f"http://127.0.0.1:{reference_port}", names)

            services = Services.open(tmp / "member", actor="anan")
            sync = SyncService(services.store, Credentials())
            sync.login(url, "anan", PASSWORD)
            with httpx.Client(base_url=url, timeout=60) as c:
                r = c.post("/auth/login", json={"user": "anan", "password": PASSWORD, "device": "plain"})
                token = r.raise_for_status().json()["token"]
            single_s, _ = plain_download(url, [f"/blobs{name}" for name in names], token)

            began = time.perf_counter()
            report = sync.sync(url)
            sync_s = time.perf_counter() - began
            stored = sum(1 for d in services.records.select(m.Document) if services.store.blobs.has(d.sha256))

    ratio = sync_s / ref_s
    print()
    print(f"data: {args.meetings} meetings, {count} documents, {total / 1e6:.1f} MB of documents")
    print(f"reference  http.server, {len(names)} plain GETs:    {ref_s:6.2f} s  ({ref_bytes / 1e6:.1f} MB, "
          f"{ref_s / len(names) * 1000:.2f} ms per file)")  # fmt: skip
    print(f"single GET our server, {len(names)} plain GETs:   {single_s:6.2f} s  "
          f"({single_s / len(names) * 1000:.2f} ms per document)")  # fmt: skip
    print(f"sync       the member's initial sync:       {sync_s:6.2f} s  "
          f"({report.bytes_received / 1e6:.1f} MB, "
          f"{report.pulled} records, {report.downloaded} documents, {stored} stored, "
          f"{report.requests} requests)")  # fmt: skip
    ok = ratio <= TARGET_RATIO and stored == count
    print(
        f"ratio      sync / reference: {ratio:.2f}   (target <= {TARGET_RATIO:g}) {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
