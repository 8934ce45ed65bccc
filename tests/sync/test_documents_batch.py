"""Small documents come many to a request (POST /blobs/batch), a few requests at once, each verified by its
hash before it is stored; a batch cut off midway keeps what arrived whole. On SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.sync import protocol as p
from emeeting.sync.client import ServerUnreachable, SyncClient, SyncError
from emeeting.sync.engine import SyncEngine
from tests.server.conftest import Live, db_url, pg_cluster, run_server  # noqa: F401 - fixtures
from tests.sync.conftest import (
    Desk,
    Office,
    attach_bytes,
    build_office,
    cheap_settings,
    has_document,
    stored_bytes,
)
from tests.sync.faults import flaky_proxy


@pytest.fixture
def live(db_url: str, tmp_path: Path) -> Iterator[Live]:  # noqa: F811 - db_url is the fixture
    with run_server(replace(cheap_settings(tmp_path), db_url=db_url)) as server:
        yield server


def _attach(office: Office, count: int, size: int = 40_000) -> dict[str, bytes]:
    """``count`` documents of ``size`` bytes on the meeting's first item, published; sha256 -> bytes."""
    item = next(i for i in office.items if i.parent_id is None)
    out = {}
    for n in range(count):
        data = (f"%PDF-1.4 document {n} เอกสารประกอบวาระ ".encode() * (size // 40 + 1))[:size]
        document = attach_bytes(office.secretary.services, office.meeting.id, item.id, f"d{n}.pdf", data)
        out[document.sha256] = data
    office.secretary.run()
    return out


def _stored(desk: Desk, shas: dict[str, bytes]) -> set[str]:
    return {sha for sha in shas if has_document(desk, sha)}


def _everything(office: Office, extra: dict[str, bytes]) -> dict[str, bytes]:
    published = {
        d.sha256: office.secretary.services.store.blobs.read_bytes(d.sha256)
        for d in office.documents.values()
    }
    return published | extra


def test_a_first_sync_fetches_small_documents_many_to_a_request(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = _everything(office, _attach(office, 30))
    monkeypatch.setattr(SyncEngine, "BATCH_COUNT", 5)  # several batches, so that they go in parallel
    alice = office.attendee("alice")
    report = alice.sync.sync(alice.url)
    assert report.downloaded == len(documents) == 32 and report.download_failures == 0
    # The records, then 7 batches of at most 5: far fewer requests than documents.
    assert report.requests < 15, report.requests
    for sha, data in documents.items():
        assert stored_bytes(alice, sha) == data
    assert alice.services.check() == []
    assert alice.run().requests == 1  # nothing new, nothing to download


def test_a_batch_cut_off_midway_keeps_whole_documents_and_a_later_sync_finishes(
    live: Live, tmp_path: Path
) -> None:
    with flaky_proxy(live.url, seed=12) as proxy:
        office = build_office(live, tmp_path, proxy.url)
        documents = _everything(office, _attach(office, 25))
        alice = office.attendee("alice")
        # No connection carries more than 60 kB now: a batch of 1 MB can only arrive in pieces.
        proxy.cut_after = 60_000
        kept_after_failure: list[int] = []
        for _ in range(120):
            try:
                alice.run()
                break
            except ServerUnreachable:
                kept_after_failure.append(len(_stored(alice, documents)))
        else:
            pytest.fail(f"no sync finished: {kept_after_failure}")
        proxy.cut_after = None
        assert alice.run().downloaded == 0
    # Syncs that failed kept what had arrived whole, and the next ones went on from there.
    assert any(0 < kept < len(documents) for kept in kept_after_failure), kept_after_failure
    assert kept_after_failure == sorted(kept_after_failure)
    assert proxy.cuts >= 10
    for sha, data in documents.items():
        assert stored_bytes(alice, sha) == data
    assert alice.services.check() == []
    assert not any((alice.services.store.data_dir / "blobs" / "tmp").iterdir())


def _damage_in_place(path: Path) -> bytes:
    """Change a byte of the server's file, keeping its size and time, so the server's own check (done once
    per file as it lies on disk) does not see it: the bytes go out damaged. Returns the good bytes."""
    good = path.read_bytes()
    before = path.stat()
    path.write_bytes(good[:100] + bytes([good[100] ^ 0xFF]) + good[101:])
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return good


def test_a_document_damaged_on_the_way_is_not_stored(office: Office) -> None:
    documents = _everything(office, _attach(office, 6))
    victim = sorted(documents)[3]
    server = office.live.state
    for sha in documents:
        assert server.blob_ok(sha) is not None  # checked by the server as it lies on disk
    good = _damage_in_place(server.blobs.path(victim))
    alice = office.attendee("alice")
    with pytest.raises(SyncError, match="damaged"):
        alice.run()
    assert _stored(alice, documents) == set(documents) - {victim}
    assert not alice.services.store.blobs.path(victim).exists()
    server.blobs.path(victim).write_bytes(good)
    assert alice.run().downloaded == 1
    assert stored_bytes(alice, victim) == good
    assert alice.services.check() == []


def test_a_document_the_server_lacks_is_not_available_and_comes_once_it_is_there(office: Office) -> None:
    documents = _everything(office, _attach(office, 6))
    gone = sorted(documents)[0]
    server = office.live.state
    server.blobs.path(gone).unlink()
    alice = office.attendee("alice")
    report = alice.run()
    assert report.downloaded == len(documents) - 1 and report.download_failures == 1
    assert _stored(alice, documents) == set(documents) - {gone}
    server.blobs.put_bytes(documents[gone])
    assert alice.run().downloaded == 1
    assert _stored(alice, documents) == set(documents)


def test_documents_come_one_by_one_from_a_server_that_refuses_the_batch(office: Office) -> None:
    documents = _everything(office, _attach(office, 8))
    office.live.state.settings.max_batch_bytes = 50_000  # one document at most: every batch is refused
    alice = office.attendee("alice")
    report = alice.run()
    assert report.downloaded == len(documents) and report.download_failures == 0
    for sha, data in documents.items():
        assert stored_bytes(alice, sha) == data
    assert isinstance(alice.services.records.select(m.Document)[0], m.Document)


# ----------------------------------------------------------------------------- a server that lies


@dataclass
class _Liar:
    """A server whose answer to POST /blobs/batch is ``frames(asked)``; counts the bytes it got out."""

    frames: Callable[[list[str]], Iterator[bytes]]
    sent: int = 0
    requests: int = 0


@contextlib.contextmanager
def _lying_server(liar: _Liar) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            liar.requests += 1
            asked = json.loads(self.rfile.read(int(self.headers["content-length"])))["sha256"]
            self.send_response(200)
            self.send_header("content-type", "application/octet-stream")
            self.send_header("connection", "close")  # the answer ends when the connection does
            self.end_headers()
            try:
                for piece in liar.frames(asked):
                    self.wfile.write(piece)
                    liar.sent += len(piece)
            except OSError:
                pass  # the client hung up

        def log_message(self, *_args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _endless(asked: list[str]) -> Iterator[bytes]:
    """A frame that claims a terabyte, then bytes until 64 MiB have gone (or the client hangs up)."""
    yield p.blob_frame_header(asked[0], 1 << 40)
    for _ in range(256):
        yield bytes(256 << 10)


def _wrong_bytes(asked: list[str]) -> Iterator[bytes]:
    for sha in asked:
        yield p.blob_frame_header(sha, 5) + b"forged"  # one byte too many: the next header is off by one


def _not_asked(asked: list[str]) -> Iterator[bytes]:
    data = b"not what was asked for"
    yield p.blob_frame_header(hashlib.sha256(data).hexdigest(), len(data)) + data


def _truncated(asked: list[str]) -> Iterator[bytes]:
    yield p.blob_frame_header(asked[0], 1000) + b"x" * 10


@pytest.mark.parametrize("frames", [_endless, _wrong_bytes, _not_asked, _truncated])
def test_a_server_that_answers_a_batch_with_forged_frames_gets_nothing_stored_and_no_endless_wait(
    frames: Callable[[list[str]], Iterator[bytes]],
) -> None:
    wanted = [hashlib.sha256(f"document {n}".encode()).hexdigest() for n in range(3)]
    liar = _Liar(frames)
    kept: list[tuple[str, bytes]] = []
    started = time.monotonic()
    with (
        _lying_server(liar) as url,
        SyncClient(url, "token", retries=2, sleep=lambda _s: None) as client,
        pytest.raises(SyncError),
    ):
        client.download_batch(wanted, lambda sha, data: kept.append((sha, data)))
    assert kept == []
    assert liar.requests == 3  # tried again a few times, then gave up
    assert time.monotonic() - started < 20
    # A frame longer than any batch may be is refused when its header arrives, not held in memory whole.
    assert liar.sent < 3 * (p.BLOB_BATCH_MAX_BYTES + (8 << 20)), liar.sent


def test_a_first_sync_of_many_documents_holds_only_a_few_batches_in_memory(office: Office) -> None:
    documents = _everything(office, _attach(office, 120, size=700_000))  # 84 MB, each one a batch's size
    alice = office.attendee("alice")
    tracemalloc.start()
    try:
        report = alice.run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.downloaded == len(documents) and report.download_failures == 0
    # What is written to disk is let go: a few batches on the way and one group waiting for the disk
    # (the server, in this process too, adds its pieces of a megabyte).
    flushing = SyncEngine.FLUSH_BYTES + SyncEngine.BATCH_BYTES
    assert peak < flushing + SyncEngine.DOWNLOAD_THREADS * 2 * SyncEngine.BATCH_BYTES + (8 << 20), peak
    for sha, data in documents.items():
        assert stored_bytes(alice, sha) == data
