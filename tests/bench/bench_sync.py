"""Sync benchmark: an attendee's initial sync of 200 meetings / 2,000 documents over loopback, next to a
plain HTTP download of the same bytes from the same server in the same run; a sync with nothing new;
one changed agenda item.

Run:  .venv/bin/python tests/bench/bench_sync.py [--meetings 200] [--documents-per-meeting 10] [--kb 40]

A real server (uvicorn, SQLite) runs on 127.0.0.1 in this process. A secretary's data folder holds the
meetings, each with the Thai agenda template and its documents (distinct contents), and invites one
member to all of them; the secretary publishes them. Then, in the same run:

- reference: one httpx client downloads every change page (GET /sync/changes, raw) and every document
  (GET /blobs/{sha256}, raw bytes, not stored) — the same bytes the sync moves, with nothing done to them;
- sync: the member's first sync into an empty data folder (pull, apply, download, verify, store);
- nothing new: the member syncs again (requests counted);
- one change: the secretary edits one agenda item and syncs; the member syncs through a counting TCP
  proxy, so the bytes are everything on the wire (HTTP headers included).

Targets: sync at most 1.5 x the reference; nothing new = 1 request; one change < 10 KB.
"""

from __future__ import annotations

import argparse
import dataclasses
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
from emeeting.intake.inspect import Inspected  # noqa: E402
from emeeting.services.documents import Intake  # noqa: E402
from tests.server.conftest import PASSWORD, run_server  # noqa: E402
from tests.sync.conftest import cheap_settings, make_desk  # noqa: E402
from tests.sync.faults import flaky_proxy  # noqa: E402


def build(
    tmp: Path, url: str, accounts: object, meetings: int, per_meeting: int, size: int
) -> tuple[object, int]:
    sec = make_desk(tmp, "secretary", url, None)
    services = sec.services
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    secretary, member = m.Person("Somsri", "Sec"), m.Person("Anan", "Member")
    services.records.create(committee, secretary, member)
    services.records.create(m.Membership(committee.id, member.id))
    accounts.add_user("somsri", PASSWORD, "secretary", person_id=secretary.id, committees=(committee.id,))  # type: ignore[attr-defined]
    accounts.add_user("anan", PASSWORD, "member", person_id=member.id)  # type: ignore[attr-defined]
    total = 0
    start = datetime(2026, 1, 5, 2, 30, tzinfo=UTC)
    for n in range(meetings):
        meeting_id = m.new_id()
        services.meetings.create(
            committee.id,
            f"ประชุมครั้งที่ {n + 1}",
            start + timedelta(days=7 * n),
            template="th",
            meeting_id=meeting_id,
        )
        item = services.records.select(m.AgendaItem, meeting_id=meeting_id, parent_id=None)[0]
        found = []
        for d in range(per_meeting):
            data = (f"meeting {n} document {d} ".encode() * (size // 20 + 1))[:size]
            sha = services.store.blobs.put_bytes(data)
            found.append(Inspected(Path(f"m{n}-d{d}.pdf"), "application/pdf", len(data), sha, 1, ""))
            total += len(data)
        services.documents.record(meeting_id, item.id, Intake(tuple(found), ()))
        services.records.create(m.Invitation(meeting_id, member.id))
    sec.sync.login(url, "somsri", PASSWORD)
    for meeting in services.records.select(m.Meeting):
        sec.sync.publish(url, meeting.id)
    began = time.perf_counter()
    report = sec.run()
    print(f"secretary publishes: {report.pushed} records, {report.uploaded} documents in "
          f"{time.perf_counter() - began:.1f} s")  # fmt: skip
    return sec, total


def reference(url: str, token: str) -> tuple[float, int]:
    """Every change page and every document, downloaded raw by one plain client."""
    began = time.perf_counter()
    moved = 0
    shas: set[str] = set()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        since = 0
        while True:
            page = client.get("/sync/changes", params={"since": since}).raise_for_status()
            moved += len(page.content)
            body = page.json()
            shas |= {
                r["data"]["sha256"] for r in body["records"] if r["kind"] == "document" and not r["deleted"]
            }
            since = body["cursor"]
            if not body["more"]:
                break
        for sha in sorted(shas):
            moved += len(client.get(f"/blobs/{sha}").raise_for_status().content)
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
    with tempfile.TemporaryDirectory(prefix="emeeting-bench-sync-") as folder:
        tmp = Path(folder)
        with run_server(cheap_settings(tmp)) as live:
            per = args.documents_per_meeting
            print(f"building {args.meetings} meetings x {per} documents of {args.kb} KB …")
            sec, total = build(
                tmp, live.url, live.state.accounts, args.meetings, args.documents_per_meeting, args.kb * 1024
            )
            token = live.login("anan", device="reference")
            # The same work twice on the reference side: the first run warms the server's hash checks.
            reference(live.url, token)
            ref_s, ref_bytes = reference(live.url, token)

            member = make_desk(tmp, "member", live.url, "anan")
            began = time.perf_counter()
            first = member.run()
            sync_s = time.perf_counter() - began
            documents = len(member.rows(m.Document))
            again = member.run()

            with flaky_proxy(live.url, seed=1) as proxy:
                counted = make_desk(tmp, "member-2", proxy.url, "anan")
                counted.run()
                item = sec.services.records.select(m.AgendaItem)[0]  # type: ignore[attr-defined]
                sec.services.agenda.update(dataclasses.replace(item, title=item.title + " (แก้ไข)"), base=item)  # type: ignore[attr-defined]
                sec.run()  # type: ignore[attr-defined]
                before = proxy.bytes
                one = counted.run()
                wire = proxy.bytes - before

    ratio = sync_s / ref_s
    print()
    print(f"data: {args.meetings} meetings, {documents} documents, {total / 1e6:.1f} MB of documents")
    print(f"reference  plain HTTP download of the same bytes: {ref_s:6.2f} s  ({ref_bytes / 1e6:.1f} MB)")
    print(f"sync       initial sync of the member:            {sync_s:6.2f} s  "
          f"({first.bytes_received / 1e6:.1f} MB, {first.pulled} records, {first.downloaded} documents, "
          f"{first.requests} requests)")  # fmt: skip
    print(f"ratio      sync / reference: {ratio:.2f}   (target <= 1.5) {'OK' if ratio <= 1.5 else 'MISSED'}")
    print(f"nothing new: {again.requests} request(s), {again.bytes_received} bytes   (target 1 request) "
          f"{'OK' if again.requests == 1 else 'MISSED'}")  # fmt: skip
    print(f"one changed agenda item: {one.pulled} record, {wire} bytes on the wire (headers included), "
          f"{one.requests} request(s)   (target < 10 KB) {'OK' if wire < 10_240 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
