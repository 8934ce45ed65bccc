"""Logins: passwords, rate limits, tokens per device, disabling, revoking, expiry, TOTP."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import timedelta

import pytest

from emeeting.server.app import Settings
from emeeting.server.auth import RateLimiter, totp_code, totp_valid
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


def test_too_many_failures_lock_the_user_out_for_a_while_with_retry_after(settings: Settings) -> None:
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


def test_the_rate_limiter_forgets_failures_after_its_window() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=2, window=10, clock=lambda: now[0])
    limiter.failed("a")
    limiter.failed("a")
    assert limiter.retry_after("a") == 10 and limiter.retry_after("b") == 0
    now[0] = 9.5
    assert limiter.retry_after("a") == 1
    now[0] = 10.0
    assert limiter.retry_after("a") == 0


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
    assert _login(server, "sec", totp=totp_code(secret, time.time()))[0] == 200
    assert _login(server, "sec", "wrong", totp=totp_code(secret, time.time()))[0] == 401


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
