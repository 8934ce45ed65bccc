"""Documents by hash: upload verified and stored once, downloads with ranges, access through the records."""

from __future__ import annotations

import hashlib
import socket
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from emeeting.domain import model as m
from emeeting.server.app import Settings
from emeeting.sync import protocol as p
from tests.server.conftest import PASSWORD, Live, World, push, run_server


def _stored(blobs: Path) -> list[Path]:
    return sorted(p for p in blobs.glob("??/??/*") if p.is_file())


def test_an_upload_is_verified_and_stored_once(server: Live, settings: Settings) -> None:
    server.state.accounts.add_user("sec", PASSWORD, "secretary", committees=("c1",))
    data = "รายงานการประชุม".encode() * 1000
    sha = hashlib.sha256(data).hexdigest()
    with server.client(server.login("sec")) as c:
        assert c.head(f"/blobs/{sha}").status_code == 404
        assert c.put(f"/blobs/{sha}", content=data).status_code == 201
        assert c.put(f"/blobs/{sha}", content=data).status_code == 200  # already there: not stored again
        head = c.head(f"/blobs/{sha}")
        assert head.status_code == 200 and int(head.headers["content-length"]) == len(data)
        r = c.put(f"/blobs/{'0' * 64}", content=data)
        assert r.status_code == 422 and r.json()["error"] == "hash_mismatch"
        assert c.put("/blobs/not-a-hash", content=data).status_code == 422
    assert [p.name for p in _stored(settings.blobs)] == [sha]
    assert _stored(settings.blobs)[0].read_bytes() == data
    assert list((settings.blobs / "tmp").iterdir()) == []


def test_only_secretaries_upload(world: World) -> None:
    data = b"not from a member"
    with world.client("alice") as c:
        assert c.put(f"/blobs/{hashlib.sha256(data).hexdigest()}", content=data).status_code == 403


def test_an_upload_over_the_limit_is_refused_and_leaves_nothing(settings: Settings) -> None:
    with run_server(replace(settings, max_upload_bytes=1000)) as live:
        live.state.accounts.add_user("sec", PASSWORD, "secretary", committees=("c1",))
        data = b"x" * 5000
        with live.client(live.login("sec")) as c:
            r = c.put(f"/blobs/{hashlib.sha256(data).hexdigest()}", content=data)
        assert r.status_code == 413 and r.json()["error"] == "too_large"
    assert _stored(settings.blobs) == [] and list((settings.blobs / "tmp").iterdir()) == []


def test_an_upload_declared_over_the_limit_is_refused_before_its_body_is_sent(settings: Settings) -> None:
    with run_server(replace(settings, max_upload_bytes=1000)) as live:
        live.state.accounts.add_user("sec", PASSWORD, "secretary", committees=("c1",))
        token = live.login("sec")
        address = urlsplit(live.url)
        with socket.create_connection((address.hostname, address.port), timeout=10) as raw:
            raw.sendall(
                f"PUT /blobs/{'a' * 64} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                "Content-Type: application/octet-stream\r\nContent-Length: 2147483648\r\n\r\n".encode()
            )
            answer = b""  # no byte of the body is sent: read the whole answer, headers and body
            while b"\r\n\r\n" not in answer or not answer.endswith(b"}"):
                chunk = raw.recv(4096)
                assert chunk, answer
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 413") and b"too_large" in answer
        assert list((settings.blobs / "tmp").iterdir()) == []


def _stays_empty(folder: Path, quiet: float = 1.0, limit: float = 30) -> bool:
    """Whether ``folder`` is empty and stays so for ``quiet`` seconds within ``limit``: the handler of a
    connection the client closed may not even have begun (and made its temporary file) when we first look,
    and it removes that file only when it reads and finds the connection gone."""
    deadline = time.monotonic() + limit
    empty_since = None
    while time.monotonic() < deadline:
        if any(folder.iterdir()):
            empty_since = None
        elif empty_since is None:
            empty_since = time.monotonic()
        elif time.monotonic() - empty_since >= quiet:
            return True
        time.sleep(0.02)
    return False


def test_an_interrupted_upload_leaves_nothing_half_stored(server: Live, settings: Settings) -> None:
    server.state.accounts.add_user("sec", PASSWORD, "secretary", committees=("c1",))
    token = server.login("sec")
    data = b"0123456789" * 100_000
    sha = hashlib.sha256(data).hexdigest()
    address = urlsplit(server.url)
    for cut in (0, 1, 65_536, len(data) // 2, len(data) - 1):
        with socket.create_connection((address.hostname, address.port)) as raw:
            head = (
                f"PUT /blobs/{sha} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/octet-stream\r\nContent-Length: {len(data)}\r\n\r\n"
            )
            raw.sendall(head.encode() + data[:cut])
        assert _stays_empty(settings.blobs / "tmp")
        assert _stored(settings.blobs) == []
    with server.client(token) as c:  # the same upload, whole, then works
        assert c.put(f"/blobs/{sha}", content=data).status_code == 201
    assert [p.read_bytes() == data for p in _stored(settings.blobs)] == [True]


def test_a_download_resumes_with_ranges(world: World) -> None:
    doc = world.docs["open"]
    data = world.blob("open")
    with world.client("alice") as c:
        whole = c.get(f"/blobs/{doc.sha256}")
        assert whole.status_code == 200 and whole.content == data
        assert whole.headers["accept-ranges"] == "bytes"
        first = c.get(f"/blobs/{doc.sha256}", headers={"Range": "bytes=0-999"})
        assert first.status_code == 206 and first.content == data[:1000]
        rest = c.get(f"/blobs/{doc.sha256}", headers={"Range": "bytes=1000-"})
        assert rest.status_code == 206
        assert rest.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
        assert first.content + rest.content == data
        # If-Range with the hash as ETag: the range when it is still the same content, else everything.
        assert whole.headers["etag"] == f'"{doc.sha256}"'
        same = c.get(f"/blobs/{doc.sha256}", headers={"Range": "bytes=5-", "If-Range": f'"{doc.sha256}"'})
        assert same.status_code == 206 and same.content == data[5:]
        other = c.get(f"/blobs/{doc.sha256}", headers={"Range": "bytes=5-", "If-Range": '"something-else"'})
        assert other.status_code == 200 and other.content == data
        assert c.get(f"/blobs/{doc.sha256}", headers={"Range": f"bytes={len(data) + 5}-"}).status_code == 416


def test_a_blob_is_readable_only_through_a_document_the_user_may_see(world: World) -> None:
    allowed = {
        "alice": {"open", "confidential", "closed", "meeting_level"},
        "bob": {"open", "meeting_level"},  # a guest: normal class, open items
        "dave": {"open", "confidential", "meeting_level"},  # recused on the closed item
        "carol": {"b"},
        "sec": {"open", "confidential", "closed", "meeting_level", "b"},
        "hrsec": {"h"},
        "admin": set(),
    }
    for user, names in allowed.items():
        with world.client(user) as c:
            for name, doc in world.docs.items():
                r = c.get(f"/blobs/{doc.sha256}")
                assert r.status_code == (200 if name in names else 404), (user, name)
                assert c.head(f"/blobs/{doc.sha256}").status_code == (200 if name in names else 404)


def test_a_damaged_blob_is_not_served_and_a_new_upload_repairs_it(world: World, settings: Settings) -> None:
    doc = world.docs["open"]
    path = next(p for p in _stored(settings.blobs) if p.name == doc.sha256)
    path.write_bytes(b"damaged")
    with world.client("alice") as c:
        assert c.get(f"/blobs/{doc.sha256}").status_code == 404
    with world.client("sec") as c:
        assert c.put(f"/blobs/{doc.sha256}", content=world.blob("open")).status_code == 201
    with world.client("alice") as c:
        assert c.get(f"/blobs/{doc.sha256}").content == world.blob("open")


def test_another_committees_secretary_can_neither_probe_nor_claim_a_blob(world: World) -> None:
    secret = world.docs["confidential"]
    with world.client("hrsec") as c:
        assert c.head(f"/blobs/{secret.sha256}").status_code == 404
        assert c.get(f"/blobs/{secret.sha256}").status_code == 404
        # Naming the hash in a document of their own does not open it to them.
        claim = m.Document(
            world.meeting_h.id, "อ้างถึง", "x.pdf", "application/pdf", secret.size, secret.sha256
        )
        r = push(c, claim)
        assert r.status_code == 422 and r.json()["error"] == "missing_blob", r.text
        assert c.head(f"/blobs/{secret.sha256}").status_code == 404
        assert c.get(f"/blobs/{secret.sha256}").status_code == 404
        # Without the bytes the upload proves nothing; with them, the same file may be attached again.
        assert c.put(f"/blobs/{secret.sha256}", content=b"").status_code == 422
        assert c.put(f"/blobs/{secret.sha256}", content=world.blob("confidential")).status_code == 200
        assert push(c, claim).status_code == 200
        assert c.get(f"/blobs/{secret.sha256}").content == world.blob("confidential")


# ------------------------------------------------------------------------------------ POST /blobs/batch


def _frames(body: bytes) -> list[tuple[str, bytes]]:
    """The documents of a batch answer: 64 hex digits of the hash, 8 bytes of length, the bytes."""
    out = []
    at = 0
    while at < len(body):
        sha = body[at : at + 64].decode("ascii")
        size = int.from_bytes(body[at + 64 : at + 72], "big")
        out.append((sha, body[at + 72 : at + 72 + size]))
        at += 72 + size
    assert at == len(body)
    return out


UNKNOWN = hashlib.sha256(b"no document has these bytes").hexdigest()


def test_a_batch_gives_exactly_the_blobs_the_user_may_read_in_the_order_asked(world: World) -> None:
    allowed = {
        "alice": {"open", "confidential", "closed", "meeting_level"},
        "bob": {"open", "meeting_level"},
        "dave": {"open", "confidential", "meeting_level"},
        "carol": {"b"},
        "sec": {"open", "confidential", "closed", "meeting_level", "b"},
        "hrsec": {"h"},
        "admin": set(),
    }
    names = sorted(world.docs, reverse=True)
    asked = [world.docs[name].sha256 for name in names] + [UNKNOWN, world.docs["open"].sha256]
    for user, readable in allowed.items():
        with world.client(user) as c:
            r = c.post("/blobs/batch", json={"sha256": asked})
        assert r.status_code == 200, (user, r.text)
        assert r.headers["content-type"] == "application/octet-stream"
        assert int(r.headers["content-length"]) == len(r.content)
        expected = [(world.docs[name].sha256, world.blob(name)) for name in names if name in readable]
        assert _frames(r.content) == expected, user  # in the order asked, each once


def test_a_batch_answers_alike_for_a_blob_not_there_and_one_not_yours(world: World) -> None:
    secret, open_ = world.docs["confidential"].sha256, world.docs["open"].sha256
    answers = []
    for user, other in (("hrsec", secret), ("hrsec", UNKNOWN), ("bob", secret), ("bob", UNKNOWN)):
        with world.client(user) as c:
            r = c.post("/blobs/batch", json={"sha256": [open_, other] if user == "bob" else [other]})
        answers.append((r.status_code, r.headers["content-length"], r.content))
    assert answers[0] == answers[1] == (200, "0", b"")
    assert answers[2] == answers[3]
    assert _frames(answers[2][2]) == [(open_, world.blob("open"))]


def test_a_damaged_blob_is_left_out_of_a_batch(world: World, settings: Settings) -> None:
    doc = world.docs["open"]
    next(p for p in _stored(settings.blobs) if p.name == doc.sha256).write_bytes(b"damaged")
    with world.client("alice") as c:
        r = c.post("/blobs/batch", json={"sha256": [doc.sha256, world.docs["closed"].sha256]})
    assert r.status_code == 200
    assert _frames(r.content) == [(world.docs["closed"].sha256, world.blob("closed"))]


def test_an_oversized_batch_is_refused_with_a_clear_error(world: World) -> None:
    shas = [world.docs[name].sha256 for name in ("open", "closed", "confidential")]
    with world.client("alice") as c:
        too_many = c.post("/blobs/batch", json={"sha256": [UNKNOWN] * (p.BLOB_BATCH_MAX + 1)})
        assert too_many.status_code == 413 and too_many.json()["error"] == "too_large", too_many.text
        assert f"at most {p.BLOB_BATCH_MAX} documents" in too_many.json()["message"]
        not_hashes = c.post("/blobs/batch", json={"sha256": ["../../etc/passwd"]})
        assert not_hashes.status_code == 422
        # More bytes than one answer may hold: the total counts only what the caller may read.
        two = len(world.blob("open")) + len(world.blob("closed")) + 2 * p.BLOB_FRAME_HEADER
        world.live.state.settings.max_batch_bytes = two
        r = c.post("/blobs/batch", json={"sha256": shas})
        assert r.status_code == 413 and r.json()["error"] == "too_large"
        assert "at most" in r.json()["message"]
        assert c.post("/blobs/batch", json={"sha256": shas[:2]}).status_code == 200
    with world.client("bob") as c:  # a guest reads one of the three: within the limit
        assert _frames(c.post("/blobs/batch", json={"sha256": shas}).content) == [
            (shas[0], world.blob("open"))
        ]
