"""``emeeting server …`` manages users and devices; ``emeeting serve`` runs the server, with TLS."""

from __future__ import annotations

import os
import re
import ssl
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from emeeting.server.app import Settings
from emeeting.server.auth import totp_code
from tests.server.conftest import PASSWORD, free_port, run_server

pytestmark = pytest.mark.slow


def emeeting(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "emeeting", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
    )


def test_users_are_added_listed_disabled_and_devices_revoked(settings: Settings) -> None:
    db = ("server", "--db", settings.db_url)
    added = emeeting(
        *db, "user", "add", "sec", "--role", "secretary", "--committee", "c1", "--totp", stdin=PASSWORD
    )
    assert added.returncode == 0, added.stderr
    uri = next(line for line in added.stdout.splitlines() if line.startswith("authenticator: "))
    uri = uri.removeprefix("authenticator: ")
    assert uri.startswith("otpauth://totp/emeeting:sec?")
    secret = parse_qs(urlsplit(uri).query)["secret"][0]
    assert emeeting(*db, "user", "add", "alice", stdin=PASSWORD + "\n").returncode == 0
    refused = emeeting(*db, "user", "add", "bob", "--totp", stdin=PASSWORD)
    assert refused.returncode == 2 and "second factor is for admins and secretaries" in refused.stderr
    assert emeeting(*db, "user", "add", "alice", stdin=PASSWORD).returncode == 2  # exists already

    with run_server(settings) as live:
        with live.client() as c:
            r = c.post(
                "/auth/login",
                json={
                    "user": "sec",
                    "password": PASSWORD,
                    "device": "pc",
                    "totp": totp_code(secret, time.time()),
                },
            )
        assert r.status_code == 200
        assert emeeting(*db, "policy", "c1", "--offline-days", "3").returncode == 0
        with live.client(r.json()["token"]) as c:
            assert c.get("/me").json()["policies"] == [
                {"committee_id": "c1", "offline_days": 3, "allow_top_secret": False}
            ]
        pruned = emeeting(*db, "prune", "--keep-versions", "10")
        assert pruned.returncode == 0 and "removed 0 tombstones" in pruned.stdout
        token = live.login("alice", device="alice-laptop")
        listing = emeeting(*db, "user", "list").stdout
        assert "sec\tsecretary\t-\tc1\ttotp" in listing
        device_line = next(line for line in listing.splitlines() if "alice-laptop" in line)
        device_id = device_line.split()[1]
        assert emeeting(*db, "device", "revoke", device_id).returncode == 0
        with live.client(token) as c:
            assert c.get("/me").json()["error"] == "device_revoked"
        token = live.login("alice")
        assert emeeting(*db, "user", "disable", "alice").returncode == 0
        with live.client(token) as c:
            assert c.get("/me").json()["error"] == "user_disabled"
        assert emeeting(*db, "user", "enable", "alice").returncode == 0
        assert emeeting(*db, "user", "reset-password", "alice", stdin="a new long password").returncode == 0
        assert live.login("alice", password="a new long password")
    missing = emeeting(*db, "device", "revoke", "no-such-device")
    assert missing.returncode == 2 and "no device" in missing.stderr


def test_serve_speaks_tls_with_a_certificate(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    port = free_port()
    args = ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--blobs", str(tmp_path / "blobs")]
    args += ["--port", str(port), "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)]
    process = subprocess.Popen(
        [sys.executable, "-m", "emeeting", "--data-dir", str(tmp_path / "data"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(
                    f"https://127.0.0.1:{port}/health",
                    verify=ssl.create_default_context(cafile=str(cert)),
                    timeout=5,
                )
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["status"] == "ok"
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)  # no plain HTTP on a TLS port
        wrong = {"user": "anan", "password": "not the password", "device": "pc"}
        context = ssl.create_default_context(cafile=str(cert))
        refused = httpx.post(f"https://127.0.0.1:{port}/auth/login", json=wrong, verify=context)
        assert refused.status_code == 401
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0].decode()
    # The security log says when (UTC), what and from where, once per failed login.
    [line] = [x for x in output.splitlines() if "failed login" in x]
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING emeeting\.server\.security: "
        r"failed login of 'anan' from 127\.0\.0\.1",
        line,
    ), line


def test_serve_needs_both_halves_of_a_certificate(tmp_path: Path) -> None:
    result = emeeting("serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--ssl-certfile", "x.pem")
    assert result.returncode == 2 and "both --ssl-certfile and --ssl-keyfile" in result.stderr
