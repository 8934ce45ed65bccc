"""The live channel on a real server (SQLite and PostgreSQL): one ordered stream of events per meeting,
resumed after a dropped connection without a gap, the chair's place and check-ins, who may do what, and
hostile input refused without changing anything."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import httpx
from sqlalchemy import select

from emeeting.domain import model as m
from emeeting.server.auth import totp_code
from emeeting.server.storage import checkins
from tests.server.conftest import PASSWORD, World, push


def sse_events(response: httpx.Response, count: int) -> Iterator[dict[str, Any]]:
    """The next ``count`` events of a stream (id and type as the SSE frame gives them, data parsed)."""
    frame: dict[str, str] = {}
    seen = 0
    for line in response.iter_lines():
        if line.startswith(":"):
            continue
        if line:
            name, _, value = line.partition(":")
            frame[name] = value.removeprefix(" ")
            continue
        if not frame:
            continue
        event = json.loads(frame["data"])
        assert str(event["id"]) == frame["id"] and event["type"] == frame["event"]
        yield event
        frame = {}
        seen += 1
        if seen == count:
            return


@contextmanager
def stream(client: httpx.Client, meeting_id: str, **kwargs: Any) -> Iterator[httpx.Response]:
    with client.stream("GET", f"/live/{meeting_id}/stream", timeout=10, **kwargs) as response:
        yield response


def until(what: str, check: Any, timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (found := check()):
        assert time.monotonic() < deadline, f"not in time: {what}"
        time.sleep(0.02)
    return found


def all_events(world: World, user: str = "sec", meeting_id: str | None = None) -> list[dict[str, Any]]:
    with world.client(user) as c:
        r = c.get(f"/live/{meeting_id or world.meeting_a.id}/events", params={"after": 0})
    assert r.status_code == 200, r.text
    return list(r.json()["events"])


def latest(world: World) -> int:
    """The id of the meeting's newest event (building the world wrote some: its pushes)."""
    events = all_events(world)
    return int(events[-1]["id"]) if events else 0


def chair(world: World, item_id: str, user: str = "sec", **extra: Any) -> httpx.Response:
    with world.client(user) as c:
        return c.post(f"/live/{world.meeting_a.id}/chair", json={"item_id": item_id, **extra})


def test_a_dropped_stream_resumes_after_its_last_event_and_misses_nothing(world: World) -> None:
    meeting, start = world.meeting_a.id, latest(world)
    paper = world.docs["open"].id
    with world.client("alice") as alice:
        with stream(alice, meeting, params={"after": start}) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            events = sse_events(response, 3)
            for page in (0, 1, 2):
                assert chair(world, world.open_item.id, document_id=paper, page=page).is_success
            seen = list(events)
            # The connection goes in the middle of the meeting, with events still to come.
        assert [e["data"]["page"] for e in seen] == [0, 1, 2]
        for page in (3, 4):
            assert chair(world, world.open_item.id, document_id=paper, page=page).is_success
        with stream(alice, meeting, headers={"Last-Event-ID": str(seen[-1]["id"])}) as response:
            resumed = list(sse_events(response, 2))
    assert [e["data"]["page"] for e in resumed] == [3, 4]
    ids = [e["id"] for e in seen + resumed]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)

    # The secretary's pages give the same events in the same order, with the comings and goings of the
    # stream (the traffic data: device and address, which the members do not get of each other).
    def log_after_start() -> list[dict[str, Any]]:
        return [e for e in all_events(world) if e["id"] > start]

    log = until("the second leaving", lambda: (e := log_after_start()) and e[-1]["type"] == "left" and e)
    assert [e["id"] for e in log] == sorted(e["id"] for e in log)
    traffic = [e for e in log if e["type"] in ("joined", "left")]
    assert [e["type"] for e in traffic] == ["joined", "left", "joined", "left"]
    assert all(
        e["by"] == "alice" and e["data"] == {"device": "laptop", "address": "127.0.0.1"} for e in traffic
    )
    assert [e["data"]["page"] for e in log if e["type"] == "chair"] == [0, 1, 2, 3, 4]
    with world.client("alice") as c:
        first = c.get(f"/live/{meeting}/events", params={"after": start, "limit": 2}).json()
        rest = c.get(f"/live/{meeting}/events", params={"after": first["last"]}).json()
    assert first["more"] and not rest["more"]
    assert first["events"] + rest["events"] == [e for e in log if e not in traffic]


def test_a_stream_resumed_with_after_gives_what_came_since(world: World) -> None:
    assert chair(world, world.open_item.id).is_success
    last = all_events(world)[-1]["id"]
    assert chair(world, world.closed_item.id).is_success
    with world.client("bob") as bob, stream(bob, world.meeting_a.id, params={"after": last}) as response:
        (chair_event,) = sse_events(response, 1)  # a guest follows the meeting too
    assert chair_event["type"] == "chair" and chair_event["data"]["item_id"] == world.closed_item.id


def test_who_may_follow_a_meeting(world: World) -> None:
    meeting = world.meeting_a.id
    for user in ("carol", "hrsec"):  # not invited; another committee's secretary
        with world.client(user) as c:
            assert c.get(f"/live/{meeting}/events").status_code == 404
            with stream(c, meeting) as response:
                assert response.status_code == 404
    with world.live.client() as anonymous, stream(anonymous, meeting) as response:
        assert response.status_code == 401
    for user in ("sec", "alice", "bob", "dave"):  # the secretary, members, a guest
        start = latest(world)
        with world.client(user) as c, stream(c, meeting, params={"after": start}) as response:
            assert response.status_code == 200
            assert next(response.iter_lines()) == ": connected"
        until(f"{user}'s coming", lambda u=user: any(e["by"] == u for e in all_events(world)[-2:]))
    with world.client("carol") as c:
        assert c.get(f"/live/{world.meeting_b.id}/events").status_code == 200
        assert c.get("/live/no-such-meeting/events").status_code == 404
    assert all(e["meeting_id"] == meeting for e in all_events(world))


def test_only_the_secretary_sets_the_chair_and_only_within_the_meeting(world: World) -> None:
    before = all_events(world)
    assert chair(world, world.open_item.id, user="alice").status_code == 403
    assert chair(world, world.open_item.id, user="bob").status_code == 403
    assert chair(world, world.open_item.id, user="hrsec").status_code == 404
    assert chair(world, world.item_b.id).status_code == 422  # an item of another meeting
    assert chair(world, world.item_h.id).status_code == 422  # of another committee
    assert chair(world, world.open_item.id, document_id=world.docs["b"].id).status_code == 422
    assert chair(world, world.open_item.id, page=2).status_code == 422  # a page of no paper
    assert chair(world, world.open_item.id, document_id=world.docs["open"].id, page=-1).status_code == 422
    assert all_events(world) == before
    r = chair(world, world.open_item.id, document_id=world.docs["open"].id, page=7)
    assert r.status_code == 200, r.text
    event = r.json()
    assert event["type"] == "chair" and event["by"] == "sec"
    assert event["data"] == {"item_id": world.open_item.id, "document_id": world.docs["open"].id, "page": 7}
    assert all_events(world)[-1] == event


def _invite_with_totp(world: World) -> tuple[str, str]:
    """Erin, invited to meeting A, whose login needs a second factor; returns her token and person id."""
    erin = m.Person("Erin", "Test")
    with world.client("sec") as c:
        assert push(c, erin, m.Invitation(world.meeting_a.id, erin.id)).is_success
    accounts = world.live.state.accounts  # (a second factor is for secretaries: she is HR's, invited to A)
    secret = accounts.add_user(
        "erin", PASSWORD, "secretary", person_id=erin.id, committees=(world.hr.id,), totp=True
    )
    assert secret is not None
    token = world.live.login("erin", device="erin-pc", totp=totp_code(secret, time.time()))
    return token, erin.id


def test_a_check_in_records_time_device_address_and_how_identity_was_verified(world: World) -> None:
    meeting = world.meeting_a.id
    token, erin = _invite_with_totp(world)
    with world.client("alice") as c:
        r = c.post(f"/live/{meeting}/checkin", json={"mode": "present"})
    assert r.status_code == 200, r.text
    assert r.json()["data"] == {
        "person_id": world.people["alice"].id,
        "mode": "present",
        "verified_by": "password",
    }
    with world.live.client(token) as c:
        assert c.post(f"/live/{meeting}/checkin", json={"mode": "online"}).status_code == 200
    with world.client("bob") as c:  # a guest checks in as well
        assert c.post(f"/live/{meeting}/checkin", json={"mode": "present"}).status_code == 200
    with world.client("sec") as c:  # the secretary is not an invitee
        assert c.post(f"/live/{meeting}/checkin", json={"mode": "present"}).status_code == 403
    with world.client("carol") as c:
        assert c.post(f"/live/{meeting}/checkin", json={"mode": "present"}).status_code == 404
    with world.live.state.db.read() as conn:
        rows = conn.execute(select(checkins).order_by(checkins.c.id)).all()
    assert [(r.person_id, r.user_name, r.device, r.address, r.mode, r.verified_by) for r in rows] == [
        (world.people["alice"].id, "alice", "laptop", "127.0.0.1", "present", "password"),
        (erin, "erin", "erin-pc", "127.0.0.1", "online", "password+totp"),
        (world.people["bob"].id, "bob", "laptop", "127.0.0.1", "present", "password"),
    ]
    events = [e for e in all_events(world) if e["type"] == "checkin"]
    assert [e["at"] for e in events] == [r.at for r in rows]
    assert [e["data"]["verified_by"] for e in events] == ["password", "password+totp", "password"]


def test_hostile_input_is_refused_in_words_and_changes_nothing(world: World) -> None:
    meeting = world.meeting_a.id
    before = all_events(world)
    with world.client("sec") as c:
        url = f"/live/{meeting}/chair"
        bad = [
            c.post(url, content=b"{not json", headers={"Content-Type": "application/json"}),
            c.post(
                url,
                content=b'{"item_id": "' + b"x" * (1 << 20) + b'"}',
                headers={"Content-Type": "application/json"},
            ),
            c.post(url, json={"item_id": world.open_item.id, "elsewhere": 1}),
            c.post(url, json={"item_id": "a\x00b"}),
            c.post(url, json=[1, 2]),
            c.post("/live/no-such-meeting/chair", json={"item_id": world.open_item.id}),
            c.post(f"/live/{meeting}/checkin", json={"mode": "asleep"}),
            c.get(f"/live/{meeting}/events", params={"after": -1}),
            c.get(f"/live/{meeting}/events", params={"after": "x"}),
            c.get(f"/live/{meeting}/events", params={"limit": 0}),
            c.get(f"/live/{'m' * 100}/events"),
        ]
        for headers, params in (
            ({"Last-Event-ID": "abc"}, {}),
            ({"Last-Event-ID": "-1"}, {}),
            ({}, {"after": -1}),
        ):
            with stream(c, meeting, headers=headers, params=params) as response:
                response.read()
                bad.append(response)
    statuses = [r.status_code for r in bad]
    assert all(400 <= s < 500 for s in statuses), statuses
    assert statuses[0] in (400, 422) and statuses[1] == 413 and statuses[5] == 404
    assert statuses[-3] == 400 and "Last-Event-ID" in bad[-3].json()["message"]
    assert all("message" in r.json() or "detail" in r.json() for r in bad)
    assert all_events(world) == before
    with world.client("sec") as c:
        assert c.get("/health").status_code == 200


def test_an_accepted_push_tells_the_meetings_live_clients_to_pull(world: World) -> None:
    meeting = world.meeting_a.id
    with world.client("alice") as alice, stream(alice, meeting, params={"after": latest(world)}) as response:
        events = sse_events(response, 1)
        with world.client("sec") as c:
            item = world.open_item
            r = push(c, replace(item, title="เรื่องเปิด (แก้ไข)"), base=world.versions[item.id])
            assert r.status_code == 200, r.text
        records = next(events)
    assert records["type"] == "records" and records["by"] == "sec" and records["data"] == {}
    # A reader's own marks are no news for the others; a refused push tells nobody anything.
    count = len(all_events(world))
    with world.client("alice") as c:
        mark = replace(world.annotations["ann_private"], text="อ่านแล้ว")
        assert push(c, mark, base=world.versions[mark.id]).status_code == 200
        assert (
            push(
                c, replace(world.open_item, title="ไม่ได้"), base=world.versions[world.open_item.id]
            ).status_code
            >= 400
        )
    after = all_events(world)
    assert [e["type"] for e in after[count:]] in ([], ["left"])  # (alice's stream may have just gone)
    with world.client("carol") as c:  # the news goes to the meeting it concerns only
        news = [e["type"] for e in c.get(f"/live/{world.meeting_b.id}/events").json()["events"]]
    assert news == ["records"]  # (of the world's own publishing only)


def test_a_stopping_server_ends_its_streams(settings: Any) -> None:
    from tests.server.conftest import build_world, run_server

    with run_server(settings) as live:
        world = build_world(live)
        client = world.client("alice")
        response = client.send(client.build_request("GET", f"/live/{world.meeting_a.id}/stream"), stream=True)
        assert int(next(sse_events(response, 1))["id"]) >= 1  # open, sending the meeting's events
        started = time.monotonic()
    assert time.monotonic() - started < 5  # not held open by the stream
    response.close()
    client.close()


def test_a_stream_ends_soon_after_its_device_is_revoked(settings: Any) -> None:
    from tests.server.conftest import build_world, run_server

    settings.live_keepalive_s, settings.live_recheck_s = 0.1, 0.2
    with run_server(settings) as live:
        world = build_world(live)
        with world.client("alice") as alice, stream(alice, world.meeting_a.id) as response:
            assert response.status_code == 200
            device = alice.get("/me").json()["device_id"]
            live.state.accounts.revoke_device(device)
            started = time.monotonic()
            response.read()  # the stream ends by itself
        assert time.monotonic() - started < 5
        left = all_events(world)[-1]
        assert left["type"] == "left" and left["by"] == "alice"


def test_every_follower_gets_every_event_once_in_order(world: World) -> None:
    import threading

    meeting, start = world.meeting_a.id, latest(world)
    users = ("alice", "bob", "dave")
    got: dict[str, list[int]] = {user: [] for user in users}
    ready = threading.Barrier(len(users) + 1, timeout=10)

    def follow(user: str) -> None:
        with world.client(user) as c, stream(c, meeting, params={"after": start}) as response:
            ready.wait()
            for event in sse_events(response, 40):
                if event["type"] == "chair":
                    got[user].append(event["data"]["page"])
                    if len(got[user]) == 20:
                        return

    threads = [threading.Thread(target=follow, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    ready.wait()
    for page in range(20):
        assert chair(world, world.open_item.id, document_id=world.docs["open"].id, page=page).is_success
    for thread in threads:
        thread.join(timeout=10)
    assert got == {user: list(range(20)) for user in users}
