"""Agenda items: adding, editing, moving and nesting (with renumbering), removing."""

from __future__ import annotations

import dataclasses

from emeeting.domain import model as m
from emeeting.domain.agenda import move_item, remove_item
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.services.records import cascade_delete, insert, kind, replace
from emeeting.storage.store import Store


class AgendaService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, item: m.AgendaItem) -> Changes:
        """Append ``item`` as the last child of its parent (or the last section), taking its section."""
        with self._store.transaction() as repo:
            repo.get(m.Meeting, item.meeting_id)
            siblings = repo.select(m.AgendaItem, meeting_id=item.meeting_id, parent_id=item.parent_id)
            section = item.section
            if item.parent_id is not None:
                parent = repo.get(m.AgendaItem, item.parent_id)
                if parent.meeting_id != item.meeting_id:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "an agenda item can only be nested under an item of the same meeting"
                        )
                    )
                section = parent.section
            return insert(repo, dataclasses.replace(item, position=len(siblings), section=section))

    def update(self, item: m.AgendaItem) -> Changes:
        """Edit an item's content; its place in the tree changes only through ``move``."""
        with self._store.transaction() as repo:
            current = repo.get(m.AgendaItem, item.id)
            placed = dataclasses.replace(
                item, meeting_id=current.meeting_id, parent_id=current.parent_id, position=current.position
            )
            return replace(repo, placed)

    def move(self, item_id: str, new_parent_id: str | None, new_index: int) -> Changes:
        """Move an item (with its sub-items) to ``new_index`` among ``new_parent_id``'s children."""
        with self._store.transaction() as repo:
            item = repo.get(m.AgendaItem, item_id)
            items = repo.select(m.AgendaItem, meeting_id=item.meeting_id)
            changes = Changes.of(kind(m.AgendaItem), item_id)
            for moved in move_item(items, item_id, new_parent_id, new_index):
                changes |= replace(repo, moved, action="move")
            return changes

    def remove(self, item_id: str) -> Changes:
        """Delete an item with its sub-items and documents; the siblings after it move up."""
        with self._store.transaction() as repo:
            item = repo.get(m.AgendaItem, item_id)
            items = repo.select(m.AgendaItem, meeting_id=item.meeting_id)
            _removed, renumbered = remove_item(items, item_id)
            changes = cascade_delete(repo, m.AgendaItem, [item_id])
            for sibling in renumbered:
                changes |= replace(repo, sibling, action="move")
            return changes
