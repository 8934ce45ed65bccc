"""A sealed confidential paper in the documents pane: shown from its bytes decrypted in memory, with no
copy for the system viewer; an altered sealed file is a message in the viewer, not a crash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.storage.store import Store
from emeeting.sync.paper_keys import PaperKeys
from emeeting.ui.documents.documents_pane import DocumentsPane
from emeeting.ui.widgets.task_runner import ChangeBus, TaskRunner
from emeeting.ui.widgets.undo import UndoHistory
from tests.services.conftest import pdf_bytes
from tests.sync.conftest import MemoryKeyring
from tests.ui.context_helpers import ui_context
from tests.ui.test_documents_pane import WAIT, Meeting


@pytest.fixture
def keys() -> PaperKeys:
    return PaperKeys(MemoryKeyring())


@pytest.fixture
def services(store: Store, keys: PaperKeys) -> Iterator[Services]:
    yield Services(store, paper_keys=keys)
    assert store.check() == []


@pytest.fixture
def pane(
    qtbot: QtBot, services: Services, runner: TaskRunner, bus: ChangeBus, settings: QSettings
) -> Iterator[DocumentsPane]:
    widget = DocumentsPane(
        ui_context(services, runner, bus, UndoHistory(runner, bus, services.steps), settings)
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    runner.wait_idle(WAIT)


def sealed_papers(services: Services, keys: PaperKeys, folder: Path) -> tuple[Meeting, list[m.Document]]:
    """Two papers on item 4.1, stored sealed as a member's laptop keeps them (no file in clear)."""
    meeting = Meeting(services)
    folder.mkdir()
    paths = []
    for name, pages in (("annex", 3), ("price", 2)):
        path = folder / f"{name}.pdf"
        path.write_bytes(pdf_bytes(pages, marker=name))
        paths.append(path)
    documents = list(services.documents.attach(meeting.id, meeting.item.id, paths).attached)
    found = keys.key_for("https://emeeting.example.go.th", "alice", "committee")
    assert found is not None
    for document in documents:
        data = services.store.blobs.read_bytes(document.sha256)
        services.store.sealed.put_many({document.sha256: data}, *found)
        services.store.blobs.path(document.sha256).unlink()
    return meeting, documents


def test_a_sealed_paper_is_shown_from_memory_and_not_handed_to_the_system_viewer(
    qtbot: QtBot, pane: DocumentsPane, services: Services, keys: PaperKeys, tmp_path: Path
) -> None:
    meeting, documents = sealed_papers(services, keys, tmp_path / "in")
    assert all(services.documents.is_sealed(d) for d in documents)
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_meeting(meeting.id)
    with qtbot.waitSignal(pane.preview_shown, timeout=WAIT):
        pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(0))
    assert (pane.viewer.title, pane.viewer.page_count) == ("annex", 3)
    assert not pane.viewer.external_action.isEnabled()


def test_an_altered_sealed_paper_is_a_message_in_the_viewer(
    qtbot: QtBot, pane: DocumentsPane, services: Services, keys: PaperKeys, tmp_path: Path
) -> None:
    meeting, documents = sealed_papers(services, keys, tmp_path / "in")
    path = services.store.sealed.path(documents[1].sha256)
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 0x01
    path.write_bytes(bytes(raw))
    with qtbot.waitSignal(pane.loaded, timeout=WAIT):
        pane.show_meeting(meeting.id)
    pane.tree.setCurrentItem(pane.group_node(meeting.item.id).child(1))
    qtbot.waitUntil(lambda: "was altered" in pane.viewer.placeholder.text(), timeout=WAIT)
    assert pane.viewer.stack.currentIndex() == 0
