"""The live vote endpoints (see ``emeeting.server.votes``): a member's secret ballot, the secretary closing
a vote, and who has voted."""

# (No postponed annotations: FastAPI reads the parameters' types, among them the bearer token the app passes
# in, when each endpoint is defined.)
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Request
from fastapi import Path as PathParam

from emeeting.server.access import Caller
from emeeting.server.storage import Database
from emeeting.server.votes import actor, cast_secret, close_vote, vote_status
from emeeting.sync import protocol as p

Id = Annotated[str, PathParam(max_length=p.ID_MAX, pattern=p.NO_NUL)]


def add_vote_routes(
    app: FastAPI,
    db: Database,
    who: Callable[[str], Caller],
    token: Any,
    address: Callable[[Request], str],
) -> None:
    """``who``: the caller behind a bearer token; ``token``: the app's bearer-token dependency type."""

    @app.post("/live/{meeting_id}/votes/{vote_id}/secret", response_model=p.VoteStatus, tags=["live"])
    def secret_ballot(
        auth: token,
        meeting_id: Id,
        vote_id: Id,
        body: p.SecretBallot,
        request: Request,
    ) -> p.VoteStatus:
        caller = who(auth)
        return cast_secret(db, caller, actor(db, caller, address(request)), meeting_id, vote_id, body.choice)

    @app.post("/live/{meeting_id}/votes/{vote_id}/close", response_model=p.VoteStatus, tags=["live"])
    def close(
        auth: token,
        meeting_id: Id,
        vote_id: Id,
        body: p.CloseVote,
        request: Request,
    ) -> p.VoteStatus:
        caller = who(auth)
        return close_vote(db, caller, actor(db, caller, address(request)), meeting_id, vote_id, body)

    @app.get("/live/{meeting_id}/votes/{vote_id}", response_model=p.VoteStatus, tags=["live"])
    def status(auth: token, meeting_id: Id, vote_id: Id) -> p.VoteStatus:
        return vote_status(db, who(auth), meeting_id, vote_id)
