"""Talking to the office's outgoing mail server (SMTP, with the standard library's smtplib).

Every way a connection or a message can fail becomes a ``MailError`` with one clear line: an unknown host,
a refused connection, a server that does not answer in time, a certificate that is not trusted or names
another host, STARTTLS not offered, a refused login, a login needed but no password kept, the sender or a
recipient refused, a server that went away.

Certificates are checked against the operating system's trust store, and against one more certificate
authority the office names (``SmtpSettings.ca_file``): an office relay with its own certificate is trusted
by naming that certificate (or the office's CA), never by turning checking off.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from enum import StrEnum
from types import TracebackType

from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError
from emeeting.mail.settings import ImapSettings, Security, SmtpSettings


class MailFailure(StrEnum):
    NOT_SET_UP = "not_set_up"
    UNKNOWN_HOST = "unknown_host"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    CERTIFICATE = "certificate"
    TLS = "tls"
    NO_STARTTLS = "no_starttls"
    LOGIN_REFUSED = "login_refused"
    NO_LOGIN_OFFERED = "no_login_offered"
    NO_PASSWORD = "no_password"
    LOGIN_NEEDED = "login_needed"
    SENDER_REFUSED = "sender_refused"
    RECIPIENT_REFUSED = "recipient_refused"
    MESSAGE_REFUSED = "message_refused"
    BAD_ADDRESS = "bad_address"
    GONE = "gone"
    CONNECTION = "connection"
    NO_FOLDER = "no_folder"  # the replies mailbox (IMAP) has no folder of that name


class MailError(EmeetingError):
    """A failure to send mail, with one clear line; ``failure`` says which kind."""

    failure = MailFailure.CONNECTION

    def __init__(self, template: str, /, *, failure: MailFailure | None = None, **params: object) -> None:
        super().__init__(template, **params)
        if failure is not None:
            self.failure = failure


class RecipientRefused(MailError):
    """The server refused one address: that message fails, the others go on."""

    failure = MailFailure.RECIPIENT_REFUSED


class MessageRefused(MailError):
    """The server refused one message (too big, say): that message fails, the others go on."""

    failure = MailFailure.MESSAGE_REFUSED


class ConnectionLost(MailError):
    """The server closed the connection in the middle: a batch reconnects once."""

    failure = MailFailure.GONE


def _where(settings: SmtpSettings) -> str:
    return f"{settings.host}:{settings.port}"


def not_set_up() -> MailError:
    return MailError(
        QT_TRANSLATE_NOOP("Errors", "e-mail is not set up: give the mail server and the sender's address"),
        failure=MailFailure.NOT_SET_UP,
    )


def no_password(settings: SmtpSettings) -> MailError:
    return MailError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the mail server {server} needs a login and no password is kept for {user}: set it again",
        ),
        failure=MailFailure.NO_PASSWORD,
        server=_where(settings),
        user=settings.user,
    )


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        text = (
            error.smtp_error.decode(errors="replace")
            if isinstance(error.smtp_error, bytes)
            else str(error.smtp_error)
        )
        return f"{error.smtp_code} {' '.join(text.split())}"
    return " ".join(str(error).split()) or type(error).__name__


def connection_error(settings: SmtpSettings, error: BaseException) -> MailError:
    """The one-line error for a failure to connect, secure the connection or log in."""
    server = _where(settings)
    if isinstance(error, MailError):
        return error
    if isinstance(error, socket.gaierror):
        return MailError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {host} is not known: check its name"),
            failure=MailFailure.UNKNOWN_HOST,
            host=settings.host,
        )
    if isinstance(error, ConnectionRefusedError):
        return MailError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} refused the connection: check the port"),
            failure=MailFailure.REFUSED,
            server=server,
        )
    if isinstance(error, TimeoutError) or (
        # smtplib turns a reply that never came into "connection unexpectedly closed: timed out"
        isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, TimeoutError)
    ):
        return MailError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} did not answer within {seconds} seconds"),
            failure=MailFailure.TIMEOUT,
            server=server,
            seconds=f"{settings.timeout_seconds:g}",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the mail server {server}'s certificate is not trusted ({reason}): name the office's "
                "certificate in the mail settings, or ask IT",
            ),
            failure=MailFailure.CERTIFICATE,
            server=server,
            reason=error.verify_message or _reason(error),
        )
    if isinstance(error, ssl.SSLError):
        return MailError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a secure connection to the mail server {server} failed ({reason}): check the security",
            ),
            failure=MailFailure.TLS,
            server=server,
            reason=_reason(error),
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        if "STARTTLS" in str(error).upper():
            return MailError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the mail server {server} does not offer STARTTLS: choose TLS or another port"
                ),
                failure=MailFailure.NO_STARTTLS,
                server=server,
            )
        return MailError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} offers no login: leave the user empty"),
            failure=MailFailure.NO_LOGIN_OFFERED,
            server=server,
        )
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} refused the login of {user}: {reason}"),
            failure=MailFailure.LOGIN_REFUSED,
            server=server,
            user=settings.user,
            reason=_reason(error),
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return ConnectionLost(
            QT_TRANSLATE_NOOP("Errors", "the mail server {server} closed the connection"), server=server
        )
    return MailError(
        QT_TRANSLATE_NOOP("Errors", "cannot reach the mail server {server}: {reason}"),
        failure=MailFailure.CONNECTION,
        server=server,
        reason=_reason(error),
    )


def tls_context(
    settings: SmtpSettings | ImapSettings, error_type: type[MailError] | None = None
) -> ssl.SSLContext:
    """The system's trust store, plus the office's own certificate authority when one is named (for the
    outgoing server and the replies mailbox alike; ``error_type``: the error a bad file raises)."""
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as error:
            raise (error_type or MailError)(
                QT_TRANSLATE_NOOP(
                    "Errors", "cannot read the mail server's certificate file {path}: {reason}"
                ),
                failure=MailFailure.CERTIFICATE,
                path=settings.ca_file,
                reason=_reason(error),
            ) from None
    return context


class SmtpConnection:
    """One open connection to the mail server, logged in; a context manager that closes it."""

    def __init__(self, settings: SmtpSettings, client: smtplib.SMTP) -> None:
        self.settings = settings
        self._client = client

    def send(self, msg: EmailMessage, recipients: list[str]) -> None:
        """Send ``msg`` to ``recipients``; raises RecipientRefused, MessageRefused, ConnectionLost or
        another MailError (sender refused, login needed)."""
        self.send_bytes(msg.as_bytes(policy=SMTP_POLICY), recipients)

    def send_bytes(self, data: bytes, recipients: list[str]) -> None:
        server = _where(self.settings)
        try:
            refused = self._client.sendmail(self.settings.sender_address, recipients, data)
        except smtplib.SMTPRecipientsRefused as error:
            code, text = next(iter(error.recipients.values()), (0, b""))
            raise RecipientRefused(
                QT_TRANSLATE_NOOP("Errors", "the mail server refused the address {address}: {reason}"),
                address=", ".join(recipients),
                reason=f"{code} {' '.join(text.decode(errors='replace').split())}",
            ) from None
        except smtplib.SMTPSenderRefused as error:
            if error.smtp_code in (530, 535):  # "authentication required"
                raise MailError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the mail server {server} takes mail only after a login: give the user"
                    ),
                    failure=MailFailure.LOGIN_NEEDED,
                    server=server,
                ) from None
            raise MailError(
                QT_TRANSLATE_NOOP("Errors", "the mail server refused the sender {address}: {reason}"),
                failure=MailFailure.SENDER_REFUSED,
                address=self.settings.sender_address,
                reason=_reason(error),
            ) from None
        except smtplib.SMTPDataError as error:
            if error.smtp_code == 421:  # "service not available, closing": the server is going away
                raise ConnectionLost(
                    QT_TRANSLATE_NOOP("Errors", "the mail server {server} went away while sending: {reason}"),
                    server=server,
                    reason=_reason(error),
                ) from None
            raise MessageRefused(
                QT_TRANSLATE_NOOP("Errors", "the mail server refused the message: {reason}"),
                reason=_reason(error),
            ) from None
        except (UnicodeEncodeError, smtplib.SMTPNotSupportedError):
            raise MailError(
                QT_TRANSLATE_NOOP("Errors", "the address {address} cannot be used for e-mail"),
                failure=MailFailure.BAD_ADDRESS,
                address=", ".join(recipients),
            ) from None
        except smtplib.SMTPResponseException as error:
            raise MessageRefused(
                QT_TRANSLATE_NOOP("Errors", "the mail server refused the message: {reason}"),
                reason=_reason(error),
            ) from None
        except (smtplib.SMTPServerDisconnected, OSError) as error:
            raise ConnectionLost(
                QT_TRANSLATE_NOOP("Errors", "the mail server {server} went away while sending: {reason}"),
                server=server,
                reason=_reason(error),
            ) from None
        if refused:  # some of several addresses: one message each is the rule, so this is that one
            address, (code, text) = next(iter(refused.items()))
            raise RecipientRefused(
                QT_TRANSLATE_NOOP("Errors", "the mail server refused the address {address}: {reason}"),
                address=address,
                reason=f"{code} {' '.join(text.decode(errors='replace').split())}",
            )

    def close(self) -> None:
        try:
            self._client.quit()
        except (smtplib.SMTPException, OSError):
            self._client.close()

    def __enter__(self) -> SmtpConnection:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def connect(settings: SmtpSettings, password: str | None) -> SmtpConnection:
    """An open, secured and logged-in connection to the mail server; raises MailError."""
    if not settings.configured:
        raise not_set_up()
    if settings.user and password is None:
        raise no_password(settings)
    context = tls_context(settings) if settings.security is not Security.NONE else None
    client: smtplib.SMTP | None = None
    try:
        if settings.security is Security.TLS:
            client = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout_seconds, context=context
            )
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            if settings.security is Security.STARTTLS:
                client.starttls(context=context)
        client.ehlo_or_helo_if_needed()
        if settings.user:
            client.login(settings.user, password or "")
    except (OSError, smtplib.SMTPException) as error:
        if client is not None:
            client.close()
        raise connection_error(settings, error) from None
    return SmtpConnection(settings, client)
