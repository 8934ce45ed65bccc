"""Meetings: numbering in series, creation from a template, copying as the next meeting, lookups."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from types import MappingProxyType
from typing import TypeVar

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from emeeting.domain.lifecycle import check_status_by_hand
from emeeting.domain.templates import (
    AGENDA_TEMPLATES,
    agenda_from_template,
    next_meeting_number,
    section_title,
)
from emeeting.domain.thai import be_year
from emeeting.domain.validation import check_person
from emeeting.services.frozen import is_certified
from emeeting.services.records import (
    cascade_delete,
    insert,
    replace,
)
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# "ICT:3/2569" — committee short name, meeting number, Buddhist Era year.
_REF = re.compile(r"(?P<short>[^:]+):(?P<number>\d+)/(?P<year>\d{4})")

_R = TypeVar("_R")  # a record of the meeting


@dataclass(frozen=True)
class MeetingSummary:
    meeting: m.Meeting
    committee: m.Committee

    @property
    def reference(self) -> str:
        return f"{self.committee.short_name}:{self.meeting.label}"


@dataclass(frozen=True)
class AgendaEntry:
    item: m.AgendaItem
    number: str  # "4.1"
    depth: int
    documents: tuple[m.Document, ...]


@dataclass(frozen=True)
class MeetingView:
    """Everything a screen needs to show one meeting."""

    summary: MeetingSummary
    agenda: tuple[AgendaEntry, ...]
    meeting_documents: tuple[m.Document, ...]
    invitations: tuple[m.Invitation, ...]
    people: dict[str, m.Person]
    recusals: tuple[m.Recusal, ...] = ()
    certified: bool = False  # its minutes are certified: the record is frozen (services.frozen)

    @property
    def page_count(self) -> int:
        docs = [*self.meeting_documents, *(d for e in self.agenda for d in e.documents)]
        return sum(d.page_count or 0 for d in docs)


def agenda_entries(items: list[m.AgendaItem], documents: list[m.Document]) -> tuple[AgendaEntry, ...]:
    numbers = number_items(items)
    by_item: dict[str | None, list[m.Document]] = {}
    for doc in sorted(documents, key=lambda d: (d.position, d.name)):
        by_item.setdefault(doc.item_id, []).append(doc)
    return tuple(
        AgendaEntry(item, numbers[item.id], numbers[item.id].count("."), tuple(by_item.get(item.id, ())))
        for item in ordered(items)
    )


def stored_bundle(repo: Repository, meeting_id: str) -> m.MeetingBundle:
    """The meeting with everything it refers to, read on the caller's ``repo`` (in a write transaction:
    as that transaction has left it so far). The records come in the order the store lists them, which
    the screens show; ``load_bundle`` gives the order that export and the minutes rely on."""
    meeting = repo.get(m.Meeting, meeting_id)
    committee = repo.get(m.Committee, meeting.committee_id)
    items = repo.select(m.AgendaItem, meeting_id=meeting_id)
    item_ids = [i.id for i in items]
    votes = repo.select(m.Vote, meeting_id=meeting_id)
    minutes = repo.select(m.Minutes, meeting_id=meeting_id)
    invitations = repo.select(m.Invitation, meeting_id=meeting_id)
    ballots = repo.select(m.Ballot, vote_id=[v.id for v in votes])
    dissents = repo.select(m.Dissent, item_id=item_ids)
    recusals = repo.select(m.Recusal, item_id=item_ids)
    actions = repo.select(m.ActionItem, meeting_id=meeting_id)
    memberships = repo.select(m.Membership, committee_id=committee.id)
    person_ids = {ms.person_id for ms in memberships}
    person_ids |= {i.person_id for i in invitations} | {
        i.substitute_for_id for i in invitations if i.substitute_for_id
    }
    person_ids |= {b.person_id for b in ballots} | {d.person_id for d in dissents}
    person_ids |= {r.person_id for r in recusals}
    person_ids |= {i.presenter_id for i in items if i.presenter_id}
    person_ids |= {a.assignee_id for a in actions if a.assignee_id}
    if minutes:
        person_ids |= {p for p in (minutes[0].taker_id, minutes[0].checker_id) if p}
    return m.MeetingBundle(
        committee=committee,
        meeting=meeting,
        people=tuple(repo.select(m.Person, order_by=("last_name", "id"), id=person_ids)),
        memberships=tuple(memberships),
        items=tuple(items),
        recusals=tuple(recusals),
        documents=tuple(repo.select(m.Document, meeting_id=meeting_id)),
        invitations=tuple(invitations),
        votes=tuple(votes),
        ballots=tuple(ballots),
        dissents=tuple(dissents),
        actions=tuple(actions),
        minutes=minutes[0] if minutes else None,
        minutes_entries=tuple(repo.select(m.MinutesEntry, minutes_id=[x.id for x in minutes])),
    )


def _by_id(records: Iterable[_R]) -> tuple[_R, ...]:
    return tuple(sorted(records, key=attrgetter("id")))


def item_notes(repo: Repository, bundle: m.MeetingBundle) -> Mapping[str, str]:
    """The notes taken on the meeting's items (item id → text), read on the same connection."""
    return MappingProxyType(
        {n.item_id: n.text for n in repo.select(m.ItemNote, item_id=[i.id for i in bundle.items])}
    )


def load_bundle(repo: Repository, meeting_id: str) -> m.MeetingBundle:
    """``stored_bundle`` in the order export, publishing and the minutes' text rely on (the same whatever
    order the store keeps): the agenda in reading order, papers by position, everything else by id."""
    b = stored_bundle(repo, meeting_id)
    return dataclasses.replace(
        b,
        memberships=_by_id(b.memberships),
        items=tuple(ordered(b.items)),
        recusals=_by_id(b.recusals),
        documents=tuple(sorted(b.documents, key=lambda d: (d.position, d.id))),
        invitations=_by_id(b.invitations),
        votes=_by_id(b.votes),
        ballots=_by_id(b.ballots),
        dissents=_by_id(b.dissents),
        actions=_by_id(b.actions),
        minutes_entries=_by_id(b.minutes_entries),
    )


def meeting_view(bundle: m.MeetingBundle, certified: bool) -> MeetingView:
    """What the meeting screen shows, from ``stored_bundle`` (its lists in the store's order)."""
    return MeetingView(
        MeetingSummary(bundle.meeting, bundle.committee),
        agenda_entries(list(bundle.items), list(bundle.documents)),
        tuple(sorted((d for d in bundle.documents if d.item_id is None), key=lambda d: (d.position, d.name))),
        bundle.invitations,
        {p.id: p for p in bundle.people},
        bundle.recusals,
        certified,
    )


def _year_be(start: datetime) -> int:
    return be_year(start.date())


def refuse_taken_number(repo: Repository, meeting: m.Meeting) -> None:
    """Refuse a meeting whose committee already has another live meeting with its number and BE year."""
    other = repo.meeting_numbered(meeting.committee_id, meeting.year_be, meeting.number)
    if other is not None and other.id != meeting.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "meeting {label} already exists in this committee"),
            label=meeting.label,
        )


def _next_number(repo: Repository, committee: m.Committee, year_be: int) -> int:
    per_year = committee.numbering is m.NumberingStyle.PER_YEAR
    last = repo.last_meeting_number(committee.id, year_be if per_year else None)
    return next_meeting_number(committee.numbering, last, year_be)


class MeetingService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading -------------------------------------------------------------------------------------

    def summaries(self, committee_id: str | None = None) -> list[MeetingSummary]:
        """Meetings by committee, newest series first."""
        with self._store.read() as repo:
            committees = {c.id: c for c in repo.select(m.Committee)}
            where = {} if committee_id is None else {"committee_id": committee_id}
            meetings = repo.select(m.Meeting, **where)
        meetings.sort(key=lambda mt: (committees[mt.committee_id].short_name, -mt.year_be, -mt.number))
        return [MeetingSummary(mt, committees[mt.committee_id]) for mt in meetings]

    def resolve(self, reference: str) -> m.Meeting:
        """A meeting from its id or its human reference ``SHORT:n/BE-year`` (e.g. ``ICT:3/2569``)."""
        reference = reference.strip()
        with self._store.read() as repo:
            found = repo.find(m.Meeting, reference)
            if found is not None:
                return found
            match = _REF.fullmatch(reference)
            if match is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "no meeting {reference}: give its id or SHORT:n/year, e.g. ICT:3/2569"
                    ),
                    reference=repr(reference),
                )
            committees = repo.select(m.Committee, short_name=match["short"])
            meetings = repo.select(
                m.Meeting,
                committee_id=[c.id for c in committees],
                number=int(match["number"]),
                year_be=int(match["year"]),
            )
        if not meetings:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no meeting {reference}"), reference=repr(reference)
            )
        if len(meetings) > 1:  # the unique indexes rule this out; never guess which one was meant
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{reference} names {count} meetings; give the meeting's id instead"
                ),
                reference=repr(reference),
                count=len(meetings),
            )
        return meetings[0]

    def resolve_committee(self, reference: str) -> m.Committee:
        """A committee from its id or its short name (``ICT``; any case when only one committee's short
        name is spelt so)."""
        reference = reference.strip()
        with self._store.read() as repo:
            found = repo.find(m.Committee, reference)
            if found is not None:
                return found
            committees = repo.select(m.Committee)
        exact = [c for c in committees if c.short_name == reference]
        matching = exact or [c for c in committees if c.short_name.casefold() == reference.casefold()]
        if not matching:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no committee {reference}: give its short name ({known}) or id"),
                reference=repr(reference),
                known=", ".join(sorted(c.short_name for c in committees)),
            )
        if len(matching) > 1:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{reference} names {count} committees ({names}); give the short name as written"
                ),
                reference=repr(reference),
                count=len(matching),
                names=", ".join(sorted(c.short_name for c in matching)),
            )
        return matching[0]

    def view(self, meeting_id: str) -> MeetingView:
        with self._store.read() as repo:
            bundle = stored_bundle(repo, meeting_id)
            certified = is_certified(repo, meeting_id)
        return meeting_view(bundle, certified)

    def bundle(self, meeting_id: str) -> m.MeetingBundle:
        """The meeting with everything it refers to, for export and publishing."""
        with self._store.read() as repo:
            return load_bundle(repo, meeting_id)

    # -- changing ------------------------------------------------------------------------------------

    def create(
        self,
        committee_id: str,
        title: str,
        start: datetime,
        *,
        template: str | None = None,
        meeting_id: str | None = None,
        **fields: object,
    ) -> Changes:
        """A new meeting numbered next in its committee's series, with the agenda template if asked."""
        with self._store.transaction() as repo:
            committee = repo.get(m.Committee, committee_id)
            return self._create(repo, committee, title, start, template, meeting_id or m.new_id(), fields)

    def _create(
        self,
        repo: Repository,
        committee: m.Committee,
        title: str,
        start: datetime,
        template: str | None,
        meeting_id: str,
        fields: dict[str, object],
    ) -> Changes:
        if template is not None and template not in AGENDA_TEMPLATES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "no agenda template {template}; choose one of {templates}"),
                template=repr(template),
                templates=", ".join(AGENDA_TEMPLATES),
            )
        year_be = _year_be(start)
        number = _next_number(repo, committee, year_be)
        previous = repo.last_meeting_number(committee.id, None)  # before this one exists: the one to certify
        meeting = m.Meeting(
            committee.id, number, year_be, title, start, id=meeting_id, secrecy=committee.default_secrecy
        )
        meeting = dataclasses.replace(meeting, **fields)  # type: ignore[arg-type]
        # A meeting is born in any status a secretary may record, but "minutes certified" only by certifying.
        if meeting.status is m.MeetingStatus.MINUTES_CERTIFIED:
            check_status_by_hand(m.MeetingStatus.DRAFT, meeting.status)
        changes = insert(repo, meeting)
        if template is not None:
            previous_label = None if previous is None else "{}/{}".format(*previous)
            changes |= insert(repo, *agenda_from_template(meeting.id, template, previous_label))
        return changes

    def update(self, meeting: m.Meeting, *, base: m.Meeting) -> Changes:
        """Edit a meeting read as ``base`` (refused with StaleWriteError if it changed since); its status
        moves only along the lifecycle, never to "minutes certified" (domain.lifecycle)."""
        with self._store.transaction() as repo:
            current = repo.refuse_stale(base)
            check_status_by_hand(current.status, meeting.status)
            refuse_taken_number(repo, meeting)
            return replace(repo, meeting)

    def delete(self, meeting_id: str) -> Changes:
        """Delete the meeting with its agenda, documents, invitations, votes, actions and minutes."""
        with self._store.transaction() as repo:
            return cascade_delete(repo, m.Meeting, [meeting_id])

    def uninvited_members(self, meeting_id: str) -> list[str]:
        """Ids of the committee's members on the meeting day (secretaries too: they attend without a vote)
        who are not invited yet."""
        with self._store.read() as repo:
            return self._uninvited(repo, meeting_id)

    def invite_committee(self, meeting_id: str) -> Changes:
        """Invite every member of the meeting's committee whose term covers the meeting day and who is not
        invited yet."""
        with self._store.transaction() as repo:
            people = self._uninvited(repo, meeting_id)
            return insert(repo, *(m.Invitation(meeting_id, person_id) for person_id in people))

    def invite_new_person(
        self, person: m.Person, invitation: m.Invitation, sends: m.Invitation | None = None
    ) -> Changes:
        """Store someone who is not in the directory yet and invite them, in one transaction: a guest or
        presenter, or a member's substitute (``sends``: the member's invitation answered SUBSTITUTE).
        Doing it again (a redo) brings back the same rows."""
        check_person(person)
        if invitation.person_id != person.id:
            raise ValueError("the invitation must be the new person's")
        with self._store.transaction() as repo:
            changes = insert(repo, person, invitation, restore=True)
            if sends is not None:
                changes |= replace(repo, sends)
            return changes

    @staticmethod
    def _uninvited(repo: Repository, meeting_id: str) -> list[str]:
        meeting = repo.get(m.Meeting, meeting_id)
        day = meeting.start.date()
        invited = {i.person_id for i in repo.select(m.Invitation, meeting_id=meeting_id)}
        members = repo.select(m.Membership, committee_id=meeting.committee_id)
        return sorted({ms.person_id for ms in members if ms.active_on(day) and ms.person_id not in invited})

    def copy_as_next(self, meeting_id: str, start: datetime, *, new_id: str | None = None) -> Changes:
        """The next meeting in the series: number + 1 (rolling over with the BE year), the committee's
        agenda template naming this meeting for certification, the same invitees, and this meeting's
        open action items carried into matters arising."""
        with self._store.transaction() as repo:
            source = repo.get(m.Meeting, meeting_id)
            committee = repo.get(m.Committee, source.committee_id)
            target_id = new_id or m.new_id()
            copied: dict[str, object] = {
                "place": source.place,
                "online_link": source.online_link,
                "mode": source.mode,
                "secrecy": source.secrecy,
            }
            changes = self._create(
                repo, committee, source.title, start, committee.agenda_template, target_id, copied
            )
            invitations = [
                m.Invitation(target_id, inv.person_id, role=inv.role)
                for inv in repo.select(m.Invitation, meeting_id=meeting_id)
                if inv.role is m.InviteeRole.MEMBER
            ]
            changes |= insert(repo, *invitations)
            return changes | self._carry_actions(repo, committee, meeting_id, target_id)

    def _carry_actions(
        self, repo: Repository, committee: m.Committee, from_meeting: str, to_meeting: str
    ) -> Changes:
        open_actions = repo.select(m.ActionItem, meeting_id=from_meeting, status=m.ActionStatus.OPEN)
        if not open_actions:
            return Changes()
        items = repo.select(m.AgendaItem, meeting_id=to_meeting)
        section = next(
            (
                i
                for i in ordered(items)
                if i.parent_id is None and i.section is m.AgendaSection.MATTERS_ARISING
            ),
            None,
        )
        changes = Changes()
        if section is None:
            title = section_title(committee.agenda_template, m.AgendaSection.MATTERS_ARISING)
            roots = [i for i in items if i.parent_id is None]
            section = m.AgendaItem(
                to_meeting, title, section=m.AgendaSection.MATTERS_ARISING, position=len(roots)
            )
            changes |= insert(repo, section)
        siblings = len([i for i in items if i.parent_id == section.id])
        by_due = sorted(open_actions, key=lambda a: (a.due is None, a.due or date.min, a.title))
        for offset, action in enumerate(by_due):
            item = m.AgendaItem(
                to_meeting,
                action.title,
                parent_id=section.id,
                position=siblings + offset,
                section=m.AgendaSection.MATTERS_ARISING,
                presenter_id=action.assignee_id,
            )
            carried = m.ActionItem(
                to_meeting,
                action.title,
                item_id=item.id,
                assignee_id=action.assignee_id,
                due=action.due,
                carried_from_id=action.id,
            )
            changes |= insert(repo, item, carried)
        return changes
