"""The meeting domain as frozen value objects.

Every entity is a frozen dataclass with a client-made UUID ``id``. Services hand these out; nothing here
knows about storage or Qt. Field names are the column names in storage, so keep them stable.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction


def new_id() -> str:
    return str(uuid.uuid4())


# A document's content hash as stored and exchanged: 64 lowercase hex digits.
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")


def is_sha256(value: str) -> bool:
    return SHA256_PATTERN.fullmatch(value) is not None


class MemberRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    ASSISTANT_SECRETARY = "assistant_secretary"


class NumberingStyle(StrEnum):
    PER_YEAR = "per_year"  # ครั้งที่ 1/2569, 2/2569 … restarting each BE year
    CONTINUOUS = "continuous"  # one running number for the life of the committee


class Secrecy(StrEnum):
    NORMAL = "normal"
    CONFIDENTIAL = "confidential"  # ลับ
    SECRET = "secret"  # ลับมาก
    TOP_SECRET = "top_secret"  # ลับที่สุด

    @property
    def rank(self) -> int:
        return list(Secrecy).index(self)


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"  # ด่วน
    VERY_URGENT = "very_urgent"  # ด่วนมาก
    MOST_URGENT = "most_urgent"  # ด่วนที่สุด


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    INVITED = "invited"
    IN_SESSION = "in_session"
    CLOSED = "closed"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_CERTIFIED = "minutes_certified"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class AgendaSection(StrEnum):
    """What a top-level agenda section is for; its children inherit it."""

    ANNOUNCEMENTS = "announcements"  # เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
    CERTIFY_MINUTES = "certify_minutes"  # เรื่องรับรองรายงานการประชุม
    MATTERS_ARISING = "matters_arising"  # เรื่องสืบเนื่อง
    FOR_DECISION = "for_decision"  # เรื่องเสนอเพื่อพิจารณา
    FOR_INFORMATION = "for_information"  # เรื่องเสนอเพื่อทราบ
    OTHER = "other"  # เรื่องอื่น ๆ


class InviteeRole(StrEnum):
    MEMBER = "member"
    GUEST = "guest"
    PRESENTER = "presenter"


class Rsvp(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    SUBSTITUTE = "substitute"  # sends someone in their place


class Attendance(StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    ONLINE = "online"
    LATE = "late"
    LEFT_EARLY = "left_early"
    ABSENT = "absent"


# Attendance states in which a person was in the meeting at some point (quorum, OParl participants).
ATTENDED = frozenset({Attendance.PRESENT, Attendance.ONLINE, Attendance.LATE, Attendance.LEFT_EARLY})


class VoteKind(StrEnum):
    OPEN = "open"
    SECRET = "secret"


class VoteRule(StrEnum):
    MAJORITY_OF_CAST = "majority_of_cast"
    MAJORITY_OF_PRESENT = "majority_of_present"
    TWO_THIRDS_OF_PRESENT = "two_thirds_of_present"
    CUSTOM = "custom"  # a fraction of the members present


class Choice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class VoteResult(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    REJECTED = "rejected"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class MinutesStyle(StrEnum):
    VERBATIM = "verbatim"
    SUMMARY = "summary"
    RESOLUTIONS_ONLY = "resolutions_only"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    CERTIFIED = "certified"


class CertificationMethod(StrEnum):
    SAME_MEETING = "same_meeting"
    NEXT_MEETING = "next_meeting"
    CIRCULATION = "circulation"  # แจ้งเวียน


@dataclass(frozen=True)
class Committee:
    name: str
    short_name: str
    id: str = field(default_factory=new_id)
    quorum_num: int = 1  # quorum: at least num/den of the voting members (APA s.79: one half)
    quorum_den: int = 2
    reconvened_quorum_num: int = 1  # a reconvened meeting within 14 days: one third
    reconvened_quorum_den: int = 3
    numbering: NumberingStyle = NumberingStyle.PER_YEAR
    agenda_template: str = "th"
    default_secrecy: Secrecy = Secrecy.NORMAL
    language: str = "th"

    @property
    def quorum_fraction(self) -> Fraction:
        return Fraction(self.quorum_num, self.quorum_den)

    @property
    def reconvened_quorum_fraction(self) -> Fraction:
        return Fraction(self.reconvened_quorum_num, self.reconvened_quorum_den)


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    id: str = field(default_factory=new_id)
    title: str = ""  # name prefix: นาย, นาง, นางสาว, ranks, Dr., Ms. …
    position: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""

    @property
    def display_name(self) -> str:
        # Thai prefixes attach to the name without a space (นายสมชาย); Latin ones take one (Dr. Smith).
        prefix = self.title
        if prefix and prefix.isascii():
            prefix += " "
        return f"{prefix}{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Membership:
    committee_id: str
    person_id: str
    id: str = field(default_factory=new_id)
    role: MemberRole = MemberRole.MEMBER
    voting: bool = True
    term_start: date | None = None
    term_end: date | None = None

    def active_on(self, day: date) -> bool:
        return (self.term_start is None or self.term_start <= day) and (
            self.term_end is None or day <= self.term_end
        )


@dataclass(frozen=True)
class Meeting:
    committee_id: str
    number: int
    year_be: int
    title: str
    start: datetime
    id: str = field(default_factory=new_id)
    end: datetime | None = None
    place: str = ""
    online_link: str = ""
    mode: MeetingMode = MeetingMode.IN_PERSON
    status: MeetingStatus = MeetingStatus.DRAFT
    secrecy: Secrecy = Secrecy.NORMAL
    urgency: Urgency = Urgency.NORMAL
    notice_sent_at: datetime | None = None
    reconvened: bool = False  # adjourned for lack of quorum and called again: the lower quorum applies
    recording_link: str = ""  # where the meeting's recording is kept (the evidence of an online meeting)

    @property
    def label(self) -> str:
        """The customary number, e.g. ``3/2569``."""
        return f"{self.number}/{self.year_be}"


@dataclass(frozen=True)
class AgendaItem:
    meeting_id: str
    title: str
    id: str = field(default_factory=new_id)
    parent_id: str | None = None
    position: int = 0  # order among siblings, 0-based
    section: AgendaSection = AgendaSection.OTHER
    presenter_id: str | None = None
    background: str = ""  # ความเป็นมา
    facts: str = ""  # ข้อเท็จจริง
    legal_basis: str = ""  # ข้อกฎหมาย/ระเบียบ
    proposal: str = ""  # ประเด็นเสนอเพื่อพิจารณา
    resolution: str = ""  # มติที่ประชุม
    closed: bool = False  # closed items are withheld from guests
    duration_minutes: int = 0
    secrecy: Secrecy = Secrecy.NORMAL


@dataclass(frozen=True)
class Recusal:
    """A member with a conflict of interest on an item: sees no closed documents, does not vote."""

    item_id: str
    person_id: str
    id: str = field(default_factory=new_id)
    reason: str = ""


# After each page of a document's extracted text (``Document.text``): the form feed, as pdftotext writes.
# Text extracted before pages were kept apart has none: its pages are not known apart.
PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Document:
    meeting_id: str
    name: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    id: str = field(default_factory=new_id)
    item_id: str | None = None  # None: a meeting-level document
    position: int = 0
    page_count: int | None = None
    text: str = ""
    secrecy: Secrecy = Secrecy.NORMAL


@dataclass(frozen=True)
class Invitation:
    meeting_id: str
    person_id: str
    id: str = field(default_factory=new_id)
    role: InviteeRole = InviteeRole.MEMBER
    item_id: str | None = None  # guests and presenters may be invited for one item
    rsvp: Rsvp = Rsvp.PENDING
    rsvp_reason: str = ""
    substitute_for_id: str | None = None  # this person attends in place of that member
    attendance: Attendance = Attendance.UNKNOWN
    arrived_at: datetime | None = None
    left_at: datetime | None = None
    absence_reason: str = ""


@dataclass(frozen=True)
class Vote:
    meeting_id: str
    item_id: str
    question: str
    id: str = field(default_factory=new_id)
    kind: VoteKind = VoteKind.OPEN
    rule: VoteRule = VoteRule.MAJORITY_OF_CAST
    custom_num: int = 1
    custom_den: int = 2
    # Secret votes keep only the tally; open votes derive it from their ballots.
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    casting_vote: Choice | None = None  # the chair's deciding vote on a tie
    result: VoteResult = VoteResult.PENDING
    # A vote taken on members' laptops: open from opened_at (members answer) until closed_at (the result
    # recorded). A vote recorded by hand after the show of hands has neither.
    opened_at: datetime | None = None
    closed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.opened_at is not None and self.closed_at is None


@dataclass(frozen=True)
class Ballot:
    vote_id: str
    person_id: str
    choice: Choice
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Dissent:
    item_id: str
    person_id: str
    reasons: str
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ActionItem:
    meeting_id: str
    title: str
    id: str = field(default_factory=new_id)
    item_id: str | None = None
    assignee_id: str | None = None
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    carried_from_id: str | None = None  # the same task as recorded at an earlier meeting


@dataclass(frozen=True)
class Minutes:
    meeting_id: str
    id: str = field(default_factory=new_id)
    style: MinutesStyle = MinutesStyle.SUMMARY
    started_at: datetime | None = None
    ended_at: datetime | None = None
    status: MinutesStatus = MinutesStatus.DRAFT
    certification_method: CertificationMethod | None = None
    certified_at: datetime | None = None
    certified_sha256: str = ""  # hash of the frozen certified text; later changes are amendments
    taker_id: str | None = None  # ผู้จดรายงานการประชุม
    checker_id: str | None = None  # ผู้ตรวจรายงานการประชุม


@dataclass(frozen=True)
class MinutesEntry:
    """The minutes' text for one agenda item."""

    minutes_id: str
    item_id: str
    text: str
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ItemNote:
    """What the secretary noted on an agenda item during the meeting; the minutes draft is built from it."""

    item_id: str
    text: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class MinutesVersion:
    """A frozen text of certified minutes: number 0 is the version certified, each later one an amendment.

    ``text`` is the minutes' canonical text (services.minutes) and ``sha256`` its hash; version 0's hash is
    the minutes' ``certified_sha256``. When each version was made is in the audit trail.
    """

    minutes_id: str
    number: int
    text: str
    sha256: str
    id: str = field(default_factory=new_id)
    reason: str = ""  # why an amendment was made


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    actor: str
    action: str  # create / update / delete / move / attach …
    entity_kind: str
    entity_id: str
    summary: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class PrivateNote:
    """An attendee's own note on a meeting or one of its items; the server gives it to its owner only."""

    meeting_id: str
    text: str
    id: str = field(default_factory=new_id)
    item_id: str | None = None


class AnnotationShape(StrEnum):
    """What a mark on a paper is."""

    HIGHLIGHT = "highlight"  # text marked in colour: geometry holds its rectangles, quote its text
    UNDERLINE = "underline"  # text underlined: the same
    INK = "ink"  # free-hand strokes
    STICKY = "sticky"  # a note pinned at a point of a page
    ITEM_NOTE = "item_note"  # a note on an agenda item, on no paper


class Sharing(StrEnum):
    """Who sees an annotation besides its owner (on all the owner's devices)."""

    PRIVATE = "private"  # nobody
    COMMITTEE = "committee"  # everyone who may read the paper (or the agenda item)
    SECRETARY = "secretary"  # the committee's secretary


@dataclass(frozen=True)
class Annotation:
    """A reader's mark or note on a paper (or on an agenda item), anchored to the paper's content.

    ``sha256`` is the version of the paper it was made on: when the document now holds other bytes and
    the quote was not found in them, it is listed as "from the earlier version", never dropped. ``page``
    counts from 0; ``geometry`` is JSON in PDF points of that page, origin top-left: a list of
    [x0, y0, x1, y1] rectangles for text marks, a list of strokes (each a list of [x, y]) for ink,
    [x, y] for a sticky note, [] for a note on an item.
    """

    meeting_id: str
    owner: str  # the server account that made it
    shape: AnnotationShape
    id: str = field(default_factory=new_id)
    item_id: str | None = None
    document_id: str | None = None
    sha256: str = ""
    page: int = 0
    geometry: str = "[]"
    quote: str = ""
    text: str = ""
    color: str = "#ffd54f"
    sharing: Sharing = Sharing.PRIVATE
    author: str = ""  # the owner's name as other readers see it


@dataclass(frozen=True)
class MeetingBundle:
    """One meeting with everything it refers to: the unit of export, import and publishing."""

    committee: Committee
    meeting: Meeting
    people: tuple[Person, ...] = ()
    memberships: tuple[Membership, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    recusals: tuple[Recusal, ...] = ()
    documents: tuple[Document, ...] = ()
    invitations: tuple[Invitation, ...] = ()
    votes: tuple[Vote, ...] = ()
    ballots: tuple[Ballot, ...] = ()
    dissents: tuple[Dissent, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    minutes: Minutes | None = None
    minutes_entries: tuple[MinutesEntry, ...] = ()
