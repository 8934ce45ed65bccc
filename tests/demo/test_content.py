"""The demo data generator: deterministic, fast, internally consistent and realistic."""

from __future__ import annotations

import itertools
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest

from emeeting.demo.content import DemoData, make_demo
from emeeting.domain.model import (
    Attendance,
    MeetingMode,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
    NumberingStyle,
    Rsvp,
    Secrecy,
    Urgency,
    VoteKind,
)
from emeeting.domain.templates import AGENDA_TEMPLATES
from emeeting.domain.thai import format_english_date, format_thai_date
from emeeting.domain.thai import is_thai as thai

TODAY = date(2026, 5, 20)
HELD = {MeetingStatus.CLOSED, MeetingStatus.MINUTES_DRAFTED, MeetingStatus.MINUTES_CERTIFIED}
PRESENT = {Attendance.PRESENT, Attendance.ONLINE, Attendance.LATE, Attendance.LEFT_EARLY}


@pytest.fixture(scope="module")
def demo() -> DemoData:
    return make_demo(120, today=TODAY)


def test_deterministic_for_a_seed() -> None:
    assert make_demo(40, today=TODAY) == make_demo(40, today=TODAY)
    assert make_demo(40, seed=7, today=TODAY) != make_demo(40, today=TODAY)


def test_thousand_meetings_are_fast() -> None:
    started = time.perf_counter()
    data = make_demo(1000, today=TODAY)
    assert time.perf_counter() - started < 3.0
    assert len(data.bundles) == 1000
    check_references(data)
    check_numbering(data)


@pytest.mark.parametrize("meetings", [1, 2, 3, 7])
def test_small_demos_are_complete(meetings: int) -> None:
    data = make_demo(meetings, today=TODAY)
    assert len(data.bundles) == meetings
    assert len(data.committees) == 3
    check_references(data)
    check_statuses(data, TODAY)


def test_needs_a_meeting() -> None:
    with pytest.raises(ValueError):
        make_demo(0, today=TODAY)


def test_references_are_valid(demo: DemoData) -> None:
    check_references(demo)


def test_numbering_is_unique_per_committee_and_year(demo: DemoData) -> None:
    check_numbering(demo)


def test_statuses_follow_dates(demo: DemoData) -> None:
    check_statuses(demo, TODAY)
    check_statuses(make_demo(60, seed=11, today=date(2025, 1, 6)), date(2025, 1, 6))


def test_times_are_weekday_mornings_or_afternoons_in_bangkok(demo: DemoData) -> None:
    for b in demo.bundles:
        start = b.meeting.start
        assert start.utcoffset() == timedelta(hours=7)
        assert start.weekday() < 5
        assert (start.hour, start.minute) in {(9, 30), (13, 30)}
        assert b.meeting.end is not None and b.meeting.end > start
        assert b.meeting.year_be == start.year + 543


def test_committees_people_and_memberships(demo: DemoData) -> None:
    thai_committees = [c for c in demo.committees if c.language == "th"]
    (english,) = [c for c in demo.committees if c.language == "en"]
    assert len(thai_committees) == 2 and all(thai(c.name) for c in thai_committees)
    assert english.agenda_template == "en" and not thai(english.name)
    assert 25 <= len(demo.people) <= 40
    assert len({p.id for p in demo.people}) == len(demo.people)
    assert all(p.email and p.phone and p.position and p.organisation for p in demo.people)
    assert any(p.title == "นางสาว" for p in demo.people) and any(p.title == "Ms." for p in demo.people)
    for committee in demo.committees:
        members = [m for m in demo.memberships if m.committee_id == committee.id]
        for b in (b for b in demo.bundles if b.committee == committee):
            roles = Counter(m.role for m in members if m.active_on(b.meeting.start.date()))
            assert roles[MemberRole.CHAIR] == roles[MemberRole.VICE_CHAIR] == 1
            assert roles[MemberRole.SECRETARY] == roles[MemberRole.ASSISTANT_SECRETARY] == 1
            assert roles[MemberRole.MEMBER] >= 4
        assert not any(m.voting for m in members if m.role is MemberRole.ASSISTANT_SECRETARY)


def test_language_follows_the_committee(demo: DemoData) -> None:
    for b in demo.bundles:
        texts = [
            b.meeting.title,
            *(i.title for i in b.items),
            *(i.resolution for i in b.items if i.resolution),
        ]
        if b.committee.language == "th":
            assert all(thai(t) for t in texts)
        else:
            assert not any(thai(t) for t in texts)


def test_agenda_has_the_five_sections(demo: DemoData) -> None:
    for b in demo.bundles:
        top = sorted((i for i in b.items if i.parent_id is None), key=lambda i: i.position)
        assert [i.section.value for i in top] == [
            "announcements",
            "certify_minutes",
            "matters_arising",
            "for_decision",
            "other",
        ]
        decisions = [i for i in b.items if i.parent_id == top[3].id]
        assert decisions and all(i.background and i.facts and i.legal_basis and i.proposal for i in decisions)


def test_the_data_shows_the_variety_a_demo_needs(demo: DemoData) -> None:
    bundles = demo.bundles
    statuses = Counter(b.meeting.status for b in bundles)
    assert statuses[MeetingStatus.CANCELLED] in (1, 2)
    assert statuses[MeetingStatus.MINUTES_CERTIFIED] and (
        statuses[MeetingStatus.DRAFT] or statuses[MeetingStatus.INVITED]
    )
    assert {b.meeting.mode for b in bundles} == set(MeetingMode)
    assert any(b.meeting.secrecy is Secrecy.CONFIDENTIAL for b in bundles)
    assert any(b.meeting.urgency is Urgency.URGENT for b in bundles)
    assert any(b.meeting.online_link for b in bundles)
    invitations = [i for b in bundles for i in b.invitations]
    assert any(i.substitute_for_id for i in invitations)
    assert any(i.attendance is Attendance.LATE and i.arrived_at for i in invitations)
    assert any(i.attendance is Attendance.LEFT_EARLY and i.left_at for i in invitations)
    assert any(i.attendance is Attendance.ABSENT and i.absence_reason for i in invitations)
    votes = [v for b in bundles for v in b.votes]
    assert {v.kind for v in votes} == {VoteKind.OPEN, VoteKind.SECRET}
    assert any(b.dissents for b in bundles) and any(b.recusals for b in bundles)
    assert any(a.carried_from_id for b in bundles for a in b.actions)
    assert any(i.closed for b in bundles for i in b.items)
    assert {b.meeting.year_be for b in bundles} >= {2567, 2568, 2569}
    pages = sorted(d.pages for d in demo.documents)
    assert 12 <= len(demo.documents) <= 20 and pages[0] >= 2 and pages[-2] <= 40 and pages[-1] >= 100
    assert any(thai(d.title) for d in demo.documents) and any(not thai(d.title) for d in demo.documents)
    assert len({d.file_name for d in demo.documents}) == len(demo.documents)  # rendered side by side
    assert all(d.paragraphs and d.file_name.endswith(".pdf") for d in demo.documents)


def test_agendas_use_the_apps_templates_and_name_the_previous_meeting(demo: DemoData) -> None:
    """Section headings and announcement items read like an agenda made in the app."""
    for committee in demo.committees:
        template = AGENDA_TEMPLATES[committee.agenda_template]
        bundles = sorted(
            (b for b in demo.bundles if b.committee.id == committee.id), key=lambda b: b.meeting.start
        )
        held = [b for b in bundles if b.meeting.status is not MeetingStatus.CANCELLED]
        for b in bundles:
            top = sorted((i for i in b.items if i.parent_id is None), key=lambda i: i.position)
            assert [i.title for i in top] == [t.title for t in template]
            announcements = [i.title for i in b.items if i.parent_id == top[0].id]
            assert announcements[0] == template[0].children[0]
        # The certify item names the previous meeting held and its date, in the committee's language.
        for before, after in itertools.pairwise(held):
            day = before.meeting.start.date()
            text = (
                format_thai_date(day)
                if committee.language == "th"
                else format_english_date(day, weekday=False)
            )
            certify = [i.title for i in after.items if i.section.value == "certify_minutes" and i.parent_id]
            assert certify and before.meeting.label in certify[0] and certify[0].endswith(text)


# ---------------------------------------------------------------------------------------------------


def check_references(data: DemoData) -> None:
    people = {p.id for p in data.people}
    committees = {c.id: c for c in data.committees}
    documents = {d.key for d in data.documents}
    assert len(documents) == len(data.documents)
    actions_by_meeting: dict[str, set[str]] = {}
    earlier_actions: dict[str, set[str]] = defaultdict(set)  # per committee, in date order
    items_by_meeting: dict[str, set[str]] = {}
    for m in data.memberships:
        assert m.person_id in people and m.committee_id in committees
    for b in data.bundles:
        meeting = b.meeting
        assert (
            b.committee is committees[meeting.committee_id] or b.committee == committees[meeting.committee_id]
        )
        assert not b.documents
        item_ids = [i.id for i in b.items]
        assert len(set(item_ids)) == len(item_ids)
        items = {i.id: i for i in b.items}
        items_by_meeting[meeting.id] = set(item_ids)
        seen: set[str] = set()
        siblings: dict[str | None, list[int]] = defaultdict(list)
        for item in b.items:
            assert item.meeting_id == meeting.id
            if item.parent_id is not None:
                assert item.parent_id in seen  # parents come first, in the same meeting
                assert item.section == items[item.parent_id].section
            assert item.presenter_id is None or item.presenter_id in people
            siblings[item.parent_id].append(item.position)
            seen.add(item.id)
        assert all(sorted(p) == list(range(len(p))) for p in siblings.values())
        bundle_people = {p.id for p in b.people}
        assert bundle_people <= people
        assert all(m.committee_id == meeting.committee_id for m in b.memberships)
        assert all(m.active_on(meeting.start.date()) for m in b.memberships)
        members = {m.person_id for m in b.memberships}
        voting = {m.person_id for m in b.memberships if m.voting}
        attending = set()
        for inv in b.invitations:
            assert inv.meeting_id == meeting.id and inv.person_id in bundle_people
            assert inv.item_id is None or inv.item_id in items
            assert inv.substitute_for_id is None or inv.substitute_for_id in members
            if inv.attendance in PRESENT:
                attending.add(inv.person_id)
        assert members <= {i.person_id for i in b.invitations}  # every member is invited
        votes = {v.id: v for v in b.votes}
        for vote in b.votes:
            assert vote.meeting_id == meeting.id and vote.item_id in items
        for ballot in b.ballots:
            assert ballot.vote_id in votes and votes[ballot.vote_id].kind is VoteKind.OPEN
            assert ballot.person_id in voting and ballot.person_id in attending
        for vote in b.votes:
            ballots = [x for x in b.ballots if x.vote_id == vote.id]
            if vote.kind is VoteKind.OPEN:
                counts = Counter(x.choice.value for x in ballots)
                assert (counts["for"], counts["against"], counts["abstain"]) == (
                    vote.votes_for,
                    vote.votes_against,
                    vote.abstentions,
                )
            else:
                assert not ballots
        for recusal in b.recusals:
            assert recusal.item_id in items and recusal.person_id in members
            voted = {x.person_id for x in b.ballots if votes[x.vote_id].item_id == recusal.item_id}
            assert recusal.person_id not in voted
        for dissent in b.dissents:
            assert dissent.item_id in items and dissent.person_id in attending and dissent.reasons
        for action in b.actions:
            assert action.meeting_id == meeting.id and action.item_id in items
            assert action.assignee_id in people
            assert (
                action.carried_from_id is None
                or action.carried_from_id in earlier_actions[meeting.committee_id]
            )
        actions_by_meeting[meeting.id] = {a.id for a in b.actions}
        earlier_actions[meeting.committee_id] |= actions_by_meeting[meeting.id]
        if b.minutes is not None:
            assert b.minutes.meeting_id == meeting.id
            assert b.minutes.taker_id in people and b.minutes.checker_id in people
            assert b.minutes_entries
            for entry in b.minutes_entries:
                assert entry.minutes_id == b.minutes.id and entry.item_id in items and entry.text
        else:
            assert not b.minutes_entries
    for attachment in data.attachments:
        assert attachment.document_key in documents
        assert attachment.meeting_id in items_by_meeting
        assert attachment.item_id is None or attachment.item_id in items_by_meeting[attachment.meeting_id]
        assert attachment.name


def check_numbering(data: DemoData) -> None:
    labels = Counter((b.meeting.committee_id, b.meeting.year_be, b.meeting.number) for b in data.bundles)
    assert max(labels.values()) == 1
    for committee in data.committees:
        meetings = sorted(
            (b.meeting for b in data.bundles if b.committee.id == committee.id), key=lambda m: m.start
        )
        if committee.numbering is NumberingStyle.PER_YEAR:
            by_year: dict[int, list[int]] = defaultdict(list)
            for m in meetings:
                by_year[m.year_be].append(m.number)
            assert all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_year.values())
        else:
            assert [m.number for m in meetings] == list(range(1, len(meetings) + 1))
        assert all(m.label in m.title for m in meetings)


def check_statuses(data: DemoData, today: date) -> None:
    for b in data.bundles:
        meeting = b.meeting
        past = meeting.start.date() < today
        notice = meeting.notice_sent_at
        assert notice is None or notice.date() <= today
        if meeting.status is MeetingStatus.CANCELLED:
            assert b.minutes is None and not b.votes
        elif past:
            assert meeting.status in HELD and b.minutes is not None and notice is not None
            certified = b.minutes.status is MinutesStatus.CERTIFIED
            assert certified == (meeting.status is MeetingStatus.MINUTES_CERTIFIED)
            if certified:
                assert b.minutes.certified_at is not None and b.minutes.certified_at.date() < today
                assert len(b.minutes.certified_sha256) == 64
            assert all(i.attendance is not Attendance.UNKNOWN for i in b.invitations)
            assert all(i.resolution for i in b.items if i.parent_id is not None)
        else:
            assert meeting.status in {MeetingStatus.DRAFT, MeetingStatus.INVITED}
            assert (notice is not None) == (meeting.status is MeetingStatus.INVITED)
            assert b.minutes is None and not b.votes and not b.ballots
            assert all(i.attendance is Attendance.UNKNOWN for i in b.invitations)
            assert not any(i.resolution for i in b.items)
            if meeting.status is MeetingStatus.DRAFT:
                assert all(i.rsvp is Rsvp.PENDING for i in b.invitations)
