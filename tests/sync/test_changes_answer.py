"""A change page is read from the answer's bytes in one pass; an answer that is not a page is refused in
the same words as any other answer the client cannot read."""

from __future__ import annotations

import httpx
import pytest

from emeeting.sync.client import ServerRefused, SyncClient


def client_answering(status: int, body: bytes) -> SyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/sync/changes"
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return SyncClient("http://emeeting.test", "token", retries=0, transport=httpx.MockTransport(answer))


def test_a_page_is_read_with_its_records() -> None:
    body = (
        '{"records": [{"kind": "person", "id": "p1", "version": 3, "deleted": false, '
        '"data": {"id": "p1", "first_name": "สมศรี"}, "updated_at": "2026-12-07 08:00:00.000000", '
        '"updated_by": "somsri"}], "cursor": 3, "more": false, "server_version": 3, "server_id": "s"}'
    ).encode()
    page = client_answering(200, body).changes(0)
    assert page.cursor == 3 and not page.more and page.server_id == "s"
    records = [(r.kind, r.id, r.version, r.data["first_name"]) for r in page.records]
    assert records == [("person", "p1", 3, "สมศรี")]


def test_an_answer_that_is_not_json_is_refused_as_such() -> None:
    with pytest.raises(ServerRefused, match="not JSON"):
        client_answering(200, b"<html>proxy login</html>").changes(0)


def test_json_of_another_shape_is_refused_as_unreadable() -> None:
    with pytest.raises(ServerRefused, match="cannot read"):
        client_answering(200, b'{"status": "ok"}').changes(0)
    with pytest.raises(ServerRefused, match="cannot read"):
        wrong_kind = b'{"records": [{"kind": "no such kind"}], "cursor": 1, "more": false}'
        client_answering(200, wrong_kind).changes(0)
