"""A feed record is written as JSON text by hand, as json.dumps would write it, whatever its strings."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from emeeting.server.feed import record_json

AWKWARD = [
    "",
    "anan",
    'say "hi"',
    "back\\slash",
    "tab\there\nnew line",
    "\x00\x1f\x7f",
    "ประชุม ๑",
    "😀",
    "\u2028\u2029",
    "\ud800",
]


def written_by_json(row: SimpleNamespace, data: dict[str, object] | None) -> str:
    sent = row.data if data is None else json.dumps(data, ensure_ascii=False, sort_keys=True)
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    head = json.dumps(
        {"kind": row.kind, "id": row.id, "version": row.version, "deleted": bool(row.deleted)}, **compact
    )  # type: ignore[arg-type]
    tail = json.dumps({"updated_at": row.updated_at, "updated_by": row.updated_by}, **compact)  # type: ignore[arg-type]
    return f'{head[:-1]},"data":{sent},{tail[1:]}'


@pytest.mark.parametrize("text", AWKWARD)
@pytest.mark.parametrize("deleted", [False, True, 0, 1])
def test_a_record_is_written_as_json_dumps_writes_it(text: str, deleted: object) -> None:
    row = SimpleNamespace(
        kind="annotation", id=f"id-{text}", version=2**62, deleted=deleted, data='{"a":"b"}',
        updated_at=f"2026-12-07T09:00:00{text}", updated_by=text,
    )  # fmt: skip
    for data in (None, {"text": text, "n": 1}):
        written = record_json(row, data)
        assert written == written_by_json(row, data)
        assert json.loads(written)["updated_by"] == text
