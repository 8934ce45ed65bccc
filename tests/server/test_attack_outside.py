"""Attacks from outside on a running server (loopback): what a crafted request must not achieve."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import socket
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.domain.validation import validate
from emeeting.server.app import SECURITY_LOG, Settings
from emeeting.server.auth import LoginThrottle, totp_code
from tests.server.conftest import PASSWORD, Live, World, ids, pull_all, push, run_server


def test_a_crafted_address_cannot_forge_or_hide_lines_of_the_security_log(
    server: Live, caplog: pytest.LogCaptureFixture
) -> None:
    # A terminal escape clears the screen of whoever tails the log; NEL and LINE SEPARATOR start a new
    # line for many readers; RIGHT-TO-LEFT OVERRIDE turns the rest of the line around.
    forged = "x%1b[2J%C2%852026-01-01 INFO login of 'admin'%E2%80%A8from 10.0.0.1%E2%80%AE"
    # The address a reverse proxy passes on (the test server trusts one on loopback, as `serve
    # --proxy-headers` does) is the client's text too.
    proxied = {"X-Forwarded-For": "10.0.0.9\x1b[2J\u2028".encode()}
    with caplog.at_level(logging.INFO, logger=SECURITY_LOG), server.client() as c:
        assert c.get(f"/records/meeting/{forged}").status_code == 401
        assert c.get("/me", headers=proxied).status_code == 401
    lines = [r.getMessage() for r in caplog.records if r.name == SECURITY_LOG]
    refused = [line for line in lines if line.startswith("refused GET ")]
    assert len(refused) == 2, lines
    for line in refused:
        assert line.isprintable() and len(line.splitlines()) == 1, refused
    assert "\\x1b[2J" in refused[0]  # still readable for what it was


def test_one_authenticator_code_sent_by_many_at_once_logs_in_once(settings: Settings) -> None:
    # Enough checks at once, and no throttle in the way, for all of them to race for the code.
    loose = replace(
        settings, max_password_checks=16, login_failures_per_user=100, login_failures_per_address=100
    )
    with run_server(loose) as live:
        secret = live.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
        assert secret is not None
        for ahead in (0, 30):  # this step's code, then the next one's (taken for a clock a step ahead)
            code = totp_code(secret, time.time() + ahead)
            start = threading.Barrier(12)

            def attempt(n: int, code: str = code, start: threading.Barrier = start) -> int:
                with live.client() as c:
                    start.wait()
                    body = {"user": "sec", "password": PASSWORD, "device": f"pc{n}", "totp": code}
                    return c.post("/auth/login", json=body).status_code

            with ThreadPoolExecutor(12) as pool:
                statuses = list(pool.map(attempt, range(12)))
            assert statuses.count(200) == 1 and set(statuses) == {200, 401}, statuses


def test_a_member_cannot_flood_everyone_in_the_meeting_through_the_reason_of_her_reply(world: World) -> None:
    """The reply is the one field of a shared record a member writes; what she writes there reaches the
    secretary and every member of the meeting, so it is as long as a reason is, not megabytes."""
    invitation = world.invitations["alice"]
    base = world.versions[invitation.id]
    flood = dataclasses.replace(invitation, rsvp=m.Rsvp.DECLINED, rsvp_reason="ติดราชการ " * 200_000)
    with world.client("alice") as c:
        r = push(c, flood, base=base)
        assert r.status_code == 422 and r.json()["records"] == [f"invitation/{invitation.id}"], r.text[:300]
        reason = dataclasses.replace(invitation, rsvp=m.Rsvp.DECLINED, rsvp_reason="ติดราชการต่างจังหวัด")
        assert push(c, reason, base=base).status_code == 200
    with pytest.raises(ValidationError):
        validate(flood)


def test_a_recusal_withholds_the_closed_papers_of_the_items_under_the_recused_one_too(world: World) -> None:
    """Dave is recused from the closed item; the closed sub-item under it is part of the same matter (as
    the board book has it), so its papers do not reach him either, by the feed or by their hash."""
    sub_item = m.AgendaItem(world.meeting_a.id, "รายละเอียดสัญญา", parent_id=world.closed_item.id, closed=True)
    data = "สัญญาจ้างฉบับร่าง".encode() * 100
    sha = hashlib.sha256(data).hexdigest()
    paper = m.Document(
        world.meeting_a.id, "ร่างสัญญา", "contract.pdf", "application/pdf", len(data), sha, item_id=sub_item.id
    )
    with world.client("sec") as c:
        assert c.put(f"/blobs/{sha}", content=data).status_code == 201
        assert push(c, sub_item, paper).status_code == 200
    for user, gets in (("alice", True), ("dave", False)):
        with world.client(user) as c:
            received = ids(pull_all(c)[0], "document")
            assert (paper.id in received) is gets, user
            assert sub_item.id in ids(pull_all(c)[0], "agenda_item")  # the item itself is his to see
            assert (c.get(f"/blobs/{sha}").status_code == 200) is gets, user
            batch = c.post("/blobs/batch", json={"sha256": [sha]})
            assert (len(batch.content) > 0) is gets, user


def _answer_or_waiting(sock: socket.socket) -> str:
    """The whole answer (its head and body may come in separate segments) until the server closes the
    connection, or "waiting for the body" when nothing comes: the server is reading the request."""
    received = b""
    try:
        while chunk := sock.recv(4096):
            received += chunk
    except TimeoutError:
        if not received:
            return "waiting for the body"
    return received.decode(errors="replace")


def test_a_push_without_a_valid_login_is_answered_before_its_body_is_read(server: Live) -> None:
    """Reading and parsing a push of 30 MB costs the server a few hundred megabytes: four such pushes at
    once, with any made-up token, took it from 75 to 866 MB. Without a valid login the answer comes at once,
    and the body is never read."""
    server.state.accounts.add_user("alice", PASSWORD, "member")
    token = server.login("alice")
    host, port = server.url.removeprefix("http://").split(":")
    answers = {}
    for name, authorization in (("made up", "Bearer made-up"), ("none", ""), ("valid", f"Bearer {token}")):
        with socket.create_connection((host, int(port)), timeout=3) as sock:
            header = f"Authorization: {authorization}\r\n" if authorization else ""
            sock.sendall(
                f"POST /sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n{header}"
                f"Content-Length: 30000000\r\n\r\n{{".encode()
            )
            answers[name] = _answer_or_waiting(sock)
    assert answers["made up"].startswith("HTTP/1.1 401") and "invalid_token" in answers["made up"], answers
    assert answers["none"].startswith("HTTP/1.1 401"), answers
    assert answers["valid"] == "waiting for the body"  # a real push of this size is taken


def test_guesses_from_one_ipv6_network_count_as_from_one_address(settings: Settings) -> None:
    """Whoever has an IPv6 address usually has its whole /64 (18 trillion trillion addresses): counted
    address by address, the limits would hold nobody back."""
    with run_server(replace(settings, login_failures_per_address=4, login_failures_per_user=3)) as live:
        live.state.accounts.add_user("alice", PASSWORD, "member")
        live.state.accounts.add_user("bob", PASSWORD, "member")

        def login(address: str, user: str, password: str = PASSWORD) -> int:
            body = {"user": user, "password": password, "device": "pc"}
            with live.client() as c:  # (through a reverse proxy on loopback, which names the client)
                return c.post("/auth/login", json=body, headers={"X-Forwarded-For": address}).status_code

        for n in range(3):
            assert login(f"2001:db8:0:1::{n + 1}", "alice", "wrong guess 123") == 401
        assert login("2001:db8:0:1::abcd", "alice") == 429  # the same user from the same network
        assert login("2001:db8:0:2::1", "alice") == 200  # from another network: she is not locked out
        assert login("2001:db8:0:1:ffff:ffff:ffff:fffe", "carol", "wrong guess 123") == 401
        assert login("2001:db8:0:1::beef", "bob") == 429  # four failures from that network: held back
        assert login("198.51.100.7", "bob") == 200


def test_logins_the_server_was_too_busy_to_check_leave_nothing_behind() -> None:
    """A flood of logins answered "busy" (429) from many addresses and user names: none was checked, so none
    is remembered; before, each left two tallies for five minutes, and past 10,000 every login walked them
    all under one lock."""
    throttle = LoginThrottle(per_user_and_address=5, per_address=20, window=300)
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        started, done = time.monotonic(), 0
        while done < 12_000 and time.monotonic() - started < 5:
            user, address = f"user{done}", f"10.{done % 200}.{done // 200 % 250}.1"
            assert throttle.begin(user, address) == 0
            throttle.end(user, address, "undecided")
            done += 1
        after, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done == 12_000, f"{done} logins in 5 s"
    assert after - before < 1 << 20, after - before
    # Failures are still counted.
    for _ in range(5):
        assert throttle.begin("alice", "10.0.0.1") == 0
        throttle.end("alice", "10.0.0.1", "failed")
    assert throttle.begin("alice", "10.0.0.1") > 0


def test_ballots_of_one_voter_pushed_at_once_leave_one_ballot_and_no_server_error(world: World) -> None:
    alice = world.people["alice"].id
    ballots = [m.Ballot(world.vote.id, alice, m.Choice.FOR) for _ in range(10)]
    start = threading.Barrier(len(ballots))

    def cast(ballot: m.Ballot) -> int:
        with world.client("alice") as c:
            start.wait()
            return push(c, ballot).status_code

    with ThreadPoolExecutor(len(ballots)) as pool:
        statuses = list(pool.map(cast, ballots))
    assert statuses.count(200) == 1 and set(statuses) == {200, 403}, statuses
    with world.client("sec") as c:
        cast_ballots = [r for r in pull_all(c)[0] if r["kind"] == "ballot" and not r["deleted"]]
    assert [r["data"]["person_id"] for r in cast_ballots] == [alice]


def test_an_authenticator_code_typed_as_the_app_shows_it_logs_in(server: Live) -> None:
    """Authenticator apps show the code in two halves ("123 456"); typed so, it is the same code."""
    secret = server.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
    assert secret is not None
    code = totp_code(secret, time.time())
    with server.client() as c:
        body = {"user": "sec", "password": PASSWORD, "device": "pc", "totp": f" {code[:3]} {code[3:]} "}
        assert c.post("/auth/login", json=body).status_code == 200


def test_an_authenticator_code_in_thai_digits_logs_in_and_other_letters_are_refused_not_crashed_on(
    server: Live,
) -> None:
    secret = server.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
    assert secret is not None
    thai = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
    with server.client() as c:
        body = {"user": "sec", "password": PASSWORD, "device": "pc"}
        for typed in ("๑๒๓€๕๖", "abcdef", "12345é"):
            r = c.post("/auth/login", json=body | {"totp": typed})
            assert r.status_code == 401 and r.json()["error"] == "invalid_credentials", (typed, r.text)
        code = totp_code(secret, time.time()).translate(thai)  # as typed on a Thai keyboard
        assert c.post("/auth/login", json=body | {"totp": code}).status_code == 200
