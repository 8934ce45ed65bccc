"""A file written whole or not at all: a temporary file beside the destination, flushed to disk, then
renamed onto it. Standard library and domain errors only, so every package may use it (the domain itself
does no I/O)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError


@contextmanager
def atomic_file(dest: Path) -> Iterator[Path]:
    """A temporary path beside ``dest`` to write to. When the block ends normally the file is fsynced and
    renamed onto ``dest``; when it raises, the file is removed and ``dest`` is left as it was. File system
    failures raise ``OSError`` (see ``cannot_write``)."""
    dest = Path(dest)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def cannot_write(dest: Path, error: OSError) -> StoreError:
    """The user's message for a file that could not be written."""
    return StoreError(
        QT_TRANSLATE_NOOP("Errors", "cannot write {dest}: {reason}"),
        dest=dest,
        reason=error.strerror or error,
    )
