"""Realistic demo data: three committees, their people and a history of meetings.

The vocabulary (committees, seats, names, topics, texts, documents, holidays) comes from the data files
read by ``emeeting.demo.tables``; this module makes the records. Pure generation past reading those
files: no storage, and deterministic: every choice and every id comes from one
``random.Random(seed)``, so the same arguments always give the same data. Documents are not rendered
here: bundles have no ``documents``; ``DemoData.attachments`` says which pooled ``DemoDocument`` goes
with which meeting and item, and the caller renders each distinct document once, stores it and creates
the ``Document`` records.

Action items follow the app's convention: an open action is carried to the next meeting as a new record
(``carried_from_id``) whose status is the current one; the earlier record keeps its status at the time.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from emeeting.demo.tables import CommitteeSpec, DocumentSpec, Language, Tables, Topic, read_tables
from emeeting.domain.model import (
    ATTENDED,
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaSection,
    Attendance,
    Ballot,
    CertificationMethod,
    Choice,
    Committee,
    Dissent,
    Invitation,
    InviteeRole,
    Meeting,
    MeetingBundle,
    MeetingMode,
    MeetingStatus,
    MemberRole,
    Membership,
    Minutes,
    MinutesEntry,
    MinutesStatus,
    MinutesStyle,
    Person,
    Recusal,
    Rsvp,
    Secrecy,
    Urgency,
    Vote,
    VoteKind,
    VoteResult,
    VoteRule,
)
from emeeting.domain.templates import AGENDA_TEMPLATES, SectionTemplate, next_meeting_number
from emeeting.domain.thai import OFFICE_ZONE, be_year, ce_year, is_thai

BANGKOK = OFFICE_ZONE  # the demo office is a Thai one


@dataclass(frozen=True)
class DemoDocument:
    key: str
    title: str
    paragraphs: tuple[str, ...]
    pages: int
    file_name: str


@dataclass(frozen=True)
class DemoAttachment:
    """Attach the rendered ``document_key`` to a meeting (``item_id`` None) or to one of its items."""

    meeting_id: str
    item_id: str | None
    document_key: str
    name: str


@dataclass(frozen=True)
class DemoData:
    committees: tuple[Committee, ...]
    people: tuple[Person, ...]
    memberships: tuple[Membership, ...]
    bundles: tuple[MeetingBundle, ...]  # ordered by start
    documents: tuple[DemoDocument, ...]  # the pooled documents that some attachment uses
    attachments: tuple[DemoAttachment, ...]


def make_demo(meetings: int, seed: int = 2569, *, today: date) -> DemoData:
    """The committees of the demo tables (two Thai, one English) with ``meetings`` meetings between them.

    Meetings before ``today`` were held (closed, minutes drafted or certified), later ones are draft or
    invited; one or two are cancelled. Same arguments, same data.
    """
    if meetings < 1:
        raise ValueError("at least one meeting")
    return _Builder(read_tables(), random.Random(seed), today).build(meetings)


def fiscal_year_be(day: date) -> int:
    """The Thai fiscal year (1 October – 30 September) in Buddhist Era years."""
    return be_year(day) + (day.month >= 10)


class _Slot(NamedTuple):
    start: datetime
    cancelled: bool


class _Carry(NamedTuple):
    """A matter for the next meeting's "matters arising": a decided topic and its open action, if any."""

    title: str
    action: ActionItem | None


class _Previous(NamedTuple):
    label: str
    day: date
    method: CertificationMethod | None  # how its minutes were certified (None: not yet)
    carry: tuple[_Carry, ...]


@dataclass
class _Draft:
    """One meeting while it is being built: what is fixed up front, and the records made so far."""

    meeting_id: str
    number: int
    start: datetime
    held: bool  # before today and not cancelled: attendance, votes and minutes exist
    lang: Language
    unit: str  # the secretariat's unit, which proposes most matters
    chair: Person
    secretary: Person
    assistant: Person
    people: dict[str, Person]
    staff: list[Person]  # not yet presenting or standing in at this meeting
    previous: _Previous | None
    documents: Mapping[str, DocumentSpec]  # what attachments name, by key
    mode: MeetingMode = MeetingMode.IN_PERSON
    notice: datetime = datetime.min
    urgency: Urgency = Urgency.NORMAL
    method: CertificationMethod | None = None
    decisions: tuple[Topic, ...] = ()
    voters: list[str] = field(default_factory=list)  # voting members present
    items: list[AgendaItem] = field(default_factory=list)
    entries: list[tuple[AgendaItem, str]] = field(default_factory=list)  # the minutes' text per item
    invitations: list[Invitation] = field(default_factory=list)
    presenters: list[tuple[Person, str]] = field(default_factory=list)
    recusals: list[Recusal] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    ballots: list[Ballot] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    carry: list[_Carry] = field(default_factory=list)
    attachments: list[DemoAttachment] = field(default_factory=list)

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def year_be(self) -> int:
        return be_year(self.start)

    @property
    def label(self) -> str:
        return f"{self.number}/{self.year_be}"

    def attach(self, item: AgendaItem | None, key: str, name: str = "") -> None:
        name = name or self.documents[key].title
        self.attachments.append(DemoAttachment(self.meeting_id, item.id if item else None, key, name))


class _Builder:
    def __init__(self, tables: Tables, rng: random.Random, today: date) -> None:
        self.tables = tables
        self.rng = rng
        self.today = today
        self.people: list[Person] = []
        self.by_seat: dict[tuple[str, str], Person] = {}  # (position, organisation) → its first holder
        self.used_names: set[str] = set()  # first and last names already given: everyone is distinct

    def id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self, meetings: int) -> DemoData:
        rng = self.rng
        specs = self.tables.committees
        plans = [self.plan(count, i) for i, count in enumerate(_split(meetings, len(specs)))]
        candidates = [(c, j) for c, slots in enumerate(plans) for j in range(1, len(slots))]
        cancel = set(
            rng.sample(candidates, min(len(candidates), 0 if meetings < 4 else 1 if meetings < 20 else 2))
        )
        plans = [
            [s._replace(cancelled=(c, j) in cancel) for j, s in enumerate(slots)]
            for c, slots in enumerate(plans)
        ]
        first = min(s[0].start.date() for s in plans if s)
        last = max(s[-1].start.date() for s in plans if s)
        committees, memberships, bundles, attachments = [], [], [], []
        for spec, slots in zip(specs, plans, strict=True):
            committee = Committee(
                spec.name,
                spec.short_name,
                id=self.id(),
                numbering=spec.numbering,
                agenda_template=spec.language,
                language=spec.language,
            )
            members = self.members(committee, spec, first, last)
            staff = tuple(self.person(position, org) for position, org in spec.staff)
            committees.append(committee)
            memberships += members
            for bundle, extra in self.meetings(committee, spec, members, staff, slots):
                bundles.append(bundle)
                attachments += extra
        bundles.sort(key=lambda b: (b.meeting.start, b.committee.short_name))
        used = {a.document_key for a in attachments}
        documents = tuple(self.document(spec) for spec in self.tables.documents.values() if spec.key in used)
        return DemoData(
            tuple(committees),
            tuple(self.people),
            tuple(memberships),
            tuple(bundles),
            documents,
            tuple(attachments),
        )

    # -- calendar and people ------------------------------------------------------------------------

    def plan(self, count: int, index: int) -> list[_Slot]:
        """Meeting times for one committee: about monthly, most of them before today."""
        rng = self.rng
        interval = max(1.0, min(35.0, 1100 / max(count, 1)))
        past = count if count == 1 else count - max(1, count // 6)
        slots: list[_Slot] = []
        previous = date.min
        for j in range(count):
            offset = (j - past + 0.5 + (index - 1) * 0.15 + rng.uniform(-0.2, 0.2)) * interval
            day = max(self.today + timedelta(days=round(offset)), previous + timedelta(days=1))
            while day.weekday() >= 5 or (day.month, day.day) in self.tables.holidays:
                day += timedelta(days=1)
            previous = day
            hour = time(9, 30) if rng.random() < 0.7 else time(13, 30)
            slots.append(_Slot(datetime.combine(day, hour, BANGKOK), False))
        return slots

    def person(self, position: str, organisation: str, title: str = "", *, fresh: bool = False) -> Person:
        """The holder of a position, shared by every committee that seats it (``fresh``: a successor)."""
        if (position, organisation) in self.by_seat and not fresh:
            return self.by_seat[(position, organisation)]
        rng = self.rng
        org = self.tables.organisations[organisation]
        thai = org.names == "th"
        male = title in self.tables.male_titles or (not title and rng.random() < 0.55)
        names = self.tables.english_names if org.names == "en" else self.tables.thai_names
        firsts, lasts = (names.male if male else names.female), names.last
        first = rng.choice([n for n in firsts if n[0] not in self.used_names] or firsts)
        last = rng.choice([n for n in lasts if n[0] not in self.used_names] or lasts)
        self.used_names.update((first[0], last[0]))
        lang = self.tables.languages["th" if thai else "en"]
        local = f"{first[1]}.{last[1][0] if thai else last[1]}".lower().replace(" ", "").replace("'", "")
        if thai and rng.random() < 0.3:
            phone = f"08{rng.randint(1, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        else:
            phone = f"{'0' if thai else '+66'} 2{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        person = Person(
            first[0 if thai else 1],
            last[0 if thai else 1],
            id=self.id(),
            title=title or rng.choice(lang.titles_male if male else lang.titles_female),
            position=position,
            organisation=org.name,
            email=f"{local}@{org.domain}",
            phone=phone,
        )
        self.people.append(person)
        self.by_seat.setdefault((position, organisation), person)
        return person

    def members(self, committee: Committee, spec: CommitteeSpec, first: date, last: date) -> list[Membership]:
        """One membership per seat for a term covering the demo period; a rotating seat changes hands."""
        start = date(first.year - (first.month < 10), 10, 1)  # terms start with a fiscal year
        end = date(last.year + (last.month >= 10) + 1, 9, 30)
        middle = first + timedelta(days=(last - first).days // 2)
        result = []
        for seat in spec.seats:
            holder = self.person(seat.position, seat.organisation, seat.title)
            terms = [(holder, start, end)]
            if seat.rotates and (last - first).days >= 120:
                successor = self.person(seat.position, seat.organisation, seat.title, fresh=True)
                terms = [(holder, start, middle - timedelta(days=1)), (successor, middle, end)]
            result += [
                Membership(committee.id, p.id, self.id(), seat.role, seat.voting, s, e) for p, s, e in terms
            ]
        return result

    # -- meetings -----------------------------------------------------------------------------------

    def meetings(
        self,
        committee: Committee,
        spec: CommitteeSpec,
        members: list[Membership],
        staff: tuple[Person, ...],
        slots: list[_Slot],
    ) -> Iterator[tuple[MeetingBundle, list[DemoAttachment]]]:
        """The committee's meetings in date order, each building on the one before."""
        lang = self.tables.languages[spec.language]
        people = {p.id: p for p in self.people}
        last: tuple[int, int] | None = None  # (number, BE year) of the meeting before, cancelled or not
        previous: _Previous | None = None
        for j, slot in enumerate(slots):
            day = slot.start.date()
            last = (next_meeting_number(spec.numbering, last, be_year(day)), be_year(day))
            active = [m for m in members if m.active_on(day)]
            role = {m.role: people[m.person_id] for m in active if m.role is not MemberRole.MEMBER}
            d = _Draft(
                meeting_id=self.id(),
                number=last[0],
                start=slot.start,
                held=day < self.today and not slot.cancelled,
                lang=lang,
                unit=spec.unit,
                chair=role[MemberRole.CHAIR],
                secretary=role[MemberRole.SECRETARY],
                assistant=role[MemberRole.ASSISTANT_SECRETARY],
                people=people,
                staff=list(staff),
                previous=previous,
                documents=self.tables.documents,
            )
            self.invitations(d, active, spec, urgent=j > 0 and self.rng.random() < 0.06)
            self.agenda(d, spec)
            later = next((s.start for s in slots[j + 1 :] if not s.cancelled), None)
            yield self.finish(d, committee, spec, active, slot.cancelled, later), d.attachments
            if not slot.cancelled:
                previous = _Previous(d.label, day, d.method, tuple({c.title: c for c in d.carry}.values()))

    def invitations(self, d: _Draft, active: list[Membership], spec: CommitteeSpec, urgent: bool) -> None:
        """Notice, mode and everyone's invitation: members on the day, and stand-ins for some."""
        rng = self.rng
        r = rng.random()
        d.mode = (
            MeetingMode.ONLINE
            if r < spec.online
            else MeetingMode.HYBRID
            if r < spec.online + spec.hybrid
            else MeetingMode.IN_PERSON
        )
        lead = 2 if urgent else rng.choice((7, 10, 14))  # an urgent meeting's notice is late
        d.notice = datetime.combine(d.day - timedelta(days=lead), time(10), BANGKOK)
        d.urgency = Urgency.URGENT if urgent else Urgency.NORMAL
        for m in active:
            invitation, stand_in = self.invite(d, d.people[m.person_id], m.role)
            d.invitations += (invitation, stand_in) if stand_in else (invitation,)
            if m.voting and invitation.attendance in ATTENDED:
                d.voters.append(m.person_id)

    def agenda(self, d: _Draft, spec: CommitteeSpec) -> None:
        """The five customary sections with their items, and for a held meeting what was decided."""
        rng, lang = self.rng, d.lang
        decisions = rng.sample([t for t in spec.topics if t.kind != "info"], rng.choice((1, 1, 2, 2, 3)))
        infos = rng.sample([t for t in spec.topics if t.kind == "info"], int(rng.random() < 0.6))
        d.decisions = tuple(decisions)
        noted = lang.noted if d.held else ""
        # 1. Announcements: the chair, the secretary now and then, reports to note.
        secretary_news = rng.random() < 0.5
        header = self.section(d, AgendaSection.ANNOUNCEMENTS, 1 + secretary_news + len(infos))
        chair_item, secretary_item = _template(lang, AgendaSection.ANNOUNCEMENTS).children
        news = lang.chair_says.format(news=rng.choice(lang.chair_news))
        item = self.add(
            d,
            header,
            chair_item,
            news,
            presenter_id=d.chair.id,
            background=news,
            resolution=noted,
            duration_minutes=10,
        )
        if rng.random() < 0.15:
            d.attach(item, rng.choice(lang.chair_docs))
        if secretary_news:
            news = lang.secretary_says.format(news=rng.choice(lang.secretary_news))
            self.add(
                d,
                header,
                secretary_item,
                news,
                presenter_id=d.secretary.id,
                background=news,
                resolution=noted,
                duration_minutes=5,
            )
        for topic in infos:
            title, facts = self.fill(d, topic.title), self.fill(d, topic.facts)
            item = self.add(
                d,
                header,
                title,
                facts,
                presenter_id=d.secretary.id,
                facts=facts,
                background=self.fill(d, lang.background, title),
                legal_basis=lang.laws[topic.law],
                resolution=noted,
                duration_minutes=15,
            )
            d.attach(item, topic.doc)
        # 2. Certify the minutes of the previous meeting.
        previous = d.previous
        header = self.section(d, AgendaSection.CERTIFY_MINUTES, previous is not None)
        if previous is not None:
            circulated = previous.method is CertificationMethod.CIRCULATION
            resolution = lang.circulated if circulated else rng.choice(lang.certified)
            item = self.add(
                d,
                header,
                lang.certify_title.format(label=previous.label, date=lang.date_text(previous.day)),
                "",
                presenter_id=d.secretary.id,
                proposal=lang.certify_proposal,
                background=lang.certify_background.format(label=previous.label),
                resolution=resolution.format(label=previous.label) if d.held else "",
                duration_minutes=5,
            )
            d.attach(item, lang.minutes_doc, lang.minutes_name.format(label=previous.label))
        # 3. Matters arising: what the previous meeting left open.
        arising = previous.carry[:4] if previous else ()
        header = self.section(d, AgendaSection.MATTERS_ARISING, len(arising))
        for matter in arising:
            self.arising(d, header, matter, previous.label if previous else "")
        # 4. Matters for decision.
        header = self.section(d, AgendaSection.FOR_DECISION, len(decisions))
        for topic in decisions:
            self.decision(d, header, topic)
        # 5. Other business.
        other = rng.random() < 0.4
        header = self.section(d, AgendaSection.OTHER, other)
        if other:
            self.add(d, header, rng.choice(lang.other_items), "", resolution=noted, duration_minutes=5)
        if rng.random() < 0.3:
            d.attach(None, lang.briefing_doc)

    def section(self, d: _Draft, kind: AgendaSection, children: int) -> AgendaItem:
        """A top-level section: a heading over its items, or "none" when it has no items."""
        title = _template(d.lang, kind).title
        if children:
            return self.add(d, None, title, None, section=kind)
        return self.add(d, None, title, d.lang.nothing, section=kind, duration_minutes=5)

    def add(
        self, d: _Draft, parent: AgendaItem | None, title: str, minutes: str | None, **fields: Any
    ) -> AgendaItem:
        """Append an item (a child inherits its parent's section); ``minutes``: its text in the minutes."""
        parent_id = parent.id if parent else None
        fields.setdefault("section", parent.section if parent else AgendaSection.OTHER)
        fields.setdefault("id", self.id())
        position = sum(1 for i in d.items if i.parent_id == parent_id)
        item = AgendaItem(d.meeting_id, title, parent_id=parent_id, position=position, **fields)
        d.items.append(item)
        if d.held and minutes is not None:
            d.entries.append((item, minutes))
        return item

    def fill(self, d: _Draft, text: str, title: str = "") -> str:
        """A template with this meeting's fiscal year and quarter, a plausible amount and percentage."""
        fy = fiscal_year_be(d.day)
        return text.format(
            fy=fy,
            fy_ce=ce_year(fy),
            q=(d.day.month - 10) % 12 // 3 + 1,
            unit=d.unit,
            title=title,
            amount=f"{self.rng.randrange(8, 240) * 125_000:,}",
            pct=self.rng.randint(45, 96),
        )

    def arising(self, d: _Draft, header: AgendaItem, matter: _Carry, since: str) -> None:
        """A progress report on a decision of meeting ``since``; its open action is carried, done or not."""
        done = d.held and matter.action is not None and self.rng.random() < 0.6
        progress = self.fill(d, d.lang.progress[1] if done else self.rng.choice(d.lang.progress[::2]))
        item = self.add(
            d,
            header,
            d.lang.arising_title.format(title=matter.title),
            progress,
            presenter_id=d.secretary.id,
            facts=progress,
            resolution=d.lang.noted if d.held else "",
            background=d.lang.arising_background.format(label=since),
            duration_minutes=10,
        )
        if d.held and matter.action is not None:
            action = matter.action
            carried = ActionItem(
                d.meeting_id,
                action.title,
                self.id(),
                item.id,
                action.assignee_id,
                action.due if done else d.day + timedelta(days=30),
                ActionStatus.DONE if done else ActionStatus.OPEN,
                action.id,
            )
            d.actions.append(carried)
            if not done:
                d.carry.append(matter._replace(action=carried))

    def decision(self, d: _Draft, header: AgendaItem, topic: Topic) -> None:
        """A matter for decision: presented, perhaps voted on (with recusal and dissent), acted upon."""
        rng, lang = self.rng, d.lang
        title, item_id = self.fill(d, topic.title), self.id()
        presenter = d.secretary
        if d.staff and rng.random() < 0.5:
            presenter = d.staff.pop(rng.randrange(len(d.staff)))
            d.presenters.append((presenter, item_id))
        closed = topic.kind in ("procure", "award")
        resolution = rng.choice(lang.approved)
        notes = [rng.choice(lang.discussion).format(unit=d.unit)]
        passed = True
        if d.held and (topic is d.decisions[0] or topic.kind == "award" or rng.random() < 0.3):
            voters = list(d.voters)
            eligible = [v for v in voters if v != d.chair.id]
            if closed and eligible and rng.random() < 0.3:
                recusal = Recusal(item_id, rng.choice(eligible), self.id(), rng.choice(lang.recusal))
                voters.remove(recusal.person_id)
                d.recusals.append(recusal)
                notes.append(lang.recusal_note.format(name=d.people[recusal.person_id].display_name))
            vote, ballots = self.vote(
                d.meeting_id, item_id, lang.question.format(title=title), topic.kind == "award", voters
            )
            d.votes.append(vote)
            d.ballots += ballots
            passed = vote.result is VoteResult.PASSED
            resolution = (resolution if passed else lang.rejected) + lang.tally.format(
                f=vote.votes_for, a=vote.votes_against, s=vote.abstentions
            )
            resolution += lang.casting if vote.casting_vote else ""
            against = [b.person_id for b in ballots if b.choice is Choice.AGAINST]
            if against and rng.random() < 0.5:
                dissent = Dissent(item_id, rng.choice(against), rng.choice(lang.dissent), self.id())
                d.dissents.append(dissent)
                name = d.people[dissent.person_id].display_name
                notes.append(lang.dissent_note.format(name=name, reason=dissent.reasons))
        facts = self.fill(d, topic.facts)
        item = self.add(
            d,
            header,
            title,
            " ".join((facts, *notes)),
            id=item_id,
            presenter_id=presenter.id,
            background=self.fill(d, lang.background, title),
            facts=facts,
            legal_basis=lang.laws[topic.law],
            proposal=lang.proposal.format(title=title, unit=d.unit),
            resolution=resolution.format(title=title, unit=d.unit) if d.held else "",
            closed=closed,
            secrecy=Secrecy.CONFIDENTIAL if topic.kind == "award" else Secrecy.NORMAL,
            duration_minutes=rng.choice((15, 20, 30, 45)),
        )
        d.attach(item, topic.doc)
        action = None
        if d.held and passed:
            assignee = presenter if presenter is not d.secretary else rng.choice((d.secretary, d.chair))
            due = d.day + timedelta(days=rng.choice((30, 45, 60)))
            action = ActionItem(
                d.meeting_id, lang.action.format(title=title), self.id(), item.id, assignee.id, due
            )
            d.actions.append(action)
        d.carry.append(_Carry(title, action))

    def finish(
        self,
        d: _Draft,
        committee: Committee,
        spec: CommitteeSpec,
        active: list[Membership],
        cancelled: bool,
        following: datetime | None,
    ) -> MeetingBundle:
        """Presenters' invitations, timing, status and minutes, and the bundle."""
        rng = self.rng
        noticed = d.notice.date() <= self.today
        for presenter, item_id in d.presenters:
            d.invitations.append(
                Invitation(
                    d.meeting_id,
                    presenter.id,
                    self.id(),
                    InviteeRole.PRESENTER,
                    item_id,
                    Rsvp.ACCEPTED if d.held or noticed else Rsvp.PENDING,
                    attendance=Attendance.PRESENT if d.held else Attendance.UNKNOWN,
                    arrived_at=d.start + timedelta(minutes=rng.randint(30, 90)) if d.held else None,
                )
            )
        duration = sum(i.duration_minutes for i in d.items)
        end = d.start + timedelta(minutes=30 * -(-duration // 30))  # the plan, in half hours
        minutes: Minutes | None = None
        entries: list[MinutesEntry] = []
        status = MeetingStatus.CANCELLED
        if d.held:
            began = d.start + timedelta(minutes=rng.randint(0, 10))
            end = began + timedelta(minutes=duration + rng.randint(-10, 20))
            status, minutes, entries = self.minutes(d, began, end, following)
        elif not cancelled:
            status = MeetingStatus.INVITED if noticed else MeetingStatus.DRAFT
        confidential = any(t.kind == "award" for t in d.decisions) and rng.random() < 0.5
        meeting = Meeting(
            committee.id,
            d.number,
            d.year_be,
            d.lang.meeting_title.format(committee=committee.name, label=d.label),
            d.start,
            id=d.meeting_id,
            end=end,
            place=d.lang.online_place if d.mode is MeetingMode.ONLINE else rng.choice(spec.places),
            online_link=self.link() if d.mode is not MeetingMode.IN_PERSON else "",
            mode=d.mode,
            status=status,
            secrecy=Secrecy.CONFIDENTIAL if confidential else Secrecy.NORMAL,
            urgency=d.urgency,
            notice_sent_at=d.notice if noticed else None,
            # A meeting held online keeps its recording (the decree's evidence); named by the meeting's id
            # rather than drawn at random, so the rest of the demo stays as it was.
            recording_link=(
                f"https://drive.google.com/file/d/{d.meeting_id.replace('-', '')[:28]}/view"
                if d.held and d.mode is not MeetingMode.IN_PERSON and not cancelled
                else ""
            ),
        )
        invited = {i.person_id for i in d.invitations}
        return MeetingBundle(
            committee,
            meeting,
            people=tuple(p for p in d.people.values() if p.id in invited),
            memberships=tuple(active),
            items=tuple(d.items),
            recusals=tuple(d.recusals),
            invitations=tuple(d.invitations),
            votes=tuple(d.votes),
            ballots=tuple(d.ballots),
            dissents=tuple(d.dissents),
            actions=tuple(d.actions),
            minutes=minutes,
            minutes_entries=tuple(entries),
        )

    def invite(self, d: _Draft, person: Person, role: MemberRole) -> tuple[Invitation, Invitation | None]:
        """A member's invitation, and a stand-in's when someone attends in the member's place."""
        rng = self.rng
        if not (d.held or d.notice.date() <= self.today):
            return Invitation(d.meeting_id, person.id, self.id()), None  # a draft: nobody has answered
        # The chair and the secretaries always come; other members now and then do not.
        r = rng.random() if role in (MemberRole.MEMBER, MemberRole.VICE_CHAIR) else 1.0
        reason = rng.choice(d.lang.absence)
        online = d.mode is MeetingMode.ONLINE or (d.mode is MeetingMode.HYBRID and rng.random() < 0.4)
        here = (Attendance.ONLINE if online else Attendance.PRESENT) if d.held else Attendance.UNKNOWN
        arrived = d.start - timedelta(minutes=rng.randint(0, 20)) if d.held else None
        absent: dict[str, Any] = {"attendance": Attendance.ABSENT, "absence_reason": reason} if d.held else {}
        fields: dict[str, Any] = {"rsvp": Rsvp.ACCEPTED, "attendance": here, "arrived_at": arrived}
        stand_in = None
        if r < 0.08:
            fields = {"rsvp": Rsvp.DECLINED, "rsvp_reason": reason, **absent}
        elif r < 0.13 and d.staff:
            deputy = d.staff.pop(rng.randrange(len(d.staff)))
            fields = {"rsvp": Rsvp.SUBSTITUTE, "rsvp_reason": reason, **absent}
            stand_in = Invitation(
                d.meeting_id,
                deputy.id,
                self.id(),
                rsvp=Rsvp.ACCEPTED,
                substitute_for_id=person.id,
                attendance=here,
                arrived_at=arrived,
            )
        elif not d.held:
            fields["rsvp"] = Rsvp.ACCEPTED if r < 0.55 else Rsvp.PENDING
        elif r < 0.2:
            fields |= {
                "attendance": Attendance.LATE,
                "arrived_at": d.start + timedelta(minutes=rng.randint(10, 45)),
            }
        elif r < 0.25:
            fields |= {
                "attendance": Attendance.LEFT_EARLY,
                "left_at": d.start + timedelta(minutes=rng.randint(60, 120)),
            }
        return Invitation(d.meeting_id, person.id, self.id(), **fields), stand_in

    def vote(
        self, meeting_id: str, item_id: str, question: str, secret: bool, voters: list[str]
    ) -> tuple[Vote, list[Ballot]]:
        """A vote by the members present: open with named ballots, or secret with a tally and 2/3 rule."""
        rng = self.rng
        vote_id = self.id()
        choices = rng.choices((Choice.FOR, Choice.AGAINST, Choice.ABSTAIN), (85, 9, 6), k=len(voters))
        f, a, s = (choices.count(c) for c in (Choice.FOR, Choice.AGAINST, Choice.ABSTAIN))
        casting = None
        if secret:
            rule, passed = VoteRule.TWO_THIRDS_OF_PRESENT, 3 * f >= 2 * len(voters) > 0
        else:
            rule, passed = VoteRule.MAJORITY_OF_CAST, f > a
            if f == a > 0:  # a tie: the chair decides
                casting, passed = Choice.FOR, True
        vote = Vote(
            meeting_id,
            item_id,
            question,
            vote_id,
            VoteKind.SECRET if secret else VoteKind.OPEN,
            rule,
            votes_for=f,
            votes_against=a,
            abstentions=s,
            casting_vote=casting,
            result=VoteResult.PASSED if passed else VoteResult.REJECTED,
        )
        if secret:
            return vote, []
        return vote, [Ballot(vote_id, p, c, self.id()) for p, c in zip(voters, choices, strict=True)]

    def minutes(
        self, d: _Draft, began: datetime, ended: datetime, following: datetime | None
    ) -> tuple[MeetingStatus, Minutes, list[MinutesEntry]]:
        """A held meeting's minutes: certified at the next meeting if that was held, or by circulation."""
        rng, lang = self.rng, d.lang
        style = MinutesStyle.RESOLUTIONS_ONLY if rng.random() < 0.2 else MinutesStyle.SUMMARY
        minutes_id = self.id()
        rows = []
        for item, text in d.entries:
            if item.resolution:
                resolution = f"{lang.resolution_label}: {item.resolution}"
                text = (
                    resolution if style is MinutesStyle.RESOLUTIONS_ONLY else f"{text}\n{resolution}".strip()
                )
            rows.append(MinutesEntry(minutes_id, item.id, text or lang.nothing, self.id()))
        certified_at = None
        if following is not None and following.date() < self.today:
            if rng.random() < 0.1:
                d.method, certified_at = CertificationMethod.CIRCULATION, began + (following - began) / 2
            else:
                d.method, certified_at = CertificationMethod.NEXT_MEETING, following + timedelta(minutes=20)
        elif (self.today - d.day).days > 21 and rng.random() < 0.3:
            d.method, certified_at = CertificationMethod.CIRCULATION, began + timedelta(days=14)
        minutes = Minutes(
            d.meeting_id,
            minutes_id,
            style,
            started_at=began,
            ended_at=ended,
            status=MinutesStatus.CERTIFIED if d.method else MinutesStatus.DRAFT,
            certification_method=d.method,
            certified_at=certified_at,
            certified_sha256=hashlib.sha256("\n\n".join(r.text for r in rows).encode()).hexdigest()
            if d.method
            else "",
            taker_id=d.assistant.id,
            checker_id=d.secretary.id,
        )
        if d.method:
            return MeetingStatus.MINUTES_CERTIFIED, minutes, rows
        recent = (self.today - d.day).days <= 7
        return (MeetingStatus.CLOSED if recent else MeetingStatus.MINUTES_DRAFTED), minutes, rows

    def document(self, spec: DocumentSpec) -> DemoDocument:
        """A document as rendered: its paragraphs, then its language's boilerplate."""
        lang = self.tables.languages["th" if is_thai(spec.title) else "en"]
        paragraphs = spec.paragraphs + lang.boilerplate
        return DemoDocument(spec.key, spec.title, paragraphs, spec.pages, spec.file_name)

    def link(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"https://zoom.us/j/{rng.randrange(10**10, 10**11)}"
        code = "".join(rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
        return f"https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}"


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (i < total % parts) for i in range(parts)]


def _template(lang: Language, kind: AgendaSection) -> SectionTemplate:
    """The app's own agenda template for a section, so demo agendas read like ones made in the app."""
    return next(t for t in AGENDA_TEMPLATES[lang.template] if t.section is kind)
