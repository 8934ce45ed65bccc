"""Each user's calendar feed: a private address of an .ics file with the meetings they are invited to (or are
secretary of), for any calendar to subscribe to (docs/SYNC.md, "The calendar feed").

The address's secret is the only key: a calendar that subscribes sends no login. So it is a random token of
256 bits that the server keeps only as a hash, one per user; asking for a new address ends the old one, and
the user revokes it (``DELETE /calendar/feed``), an admin does (``emeeting server user feed-revoke NAME``),
and disabling the user does. An address that is not (or no longer) a feed is answered as anything that is
not there, and too many of those from one network address are slowed down as failed logins are.

What it shows follows the record rules (``server/access.py``) as of each request: the meetings the user
sees; a confidential (or higher) meeting only as "Meeting of committee X", with no agenda and no link;
the others with the agenda items the user may see (a guest: the open items they are invited for). A
cancelled meeting stays, marked cancelled, so that calendars take it away.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Annotated, Any

from anyio.to_thread import run_sync
from fastapi import APIRouter, Header, Request, Response
from fastapi import Path as PathParam
from sqlalchemy import Connection, delete, insert, select

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items
from emeeting.domain.kinds import Kind
from emeeting.interop.ical import CalendarEvent, calendar, default_end, event_summary, meeting_uid
from emeeting.server.access import CONFIDENTIAL, SECRETARY_ROLES, Caller, Scope
from emeeting.server.app import Server, Token, _address, _retry_later
from emeeting.server.auth import LoginThrottle, new_token, token_hash
from emeeting.server.feed import not_found, now_text
from emeeting.server.storage import Database, calendar_feeds, records, secretary_committees, users
from emeeting.storage.codec import datetime_from_db
from emeeting.sync import protocol as p

MEDIA_TYPE = "text/calendar; charset=utf-8"
# The secret part of an address: new_token's 43 URL-safe characters (a little room either side).
FEED_TOKEN = r"^[A-Za-z0-9_-]{32,64}$"
# The newest meetings a feed lists: a committee meeting monthly for decades stays well inside.
MAX_EVENTS = 1000
# Unknown addresses asked for from one network address before it must wait (guessing is hopeless
# anyway; this keeps a scanner from costing the server a database query per guess).
MISSES_PER_ADDRESS = 20
MISS_WINDOW_SECONDS = 300.0


def _path(token: str) -> str:
    return f"/calendar/{token}.ics"


def new_feed(db: Database, user_id: str) -> tuple[str, str]:
    """A new address for the user's feed (the old one stops working); returns its token and when made."""
    token, created = new_token(), now_text()
    with db.write() as conn:
        conn.execute(delete(calendar_feeds).where(calendar_feeds.c.user_id == user_id))
        conn.execute(
            insert(calendar_feeds).values(user_id=user_id, token_hash=token_hash(token), created_at=created)
        )
    return token, created


def revoke_feed(conn: Connection, user_id: str) -> bool:
    """End the user's feed; True when there was one."""
    return bool(conn.execute(delete(calendar_feeds).where(calendar_feeds.c.user_id == user_id)).rowcount)


def feed_created(db: Database, user_id: str) -> str | None:
    with db.read() as conn:
        created = conn.execute(
            select(calendar_feeds.c.created_at).where(calendar_feeds.c.user_id == user_id)
        ).scalar()
    return None if created is None else str(created)


def feed_text(db: Database, token: str) -> str | None:
    """The calendar behind a feed's secret, as its user may see it now; None when there is no such feed
    (never was, revoked, or its user disabled)."""
    with db.read() as conn:  # the feed, the user and what they see in one snapshot
        row = conn.execute(
            select(users.c.id, users.c.name, users.c.role, users.c.person_id, users.c.disabled)
            .join(calendar_feeds, calendar_feeds.c.user_id == users.c.id)
            .where(calendar_feeds.c.token_hash == token_hash(token))
        ).first()
        if row is None or row.disabled:
            return None
        committees: frozenset[str] = frozenset()
        if row.role in SECRETARY_ROLES:
            committees = frozenset(
                conn.execute(
                    select(secretary_committees.c.committee_id).where(
                        secretary_committees.c.user_id == row.id
                    )
                ).scalars()
            )
        caller = Caller(row.id, row.name, row.role, row.person_id, committees, device_id="")
        return calendar(None, _events(conn, Scope(conn, caller)), name="emeeting")


def _live(conn: Connection, kind: str, column: Any, ids: list[str]) -> list[Any]:
    if not ids:
        return []
    return list(
        conn.execute(
            select(records.c.data, records.c.updated_at).where(
                records.c.kind == kind, records.c.deleted.is_(False), column.in_(ids)
            )
        )
    )


def _events(conn: Connection, scope: Scope) -> list[CalendarEvent]:
    visible = [meeting_id for meeting_id in scope.meetings if scope.sees_meeting(meeting_id)]
    meetings: list[tuple[m.Meeting, datetime]] = [
        (p.decode(Kind.MEETING, json.loads(row.data)), datetime_from_db(row.updated_at))
        for row in _live(conn, Kind.MEETING, records.c.id, visible)
    ]
    meetings.sort(key=lambda pair: (pair[0].start, pair[0].id))
    meetings = meetings[-MAX_EVENTS:]
    committees = {
        data["id"]: data
        for data in (
            json.loads(row.data)
            for row in _live(
                conn, Kind.COMMITTEE, records.c.id, list({mt.committee_id for mt, _ in meetings})
            )
        )
    }
    confidential = {mt.id for mt, _ in meetings if scope.meetings[mt.id][1] >= CONFIDENTIAL}
    agendas: dict[str, list[m.AgendaItem]] = {}
    open_meetings = [mt.id for mt, _ in meetings if mt.id not in confidential]
    for row in _live(conn, Kind.AGENDA_ITEM, records.c.meeting_id, open_meetings):
        item = p.decode(Kind.AGENDA_ITEM, json.loads(row.data))
        agendas.setdefault(item.meeting_id, []).append(item)
    events = []
    for meeting, updated in meetings:
        committee = committees.get(meeting.committee_id, {})
        name = str(committee.get("name") or committee.get("short_name") or "")
        hidden = meeting.id in confidential
        events.append(
            CalendarEvent(
                uid=meeting_uid(meeting.id),
                start=meeting.start,
                end=meeting.end or default_end(meeting.start),
                summary=event_summary(
                    meeting.title, name, confidential=hidden, thai=committee.get("language", "th") == "th"
                ),
                stamp=updated,
                location=meeting.place,
                url="" if hidden else meeting.online_link,
                description="" if hidden else _agenda(scope, agendas.get(meeting.id, [])),
                cancelled=meeting.status == m.MeetingStatus.CANCELLED,
                confidential=hidden,
            )
        )
    return events


def _agenda(scope: Scope, items: list[m.AgendaItem]) -> str:
    """The numbered titles of the agenda items the caller may see (numbered as on the whole agenda)."""
    numbers = number_items(items)
    titles = {item.id: item.title for item in items}
    return "\n".join(
        f"{number} {titles[item_id]}" for item_id, number in numbers.items() if scope.sees_item(item_id)
    )


FeedToken = Annotated[str, PathParam(pattern=FEED_TOKEN, max_length=64)]


def calendar_router(server: Server) -> APIRouter:
    db, accounts = server.db, server.accounts
    misses = LoginThrottle(MISSES_PER_ADDRESS, MISSES_PER_ADDRESS, MISS_WINDOW_SECONDS)
    router = APIRouter(tags=["calendar"])

    @router.get("/calendar/feed", response_model=p.CalendarFeed)
    def feed_state(token: Token) -> p.CalendarFeed:
        created = feed_created(db, accounts.authenticate(token)[0].user_id)
        return p.CalendarFeed(exists=created is not None, created_at=created)

    @router.post("/calendar/feed", response_model=p.CalendarFeed, status_code=201)
    def make_feed(token: Token) -> p.CalendarFeed:
        secret, created = new_feed(db, accounts.authenticate(token)[0].user_id)
        return p.CalendarFeed(exists=True, created_at=created, path=_path(secret))

    @router.delete("/calendar/feed", status_code=204)
    def end_feed(token: Token) -> Response:
        user_id = accounts.authenticate(token)[0].user_id
        with db.write() as conn:
            revoke_feed(conn, user_id)
        return Response(status_code=204)

    @router.get(
        "/calendar/{feed}.ics",
        response_class=Response,
        responses={
            200: {"content": {"text/calendar": {}}, "description": "the user's meetings (RFC 5545)"},
            304: {"description": "unchanged since the ETag given in If-None-Match"},
        },
    )
    async def feed_file(
        feed: FeedToken, request: Request, if_none_match: Annotated[str, Header()] = ""
    ) -> Response:
        address = _address(request)
        wait = misses.begin("calendar-feed", address)
        if wait:
            raise _retry_later(wait, f"too many unknown addresses asked for: try again in {wait} s")
        text: str | None = None
        try:
            text = await run_sync(feed_text, db, feed)
        finally:
            misses.end("calendar-feed", address, "failed" if text is None else "succeeded")
        if text is None:
            raise not_found()
        body = text.encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        # The calendar may keep the file and ask whether it changed; shared caches keep nothing.
        headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
        if etag in {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}:
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=MEDIA_TYPE, headers=headers)

    return router


def revoke_by_name(db: Database, name: str) -> bool:
    """``emeeting server user feed-revoke NAME``: True when the user had a feed."""
    from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError

    with db.write() as conn:
        user_id = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
        if user_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no user {name}"), name=repr(name))
        return revoke_feed(conn, str(user_id))
