"""Confidential papers on a member's laptop, sealed: ``sealed/ab/cd/<sha256>``, each file encrypted with
AES-256-GCM under a key this folder never holds.

A sealed file is ``MAGIC · key id (16 bytes) · nonce (12 bytes) · ciphertext and tag``. The associated
data binds the format, the key id and the sha256 of the plaintext, so a file renamed to another paper's
hash, or moved under another key, does not open. Sealing checks that the plaintext has that hash (``seal``
refuses anything else), so a tag that verifies proves it: reading decrypts in memory and checks the tag
only, without hashing the plaintext a second time; nothing is written in clear. The keys come from a
``PaperKeySource`` handed in by the caller (the OS password store, kept by the sync package): storage
never sees where they live.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Protocol

from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from emeeting.domain.model import is_sha256
from emeeting.storage.blobs import _fsync_dir, write_error

MAGIC = b"EMSEAL1\n"
KEY_ID_BYTES = 16
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + KEY_ID_BYTES + NONCE_BYTES


class PaperKeySource(Protocol):
    """Where the keys of sealed papers are kept (never beside the data)."""

    def paper_key(self, key_id: bytes) -> bytes | None:
        """The key with that id, or None when it is gone (destroyed, or no password store here)."""


class SealedPaperError(StoreError):
    """A sealed paper that cannot be opened: its key is gone, or the file was altered or damaged."""


def _associated_data(key_id: bytes, sha256: str) -> bytes:
    return MAGIC + key_id + sha256.encode("ascii")


def seal(data: bytes, sha256: str, key_id: bytes, key: bytes) -> bytes:
    """The sealed form of ``data`` (whose hash is ``sha256``) under ``key``. Refuses data without that
    hash: only the key's holder can make a tag, and it makes one only for the right hash, which is what lets
    ``unseal`` trust the tag alone."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if hashlib.sha256(data).hexdigest() != sha256:
        raise _mismatch(sha256)

    nonce = secrets.token_bytes(NONCE_BYTES)  # random per file: a key seals at most a few thousand papers
    sealed = AESGCM(key).encrypt(nonce, data, _associated_data(key_id, sha256))
    return MAGIC + key_id + nonce + sealed


def unseal(sealed: bytes, sha256: str, key_for: Callable[[bytes], bytes | None]) -> bytes:
    """The plaintext of a sealed file that should hold the paper with hash ``sha256``."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < HEADER_BYTES + TAG_BYTES or not sealed.startswith(MAGIC):
        raise _altered(sha256)
    key_id = sealed[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES]
    nonce = sealed[len(MAGIC) + KEY_ID_BYTES : HEADER_BYTES]
    key = key_for(key_id)
    if key is None or len(key) != KEY_BYTES:
        raise SealedPaperError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "confidential document {sha256}… cannot be opened: its key is not in this computer's "
                "password store (access ended, or the password store is unavailable); sync again to "
                "receive it anew if you may still read it",
            ),
            sha256=sha256[:12],
        )
    try:
        data = AESGCM(key).decrypt(nonce, memoryview(sealed)[HEADER_BYTES:], _associated_data(key_id, sha256))
    except InvalidTag:
        raise _altered(sha256) from None
    # No second hash of the plaintext: the tag covers the hash in the associated data, and ``seal`` makes a
    # tag only for data that has that hash.
    return data


class SealedBlobs:
    """Sealed papers by the sha256 of their plaintext, so documents still name them by content."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "not a document hash: {sha256}"), sha256=repr(sha256)
            )
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_many(self, papers: Mapping[str, bytes], key_id: bytes, key: bytes) -> None:
        """Seal and store several papers (sha256 -> plaintext), each whole or not at all; a paper whose
        bytes do not have its hash is refused and nothing is stored. The plaintext never reaches the disk."""
        if len(key_id) != KEY_ID_BYTES or len(key) != KEY_BYTES:
            raise ValueError("a paper key is 32 bytes with a 16-byte id")
        tmp_dir = self.root / "tmp"
        written: list[tuple[Path, Path]] = []
        try:
            tmp_dir.mkdir(parents=True, exist_ok=True)
            for sha, data in papers.items():
                fd, tmp_name = tempfile.mkstemp(dir=tmp_dir)
                written.append((Path(tmp_name), self.path(sha)))
                with os.fdopen(fd, "wb") as out:
                    out.write(seal(data, sha, key_id, key))  # refused: none is put in place
                    out.flush()
                    os.fsync(out.fileno())
            for tmp, final in written:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
            for folder in {final.parent for _tmp, final in written}:
                _fsync_dir(folder)
        except OSError as e:
            raise write_error(e, self.root) from None
        finally:
            for tmp, _final in written:
                with suppress(OSError):
                    tmp.unlink(missing_ok=True)

    def key_id(self, sha256: str) -> bytes | None:
        """The id of the key a paper is sealed with (read from its file's header alone), or None when no
        sealed file of that paper is here."""
        try:
            with self.path(sha256).open("rb") as f:
                header = f.read(HEADER_BYTES)
        except OSError:
            return None
        if len(header) < HEADER_BYTES or not header.startswith(MAGIC):
            return None
        return header[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES]

    def read_bytes(self, sha256: str, keys: PaperKeySource | None) -> bytes:
        """The paper's plaintext, in memory only; SealedPaperError when its key is gone or the file was
        altered (the tag does not match: it binds the plaintext's hash)."""
        return unseal(self._read(sha256), sha256, (lambda _id: None) if keys is None else keys.paper_key)

    def looks_sealed(self, sha256: str) -> bool:
        """Whether the file is whole enough to try (its header); only the key can say more."""
        try:
            with self.path(sha256).open("rb") as f:
                head = f.read(HEADER_BYTES + TAG_BYTES)
        except OSError:
            return False
        return len(head) == HEADER_BYTES + TAG_BYTES and head.startswith(MAGIC)

    def remove(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)

    def all_hashes(self) -> Iterator[str]:
        for path in self.root.glob("??/??/*"):
            if is_sha256(path.name):
                yield path.name

    def _read(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "document {sha256}… is missing from the store"),
                sha256=sha256[:12],
            ) from None


def _mismatch(sha256: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "document content does not match its hash {sha256}…"), sha256=sha256[:12]
    )


def _altered(sha256: str) -> SealedPaperError:
    return SealedPaperError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "confidential document {sha256}… is damaged or was altered: it cannot be opened",
        ),
        sha256=sha256[:12],
    )
