"""Annotations on confidential papers, sealed in the database of a member's laptop like the papers.

What a reader wrote or marked on a paper sealed here (its quoted text, its note, where it is on the page) is
stored encrypted with the paper's own key: AES-256-GCM, each field on its own, bound to the annotation's id,
the field's name and the key's id, as ``emseal1:`` and the base64 of key id · nonce · ciphertext and tag.
Everything that writes an annotation's row goes through ``NoteSealer.seal`` (the repository, the sync's
rows, shadows and pushes awaiting their answer) and everything that reads one through ``open``, so the
services only ever see the clear values, in memory. When the key is gone (a revoke, an offline expiry) the
fields cannot be opened: the annotation reads as empty (``UNREADABLE``), to be listed and removed, never a
crash.

Which key: the key of the paper's sealed file (its header names the key's id, the password store holds
the key), or, while a sync receives papers not yet sealed here, the key the sync will seal them with
(``sealing_keys``, installed by the sync for its run). A paper held in clear gets annotations in clear.
"""

from __future__ import annotations

import base64
import secrets
import sqlite3
from collections.abc import Callable, Mapping
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP
from emeeting.domain.model import is_sha256
from emeeting.storage.sealed import (
    KEY_BYTES,
    KEY_ID_BYTES,
    NONCE_BYTES,
    PaperKeySource,
    SealedBlobs,
    SealedPaperError,
)

SEALED_FIELDS = ("quote", "text", "geometry")
PREFIX = "emseal1:"
# What a sealed annotation reads as when its key is gone: nothing of what it said, a valid empty place.
UNREADABLE: Mapping[str, str] = {"quote": "", "text": "", "geometry": "[]"}
_AD = b"EMNOTE1\n"

# (connection, document id) -> (key id, key) for a paper that is to be sealed here, or None.
SealingKeys = Callable[[sqlite3.Connection, str], "tuple[bytes, bytes] | None"]


def is_sealed_value(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _associated(note_id: str, field: str, key_id: bytes) -> bytes:
    return _AD + note_id.encode() + b"\n" + field.encode() + b"\n" + key_id


def _cipher(key: bytes) -> tuple[bytes, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return key, AESGCM(key)


def seal_value(value: str, note_id: str, field: str, key_id: bytes, cipher: Any) -> str:
    """``cipher``: the AESGCM of the key with id ``key_id``."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealed = cipher.encrypt(nonce, value.encode(), _associated(note_id, field, key_id))
    return PREFIX + base64.b64encode(key_id + nonce + sealed).decode("ascii")


def open_value(value: str, note_id: str, field: str, cipher_for: Callable[[bytes], Any | None]) -> str | None:
    """The clear value, or None when it cannot be opened (its key is gone, or it was altered).
    ``cipher_for(key_id)``: the AESGCM of that key, or None."""
    from cryptography.exceptions import InvalidTag

    try:
        raw = base64.b64decode(value[len(PREFIX) :], validate=True)
    except ValueError:
        return None
    key_id = raw[:KEY_ID_BYTES]
    nonce, sealed = raw[KEY_ID_BYTES : KEY_ID_BYTES + NONCE_BYTES], raw[KEY_ID_BYTES + NONCE_BYTES :]
    cipher = cipher_for(key_id) if len(key_id) == KEY_ID_BYTES else None
    if cipher is None:
        return None
    try:
        return str(cipher.decrypt(nonce, sealed, _associated(note_id, field, key_id)).decode())
    except (InvalidTag, ValueError):
        return None


# key id -> (key, its AESGCM), or None: no key. Kept for one transaction (a repository's, a sync state's),
# so that the password store is asked once per key and transaction, never held longer: a destroyed key
# stops opening what it sealed at once.
Ciphers = dict[bytes, "tuple[bytes, Any] | None"]


class NoteSealer:
    """Seals and opens the content fields of annotation rows (field name -> stored value) of one store."""

    def __init__(self, sealed: SealedBlobs, is_sealed: Callable[[str], bool]) -> None:
        self._sealed = sealed
        self._is_sealed = is_sealed  # the store's: a paper sealed here (by its sha256)
        self.keys: PaperKeySource | None = None  # the composition root's (Services) password store
        self.sealing_keys: SealingKeys | None = None  # a running sync's, for papers not sealed yet

    def seal(
        self,
        conn: sqlite3.Connection,
        data: Mapping[str, Any],
        ciphers: Ciphers | None = None,
        *,
        made_here: bool = False,
    ) -> dict[str, Any]:
        """The row as it is stored: its content sealed when its paper is sealed (or to be) here.
        ``made_here``: a reader's own write on this computer (the repository's), not a received row."""
        out = dict(data)
        if not any(isinstance(data.get(f), str) and not is_sealed_value(data.get(f)) for f in SEALED_FIELDS):
            return out
        ciphers = {} if ciphers is None else ciphers
        found = self._key(conn, data, ciphers, made_here=made_here)
        if found is None:
            return out
        key_id, key = found
        if ciphers.get(key_id) is None:
            ciphers[key_id] = _cipher(key)
        cipher = ciphers[key_id]
        assert cipher is not None
        for field in SEALED_FIELDS:
            value = data.get(field)
            if isinstance(value, str) and not is_sealed_value(value):
                out[field] = seal_value(value, str(data["id"]), field, key_id, cipher[1])
        return out

    def open(self, data: Mapping[str, Any], ciphers: Ciphers | None = None) -> dict[str, Any]:
        """The row with its content in clear (in memory); UNREADABLE values when its key is gone."""
        out = dict(data)
        if not any(is_sealed_value(data.get(f)) for f in SEALED_FIELDS):
            return out
        ciphers = {} if ciphers is None else ciphers

        def cipher_for(key_id: bytes) -> Any | None:
            found = self._paper_key(key_id, ciphers)
            return None if found is None else found[1]

        for field in SEALED_FIELDS:
            value = data.get(field)
            if is_sealed_value(value):
                opened = open_value(str(value), str(data["id"]), field, cipher_for)
                out[field] = UNREADABLE[field] if opened is None else opened
        return out

    def _paper_key(self, key_id: bytes, ciphers: Ciphers) -> tuple[bytes, Any] | None:
        if key_id not in ciphers:
            key = None if self.keys is None else self.keys.paper_key(key_id)
            ciphers[key_id] = _cipher(key) if key is not None and len(key) == KEY_BYTES else None
        return ciphers[key_id]

    def _key(
        self, conn: sqlite3.Connection, data: Mapping[str, Any], ciphers: Ciphers, *, made_here: bool = False
    ) -> tuple[bytes, bytes] | None:
        document_id = data.get("document_id")
        if not document_id:
            return None  # a note on an agenda item: on no paper
        if self.sealing_keys is not None:
            try:
                found = self.sealing_keys(conn, str(document_id))
            except SealedPaperError:
                if not made_here:
                    raise  # the sync's own message: such annotations are not downloaded
                # A mark made here while a sync runs: what it says of downloads would mislead.
                raise SealedPaperError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this annotation cannot be stored: annotations on confidential papers (ลับ and "
                        "above) are kept on this computer only encrypted, with their key in a password "
                        "store, and no password store is usable here",
                    )
                ) from None
            if found:
                return found
        row = conn.execute("SELECT sha256 FROM documents WHERE id = ?", [document_id]).fetchone()
        for sha in (row[0] if row else None, data.get("sha256")):
            if not isinstance(sha, str) or not is_sha256(sha):
                continue
            if not self._is_sealed(sha):
                continue
            key_id = self._sealed.key_id(sha)
            cached = None if key_id is None else self._paper_key(key_id, ciphers)
            if key_id is None or cached is None:
                # Sealed here but its key is gone: nothing on it may be stored, in clear least of all.
                raise SealedPaperError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "an annotation on confidential document {sha256}… cannot be stored: the document's "
                        "key is not in this computer's password store; sync again to receive it anew if "
                        "you may still read it",
                    ),
                    sha256=sha[:12],
                )
            return key_id, cached[0]
        return None
