"""Logins: passwords, rate limits per user and address, a few password checks at once, tokens per device,
disabling, revoking, expiry, TOTP."""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest

from emeeting.server.app import SECURITY_LOG, Settings
from emeeting.server.auth import LoginThrottle, totp_code, totp_valid
from tests.server.conftest import PASSWORD, Live, run_server


def _login(live: Live, user: str, password: str = PASSWORD, **extra: object) -> tuple[int, dict[str, object]]:
    with live.client() as c:
        r = c.post("/auth/login", json={"user": user, "password": password, "device": "pc", **extra})
    return r.status_code, r.json() if r.content else {}


def test_a_login_gives_a_working_token_that_is_stored_only_as_a_hash(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    status, body = _login(server, "alice")
    assert status == 200
    token = str(body["token"])
    with server.client(token) as c:
        me = c.get("/me").json()
    assert me["user"] == "alice" and me["role"] == "member" and me["device_id"] == body["device_id"]
    from sqlalchemy import select

    from emeeting.server.storage import devices, users

    with server.state.db.read() as conn:
        stored = [tuple(row) for row in conn.execute(select(devices))]
        password_hash = conn.execute(select(users.c.password_hash)).scalar_one()
    assert not any(token in str(value) for row in stored for value in row)
    assert password_hash.startswith("$argon2id$") and PASSWORD not in password_hash


def test_wrong_passwords_and_unknown_users_get_the_same_answer(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    assert _login(server, "alice", "wrong password") == _login(server, "nobody-here", "wrong password")
    status, body = _login(server, "alice", "wrong password")
    assert status == 401 and body["error"] == "invalid_credentials"


def test_too_many_failures_hold_the_user_back_at_that_address_with_retry_after(settings: Settings) -> None:
    with run_server(replace(settings, login_failures_per_user=3, login_window_seconds=2)) as live:
        live.state.accounts.add_user("alice", PASSWORD, "member")
        for _ in range(3):
            assert _login(live, "alice", "guess")[0] == 401
        with live.client() as c:
            r = c.post("/auth/login", json={"user": "alice", "password": PASSWORD, "device": "pc"})
        assert r.status_code == 429 and r.json()["error"] == "rate_limited"
        assert 1 <= int(r.headers["Retry-After"]) <= 2
        time.sleep(int(r.headers["Retry-After"]) + 0.1)
        assert _login(live, "alice")[0] == 200


def test_one_address_trying_many_users_is_limited_too(settings: Settings) -> None:
    with run_server(replace(settings, login_failures_per_address=4)) as live:
        live.state.accounts.add_user("alice", PASSWORD, "member")
        for n in range(4):
            assert _login(live, f"user{n}", "guess")[0] == 401
        status, body = _login(live, "alice")
        assert status == 429 and body["error"] == "rate_limited"


def _login_from(live: Live, address: str, user: str, password: str = PASSWORD) -> httpx.Response:
    """A login from another loopback address (127.0.0.0/8 all reaches the server)."""
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(base_url=live.url, transport=transport, timeout=30) as c:
        return c.post("/auth/login", json={"user": user, "password": password, "device": "pc"})


def test_someone_guessing_cannot_lock_the_user_out_from_another_address(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    for _ in range(5):
        assert _login_from(server, "127.0.0.2", "alice", "guess").status_code == 401
    refused = _login_from(server, "127.0.0.2", "alice")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1
    assert _login_from(server, "127.0.0.3", "alice").status_code == 200


def test_the_wait_grows_with_every_failure_past_the_limit_and_ends_after_a_quiet_window() -> None:
    now = [0.0]
    throttle = LoginThrottle(per_user_and_address=2, per_address=100, window=60, clock=lambda: now[0])

    def fail() -> None:
        assert throttle.begin("alice", "a") == 0
        throttle.end("alice", "a", "failed")

    fail()
    fail()
    assert throttle.begin("alice", "a") == 1 and throttle.begin("bob", "a") == 0
    throttle.end("bob", "a", "undecided")
    assert throttle.begin("alice", "b") == 0  # the same user from elsewhere
    throttle.end("alice", "b", "undecided")
    waits = []
    for _ in range(4):
        now[0] += throttle.begin("alice", "a")
        fail()
        waits.append(throttle.begin("alice", "a"))
    assert waits == [2, 4, 8, 16]
    now[0] += 16 + 60
    assert throttle.begin("alice", "a") == 0  # forgotten
    throttle.end("alice", "a", "succeeded")


def test_concurrent_guesses_cannot_race_past_the_limit(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    start = threading.Barrier(30)

    def guess(n: int) -> int:
        start.wait()
        return _login(server, "alice", f"guess {n}")[0]

    with ThreadPoolExecutor(30) as pool:
        answers = list(pool.map(guess, range(30)))
    assert answers.count(401) <= 5 and answers.count(401) + answers.count(429) == 30
    assert _login_from(server, "127.0.0.4", "alice").status_code == 200


def test_only_a_few_passwords_are_checked_at_once_the_rest_are_asked_to_retry(settings: Settings) -> None:
    costly = replace(settings, argon2_time_cost=2, argon2_memory_kib=32768, max_password_checks=2)
    with run_server(costly) as live:
        for n in range(12):
            live.state.accounts.add_user(f"user{n}", PASSWORD, "member")
        start = threading.Barrier(12)

        def login(n: int) -> httpx.Response:
            start.wait()
            return _login_from(live, f"127.0.1.{n + 1}", f"user{n}")

        with ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(login, range(12)))
        busy = [r for r in answers if r.status_code == 429]
        assert busy and all(r.headers["Retry-After"] == "1" and "busy" in r.json()["message"] for r in busy)
        assert all(r.status_code in (200, 429) for r in answers)
        permits = [live.state.password_checks.acquire(blocking=False) for _ in range(3)]
        assert permits == [True, True, False]  # every permit came back
        for _ in range(2):
            live.state.password_checks.release()
        assert (
            _login_from(live, "127.0.1.1", "user0").status_code == 200
        )  # a busy answer counts as no failure


@pytest.mark.parametrize("password", ["password", "short pass1", "1qaz2wsx3edc", "QWERTY123456"])
def test_short_and_common_passwords_are_refused(server: Live, password: str) -> None:
    from emeeting.domain.errors import ValidationError

    with pytest.raises(ValidationError, match=r"12 characters|common"):
        server.state.accounts.add_user("alice", password, "member")
    server.state.accounts.add_user("alice", PASSWORD, "member")
    with pytest.raises(ValidationError, match=r"12 characters|common"):
        server.state.accounts.reset_password("alice", password)
    assert _login(server, "alice")[0] == 200


@pytest.mark.slow
def test_the_command_line_refuses_a_common_password(settings: Settings) -> None:
    from tests.server.test_cli import emeeting

    db = ("server", "--db", settings.db_url)
    refused = emeeting(*db, "user", "add", "alice", "--role", "member", stdin="qwerty123456")
    assert refused.returncode == 2 and "common" in refused.stderr
    assert emeeting(*db, "user", "add", "alice", "--role", "member", stdin=PASSWORD).returncode == 0
    refused = emeeting(*db, "user", "reset-password", "alice", stdin="short")
    assert refused.returncode == 2 and "12 characters" in refused.stderr


def test_disabling_a_user_ends_their_sessions_at_once(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    token = server.login("alice")
    with server.client(token) as c:
        assert c.get("/me").status_code == 200
        server.state.accounts.set_disabled("alice", True)
        r = c.get("/sync/changes")
        assert r.status_code == 401 and r.json()["error"] == "user_disabled"
    assert _login(server, "alice")[1]["error"] == "user_disabled"
    server.state.accounts.set_disabled("alice", False)
    with server.client(token) as c:  # enabling again does not bring old sessions back
        assert c.get("/me").json()["error"] == "device_revoked"
    assert _login(server, "alice")[0] == 200


def test_revoking_one_device_leaves_the_others_and_logout_ends_a_session(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    laptop, phone = server.login("alice", device="laptop"), server.login("alice", device="phone")
    with server.client(laptop) as c:
        laptop_id = c.get("/me").json()["device_id"]
    server.state.accounts.revoke_device(laptop_id)
    with server.client(laptop) as c:
        r = c.get("/sync/changes")
        assert r.status_code == 401 and r.json()["error"] == "device_revoked"
    with server.client(phone) as c:
        assert c.get("/me").status_code == 200
        assert c.post("/auth/logout").status_code == 204
        assert c.get("/me").json()["error"] == "device_revoked"


def test_a_new_password_ends_every_session(server: Live) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    token = server.login("alice")
    server.state.accounts.reset_password("alice", "another long password")
    with server.client(token) as c:
        assert c.get("/me").status_code == 401
    assert _login(server, "alice")[0] == 401
    assert _login(server, "alice", "another long password")[0] == 200


def test_an_expired_token_is_refused(settings: Settings) -> None:
    with run_server(replace(settings, token_lifetime=timedelta(seconds=1))) as live:
        live.state.accounts.add_user("alice", PASSWORD, "member")
        token = live.login("alice")
        time.sleep(1.1)
        with live.client(token) as c:
            r = c.get("/me")
        assert r.status_code == 401 and r.json()["error"] == "token_expired"


def test_garbage_tokens_are_refused(server: Live) -> None:
    for header in ("", "Bearer", "Basic abc", "Bearer not-a-token", "Bearer " + "x" * 5000):
        with server.client() as c:
            r = c.get("/me", headers={"Authorization": header} if header else {})
        assert r.status_code == 401 and r.json()["error"] == "invalid_token"


def test_totp_is_required_when_set_and_checked(server: Live) -> None:
    secret = server.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
    assert secret is not None
    status, body = _login(server, "sec")
    assert status == 401 and body["error"] == "totp_required"
    wrong = f"{(int(totp_code(secret, time.time())) + 1) % 10**6:06d}"
    assert _login(server, "sec", totp=wrong)[0] == 401
    assert _login(server, "sec", totp=totp_code(secret, time.time() + 30))[0] == 200  # clock ahead a step
    assert _login(server, "sec", "wrong", totp=totp_code(secret, time.time()))[0] == 401


def test_an_authenticator_code_logs_in_only_once(server: Live) -> None:
    """A code overheard or replayed within its half minute is no second login (nor an older one)."""
    secret = server.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
    assert secret is not None
    code = totp_code(secret, time.time())
    assert _login(server, "sec", totp=code)[0] == 200
    status, body = _login(server, "sec", totp=code, device="attacker")
    assert status == 401 and body["error"] == "invalid_credentials"
    assert _login(server, "sec", totp=totp_code(secret, time.time() - 30))[0] == 401  # an earlier step
    assert _login(server, "sec", totp=totp_code(secret, time.time() + 30))[0] == 200  # the next one works


def test_totp_follows_rfc_6238() -> None:
    # RFC 6238 appendix B, SHA-1 key "12345678901234567890", eight digits.
    import base64

    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp_code(secret, 59, digits=8) == "94287082"
    assert totp_code(secret, 1111111109, digits=8) == "07081804"
    assert totp_code(secret, 2000000000, digits=8) == "69279037"
    code = totp_code(secret, 1000)
    assert totp_valid(secret, code, 1000 + 30) and not totp_valid(secret, code, 1000 + 90)


def test_totp_and_committees_are_for_secretaries_and_admins(server: Live) -> None:
    role = "member"
    from emeeting.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        server.state.accounts.add_user("m", PASSWORD, role, totp=True)
    with pytest.raises(ValidationError):
        server.state.accounts.add_user("m", PASSWORD, role, committees=("c",))
    with pytest.raises(ValidationError):
        server.state.accounts.add_user("m", "short", role)


def test_logins_and_refusals_are_logged_without_secrets(
    server: Live, caplog: pytest.LogCaptureFixture
) -> None:
    server.state.accounts.add_user("alice", PASSWORD, "member")
    with caplog.at_level(logging.INFO, logger=SECURITY_LOG):
        assert _login(server, "alice", "wrong-guess-1234")[0] == 401
        assert _login(server, "alice")[0] == 200
        with server.client("not-a-token") as c:
            assert c.get("/me").status_code == 401
    lines = [r.getMessage() for r in caplog.records if r.name == SECURITY_LOG]
    assert any("failed login of 'alice' from 127.0.0.1" in line for line in lines), lines
    assert any("login of 'alice' from 127.0.0.1" in line and "failed" not in line for line in lines)
    assert any("refused GET /me from 127.0.0.1: 401 invalid_token" in line for line in lines)
    assert not any(PASSWORD in line or "wrong-guess-1234" in line for line in lines)


def test_answers_are_not_cached_or_sniffed(server: Live) -> None:
    with server.client() as c:
        for r in (c.get("/health"), c.get("/me"), c.post("/auth/login", content=b"x" * 100_000)):
            assert r.headers["cache-control"] == "no-store", r
            assert r.headers["x-content-type-options"] == "nosniff"


class _AnswerLostOnce(httpx.HTTPTransport):
    """The request reaches the server; its first answer is lost on the way back."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        self.sent += 1
        if self.sent == 1:
            raise httpx.ReadError("connection reset", request=request)
        return response


def test_a_login_with_a_code_whose_answer_was_lost_is_not_sent_again(server: Live) -> None:
    """Sent again, the used code would be refused as wrong; the user is told the server could not be
    reached and types the next code. Without a code a lost answer is simply asked again."""
    from emeeting.sync.client import ServerUnreachable, SyncClient

    secret = server.state.accounts.add_user("sec", PASSWORD, "secretary", totp=True)
    assert secret is not None
    lost = _AnswerLostOnce()
    client = SyncClient(server.url, transport=lost, sleep=lambda _s: None)
    with client, pytest.raises(ServerUnreachable):
        client.login("sec", PASSWORD, "pc", totp_code(secret, time.time()))
    assert lost.sent == 1
    server.state.accounts.add_user("alice", PASSWORD, "member")
    lost = _AnswerLostOnce()
    with SyncClient(server.url, transport=lost, sleep=lambda _s: None) as client:
        assert client.login("alice", PASSWORD, "pc").token
    assert lost.sent == 2
