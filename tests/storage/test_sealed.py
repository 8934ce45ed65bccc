"""The sealed-file format on its own: the tag alone proves a sealed file holds the paper its name says,
because only data with that hash is ever sealed."""

from __future__ import annotations

import hashlib

import pytest

from emeeting.domain.errors import StoreError
from emeeting.storage.sealed import (
    HEADER_BYTES,
    KEY_BYTES,
    KEY_ID_BYTES,
    MAGIC,
    SealedPaperError,
    seal,
    unseal,
)

KEY, KEY_ID = bytes(range(KEY_BYTES)), bytes(KEY_ID_BYTES)
PAPER = b"%PDF-1.7\n" + "ข้อเสนอราคาลับ SECRET-PRICE-991".encode() * 50
SHA = hashlib.sha256(PAPER).hexdigest()


def test_only_data_with_its_hash_is_sealed() -> None:
    other = hashlib.sha256(b"another paper").hexdigest()
    with pytest.raises(StoreError, match="does not match its hash"):
        seal(PAPER, other, KEY_ID, KEY)
    assert unseal(seal(PAPER, SHA, KEY_ID, KEY), SHA, lambda _kid: KEY) == PAPER


def test_the_tag_binds_the_hash_key_id_and_content() -> None:
    sealed = seal(PAPER, SHA, KEY_ID, KEY)
    other = hashlib.sha256(b"another paper").hexdigest()
    with pytest.raises(SealedPaperError, match="damaged or was altered"):
        unseal(sealed, other, lambda _kid: KEY)  # renamed to another paper's hash
    moved = MAGIC + bytes([1]) * KEY_ID_BYTES + sealed[len(MAGIC) + KEY_ID_BYTES :]
    with pytest.raises(SealedPaperError, match="damaged or was altered"):
        unseal(moved, SHA, lambda _kid: KEY)  # claimed under another key id
    for at in (HEADER_BYTES - 1, HEADER_BYTES + 5, len(sealed) - 1):  # nonce, ciphertext, tag
        altered = bytearray(sealed)
        altered[at] ^= 0x01
        with pytest.raises(SealedPaperError, match="damaged or was altered"):
            unseal(bytes(altered), SHA, lambda _kid: KEY)
