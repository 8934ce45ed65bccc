"""Storing an attached file's content: the file's own trouble rejects that file with what happened to it;
the store's trouble is never blamed on the file (see tests/e2e/test_full_disk.py for a full disk)."""

from __future__ import annotations

from pathlib import Path

from emeeting.domain.errors import RejectedFileError
from emeeting.intake.inspect import Inspected, inspect_files
from emeeting.services.container import Services
from tests.services.conftest import pdf_bytes


def inspected(path: Path) -> Inspected:
    (found,) = inspect_files([path])
    assert isinstance(found, Inspected), found
    return found


def test_a_file_gone_after_its_check_is_rejected_as_vanished(services: Services, tmp_path: Path) -> None:
    pdf = tmp_path / "วาระ.pdf"
    pdf.write_bytes(pdf_bytes(2))
    found = inspected(pdf)
    pdf.unlink()

    refused = services.documents._store_content(found)

    assert isinstance(refused, RejectedFileError)
    assert str(refused) == "วาระ.pdf: the file vanished while it was being read"
    assert list(services.store.blobs.all_hashes()) == []


def test_a_file_changed_after_its_check_is_rejected_as_changed(services: Services, tmp_path: Path) -> None:
    pdf = tmp_path / "วาระ.pdf"
    pdf.write_bytes(pdf_bytes(2))
    found = inspected(pdf)
    pdf.write_bytes(pdf_bytes(3))

    refused = services.documents._store_content(found)

    assert str(refused) == "วาระ.pdf: the file changed or vanished while reading"
    assert list(services.store.blobs.all_hashes()) == []
