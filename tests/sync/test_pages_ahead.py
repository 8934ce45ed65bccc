"""Change pages asked for ahead: in order, exactly the requests of asking one page at a time, the first
error raised in its turn; and the cycle collector held off during a pull and put back as it was."""

from __future__ import annotations

import gc
import threading

import httpx
import pytest

from emeeting.sync.client import ResyncRequired, SyncClient
from emeeting.sync.engine import collector_paused
from emeeting.sync.pages import pages_ahead


def feed(
    pages: int, *, fail_at: int | None = None, other_server_at: int | None = None
) -> tuple[SyncClient, list[int]]:
    """A server of ``pages`` pages (page n: cursor n + 1); the cursors asked for are kept in order."""
    asked: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        since = int(request.url.params["since"])
        asked.append(since)
        if since == fail_at:
            return httpx.Response(410, json={"error": "resync_required", "message": "pull again"})
        server = "other" if other_server_at is not None and since >= other_server_at else "first"
        page = {
            "records": [],
            "cursor": since + 1,
            "more": since + 1 < pages,
            "server_version": pages,
            "server_id": server,
        }
        return httpx.Response(200, json=page)

    return SyncClient(
        "http://emeeting.test", "token", retries=0, transport=httpx.MockTransport(answer)
    ), asked


def test_the_pages_come_in_order_with_the_requests_of_one_page_at_a_time() -> None:
    client, asked = feed(5)
    with pages_ahead(client, 0, "first") as pages:
        assert [page.cursor for page in pages] == [1, 2, 3, 4, 5]
    assert asked == [0, 1, 2, 3, 4]
    assert client.traffic.requests == 5


def test_an_error_is_raised_in_its_turn_and_nothing_is_asked_after_it() -> None:
    client, asked = feed(5, fail_at=2)
    got: list[int] = []
    with pytest.raises(ResyncRequired), pages_ahead(client, 0, "first") as pages:
        got.extend(page.cursor for page in pages)
    assert got == [1, 2] and asked == [0, 1, 2]


def test_no_page_is_asked_for_after_one_from_another_server() -> None:
    client, asked = feed(5, other_server_at=1)
    with pages_ahead(client, 0, "first") as pages:
        got = [page.server_id for page in pages]
    assert got == ["first", "other"] and asked == [0, 1]  # (the engine refuses the second page)
    client, asked = feed(5)
    with pages_ahead(client, 0, None) as pages:  # not known yet: the first page's id is the one
        assert len(list(pages)) == 5


def test_a_reader_that_stops_early_leaves_no_thread_behind() -> None:
    client, _asked = feed(50)
    before = threading.active_count()
    with pytest.raises(KeyError), pages_ahead(client, 0, "first") as pages:
        next(pages)
        raise KeyError("the reader gave up")
    assert threading.active_count() == before


def test_the_collector_is_held_off_during_a_pull_and_put_back_as_it_was() -> None:
    assert gc.isenabled()
    with pytest.raises(KeyError), collector_paused():
        assert not gc.isenabled()
        raise KeyError("a failed pull")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # off before: left off
    finally:
        gc.enable()
