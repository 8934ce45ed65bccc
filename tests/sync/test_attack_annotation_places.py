"""A hostile member's annotation that names a place its readers may not see."""

from __future__ import annotations

import dataclasses

from emeeting.domain import model as m
from emeeting.sync import protocol as p
from tests.server.conftest import PASSWORD
from tests.sync.conftest import Office


def test_a_mark_on_a_paper_cannot_carry_the_id_of_an_item_its_readers_do_not_see(office: Office) -> None:
    """A committee-shared mark reaches whoever may read its paper; naming another item beside the paper
    would hand a guest the id of an item kept from them (and a record its store cannot hold)."""
    sec = office.secretary
    paper = office.documents["open"]
    hidden = next(i for i in office.items if i.parent_id is None and i.id != paper.item_id)
    gwen = m.Person("Gwen", "Guest")
    sec.services.records.create(
        gwen, m.Invitation(office.meeting.id, gwen.id, role=m.InviteeRole.GUEST, item_id=paper.item_id)
    )
    office.live.state.accounts.add_user("gwen", PASSWORD, "member", person_id=gwen.id)
    sec.run()
    mark = m.Annotation(
        office.meeting.id, "bob", m.AnnotationShape.STICKY, document_id=paper.id, sha256=paper.sha256,
        item_id=hidden.id, geometry="[300, 500]", text="ดูวาระอื่นด้วย", sharing=m.Sharing.COMMITTEE,
    )  # fmt: skip
    live = office.live
    with live.client(live.login("bob", device="script")) as c:
        change = {"kind": "annotation", "id": mark.id, "base_version": 0, "deleted": False,
                  "data": p.encode(mark)}  # fmt: skip
        r = c.post("/sync/push", json={"changes": [change]})
        assert r.status_code in (403, 422), r.text
        honest = dataclasses.replace(mark, item_id=None)
        r = c.post("/sync/push", json={"changes": [{**change, "data": p.encode(honest)}]})
        assert r.status_code == 200, r.text
    guest = office.attendee("gwen")
    report = guest.run()
    assert report.conflicts == 0
    assert [v.annotation.id for v in guest.services.annotations.for_meeting(
        office.meeting.id, owner="gwen")] == [mark.id]  # fmt: skip
