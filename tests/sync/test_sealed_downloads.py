"""A confidential paper over 1 MiB (fetched on its own, not in a batch) never touches a member's disk in
clear, not even in part: it is held in memory while it arrives, resumed from there over dropped
connections, and sealed whole. The data folder is read raw while the download is under way, after it
broke off, and after it completed."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from emeeting.domain import model as m
from emeeting.sync import client as sync_client
from emeeting.sync.client import ServerUnreachable
from tests.sync.conftest import Office
from tests.sync.test_sealed_papers import ASCII_TEXT, THAI_TEXT, attach, confidential_pdf, leaks


def big_confidential_pdf() -> bytes:
    """A real PDF of 3 MB (its first page says the confidential text), bytes of its own after it."""
    filler = random.Random(20261207).randbytes(3_000_000)
    return confidential_pdf() + b"%" + filler + f"\n% {ASCII_TEXT} {THAI_TEXT}\n".encode()


@pytest.fixture
def big(office: Office) -> tuple[m.Document, bytes]:
    data = big_confidential_pdf()
    return attach(office, "tender.pdf", data, f"{THAI_TEXT} {ASCII_TEXT}", m.Secrecy.CONFIDENTIAL), data


def test_a_big_confidential_paper_is_never_on_disk_in_clear_while_it_downloads(
    office: Office, big: tuple[m.Document, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    document, data = big
    assert len(data) > 1 << 20
    alice = office.attendee("alice")
    folder = alice.services.store.data_dir
    seen_during: list[list[str]] = []
    sent = 0
    real_chunks = sync_client._chunks

    def chunks_then_cut(response: httpx.Response) -> Iterator[bytes]:
        """The connection drops after each 400 kB, and for good after 1.2 MB; at each drop the data
        folder is read raw, as a thief would find it at that moment."""
        nonlocal sent
        if sent >= 1_200_000:
            raise httpx.ReadError("the network is gone")
        for chunk in real_chunks(response):
            yield chunk
            sent += len(chunk)
            if sent % 400_000 < len(chunk) or sent >= 1_200_000:
                seen_during.append(leaks(folder, data, THAI_TEXT))
                raise httpx.ReadError("connection dropped")

    monkeypatch.setattr(sync_client, "_chunks", chunks_then_cut)
    with pytest.raises(ServerUnreachable):
        alice.run()
    assert len(seen_during) >= 2 and all(found == [] for found in seen_during)
    assert leaks(folder, data, THAI_TEXT) == []  # after it broke off
    assert not any((folder / "sync-partial").glob("*"))
    assert not alice.services.store.sealed.has(document.sha256)

    monkeypatch.setattr(sync_client, "_chunks", real_chunks)
    report = alice.run()
    assert report.not_sealed == 0
    mine = alice.services.records.get(m.Document, document.id)
    assert alice.services.documents.is_sealed(mine)
    assert alice.services.documents.content(mine) == data
    assert leaks(folder, data, THAI_TEXT) == []
    assert not any((folder / "sync-partial").glob("*"))


def test_a_dropped_connection_resumes_from_memory_and_an_oversized_answer_is_refused(
    office: Office, big: tuple[m.Document, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    document, data = big
    alice = office.attendee("alice")
    cuts = 0
    real_chunks = sync_client._chunks

    def cut_every_700_kb(response: httpx.Response) -> Iterator[bytes]:
        nonlocal cuts
        got = 0
        for chunk in real_chunks(response):
            yield chunk
            got += len(chunk)
            if got >= 700_000:
                cuts += 1
                raise httpx.ReadError("connection dropped")

    monkeypatch.setattr(sync_client, "_chunks", cut_every_700_kb)
    alice.run()  # more drops than the client's retries: each brought more, so none counted against them
    assert cuts >= 4
    assert alice.services.documents.content(alice.services.records.get(m.Document, document.id)) == data

    # A server that sends more than the document was said to hold: refused, nothing kept.
    state = alice.sync.server(office.url)
    assert state is not None
    token = alice.sync.credentials.get(state.url, state.user)
    client = sync_client.SyncClient(office.url, token, timeout=10, retries=1, backoff=0.01)
    monkeypatch.setattr(sync_client, "_chunks", real_chunks)
    with pytest.raises(sync_client.SyncError, match="larger than the server said"):
        client.download_to_memory(document.sha256, len(data) // 2)
    client.close()


def test_a_paper_that_keeps_arriving_damaged_is_given_up_even_when_each_try_brings_bytes(
    office: Office, big: tuple[m.Document, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    document, data = big
    alice = office.attendee("alice")
    alice.run()  # signed in; the paper is here now, asked for again below
    state = alice.sync.server(office.url)
    assert state is not None
    token = alice.sync.credentials.get(state.url, state.user)
    real_chunks = sync_client._chunks
    fetches = 0

    def damaged_then_dropped(response: httpx.Response) -> Iterator[bytes]:
        # The whole paper is sent with its first byte wrong and dropped half way; the rest comes whole:
        # every try brings bytes, and every paper put together has the wrong hash.
        nonlocal fetches
        fetches += 1
        if fetches > 40:
            raise RuntimeError("the download never gives up")
        got = 0
        for chunk in real_chunks(response):
            if response.status_code == 200 and got == 0:
                chunk = bytes([chunk[0] ^ 0xFF]) + chunk[1:]
            yield chunk
            got += len(chunk)
            if response.status_code == 200 and got >= 700_000:
                raise httpx.ReadError("connection dropped")

    monkeypatch.setattr(sync_client, "_chunks", damaged_then_dropped)
    client = sync_client.SyncClient(office.url, token, timeout=10, retries=2, backoff=0.01)
    with pytest.raises(sync_client.SyncError, match="arrived damaged several times"):
        client.download_to_memory(document.sha256, len(data))
    client.close()
    assert fetches == 2 * 3  # each of the three damaged arrivals took two tries


def test_an_ordinary_big_paper_still_resumes_through_its_partial_file(office: Office, tmp_path: Path) -> None:
    data = random.Random(7).randbytes(2_000_000)
    document = attach(office, "open.pdf", data, "", m.Secrecy.NORMAL)
    alice = office.attendee("alice")
    alice.run()
    assert alice.services.store.blobs.read_bytes(document.sha256) == data
