"""Input that databases choke on (NUL characters, over-long ids, invalid Unicode) and bodies bigger than an
endpoint takes are refused with 4xx on every backend."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import replace

import httpx

from emeeting.server.app import Settings
from tests.server.conftest import PASSWORD, Live, World, build_world, change, push, run_server


def test_nul_characters_and_long_ids_are_refused_not_crashed_on(world: World) -> None:
    with world.live.client() as c:
        for field in ("user", "password", "device"):
            body = {"user": "alice", "password": "x" * 10, "device": "pc"} | {field: "a\x00b"}
            assert c.post("/auth/login", json=body).status_code in (401, 422)
    with world.client("sec") as c:
        assert c.get("/records/meeting/a%00b").status_code in (404, 422)
        item = world.open_item
        assert push(c, replace(item, title="เรื่อง\x00"), base=world.versions[item.id]).status_code == 422
        long_ref = change(world.invitations["alice"], world.versions[world.invitations["alice"].id])
        long_ref["data"]["person_id"] = "p" * 500
        assert c.post("/sync/push", json={"changes": [long_ref]}).status_code == 422
        doc = world.docs["open"]
        tombstone = change(replace(doc, sha256="f" * 65), world.versions[doc.id], deleted=True)
        assert c.post("/sync/push", json={"changes": [tombstone]}).status_code == 422
        assert c.get("/health").status_code == 200


def _raw_login(live: Live, body: bytes) -> httpx.Response:
    with live.client() as c:
        return c.post("/auth/login", content=body, headers={"Content-Type": "application/json"})


def test_invalid_unicode_in_a_json_body_is_refused_with_400_not_500(world: World) -> None:
    for field in ("user", "password", "device"):
        body = {"user": "alice", "password": "x" * 12, "device": "pc"}
        raw = json.dumps(body).replace(f'"{body[field]}"', '"a\\ud800b"').encode()
        r = _raw_login(world.live, raw)
        assert r.status_code == 400 and "Unicode" in r.json()["message"], r.text
    r = _raw_login(world.live, b'{"user": "al\xffice", "password": "xxxxxxxxxxxx", "device": "pc"}')
    assert r.status_code == 400 and "UTF-8" in r.json()["message"]
    doc = world.docs["open"]
    raw = json.dumps({"changes": [change(replace(doc, name="X"), world.versions[doc.id])]})
    with world.client("sec") as c:
        r = c.post(
            "/sync/push",
            content=raw.replace('"X"', '"\\udc00"'),
            headers={"Content-Type": "application/json"},
        )
        assert r.status_code == 400
        assert c.get(f"/records/document/{doc.id}").json()["data"]["name"] == doc.name  # nothing changed
    assert world.live.login("alice") != ""  # a well-formed login still works


def test_nan_and_infinity_in_a_json_body_are_refused_with_400_not_500(world: World) -> None:
    for constant in ("NaN", "Infinity", "-Infinity"):
        r = _raw_login(world.live, f'{{"user": "alice", "password": {constant}, "device": "pc"}}'.encode())
        assert r.status_code == 400 and "NaN or Infinity" in r.json()["message"], r.text
    r = _raw_login(world.live, b'{"user": "NaN Infinity", "password": "xxxxxxxxxxxx", "device": "pc"}')
    assert r.status_code == 401  # the words inside a string are just text
    assert world.live.login("alice") != ""


def test_a_login_body_over_its_cap_is_refused_with_413(server: Live) -> None:
    big = json.dumps({"user": "alice", "password": "x" * 100_000, "device": "pc"}).encode()
    r = _raw_login(server, big)
    assert r.status_code == 413 and r.json()["error"] == "too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"user": "alice", "password": "'
        for _ in range(100):
            yield b"x" * 1000
        yield b'", "device": "pc"}'

    with server.client() as c:
        r = c.post("/auth/login", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_a_huge_declared_body_is_refused_before_it_is_sent(server: Live) -> None:
    """A client that announces 200 MB (login) or 102 MB (push) gets 413 at once: the server does not wait
    for, nor read, the body."""
    host, port = server.url.removeprefix("http://").split(":")
    server.state.accounts.add_user("alice", PASSWORD, "member")
    token = f"Authorization: Bearer {server.login('alice')}\r\n"  # (a push without one: 401 at once)
    for path, size in (("/auth/login", 200_000_000), ("/sync/push", 102_000_000)):
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(
                f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{token}"
                f"Content-Length: {size}\r\n\r\n{{".encode()
            )
            answer = sock.recv(4096).decode(errors="replace")
        assert answer.startswith("HTTP/1.1 413"), answer


def test_a_push_has_a_larger_cap_of_its_own(settings: Settings) -> None:
    with run_server(replace(settings, max_push_bytes=200_000)) as live:
        world = build_world(live)
        item = world.open_item
        with world.client("sec") as c:
            assert (
                push(c, replace(item, title="x" * 100_000), base=world.versions[item.id]).status_code == 200
            )
            r = push(c, replace(item, title="y" * 300_000), base=world.versions[item.id] + 1)
            assert r.status_code == 413 and r.json()["error"] == "too_large"
            r = c.post("/auth/login", json={"user": "sec", "password": "x" * 70_000, "device": "pc"})
            assert r.status_code == 413  # the login keeps its small cap


def test_json_nested_too_deeply_or_with_endless_numbers_gets_a_readable_400(world: World) -> None:
    """Python's JSON reader gives up on these; the answer still has the shape every error answer has."""
    deep = b"[" * 20_000 + b"]" * 20_000
    bodies = [
        b'{"user": ' + deep + b', "password": "xxxxxxxxxxxx", "device": "pc"}',
        b'{"user": "alice", "password": ' + b"9" * 60_000 + b', "device": "pc"}',
    ]
    for body in bodies:
        r = _raw_login(world.live, body)
        assert r.status_code == 400, r.text
        assert r.json()["error"] == "invalid_request" and "nested too deeply" in r.json()["message"]
    item = world.open_item
    with world.client("sec") as c:
        head = b'{"changes": [{"kind": "agenda_item", "id": "' + item.id.encode() + b'", "base_version": '
        r = c.post(
            "/sync/push",
            content=head + b"9" * 10_000 + b', "deleted": false, "data": ' + deep + b"}]}",
            headers={"Content-Type": "application/json"},
        )
        assert r.status_code == 400 and r.json()["error"] == "invalid_request"
        assert c.get(f"/records/agenda_item/{item.id}").json()["data"]["title"] == item.title  # untouched
        assert c.get("/no/such/address").json()["error"] == "not_found"
    assert world.live.login("alice") != ""
