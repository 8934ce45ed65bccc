"""The storage tests make every store through the migrations, as the app does (see ``migrations``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emeeting.storage import store as store_module


@pytest.fixture(autouse=True)
def stores_made_by_the_migrations(
    monkeypatch: pytest.MonkeyPatch, migrations: Callable[[Path], None]
) -> None:
    monkeypatch.setattr(store_module, "_upgrade", migrations)
