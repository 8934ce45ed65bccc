"""Request bodies: capped per endpoint before they are read whole, and refused unless valid Unicode;
every answer marked not to be cached or sniffed."""

from __future__ import annotations

import json
from collections.abc import Callable

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from emeeting.sync import protocol as p

BodyCap = Callable[[str, str], int | None]  # (method, path) -> most bytes, or None: the endpoint streams
# The refusal of a request's caller (status, error code, message), or None; run in a worker thread.
CallerCheck = Callable[[Scope], "tuple[int, p.ErrorCode, str] | None"]


class BodyLimits:
    """ASGI middleware in front of the API.

    A body longer than its endpoint's cap is answered 413 as soon as that is known: from Content-Length
    before a byte is read, else as the bytes arrive. A JSON body that is not UTF-8, or that names a lone
    surrogate (``"\\ud800"``, which no database or password hash accepts) or NaN / Infinity (which no
    answer could echo back as JSON), is answered 400.
    """

    def __init__(self, app: ASGIApp, cap: BodyCap) -> None:
        self.app = app
        self.cap = cap

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = self.cap(scope["method"], scope["path"]) if scope["type"] == "http" else None
        if limit is None:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await _refuse(send, 413, "too_large", f"this request may have at most {limit} bytes")
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return  # the client went away: nobody to answer
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                await _refuse(send, 413, "too_large", f"this request may have at most {limit} bytes")
                return
        # Parsing a push of up to 32 MiB takes a while: off the event loop, so other requests go on meanwhile.
        # (No body, as with every GET: nothing to parse, and no trip to a worker thread.)
        problem = await anyio.to_thread.run_sync(_json_text_problem, bytes(body)) if body else None
        if problem:
            await _refuse(send, 400, "invalid_record", problem)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)


class CallerFirst:
    """ASGI middleware: on the endpoints that take large bodies (``applies``), the caller's login is checked
    before a byte of the body is read. Reading and parsing a push of 30 MB costs the server hundreds of
    megabytes; nobody without a valid login may make it do that. A refusal closes the connection, the
    body unread."""

    def __init__(self, app: ASGIApp, applies: Callable[[str, str], bool], check: CallerCheck) -> None:
        self.app = app
        self.applies = applies
        self.check = check

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.applies(scope["method"], scope["path"]):
            refusal = await anyio.to_thread.run_sync(self.check, scope)
            if refusal is not None:
                await _refuse(send, *refusal, close=True)
                return
        await self.app(scope, receive, send)


class _NotANumber(ValueError):
    """NaN or Infinity in a body: Python's JSON reader takes them, JSON does not."""


def _not_a_number(constant: str) -> float:
    raise _NotANumber(constant)


def _json_text_problem(body: bytes) -> str | None:
    """Why the body is not valid JSON text that the server can answer about, or None (also for a body
    that is not JSON at all: the endpoint's own validation answers that). A lone surrogate reaches no
    database or password hash; NaN and Infinity could not even be written back in an error answer."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "the request is not valid UTF-8 text"
    if "\\u" not in text and "NaN" not in text and "Infinity" not in text:
        return None  # only an escape names a lone surrogate; NaN and Infinity are spelt out
    try:
        parsed = json.loads(text, parse_constant=_not_a_number)
    except _NotANumber:
        return "the request holds NaN or Infinity, which are not JSON numbers"
    except ValueError:
        return None
    try:
        json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "the request names a character that is not valid Unicode (a lone surrogate such as \\ud800)"
    return None


async def _refuse(send: Send, status: int, code: p.ErrorCode, message: str, *, close: bool = False) -> None:
    # The connection closes after the answer: the rest of an unread body is never read.
    payload = json.dumps(p.ErrorBody(error=code, message=message).model_dump()).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if status == 413 or close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


class NoStore:
    """ASGI middleware adding to every answer the headers that keep meeting data out of shared caches and
    stop a browser pointed at the API from guessing a document's type (`Cache-Control: no-store`,
    `X-Content-Type-Options: nosniff`)."""

    HEADERS = ((b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [h for h in self.HEADERS if h[0] not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, marked)
