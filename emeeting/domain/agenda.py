"""Agenda tree rules: order, numbering ("4.1.2"), moving and removing items.

The tree is stored flat: each AgendaItem has a ``parent_id`` and a ``position`` among its siblings.
These functions take any iterable of items (one meeting's) and return new values; they never mutate.
Siblings are ordered by ``(position, id)`` so that duplicate or gappy positions (e.g. after a sync
merge) still give one stable order, and every edit renormalises the touched sibling lists to 0..n-1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import AgendaItem


def _sort_key(item: AgendaItem) -> tuple[int, str]:
    return (item.position, item.id)


def _parent_key(item: AgendaItem, by_id: Mapping[str, AgendaItem]) -> str | None:
    # An item whose parent is missing (deleted elsewhere, not yet synced) shows as top-level, not lost.
    return item.parent_id if item.parent_id in by_id and item.parent_id != item.id else None


def _children(by_id: Mapping[str, AgendaItem]) -> dict[str | None, list[AgendaItem]]:
    children: dict[str | None, list[AgendaItem]] = {}
    for item in by_id.values():
        children.setdefault(_parent_key(item, by_id), []).append(item)
    for siblings in children.values():
        siblings.sort(key=_sort_key)
    return children


def _index(items: Iterable[AgendaItem]) -> dict[str, AgendaItem]:
    return {item.id: item for item in items}


def _walk(
    children: Mapping[str | None, list[AgendaItem]], roots: list[AgendaItem], seen: set[str]
) -> list[AgendaItem]:
    # Iterative depth-first walk; ``seen`` guards against a parent cycle in corrupt data.
    out: list[AgendaItem] = []
    stack = list(reversed(roots))
    while stack:
        item = stack.pop()
        if item.id in seen:
            continue
        seen.add(item.id)
        out.append(item)
        stack.extend(reversed(children.get(item.id, [])))
    return out


def ordered(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """All items in depth-first (reading) order: 1, 1.1, 1.2, 2, 2.1 …"""
    by_id = _index(items)
    children = _children(by_id)
    seen: set[str] = set()
    out = _walk(children, children.get(None, []), seen)
    # Items caught in a parent cycle are unreachable from the roots; list them last rather than drop them.
    rest = sorted((item for item in by_id.values() if item.id not in seen), key=_sort_key)
    return out + _walk(children, rest, seen)


def number_items(items: Iterable[AgendaItem]) -> dict[str, str]:
    """id → the customary number: "4", "4.1", "4.1.2". Numbers follow the order, not the stored positions."""
    numbers: dict[str, str] = {}
    counters: dict[str | None, int] = {}
    by_id = _index(items)
    for item in ordered(by_id.values()):
        parent = _parent_key(item, by_id)
        if parent is not None and parent not in numbers:
            parent = None  # only in a corrupt cycle: number it as top-level
        counters[parent] = counters.get(parent, 0) + 1
        prefix = f"{numbers[parent]}." if parent is not None else ""
        numbers[item.id] = f"{prefix}{counters[parent]}"
    return numbers


def descendants(items: Iterable[AgendaItem], item_id: str) -> list[AgendaItem]:
    """The item's children, grandchildren … in depth-first order (not the item itself)."""
    by_id = _index(items)
    if item_id not in by_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No agenda item {item_id}."), item_id=item_id)
    children = _children(by_id)
    return _walk(children, [by_id[item_id]], set())[1:]


def root_of(items: Iterable[AgendaItem], item_id: str) -> AgendaItem:
    """The top-level section an item sits in (the item itself when it is top-level)."""
    by_id = _index(items)
    if item_id not in by_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No agenda item {item_id}."), item_id=item_id)
    item = by_id[item_id]
    seen = {item.id}
    while (parent := _parent_key(item, by_id)) is not None and parent not in seen:
        seen.add(parent)
        item = by_id[parent]
    return item


def _renumbered(siblings: list[AgendaItem]) -> dict[str, AgendaItem]:
    return {item.id: replace(item, position=index) for index, item in enumerate(siblings)}


def move_item(
    items: Iterable[AgendaItem], item_id: str, new_parent_id: str | None, new_index: int
) -> list[AgendaItem]:
    """Move an item (with its subtree) to ``new_index`` among the children of ``new_parent_id``.

    Returns only the items that changed. ``new_index`` is clamped into range, so "move to the end" is any
    large number. Moving under another section makes the item and its subtree take that section.
    """
    by_id = _index(items)
    if item_id not in by_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No agenda item {item_id}."), item_id=item_id)
    if new_parent_id is not None and new_parent_id not in by_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "No agenda item {new_parent_id} to move into."),
            new_parent_id=new_parent_id,
        )
    subtree = descendants(by_id.values(), item_id)
    if new_parent_id == item_id or any(d.id == new_parent_id for d in subtree):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "An agenda item cannot be moved under itself or one of its sub-items."
            )
        )

    item = by_id[item_id]
    children = _children(by_id)
    old_parent = _parent_key(item, by_id)
    old_siblings = [s for s in children.get(old_parent, []) if s.id != item_id]
    new_siblings = old_siblings if new_parent_id == old_parent else list(children.get(new_parent_id, []))
    new_siblings.insert(max(0, min(new_index, len(new_siblings))), replace(item, parent_id=new_parent_id))

    updated = _renumbered(old_siblings) if new_parent_id != old_parent else {}
    updated |= _renumbered(new_siblings)
    if new_parent_id is not None:
        section = root_of(by_id.values(), new_parent_id).section
        for moved in [item, *subtree]:
            current = updated.get(moved.id, moved)
            updated[moved.id] = replace(current, section=section)

    return [new for new in updated.values() if new != by_id[new.id]]


def remove_item(items: Iterable[AgendaItem], item_id: str) -> tuple[set[str], list[AgendaItem]]:
    """Remove an item and its subtree: (ids removed, remaining siblings whose position changed)."""
    by_id = _index(items)
    removed = {item_id} | {d.id for d in descendants(by_id.values(), item_id)}
    parent = _parent_key(by_id[item_id], by_id)
    siblings = [s for s in _children(by_id).get(parent, []) if s.id != item_id]
    renumbered = [replace(s, position=i) for i, s in enumerate(siblings)]
    return removed, [s for s in renumbered if s != by_id[s.id]]
