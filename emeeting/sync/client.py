"""The sync server's HTTP API for the desktop (docs/SYNC.md): timeouts, retries with backoff, documents
by hash with resumable downloads, and every answer turned into a value or one of the errors below.

httpx is imported here only, and this module only where a sync runs (never on the GUI start-up path).
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError
from emeeting.sync import protocol as p

_CHUNK = 1 << 20
_Answer = TypeVar("_Answer", bound=BaseModel)
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class SyncError(EmeetingError):
    """A sync could not be done; the message says why."""


class ServerUnreachable(SyncError):
    """No answer (offline, the server down, the connection dropped): try again later."""


class AuthError(SyncError):
    """The server refused the login or the token; ``code`` is the protocol's error code."""

    code = ""


class AccessEnded(AuthError):
    """The device was revoked or the user disabled: this server's confidential documents must go."""


class ResyncRequired(SyncError):
    pass


class ServerRefused(SyncError):
    """The server answered with an error the client cannot resolve by itself; ``body`` is its answer."""

    body: p.ErrorBody | None = None


class PushConflict(ServerRefused):
    pass


class PushRefused(ServerRefused):
    """403/404 for records of someone else: ``body.records`` names them."""


_AUTH_MESSAGES = {
    "invalid_credentials": QT_TRANSLATE_NOOP("Errors", "the server refused the user name, password or code"),
    "totp_required": QT_TRANSLATE_NOOP(
        "Errors", "this account needs the six-digit code of its authenticator"
    ),
    "invalid_token": QT_TRANSLATE_NOOP("Errors", "the login is no longer valid: log in again"),
    "token_expired": QT_TRANSLATE_NOOP("Errors", "the login has expired: log in again"),
    "device_revoked": QT_TRANSLATE_NOOP(
        "Errors", "this computer's access to {server} was revoked; its confidential documents were removed"
    ),
    "user_disabled": QT_TRANSLATE_NOOP(
        "Errors", "the account on {server} is disabled; its confidential documents were removed"
    ),
}


@dataclass
class Traffic:
    """What went over the wire, for the report and the benchmarks."""

    requests: int = 0
    sent: int = 0
    received: int = 0


def _body(response: httpx.Response) -> p.ErrorBody | None:
    try:
        return p.ErrorBody.model_validate(response.json())
    except (ValueError, TypeError):
        return None


class SyncClient:
    """One server, one token. Requests that fail for want of a connection or with a passing server error
    are tried again after a growing pause; what the server refuses is raised at once."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.retries = retries
        self.backoff = backoff
        self.traffic = Traffic()
        self._traffic_lock = threading.Lock()  # batches of documents come in on several threads
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            transport=transport,
            headers={"User-Agent": "emeeting-desktop"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------------

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return headers | (extra or {})

    def _pause(self, attempt: int, response: httpx.Response | None) -> None:
        wait = self.backoff * (2**attempt)
        if response is not None and (after := response.headers.get("retry-after", "")).isdigit():
            wait = max(wait, float(after))
        self._sleep(min(wait, 30.0))

    def _send(self, method: str, url: str, *, resend: bool = True, **kwargs: Any) -> httpx.Response:
        """``resend=False``: once the server may have acted on the request, never again (only a connection
        that never opened, or a 429 answered before anything was checked, is tried again)."""
        last: Exception | None = None
        headers = self._headers(kwargs.pop("headers", None))
        for attempt in range(self.retries + 1):
            response: httpx.Response | None = None
            try:
                self.traffic.requests += 1
                response = self._http.request(method, url, headers=headers, **kwargs)
                response.read()
                self.traffic.received += response.num_bytes_downloaded  # as sent: a gzipped page's size
                retry = response.status_code in RETRY_STATUS and (resend or response.status_code == 429)
                if not retry or attempt == self.retries:
                    return response
            except httpx.TransportError as e:  # refused, reset, timed out, dropped mid-answer
                last = e
                if not resend and not isinstance(e, httpx.ConnectError | httpx.ConnectTimeout):
                    break
            if attempt < self.retries:
                self._pause(attempt, response)
        raise ServerUnreachable(
            QT_TRANSLATE_NOOP("Errors", "cannot reach the server {server}: {reason}"),
            server=self.base_url,
            reason=str(last) or type(last).__name__,
        )

    def _check(self, response: httpx.Response) -> httpx.Response:
        if response.status_code < 400:
            return response
        body = _body(response)
        code = body.error if body else ""
        message = body.message if body else response.text[:200]
        if response.status_code == 401:
            template = _AUTH_MESSAGES.get(code, _AUTH_MESSAGES["invalid_token"])
            cls = AccessEnded if code in ("device_revoked", "user_disabled") else AuthError
            auth = cls(template, server=self.base_url)
            auth.code = code
            raise auth
        if response.status_code == 410:
            raise ResyncRequired(QT_TRANSLATE_NOOP("Errors", "the server asks for a full resync"))
        if response.status_code == 429:
            auth = AuthError(
                QT_TRANSLATE_NOOP("Errors", "too many failed logins: try again in {seconds} seconds"),
                seconds=response.headers.get("retry-after", "?"),
            )
            auth.code = "rate_limited"
            raise auth
        refused: ServerRefused
        if response.status_code == 412:
            refused = PushConflict(QT_TRANSLATE_NOOP("Errors", "the server has newer copies"))
        elif response.status_code in (403, 404) and body is not None and body.records:
            refused = PushRefused(
                QT_TRANSLATE_NOOP("Errors", "the server refused changes to records of others: {records}"),
                records=", ".join(body.records),
            )
        else:
            refused = ServerRefused(
                QT_TRANSLATE_NOOP("Errors", "the server {server} refused: {status} {message}"),
                server=self.base_url,
                status=response.status_code,
                message=message,
            )
        refused.body = body
        raise refused

    def _json(self, method: str, url: str, **kwargs: Any) -> Any:
        response = self._check(self._send(method, url, **kwargs))
        try:
            return response.json()
        except ValueError:
            raise ServerRefused(
                QT_TRANSLATE_NOOP("Errors", "the server {server} gave an answer that is not JSON"),
                server=self.base_url,
            ) from None

    def _model(self, model: type[_Answer], data: Any) -> _Answer:
        """The answer as the protocol describes it; an answer of another shape (the address is some other
        service's, or a proxy's page) is refused in words."""
        try:
            return model.model_validate(data)
        except ValidationError:
            raise self._unreadable() from None

    def _unreadable(self) -> ServerRefused:
        return ServerRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the server {server} gave an answer emeeting cannot read: is this the address of an "
                "emeeting server?",
            ),
            server=self.base_url,
        )

    # -- the API ---------------------------------------------------------------------------------------

    def health(self) -> p.Health:
        return self._model(p.Health, self._json("GET", "/health"))

    def login(self, user: str, password: str, device: str, totp: str | None = None) -> p.LoginResult:
        try:
            body = p.LoginRequest(user=user, password=password, device=device[:200], totp=totp or None)
        except ValidationError:  # too long, or a NUL pasted in: no server would take it
            refused = AuthError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the user name, password or code is too long or holds characters no server takes",
                )
            )
            refused.code = "invalid_credentials"
            raise refused from None
        # An authenticator code works once: a login whose answer was lost is not sent again with it.
        answer = self._json("POST", "/auth/login", json=body.model_dump(), resend=not totp)
        result = self._model(p.LoginResult, answer)
        self.token = result.token
        return result

    def logout(self) -> None:
        self._check(self._send("POST", "/auth/logout"))

    def me(self) -> p.Me:
        return self._model(p.Me, self._json("GET", "/me"))

    def changes(self, since: int, limit: int = p.PAGE_DEFAULT) -> p.ChangesPage:
        response = self._check(self._send("GET", "/sync/changes", params={"since": since, "limit": limit}))
        # Parsed and checked in one pass from the bytes (the largest answers the client reads: a page of a
        # first sync holds a thousand records), with the same two refusals as _json and _model.
        try:
            return p.ChangesPage.model_validate_json(response.content)
        except ValidationError as e:
            if any(error["type"] == "json_invalid" for error in e.errors()):
                raise ServerRefused(
                    QT_TRANSLATE_NOOP("Errors", "the server {server} gave an answer that is not JSON"),
                    server=self.base_url,
                ) from None
            raise self._unreadable() from None

    def push(self, changes: list[p.Change]) -> p.PushResult:
        body = p.PushRequest(changes=changes).model_dump_json().encode()
        self.traffic.sent += len(body)
        data = self._json("POST", "/sync/push", content=body, headers={"Content-Type": "application/json"})
        return self._model(p.PushResult, data)

    # -- the calendar feed (see emeeting.server.calendar_feed) -----------------------------------------

    def calendar_feed(self) -> p.CalendarFeed:
        """Whether the user has a calendar feed (its address is not told again)."""
        return self._model(p.CalendarFeed, self._json("GET", "/calendar/feed"))

    def new_calendar_feed(self) -> p.CalendarFeed:
        """A new address for the user's feed, with its path; the old address stops working."""
        feed = self._model(p.CalendarFeed, self._json("POST", "/calendar/feed"))
        if not feed.path or not feed.path.startswith("/calendar/"):
            raise self._unreadable()
        return feed

    def end_calendar_feed(self) -> None:
        self._check(self._send("DELETE", "/calendar/feed"))

    # -- votes on laptops (see emeeting.server.votes) ---------------------------------------------------

    def secret_ballot(self, meeting_id: str, vote_id: str, choice: str) -> p.VoteStatus:
        """A member's answer in a secret vote: counted once, so never sent twice."""
        body = p.SecretBallot(choice=choice).model_dump()  # type: ignore[arg-type]
        answer = self._json("POST", f"/live/{meeting_id}/votes/{vote_id}/secret", json=body, resend=False)
        return self._model(p.VoteStatus, answer)

    def close_vote(self, meeting_id: str, vote_id: str, hands: p.CloseVote) -> p.VoteStatus:
        answer = self._json(
            "POST", f"/live/{meeting_id}/votes/{vote_id}/close", json=hands.model_dump(), resend=False
        )
        return self._model(p.VoteStatus, answer)

    def vote_status(self, meeting_id: str, vote_id: str) -> p.VoteStatus:
        return self._model(p.VoteStatus, self._json("GET", f"/live/{meeting_id}/votes/{vote_id}"))

    def has_blob(self, sha256: str) -> bool:
        response = self._send("HEAD", f"/blobs/{sha256}")
        if response.status_code == 404:
            return False
        self._check(response)
        return True

    def upload_blob(self, sha256: str, path: Path) -> bool:
        """Send the file unless the server has it (HEAD first); True when bytes were sent."""
        if self.has_blob(sha256):
            return False
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:  # never send what does not match its name
            raise SyncError(
                QT_TRANSLATE_NOOP("Errors", "the local document {sha256}… is damaged"), sha256=sha256[:12]
            )
        self.traffic.sent += len(data)
        self._check(self._send("PUT", f"/blobs/{sha256}", content=data))
        return True

    def download_blob(
        self, sha256: str, partial: Path, progress: Callable[[int], None] | None = None
    ) -> Path:
        """Fetch a document into ``partial``, continuing what an earlier attempt left there (HTTP Range),
        and return it once its content has the hash it is named by."""
        for attempt in range(self.retries + 1):
            try:
                self._download_once(sha256, partial, progress)
            except (httpx.TransportError, _Incomplete) as e:
                if attempt == self.retries:
                    raise ServerUnreachable(
                        QT_TRANSLATE_NOOP("Errors", "cannot reach the server {server}: {reason}"),
                        server=self.base_url,
                        reason=str(e) or type(e).__name__,
                    ) from None
                self._pause(attempt, None)
                continue
            digest = hashlib.sha256()
            with partial.open("rb") as f:
                while chunk := f.read(_CHUNK):
                    digest.update(chunk)
            if digest.hexdigest() == sha256:
                return partial
            partial.unlink(missing_ok=True)  # damaged on the way or a stale part: start again
        raise SyncError(
            QT_TRANSLATE_NOOP("Errors", "the document {sha256}… arrived damaged several times"),
            sha256=sha256[:12],
        )

    @contextmanager
    def _rest_of(self, sha256: str, have: int) -> Iterator[httpx.Response | None]:
        """The document's bytes after the first ``have`` (all of them when the server no longer has the
        same version: If-Range), or None when nothing comes after them."""
        headers = self._headers({"Range": f"bytes={have}-", "If-Range": f'"{sha256}"'} if have else None)
        self.traffic.requests += 1
        with self._http.stream("GET", f"/blobs/{sha256}", headers=headers) as response:
            if response.status_code == 416:  # nothing after what we have: check it as it is
                yield None
                return
            if response.status_code not in (200, 206):
                response.read()
                self._check(response)
                raise _Incomplete(f"status {response.status_code}")
            yield response

    def _download_once(self, sha256: str, partial: Path, progress: Callable[[int], None] | None) -> None:
        have = partial.stat().st_size if partial.exists() else 0
        with self._rest_of(sha256, have) as response:
            if response is None:
                return
            mode = "ab" if response.status_code == 206 else "wb"
            expected = int(response.headers.get("content-length", "-1"))
            got = 0
            partial.parent.mkdir(parents=True, exist_ok=True)
            with partial.open(mode) as out:
                for chunk in _chunks(response):
                    out.write(chunk)
                    got += len(chunk)
                    self.traffic.received += len(chunk)
                    if progress is not None:
                        progress(len(chunk))
            if 0 <= expected != got:
                raise _Incomplete(f"{got} of {expected} bytes")

    def download_to_memory(self, sha256: str, most: int) -> bytes:
        """Fetch a document into memory only, never a byte of it on disk (a confidential paper, sealed by
        the caller), and return it once its content has the hash it is named by. A dropped connection
        continues from what arrived (HTTP Range); tries that bring nothing new count against the retries,
        those that bring more do not; whole arrivals without the hash count apart, against the retries too.
        More than ``most`` bytes (what the document was said to hold) is refused: memory is bounded by the
        document's declared size."""
        arrived = bytearray()
        attempt = 0  # tries in a row that brought nothing new
        damaged = 0  # whole arrivals without the hash: counted apart, a try that brings bytes never resets it
        while True:
            before = len(arrived)
            try:
                self._fetch_into(sha256, arrived, most)
            except (httpx.TransportError, _Incomplete) as e:
                attempt = 0 if len(arrived) > before else attempt + 1
                if attempt > self.retries:
                    raise ServerUnreachable(
                        QT_TRANSLATE_NOOP("Errors", "cannot reach the server {server}: {reason}"),
                        server=self.base_url,
                        reason=str(e) or type(e).__name__,
                    ) from None
                self._pause(max(attempt - 1, 0), None)
                continue
            if hashlib.sha256(arrived).hexdigest() == sha256:
                return bytes(arrived)
            arrived.clear()  # damaged on the way: start again
            damaged += 1
            if damaged > self.retries:
                raise SyncError(
                    QT_TRANSLATE_NOOP("Errors", "the document {sha256}… arrived damaged several times"),
                    sha256=sha256[:12],
                )

    def _fetch_into(self, sha256: str, arrived: bytearray, most: int) -> None:
        with self._rest_of(sha256, len(arrived)) as response:
            if response is None:
                return
            if response.status_code == 200:
                arrived.clear()  # the whole document again, not the rest
            expected = int(response.headers.get("content-length", "-1"))
            got = 0
            for chunk in _chunks(response):
                if len(arrived) + len(chunk) > most:
                    raise SyncError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "the document {sha256}… is larger than the server said ({size} bytes): it was "
                            "not kept",
                        ),
                        sha256=sha256[:12],
                        size=most,
                    )
                arrived += chunk
                got += len(chunk)
                self.traffic.received += len(chunk)
            if 0 <= expected != got:
                raise _Incomplete(f"{got} of {expected} bytes")

    def download_batch(self, shas: list[str], keep: Callable[[str, bytes], None]) -> set[str]:
        """Fetch many small documents in one request (POST /blobs/batch) and hand each to ``keep`` (from
        this thread) as soon as it has arrived whole with the hash it is named by; returns the hashes the
        server did not send (not there, or not the caller's to read: the server does not say which).

        A dropped connection keeps what arrived whole, and the rest is asked for again; so is a document
        that arrived damaged. BatchRefused: the server takes no batch (an older one) or not this one (too
        large); the caller fetches those documents one by one. Safe to call from several threads at once."""
        wanted = list(dict.fromkeys(shas))
        unavailable: set[str] = set()
        problem: Exception | None = None
        for attempt in range(self.retries + 1):
            seen: set[str] = set()
            damaged: set[str] = set()
            try:
                self._batch_once(wanted, seen, damaged, keep)
            except (httpx.TransportError, _Incomplete) as e:
                problem = e
                wanted = [sha for sha in wanted if sha not in seen or sha in damaged]
            else:
                problem = None
                unavailable |= set(wanted) - seen
                wanted = [sha for sha in wanted if sha in damaged]
            if not wanted:
                return unavailable
            if attempt < self.retries:
                self._pause(attempt, None)
        if problem is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("Errors", "the document {sha256}… arrived damaged several times"),
                sha256=wanted[0][:12],
            )
        raise ServerUnreachable(
            QT_TRANSLATE_NOOP("Errors", "cannot reach the server {server}: {reason}"),
            server=self.base_url,
            reason=str(problem) or type(problem).__name__,
        )

    def _batch_once(
        self, shas: list[str], seen: set[str], damaged: set[str], keep: Callable[[str, bytes], None]
    ) -> None:
        asked = set(shas)
        body = p.BlobBatchRequest(sha256=shas).model_dump_json().encode()
        headers = self._headers({"Content-Type": "application/json"})
        with self._traffic_lock:
            self.traffic.requests += 1
            self.traffic.sent += len(body)
        with self._http.stream("POST", "/blobs/batch", content=body, headers=headers) as response:
            if response.status_code in (404, 405, 413):  # no batches here, or not one this large
                response.read()
                raise BatchRefused(response.status_code)
            if response.status_code in RETRY_STATUS:
                response.read()
                raise _Incomplete(f"status {response.status_code}")
            if response.status_code != 200:
                response.read()
                self._check(response)
                raise _Incomplete(f"status {response.status_code}")
            buffer = bytearray()
            for chunk in response.iter_bytes():
                with self._traffic_lock:
                    self.traffic.received += len(chunk)
                buffer += chunk
                while len(buffer) >= p.BLOB_FRAME_HEADER:
                    sha = bytes(buffer[:64]).decode("ascii", "replace")
                    size = int.from_bytes(buffer[64 : p.BLOB_FRAME_HEADER], "big")
                    if sha not in asked or sha in seen:
                        raise _Incomplete("the answer is not the documents asked for")
                    if size > p.BLOB_BATCH_MAX_BYTES:  # refused on its header, never buffered whole
                        raise _Incomplete(
                            f"a document of {size} bytes in a batch of at most {p.BLOB_BATCH_MAX_BYTES}"
                        )
                    end = p.BLOB_FRAME_HEADER + size
                    if len(buffer) < end:
                        break
                    data = bytes(buffer[p.BLOB_FRAME_HEADER : end])
                    del buffer[:end]
                    seen.add(sha)
                    if hashlib.sha256(data).hexdigest() == sha:
                        keep(sha, data)
                    else:
                        damaged.add(sha)  # asked for again; never stored
            if buffer:
                raise _Incomplete(f"{len(buffer)} bytes after the last whole document")


class BatchRefused(Exception):
    """The server takes no batch of documents (an older server) or not this one (too large)."""


class _Incomplete(Exception):
    pass


def _chunks(response: httpx.Response) -> Iterator[bytes]:
    # As the bytes arrive (no chunk size: httpx would hold a whole chunk back, and a dropped connection
    # would lose it instead of leaving it in the partial file to resume from).
    yield from response.iter_bytes()
