"""The calendar feed: each user's private, revocable .ics address, showing only what the record rules let
them see (a confidential meeting as "Meeting of committee X" without its agenda), read back with the
``icalendar`` package; on SQLite and PostgreSQL like every server test."""

from __future__ import annotations

import dataclasses
import secrets
from typing import Any

import httpx
import icalendar

from emeeting.domain import model as m
from emeeting.interop.ical import meeting_uid
from emeeting.server.calendar_feed import MISSES_PER_ADDRESS, revoke_by_name
from tests.server.conftest import PASSWORD, World, change, push


def make_feed(world: World, user: str) -> str:
    """A new feed for ``user``; returns its path."""
    with world.client(user) as c:
        r = c.post("/calendar/feed")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["exists"] and body["path"].startswith("/calendar/") and body["path"].endswith(".ics")
    return str(body["path"])


def fetch(world: World, path: str, **headers: str) -> httpx.Response:
    with world.live.client() as c:  # no login: the address is the key
        return c.get(path, headers=headers)


def events(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    parsed = icalendar.Calendar.from_ical(response.content)
    assert "METHOD" not in parsed  # a subscribed calendar, not an iTIP message
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


def test_a_member_gets_their_meetings_with_the_agenda_they_may_see(world: World) -> None:
    path = make_feed(world, "alice")
    got = events(fetch(world, path))
    assert set(got) == {meeting_uid(world.meeting_a.id)}  # invited to A only
    event = got[meeting_uid(world.meeting_a.id)]
    assert str(event["SUMMARY"]) == world.meeting_a.title
    assert event.decoded("DTSTART") == world.meeting_a.start
    assert str(event["DTSTART"].params["TZID"]) == "Asia/Bangkok"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["DESCRIPTION"]).splitlines() == ["1 เรื่องเปิด", "2 เรื่องลับ"]
    with world.client("alice") as c:
        state = c.get("/calendar/feed").json()
    assert state["exists"] and state["created_at"] and state["path"] is None  # the address is given once


def test_a_guest_sees_only_the_open_item_and_others_only_their_own(world: World) -> None:
    got = events(fetch(world, make_feed(world, "bob")))
    assert str(got[meeting_uid(world.meeting_a.id)]["DESCRIPTION"]) == "1 เรื่องเปิด"
    assert set(events(fetch(world, make_feed(world, "carol")))) == {meeting_uid(world.meeting_b.id)}
    secretary = events(fetch(world, make_feed(world, "sec")))
    assert set(secretary) == {meeting_uid(world.meeting_a.id), meeting_uid(world.meeting_b.id)}
    assert set(events(fetch(world, make_feed(world, "hrsec")))) == {meeting_uid(world.meeting_h.id)}
    assert events(fetch(world, make_feed(world, "admin"))) == {}


def test_a_committee_member_not_invited_sees_nothing(world: World) -> None:
    erin = m.Person("Erin", "Test")
    world.live.state.accounts.add_user("erin", PASSWORD, "member", person_id=erin.id)
    with world.client("sec") as c:
        assert push(c, erin, m.Membership(world.ict.id, erin.id)).status_code == 200
    world.tokens["erin"] = world.live.login("erin")
    assert events(fetch(world, make_feed(world, "erin"))) == {}


def test_a_confidential_meeting_shows_only_whose_meeting_it_is(world: World) -> None:
    path = make_feed(world, "carol")
    before = fetch(world, path)
    raised = dataclasses.replace(
        world.meeting_b, secrecy=m.Secrecy.CONFIDENTIAL, online_link="https://x.test/b"
    )
    with world.client("sec") as c:
        r = c.post("/sync/push", json={"changes": [change(raised, world.versions[world.meeting_b.id])]})
        assert r.status_code == 200, r.text
    after = fetch(world, path)
    assert after.headers["etag"] != before.headers["etag"]
    event = events(after)[meeting_uid(world.meeting_b.id)]
    assert str(event["SUMMARY"]) == f"การประชุม{world.ict.name}"
    assert str(event["CLASS"]) == "CONFIDENTIAL"
    assert "DESCRIPTION" not in event and "URL" not in event
    assert "เรื่อง B" not in after.text and world.meeting_b.title not in after.text


def test_a_cancelled_meeting_is_marked_cancelled(world: World) -> None:
    path = make_feed(world, "alice")
    cancelled = dataclasses.replace(world.meeting_a, status=m.MeetingStatus.CANCELLED)
    with world.client("sec") as c:
        r = c.post("/sync/push", json={"changes": [change(cancelled, world.versions[world.meeting_a.id])]})
        assert r.status_code == 200, r.text
    assert str(events(fetch(world, path))[meeting_uid(world.meeting_a.id)]["STATUS"]) == "CANCELLED"


def test_an_unchanged_feed_is_answered_not_modified(world: World) -> None:
    path = make_feed(world, "alice")
    first = fetch(world, path)
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "private, no-cache"
    again = fetch(world, path, **{"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert fetch(world, path, **{"If-None-Match": '"other"'}).status_code == 200
    assert fetch(world, path).content == first.content  # the same bytes while nothing changes


def test_a_new_address_ends_the_old_and_revoking_ends_it(world: World) -> None:
    old = make_feed(world, "alice")
    new = make_feed(world, "alice")
    assert fetch(world, old).status_code == 404
    assert fetch(world, new).status_code == 200
    with world.client("alice") as c:
        assert c.delete("/calendar/feed").status_code == 204
        assert c.get("/calendar/feed").json() == {"exists": False, "created_at": None, "path": None}
        assert c.delete("/calendar/feed").status_code == 204  # nothing left to end: the same answer
    assert fetch(world, new).status_code == 404


def test_disabling_a_user_or_the_admin_command_ends_the_feed(world: World) -> None:
    accounts = world.live.state.accounts
    path = make_feed(world, "alice")
    accounts.set_disabled("alice", True)
    assert fetch(world, path).status_code == 404
    accounts.set_disabled("alice", False)
    assert fetch(world, path).status_code == 404  # enabled again: a new address is asked for
    path = make_feed(world, "carol")
    assert revoke_by_name(world.live.state.db, "carol")
    assert not revoke_by_name(world.live.state.db, "carol")
    assert fetch(world, path).status_code == 404


def test_no_other_secret_opens_a_feed(world: World) -> None:
    make_feed(world, "alice")
    for guess in (world.tokens["alice"], secrets.token_urlsafe(32), "A" * 43):
        r = fetch(world, f"/calendar/{guess}.ics")
        assert r.status_code == 404 and r.json()["error"] == "not_found"
    with world.live.client() as c:
        assert c.post("/calendar/feed").status_code == 401
        assert c.get("/calendar/feed").status_code == 401
        assert c.delete("/calendar/feed").status_code == 401


def test_an_address_guessing_is_slowed_down(world: World) -> None:
    path = make_feed(world, "alice")
    for _ in range(MISSES_PER_ADDRESS):
        assert fetch(world, f"/calendar/{secrets.token_urlsafe(32)}.ics").status_code == 404
    refused = fetch(world, path)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0


def test_the_admin_command_ends_a_feed(world: World, capsys: Any) -> None:
    from emeeting.cli import main

    path = make_feed(world, "bob")
    db = ["server", "--db", world.live.state.db.url, "user", "feed-revoke"]
    assert main([*db, "bob"]) == 0
    assert "ended the calendar feed of bob" in capsys.readouterr().out
    assert fetch(world, path).status_code == 404
    assert main([*db, "bob"]) == 0 and "bob has no calendar feed" in capsys.readouterr().out
    assert main([*db, "nobody"]) == 2 and "no user 'nobody'" in capsys.readouterr().err


def test_malformed_or_oversized_addresses_and_bodies_open_nothing_and_change_nothing(world: World) -> None:
    path = make_feed(world, "alice")
    secret = path.removeprefix("/calendar/").removesuffix(".ics")
    for bad in ("x" * 5000, "..%2F..%2Fserver.db", "%00" * 43, "ก" * 43, secret + "!", secret[:-1] + "%0A"):
        r = fetch(world, f"/calendar/{bad}.ics")
        assert r.status_code in (404, 422), (bad[:20], r.status_code)
        assert "BEGIN:VCALENDAR" not in r.text
    with world.client("alice") as c:
        huge = c.post(
            "/calendar/feed", content=b"{" * 3_000_000, headers={"content-type": "application/json"}
        )
        garbage = c.request("DELETE", "/calendar/feed", content=b"\xff\xfe not json")
    assert huge.status_code == 413, huge.status_code
    assert garbage.status_code in (204, 400, 422)
    if garbage.status_code == 204:  # the body is no part of a DELETE: the feed is ended as asked
        assert fetch(world, path).status_code == 404
    else:
        assert fetch(world, path).status_code == 200


def test_a_server_started_anew_on_an_empty_database_knows_no_feed(world: World, tmp_path: Any) -> None:
    """A feed address is a row in one server database: an empty database put behind the server (a server
    replaced) answers it as unknown, like any guess, rather than with anyone's meetings."""
    from tests.server.conftest import run_server
    from tests.sync.conftest import cheap_settings

    path = make_feed(world, "alice")
    with run_server(cheap_settings(tmp_path / "replaced")) as replaced, replaced.client() as c:
        r = c.get(path)
    assert r.status_code == 404 and "BEGIN:VCALENDAR" not in r.text
