"""Content-addressed document store: ``blobs/ab/cd/<sha256>``, written atomically, verified on read."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from emeeting.domain.model import is_sha256

_CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS renames are journalled
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"
        self._tmp.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "not a document hash: {sha256}"), sha256=repr(sha256)
            )
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_stream(self, source: BinaryIO, expected_sha256: str | None = None) -> str:
        """Store a stream's bytes once and return their sha256; refuse content that is not as expected."""
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "document content does not match its hash {sha256}…"),
                    sha256=expected_sha256[:12],
                )
            final = self.path(sha)
            if final.is_file() and sha256_of(final) == sha:
                return sha  # the same content is stored once (a damaged copy is replaced below)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            _fsync_dir(final.parent)
            return sha
        finally:
            tmp.unlink(missing_ok=True)

    def put_file(self, path: Path) -> str:
        with path.open("rb") as f:
            return self.put_stream(f)

    def put_bytes(self, data: bytes) -> str:
        return self.put_stream(io.BytesIO(data), hashlib.sha256(data).hexdigest())

    def read_bytes(self, sha256: str) -> bytes:
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise _missing(sha256) from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise _damaged(sha256)
        return data

    def verified_path(self, sha256: str) -> Path:
        """The blob's file after checking its content; for viewers that need a path."""
        path = self.path(sha256)
        if not path.is_file():
            raise _missing(sha256)
        if sha256_of(path) != sha256:
            raise _damaged(sha256)
        return path

    def open(self, sha256: str) -> BinaryIO:
        return self.verified_path(sha256).open("rb")

    def copy_to(self, sha256: str, dest: Path) -> None:
        with self.open(sha256) as src, dest.open("wb") as out:
            shutil.copyfileobj(src, out, _CHUNK)

    def all_hashes(self) -> Iterator[str]:
        for path in self.root.glob("??/??/*"):
            if is_sha256(path.name):
                yield path.name


def _missing(sha256: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "document {sha256}… is missing from the store"), sha256=sha256[:12]
    )


def _damaged(sha256: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "document {sha256}… is damaged (its content no longer matches its hash)"),
        sha256=sha256[:12],
    )
