"""MeetingService: numbering in series, agenda templates, copying as the next meeting, lookups."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from emeeting.domain import model as m
from emeeting.domain.certification import changed_values
from emeeting.domain.errors import NotFoundError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services

BANGKOK = timezone(timedelta(hours=7))
TH_SECTIONS = [
    ("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", m.AgendaSection.ANNOUNCEMENTS),
    ("2", "เรื่องรับรองรายงานการประชุม", m.AgendaSection.CERTIFY_MINUTES),
    ("3", "เรื่องสืบเนื่อง", m.AgendaSection.MATTERS_ARISING),
    ("4", "เรื่องเสนอเพื่อพิจารณา", m.AgendaSection.FOR_DECISION),
    ("5", "เรื่องอื่น ๆ", m.AgendaSection.OTHER),
]


def at(y: int, mo: int, d: int, h: int = 9, mi: int = 30) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BANGKOK)


def new_meeting(services: Services, committee_id: str, start: datetime, **kw: object) -> m.Meeting:
    meeting_id = m.new_id()
    services.meetings.create(committee_id, "ประชุมประจำเดือน", start, meeting_id=meeting_id, **kw)
    return services.records.get(m.Meeting, meeting_id)


# -- numbering ---------------------------------------------------------------------------------------------


def test_per_year_numbering_counts_up_and_restarts_in_a_new_be_year(services: Services, org) -> None:
    cid = org.committee.id
    labels = [
        new_meeting(services, cid, start).label
        for start in (at(2026, 1, 15), at(2026, 6, 1), at(2026, 12, 28), at(2027, 1, 5), at(2027, 2, 5))
    ]
    assert labels == ["1/2569", "2/2569", "3/2569", "1/2570", "2/2570"]


def test_continuous_numbering_keeps_counting_across_years(services: Services) -> None:
    committee = m.Committee("คณะกรรมการตรวจสอบ", "AUD", numbering=m.NumberingStyle.CONTINUOUS)
    services.records.create(committee)
    labels = [
        new_meeting(services, committee.id, start).label
        for start in (at(2026, 11, 1), at(2026, 12, 1), at(2027, 1, 5))
    ]
    assert labels == ["1/2569", "2/2569", "3/2570"]


def test_numbering_is_per_committee(services: Services, org) -> None:
    other = m.Committee("คณะกรรมการการเงิน", "FIN")
    services.records.create(other)
    new_meeting(services, org.committee.id, at(2026, 1, 15))
    new_meeting(services, org.committee.id, at(2026, 2, 15))
    assert new_meeting(services, other.id, at(2026, 3, 15)).label == "1/2569"


def test_a_deleted_meeting_does_not_hold_its_number(services: Services, org) -> None:
    first = new_meeting(services, org.committee.id, at(2026, 1, 15))
    second = new_meeting(services, org.committee.id, at(2026, 2, 15))
    services.meetings.delete(second.id)
    assert first.label == "1/2569"
    assert new_meeting(services, org.committee.id, at(2026, 2, 20)).label == "2/2569"


def test_create_returns_changes_and_audits(services: Services, org) -> None:
    meeting_id = m.new_id()
    changes = services.meetings.create(
        org.committee.id, "ประชุม", at(2026, 3, 1), template="th", meeting_id=meeting_id
    )
    items = services.records.select(m.AgendaItem, meeting_id=meeting_id)
    assert changes.ids == {"meeting": {meeting_id}, "agenda_item": {i.id for i in items}}
    assert [e.action for e in services.records.audit_trail(meeting_id)] == ["create"]
    assert all(services.records.audit_trail(i.id)[0].action == "create" for i in items)


def test_create_takes_the_committees_default_secrecy_and_extra_fields(services: Services) -> None:
    committee = m.Committee("คณะกรรมการสอบสวน", "INV", default_secrecy=m.Secrecy.CONFIDENTIAL)
    services.records.create(committee)
    meeting = new_meeting(services, committee.id, at(2026, 5, 1), place="ห้อง 3", mode=m.MeetingMode.HYBRID)
    assert meeting.secrecy is m.Secrecy.CONFIDENTIAL
    assert (meeting.place, meeting.mode) == ("ห้อง 3", m.MeetingMode.HYBRID)
    assert meeting.start == at(2026, 5, 1)  # the same instant, whatever zone it comes back in


# -- templates ---------------------------------------------------------------------------------------------


def test_thai_template_gives_the_five_customary_sections(
    services: Services, meeting: m.Meeting, numbered
) -> None:
    agenda = numbered(meeting.id)
    top = [(n, agenda[n].title, agenda[n].section) for n in sorted(agenda) if "." not in n]
    assert top == TH_SECTIONS
    assert sorted(agenda) == ["1", "1.1", "1.2", "2", "2.1", "3", "4", "5"]
    assert agenda["1.1"].title == "เรื่องที่ประธานแจ้ง"
    assert agenda["1.2"].title == "เรื่องที่เลขานุการแจ้ง"
    assert agenda["2.1"].title.startswith("รับรองรายงานการประชุม")
    assert agenda["1.2"].section is m.AgendaSection.ANNOUNCEMENTS
    assert agenda["2.1"].section is m.AgendaSection.CERTIFY_MINUTES


def test_english_template(services: Services, org, numbered) -> None:
    meeting = new_meeting(services, org.committee.id, at(2026, 4, 1), template="en")
    agenda = numbered(meeting.id)
    assert [agenda[n].title for n in ("1", "2", "3", "4", "5")] == [
        "Announcements by the chair",
        "Adoption of the minutes of the previous meeting",
        "Matters arising",
        "Matters for decision",
        "Any other business",
    ]
    assert (agenda["1.1"].title, agenda["1.2"].title) == ("From the chair", "From the secretary")


def test_no_template_gives_an_empty_agenda(services: Services, org) -> None:
    meeting = new_meeting(services, org.committee.id, at(2026, 4, 1))
    assert services.meetings.view(meeting.id).agenda == ()


def test_unknown_template_is_refused_and_nothing_is_stored(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="no agenda template 'xx'"):
        services.meetings.create(org.committee.id, "ประชุม", at(2026, 4, 1), template="xx")
    assert snapshot() == before


def test_meeting_without_a_title_is_refused_and_nothing_is_stored(services: Services, org, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="title"):
        services.meetings.create(org.committee.id, "  ", at(2026, 4, 1), template="th")
    assert snapshot() == before


def test_meeting_for_an_unknown_committee_is_not_found(services: Services, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        services.meetings.create("no-such-committee", "ประชุม", at(2026, 4, 1))
    assert snapshot() == before


def test_certify_minutes_item_names_the_previous_meeting(services: Services, org, numbered) -> None:
    first = new_meeting(services, org.committee.id, at(2026, 1, 15), template="th")
    assert numbered(first.id)["2.1"].title == "รับรองรายงานการประชุมครั้งที่ผ่านมา"
    second = new_meeting(services, org.committee.id, at(2026, 2, 15), template="th")
    assert second.label == "2/2569"
    assert numbered(second.id)["2.1"].title == "รับรองรายงานการประชุม ครั้งที่ 1/2569"


# -- update ------------------------------------------------------------------------------------------------


def test_update_is_audited_with_changed_fields(services: Services, meeting: m.Meeting) -> None:
    changes = services.meetings.update(
        dataclasses.replace(meeting, place="ห้องประชุมใหญ่", urgency=m.Urgency.URGENT), base=meeting
    )
    assert changes.ids == {"meeting": {meeting.id}}
    trail = services.records.audit_trail(meeting.id)
    assert trail[-1].action == "update"
    assert set(changed_values(trail[-1].summary) or ()) == {"place", "urgency"}


def test_update_cannot_take_another_meetings_number(
    services: Services, org, meeting: m.Meeting, snapshot
) -> None:
    second = new_meeting(services, org.committee.id, at(2026, 4, 1))
    before = snapshot()
    with pytest.raises(ValidationError, match="1/2569 already exists"):
        services.meetings.update(dataclasses.replace(second, number=1), base=second)
    assert snapshot() == before


def test_update_refuses_an_end_before_the_start(services: Services, meeting: m.Meeting, snapshot) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match="end before"):
        services.meetings.update(
            dataclasses.replace(meeting, end=meeting.start - timedelta(hours=1)), base=meeting
        )
    assert snapshot() == before


# -- copy as next ------------------------------------------------------------------------------------------


def test_copy_as_next_increments_the_number_and_copies_the_setting(
    services: Services, meeting: m.Meeting, numbered
) -> None:
    new_id = m.new_id()
    changes = services.meetings.copy_as_next(meeting.id, at(2026, 4, 7), new_id=new_id)

    copy = services.records.get(m.Meeting, new_id)
    assert copy.label == "2/2569"
    assert (copy.title, copy.place, copy.mode, copy.secrecy) == (
        meeting.title,
        meeting.place,
        meeting.mode,
        meeting.secrecy,
    )
    assert copy.status is m.MeetingStatus.DRAFT
    assert changes.concerns(Kind.MEETING, [new_id])
    assert [n for n in sorted(numbered(new_id)) if "." not in n] == ["1", "2", "3", "4", "5"]
    assert changes.ids[Kind.AGENDA_ITEM] == {i.id for i in numbered(new_id).values()}


def test_copy_as_next_names_the_source_meeting_for_certification(
    services: Services, meeting: m.Meeting, numbered
) -> None:
    new_id = m.new_id()
    services.meetings.copy_as_next(meeting.id, at(2026, 4, 7), new_id=new_id)
    assert numbered(new_id)["2.1"].title == "รับรองรายงานการประชุม ครั้งที่ 1/2569"


def test_copy_as_next_rolls_over_the_be_year(services: Services, org) -> None:
    december = new_meeting(services, org.committee.id, at(2026, 12, 15), template="th")
    assert december.label == "1/2569"
    new_id = m.new_id()
    services.meetings.copy_as_next(december.id, at(2027, 1, 10), new_id=new_id)
    assert services.records.get(m.Meeting, new_id).label == "1/2570"


def test_copy_as_next_invites_the_members_again(services: Services, org, meeting: m.Meeting) -> None:
    guest = m.Person("ผู้", "เชี่ยวชาญ")
    services.records.create(guest, m.Invitation(meeting.id, guest.id, role=m.InviteeRole.GUEST))
    answered = services.records.select(m.Invitation, meeting_id=meeting.id, person_id=org.chair.id)[0]
    services.records.update(
        dataclasses.replace(answered, rsvp=m.Rsvp.DECLINED, rsvp_reason="ลาป่วย"), base=answered
    )

    new_id = m.new_id()
    changes = services.meetings.copy_as_next(meeting.id, at(2026, 4, 7), new_id=new_id)

    invitations = services.records.select(m.Invitation, meeting_id=new_id)
    assert {i.person_id for i in invitations} == {p.id for p in org.people}  # members, not the guest
    assert all(i.rsvp is m.Rsvp.PENDING and i.role is m.InviteeRole.MEMBER for i in invitations)
    assert changes.ids[Kind.INVITATION] == {i.id for i in invitations}
    # the source meeting's invitations are untouched
    assert len(services.records.select(m.Invitation, meeting_id=meeting.id)) == len(org.people) + 1


def test_copy_as_next_carries_open_action_items_into_matters_arising(
    services: Services, org, meeting: m.Meeting, numbered
) -> None:
    open_a = m.ActionItem(meeting.id, "จัดทำแผนงบประมาณ", assignee_id=org.members[0].id, due=date(2026, 4, 1))
    open_b = m.ActionItem(meeting.id, "ปรับปรุงเว็บไซต์", assignee_id=org.members[1].id, due=date(2026, 5, 1))
    done = m.ActionItem(meeting.id, "ส่งรายงาน", status=m.ActionStatus.DONE, due=date(2026, 3, 20))
    cancelled = m.ActionItem(meeting.id, "ยกเลิกแล้ว", status=m.ActionStatus.CANCELLED)
    services.records.create(open_a, open_b, done, cancelled)

    new_id = m.new_id()
    changes = services.meetings.copy_as_next(meeting.id, at(2026, 4, 7), new_id=new_id)

    agenda = numbered(new_id)
    assert agenda["3"].section is m.AgendaSection.MATTERS_ARISING
    assert [agenda["3.1"].title, agenda["3.2"].title] == [open_a.title, open_b.title]
    assert "3.3" not in agenda
    assert agenda["3.1"].presenter_id == org.members[0].id
    assert agenda["3.1"].section is m.AgendaSection.MATTERS_ARISING
    carried = {a.carried_from_id: a for a in services.records.select(m.ActionItem, meeting_id=new_id)}
    assert set(carried) == {open_a.id, open_b.id}
    assert carried[open_a.id].item_id == agenda["3.1"].id
    assert carried[open_a.id].status is m.ActionStatus.OPEN
    assert (carried[open_a.id].assignee_id, carried[open_a.id].due) == (open_a.assignee_id, open_a.due)
    assert changes.ids[Kind.ACTION_ITEM] == {a.id for a in carried.values()}
    assert {agenda["3.1"].id, agenda["3.2"].id} <= changes.ids[Kind.AGENDA_ITEM]


def test_copy_as_next_carries_action_items_with_and_without_a_due_date(
    services: Services, org, meeting: m.Meeting, numbered
) -> None:
    dated = m.ActionItem(meeting.id, "ติดตามสัญญา", due=date(2026, 4, 1))
    undated = m.ActionItem(meeting.id, "ศึกษาแนวทาง")
    services.records.create(dated, undated)

    new_id = m.new_id()
    services.meetings.copy_as_next(meeting.id, at(2026, 4, 7), new_id=new_id)

    agenda = numbered(new_id)
    assert {agenda["3.1"].title, agenda["3.2"].title} == {dated.title, undated.title}


def test_copy_as_next_of_a_meeting_without_matters_arising_adds_the_section(services: Services, org) -> None:
    source = new_meeting(services, org.committee.id, at(2026, 1, 15))  # no template: empty agenda
    action = m.ActionItem(source.id, "ติดตามผล")
    services.records.create(action)
    committee = dataclasses.replace(org.committee, agenda_template="en")
    services.records.update(committee, base=org.committee)

    new_id = m.new_id()
    services.meetings.copy_as_next(source.id, at(2026, 2, 15), new_id=new_id)

    view = services.meetings.view(new_id)
    arising = [e for e in view.agenda if e.item.section is m.AgendaSection.MATTERS_ARISING and e.depth == 0]
    assert len(arising) == 1
    assert [e.item.title for e in view.agenda if e.item.parent_id == arising[0].item.id] == [action.title]


def test_copy_as_next_of_an_unknown_meeting_changes_nothing(services: Services, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        services.meetings.copy_as_next("no-such-meeting", at(2026, 4, 7))
    assert snapshot() == before


# -- lookups -----------------------------------------------------------------------------------------------


def test_resolve_by_id_and_by_reference(services: Services, org, meeting: m.Meeting) -> None:
    third = new_meeting(services, org.committee.id, at(2026, 5, 1))
    third = new_meeting(services, org.committee.id, at(2026, 6, 1))
    assert third.label == "3/2569"
    assert services.meetings.resolve(meeting.id) == meeting
    assert services.meetings.resolve("ICT:1/2569") == meeting
    assert services.meetings.resolve(" ICT:3/2569 ") == third


@pytest.mark.parametrize(
    "reference", ["ICT:9/2569", "FIN:1/2569", "ICT:1/2570", "no-such-id", "ICT 1/2569", ""]
)
def test_resolve_unknown_is_not_found(services: Services, meeting: m.Meeting, reference: str) -> None:
    with pytest.raises(NotFoundError, match="no meeting"):
        services.meetings.resolve(reference)


def test_resolve_refuses_to_guess_between_two_meetings_with_one_reference(
    services: Services, store, meeting: m.Meeting
) -> None:
    """Only damage done behind the app's back (here: without the unique index) can make this happen."""
    with store.connection() as conn:
        conn.execute("DROP INDEX uq_meetings_live_number")
        conn.execute(
            'INSERT INTO meetings SELECT ?, committee_id, number, year_be, title, start, "end", place,'
            " online_link, mode, status, secrecy, urgency, notice_sent_at, reconvened, version, dirty,"
            " deleted, updated_at, updated_by, recording_link FROM meetings WHERE id = ?",
            [m.new_id(), meeting.id],
        )
    with pytest.raises(NotFoundError, match="'ICT:1/2569' names 2 meetings; give the meeting's id instead"):
        services.meetings.resolve("ICT:1/2569")
    assert services.meetings.resolve(meeting.id) == meeting


def test_resolve_does_not_find_a_deleted_meeting(services: Services, meeting: m.Meeting) -> None:
    services.meetings.delete(meeting.id)
    with pytest.raises(NotFoundError):
        services.meetings.resolve("ICT:1/2569")
    with pytest.raises(NotFoundError):
        services.meetings.resolve(meeting.id)


def test_summaries_list_newest_first_with_their_reference(
    services: Services, org, meeting: m.Meeting
) -> None:
    new_meeting(services, org.committee.id, at(2026, 5, 1))
    new_meeting(services, org.committee.id, at(2027, 1, 5))
    refs = [s.reference for s in services.meetings.summaries(org.committee.id)]
    assert refs == ["ICT:1/2570", "ICT:2/2569", "ICT:1/2569"]


def test_view_shows_numbers_documents_invitations_and_people(
    services: Services, store, org, meeting: m.Meeting, numbered, add_documents
) -> None:
    agenda = numbered(meeting.id)
    sha = store.blobs.put_bytes(b"%PDF-1.4 budget")
    decision = m.AgendaItem(meeting.id, "งบประมาณ", parent_id=agenda["4"].id, presenter_id=org.members[2].id)
    services.agenda.add(decision)
    doc_b = m.Document(
        meeting.id, "ข", "b.pdf", "application/pdf", 15, sha, item_id=decision.id, position=1, page_count=3
    )
    doc_a = m.Document(
        meeting.id, "ก", "a.pdf", "application/pdf", 15, sha, item_id=decision.id, position=0, page_count=2
    )
    notice = m.Document(meeting.id, "หนังสือเชิญ", "notice.pdf", "application/pdf", 15, sha, page_count=1)
    add_documents(doc_b, doc_a, notice)

    view = services.meetings.view(meeting.id)

    assert view.summary.reference == "ICT:1/2569"
    numbers = [e.number for e in view.agenda]
    assert numbers == ["1", "1.1", "1.2", "2", "2.1", "3", "4", "4.1", "5"]
    entry = view.agenda[numbers.index("4.1")]
    assert (entry.item.id, entry.depth) == (decision.id, 1)
    assert [d.id for d in entry.documents] == [doc_a.id, doc_b.id]
    assert [d.id for d in view.meeting_documents] == [notice.id]
    assert view.page_count == 6
    assert {i.person_id for i in view.invitations} == {p.id for p in org.people}
    assert set(view.people) == {p.id for p in org.people}
    assert view.people[org.chair.id].display_name == "นายสมชาย ใจดี"


def test_view_of_an_unknown_meeting_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.meetings.view("no-such-meeting")


def test_bundle_includes_everything_the_meeting_refers_to(
    services: Services, store, org, meeting: m.Meeting, numbered, add_documents
) -> None:
    agenda = numbered(meeting.id)
    presenter, guest, taker = m.Person("ผู้", "นำเสนอ"), m.Person("แขก", "รับเชิญ"), m.Person("ผู้", "จด")
    services.records.create(presenter, guest, taker)
    item = m.AgendaItem(meeting.id, "โครงการคลาวด์", parent_id=agenda["4"].id, presenter_id=presenter.id)
    services.agenda.add(item)
    sha = store.blobs.put_bytes(b"%PDF-1.4 cloud")
    doc = m.Document(meeting.id, "ข้อเสนอ", "cloud.pdf", "application/pdf", 14, sha, item_id=item.id)
    vote = m.Vote(meeting.id, item.id, "อนุมัติโครงการหรือไม่")
    ballots = [m.Ballot(vote.id, p.id, m.Choice.FOR) for p in (org.chair, *org.members[:2])]
    dissent = m.Dissent(item.id, org.members[2].id, "งบประมาณสูงเกินไป")
    recusal = m.Recusal(item.id, org.members[1].id, "มีส่วนได้เสีย")
    action = m.ActionItem(meeting.id, "ทำสัญญา", item_id=item.id, assignee_id=org.secretary.id)
    minutes = m.Minutes(meeting.id, taker_id=taker.id, checker_id=org.chair.id)
    entry = m.MinutesEntry(minutes.id, item.id, "ที่ประชุมอนุมัติ")
    add_documents(doc)
    services.records.create(
        vote, *ballots, dissent, recusal, action, minutes, entry,
        m.Invitation(meeting.id, guest.id, role=m.InviteeRole.GUEST, item_id=item.id),
    )  # fmt: skip
    other = new_meeting(services, org.committee.id, at(2026, 6, 1), template="th")  # must not leak in

    bundle = services.meetings.bundle(meeting.id)

    assert (bundle.committee, bundle.meeting) == (org.committee, meeting)
    assert {i.id for i in bundle.items} == {i.id for i in agenda.values()} | {item.id}
    assert bundle.documents == (doc,)
    assert bundle.votes == (vote,)
    assert set(bundle.ballots) == set(ballots)
    assert (bundle.dissents, bundle.recusals, bundle.actions) == ((dissent,), (recusal,), (action,))
    assert (bundle.minutes, bundle.minutes_entries) == (minutes, (entry,))
    assert set(bundle.memberships) == set(org.memberships)
    assert {p.id for p in bundle.people} == {p.id for p in org.people} | {presenter.id, guest.id, taker.id}
    assert all(i.meeting_id == meeting.id for i in bundle.items)
    assert other.id not in {x.meeting_id for x in (*bundle.items, *bundle.invitations)}
    # closed under references: every id the bundle mentions is in the bundle
    people = {p.id for p in bundle.people}
    items = {i.id for i in bundle.items}
    for record in (*bundle.items, *bundle.invitations, *bundle.ballots, *bundle.dissents, *bundle.recusals,
                   *bundle.actions, *bundle.memberships, bundle.minutes):  # fmt: skip
        for name in (
            "person_id",
            "presenter_id",
            "assignee_id",
            "substitute_for_id",
            "taker_id",
            "checker_id",
        ):
            ref = getattr(record, name, None)
            assert ref is None or ref in people, f"{type(record).__name__}.{name}"
        for name in ("item_id", "parent_id"):
            ref = getattr(record, name, None)
            assert ref is None or ref in items, f"{type(record).__name__}.{name}"
    assert {b.vote_id for b in bundle.ballots} == {vote.id}


def test_status_moves_only_along_the_lifecycle(services: Services, meeting: m.Meeting, snapshot) -> None:
    invited = dataclasses.replace(meeting, status=m.MeetingStatus.INVITED)
    services.meetings.update(invited, base=meeting)
    held = dataclasses.replace(invited, status=m.MeetingStatus.CLOSED)
    services.meetings.update(held, base=invited)
    before = snapshot()
    with pytest.raises(ValidationError, match="closed cannot become draft"):
        services.meetings.update(dataclasses.replace(held, status=m.MeetingStatus.DRAFT), base=held)
    assert snapshot() == before
    assert services.meetings.resolve(meeting.id).status is m.MeetingStatus.CLOSED
