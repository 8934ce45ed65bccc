"""Annotation sync benchmark: 10,000 annotations synced down to a fresh member store, next to a plain HTTP
download of the same bytes in the same run.

Run:  .venv/bin/python tests/bench/bench_annotation_sync.py [--annotations 10000] [--repeat 3]

A real server (uvicorn, SQLite) runs on 127.0.0.1 in this process. A secretary publishes one meeting with
one paper and invites a member; the member's first laptop sends her annotations (highlights, ink, sticky
notes and item notes with Thai text, private and shared) through the server's push. Then, in the same run:

- reference (file): the bytes the member's sync receives (every change page of the feed and the paper),
  saved as one file and downloaded whole by one plain httpx client from a bare ``http.server`` on
  127.0.0.1, with nothing done to them;
- reference (feed): the same change pages and paper downloaded raw from the sync server by one plain
  client (what the server itself costs);
- sync: the member's second laptop syncs into an empty data folder (pull, validate, apply, store, the
  paper downloaded and verified, her text marks checked against the paper's version).

Each is run ``--repeat`` times (a fresh data folder for every sync), the best kept.
Target: sync at most 1.5 x the reference (file).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

from emeeting.domain import model as m  # noqa: E402
from emeeting.sync import protocol as p  # noqa: E402
from tests.server.conftest import PASSWORD, run_server  # noqa: E402
from tests.services.conftest import pdf_bytes  # noqa: E402
from tests.sync.conftest import attach_bytes, cheap_settings, make_desk  # noqa: E402


def build(tmp: Path, url: str, accounts: object) -> tuple[m.Meeting, m.Document, m.AgendaItem]:
    sec = make_desk(tmp, "secretary", url, None)
    services = sec.services
    committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    secretary, member = m.Person("สมศรี", "เลขา"), m.Person("อนันต์", "กรรมการ")
    services.records.create(committee, secretary, member)
    services.records.create(m.Membership(committee.id, member.id))
    accounts.add_user("somsri", PASSWORD, "secretary", person_id=secretary.id, committees=(committee.id,))  # type: ignore[attr-defined]
    accounts.add_user("anan", PASSWORD, "member", person_id=member.id)  # type: ignore[attr-defined]
    meeting_id = m.new_id()
    services.meetings.create(
        committee.id, "ประชุมครั้งที่ 1", datetime(2026, 12, 10, 2, 30, tzinfo=UTC), template="th",
        meeting_id=meeting_id,
    )  # fmt: skip
    item = services.records.select(m.AgendaItem, meeting_id=meeting_id, parent_id=None)[0]
    paper = attach_bytes(services, meeting_id, item.id, "budget.pdf", pdf_bytes(40, "Budget"))
    services.records.create(m.Invitation(meeting_id, member.id))
    sec.sync.login(url, "somsri", PASSWORD)
    sec.sync.publish(url, meeting_id)
    sec.run()
    return services.records.get(m.Meeting, meeting_id), paper, item


def annotations(meeting: m.Meeting, paper: m.Document, item: m.AgendaItem, count: int) -> list[m.Annotation]:
    """The member's annotations: mostly highlights with a Thai quote and note, ink, sticky notes and
    notes on the item, a third of them shared with the committee."""
    out: list[m.Annotation] = []
    for n in range(count):
        on_paper = {"document_id": paper.id, "sha256": paper.sha256, "page": n % 40}
        sharing = m.Sharing.COMMITTEE if n % 3 == 0 else m.Sharing.PRIVATE
        y = 60 + (n % 30) * 24
        match n % 10:
            case 0 | 1 | 2 | 3 | 4 | 5:
                shape = m.AnnotationShape.HIGHLIGHT if n % 2 else m.AnnotationShape.UNDERLINE
                note = m.Annotation(
                    meeting.id, "anan", shape,
                    geometry=json.dumps([[72, y, 420, y + 16], [72, y + 18, 260, y + 34]]),
                    quote=f"งบประมาณรายจ่ายประจำปี {n} เพื่อพัฒนาระบบสารสนเทศ", text=f"ถามเรื่องตัวเลขข้อ {n}",
                    sharing=sharing, author="อนันต์ กรรมการ", **on_paper,  # type: ignore[arg-type]
                )  # fmt: skip
            case 6 | 7:
                strokes = [[[72 + k * 3.5, y + (k % 5) * 1.5] for k in range(24)] for _ in range(2)]
                note = m.Annotation(
                    meeting.id, "anan", m.AnnotationShape.INK, geometry=json.dumps(strokes), sharing=sharing,
                    **on_paper,  # type: ignore[arg-type]
                )  # fmt: skip
            case 8:
                note = m.Annotation(
                    meeting.id, "anan", m.AnnotationShape.STICKY, geometry=json.dumps([300, y]),
                    text=f"ขอเอกสารประกอบเพิ่มเติม ลำดับที่ {n}", sharing=sharing, **on_paper,  # type: ignore[arg-type]
                )  # fmt: skip
            case _:
                note = m.Annotation(
                    meeting.id, "anan", m.AnnotationShape.ITEM_NOTE, item_id=item.id,
                    text=f"ประเด็นที่จะถามในวาระนี้ ข้อ {n}", sharing=sharing,
                )  # fmt: skip
        out.append(note)
    return out


def send(url: str, token: str, notes: list[m.Annotation]) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
        for start in range(0, len(notes), p.PUSH_MAX):
            batch = notes[start : start + p.PUSH_MAX]
            changes = [
                {"kind": "annotation", "id": n.id, "base_version": 0, "deleted": False, "data": p.encode(n)}
                for n in batch
            ]
            client.post("/sync/push", json={"changes": changes}).raise_for_status()


def feed_bytes(url: str, token: str) -> tuple[float, list[bytes]]:
    """Every change page and the paper, downloaded raw from the sync server by one plain client."""
    began = time.perf_counter()
    parts: list[bytes] = []
    shas: set[str] = set()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as client:
        since = 0
        while True:
            page = client.get("/sync/changes", params={"since": since, "limit": p.PAGE_MAX})
            page.raise_for_status()
            parts.append(page.content)
            body = page.json()
            shas |= {
                r["data"]["sha256"] for r in body["records"] if r["kind"] == "document" and not r["deleted"]
            }
            since = body["cursor"]
            if not body["more"]:
                break
        for sha in sorted(shas):
            parts.append(client.get(f"/blobs/{sha}").raise_for_status().content)
    return time.perf_counter() - began, parts


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def bare_server(folder: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def file_download(url: str) -> tuple[float, int]:
    began = time.perf_counter()
    with httpx.Client(base_url=url, timeout=120) as client:
        size = len(client.get("/feed.bin").raise_for_status().content)
    return time.perf_counter() - began, size


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one sync (cProfile, top 30)")
    args = parser.parse_args()
    keyring.set_keyring(fail.Keyring())  # tokens stay in this process
    with tempfile.TemporaryDirectory(prefix="emeeting-bench-annotations-") as folder:
        tmp = Path(folder)
        with run_server(cheap_settings(tmp)) as live:
            meeting, paper, item = build(tmp, live.url, live.state.accounts)
            notes = annotations(meeting, paper, item, args.annotations)
            began = time.perf_counter()
            send(live.url, live.login("anan", device="first-laptop"), notes)
            sent_s = time.perf_counter() - began
            print(f"{len(notes)} annotations sent from the member's first laptop in {sent_s:.1f} s")

            token = live.login("anan", device="reference")
            feed_bytes(live.url, token)  # warm the server's caches as a sync would find them
            feed_runs = [feed_bytes(live.url, token) for _ in range(args.repeat)]
            feed_s = min(t for t, _ in feed_runs)
            parts = feed_runs[0][1]
            served = tmp / "served"
            served.mkdir()
            (served / "feed.bin").write_bytes(b"".join(parts))
            with bare_server(served) as bare:
                file_download(bare)
                file_runs = [file_download(bare) for _ in range(args.repeat)]
            file_s, file_size = min(file_runs)

            sync_runs: list[float] = []
            report = None
            for n in range(args.repeat):
                desk = make_desk(tmp, f"second-laptop-{n}", live.url, "anan")
                began = time.perf_counter()
                if args.profile and n == 0:
                    import cProfile
                    import pstats

                    profiler = cProfile.Profile()
                    report = profiler.runcall(desk.run)
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
                else:
                    report = desk.run()
                sync_runs.append(time.perf_counter() - began)
                held = len(desk.rows(m.Annotation))
                assert held == len(notes), (held, len(notes))
                desk.services.close()
            sync_s = min(sync_runs)

    assert report is not None
    ratio = sync_s / file_s
    print()
    print(f"data: {len(notes)} annotations, one 40-page paper; {file_size / 1e6:.2f} MB on the wire")
    print(f"reference (file)  plain HTTP download of the same bytes (http.server): {file_s:6.3f} s")
    print(f"reference (feed)  the same pages and paper raw from the sync server:    {feed_s:6.3f} s")
    print(f"sync              a fresh member store's first sync:                  {sync_s:6.3f} s  "
          f"({report.bytes_received / 1e6:.2f} MB, {report.pulled} records, "
          f"{report.requests} requests)")  # fmt: skip
    print(f"ratio  sync / reference (file): {ratio:.2f}   sync / reference (feed): {sync_s / feed_s:.2f}   "
          f"(target <= 1.5) {'OK' if ratio <= 1.5 else 'MISSED'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
