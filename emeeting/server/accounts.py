"""Users, roles and devices: what ``emeeting server user …`` does, and the sessions the API checks."""

from __future__ import annotations

import time
import uuid
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib.resources import files

from sqlalchemy import Connection, delete, insert, or_, select, update

from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from emeeting.server.access import SECRETARY_ROLES, Caller
from emeeting.server.auth import Passwords, new_token, new_totp_secret, token_hash, totp_step
from emeeting.server.feed import ApiError, now_text
from emeeting.server.storage import (
    Database,
    calendar_feeds,
    devices,
    policies,
    secretary_committees,
    users,
)
from emeeting.storage.codec import datetime_from_db, datetime_to_db

ROLES = ("admin", "secretary", "member")
MIN_PASSWORD_LENGTH = 12
DEFAULT_OFFLINE_DAYS = 14


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    person_id: str | None
    committees: tuple[str, ...]
    disabled: bool
    totp: bool
    devices: tuple[tuple[str, str, str, bool], ...]  # id, name, expires_at, revoked


class Accounts:
    def __init__(self, db: Database, passwords: Passwords) -> None:
        self.db = db
        self.passwords = passwords
        self.common_passwords = _common_passwords()

    # ------------------------------------------------------------------------------------- admin

    def add_user(
        self,
        name: str,
        password: str,
        role: str,
        *,
        person_id: str | None = None,
        committees: tuple[str, ...] = (),
        totp: bool = False,
    ) -> str | None:
        """Create a user; returns the TOTP secret when a second factor was asked for."""
        name = name.strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a user needs a name"))
        if role not in ROLES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "no role {role}"), role=repr(role))
        if committees and role not in SECRETARY_ROLES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "only secretaries and admins keep committees"))
        if totp and role not in SECRETARY_ROLES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "a second factor is for admins and secretaries")
            )
        self._check_password(password)
        secret = new_totp_secret() if totp else None
        with self.db.write() as conn:
            if conn.execute(select(users.c.id).where(users.c.name == name)).first() is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "user {name} already exists"), name=name)
            user_id = str(uuid.uuid4())
            conn.execute(
                insert(users).values(
                    id=user_id,
                    name=name,
                    password_hash=self.passwords.hash(password),
                    role=role,
                    person_id=person_id,
                    disabled=False,
                    totp_secret=secret,
                    scope_serial=0,
                    created_at=now_text(),
                )
            )
            for committee in dict.fromkeys(committees):
                conn.execute(insert(secretary_committees).values(user_id=user_id, committee_id=committee))
        return secret

    def set_disabled(self, name: str, disabled: bool) -> None:
        """Disabling ends every session of the user at once (each request checks the user row) and their
        calendar feed: enabled again, they ask for a new address."""
        with self.db.write() as conn:
            user_id = self._user_id(conn, name)
            conn.execute(update(users).where(users.c.id == user_id).values(disabled=disabled))
            if disabled:
                conn.execute(update(devices).where(devices.c.user_id == user_id).values(revoked=True))
                conn.execute(delete(calendar_feeds).where(calendar_feeds.c.user_id == user_id))

    def reset_password(self, name: str, password: str) -> None:
        """A new password ends the user's sessions: whoever knew the old one is logged out."""
        self._check_password(password)
        with self.db.write() as conn:
            user_id = self._user_id(conn, name)
            conn.execute(
                update(users).where(users.c.id == user_id).values(password_hash=self.passwords.hash(password))
            )
            conn.execute(update(devices).where(devices.c.user_id == user_id).values(revoked=True))

    def revoke_device(self, device_id: str) -> None:
        with self.db.write() as conn:
            done = conn.execute(
                update(devices).where(devices.c.id == device_id).values(revoked=True)
            ).rowcount
        if not done:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no device {device}"), device=repr(device_id))

    def set_policy(self, committee_id: str, *, offline_days: int, allow_top_secret: bool) -> None:
        """A policy changes what devices may hold: every device takes it with a full pull."""
        with self.db.write() as conn:
            conn.execute(update(users).values(scope_serial=users.c.scope_serial + 1))
            conn.execute(delete(policies).where(policies.c.committee_id == committee_id))
            conn.execute(
                insert(policies).values(
                    committee_id=committee_id, offline_days=offline_days, allow_top_secret=allow_top_secret
                )
            )

    def list_users(self) -> list[UserInfo]:
        with self.db.read() as conn:
            committees: dict[str, list[str]] = {}
            for row in conn.execute(select(secretary_committees)):
                committees.setdefault(row.user_id, []).append(row.committee_id)
            owned: dict[str, list[tuple[str, str, str, bool]]] = {}
            for row in conn.execute(select(devices).order_by(devices.c.created_at)):
                owned.setdefault(row.user_id, []).append((row.id, row.name, row.expires_at, row.revoked))
            return [
                UserInfo(
                    row.name,
                    row.role,
                    row.person_id,
                    tuple(sorted(committees.get(row.id, ()))),
                    row.disabled,
                    row.totp_secret is not None,
                    tuple(owned.get(row.id, ())),
                )
                for row in conn.execute(select(users).order_by(users.c.name))
            ]

    def _check_password(self, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "a password needs at least {count} characters"),
                count=MIN_PASSWORD_LENGTH,
            )
        if password.strip().casefold() in self.common_passwords:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "this password is one of the most common ones: choose another")
            )

    def _user_id(self, conn: Connection, name: str) -> str:
        user_id = conn.execute(select(users.c.id).where(users.c.name == name)).scalar()
        if user_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no user {name}"), name=repr(name))
        return str(user_id)

    # ---------------------------------------------------------------------------------- sessions

    def login(
        self, name: str, password: str, device: str, totp: str | None, lifetime: timedelta
    ) -> tuple[str, str, str]:
        """Check the credentials; returns (token, device id, expiry). Raises ApiError 401 when wrong."""
        with self.db.read() as conn:
            user = conn.execute(select(users).where(users.c.name == name)).first()
        if not self.passwords.verify(None if user is None else user.password_hash, password) or user is None:
            raise ApiError(401, "invalid_credentials", "wrong user name or password")
        if user.disabled:
            raise ApiError(401, "user_disabled", "this user is disabled")
        if user.totp_secret is not None:
            if not totp:
                raise ApiError(401, "totp_required", "enter the code from your authenticator app")
            step = totp_step(user.totp_secret, totp, time.time())
            if step is None or not self._use_totp_step(user.id, step):
                raise ApiError(401, "invalid_credentials", "wrong authenticator code")
        token, device_id = new_token(), str(uuid.uuid4())
        now = datetime.now(UTC)
        expires = datetime_to_db(now + lifetime)
        with self.db.write() as conn:
            conn.execute(
                insert(devices).values(
                    id=device_id,
                    user_id=user.id,
                    name=device,
                    token_hash=token_hash(token),
                    created_at=datetime_to_db(now),
                    expires_at=expires,
                    revoked=False,
                    scope="",
                    scope_serial=user.scope_serial,
                    # What the evidence of a check-in says of how the member proved who they were.
                    verified_by="password" if user.totp_secret is None else "password+totp",
                )
            )
        return token, device_id, expires

    def _use_totp_step(self, user_id: str, step: int) -> bool:
        """Record ``step`` as used unless it or a later one already was: a code overheard or replayed
        within its half minute does not log in a second time (checked and recorded in one statement)."""
        with self.db.write() as conn:
            used = conn.execute(
                update(users)
                .where(
                    users.c.id == user_id,
                    or_(users.c.totp_last_step.is_(None), users.c.totp_last_step < step),
                )
                .values(totp_last_step=step)
            ).rowcount
        return bool(used)

    def logout(self, device_id: str) -> None:
        with self.db.write() as conn:
            conn.execute(update(devices).where(devices.c.id == device_id).values(revoked=True))

    def authenticate(self, token: str, conn: Connection | None = None) -> tuple[Caller, tuple[str, bool]]:
        """The caller behind a bearer token, and its device's scope; ApiError 401 when it is not valid.

        Checked on every request (a disabled user or revoked device is out at once), in the request's own
        read transaction when it has one.
        """
        with nullcontext(conn) if conn is not None else self.db.read() as conn:
            row = conn.execute(
                select(
                    devices.c.id.label("device_id"),
                    devices.c.expires_at,
                    devices.c.revoked,
                    devices.c.scope,
                    devices.c.scope_serial.label("device_serial"),
                    users.c.id.label("user_id"),
                    users.c.name,
                    users.c.role,
                    users.c.person_id,
                    users.c.disabled,
                    users.c.scope_serial,
                )
                .join(users, users.c.id == devices.c.user_id)
                .where(devices.c.token_hash == token_hash(token))
            ).first()
            if row is None:
                raise ApiError(401, "invalid_token", "log in again")
            if row.disabled:
                raise ApiError(401, "user_disabled", "this user is disabled")
            if row.revoked:
                raise ApiError(401, "device_revoked", "this device was logged out or revoked")
            if datetime_from_db(row.expires_at) <= datetime.now(UTC):
                raise ApiError(401, "token_expired", "the login expired: log in again")
            committees: frozenset[str] = frozenset()
            if row.role in SECRETARY_ROLES:
                committees = frozenset(
                    conn.execute(
                        select(secretary_committees.c.committee_id).where(
                            secretary_committees.c.user_id == row.user_id
                        )
                    ).scalars()
                )
        caller = Caller(row.user_id, row.name, row.role, row.person_id, committees, row.device_id)
        return caller, (row.scope, row.device_serial == row.scope_serial)

    def policies_for(self, committee_ids: set[str]) -> list[tuple[str, int, bool]]:
        with self.db.read() as conn:
            found = {
                row.committee_id: (row.offline_days, row.allow_top_secret)
                for row in conn.execute(
                    select(policies).where(policies.c.committee_id.in_(list(committee_ids)))
                )
            }
        return [(c, *found.get(c, (DEFAULT_OFFLINE_DAYS, False))) for c in sorted(committee_ids)]


def _common_passwords() -> frozenset[str]:
    """The list that ships with the server (common-passwords.txt), case-folded."""
    text = files("emeeting.server").joinpath("common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line and not line.startswith("#")
    )
