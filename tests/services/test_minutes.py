"""MinutesService: the draft built from what was recorded, styles, editing, certification, amendments."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.services.container import Services
from emeeting.services.minutes import MinutesService
from emeeting.storage.store import Store
from tests.services.conftest import Org

BANGKOK = timezone(timedelta(hours=7))


def at(h: int, mi: int = 0, day: int = 10) -> datetime:
    return datetime(2026, 3, day, h, mi, tzinfo=BANGKOK)


@pytest.fixture
def minutes(store: Store) -> MinutesService:
    """The service writing times in Bangkok time, whatever the test machine's zone."""
    return MinutesService(store, BANGKOK)


def invitation_of(services: Services, meeting: m.Meeting, person: m.Person) -> m.Invitation:
    return next(
        i
        for i in services.records.select(m.Invitation, meeting_id=meeting.id)
        if i.person_id == person.id and not i.substitute_for_id
    )


def agenda(services: Services, meeting: m.Meeting) -> dict[str, m.AgendaItem]:
    return {e.number: e.item for e in services.meetings.view(meeting.id).agenda}


@pytest.fixture
def held(services: Services, org: Org, meeting: m.Meeting) -> dict[str, m.AgendaItem]:
    """ICT 1/2569 as held: attendance, a substitute, notes, a vote with a recusal, dissent, an action item."""
    session = services.session
    items = agenda(services, meeting)
    decision = m.AgendaItem(meeting.id, "จัดซื้อระบบประชุมอิเล็กทรอนิกส์", parent_id=items["4"].id)
    services.agenda.add(decision)
    session.start(meeting.id, at(9, 35))
    for person in (org.chair, org.members[0], org.secretary):
        session.check_in(invitation_of(services, meeting, person).id, m.Attendance.PRESENT, at(9, 30))
    session.check_in(invitation_of(services, meeting, org.members[2]).id, m.Attendance.LATE, at(10, 5))
    deputy = m.Person("ชัยวัฒน์", "แทนใจ", title="นาย")
    session.add_substitute(meeting.id, org.members[1].id, deputy, at(9, 30), new_person=True)
    guest = m.Person("มานะ", "ชำนาญ", title="นาย")
    services.records.create(guest, m.Invitation(meeting.id, guest.id, role=m.InviteeRole.PRESENTER))
    session.check_in(invitation_of(services, meeting, guest).id, m.Attendance.ONLINE, at(9, 30))

    session.set_note(items["1.1"].id, "ประธานแจ้งกำหนดการตรวจราชการ")
    session.set_resolution(items["1.1"].id, "รับทราบ")
    session.set_note(decision.id, "ฝ่ายเลขานุการนำเสนอผลการสืบราคา ที่ประชุมอภิปรายอย่างกว้างขวาง")
    session.recuse(decision.id, org.members[0].id, "ญาติเป็นผู้เสนอราคา")
    vote = m.Vote(meeting.id, decision.id, "อนุมัติจัดซื้อ")
    session.record_vote(
        vote,
        {org.chair.id: m.Choice.FOR, org.members[1].id: m.Choice.FOR, org.members[2].id: m.Choice.AGAINST},
    )
    session.add_dissent(decision.id, org.members[2].id, "ราคาสูงเกินกรอบงบประมาณ")
    session.set_resolution(decision.id, "อนุมัติ")
    services.records.create(
        m.ActionItem(
            meeting.id,
            "จัดทำร่างขอบเขตงาน",
            item_id=decision.id,
            assignee_id=org.secretary.id,
            due=at(9, 0, 31).date(),
        )
    )
    session.end(meeting.id, at(12, 0))
    return {**items, "4.1": decision}


def entry(services: Services, minutes: MinutesService, meeting: m.Meeting, item: m.AgendaItem) -> str:
    return minutes.view(meeting.id).entries[item.id]


def test_the_draft_is_built_from_what_was_recorded(
    services: Services, org: Org, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.draft(meeting.id, m.MinutesStyle.SUMMARY)
    view = minutes.view(meeting.id)
    assert view.minutes is not None and view.minutes.style is m.MinutesStyle.SUMMARY
    assert services.records.get(m.Meeting, meeting.id).status is m.MeetingStatus.MINUTES_DRAFTED

    assert view.entries[held["1.1"].id] == "ประธานแจ้งกำหนดการตรวจราชการ\nมติที่ประชุม รับทราบ"
    decision = view.entries[held["4.1"].id].splitlines()
    assert decision == [
        "ฝ่ายเลขานุการนำเสนอผลการสืบราคา ที่ประชุมอภิปรายอย่างกว้างขวาง",
        "นางสมหญิง รักเรียน ไม่ร่วมพิจารณาและไม่ออกเสียงในเรื่องนี้ เนื่องจากมีส่วนได้เสีย",
        "การลงมติ: อนุมัติจัดซื้อ (ลงคะแนนโดยเปิดเผย)",
        "เห็นด้วย 2 เสียง ไม่เห็นด้วย 1 เสียง งดออกเสียง 0 เสียง",
        "ผลการลงมติ: ผ่าน",
        "ความเห็นแย้งของDr. Anna Schmidt: ราคาสูงเกินกรอบงบประมาณ",
        "มติที่ประชุม อนุมัติ",
        "มอบหมาย: จัดทำร่างขอบเขตงาน ผู้รับผิดชอบ นางสาวปราณี ขยัน กำหนดเสร็จ 31 มีนาคม 2569",
    ]

    text = view.text.splitlines()
    assert text[:4] == [
        "รายงานการประชุมคณะกรรมการเทคโนโลยีสารสนเทศและการสื่อสาร",
        "ครั้งที่ 1/2569",
        "เมื่อวันอังคารที่ 10 มีนาคม 2569",
        "ณ ห้องประชุม 1",
    ]
    present = text[text.index("ผู้มาประชุม") + 1 : text.index("ผู้ไม่มาประชุม")]  # by role, then name
    assert present == [
        "1. นายสมชาย ใจดี (ประธานกรรมการ)",
        "2. Dr. Anna Schmidt (กรรมการ, มาประชุมเวลา 10.05 น.)",
        "3. นางสมหญิง รักเรียน (กรรมการ)",
        "4. นายชัยวัฒน์ แทนใจ แทน นายวิชัย มั่นคง (กรรมการ)",
        "5. นางสาวปราณี ขยัน (กรรมการและเลขานุการ)",
    ]
    assert text[text.index("ผู้ไม่มาประชุม") + 1] == "-"  # the member who sent a substitute is not absent
    assert text[text.index("ผู้เข้าร่วมประชุม") + 1] == "1. นายมานะ ชำนาญ (เข้าร่วมผ่านสื่ออิเล็กทรอนิกส์)"
    assert "เริ่มประชุมเวลา 09.35 น." in text and text[-1] == "เลิกประชุมเวลา 12.00 น."
    assert text.index("4.1 จัดซื้อระบบประชุมอิเล็กทรอนิกส์") < text.index("มติที่ประชุม อนุมัติ")


def test_styles_differ_in_discussion_and_names(
    services: Services, org: Org, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.draft(meeting.id, m.MinutesStyle.VERBATIM)
    verbatim = entry(services, minutes, meeting, held["4.1"])
    assert "ผู้เห็นด้วย: นายชัยวัฒน์ แทนใจ แทน นายวิชัย มั่นคง, นายสมชาย ใจดี" in verbatim
    assert "ผู้ไม่เห็นด้วย: Dr. Anna Schmidt" in verbatim

    minutes.draft(meeting.id, m.MinutesStyle.RESOLUTIONS_ONLY)
    short = entry(services, minutes, meeting, held["4.1"])
    assert "อภิปราย" not in short and "มอบหมาย" not in short and "ผู้เห็นด้วย" not in short
    # Dissent and recusal belong in the minutes whatever the style (APA s.83, conflict of interest).
    assert "ความเห็นแย้งของDr. Anna Schmidt" in short and "มีส่วนได้เสีย" in short
    assert short.endswith("มติที่ประชุม อนุมัติ")
    assert minutes.view(meeting.id).minutes.style is m.MinutesStyle.RESOLUTIONS_ONLY  # type: ignore[union-attr]


def test_an_english_committee_gets_english_minutes(
    services: Services, org: Org, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    services.records.update(dataclasses.replace(org.committee, language="en"), base=org.committee)
    minutes.draft(meeting.id)
    text = minutes.view(meeting.id).text
    assert "Members present" in text and "The meeting opened at 09:35." in text
    assert "For 2, against 1, abstentions 0" in text and "Resolution: อนุมัติ" in text


def test_editing_an_item_and_rebuilding(
    services: Services, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.draft(meeting.id)
    minutes.set_entry(meeting.id, held["1.1"].id, "ประธานแจ้งที่ประชุมทราบ\nมติที่ประชุม รับทราบ")
    assert entry(services, minutes, meeting, held["1.1"]).startswith("ประธานแจ้งที่ประชุมทราบ")
    minutes.draft(meeting.id)  # rebuilding from the record replaces the edit
    assert entry(services, minutes, meeting, held["1.1"]).startswith("ประธานแจ้งกำหนดการ")


def test_certification_freezes_the_text_and_its_hash(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    held: dict[str, m.AgendaItem],
    minutes: MinutesService,
    snapshot: Callable[[], object],
) -> None:
    with pytest.raises(ValidationError, match="generate the draft"):
        minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(9, 30, 24))
    minutes.set_details(meeting.id, m.MinutesStyle.SUMMARY, org.secretary.id, org.chair.id)
    minutes.draft(meeting.id)
    text_before = minutes.view(meeting.id).text
    assert text_before.endswith("ผู้จดรายงานการประชุม นางสาวปราณี ขยัน\nผู้ตรวจรายงานการประชุม นายสมชาย ใจดี\n")
    minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(9, 30, 24))

    view = minutes.view(meeting.id)
    assert view.certified and view.minutes is not None
    assert view.minutes.certification_method is m.CertificationMethod.NEXT_MEETING
    assert view.minutes.certified_at == at(9, 30, 24)
    assert [v.number for v in view.versions] == [0] and view.versions[0].text == text_before
    assert view.minutes.certified_sha256 == hashlib.sha256(text_before.encode()).hexdigest()
    assert services.records.get(m.Meeting, meeting.id).status is m.MeetingStatus.MINUTES_CERTIFIED
    assert minutes.verify(meeting.id) and not view.changed_since_frozen

    before = snapshot()
    with pytest.raises(ValidationError, match="amendment"):
        minutes.set_entry(meeting.id, held["1.1"].id, "แก้ไข")
    with pytest.raises(ValidationError, match="amendment"):
        minutes.draft(meeting.id)
    with pytest.raises(ValidationError, match="already certified"):
        minutes.certify(meeting.id, m.CertificationMethod.CIRCULATION, at(10))
    assert snapshot() == before


def test_amendments_are_new_frozen_versions_with_reasons(
    services: Services, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.CIRCULATION, at(15))
    certified = minutes.view(meeting.id)
    with pytest.raises(ValidationError, match="reason"):
        minutes.amend(meeting.id, "  ", {held["1.1"].id: "แก้"})
    with pytest.raises(ValidationError, match="nothing differs"):
        minutes.amend(meeting.id, "ไม่มีอะไรเปลี่ยน")

    minutes.amend(meeting.id, "แก้ไขชื่อโครงการตามมติที่ประชุมครั้งที่ 2/2569", {held["1.1"].id: "ข้อความที่แก้ไข"})
    view = minutes.view(meeting.id)
    assert [v.number for v in view.versions] == [0, 1]
    assert view.versions[0].text == certified.text  # the certified version stays as it was
    assert "ข้อความที่แก้ไข" in view.versions[1].text and view.versions[1].reason.startswith("แก้ไขชื่อ")
    assert view.minutes is not None and view.minutes.certified_sha256 == certified.versions[0].sha256
    assert set(view.version_times) == {v.id for v in view.versions}
    assert minutes.verify(meeting.id)

    # The record the minutes were made from is frozen (services.frozen): a change to it by itself is
    # refused and the frozen text stays as it was.
    late = next(
        i
        for i in services.records.select(m.Invitation, meeting_id=meeting.id)
        if i.attendance is m.Attendance.LATE
    )
    corrected = dataclasses.replace(late, arrived_at=at(10, 20))
    with pytest.raises(ValidationError, match="certified"):
        services.records.update(corrected, base=late)
    assert not minutes.view(meeting.id).changed_since_frozen
    # A correction of the record is made by an amendment, with its reason, in the same step.
    minutes.amend(meeting.id, "แก้ไขเวลามาประชุม", corrections=[corrected])
    view = minutes.view(meeting.id)
    assert [v.number for v in view.versions] == [0, 1, 2] and not view.changed_since_frozen
    assert "มาประชุมเวลา 10.20 น." in view.versions[2].text and minutes.verify(meeting.id)
    assert [e.action for e in services.records.audit_trail(late.id)][-1] == "amend"


def test_tampering_with_a_frozen_version_is_detected(
    store: Store, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 5))
    assert minutes.verify(meeting.id)
    with store.connection() as conn:
        conn.execute("UPDATE minutes_versions SET text = replace(text, 'อนุมัติ', 'ไม่อนุมัติ')")
        conn.commit()
    assert not minutes.verify(meeting.id)


def test_minutes_cannot_be_certified_during_the_meeting(
    services: Services,
    meeting: m.Meeting,
    minutes: MinutesService,
    numbered: Callable[[str], dict[str, m.AgendaItem]],
) -> None:
    with pytest.raises(ValidationError, match="generate the draft"):
        minutes.set_entry(meeting.id, numbered(meeting.id)["1.1"].id, "ข้อความ")
    services.session.start(meeting.id, at(9, 30))
    minutes.draft(meeting.id)
    assert services.records.get(m.Meeting, meeting.id).status is m.MeetingStatus.IN_SESSION
    with pytest.raises(ValidationError, match="end the meeting"):
        minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 40))


def test_a_rebuilt_draft_can_be_put_back(
    services: Services, meeting: m.Meeting, held: dict[str, m.AgendaItem], minutes: MinutesService
) -> None:
    minutes.set_entry(meeting.id, held["1.1"].id, "เขียนเอง")
    _, rebuilt = services.steps.record(lambda: minutes.draft(meeting.id, m.MinutesStyle.VERBATIM))
    assert len(minutes.view(meeting.id).entries) > 1
    services.steps.undo(rebuilt)
    after = minutes.view(meeting.id)
    assert dict(after.entries) == {held["1.1"].id: "เขียนเอง"}
    assert after.minutes is not None and after.minutes.style is m.MinutesStyle.SUMMARY
