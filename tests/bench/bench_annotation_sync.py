"""Annotation sync benchmark: 10,000 annotations synced down to a fresh member store, next to a plain HTTP
download of the same bytes in the same run, on the office link a member's laptop has and on loopback.

Run:  .venv/bin/python tests/bench/bench_annotation_sync.py [--annotations 10000] [--repeat 3]
                                            [--link-mbit 100] [--server-in-process] [--profile]

A real server (uvicorn, SQLite) runs on 127.0.0.1 in this process. A secretary publishes one meeting with
one paper and invites a member; the member's first laptop sends her annotations (highlights, ink, sticky
notes and item notes with Thai text, private and shared) through the server's push. The server is then
started again on the same database as `emeeting serve`, a process of its own (for a member's laptop it
is another computer; ``--server-in-process`` keeps it on a thread of this process, sharing this
interpreter with the client, as the benchmark first had it). Then, in the same run:

- reference (file): the bytes the member's sync receives (every change page of the feed, as JSON, and the
  paper), saved as one file and downloaded whole by one plain httpx client from a bare ``http.server`` on
  127.0.0.1, with nothing done to them;
- reference (file, gzip): for transparency, the same file gzipped (level 1, as the server packs pages)
  and downloaded the same way with ``Content-Encoding: gzip`` (httpx unpacks it);
- reference (feed): the same change pages and paper downloaded from the sync server by one plain client
  (what the server itself costs; the pages come gzipped, as httpx asks for them);
- sync: the member's second laptop syncs into an empty data folder (pull, validate, apply, store, the
  paper downloaded and verified, her text marks checked against the paper's version); with it, this
  process's CPU time during the sync (the client's own work; the server and the link are other
  processes), which a busy machine changes far less than the sync's time.

The link: members sync over the office LAN or Wi-Fi, not over loopback, where a plain download of 9 MB
takes 25 ms and no client that validates and stores 10,000 records can come near it. So each figure is
also taken through a TCP proxy on 127.0.0.1 (``limited_link.py``, a process of its own) that carries at
most ``--link-mbit`` (default 100 Mbit/s, the office's stated link) in each direction, shared by every
connection through it, as one link is: each chunk (at most 16 KB) goes on when the link would have
carried it (a token bucket of one chunk). It adds no latency of its own (a real link's round trips would
cost the sync's 13 requests more than the reference's one). The references and the sync go through the
same proxy code in the same run (one proxy for the server, one for the bare server); the loopback figures
are printed as well.

Each is run ``--repeat`` times (a fresh data folder for every sync), the best kept.
Target: on the link, sync at most 1.5 x the reference (file).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

from emeeting.domain import model as m  # noqa: E402
from emeeting.sync import protocol as p  # noqa: E402
from emeeting.sync.engine import SyncReport  # noqa: E402
from tests.bench.limited_link import limited_link  # noqa: E402
from tests.bench.serving import emeeting_serve  # noqa: E402
from tests.server.conftest import PASSWORD, Live, free_port, run_server  # noqa: E402
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
    """Files as they are; ``/feed.bin.gz`` with ``Content-Encoding: gzip`` (the client unpacks it)."""

    def do_GET(self) -> None:
        if self.path != "/feed.bin.gz":
            super().do_GET()
            return
        data = (Path(self.directory) / "feed.bin.gz").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

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


def file_download(url: str, name: str = "/feed.bin") -> tuple[float, int]:
    """Seconds and bytes (as unpacked) of one plain download of the file."""
    began = time.perf_counter()
    with httpx.Client(base_url=url, timeout=120) as client:
        size = len(client.get(name).raise_for_status().content)
    return time.perf_counter() - began, size


@dataclass
class Figures:
    """The best of ``--repeat`` runs of each, in seconds, on one link."""

    file_s: float
    gzip_s: float
    feed_s: float
    sync_s: float
    sync_cpu_s: float  # this process's CPU time during that sync (the client's work: the rest is waiting)
    report: SyncReport


def measure(
    args: argparse.Namespace, tmp: Path, server: str, bare: str, token: str, label: str, expected: int
) -> Figures:
    """Every figure through the URLs given (the sync server's and the bare server's)."""
    feed_bytes(server, token)  # warm the server's caches as a sync would find them
    feed_s = min(feed_bytes(server, token)[0] for _ in range(args.repeat))
    file_download(bare)
    file_s = min(file_download(bare)[0] for _ in range(args.repeat))
    gzip_s = min(file_download(bare, "/feed.bin.gz")[0] for _ in range(args.repeat))
    sync_runs: list[tuple[float, float]] = []
    report = None
    for n in range(args.repeat):
        desk = make_desk(tmp, f"second-laptop-{label}-{n}", server, "anan")
        began, cpu = time.perf_counter(), time.process_time()
        if args.profile and n == 0 and label == "loopback":
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            report = profiler.runcall(desk.run)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        else:
            report = desk.run()
        sync_runs.append((time.perf_counter() - began, time.process_time() - cpu))
        held = len(desk.rows(m.Annotation))
        assert held == expected, (held, expected)
        desk.services.close()
    assert report is not None
    sync_s, sync_cpu_s = min(sync_runs)
    return Figures(file_s, gzip_s, feed_s, sync_s, sync_cpu_s, report)


def print_figures(title: str, f: Figures, target: bool) -> None:
    print()
    print(title)
    print(f"  reference (file)        plain download of the same bytes (http.server): {f.file_s:6.3f} s")
    print(f"  reference (file, gzip)  the same bytes gzipped, downloaded, unpacked:   {f.gzip_s:6.3f} s")
    print(f"  reference (feed)        the same pages and paper from the sync server: {f.feed_s:6.3f} s")
    print(f"  sync                    a fresh member store's first sync:             {f.sync_s:6.3f} s  "
          f"({f.report.bytes_received / 1e6:.2f} MB on the wire, {f.report.pulled} records, "
          f"{f.report.requests} requests; client CPU {f.sync_cpu_s:.3f} s)")  # fmt: skip
    ratio = f.sync_s / f.file_s
    verdict = f"(target <= 1.5) {'OK' if ratio <= 1.5 else 'MISSED'}" if target else "(for reference)"
    print(f"  ratio  sync / reference (file): {ratio:.2f}  {verdict}   sync / reference (file, gzip): "
          f"{f.sync_s / f.gzip_s:.2f}   sync / reference (feed): {f.sync_s / f.feed_s:.2f}")  # fmt: skip


@dataclass
class Run:
    loopback: Figures
    limited: Figures
    feed: bytes
    packed: bytes


def measure_both(args: argparse.Namespace, tmp: Path, server: str, expected: int) -> Run:
    """The references and the sync on loopback, then through the limited link."""
    token = Live(server, None).login("anan", device="reference")  # type: ignore[arg-type]
    feed = b"".join(feed_bytes(server, token)[1])
    packed = gzip.compress(feed, compresslevel=1, mtime=0)
    served = tmp / "served"
    served.mkdir(exist_ok=True)
    (served / "feed.bin").write_bytes(feed)
    (served / "feed.bin.gz").write_bytes(packed)
    with bare_server(served) as bare:
        loopback = measure(args, tmp, server, bare, token, "loopback", expected)
        with (
            limited_link(server, args.link_mbit) as server_url,
            limited_link(bare, args.link_mbit) as bare_url,
        ):
            limited = measure(args, tmp, server_url, bare_url, token, "link", expected)
    return Run(loopback, limited, feed, packed)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--link-mbit", type=float, default=100.0, help="the limited link (Mbit/s each way)")
    parser.add_argument(
        "--server-in-process", action="store_true",
        help="measure with the server on a thread of this process (sharing its interpreter) instead of "
        "`emeeting serve` in a process of its own",
    )  # fmt: skip
    parser.add_argument("--profile", action="store_true", help="profile one sync on loopback (top 30)")
    args = parser.parse_args()
    keyring.set_keyring(fail.Keyring())  # tokens stay in this process
    with tempfile.TemporaryDirectory(prefix="emeeting-bench-annotations-") as folder:
        tmp = Path(folder)
        settings = cheap_settings(tmp)
        with run_server(settings) as live:
            meeting, paper, item = build(tmp, live.url, live.state.accounts)
            notes = annotations(meeting, paper, item, args.annotations)
            began = time.perf_counter()
            send(live.url, live.login("anan", device="first-laptop"), notes)
            sent_s = time.perf_counter() - began
            print(f"{len(notes)} annotations sent from the member's first laptop in {sent_s:.1f} s")
            if args.server_in_process:
                run = measure_both(args, tmp, live.url, len(notes))
        if not args.server_in_process:
            port = free_port()
            with emeeting_serve(settings.db_url, settings.blobs, port):
                run = measure_both(args, tmp, f"http://127.0.0.1:{port}", len(notes))

    where = "a thread of this process" if args.server_in_process else "`emeeting serve`, a process of its own"
    print()
    print(f"data: {len(notes)} annotations, one 40-page paper: {len(run.feed) / 1e6:.2f} MB of pages and "
          f"paper ({len(run.packed) / 1e6:.2f} MB gzipped); the server: {where}")  # fmt: skip
    print_figures(
        f"on a {args.link_mbit:g} Mbit/s link (proxy on 127.0.0.1, each way, shared):", run.limited, True
    )
    print_figures("on loopback (127.0.0.1, no limit):", run.loopback, False)
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"\nload average at the end (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
