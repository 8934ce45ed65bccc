"""Every endpoint, called by every user with ids that are not theirs to use, answers 401, 403 or 404.

The endpoints are read from the published OpenAPI document: a new endpoint without an entry in MATRIX
fails ``test_every_endpoint_is_in_the_matrix``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from emeeting.domain import model as m
from emeeting.domain.kinds import Kind, kind_of
from emeeting.sync import protocol as p
from tests.server.conftest import PASSWORD, World, change, ids, pull_all

DENIED = {401, 403, 404}
USERS = ("sec", "hrsec", "alice", "bob", "carol", "dave", "admin")

# A request that must be denied: (user or None for no token, method, path, keyword arguments for httpx).
Attempt = tuple[str | None, str, str, dict[str, Any]]


def _records(world: World) -> dict[str, object]:
    """Every record of the world by a short name."""
    named: dict[str, object] = {
        "ict": world.ict,
        "hr": world.hr,
        "meeting_a": world.meeting_a,
        "meeting_b": world.meeting_b,
        "meeting_h": world.meeting_h,
        "open_item": world.open_item,
        "closed_item": world.closed_item,
        "item_b": world.item_b,
        "item_h": world.item_h,
        "vote": world.vote,
        "vote_b": world.vote_b,
        "recusal": world.recusal,
    }
    named |= {f"doc_{n}": d for n, d in world.docs.items()}
    named |= {f"inv_{n}": i for n, i in world.invitations.items()}
    named |= {f"person_{n}": person for n, person in world.people.items()}
    return named | world.extras | world.annotations


_A = {"meeting_a", "open_item", "closed_item", "vote", "recusal", "inv_alice", "inv_bob", "inv_dave"}
_A_DOCS = {"doc_open", "doc_confidential", "doc_closed", "doc_meeting_level"}
_B = {"meeting_b", "item_b", "vote_b", "doc_b", "inv_carol"}
_H = {"hr", "meeting_h", "item_h", "doc_h", "inv_hrsec", "person_hrsec"}
_ICT_PEOPLE = {f"person_{n}" for n in ("sec", "alice", "bob", "carol", "dave")}
_MINUTES = {"minutes", "minutes_entry", "minutes_version"}
# Meeting A's other records: members get the minutes (with their certified version) and the dissent, a
# guest the open item's action item only, and the secretary's item note stays with the secretaries.
_A_MEMBERS = {"membership", "dissent", "action_item"} | _MINUTES
# Alice's annotations: the shared ones go to whoever may read their paper (or see their item), those for
# the secretary to the committee's secretary, the private one to nobody else.
_SHARED_OPEN = {"ann_committee", "ann_item_note"}
_ANNOTATIONS = {
    "ann_private",
    "ann_committee",
    "ann_committee_closed",
    "ann_secretary",
    "ann_item_note",
    "ann_closed_item_note",
}

# What each user may read; everything else must be invisible to them.
VISIBLE: dict[str, set[str]] = {
    # Secretaries see every person (to invite them), not other committees' meetings.
    "sec": {"ict"}
    | _A
    | _A_DOCS
    | _B
    | _ICT_PEOPLE
    | {"person_hrsec"}
    | _A_MEMBERS
    | {"item_note"}
    | (_ANNOTATIONS - {"ann_private"}),
    "hrsec": _H | _ICT_PEOPLE,
    "alice": {"ict"}
    | _A
    | _A_DOCS
    | {"person_alice", "person_bob", "person_dave"}
    | _A_MEMBERS
    | _ANNOTATIONS,
    "bob": {"ict", "meeting_a", "open_item", "vote", "inv_bob", "doc_open", "doc_meeting_level"}
    | {"person_alice", "person_bob", "person_dave", "membership", "action_item"}
    | _SHARED_OPEN,
    "dave": {"ict"}
    | _A
    | (_A_DOCS - {"doc_closed"})
    | {"person_alice", "person_bob", "person_dave"}
    | _A_MEMBERS
    | _SHARED_OPEN,
    # ICT's members, as a member of a committee meeting she is invited to
    "carol": {"ict", "person_carol", "membership", "person_alice"} | _B,
    "admin": set(),
}
# What each user may change (with the rules the sync tests check): nothing of another meeting.
WRITABLE: dict[str, set[str]] = {
    "sec": {"ict"} | _A | _A_DOCS | _B | _ICT_PEOPLE | {"person_hrsec"} | _A_MEMBERS | {"item_note"},
    "hrsec": _H | _ICT_PEOPLE,
    "alice": {"inv_alice"} | _ANNOTATIONS,
    "bob": {"inv_bob"},
    "dave": {"inv_dave"},
    "carol": {"inv_carol"},
    "admin": set(),
}


def _edited(entity: object) -> object:
    """The record with one harmless field changed."""
    if isinstance(entity, m.Invitation):
        return dataclasses.replace(entity, rsvp=m.Rsvp.ACCEPTED)
    if isinstance(entity, m.Membership):
        return dataclasses.replace(entity, voting=not entity.voting)
    if isinstance(entity, m.Minutes):
        return dataclasses.replace(entity, style=m.MinutesStyle.VERBATIM)
    for name in ("title", "name", "question", "reason", "first_name", "text", "reasons"):
        if hasattr(entity, name):
            return dataclasses.replace(entity, **{name: getattr(entity, name) + " (แก้)"})  # type: ignore[arg-type]
    raise AssertionError(f"no field to edit in {entity!r}")


def _kind(entity: object) -> str:
    return kind_of(type(entity))


def attempts_records(world: World) -> Iterator[Attempt]:
    for user in USERS:
        for name, entity in _records(world).items():
            if name not in VISIBLE[user]:
                yield user, "GET", f"/records/{_kind(entity)}/{entity.id}", {}  # type: ignore[attr-defined]
    yield None, "GET", f"/records/meeting/{world.meeting_a.id}", {}


def attempts_push(world: World) -> Iterator[Attempt]:
    for user in USERS:
        for name, entity in _records(world).items():
            if name not in WRITABLE[user]:
                edit = change(_edited(entity), world.versions[entity.id])  # type: ignore[attr-defined]
                yield user, "POST", "/sync/push", {"json": {"changes": [edit]}}
            if name not in VISIBLE[user]:  # a stale or blind push must not answer with the server's copy
                for base in (0, world.versions[entity.id] + 1000):  # type: ignore[attr-defined]
                    blind = change(_edited(entity), base)
                    yield user, "POST", "/sync/push", {"json": {"changes": [blind]}}
    for user in ("alice", "bob", "dave", "carol", "admin"):  # new records in any meeting
        yield (
            user,
            "POST",
            "/sync/push",
            {"json": {"changes": [change(m.AgendaItem(world.meeting_a.id, "x"))]}},
        )
        yield (
            user,
            "POST",
            "/sync/push",
            {"json": {"changes": [change(m.AgendaItem(world.meeting_h.id, "x"))]}},
        )
    yield (
        "sec",
        "POST",
        "/sync/push",
        {"json": {"changes": [change(m.Invitation(world.meeting_h.id, m.new_id()))]}},
    )
    yield None, "POST", "/sync/push", {"json": {"changes": []}}


def _blob_attempts(method: str) -> Callable[[World], Iterator[Attempt]]:
    def attempts(world: World) -> Iterator[Attempt]:
        for user in USERS:
            for name, doc in world.docs.items():
                if f"doc_{name}" not in VISIBLE[user]:
                    yield user, method, f"/blobs/{doc.sha256}", {}
        yield None, method, f"/blobs/{world.docs['open'].sha256}", {}

    return attempts


def attempts_blob_batch(world: World) -> Iterator[Attempt]:
    """Asking for others' documents in a batch: each one alone and all at once."""
    for user in USERS:
        hidden = [doc.sha256 for name, doc in world.docs.items() if f"doc_{name}" not in VISIBLE[user]]
        for sha in hidden:
            yield user, "POST", "/blobs/batch", {"json": {"sha256": [sha]}}
        if hidden:
            yield user, "POST", "/blobs/batch", {"json": {"sha256": hidden}}
    yield None, "POST", "/blobs/batch", {"json": {"sha256": [world.docs["open"].sha256]}}


def attempts_put_blob(world: World) -> Iterator[Attempt]:
    data = b"an attendee's upload"
    for user in ("alice", "bob", "carol", "dave", "admin", None):
        yield user, "PUT", f"/blobs/{hashlib.sha256(data).hexdigest()}", {"content": data}


def attempts_without_ids(method: str, path: str) -> Callable[[World], Iterator[Attempt]]:
    """Endpoints with no ids in them: without a valid token they refuse; what they return to a valid
    caller is filtered, which ``test_the_feed_and_me_show_nothing_of_others`` checks."""

    def attempts(world: World) -> Iterator[Attempt]:
        yield None, method, path, {}
        yield None, method, path, {"headers": {"Authorization": "Bearer " + "A" * 43}}

    return attempts


def _meetings(world: World) -> dict[str, tuple[m.Meeting, m.AgendaItem]]:
    return {
        "meeting_a": (world.meeting_a, world.open_item),
        "meeting_b": (world.meeting_b, world.item_b),
        "meeting_h": (world.meeting_h, world.item_h),
    }


def _live_reads(what: str) -> Callable[[World], Iterator[Attempt]]:
    """A meeting's live events (pages or the stream) are for those who see the meeting."""

    def attempts(world: World) -> Iterator[Attempt]:
        for user in USERS:
            for name, (meeting, _item) in _meetings(world).items():
                if name not in VISIBLE[user]:
                    yield user, "GET", f"/live/{meeting.id}/{what}", {}
        yield None, "GET", f"/live/{world.meeting_a.id}/{what}", {}

    return attempts


def _vote_attempts(
    method: str, action: str, users: tuple[str | None, ...]
) -> Callable[[World], Iterator[Attempt]]:
    """A live vote endpoint: by those outside the meeting (or, for closing, not its secretary), and by
    anyone through another meeting's address."""

    def attempts(world: World) -> Iterator[Attempt]:
        body = {"choice": "for"} if action == "/secret" else {}  # each its own body: a wrong one is a 422
        kwargs: dict[str, Any] = {} if method == "GET" else {"json": body}
        for user in users:
            yield user, method, f"/live/{world.meeting_a.id}/votes/{world.vote.id}{action}", kwargs
        for user in USERS:
            yield user, method, f"/live/{world.meeting_b.id}/votes/{world.vote.id}{action}", kwargs
            yield user, method, f"/live/{world.meeting_h.id}/votes/{world.vote_b.id}{action}", kwargs

    return attempts


def attempts_chair(world: World) -> Iterator[Attempt]:
    """Only the secretary of the meeting's committee says where the chair is."""
    secretary_of = {"meeting_a": "sec", "meeting_b": "sec", "meeting_h": "hrsec"}
    for user in (*USERS, None):
        for name, (meeting, item) in _meetings(world).items():
            if user != secretary_of[name]:
                yield user, "POST", f"/live/{meeting.id}/chair", {"json": {"item_id": item.id}}


def attempts_checkin(world: World) -> Iterator[Attempt]:
    """Only an invitee checks in."""
    invited = {"meeting_a": {"alice", "bob", "dave"}, "meeting_b": {"carol"}, "meeting_h": {"hrsec"}}
    for user in (*USERS, None):
        for name, (meeting, _item) in _meetings(world).items():
            if user not in invited[name]:
                yield user, "POST", f"/live/{meeting.id}/checkin", {"json": {"mode": "present"}}


def attempts_calendar_file(world: World) -> Iterator[Attempt]:
    """A feed's address is its own key: a login token is none, with or without the login beside it (fewer
    guesses than would slow the address down)."""
    for user in USERS:
        yield user, "GET", f"/calendar/{world.tokens[user]}.ics", {}
    yield None, "GET", "/calendar/" + "A" * 43 + ".ics", {}


MATRIX: dict[tuple[str, str], Callable[[World], Iterator[Attempt]]] = {
    ("GET", "/calendar/feed"): attempts_without_ids("GET", "/calendar/feed"),
    ("POST", "/calendar/feed"): attempts_without_ids("POST", "/calendar/feed"),
    ("DELETE", "/calendar/feed"): attempts_without_ids("DELETE", "/calendar/feed"),
    ("GET", "/calendar/{feed}.ics"): attempts_calendar_file,
    ("GET", "/live/{meeting_id}/events"): _live_reads("events"),
    ("GET", "/live/{meeting_id}/stream"): _live_reads("stream"),
    ("POST", "/live/{meeting_id}/chair"): attempts_chair,
    ("POST", "/live/{meeting_id}/checkin"): attempts_checkin,
    ("GET", "/records/{kind}/{record_id}"): attempts_records,
    ("POST", "/sync/push"): attempts_push,
    ("GET", "/sync/changes"): attempts_without_ids("GET", "/sync/changes"),
    ("GET", "/me"): attempts_without_ids("GET", "/me"),
    ("POST", "/auth/logout"): attempts_without_ids("POST", "/auth/logout"),
    ("HEAD", "/blobs/{sha256}"): _blob_attempts("HEAD"),
    ("GET", "/blobs/{sha256}"): _blob_attempts("GET"),
    ("POST", "/blobs/batch"): attempts_blob_batch,
    ("PUT", "/blobs/{sha256}"): attempts_put_blob,
    ("POST", "/live/{meeting_id}/votes/{vote_id}/secret"): _vote_attempts(
        "POST", "/secret", ("hrsec", "carol", "admin", "bob", None)
    ),
    ("POST", "/live/{meeting_id}/votes/{vote_id}/close"): _vote_attempts(
        "POST", "/close", ("hrsec", "alice", "bob", "carol", "dave", "admin", None)
    ),
    ("GET", "/live/{meeting_id}/votes/{vote_id}"): _vote_attempts(
        "GET", "", ("hrsec", "carol", "admin", None)
    ),
}
PUBLIC = {("GET", "/health"), ("POST", "/auth/login")}


def test_every_endpoint_is_in_the_matrix(world: World) -> None:
    with world.client("sec") as c:
        spec = c.get("/openapi.json").json()
    routes = {(method.upper(), path) for path, ops in spec["paths"].items() for method in ops}
    assert routes == set(MATRIX) | PUBLIC


def _blind_conflict(r: httpx.Response) -> bool:
    """A change to a record one may not see is answered as for an id the server does not have: a conflict
    that shows no server copy."""
    return r.status_code == 412 and all(c["server"] is None for c in r.json()["conflicts"])


def _empty_batch(r: httpx.Response) -> bool:
    """A batch leaves out every document the caller may not read, whatever the reason: nothing sent."""
    return r.request.url.path == "/blobs/batch" and r.status_code == 200 and r.content == b""


def test_every_endpoint_denies_other_users_and_other_meetings(world: World) -> None:
    with world.client("sec") as c:
        before = c.get("/health").json()["server_version"]
    allowed: list[tuple[str | None, str, str, int]] = []
    count = 0
    clients = {user: world.live.client(world.tokens[user] if user else None) for user in (*USERS, None)}
    for attempts in MATRIX.values():
        for user, method, path, kwargs in attempts(world):
            count += 1
            r = clients[user].request(method, path, **kwargs)
            if r.status_code not in DENIED and not _blind_conflict(r) and not _empty_batch(r):
                allowed.append((user, method, path, r.status_code))
    for client in clients.values():
        client.close()
    assert allowed == []
    assert count > 300
    with world.client("sec") as c:
        assert c.get("/health").json()["server_version"] == before  # and nothing was written


def test_the_matrix_has_a_record_of_every_kind(world: World) -> None:
    # Ballots and private notes belong to their writer: test_sync.py covers them (members cast their own
    # ballots and the secretary sees them; a private note goes to its owner only).
    kinds = {_kind(entity) for entity in _records(world).values()} | {Kind.BALLOT, Kind.PRIVATE_NOTE}
    assert kinds == set(p.KINDS)


def test_each_route_has_attempts(world: World) -> None:
    for route, attempts in MATRIX.items():
        assert list(attempts(world)), route


def test_the_feed_and_me_show_nothing_of_others(world: World) -> None:
    everything = {name: entity.id for name, entity in _records(world).items()}  # type: ignore[attr-defined]
    for user in USERS:
        with world.client(user) as c:
            got = ids(pull_all(c)[0])
            me = c.get("/me").json()
        assert got == {everything[name] for name in VISIBLE[user]}, user
        assert me["user"] == user
        committees = {world.ict.id} if user in ("sec",) else {world.hr.id} if user == "hrsec" else set()
        assert set(me["committees"]) == committees


def test_a_presenter_gets_the_headings_above_their_item_as_title_only_copies(world: World) -> None:
    """Eve presents one sub-item under the open item and one under the closed item of meeting A: the open
    heading comes with its title, the closed one with its number only, neither with anything else, both
    through the feed and one by one, and neither can be changed by her."""
    live = world.live
    eve = m.Person("Eve", "Test")
    live.state.accounts.add_user("eve", PASSWORD, "member", person_id=eve.id)
    open_heading = dataclasses.replace(
        world.open_item, background="ความเป็นมา", proposal="ข้อเสนอ", presenter_id=world.people["alice"].id
    )
    under_open = m.AgendaItem(
        world.meeting_a.id, "เรื่องย่อยเปิด", parent_id=world.open_item.id, presenter_id=eve.id
    )
    under_closed = m.AgendaItem(world.meeting_a.id, "เรื่องย่อยใต้เรื่องลับ", parent_id=world.closed_item.id)
    deeper = m.AgendaItem(world.meeting_a.id, "เรื่องย่อยชั้นสาม", parent_id=under_closed.id)
    invitation = m.Invitation(world.meeting_a.id, eve.id, role=m.InviteeRole.PRESENTER, item_id=under_open.id)
    with world.client("sec") as c:
        r = c.post(
            "/sync/push",
            json={
                "changes": [
                    change(eve),
                    change(open_heading, world.versions[world.open_item.id]),
                    *(change(x) for x in (under_open, under_closed, deeper, invitation)),
                ]
            },
        )
        assert r.status_code == 200, r.text
        versions = {a["id"]: a["version"] for a in r.json()["accepted"]}
    with live.client(live.login("eve")) as c:
        got = {r["id"]: r for r in pull_all(c)[0] if r["kind"] == "agenda_item"}
        assert set(got) == {world.open_item.id, under_open.id}
        heading = p.decode("agenda_item", got[world.open_item.id]["data"])
        assert heading == m.AgendaItem(
            world.meeting_a.id, world.open_item.title, id=world.open_item.id, section=world.open_item.section
        )
        assert (
            c.get(f"/records/agenda_item/{world.open_item.id}").json()["data"]
            == got[world.open_item.id]["data"]
        )

        # An edit of the copy is refused as any change only the secretary makes; a stale one is answered
        # with the copy, not the secretary's record.
        edit = change(dataclasses.replace(heading, title="แก้"), versions[world.open_item.id])
        r = c.post("/sync/push", json={"changes": [edit]})
        assert r.status_code == 403 and r.json()["records"] == [f"agenda_item/{world.open_item.id}"], r.text
        r = c.post("/sync/push", json={"changes": [change(heading, 1)]})
        assert r.status_code == 412
        assert r.json()["conflicts"][0]["server"]["data"] == got[world.open_item.id]["data"]

    # Invited for an item two levels below the closed item instead: the closed item comes as its number,
    # the item between as its title, and the open heading no longer.
    moved = dataclasses.replace(invitation, item_id=deeper.id)
    with world.client("sec") as c:
        r = c.post("/sync/push", json={"changes": [change(moved, versions[invitation.id])]})
        assert r.status_code == 200, r.text
    with live.client(live.login("eve", device="tablet")) as c:
        got = {r["id"]: r["data"] for r in pull_all(c)[0] if r["kind"] == "agenda_item"}
        assert set(got) == {world.closed_item.id, under_closed.id, deeper.id}
        closed = p.decode("agenda_item", got[world.closed_item.id])
        assert (closed.title, closed.closed, closed.secrecy) == ("2", False, m.Secrecy.NORMAL)
        assert p.decode("agenda_item", got[under_closed.id]).title == under_closed.title
    # and the others see what they saw: the secretary and members the closed item as it is
    for user in ("sec", "alice"):
        with world.client(user) as c:
            data = c.get(f"/records/agenda_item/{world.closed_item.id}").json()["data"]
        assert data["title"] == world.closed_item.title and data["closed"]


def test_a_top_secret_heading_no_longer_allowed_reaches_members_as_its_number(world: World) -> None:
    """A committee allowed top secret, then no longer: the members get the top secret heading above an item
    they see as its number only; its secretary gets no copy (their own computer holds the heading)."""
    accounts = world.live.state.accounts
    accounts.set_policy(world.ict.id, offline_days=30, allow_top_secret=True)
    heading = m.AgendaItem(
        world.meeting_a.id, "เรื่องลับที่สุด", position=2, secrecy=m.Secrecy.TOP_SECRET, proposal="ข้อเสนอ"
    )
    under = m.AgendaItem(world.meeting_a.id, "เรื่องย่อยทั่วไป", parent_id=heading.id)
    with world.client("sec") as c:
        r = c.post("/sync/push", json={"changes": [change(heading), change(under)]})
        assert r.status_code == 200, r.text
    accounts.set_policy(world.ict.id, offline_days=30, allow_top_secret=False)

    with world.live.client(world.live.login("alice", device="desk")) as c:
        got = {r["id"]: r["data"] for r in pull_all(c)[0] if r["kind"] == "agenda_item"}
    copy = p.decode("agenda_item", got[heading.id])
    assert (copy.title, copy.secrecy, copy.proposal) == ("3", m.Secrecy.NORMAL, "")
    assert under.id in got
    with world.live.client(world.live.login("sec", device="desk")) as c:
        got = {r["id"]: r["data"] for r in pull_all(c)[0] if r["kind"] == "agenda_item"}
    assert heading.id not in got and under.id in got
