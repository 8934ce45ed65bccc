"""The keys of sealed confidential papers, one per server account and committee, in the OS password store.

A key is 32 random bytes made the first time a member's laptop receives a confidential paper of that
committee from that server, kept in the password store (``keyring``) under its id, and destroyed when
access ends (revoked device, disabled user: every committee's) or when a committee's offline limit passes
(that committee's). Never in the data folder, never in settings; without a usable password store no key
is made and confidential papers are not downloaded (``unavailable`` says why). A key per committee lets an
expiry close one committee's papers while the rest stay readable. keyring is imported on first use.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterable
from contextlib import suppress
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP
from emeeting.services.credentials import KeyringUnavailable, account, usable_keyring
from emeeting.storage.sealed import KEY_BYTES, KEY_ID_BYTES

SERVICE = "emeeting-paper-keys"


def _unavailable(reason: object) -> KeyringUnavailable:
    return KeyringUnavailable(
        QT_TRANSLATE_NOOP(
            "Errors",
            "no password store (keyring backend) is usable on this computer, so confidential papers "
            "(ลับ and above) are not downloaded: they are kept on a laptop only encrypted, with the key in "
            "the password store ({reason})",
        ),
        reason=reason,
    )


def key_id(server: str, user: str, committee_id: str) -> bytes:
    """The id a committee's key has for one server account (a hash: the names are not needed to read)."""
    return hashlib.sha256(f"{account(server, user)}\n{committee_id}".encode()).digest()[:KEY_ID_BYTES]


def _decoded(stored: str | None) -> bytes | None:
    """A key as the password store keeps it (base64), or None: absent, or not a key."""
    if stored is None:
        return None
    try:
        key = base64.b64decode(stored, validate=True)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


class PaperKeys:
    """``backend``: a keyring backend to use instead of the system's (tests); the system's otherwise."""

    def __init__(self, backend: Any | None = None, service: str = SERVICE) -> None:
        self.service = service
        self._given = backend
        self.unavailable: KeyringUnavailable | None = None

    def _store(self) -> Any | None:
        """The usable password store, or None (``unavailable`` then says why)."""
        if self._given is not None:
            return self._given
        backend, why_not = usable_keyring()
        if backend is None:
            self.unavailable = _unavailable(why_not)
        return backend

    def usable(self) -> bool:
        """Whether a password store can keep keys here (``unavailable`` says why not)."""
        return self._store() is not None

    def paper_key(self, key_id: bytes) -> bytes | None:
        store = self._store()
        return None if store is None else self._read(store, key_id)[0]

    def _read(self, store: Any, key_id: bytes) -> tuple[bytes | None, bool]:
        """(the key, whether the store answered): a store that failed to answer may still hold a key."""
        try:
            stored = store.get_password(self.service, key_id.hex())
        except Exception as error:  # a locked or broken store: as if there were no key
            self.unavailable = _unavailable(error)
            return None, False
        return _decoded(stored), True

    def key_for(self, server: str, user: str, committee_id: str) -> tuple[bytes, bytes] | None:
        """(key id, key) for sealing this committee's papers from this account, made on first use; None
        when no password store can keep it (then nothing may be sealed, nor stored in clear)."""
        kid = key_id(server, user, committee_id)
        store = self._store()
        if store is None:
            return None
        existing, answered = self._read(store, kid)
        if existing is not None:
            return kid, existing
        if not answered:  # a new key over one the store failed to read would lock out all it sealed
            return None
        key = secrets.token_bytes(KEY_BYTES)
        try:
            store.set_password(self.service, kid.hex(), base64.b64encode(key).decode("ascii"))
            kept = self.paper_key(kid)  # a store that accepts and forgets is no store
        except Exception as error:
            self.unavailable = _unavailable(error)
            return None
        if kept != key:
            self.unavailable = self.unavailable or _unavailable("the key was not kept")
            return None
        return kid, key

    def destroy(self, server: str, user: str, committees: Iterable[str]) -> None:
        """Forget these committees' keys of this account: what they sealed can no longer be read."""
        store = self._store()
        if store is None:
            return
        for committee_id in committees:
            with suppress(Exception):  # there was none (PasswordDeleteError), or the store is locked
                store.delete_password(self.service, key_id(server, user, committee_id).hex())
