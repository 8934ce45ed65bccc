"""Undo and redo of any operation, from what the store recorded it changed.

``record`` runs an operation's work under ``Store.recording``: the work calls services as usual, and the
rows it changed come back with its Changes. ``undo`` replays the rows' before-images in one transaction,
after checking that every row is still exactly as the operation left it: when a later change (another
window, a sync, another edit) touched one of them, the undo is refused, says who changed what and when, and
changes nothing. The before-images are written through the building blocks every edit uses
(``services.records``), so that validation, reference checks, the certified-meeting guard and the audit
trail apply as for an ordinary edit. The undo is recorded in turn: its operation is the inverse, and redo
replays that. A row the operation created becomes a tombstone on undo and is restored, same id, on redo.
"""

from __future__ import annotations

from collections.abc import Callable

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.journal import Operation, RowChange
from emeeting.services.frozen import CertifiedRecordError
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

StepResult = tuple[Changes, Operation]


class UndoService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(self, work: Callable[[], Changes]) -> StepResult:
        """Do ``work`` (calls of services) and hand back its Changes with the rows it changed."""
        with self._store.recording() as recording:
            changes = work()
        return changes, recording.operation

    def undo(self, operation: Operation) -> StepResult:
        """Put every row ``operation`` changed back as it was before it; the result holds the inverse."""
        return self._replay(operation)

    def redo(self, undone: Operation) -> StepResult:
        """Replay what ``undo`` returned: the rows are as the operation had left them again."""
        return self._replay(undone)

    def _replay(self, operation: Operation) -> StepResult:
        with self._store.recording() as recording, self._store.transaction() as repo:
            for row in operation.rows:
                repo.refuse_changed_since(row)
            try:
                _write_before_images(repo, operation.rows)
            except CertifiedRecordError:  # certified since the step: its record stays as certified
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the minutes are certified and frozen; this cannot be undone")
                ) from None
        inverse = recording.operation
        return operation.changes() | inverse.changes(), inverse


def _write_before_images(repo: Repository, rows: tuple[RowChange, ...]) -> None:
    """Rows come back first (they may be referred to), then edits, then what the operation had brought to
    life is deleted again, the latest first (an operation adds children after their parents)."""
    back = [r for r in rows if r.before.live and not r.after.live]
    if back:
        insert(repo, *(r.before.entity for r in back), restore=True)
    for row in rows:
        if row.before.live and row.after.live:
            replace(repo, row.before.entity)
    # A person is deleted only once no record names them any more (records.cascade_delete refuses that).
    doomed = sorted(reversed(rows), key=lambda r: r.cls is m.Person)
    for row in doomed:
        if row.after.live and not row.before.live and repo.image(row.cls, row.id).live:
            if row.before.deleted and row.before.entity != row.after.entity:
                repo.update(row.before.entity)  # the tombstone keeps the values it had; the delete audits
            cascade_delete(repo, row.cls, [row.id])
