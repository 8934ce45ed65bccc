"""What a mutation changed, so each view refreshes only what concerns it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from emeeting.domain.kinds import Kind, kind_of


def _checked(kind: Kind) -> Kind:
    # A misspelt string would make a view silently miss its refresh: only a registered kind will do.
    if not isinstance(kind, Kind):
        raise TypeError(f"not an entity kind: {kind!r} (use emeeting.domain.kinds.Kind)")
    return kind


@dataclass(frozen=True)
class Changes:
    """Entity kind → ids touched (created, updated or deleted)."""

    ids: Mapping[Kind, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        for kind in self.ids:
            _checked(kind)

    @classmethod
    def of(cls, kind: Kind, *ids: str) -> Changes:
        return cls(MappingProxyType({_checked(kind): frozenset(ids)}))

    @classmethod
    def of_entities(cls, entities: Iterable[tuple[type, str]]) -> Changes:
        """The changes to these (class, id) pairs, grouped by kind."""
        ids: dict[Kind, set[str]] = {}
        for entity_cls, entity_id in entities:
            ids.setdefault(kind_of(entity_cls), set()).add(entity_id)
        return cls(MappingProxyType({kind: frozenset(found) for kind, found in ids.items()}))

    def __or__(self, other: Changes) -> Changes:
        merged: dict[Kind, frozenset[str]] = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(MappingProxyType(merged))

    def concerns(self, kind: Kind, ids: Iterable[str] | None = None) -> bool:
        touched = self.ids.get(_checked(kind))
        if not touched:
            return False
        return ids is None or not touched.isdisjoint(ids)

    def __bool__(self) -> bool:
        return any(self.ids.values())
