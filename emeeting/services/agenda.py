"""Agenda items: adding, editing, moving and nesting (with renumbering), removing."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from emeeting.domain import model as m
from emeeting.domain.agenda import move_item, remove_item
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.domain.templates import AGENDA_TEMPLATES
from emeeting.services.records import (
    cascade_delete,
    insert,
    replace,
)
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store


class AgendaService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, item: m.AgendaItem) -> Changes:
        """Append ``item`` as the last child of its parent (or the last section), taking its section."""
        with self._store.transaction() as repo:
            return self._add(repo, item)

    def add_section(
        self, meeting_id: str, template: str, section: m.AgendaSection, *, ids: Sequence[str] = ()
    ) -> Changes:
        """Append one section of an agenda template with the sub-items it starts with, in one transaction.

        ``ids`` are the ids to give the section and its sub-items, in order (made here when not given).
        """
        sections = [t for t in AGENDA_TEMPLATES.get(template, ()) if t.section is section]
        if not sections:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the agenda template {template} has no section {section}"),
                template=repr(template),
                section=repr(section.value),
            )
        wanted = [*ids, *(m.new_id() for _ in range(1 + len(sections[0].children) - len(ids)))]
        with self._store.transaction() as repo:
            root = m.AgendaItem(meeting_id, sections[0].title, id=wanted[0], section=section)
            changes = self._add(repo, root)
            for child_id, title in zip(wanted[1:], sections[0].children, strict=False):
                changes |= self._add(repo, m.AgendaItem(meeting_id, title, id=child_id, parent_id=root.id))
            return changes

    def _add(self, repo: Repository, item: m.AgendaItem) -> Changes:
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

    def update(self, item: m.AgendaItem, *, base: m.AgendaItem) -> Changes:
        """Edit an item's content, read as ``base``; its place in the tree changes only through ``move``.

        Refused (StaleWriteError) when its content changed since ``base``; a move meanwhile is kept."""
        with self._store.transaction() as repo:
            current = repo.get(m.AgendaItem, item.id)

            def placed(value: m.AgendaItem) -> m.AgendaItem:
                return dataclasses.replace(
                    value,
                    meeting_id=current.meeting_id,
                    parent_id=current.parent_id,
                    position=current.position,
                )

            repo.refuse_stale(placed(base))
            return replace(repo, placed(item))

    def move(self, item_id: str, new_parent_id: str | None, new_index: int) -> Changes:
        """Move an item (with its sub-items) to ``new_index`` among ``new_parent_id``'s children."""
        with self._store.transaction() as repo:
            item = repo.get(m.AgendaItem, item_id)
            items = repo.select(m.AgendaItem, meeting_id=item.meeting_id)
            changes = Changes.of(Kind.AGENDA_ITEM, item_id)
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
