"""A real store in tmp_path, migrated to head and closed at teardown."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from emeeting.storage.store import Store

# Keep Hypothesis's example database out of the checkout (see tests/domain/conftest.py).
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "emeeting-hypothesis")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = Store.open(data_dir, actor="secretary")
    try:
        yield opened
    finally:
        opened.close()
