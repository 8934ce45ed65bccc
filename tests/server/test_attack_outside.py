"""Attacks from outside on a running server (loopback): what a crafted request must not achieve."""

from __future__ import annotations

import logging

import pytest

from emeeting.server.app import SECURITY_LOG
from tests.server.conftest import Live


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
