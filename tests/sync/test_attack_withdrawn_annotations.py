"""What a reader took back stays taken back: an annotation deleted, or withdrawn by sharing it with fewer
people, leaves on the server only a tombstone that says nothing of what it said."""

from __future__ import annotations

from typing import Any

import pytest

from emeeting.domain import model as m
from tests.sync.conftest import Office

WITHDRAWN = "WITHDRAWN-REMARK-7713 ข้อสังเกตที่ถอนคืนแล้ว"


def _raw_pull(office: Office, user: str) -> list[dict[str, Any]]:
    """Everything a new device of ``user`` receives from the start, as the server sends it."""
    live = office.live
    with live.client(live.login(user, device="raw")) as c:
        out: list[dict[str, Any]] = []
        since, more = 0, True
        while more:
            page = c.get("/sync/changes", params={"since": since}).json()
            out += page["records"]
            since, more = page["cursor"], page["more"]
    return out


@pytest.mark.parametrize("how", ["narrowed", "deleted"])
def test_a_withdrawn_annotation_tells_nobody_what_it_said(office: Office, how: str) -> None:
    paper = office.documents["open"]
    alice = office.attendee("alice")
    alice.run()
    note = m.Annotation(
        office.meeting.id, "alice", m.AnnotationShape.HIGHLIGHT, document_id=paper.id, sha256=paper.sha256,
        geometry="[[72, 90, 200, 104]]", quote="text of open.pdf", text=WITHDRAWN,
        sharing=m.Sharing.COMMITTEE, author="Alice Test",
    )  # fmt: skip
    alice.services.annotations.add(note)
    alice.run()
    bob = office.attendee("bob")
    bob.run()
    assert bob.services.annotations.get(note.id).text == WITHDRAWN  # shared: Bob had it
    if how == "narrowed":
        kept, _changes = alice.services.annotations.share(note.id, m.Sharing.PRIVATE, owner="alice")
        assert kept.text == WITHDRAWN
    else:
        alice.services.annotations.delete(note.id, owner="alice")
    alice.run()
    bob.run()
    assert all(v.annotation.text != WITHDRAWN for v in bob.services.annotations.for_meeting(
        office.meeting.id, owner="bob"))  # fmt: skip
    # Bob's new device, the secretary's: the tombstone reaches them, its words do not.
    for user in ("bob", "somsri"):
        tombstones = [r for r in _raw_pull(office, user) if r["kind"] == "annotation" and r["id"] == note.id]
        assert tombstones and all(r["deleted"] for r in tombstones)
        assert all(WITHDRAWN not in str(r["data"]) for r in tombstones), tombstones
    # Alice's own second laptop still gets her private copy after a narrowing.
    if how == "narrowed":
        second = office.attendee("alice", "alice-second")
        second.run()
        assert [v.annotation.text for v in second.services.annotations.for_meeting(
            office.meeting.id, owner="alice")] == [WITHDRAWN]  # fmt: skip
