"""The sync server's HTTP API (FastAPI). ``create_app`` is the composition root; docs/SYNC.md the manual."""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import AsyncIterator, Generator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any

from anyio.to_thread import run_sync
from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import Scope

from emeeting import __version__
from emeeting.domain.errors import EmeetingError
from emeeting.server.access import Caller
from emeeting.server.accounts import Accounts
from emeeting.server.auth import LoginOutcome, LoginThrottle, Passwords
from emeeting.server.feed import (
    ApiError,
    get_record,
    hold_blob,
    not_found,
    pull,
    push,
    readable_blobs,
    visible_committees,
)
from emeeting.server.limits import BodyLimits, CallerFirst, NoStore
from emeeting.server.live_hub import LiveHub
from emeeting.server.storage import Database
from emeeting.server.vote_api import add_vote_routes
from emeeting.storage.blobs import BlobStore
from emeeting.sync import protocol as p

SHA256 = p.SHA256_PATTERN
SECURITY_LOG = "emeeting.server.security"
_CHUNK = 1 << 20
_INLINE_MAX = 1 << 20  # a document up to this size is answered from memory, larger ones from the file


@dataclass
class Settings:
    db_url: str
    blobs: Path
    token_lifetime: timedelta = timedelta(days=30)
    login_failures_per_user: int = 5  # per user *and* address: a guesser elsewhere cannot lock the user out
    login_failures_per_address: int = 20
    login_window_seconds: float = 300.0
    max_password_checks: int = 3  # argon2 at once (64 MiB each: the server stays under 300 MB); more get 429
    max_upload_bytes: int = 1 << 30
    max_json_bytes: int = 64 << 10
    max_batch_bytes: int = p.BLOB_BATCH_MAX_BYTES  # documents in one answer of POST /blobs/batch
    # A push is at most PUSH_MAX records; the largest (minutes, long descriptions) are some kB of text.
    max_push_bytes: int = 32 << 20
    pool_size: int = 20
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    live_keepalive_s: float = 15.0  # a live stream's comment line when nothing happens (proxies keep it open)
    live_poll_s: float = 0.25  # SQLite: how often new live events are looked for (PostgreSQL notifies)
    live_recheck_s: float = 30.0  # how soon a live stream ends after its caller lost the right to it


@dataclass
class Server:
    """Everything a request needs, built once by create_app."""

    settings: Settings
    db: Database
    accounts: Accounts
    blobs: BlobStore
    throttle: LoginThrottle
    password_checks: threading.BoundedSemaphore
    live: LiveHub
    verified: dict[str, tuple[int, int]] = field(default_factory=dict)  # sha -> (size, mtime_ns) checked
    # Logins, refusals and throttling, for whoever watches the server (never a password or token).
    security: logging.Logger = field(default_factory=lambda: logging.getLogger(SECURITY_LOG))

    def blob_ok(self, sha256: str) -> Path | None:
        """The blob's path when it is stored and intact (hashed once per file as it lies on disk)."""
        path = self.blobs.path(sha256)
        try:
            stat = path.stat()
        except FileNotFoundError:
            return None
        if self.verified.get(sha256) == (stat.st_size, stat.st_mtime_ns):
            return path
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            return None  # damaged: as good as missing, and a fresh upload replaces it
        self.verified[sha256] = (stat.st_size, stat.st_mtime_ns)
        return path


async def _bearer(authorization: Annotated[str | None, Header()] = None) -> str:
    """The bearer token; every endpoint that takes it checks it against the database with ``_who``."""
    return _token_in(authorization)


def _token_in(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "invalid_token", "log in first (Authorization: Bearer <token>)")
    return token.strip()


Token = Annotated[str, Depends(_bearer)]
Sha = Annotated[str, PathParam(pattern=SHA256)]


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": p.ErrorBody} for status in (400, 401, 403, 404, 409, 410, 412, 413, 416, 422, 429)
}


def create_app(settings: Settings) -> FastAPI:
    db = Database(settings.db_url, pool_size=settings.pool_size)
    db.upgrade()
    passwords = Passwords(settings.argon2_time_cost, settings.argon2_memory_kib)
    server = Server(
        settings,
        db,
        Accounts(db, passwords),
        BlobStore(settings.blobs),
        LoginThrottle(
            settings.login_failures_per_user,
            settings.login_failures_per_address,
            settings.login_window_seconds,
        ),
        threading.BoundedSemaphore(settings.max_password_checks),
        LiveHub(db, poll_s=settings.live_poll_s),
    )
    app = FastAPI(
        title="emeeting sync server",
        version=__version__,
        description="Versioned sync of meetings and documents between emeeting desktops. See docs/SYNC.md.",
        responses=ERRORS,
    )
    app.state.server = server

    def who(token: str) -> Caller:
        return server.accounts.authenticate(token)[0]

    def refused_caller(scope: Scope) -> tuple[int, p.ErrorCode, str] | None:
        """Why the request's caller is refused before its body is read, or None."""
        authorization = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        try:
            who(_token_in(authorization))
        except ApiError as error:
            client = scope.get("client")
            server.security.warning(
                "refused %s %s from %s: %s %s",
                scope["method"],
                _printable(scope["path"]),
                _printable(client[0]) if client else "?",
                error.status,
                error.body.error,
            )
            return error.status, error.body.error, error.body.message
        return None

    app.add_middleware(BodyLimits, cap=lambda method, path: _body_cap(settings, method, path))
    # Outside the body limits: a push's caller is known before its body (up to 32 MiB) is read.
    app.add_middleware(
        CallerFirst,
        applies=lambda method, path: (method, path) == ("POST", "/sync/push"),
        check=refused_caller,
    )
    app.add_middleware(NoStore)  # outermost: refusals of the body limits get the headers too

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        failed_login = error.status == 401 and request.url.path == "/auth/login"  # logged with its user
        if error.status in (401, 403, 429) and not failed_login:
            server.security.warning(
                "refused %s %s from %s: %s %s",
                request.method,
                _printable(request.url.path),
                _address(request),
                error.status,
                error.body.error,
            )
        return JSONResponse(error.body.model_dump(), status_code=error.status, headers=error.headers)

    @app.exception_handler(StarletteHTTPException)
    async def framework_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        """The framework's own refusals (a body it cannot parse, an unknown path or method) in the same
        shape as every other error answer, so that a client can always read the reason."""
        body = p.ErrorBody(
            error=_FRAMEWORK_CODES.get(error.status_code, "invalid_request"),
            message=_FRAMEWORK_MESSAGES.get(error.status_code, str(error.detail)),
        )
        return JSONResponse(body.model_dump(), status_code=error.status_code, headers=error.headers)

    @app.exception_handler(EmeetingError)
    async def domain_error(_request: Request, error: EmeetingError) -> JSONResponse:
        body = p.ErrorBody(error="invalid_record", message=str(error))
        return JSONResponse(body.model_dump(), status_code=422)

    @app.get("/health", response_model=p.Health, tags=["server"])
    def health() -> p.Health:
        with db.read() as conn:
            return p.Health(status="ok", protocol=p.PROTOCOL_VERSION, server_version=db.server_version(conn))

    @app.post("/auth/login", response_model=p.LoginResult, tags=["auth"])
    def login(body: p.LoginRequest, request: Request) -> p.LoginResult:
        address = _address(request)
        user_key = body.user.strip().casefold()
        wait = server.throttle.begin(user_key, address)  # checks and counts the attempt in one step
        if wait:
            raise _retry_later(wait, f"too many failed logins: try again in {wait} s")
        outcome: LoginOutcome = "undecided"
        try:
            # Each check holds 64 MiB for a good fraction of a second: a burst waits its turn at the client.
            if not server.password_checks.acquire(blocking=False):
                raise _retry_later(1, "the server is busy checking other logins: try again in a second")
            try:
                token, device_id, expires = server.accounts.login(
                    body.user.strip(), body.password, body.device, body.totp, settings.token_lifetime
                )
            except ApiError as error:
                if error.body.error == "invalid_credentials":
                    outcome = "failed"
                raise
            finally:
                server.password_checks.release()
            outcome = "succeeded"
            server.security.info("login of %r from %s as device %r", body.user.strip(), address, body.device)
        finally:
            server.throttle.end(user_key, address, outcome)
            if outcome == "failed":
                server.security.warning("failed login of %r from %s", body.user.strip(), address)
        return p.LoginResult(token=token, device_id=device_id, expires_at=expires)

    @app.post("/auth/logout", status_code=204, tags=["auth"])
    def logout(token: Token) -> Response:
        server.accounts.logout(who(token).device_id)
        return Response(status_code=204)

    @app.get("/me", response_model=p.Me, tags=["auth"])
    def me(token: Token) -> p.Me:
        caller = who(token)
        committees = visible_committees(db, caller)
        return p.Me(
            user=caller.name,
            role=caller.role,  # type: ignore[arg-type]
            person_id=caller.person_id,
            committees=sorted(caller.committees),
            device_id=caller.device_id,
            policies=[
                p.CommitteePolicy(committee_id=c, offline_days=days, allow_top_secret=top)
                for c, days, top in server.accounts.policies_for(committees)
            ],
            server_id=db.server_id(),
        )

    @app.get("/sync/changes", response_model=p.ChangesPage, tags=["sync"])
    def changes(
        token: Token,
        since: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=p.PAGE_MAX)] = p.PAGE_DEFAULT,
        accept_encoding: Annotated[str, Header()] = "",
    ) -> Response:
        page = pull(db, lambda conn: server.accounts.authenticate(token, conn), since, limit)
        # Written as text (a page holds up to PAGE_MAX records, most sent as stored); the response model
        # above describes it.
        return _json_answer(page.body(db.server_id()), accept_encoding)

    @app.post("/sync/push", response_model=p.PushResult, tags=["sync"])
    def push_changes(token: Token, body: p.PushRequest) -> p.PushResult:
        return push(db, who(token), body.changes, lambda sha: server.blob_ok(sha) is not None)

    @app.get("/records/{kind}/{record_id}", response_model=p.Record, tags=["sync"])
    def record(
        token: Token,
        kind: p.KindName,
        record_id: Annotated[str, PathParam(max_length=p.ID_MAX, pattern=p.NO_NUL)],
    ) -> p.Record:
        return get_record(db, who(token), kind, record_id)

    @app.head("/blobs/{sha256}", tags=["blobs"], status_code=200)
    async def head_blob(token: Token, sha256: Sha) -> Response:
        _path, size, _data = await run_sync(_readable_blob, server, token, sha256, False)
        return Response(headers={"content-length": str(size), "etag": f'"{sha256}"'})

    @app.get(
        "/blobs/{sha256}",
        tags=["blobs"],
        response_class=FileResponse,
        responses={200: {"content": {"application/octet-stream": {}}}, 206: {"description": "a byte range"}},
    )
    async def get_blob(token: Token, sha256: Sha, request: Request) -> Response:
        ranged = "range" in request.headers
        # Token, access and the file in one trip to a worker thread: a small document's request costs
        # little more than its bytes (FileResponse takes a thread per stat, open, read and close).
        path, _, data = await run_sync(_readable_blob, server, token, sha256, not ranged)
        headers = {"etag": f'"{sha256}"', "accept-ranges": "bytes"}
        if data is not None:
            return Response(data, media_type="application/octet-stream", headers=headers)
        return FileResponse(path, media_type="application/octet-stream", headers=headers)

    @app.post(
        "/blobs/batch",
        tags=["blobs"],
        response_class=StreamingResponse,
        responses={
            200: {
                "content": {"application/octet-stream": {}},
                "description": "each readable document asked for, in the order asked: its sha256 (64 hex "
                "digits), its length (8 bytes, big-endian), its bytes",
            }
        },
    )
    async def get_blobs(token: Token, body: p.BlobBatchRequest) -> StreamingResponse:
        if len(body.sha256) > p.BLOB_BATCH_MAX:
            raise ApiError(413, "too_large", f"one batch may ask for at most {p.BLOB_BATCH_MAX} documents")
        entries = await run_sync(_readable_batch, server, token, body.sha256)
        total = sum(p.BLOB_FRAME_HEADER + size for _, _, size in entries)
        if total > settings.max_batch_bytes:
            raise ApiError(
                413,
                "too_large",
                f"these documents come to {total} bytes; one batch may have at most "
                f"{settings.max_batch_bytes}: ask for fewer, or for the largest one by one",
            )
        return StreamingResponse(
            _frames(entries), media_type="application/octet-stream", headers={"content-length": str(total)}
        )

    @app.put(
        "/blobs/{sha256}",
        tags=["blobs"],
        status_code=201,
        responses={200: {"description": "already stored"}, 201: {"description": "stored"}},
        openapi_extra={
            "requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {}}}}
        },
    )
    async def put_blob(token: Token, sha256: Sha, request: Request) -> Response:
        caller = await run_sync(who, token)
        if not caller.committees:
            raise ApiError(403, "forbidden", "only secretaries upload documents")
        # Bytes already stored are received and checked all the same: the upload proves the uploader holds
        # the file, which is what lets them name it in a document.
        stored = await run_sync(server.blob_ok, sha256) is not None
        await _receive(server, request, sha256, store=not stored)
        await run_sync(hold_blob, server.db, caller, sha256)
        return Response(status_code=200 if stored else 201)

    add_vote_routes(app, db, who, Token, _address)
    from emeeting.server.live_api import live_router  # (it uses this module's parts)

    app.include_router(live_router(server))
    from emeeting.server.calendar_feed import calendar_router  # (the same)

    app.include_router(calendar_router(server))
    return app


_FRAMEWORK_CODES: Mapping[int, p.ErrorCode] = MappingProxyType({404: "not_found"})
_FRAMEWORK_MESSAGES: Mapping[int, str] = MappingProxyType(
    {
        # Python's JSON reader gives up on bodies nested thousands deep and on numbers of thousands of digits.
        400: "the request body is not JSON the server can read (malformed, nested too deeply, or a number "
        "with too many digits)",
        404: "there is nothing at this address",
        405: "this address does not take this method",
    }
)


def _body_cap(settings: Settings, method: str, path: str) -> int | None:
    """The most bytes a request body may have; None for a document upload, which streams to disk with its
    own limit."""
    if method == "PUT" and path.startswith("/blobs/"):
        return None
    if method == "POST" and path == "/sync/push":
        return settings.max_push_bytes
    return settings.max_json_bytes


# A page of a first sync is ~0.9 MB of JSON that compresses about tenfold: on an office link its bytes, not
# the server, are most of the time. Level 1 packs such a page in ~1.5 ms; level 6 takes twice as long for
# ~30% fewer bytes, which a 100 Mbit/s link gains back only just and the server's CPU pays for every member.
_GZIP_LEVEL = 1
_GZIP_FROM = 1024  # smaller answers (a poll with nothing new) are sent as they are


def _json_answer(body: bytes, accept_encoding: str) -> Response:
    """A JSON answer, gzipped when the caller accepts gzip and it is large enough to gain from it."""
    headers = {"Vary": "Accept-Encoding"}
    if len(body) >= _GZIP_FROM and accepts_gzip(accept_encoding):
        body = gzip.compress(body, compresslevel=_GZIP_LEVEL, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)


def accepts_gzip(accept_encoding: str) -> bool:
    """Whether an Accept-Encoding header allows gzip: named (or ``*``) without ``q=0``."""
    allowed: dict[str, bool] = {}
    for part in accept_encoding.split(","):
        coding, _, params = part.partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        allowed[coding.strip().lower()] = quality > 0
    return allowed.get("gzip", allowed.get("x-gzip", allowed.get("*", False)))


def _address(request: Request) -> str:
    # (Behind a reverse proxy, from the X-Forwarded-For it passes on: text of the client's choosing.)
    return _printable(request.client.host) if request.client else "?"


def _printable(text: str) -> str:
    """The text with every non-printing character escaped (``\\x1b``, ``\\u2028``): an address is the
    caller's to choose, and must not forge, hide or turn around lines of the security log."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _retry_later(seconds: int, message: str) -> ApiError:
    error = ApiError(429, "rate_limited", message)
    error.headers["Retry-After"] = str(seconds)
    return error


def _readable_blob(server: Server, token: str, sha256: str, read: bool) -> tuple[Path, int, bytes | None]:
    """A blob the caller may read: one a visible document refers to (so HEAD tells a secretary only about
    files they may read anyway). Missing and forbidden look the same. Returns its path, its size and, when
    ``read`` and it is small, its bytes."""
    with server.db.read() as conn:  # the token and the access in one transaction
        caller = server.accounts.authenticate(token, conn)[0]
        readable = readable_blobs(conn, caller, (sha256,))
    path = server.blob_ok(sha256) if sha256 in readable else None
    if path is None:
        raise not_found()
    size = path.stat().st_size
    data = path.read_bytes() if read and size <= _INLINE_MAX else None
    if data is not None and len(data) != size:
        data = None  # changed under us (a damaged copy replaced): let FileResponse read it afresh
    return path, size, data


def _readable_batch(server: Server, token: str, shas: list[str]) -> list[tuple[str, Path, int]]:
    """(sha256, path, size) of the blobs asked for that the caller may read and that are stored intact, in
    the order asked, each once; access is decided for all of them in one transaction."""
    with server.db.read() as conn:
        caller = server.accounts.authenticate(token, conn)[0]
        readable = readable_blobs(conn, caller, shas)
    entries: list[tuple[str, Path, int]] = []
    for sha in dict.fromkeys(shas):
        path = server.blob_ok(sha) if sha in readable else None
        if path is not None:
            entries.append((sha, path, path.stat().st_size))
    return entries


def _frame_pieces(entries: list[tuple[str, Path, int]]) -> Generator[bytes]:
    """The batch answer in pieces of about _CHUNK bytes (many small documents to a piece)."""
    piece = bytearray()
    for sha, path, size in entries:
        piece += p.blob_frame_header(sha, size)
        with path.open("rb") as f:
            left = size
            while left:
                chunk = f.read(min(left, _CHUNK))
                if not chunk:  # shorter than when it was counted: the answer cannot be completed
                    raise OSError(f"blob {sha} changed while it was being sent")
                piece += chunk
                left -= len(chunk)
                if len(piece) >= _CHUNK:
                    yield bytes(piece)
                    piece.clear()
    if piece:
        yield bytes(piece)


async def _frames(entries: list[tuple[str, Path, int]]) -> AsyncIterator[bytes]:
    # One worker-thread trip per piece of about a megabyte, not one per file or per read.
    pieces = _frame_pieces(entries)
    try:
        while (piece := await run_sync(next, pieces, None)) is not None:
            yield piece
    finally:
        pieces.close()


def _store(server: Server, tmp: Path, sha256: str) -> None:
    with tmp.open("rb") as source:
        server.blobs.put_stream(source, sha256)  # fsync, rename: stored whole or not at all


async def _receive(server: Server, request: Request, sha256: str, *, store: bool = True) -> None:
    """Spool the body to a temporary file, then store it (when ``store``) only if its hash is the one
    named."""
    limit = server.settings.max_upload_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:  # refused before a byte is written to disk
        raise ApiError(413, "too_large", f"a document may have at most {limit} bytes")
    fd, tmp_name = tempfile.mkstemp(dir=server.blobs.root / "tmp", prefix="upload-")
    tmp = Path(tmp_name)
    try:
        size = 0
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            try:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > limit:
                        raise ApiError(413, "too_large", f"a document may have at most {limit} bytes")
                    digest.update(chunk)
                    out.write(chunk)
            except ClientDisconnect:
                raise ApiError(422, "hash_mismatch", "the upload was interrupted") from None
        if digest.hexdigest() != sha256:
            raise ApiError(422, "hash_mismatch", "the uploaded bytes do not have the hash in the address")
        if store:
            await run_sync(_store, server, tmp, sha256)
    finally:
        tmp.unlink(missing_ok=True)
