"""Annotations through a real server on 127.0.0.1: made offline, synced to the owner's second laptop,
shared with the committee or the secretary only, re-anchored when the secretary replaces a paper, and a
deletion that stands against an older offline edit."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from emeeting.domain import model as m
from emeeting.intake.inspect import Inspected
from emeeting.services.annotations import AnnotationView
from emeeting.services.documents import Intake
from emeeting.sync import protocol as p
from tests.server.conftest import PASSWORD
from tests.services.conftest import pdf_bytes
from tests.sync.conftest import Desk, Office


def _ids(desk: Desk, office: Office, owner: str = "alice") -> dict[str, AnnotationView]:
    return {v.annotation.id: v for v in desk.services.annotations.for_meeting(office.meeting.id, owner=owner)}


def _four(office: Office) -> dict[str, m.Annotation]:
    """Alice's four kinds of annotation on the open paper and its item, one of each sharing."""
    paper = office.documents["open"]
    on_paper = {
        "meeting_id": office.meeting.id,
        "owner": "alice",
        "document_id": paper.id,
        "sha256": paper.sha256,
    }
    return {
        "highlight": m.Annotation(
            shape=m.AnnotationShape.HIGHLIGHT, geometry="[[72, 90, 200, 104]]", quote="text of open.pdf",
            sharing=m.Sharing.COMMITTEE, author="Alice Test", **on_paper,
        ),
        "ink": m.Annotation(shape=m.AnnotationShape.INK, geometry="[[[10, 10], [40, 30]]]", **on_paper),
        "sticky": m.Annotation(
            shape=m.AnnotationShape.STICKY, geometry="[300, 500]", text="ขอดูสัญญาฉบับจริง",
            sharing=m.Sharing.SECRETARY, **on_paper,
        ),
        "note": m.Annotation(
            office.meeting.id, "alice", m.AnnotationShape.ITEM_NOTE, item_id=paper.item_id,
            text="ถามเรื่องงบประมาณ",
        ),
    }  # fmt: skip


def _guest(office: Office) -> Desk:
    """Gwen, a guest invited for another agenda item than the one the papers are on."""
    sec = office.secretary
    gwen = m.Person("Gwen", "Guest")
    other = next(i for i in office.items if i.parent_id is None and i.id != office.documents["open"].item_id)
    sec.services.records.create(
        gwen, m.Invitation(office.meeting.id, gwen.id, role=m.InviteeRole.GUEST, item_id=other.id)
    )
    office.live.state.accounts.add_user("gwen", PASSWORD, "member", person_id=gwen.id)
    sec.run()
    return office.attendee("gwen")


def test_offline_annotations_reach_the_second_laptop_and_only_those_they_are_shared_with(
    office: Office,
) -> None:
    alice = office.attendee("alice")
    alice.run()
    four = _four(office)
    for annotation in four.values():  # offline: nothing reaches the server until the next sync
        alice.services.annotations.add(annotation)
    assert alice.run().pushed == 4

    laptop = office.attendee("alice", "alice-laptop")
    laptop.run()
    assert set(_ids(laptop, office)) == {a.id for a in four.values()}
    assert all(v.mine for v in _ids(laptop, office).values())

    bob, gwen = office.attendee("bob"), _guest(office)
    bob.run()
    gwen.run()
    seen_by_bob = _ids(bob, office, "bob")
    assert set(seen_by_bob) == {four["highlight"].id}  # shared with the committee; not the secretary's
    assert not seen_by_bob[four["highlight"].id].mine
    assert _ids(gwen, office, "gwen") == {}  # a guest for another item may not read the paper

    office.secretary.run()
    assert set(_ids(office.secretary, office, "somsri")) == {four["highlight"].id, four["sticky"].id}

    # Shared with fewer people: Bob loses it at his next sync, the second laptop follows the change.
    mine, _ = alice.services.annotations.share(four["highlight"].id, m.Sharing.PRIVATE, owner="alice")
    alice.run()
    bob.run()
    laptop.run()
    assert _ids(bob, office, "bob") == {}
    assert mine.id in _ids(laptop, office) and four["highlight"].id not in _ids(laptop, office)


def test_a_replaced_paper_takes_text_marks_along_and_leaves_ink_on_the_earlier_version(
    office: Office,
) -> None:
    alice = office.attendee("alice")
    alice.run()
    four = _four(office)
    alice.services.annotations.add(four["highlight"])
    alice.services.annotations.add(four["ink"])
    alice.run()

    # The secretary replaces the paper: same document, a new PDF whose text still holds the quote.
    sec = office.secretary.services
    data = pdf_bytes(2, "text of open.pdf")
    sha = sec.store.blobs.put_bytes(data)
    found = Inspected(Path("open-v2.pdf"), "application/pdf", len(data), sha, 2, "cover\ntext of open.pdf")
    sec.documents.new_version(office.documents["open"].id, Intake((found,), ()))
    office.secretary.run()

    alice.run()  # pulls the new version; her highlight follows its quote and is sent at once
    views = _ids(alice, office)
    assert views[four["highlight"].id].annotation.sha256 == sha
    assert not views[four["highlight"].id].earlier_version
    # On the quote's glyphs in the new version (reportlab's line at 72 pt from the left, 760 pt up).
    (x0, top, _x1, bottom), *more = json.loads(views[four["highlight"].id].annotation.geometry)
    assert not more and abs(x0 - 72) < 1 and top < 841.89 - 760 < bottom
    assert views[four["ink"].id].earlier_version  # "from the earlier version", never dropped
    assert views[four["ink"].id].annotation.sha256 == office.documents["open"].sha256

    laptop = office.attendee("alice", "alice-laptop")
    laptop.run()
    assert _ids(laptop, office)[four["highlight"].id].annotation.sha256 == sha
    bob = office.attendee("bob")
    bob.run()
    assert _ids(bob, office, "bob")[four["highlight"].id].annotation.sha256 == sha


def test_a_deletion_stands_against_an_older_offline_edit(office: Office) -> None:
    alice = office.attendee("alice")
    alice.run()
    sticky = _four(office)["sticky"]
    alice.services.annotations.add(sticky)
    alice.run()
    laptop = office.attendee("alice", "alice-laptop")
    laptop.run()

    alice.services.annotations.delete(sticky.id, owner="alice")
    alice.run()
    edited = dataclasses.replace(sticky, text="แก้ไขขณะออฟไลน์")
    laptop.services.annotations.edit(edited, base=sticky)  # offline, before hearing of the deletion
    laptop.run()
    laptop.run()
    assert sticky.id not in _ids(laptop, office)
    alice.run()
    assert sticky.id not in _ids(alice, office)
    # the edit is not lost without a word: it is kept as a conflict copy
    assert any(c.record_id == sticky.id for c in laptop.sync.conflicts())


def test_the_server_refuses_annotations_of_another_owner_or_on_a_paper_not_theirs(office: Office) -> None:
    alice, bob = office.attendee("alice"), office.attendee("bob")
    alice.run()
    highlight = _four(office)["highlight"]
    alice.services.annotations.add(highlight)
    alice.run()
    bob.run()
    live = office.live
    with live.client(live.login("bob", device="script")) as c:
        record = c.get(f"/records/annotation/{highlight.id}").json()
        edit = dataclasses.replace(highlight, text="bob was here")
        change = {"kind": "annotation", "id": highlight.id, "base_version": record["version"],
                  "deleted": False, "data": p.encode(edit)}  # fmt: skip
        r = c.post("/sync/push", json={"changes": [change]})
        assert r.status_code == 403, r.text
        forged = m.Annotation(**{**p.decode("annotation", p.encode(highlight)).__dict__, "id": m.new_id()})
        r = c.post("/sync/push", json={"changes": [{**change, "id": forged.id, "base_version": 0,
                                                      "data": p.encode(forged)}]})  # fmt: skip
        assert r.status_code == 403 and "owner" in r.json()["message"], r.text
        bad = dataclasses.replace(forged, owner="bob", geometry=json.dumps([[0, 0, 1]]))
        r = c.post("/sync/push", json={"changes": [{**change, "id": bad.id, "base_version": 0,
                                                      "data": p.encode(bad)}]})  # fmt: skip
        assert r.status_code == 422, r.text
        wrong = dataclasses.replace(forged, owner="bob", document_id=m.new_id())
        r = c.post("/sync/push", json={"changes": [{**change, "id": wrong.id, "base_version": 0,
                                                      "data": p.encode(wrong)}]})  # fmt: skip
        assert r.status_code == 403, r.text
        assert c.get(f"/records/annotation/{highlight.id}").json()["data"]["text"] == ""


def test_a_paper_raised_above_a_members_reach_takes_its_shared_annotations_from_her_desk(
    office: Office,
) -> None:
    alice, bob = office.attendee("alice"), office.attendee("bob")
    alice.run()
    four = _four(office)
    alice.services.annotations.add(four["highlight"])  # shared with the committee
    alice.run()
    paper = office.documents["open"]
    sec = office.secretary
    # Bob is recused from the paper's item: he still reads its papers of normal class.
    sec.services.records.create(m.Recusal(paper.item_id, office.people["bob"].id, reason="ส่วนได้เสีย"))
    sec.run()
    bob.run()
    assert set(_ids(bob, office, "bob")) == {four["highlight"].id}
    assert paper.id in {d.id for d in bob.rows(m.Document)}

    # The secretary raises the paper itself to confidential: only its own record changes.
    stored = sec.services.records.get(m.Document, paper.id)
    sec.services.documents.update(dataclasses.replace(stored, secrecy=m.Secrecy.CONFIDENTIAL), base=stored)
    sec.run()
    bob.run()
    assert _ids(bob, office, "bob") == {}
    assert paper.id not in {d.id for d in bob.rows(m.Document)}
    alice.run()  # Alice (not recused) keeps both
    assert four["highlight"].id in _ids(alice, office)
