"""The tests' mail server itself works as a real one: TLS both ways, logins, refused recipients."""

from __future__ import annotations

import smtplib
import ssl
from pathlib import Path

import pytest

from tests.mail.servers import SmtpServer, self_signed


@pytest.mark.parametrize("security", ["none", "starttls", "tls"])
def test_the_smtp_server_takes_mail_after_a_login(tmp_path: Path, security: str) -> None:
    certificate = self_signed(tmp_path)
    server = SmtpServer(security=security, users={"sec": "pw"}, certificate=certificate).start()
    trusted = ssl.create_default_context(cafile=str(certificate.cert))
    try:
        if security == "tls":
            client = smtplib.SMTP_SSL(server.host, server.port, context=trusted, timeout=5)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=5)
            if security == "starttls":
                client.starttls(context=trusted)
        with client:
            client.login("sec", "pw")
            server.refuse("gone@example.go.th")
            refused = client.sendmail(
                "a@example.go.th", ["b@example.go.th", "gone@example.go.th"], b"Subject: x\r\n\r\nx\r\n"
            )
    finally:
        server.stop()
    assert list(refused) == ["gone@example.go.th"]
    assert [r.recipients for r in server.received] == [["b@example.go.th"]]
