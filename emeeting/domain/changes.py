"""What a mutation changed, so each view refreshes only what concerns it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Changes:
    """Entity kind → ids touched (created, updated or deleted)."""

    ids: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, kind: str, *ids: str) -> Changes:
        return cls(MappingProxyType({kind: frozenset(ids)}))

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[str]] = dict(self.ids)
        for kind, ids in other.ids.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(MappingProxyType(merged))

    def concerns(self, kind: str, ids: Iterable[str] | None = None) -> bool:
        touched = self.ids.get(kind)
        if not touched:
            return False
        return ids is None or not touched.isdisjoint(ids)

    def __bool__(self) -> bool:
        return any(self.ids.values())
