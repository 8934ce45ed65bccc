"""Every way the mail server can fail is one clear error, and nothing is recorded as sent."""

from __future__ import annotations

import dataclasses
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from emeeting.mail.outbox import Outbox
from emeeting.mail.settings import MailSettingsStore, Security, SmtpSettings
from emeeting.mail.transport import MailError, MailFailure, connect
from emeeting.services.container import Services
from tests.mail.conftest import Board
from tests.mail.servers import SmtpServer, free_port, self_signed

SECURITY = {"none": Security.NONE, "starttls": Security.STARTTLS, "tls": Security.TLS}


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A socket that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except TimeoutError:
                continue
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join()
        for conn in accepted:
            conn.close()
        listener.close()


def _settings(server: SmtpServer, security: str, **changes: object) -> SmtpSettings:
    settings = SmtpSettings(
        host=server.host,
        port=server.port,
        security=SECURITY[security],
        sender_address="secretariat@example.go.th",
        sender_name="Secretariat",
        timeout_seconds=5,
    )
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("security", ["none", "starttls", "tls"])
def test_sending_works_plain_with_starttls_and_with_tls_trusting_the_office_certificate(
    services: Services,
    board: Board,
    mail_settings: MailSettingsStore,
    tmp_path: Path,
    security: str,
) -> None:
    certificate = self_signed(tmp_path)
    server = SmtpServer(security=security, users={"sec": "pw"}, certificate=certificate).start()
    try:
        settings = _settings(server, security, user="sec", ca_file=str(certificate.cert))
        mail_settings.save(settings)
        assert mail_settings.set_password(settings, "pw")  # the (memory) password store kept it
        outbox = Outbox(services, mail_settings)
        report = outbox.send(outbox.plan(board.meeting_id))
        outbox.send_test("it@example.go.th")
    finally:
        server.stop()
    assert len(report.sent) == 3 and not report.failed
    assert len(server.received) == 4
    assert server.received[-1].message["Subject"] == "Test message from the meeting system"


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_a_certificate_nobody_vouches_for_is_refused(
    services: Services, board: Board, mail_settings: MailSettingsStore, tmp_path: Path, security: str
) -> None:
    server = SmtpServer(security=security, certificate=self_signed(tmp_path)).start()
    try:
        mail_settings.save(_settings(server, security))
        outbox = Outbox(services, mail_settings)
        with pytest.raises(MailError, match="certificate is not trusted") as caught:
            outbox.send(outbox.plan(board.meeting_id))
    finally:
        server.stop()
    assert caught.value.failure is MailFailure.CERTIFICATE
    assert server.received == []
    assert outbox.log.messages(board.meeting_id) == []
    assert services.meetings.bundle(board.meeting_id).meeting.notice_sent_at is None


def test_a_certificate_for_another_host_is_refused(tmp_path: Path) -> None:
    certificate = self_signed(tmp_path, host="127.0.0.2")  # trusted, but names another host
    server = SmtpServer(security="tls", certificate=certificate).start()
    try:
        settings = _settings(server, "tls", ca_file=str(certificate.cert))
        with pytest.raises(MailError, match="certificate is not trusted") as caught:
            connect(settings, None)
    finally:
        server.stop()
    assert caught.value.failure is MailFailure.CERTIFICATE


def test_a_refused_login_and_a_missing_password_are_clear(
    services: Services, board: Board, mail_settings: MailSettingsStore, tmp_path: Path
) -> None:
    certificate = self_signed(tmp_path)
    server = SmtpServer(security="tls", users={"sec": "pw"}, certificate=certificate).start()
    try:
        settings = _settings(server, "tls", user="sec", ca_file=str(certificate.cert))
        mail_settings.save(settings)
        outbox = Outbox(services, mail_settings)
        with pytest.raises(MailError, match="no password is kept for sec") as no_password:
            outbox.send(outbox.plan(board.meeting_id))
        mail_settings.set_password(settings, "wrong")
        with pytest.raises(MailError, match="refused the login of sec") as refused:
            outbox.send(outbox.plan(board.meeting_id))
        mail_settings.save(dataclasses.replace(settings, user=""))
        with pytest.raises(MailError, match="takes mail only after a login") as needed:
            outbox.send(outbox.plan(board.meeting_id))
    finally:
        server.stop()
    assert no_password.value.failure is MailFailure.NO_PASSWORD
    assert refused.value.failure is MailFailure.LOGIN_REFUSED
    assert needed.value.failure is MailFailure.LOGIN_NEEDED
    assert outbox.log.messages(board.meeting_id) == []
    assert services.meetings.bundle(board.meeting_id).meeting.notice_sent_at is None


def test_starttls_not_offered_is_clear(mail_settings: MailSettingsStore, smtp: SmtpServer) -> None:
    with pytest.raises(MailError, match="does not offer STARTTLS") as caught:
        connect(_settings(smtp, "starttls"), None)
    assert caught.value.failure is MailFailure.NO_STARTTLS


def test_unknown_host_refused_connection_and_silence_are_clear(
    services: Services, board: Board, mail_settings: MailSettingsStore, silent_port: int
) -> None:
    base = mail_settings.smtp()
    outbox = Outbox(services, mail_settings)
    plan = outbox.plan(board.meeting_id)
    cases = {
        MailFailure.UNKNOWN_HOST: dataclasses.replace(base, host="no-such-host.invalid"),
        MailFailure.REFUSED: dataclasses.replace(base, port=free_port()),
        MailFailure.TIMEOUT: dataclasses.replace(base, port=silent_port, timeout_seconds=0.5),
    }
    for failure, settings in cases.items():
        mail_settings.save(settings)
        with pytest.raises(MailError) as caught:
            outbox.send(plan)
        assert caught.value.failure is failure, str(caught.value)
        assert "\n" not in str(caught.value)
    assert "did not answer within 0.5 seconds" in str(caught.value)
    assert outbox.log.messages(board.meeting_id) == []


def test_mail_not_set_up_is_clear(services: Services, board: Board) -> None:
    outbox = Outbox(services)
    with pytest.raises(MailError, match="e-mail is not set up"):
        outbox.send(outbox.plan(board.meeting_id))
    with pytest.raises(MailError, match="e-mail is not set up"):
        outbox.send_test("it@example.go.th")
