"""Building the search index when the store is opened, with its progress on screen.

A store upgraded from a version without search (or indexed by another version) has its index built once
when first opened: seconds for an office's year, minutes for an archive of many thousands of pages. Without
a word on screen that looks like a program that hangs, and one killed then builds from the start again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from emeeting.domain.errors import EmeetingError
from emeeting.storage.store import Store

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 800  # a small store's build is over before a dialog would flash up


def build_search_index(
    store: Store, parent: QWidget | None = None, *, show_after_ms: int = SHOW_AFTER_MS
) -> int:
    """Build ``store``'s search index when it is due, showing how far it has come when it takes a while;
    how many records it indexed (0: none was due, or the build failed).

    The window waits for it (the build holds the write lock, so nothing could be saved meanwhile). A build
    that fails leaves the store as it was: searching says the index is not ready and the next start tries
    again; everything else works."""
    if not store.search_index_due():
        return 0
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("IndexBuild", "Preparing search"))
    dialog.setLabelText(QCoreApplication.translate("IndexBuild", "Preparing to search the archive…"))
    dialog.setCancelButton(None)  # stopping would only put the wait off
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setLabelText(
            QCoreApplication.translate(
                "IndexBuild",
                "Preparing to search the archive: {done:,} of {total:,} records (once, after an upgrade)",
            ).format(done=done, total=total)
        )
        dialog.setValue(done)  # shows the dialog once the build looks longer than show_after_ms
        QCoreApplication.processEvents()

    try:
        count = store.reindex(only_if_due=True, progress=progress)
        log.info("search index built: %d records", count)
        return count
    except EmeetingError as error:
        log.warning("the search index was not built: %s", error)
        return 0
    finally:
        dialog.close()
        dialog.deleteLater()
