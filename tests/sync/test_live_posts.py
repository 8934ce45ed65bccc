"""The chair's place and a member's check-in go to the meeting's server as the live channel's design says
(POST /live/{meeting}/chair and /checkin with the login's token, to the server the meeting came from or
was published to), and without a login nothing is sent. ``Server`` answers as the real one does; the
screens' tests use it to see what they post."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.services.credentials import Credentials
from emeeting.storage.sync_state import ServerState
from emeeting.sync.live import LiveClient
from emeeting.sync.service import NotLoggedIn, SyncService
from tests.sync.conftest import no_password_store  # noqa: F401

URL = "http://127.0.0.1:8765"


class Server:
    """What the server was asked, and the event it answers with."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.next_id = 41
        self.down = False  # answers 503, as a server restarting does

    def answer(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            return httpx.Response(503, json={"error": "unavailable", "message": "restarting"})
        self.requests.append(request)
        self.next_id += 1
        meeting_id = request.url.path.split("/")[2]
        kind = request.url.path.rsplit("/", 1)[1]
        event = {
            "id": self.next_id,
            "meeting_id": meeting_id,
            "type": kind,
            "at": "2026-12-07T02:00:00Z",
            "by": "somsri",
            "data": json.loads(request.content),
        }
        return httpx.Response(200, json=event)


@pytest.fixture
def server() -> Server:
    return Server()


@pytest.fixture
def sync(tmp_path: Path, server: Server, no_password_store: None) -> Iterator[SyncService]:  # noqa: F811
    services = Services.open(tmp_path / "desk", actor="somsri")

    def factory(base: str, token: str | None) -> LiveClient:
        return LiveClient(base, token, retries=0, transport=httpx.MockTransport(server.answer))

    service = SyncService(services.store, Credentials(), live_factory=factory)
    yield service
    services.close()


def log_in(sync: SyncService) -> None:
    with sync.state.transaction() as st:
        st.save_server(ServerState(URL, "somsri"))
    sync.credentials.set(URL, "somsri", "the-token")


def test_the_chair_and_a_check_in_are_posted(sync: SyncService, server: Server) -> None:
    log_in(sync)
    meeting, item, paper = m.new_id(), m.new_id(), m.new_id()

    event = sync.set_chair(meeting, item, paper, 3)
    assert (event.id, event.type, event.data) == (
        42,
        "chair",
        {"item_id": item, "document_id": paper, "page": 3},
    )
    sync.set_chair(meeting, item)  # the item alone: no paper, so no page
    sync.check_in(meeting, "online")

    paths = [(r.method, r.url.path) for r in server.requests]
    assert paths == [
        ("POST", f"/live/{meeting}/chair"),
        ("POST", f"/live/{meeting}/chair"),
        ("POST", f"/live/{meeting}/checkin"),
    ]
    assert all(r.headers["Authorization"] == "Bearer the-token" for r in server.requests)
    bodies = [json.loads(r.content) for r in server.requests]
    assert bodies[1] == {"item_id": item, "document_id": None, "page": None}
    assert bodies[2] == {"mode": "online"}


def test_nothing_is_sent_without_a_login(sync: SyncService, server: Server) -> None:
    with pytest.raises(NotLoggedIn):
        sync.set_chair(m.new_id(), m.new_id())
    with pytest.raises(ValueError):
        sync.check_in(m.new_id(), "late")
    assert server.requests == []
