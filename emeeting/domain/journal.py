"""What one operation changed in the store, row by row: the value that undo and redo replay.

Every write goes through the storage layer's Repository, which keeps the image of each entity row it
touches as it was before (the first touch wins) and as it is once the operation ends. An Operation is those
pairs: undoing it puts every row back to its before-image, after checking that each row still holds its
after-image (a later change to the same rows refuses the undo instead of being overwritten).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from emeeting.domain.changes import Changes


@dataclass(frozen=True)
class RowImage:
    """One entity row as stored: absent (``entity`` None), live, or a tombstone (``deleted``) with the
    values it kept. Only the entity's fields count: sync bookkeeping (version, dirty, updated_*) does not."""

    entity: Any = None
    deleted: bool = False

    @property
    def absent(self) -> bool:
        return self.entity is None

    @property
    def live(self) -> bool:
        return self.entity is not None and not self.deleted


ABSENT = RowImage()


@dataclass(frozen=True)
class RowChange:
    """One row an operation changed, before and after it."""

    cls: type
    id: str
    before: RowImage
    after: RowImage


@dataclass(frozen=True)
class Operation:
    """The rows one operation changed, in the order it first touched them."""

    rows: tuple[RowChange, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rows)

    def then(self, later: Operation) -> Operation:
        """This operation followed by ``later``: each row's first before-image and last after-image; rows
        that end as they began drop out (there is nothing of theirs to undo)."""
        merged: dict[tuple[type, str], RowChange] = {(r.cls, r.id): r for r in self.rows}
        for row in later.rows:
            key = (row.cls, row.id)
            first = merged.get(key)
            merged[key] = row if first is None else RowChange(row.cls, row.id, first.before, row.after)
        return Operation.of(merged.values())

    @staticmethod
    def of(rows: Iterable[RowChange]) -> Operation:
        return Operation(tuple(r for r in rows if r.before != r.after))

    def changes(self) -> Changes:
        """What views must read again once this operation (or its undo) is stored."""
        return Changes.of_entities((row.cls, row.id) for row in self.rows)
