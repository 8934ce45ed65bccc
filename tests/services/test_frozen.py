"""Certified minutes freeze the meeting's record: every service refuses a change, amendments still work.

Issue 11, finding 3: removing item 2.1 of a certified meeting through AgendaService succeeded and the
minutes rebuilt from the record lost the item and its resolution.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import docx
import pytest
from PIL import Image

from emeeting.demo.load import load_demo
from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.paths import resources_dir
from emeeting.reports.frozen_minutes import frozen_minutes_pdf
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from emeeting.services.container import Services
from emeeting.services.frozen import CertifiedRecordError
from emeeting.services.minutes import MinutesService, sha256_text
from emeeting.services.publishing import DocumentKind
from emeeting.storage.store import Store
from tests.reports.test_draft_watermark import watermark_share
from tests.services.conftest import Org
from tests.services.test_minutes import at, held, invitation_of, minutes  # noqa: F401  (fixtures)

CERTIFIED = "are certified"
Held = dict[str, m.AgendaItem]


@pytest.fixture
def certified(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    held: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
    make_pdf: Callable[..., Path],
) -> Held:
    """ICT 1/2569 as held, with a resolution on item 2.1, papers on item 4.1 and the secretary leaving at
    11.30; its minutes certified."""
    services.session.set_resolution(held["2.1"].id, "รับรองรายงานการประชุมโดยไม่มีการแก้ไข")
    services.documents.attach(meeting.id, held["4.1"].id, [make_pdf("ผลการสืบราคา.pdf")])
    services.session.check_out(invitation_of(services, meeting, org.secretary).id, at(11, 30))
    minutes.draft(meeting.id)
    minutes.certify(meeting.id, m.CertificationMethod.NEXT_MEETING, at(9, 30, 24))
    return held


def test_removing_item_2_1_of_a_certified_meeting_is_refused_and_the_minutes_keep_it(
    services: Services,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
) -> None:
    frozen = minutes.view(meeting.id).versions[-1].text
    assert "2.1 รับรองรายงานการประชุม" in frozen and "รับรองรายงานการประชุมโดยไม่มีการแก้ไข" in frozen
    before = snapshot()

    with pytest.raises(CertifiedRecordError, match=CERTIFIED) as refused:
        services.agenda.remove(certified["2.1"].id)
    assert "1/2569" in str(refused.value) and "amendment" in str(refused.value)

    assert snapshot() == before
    view = minutes.view(meeting.id)
    assert not view.changed_since_frozen and view.text == frozen
    assert "2.1 รับรองรายงานการประชุม" in view.text
    assert minutes.verify(meeting.id)


def _changes(
    services: Services, org: Org, meeting: m.Meeting, items: Held
) -> dict[str, Callable[[], object]]:
    """Every way the services offer to change what certified minutes record, by name."""
    session, agenda, records = services.session, services.agenda, services.records
    decision, chair = items["4.1"], org.chair
    late = invitation_of(services, meeting, org.members[2])
    left = invitation_of(services, meeting, org.secretary)
    vote = records.select(m.Vote, meeting_id=meeting.id)[0]
    ballot = records.select(m.Ballot, vote_id=vote.id)[0]
    dissent = records.select(m.Dissent, item_id=decision.id)[0]
    recusal = records.select(m.Recusal, item_id=decision.id)[0]
    action = records.select(m.ActionItem, meeting_id=meeting.id)[0]
    note = records.select(m.ItemNote, item_id=decision.id)[0]
    paper = records.select(m.Document, item_id=decision.id)[0]
    record = records.select(m.Minutes, meeting_id=meeting.id)[0]
    guest = m.Person("ใหม่", "เข้าร่วม")

    def now(cls: type, entity_id: str) -> m.Meeting | m.AgendaItem:
        return records.get(cls, entity_id)  # type: ignore[no-any-return]

    return {
        # the meeting's own details
        "place": lambda: services.meetings.update(
            dataclasses.replace(now(m.Meeting, meeting.id), place="ห้อง 2"), base=now(m.Meeting, meeting.id)
        ),
        "delete meeting": lambda: services.meetings.delete(meeting.id),
        "delete committee": lambda: records.delete(m.Committee, org.committee.id),
        "reconvened": lambda: session.set_reconvened(meeting.id, True),
        # the agenda
        "add item": lambda: agenda.add(m.AgendaItem(meeting.id, "เรื่องใหม่", parent_id=items["5"].id)),
        "add section": lambda: agenda.add_section(meeting.id, "th", m.AgendaSection.OTHER),
        "edit item": lambda: agenda.update(
            dataclasses.replace(now(m.AgendaItem, decision.id), title="แก้"),
            base=now(m.AgendaItem, decision.id),
        ),
        "move item": lambda: agenda.move(items["2.1"].id, items["1"].id, 0),
        "remove item": lambda: agenda.remove(decision.id),
        "resolution": lambda: session.set_resolution(decision.id, "ไม่อนุมัติ"),
        "note": lambda: session.set_note(decision.id, "ข้อความใหม่"),
        "delete note": lambda: records.delete(m.ItemNote, note.id),
        # attendance and invitations
        "check in": lambda: session.check_in(left.id, m.Attendance.PRESENT, at(9, 40)),
        "check out": lambda: session.check_out(late.id, at(11, 0)),
        "absent": lambda: session.mark_absent(late.id, "ติดราชการ"),
        "arrival time": lambda: records.update(dataclasses.replace(late, arrived_at=at(10, 20)), base=late),
        "substitute": lambda: session.add_substitute(
            meeting.id, org.secretary.id, guest, at(9, 40), new_person=True
        ),
        "invite": lambda: records.create(guest, m.Invitation(meeting.id, guest.id, role=m.InviteeRole.GUEST)),
        "rsvp": lambda: records.update(dataclasses.replace(left, rsvp=m.Rsvp.DECLINED), base=left),
        "uninvite": lambda: records.delete(m.Invitation, late.id),
        # votes, recusals, dissent
        "re-record vote": lambda: session.record_vote(vote, {chair.id: m.Choice.AGAINST}),
        "new vote": lambda: session.record_vote(
            m.Vote(meeting.id, decision.id, "อีกครั้ง"), {chair.id: m.Choice.FOR}
        ),
        "ballot": lambda: records.update(dataclasses.replace(ballot, choice=m.Choice.ABSTAIN), base=ballot),
        "delete ballot": lambda: records.delete(m.Ballot, ballot.id),
        "recuse": lambda: session.recuse(items["1.1"].id, chair.id, "มีส่วนได้เสีย"),
        "delete recusal": lambda: records.delete(m.Recusal, recusal.id),
        "dissent": lambda: session.add_dissent(items["1.1"].id, chair.id, "ไม่เห็นด้วย"),
        "edit dissent": lambda: records.update(dataclasses.replace(dissent, reasons="อื่น"), base=dissent),
        # action items: what was assigned, to whom, by when
        "new action": lambda: records.create(m.ActionItem(meeting.id, "งานใหม่", item_id=decision.id)),
        "action title": lambda: records.update(dataclasses.replace(action, title="อื่น"), base=action),
        "action due": lambda: records.update(dataclasses.replace(action, due=None), base=action),
        "delete action": lambda: records.delete(m.ActionItem, action.id),
        # the minutes themselves
        "times": lambda: records.update(dataclasses.replace(record, ended_at=at(12, 30)), base=record),
        "entry": lambda: services.minutes.set_entry(meeting.id, decision.id, "แก้"),
        "rebuild": lambda: services.minutes.draft(meeting.id),
        # the papers of its agenda items
        "attach to item": lambda: services.documents.check_target(meeting.id, decision.id),
        "rename paper": lambda: services.documents.update(dataclasses.replace(paper, name="อื่น"), base=paper),
        "remove paper": lambda: services.documents.remove(paper.id),
    }


CHANGES = [
    "place", "delete meeting", "delete committee", "reconvened",
    "add item", "add section", "edit item", "move item", "remove item", "resolution", "note", "delete note",
    "check in", "check out", "absent", "arrival time", "substitute", "invite", "rsvp", "uninvite",
    "re-record vote", "new vote", "ballot", "delete ballot", "recuse", "delete recusal", "dissent",
    "edit dissent", "new action", "action title", "action due", "delete action", "times", "entry", "rebuild",
    "attach to item", "rename paper", "remove paper",
]  # fmt: skip


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_the_record_of_a_certified_meeting_is_refused(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
    change: str,
) -> None:
    changes = _changes(services, org, meeting, certified)
    assert set(changes) == set(CHANGES)
    frozen = minutes.view(meeting.id).text
    before = snapshot()

    with pytest.raises(ValidationError, match="certified"):
        changes[change]()

    assert snapshot() == before
    assert minutes.view(meeting.id).text == frozen and minutes.verify(meeting.id)


def test_an_amendment_still_changes_the_minutes_and_is_in_the_trail(
    services: Services,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
) -> None:
    decision = certified["4.1"].id
    minutes.amend(meeting.id, "แก้ไขตามมติที่ประชุมครั้งที่ 2/2569", {decision: "ข้อความที่แก้ไขแล้ว"})
    view = minutes.view(meeting.id)
    assert [v.number for v in view.versions] == [0, 1]
    assert "ข้อความที่แก้ไขแล้ว" in view.versions[1].text and minutes.verify(meeting.id)
    amended = view.versions[1]
    assert [e.action for e in services.records.audit_trail(amended.id)] == ["create"]
    entry = services.records.select(m.MinutesEntry, item_id=decision)[0]
    assert [e.action for e in services.records.audit_trail(entry.id)][-1] == "update"
    # A version is added, never rewritten, even by an amendment's own path.
    with pytest.raises(ValidationError, match="certified"):
        services.records.update(dataclasses.replace(amended, reason="อื่น"), base=amended)


def test_what_stays_open_after_certification(
    services: Services,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
    make_pdf: Callable[[str], Path],
) -> None:
    """The follow-up of an action item and papers filed with the meeting itself; an edit that changes
    nothing is no change."""
    action = services.records.select(m.ActionItem, meeting_id=meeting.id)[0]
    services.records.update(dataclasses.replace(action, status=m.ActionStatus.DONE), base=action)
    assert services.records.get(m.ActionItem, action.id).status is m.ActionStatus.DONE

    signed = services.documents.attach(meeting.id, None, [make_pdf("รายงานการประชุมที่ลงนามแล้ว.pdf")])
    assert [d.item_id for d in signed.attached] == [None]
    services.documents.remove(signed.attached[0].id)

    current = services.records.get(m.Meeting, meeting.id)
    services.meetings.update(current, base=current)
    assert minutes.verify(meeting.id) and not minutes.view(meeting.id).changed_since_frozen


def test_certifying_freezes_the_text_the_minutes_had(
    services: Services,
    meeting: m.Meeting,
    held: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
) -> None:
    """Certification writes its version and the meeting's status before the freeze takes hold."""
    minutes.draft(meeting.id)
    text = minutes.view(meeting.id).text
    minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 5))
    view = minutes.view(meeting.id)
    assert view.versions[0].text == text and view.versions[0].sha256 == sha256_text(text)
    assert services.records.get(m.Meeting, meeting.id).status is m.MeetingStatus.MINUTES_CERTIFIED
    trail = [e.action for e in services.records.audit_trail(view.minutes.id)]  # type: ignore[union-attr]
    assert trail[-1] == "certify"


def test_other_meetings_are_not_frozen(
    services: Services, org: Org, meeting: m.Meeting, certified: Held
) -> None:
    other_id = m.new_id()
    services.meetings.create(
        org.committee.id, "ประชุมครั้งต่อไป", at(9, 30, 24), template="th", meeting_id=other_id
    )
    services.meetings.copy_as_next(
        meeting.id, at(9, 30, 28)
    )  # reads the certified meeting, writes the new one
    first = services.meetings.view(other_id).agenda[0].item
    services.agenda.remove(first.id)


# -- minutes printed from the frozen text -------------------------------------------------------------


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def squeezed(text: str) -> str:
    return "".join(text.split())


def test_certified_minutes_print_their_frozen_text_not_the_record(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
    tmp_path: Path,
) -> None:
    frozen = minutes.view(meeting.id).versions[-1].text
    # The record altered behind the services' back: the certified minutes do not follow it.
    with store.connection() as conn:
        conn.execute("UPDATE agenda_items SET title = 'เรื่องที่แก้ลับหลัง' WHERE id = ?", [certified["2.1"].id])
        conn.commit()

    pdf = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "minutes.pdf")
    printed = squeezed(pdf_text(pdf))
    assert "เรื่องที่แก้ลับหลัง" not in printed
    position = 0
    for line in frozen.splitlines():  # every line of the frozen text, in order
        position = printed.index(squeezed(line), position)

    word = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "minutes.docx")
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()]
    assert paragraphs == frozen.splitlines()

    minutes.amend(meeting.id, "แก้ไขตามมติที่ประชุมครั้งที่ 2/2569", {certified["4.1"].id: "ข้อความฉบับแก้ไขเพิ่มเติม"})
    amended = services.publishing.render(DocumentKind.MINUTES, meeting.id, fmt="docx")
    (tmp_path / "amended.docx").write_bytes(amended)
    texts = [p.text for p in docx.Document(str(tmp_path / "amended.docx")).paragraphs]
    assert "ข้อความฉบับแก้ไขเพิ่มเติม" in texts


def test_a_tampered_frozen_text_is_refused_never_printed(
    services: Services,
    store: Store,
    meeting: m.Meeting,
    certified: Held,
    tmp_path: Path,
) -> None:
    with store.connection() as conn:
        conn.execute("UPDATE minutes_versions SET text = replace(text, 'อนุมัติ', 'ไม่อนุมัติ')")
        conn.commit()
    out = tmp_path / "out"
    out.mkdir()
    for name in ("minutes.pdf", "minutes.docx"):
        with pytest.raises(ValidationError, match="does not match its SHA-256") as refused:
            services.publishing.write(DocumentKind.MINUTES, meeting.id, out / name)
        assert "1/2569" in str(refused.value) and "backup" in str(refused.value)
    assert list(out.iterdir()) == []
    with store.connection() as conn:  # put back, so that the store passes `emeeting check` again
        conn.execute("UPDATE minutes_versions SET text = replace(text, 'ไม่อนุมัติ', 'อนุมัติ')")
        conn.commit()


def first_page(pdf: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-png", "-singlefile", str(pdf), str(pdf)], check=True)
    return Image.open(f"{pdf}.png").convert("L")


def word_watermarks(path: Path) -> list[str | None]:
    """The texts of Word's watermark shapes in the document's page header."""
    header = docx.Document(str(path)).sections[0].header
    return [t.get("string") for t in header._element.iter("{urn:schemas-microsoft-com:vml}textpath")]


def test_draft_minutes_carry_the_draft_mark_and_certified_ones_do_not(
    services: Services,
    meeting: m.Meeting,
    held: Held,  # noqa: F811
    minutes: MinutesService,  # noqa: F811
    tmp_path: Path,
) -> None:
    fonts = Fonts.load(resources_dir() / "fonts")
    minutes.draft(meeting.id)
    draft = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "draft.pdf")
    unmarked = tmp_path / "unmarked.pdf"
    unmarked.write_bytes(minutes_pdf(services.meetings.bundle(meeting.id), fonts, ReportOptions()).pdf)
    assert watermark_share(first_page(draft), first_page(unmarked)) > 0.04
    draft_word = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "draft.docx")
    assert word_watermarks(draft_word) == ["ร่าง"]

    minutes.certify(meeting.id, m.CertificationMethod.SAME_MEETING, at(12, 5))
    final = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "final.pdf")
    final_word = services.publishing.write(DocumentKind.MINUTES, meeting.id, tmp_path / "final.docx")
    assert word_watermarks(final_word) == []
    frozen = minutes.frozen(meeting.id)
    assert frozen is not None
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(frozen_minutes_pdf(frozen.bundle, frozen.lines, fonts, ReportOptions()).pdf)
    assert watermark_share(first_page(final), first_page(plain)) == 0.0


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (m.MeetingStatus.DRAFT, "has not been held yet"),
        (m.MeetingStatus.INVITED, "has not been held yet"),
        (m.MeetingStatus.POSTPONED, "has not been held yet"),
        (m.MeetingStatus.CANCELLED, "was cancelled"),
    ],
)
def test_a_meeting_never_held_has_no_minutes_to_print(
    services: Services,
    meeting: m.Meeting,
    tmp_path: Path,
    snapshot: Callable[[], object],
    status: m.MeetingStatus,
    why: str,
) -> None:
    """Issue 11, finding 4: minutes of a draft or cancelled meeting printed "ผู้มาประชุม –" and
    "เมื่อครบองค์ประชุมแล้ว"."""
    current = services.records.get(m.Meeting, meeting.id)
    services.meetings.update(dataclasses.replace(current, status=status), base=current)
    before = snapshot()
    out = tmp_path / "out"
    out.mkdir()
    for name in ("minutes.pdf", "minutes.docx"):
        with pytest.raises(ValidationError, match=why) as refused:
            services.publishing.write(DocumentKind.MINUTES, meeting.id, out / name)
        assert "1/2569" in str(refused.value)
    assert list(out.iterdir()) == [] and snapshot() == before
    # The meeting's other documents are still there to print.
    services.publishing.write(DocumentKind.AGENDA, meeting.id, out / "agenda.pdf")


# -- the command line refuses too ------------------------------------------------------------------------


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=180)


@pytest.mark.slow
def test_the_command_line_refuses_to_change_a_certified_meeting(
    data_dir: Path,
    meeting: m.Meeting,
    certified: Held,
    make_pdf: Callable[..., Path],
    snapshot: Callable[[], object],
    tmp_path: Path,
) -> None:
    before = snapshot()
    result = cli(data_dir, "attach", "ICT:1/2569", "4.1", str(make_pdf("เพิ่มเติม.pdf")))
    assert result.returncode == 2
    assert "minutes of meeting 1/2569 are certified" in result.stderr and "amendment" in result.stderr
    assert snapshot() == before

    out = tmp_path / "minutes.pdf"
    assert cli(data_dir, "minutes", "ICT:1/2569", "-o", str(out)).returncode == 0
    assert "รับรองรายงานการประชุมโดยไม่มีการแก้ไข" in pdf_text(out)


@pytest.mark.slow
def test_the_command_line_refuses_minutes_of_a_meeting_never_held(
    data_dir: Path, meeting: m.Meeting, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.pdf"
    result = cli(data_dir, "minutes", "ICT:1/2569", "-o", str(out))
    assert result.returncode == 2 and not out.exists()
    assert "meeting 1/2569 has not been held yet" in result.stderr


def test_demo_meetings_are_certified_through_the_service_and_stay_frozen(
    services: Services, tmp_path: Path
) -> None:
    """The demo writes each held meeting's record, then certifies its minutes as a secretary would: every
    certified text verifies, prints as frozen, and the record refuses changes."""
    assert load_demo(services, 12, today=date(2026, 6, 1)) == 12
    certified = services.records.select(m.Minutes, status=m.MinutesStatus.CERTIFIED)
    assert certified
    for done in certified:
        view = services.minutes.view(done.meeting_id)
        assert services.minutes.verify(done.meeting_id) and not view.changed_since_frozen
        assert view.minutes is not None and view.minutes.certified_at is not None
        assert services.records.get(m.Meeting, done.meeting_id).status is m.MeetingStatus.MINUTES_CERTIFIED
    meeting_id = certified[0].meeting_id
    text = services.minutes.view(meeting_id).versions[-1].text
    word = services.publishing.write(DocumentKind.MINUTES, meeting_id, tmp_path / "demo.docx")
    assert [p.text for p in docx.Document(str(word)).paragraphs if p.text.strip()] == text.splitlines()
    item = services.meetings.view(meeting_id).agenda[-1].item
    with pytest.raises(CertifiedRecordError):
        services.agenda.remove(item.id)


def test_an_amendment_may_correct_the_record_of_its_own_meeting_only(
    services: Services,
    org: Org,
    meeting: m.Meeting,
    certified: Held,
    minutes: MinutesService,  # noqa: F811
    snapshot: Callable[[], object],
) -> None:
    late = invitation_of(services, meeting, org.members[2])
    other_id = m.new_id()
    services.meetings.create(org.committee.id, "ประชุมครั้งต่อไป", at(9, 30, 24), meeting_id=other_id)
    guest = m.Person("มานพ", "ใจกว้าง")
    services.records.create(guest, m.Invitation(other_id, guest.id))
    elsewhere = services.records.select(m.Invitation, meeting_id=other_id)[0]
    version = minutes.view(meeting.id).versions[0]
    current = minutes.view(meeting.id).minutes
    assert current is not None
    before = snapshot()
    for refused, why in (
        (dataclasses.replace(elsewhere, attendance=m.Attendance.PRESENT), "its own meeting"),
        (dataclasses.replace(version, reason="อื่น"), "entries"),
        (dataclasses.replace(current, taker_id=None), "entries"),
    ):
        with pytest.raises(ValidationError, match=why):
            minutes.amend(meeting.id, "แก้ไข", corrections=[refused])
    with pytest.raises(ValidationError, match="nothing differs"):  # a correction the text does not show
        minutes.amend(meeting.id, "แก้ไข", corrections=[dataclasses.replace(late, rsvp=m.Rsvp.ACCEPTED)])
    assert snapshot() == before

    minutes.amend(
        meeting.id, "แก้ไขเวลามาประชุม", corrections=[dataclasses.replace(late, arrived_at=at(10, 20))]
    )
    assert "มาประชุมเวลา 10.20 น." in minutes.view(meeting.id).versions[-1].text
    assert minutes.verify(meeting.id)
