"""The office's mail settings: the outgoing (SMTP) server, the mailbox replies are read from (IMAP), and
the reminders each committee wants. Kept in the data folder (``office_settings``); the passwords in the
OS password store (``services.credentials``), never in SQLite."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.services.credentials import Credentials
from emeeting.storage.mail_log import MailLog

PASSWORD_SERVICE = "emeeting-mail"


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    TLS = "tls"  # TLS from the first byte (port 465 / 993)
    NONE = "none"  # no encryption: only for a relay inside the office network


DEFAULT_PORTS = {
    "smtp": {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25},
    "imap": {Security.STARTTLS: 143, Security.TLS: 993, Security.NONE: 143},
}


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""  # empty: the server takes mail without a login
    sender_address: str = ""  # From:
    sender_name: str = ""  # From:'s display name, e.g. the committee's secretariat
    timeout_seconds: float = 30.0
    # A certificate (PEM) trusted besides the system's trust store: an office relay's own certificate or
    # its certificate authority. Empty: only the system's trust store.
    ca_file: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender_address)

    @property
    def password_account(self) -> str:
        """The key of its password in the password store."""
        return f"smtp://{self.host}:{self.port}"


@dataclass(frozen=True)
class ImapSettings:
    """Where calendar replies (iMIP REPLY) arrive; off unless the secretary turns it on."""

    enabled: bool = False
    host: str = ""
    port: int = 993
    security: Security = Security.TLS
    user: str = ""
    folder: str = "INBOX"
    # As SmtpSettings.ca_file: a certificate (PEM) trusted besides the system's trust store.
    ca_file: str = ""

    @property
    def password_account(self) -> str:
        return f"imap://{self.host}:{self.port}"


@dataclass(frozen=True)
class ReminderSettings:
    """Reminders per committee: how many days before its meetings (0: none), and whether members who
    have not answered get one too."""

    days_before: dict[str, int] = field(default_factory=dict)  # committee id -> days
    non_responders: bool = True

    def days_for(self, committee_id: str) -> int:
        return self.days_before.get(committee_id, 0)


_KEYS = {SmtpSettings: "mail.smtp", ImapSettings: "mail.imap", ReminderSettings: "mail.reminders"}


def _invalid(field_name: str, value: object) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "the mail setting {field} cannot be {value}"),
        field=field_name,
        value=value,
    )


def _from_json(cls: type, data: Any) -> Any:
    if not isinstance(data, dict):
        return cls()
    known = {f.name: f for f in dataclasses.fields(cls)}
    values = {k: v for k, v in data.items() if k in known}
    if "security" in values:
        try:
            values["security"] = Security(values["security"])
        except ValueError:
            values.pop("security")
    try:
        return cls(**values)
    except TypeError:
        return cls()


def _to_json(settings: Any) -> dict[str, Any]:
    return {k: (v.value if isinstance(v, StrEnum) else v) for k, v in dataclasses.asdict(settings).items()}


class MailSettingsStore:
    """Read and write the office's mail settings and passwords."""

    def __init__(self, log: MailLog, passwords: Credentials | None = None) -> None:
        self.log = log
        self.passwords = passwords if passwords is not None else Credentials(PASSWORD_SERVICE)

    def smtp(self) -> SmtpSettings:
        return _from_json(SmtpSettings, self.log.setting(_KEYS[SmtpSettings]))  # type: ignore[no-any-return]

    def imap(self) -> ImapSettings:
        return _from_json(ImapSettings, self.log.setting(_KEYS[ImapSettings]))  # type: ignore[no-any-return]

    def reminders(self) -> ReminderSettings:
        return _from_json(ReminderSettings, self.log.setting(_KEYS[ReminderSettings]))  # type: ignore[no-any-return]

    def save(self, settings: SmtpSettings | ImapSettings | ReminderSettings) -> None:
        check(settings)
        self.log.put_setting(_KEYS[type(settings)], _to_json(settings))

    def password(self, settings: SmtpSettings | ImapSettings) -> str | None:
        return self.passwords.get(settings.password_account, settings.user) if settings.user else None

    def set_password(self, settings: SmtpSettings | ImapSettings, password: str) -> bool:
        """Keep the password; True when the OS password store took it (False: this session only)."""
        return self.passwords.set(settings.password_account, settings.user, password)


def check(settings: SmtpSettings | ImapSettings | ReminderSettings) -> None:
    """Refuse settings that cannot work, saying which field."""
    if isinstance(settings, ReminderSettings):
        for days in settings.days_before.values():
            if not isinstance(days, int) or not 0 <= days <= 60:
                raise _invalid("days_before", days)
        return
    if not 0 < settings.port < 65536:
        raise _invalid("port", settings.port)
    if any(ch.isspace() for ch in settings.host):
        raise _invalid("host", repr(settings.host))
    if isinstance(settings, SmtpSettings) and settings.sender_address and "@" not in settings.sender_address:
        raise _invalid("sender_address", repr(settings.sender_address))
