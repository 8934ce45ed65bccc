"""Passwords and login tokens in the operating system's password store (``keyring``), never in SQLite or
settings: the sync server's login tokens, the mail server's password.

Without a usable password store (no backend, the ``fail`` backend, or one that errors) the token is kept
in this object only, for the session, and ``unavailable`` says why in words the user can read.
keyring is imported on first use, never on the GUI's start-up path.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError

SERVICE = "emeeting"


class KeyringUnavailable(EmeetingError):
    """Not a failure: the login works, but only until the program ends."""


def _unavailable(reason: object) -> KeyringUnavailable:
    return KeyringUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "no password store (keyring backend) is usable on this computer: server passwords are kept "
            "for this session only, and asked for again after a restart ({reason})",
        ),
        reason=reason,
    )


def usable_keyring() -> tuple[Any | None, object]:
    """The OS password store when one is usable, else None and why not (the error, or the backend that
    keeps nothing: keyring's ``fail`` or ``null``, or none of a chain's backends with a priority)."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
        chosen = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
        usable = [b for b in chosen if not isinstance(b, fail.Keyring | null.Keyring) and b.priority > 0]
    except Exception as error:  # a backend that breaks while being chosen is no password store
        return None, error
    if not usable:
        return None, type(backend).__module__ + "." + type(backend).__name__
    return backend, ""


def account(server: str, user: str) -> str:
    return f"{user}@{server.rstrip('/')}"


class Credentials:
    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}
        self.unavailable: KeyringUnavailable | None = None
        self._checked = False

    def _backend(self) -> object | None:
        """The usable keyring backend, or None (and ``unavailable`` set)."""
        backend, why_not = usable_keyring()
        if backend is None:
            self.unavailable = _unavailable(why_not)
        return backend

    def check(self) -> KeyringUnavailable | None:
        """None when tokens are kept across sessions; otherwise why not."""
        if not self._checked:
            self._checked = True
            self._backend()
        return self.unavailable

    def get(self, server: str, user: str) -> str | None:
        key = account(server, user)
        if key in self._session:
            return self._session[key]
        if self.check() is not None:
            return None
        try:
            import keyring

            return keyring.get_password(self.service, key)
        except Exception as error:  # a locked or broken store: as if there were none
            self.unavailable = _unavailable(error)
            return None

    def set(self, server: str, user: str, token: str) -> bool:
        """Keep the token; True when it outlives this session (the OS password store took it)."""
        key = account(server, user)
        if self.check() is None:
            try:
                import keyring

                keyring.set_password(self.service, key, token)
                self._session.pop(key, None)
                return True
            except Exception as error:
                self.unavailable = _unavailable(error)
        self._session[key] = token
        return False

    def delete(self, server: str, user: str) -> None:
        key = account(server, user)
        self._session.pop(key, None)
        if self.check() is None:
            try:
                import keyring
                from keyring.errors import PasswordDeleteError

                with suppress(PasswordDeleteError):  # there was none
                    keyring.delete_password(self.service, key)
            except Exception as error:
                self.unavailable = _unavailable(error)
