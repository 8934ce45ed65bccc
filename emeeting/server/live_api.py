"""The live meeting's endpoints: the event stream (server-sent events) and its pages, the chair's place and
check-ins (docs/SYNC.md, "The live channel").

Who may: whoever sees the meeting by the record rules (an invitee, the committee's secretary) reads its
events; a meeting they do not see is answered as one that is not there. Who connected when, from which
device and address (``joined``, ``left``: the traffic data, personal data of each member) goes to the
committee's secretary only, who keeps it for the evidence pack. Only the committee's secretary sets the
chair's place; only an invitee checks in.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from anyio import CancelScope
from anyio.to_thread import run_sync
from fastapi import APIRouter, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Connection, insert, select
from starlette.background import BackgroundTask

from emeeting.domain.kinds import Kind
from emeeting.server.access import Caller, Scope
from emeeting.server.app import Server, Token, _address
from emeeting.server.feed import ApiError, not_found
from emeeting.server.live import PAGE_MAX, Actor, events_after, publish
from emeeting.server.storage import checkins, devices, records
from emeeting.sync import protocol as p

MeetingId = Annotated[str, PathParam(max_length=p.ID_MAX, pattern=p.NO_NUL)]
_CURSOR_MAX = 2**62
TRAFFIC = frozenset({p.LiveType.JOINED, p.LiveType.LEFT})  # for the committee's secretary only


class ChairRequest(BaseModel):
    """Where the chair is: the item under discussion and, when a paper is presented, the paper and its
    page (0-based)."""

    model_config = ConfigDict(extra="forbid")
    item_id: str = Field(max_length=p.ID_MAX, pattern=p.NO_NUL)
    document_id: str | None = Field(default=None, max_length=p.ID_MAX, pattern=p.NO_NUL)
    page: int | None = Field(default=None, ge=0, le=100_000)


class CheckinRequest(BaseModel):
    """``present``: in the room; ``online``: taking part from elsewhere."""

    model_config = ConfigDict(extra="forbid")
    mode: Literal["present", "online"]


def _sees(conn: Connection, caller: Caller, meeting_id: str) -> Scope:
    """The caller's scope narrowed to the meeting; 404 when they do not see it (or it is not there)."""
    scope = Scope(conn, caller, meetings=[meeting_id])
    if not scope.sees_meeting(meeting_id):
        raise not_found()
    return scope


def _sees_traffic(scope: Scope, meeting_id: str) -> bool:
    return scope.is_secretary_of(scope.meetings[meeting_id][0])


def _for(page: p.LiveEvents, traffic: bool) -> p.LiveEvents:
    """The page as the caller gets it: without the traffic data unless ``traffic``; ``last`` stays the
    last event read, so that the next page starts after it."""
    if traffic:
        return page
    events = [e for e in page.events if e.type not in TRAFFIC]
    return p.LiveEvents(events=events, last=page.last, more=page.more, server_id=page.server_id)


def _device(conn: Connection, caller: Caller) -> tuple[str, str]:
    """The caller's device name and how its login was verified."""
    row = conn.execute(
        select(devices.c.name, devices.c.verified_by).where(devices.c.id == caller.device_id)
    ).one()
    return str(row.name), str(row.verified_by)


def _record(conn: Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    import json

    row = conn.execute(
        select(records.c.data).where(
            records.c.kind == kind, records.c.id == record_id, records.c.deleted.is_(False)
        )
    ).first()
    return None if row is None else dict(json.loads(row.data))


def _resume_from(after: int, last_event_id: str | None) -> int:
    """Where a stream starts: after the ``Last-Event-ID`` an EventSource sends when it reconnects, else
    after ``after``."""
    if last_event_id is None:
        return after
    text = last_event_id.strip()
    if not text.isascii() or not text.isdigit() or int(text) > _CURSOR_MAX:
        raise ApiError(400, "invalid_request", "Last-Event-ID is the id of an event: a whole number")
    return int(text)


def sse(event: p.LiveEvent) -> bytes:
    """One event as server-sent events frame it (the data is JSON on one line)."""
    return f"id: {event.id}\nevent: {event.type}\ndata: {event.model_dump_json()}\n\n".encode()


def live_router(server: Server) -> APIRouter:
    db, accounts, hub = server.db, server.accounts, server.live
    router = APIRouter(tags=["live"])

    @router.get("/live/{meeting_id}/events", response_model=p.LiveEvents)
    def events(
        token: Token,
        meeting_id: MeetingId,
        after: Annotated[int, Query(ge=0, le=_CURSOR_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_MAX,
    ) -> p.LiveEvents:
        with db.read() as conn:
            scope = _sees(conn, accounts.authenticate(token, conn)[0], meeting_id)
            page = events_after(conn, meeting_id, after, limit)
        return _for(page.model_copy(update={"server_id": db.server_id()}), _sees_traffic(scope, meeting_id))

    @router.get(
        "/live/{meeting_id}/stream",
        response_class=StreamingResponse,
        responses={
            200: {
                "content": {"text/event-stream": {}},
                "description": "the meeting's events as server-sent events (id, event: its type, data: the "
                "LiveEvent as JSON), from after Last-Event-ID (or after), then as they happen; a "
                "comment line every so often keeps the connection open",
            }
        },
    )
    async def stream(
        token: Token,
        meeting_id: MeetingId,
        request: Request,
        after: Annotated[int, Query(ge=0, le=_CURSOR_MAX)] = 0,
        last_event_id: Annotated[str | None, Header(max_length=32)] = None,
    ) -> StreamingResponse:
        start = _resume_from(after, last_event_id)
        address = _address(request)

        def join() -> tuple[Actor, bool]:
            with db.write() as conn:
                caller = accounts.authenticate(token, conn)[0]
                scope = _sees(conn, caller, meeting_id)
                device, _verified = _device(conn, caller)
                actor = Actor(caller.name, device, address)
                publish(conn, meeting_id, p.LiveType.JOINED, {"device": device, "address": address}, actor)
            return actor, _sees_traffic(scope, meeting_id)

        def allowed() -> bool:
            """Whether the caller may still follow the meeting (the token, and the meeting in their sight)."""
            with db.read() as conn:
                try:
                    _sees(conn, accounts.authenticate(token, conn)[0], meeting_id)
                except ApiError:
                    return False
                return True

        def page(last: int) -> p.LiveEvents:
            with db.read() as conn:
                return events_after(conn, meeting_id, last)

        async def read(last: int) -> p.LiveEvents:
            return await run_sync(page, last)

        gone: list[bool] = []  # the left event is written (once)

        def leave(actor: Actor) -> None:
            if gone:
                return
            gone.append(True)
            data = {"device": actor.device, "address": actor.address}
            with db.write() as conn:
                publish(conn, meeting_id, p.LiveType.LEFT, data, actor)

        actor, traffic = await run_sync(join)
        hub.wake(meeting_id)
        keepalive, recheck = server.settings.live_keepalive_s, server.settings.live_recheck_s

        async def frames() -> AsyncIterator[bytes]:
            try:
                yield b": connected\n\n"  # the client knows at once that the stream is open
                last = start
                checked = time.monotonic()
                with hub.waiter(meeting_id) as waiter:
                    while not hub.closed:
                        # A revoked device or a withdrawn invitation ends the stream within ``recheck``
                        # seconds (checked then, not at every event: hundreds follow one meeting).
                        if time.monotonic() - checked >= recheck:
                            if not await run_sync(allowed):
                                return
                            checked = time.monotonic()
                        found = _for(await hub.events_after(meeting_id, last, read), traffic)
                        if found.events:
                            yield b"".join(sse(event) for event in found.events)
                        last = found.last
                        if found.more:
                            continue
                        if not await waiter.wait(keepalive):
                            yield b": keep-alive\n\n"
            finally:
                with CancelScope(shield=True):  # the client went: the event says so all the same
                    await run_sync(leave, actor)
                hub.wake(meeting_id)

        async def after_all() -> None:
            """(A client gone before the first line never started ``frames``: its leaving is written here.)"""
            with CancelScope(shield=True):
                await run_sync(leave, actor)

        headers = {
            "Cache-Control": "no-store",
            "X-Accel-Buffering": "no",  # no proxy holds events back
            p.SERVER_ID_HEADER: await run_sync(db.server_id),  # which database's event ids these are
        }
        return StreamingResponse(
            frames(), media_type="text/event-stream", headers=headers, background=BackgroundTask(after_all)
        )

    @router.post("/live/{meeting_id}/chair", response_model=p.LiveEvent)
    def chair(token: Token, meeting_id: MeetingId, body: ChairRequest, request: Request) -> p.LiveEvent:
        address = _address(request)
        with db.write() as conn:
            caller = accounts.authenticate(token, conn)[0]
            scope = _sees(conn, caller, meeting_id)
            if not scope.is_secretary_of(scope.meetings[meeting_id][0]):
                raise ApiError(403, "forbidden", "only the committee's secretary sets where the chair is")
            item = _record(conn, Kind.AGENDA_ITEM, body.item_id)
            if item is None or item["meeting_id"] != meeting_id:
                raise ApiError(422, "invalid_request", "the item is not on this meeting's agenda")
            if body.document_id is None and body.page is not None:
                raise ApiError(422, "invalid_request", "a page is a page of a paper: name the paper")
            if body.document_id is not None:
                paper = _record(conn, Kind.DOCUMENT, body.document_id)
                if paper is None or paper["meeting_id"] != meeting_id:
                    raise ApiError(422, "invalid_request", "the paper is not one of this meeting's")
            device, _verified = _device(conn, caller)
            data = {
                "item_id": body.item_id,
                "document_id": body.document_id,
                "page": None if body.document_id is None else (body.page or 0),
            }
            event = publish(conn, meeting_id, p.LiveType.CHAIR, data, Actor(caller.name, device, address))
        hub.wake(meeting_id)
        return event

    @router.post("/live/{meeting_id}/checkin", response_model=p.LiveEvent)
    def checkin(token: Token, meeting_id: MeetingId, body: CheckinRequest, request: Request) -> p.LiveEvent:
        address = _address(request)
        with db.write() as conn:
            caller = accounts.authenticate(token, conn)[0]
            scope = _sees(conn, caller, meeting_id)
            if caller.person_id is None or meeting_id not in scope.invited:
                raise ApiError(403, "forbidden", "only those invited to the meeting check in to it")
            device, verified_by = _device(conn, caller)
            event = publish(
                conn,
                meeting_id,
                p.LiveType.CHECKIN,
                {"person_id": caller.person_id, "mode": body.mode, "verified_by": verified_by},
                Actor(caller.name, device, address),
            )
            conn.execute(
                insert(checkins).values(
                    meeting_id=meeting_id,
                    person_id=caller.person_id,
                    user_name=caller.name,
                    device=device,
                    address=address,
                    mode=body.mode,
                    verified_by=verified_by,
                    at=event.at,
                )
            )
        hub.wake(meeting_id)
        return event

    return router
