"""Three-way merge of one record, field by field, against the copy last seen from the server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DELETED = "deleted"  # the pseudo field a conflict copy names when a deletion lost
WHOLE = "*"  # the pseudo field for a whole record (an edit of a record the server deleted or refused)


@dataclass(frozen=True)
class Lost:
    """A local value that lost to the server's value."""

    field: str
    local: Any
    server: Any


@dataclass(frozen=True)
class Merged:
    data: dict[str, Any]
    deleted: bool
    lost: tuple[Lost, ...]


def merge_fields(
    base: Mapping[str, Any] | None, local: Mapping[str, Any], server: Mapping[str, Any]
) -> tuple[dict[str, Any], list[Lost]]:
    """Changed only locally: local; only on the server: server; on both sides differently: the server's
    value, with the local one reported as lost. Without a base every difference counts as both sides."""
    merged: dict[str, Any] = {}
    lost: list[Lost] = []
    for name, theirs in server.items():
        mine = local.get(name, theirs)
        if mine == theirs:
            merged[name] = theirs
        elif base is not None and name in base and base[name] == theirs:
            merged[name] = mine  # only we changed it
        elif base is not None and name in base and base[name] == mine:
            merged[name] = theirs  # only the server changed it
        else:
            merged[name] = theirs
            lost.append(Lost(name, mine, theirs))
    return merged, lost


def merge_record(
    base: Mapping[str, Any] | None,
    base_deleted: bool,
    local: Mapping[str, Any],
    local_deleted: bool,
    server: Mapping[str, Any],
    server_deleted: bool,
) -> Merged:
    """A locally changed record against a newer server copy; tombstones included."""
    if server_deleted:
        if local_deleted or (base is not None and dict(local) == dict(base)):
            return Merged(dict(server), True, ())
        # Edited here, deleted there: the deletion stands and the local edit is kept as a copy.
        return Merged(dict(server), True, (Lost(WHOLE, dict(local), None),))
    if local_deleted:
        if base is not None and not base_deleted and dict(server) == dict(base):
            return Merged(dict(server), True, ())  # the server did not touch it: our deletion stands
        # Deleted here, edited there: the server's edit stands, the deletion is reported.
        return Merged(dict(server), False, (Lost(DELETED, True, False),))
    data, lost = merge_fields(base, local, server)
    return Merged(data, False, tuple(lost))
