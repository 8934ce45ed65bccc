"""Content-addressed document store: ``blobs/ab/cd/<sha256>``, written atomically, verified on read."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, StoreError
from emeeting.domain.model import is_sha256

_CHUNK = 1 << 20
# Up to this many documents stored together are flushed one by one rather than by a flush of everything.
_FEW_FILES = 4


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BlobWriteError(StoreError):
    """The store could not write a document's content (a full disk, no permission): not the source's fault."""


NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT})
NO_PERMISSION = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def no_space_error(folder: Path) -> BlobWriteError:
    """The disk holding ``folder`` is full (ENOSPC, or SQLite's "disk I/O error"): say so, and what to do."""
    return BlobWriteError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "no space left on the disk holding {folder}: free space and try again; nothing was changed",
        ),
        folder=folder,
    )


def write_error(error: OSError, folder: Path) -> BlobWriteError:
    """Why the store could not write in ``folder``, with what to do about it."""
    if error.errno in NO_SPACE:
        return no_space_error(folder.parent)  # the data folder: the disk is the whole store's
    if error.errno in NO_PERMISSION:
        return BlobWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "cannot write documents in {folder}: permission denied (or a read-only disk); nothing was "
                "changed: ask for permission to write there",
            ),
            folder=folder,
        )
    return BlobWriteError(
        QT_TRANSLATE_NOOP("Errors", "cannot write documents in {folder}: {reason}; nothing was changed"),
        folder=folder,
        reason=error.strerror or error,
    )


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
        """Store a stream's bytes once and return their sha256; refuse content that is not as expected.

        An OSError comes from reading ``source``; the store's own failures to write (a full disk, no
        permission) are BlobWriteError, which says what to do."""
        digest = hashlib.sha256()
        try:
            fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
        except OSError as e:
            raise write_error(e, self.root) from None
        tmp = Path(tmp_name)
        try:
            out = os.fdopen(fd, "wb")
            try:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    _write(out, chunk, self.root)
                try:
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as e:
                    raise write_error(e, self.root) from None
            finally:
                with suppress(OSError):  # what is still buffered after a failed write is discarded
                    out.close()
            sha = digest.hexdigest()
            if expected_sha256 is not None and sha != expected_sha256:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "document content does not match its hash {sha256}…"),
                    sha256=expected_sha256[:12],
                )
            final = self.path(sha)
            if final.is_file() and sha256_of(final) == sha:
                return sha  # the same content is stored once (a damaged copy is replaced below)
            try:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, final)
                _fsync_dir(final.parent)
            except OSError as e:
                raise write_error(e, self.root) from None
            return sha
        finally:
            with suppress(OSError):  # on a read-only disk even this may fail; the error above says why
                tmp.unlink(missing_ok=True)

    def put_file(self, path: Path) -> str:
        with path.open("rb") as f:
            return self.put_stream(f)

    def put_bytes(self, data: bytes) -> str:
        return self.put_stream(io.BytesIO(data), hashlib.sha256(data).hexdigest())

    def put_many(self, blobs: Mapping[str, bytes]) -> None:
        """Store several documents (sha256 -> bytes), each whole or not at all, refusing any whose bytes do
        not have its hash; nothing is stored then.

        For the thousands of small documents of a first sync: the disk is flushed twice for all of them,
        not twice per file (written to temporary files, flushed, moved into place, flushed again). After a
        crash each one is in place whole or not there. Only Linux's flush of everything waits until the data
        is on disk; elsewhere (macOS returns early, Windows has none), and for a few files (a flush of
        everything also waits for whatever else the computer has to write), each file is flushed on its
        own, as ``put_stream`` does."""
        for sha, data in blobs.items():
            if hashlib.sha256(data).hexdigest() != sha:
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "document content does not match its hash {sha256}…"),
                    sha256=sha[:12],
                )
        flush_all = os.sync if sys.platform.startswith("linux") and len(blobs) > _FEW_FILES else None
        written: list[tuple[Path, Path]] = []
        try:
            for sha, data in blobs.items():
                final = self.path(sha)
                if final.is_file() and sha256_of(final) == sha:
                    continue
                try:
                    fd, tmp_name = tempfile.mkstemp(dir=self._tmp)
                except OSError as e:
                    raise write_error(e, self.root) from None
                written.append((Path(tmp_name), final))
                try:
                    with os.fdopen(fd, "wb") as out:
                        out.write(data)
                        if flush_all is None:
                            os.fsync(out.fileno())
                except OSError as e:
                    raise write_error(e, self.root) from None
            try:
                if flush_all is not None:
                    flush_all()
                for tmp, final in written:
                    final.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(tmp, final)
                if flush_all is not None:
                    flush_all()
                else:
                    for folder in {final.parent for _tmp, final in written}:
                        _fsync_dir(folder)
            except OSError as e:
                raise write_error(e, self.root) from None
        finally:
            for tmp, _final in written:
                with suppress(OSError):
                    tmp.unlink(missing_ok=True)

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


def _write(out: BinaryIO, chunk: bytes, root: Path) -> None:
    try:
        out.write(chunk)
    except OSError as e:
        raise write_error(e, root) from None


def _missing(sha256: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "document {sha256}… is missing from the store"), sha256=sha256[:12]
    )


def _damaged(sha256: str) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "document {sha256}… is damaged (its content no longer matches its hash)"),
        sha256=sha256[:12],
    )
