"""Who may see and who may change which record (DESIGN §7).

A user sees a meeting when invited to it or secretary of its committee. Within a meeting, members (invited
as members, and secretaries) see everything except what a recusal withholds: a recused member does not get
the closed documents of that item. Guests and presenters see the open items only, the documents of normal
class only, and only their own item when invited for one. ลับที่สุด (top secret) leaves nobody's machine by
sync unless the committee's policy allows it. Private notes go to their owner only. A reader's annotations
go to their owner; shared with the committee, to everyone who may read their paper (for a note on an item,
who may see the item, but not a member recused from it when it is closed or confidential); shared with
the secretary, to the secretaries of the meeting's committee.

An item someone sees is shown in its place: the agenda headings above it that they may not see themselves
come to them as title-only copies (``Scope.copy_for``), and with only their number for a title when their
class is higher than the caller may see.

``Scope`` is what one caller may see, read from the database in the same snapshot as the records it
filters; its fingerprint changes whenever the set of visible records could change for reasons other than
the records themselves (an invitation, a recusal, an item closed, a class raised), and a device whose
cursor was built under another fingerprint is told to resync.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, and_, false, or_, select

from emeeting.domain.agenda import number_items
from emeeting.domain.kinds import Kind
from emeeting.domain.model import (
    AgendaItem,
    AgendaSection,
    InviteeRole,
    Secrecy,
    Sharing,
    VoteKind,
    VoteResult,
)
from emeeting.server.storage import policies, records
from emeeting.sync import protocol as p

SECRETARY_ROLES = ("admin", "secretary")


@dataclass(frozen=True)
class Caller:
    user_id: str
    name: str
    role: str
    person_id: str | None
    committees: frozenset[str]  # secretary of these
    device_id: str


_RANKS = {secrecy.value: secrecy.rank for secrecy in Secrecy}


def _rank(value: str | None) -> int:
    # unknown: treat as the most restricted
    return _RANKS.get(value or "normal", Secrecy.TOP_SECRET.rank)


CONFIDENTIAL = Secrecy.CONFIDENTIAL.rank
TOP_SECRET = Secrecy.TOP_SECRET.rank


@dataclass(frozen=True)
class Invited:
    role: str
    item_id: str | None


class VoteFacts(NamedTuple):
    """What access and the ballot rules need of a vote (its record's fields, as stored)."""

    item_id: str
    kind: str
    result: str
    opened_at: str | None = None
    closed_at: str | None = None

    @property
    def is_open(self) -> bool:
        """Open for ballots: opened on members' laptops and neither closed nor given a result since."""
        return self.opened_at is not None and self.closed_at is None and self.result == VoteResult.PENDING

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> VoteFacts:
        return cls(
            data["item_id"], data["kind"], data["result"], data.get("opened_at"), data.get("closed_at")
        )


@dataclass(frozen=True)
class ItemFacts:
    meeting_id: str
    closed: bool
    rank: int
    parent_id: str | None = None
    position: int = 0


class Scope:
    """What one caller may see, loaded once per request.

    ``meetings`` narrows it to those meetings (and their committees' memberships): enough to answer for
    records inside them, at the cost of reading only them (a document download asks about one meeting,
    not about the hundreds its caller may be invited to). A narrowed scope has no fingerprint.
    """

    def __init__(self, conn: Connection, caller: Caller, meetings: Collection[str] | None = None) -> None:
        self.caller = caller
        self._conn = conn  # for the documents, read only when an annotation asks (see ``_document``)
        self._documents: dict[str, Mapping[str, Any]] | None = None
        person = caller.person_id
        self.invited: dict[str, Invited] = {}
        self.recused: set[str] = set()
        self.allow_top_secret = {
            row.committee_id for row in conn.execute(select(policies).where(policies.c.allow_top_secret))
        }
        # meeting id -> (committee id, class rank)
        self.meetings: dict[str, tuple[str, int]] = {}
        # One query for the caller's own invitations and recusals and the meetings they see (three
        # queries per poll with news in all, which is what a thousand polling laptops cost the server).
        live = records.c.deleted.is_(False)
        visible_meeting: Any = records.c.committee_id.in_(list(caller.committees))
        own: Any = false()
        if person is not None:
            mine = records.alias("mine")  # not correlated with the outer query's rows
            invited = select(mine.c.meeting_id).where(
                mine.c.kind == Kind.INVITATION, mine.c.person_id == person, mine.c.deleted.is_(False)
            )
            visible_meeting = or_(visible_meeting, records.c.id.in_(invited.scalar_subquery()))
            own = and_(records.c.kind.in_((Kind.INVITATION, Kind.RECUSAL)), records.c.person_id == person)
        condition = or_(own, and_(records.c.kind == Kind.MEETING, visible_meeting))
        if meetings is not None:
            condition = and_(condition, records.c.meeting_id.in_(list(meetings)))
        self.narrowed = meetings is not None
        for row in conn.execute(select(records.c.kind, records.c.data).where(live, condition)):
            data = json.loads(row.data)
            if row.kind == Kind.MEETING:
                self.meetings[data["id"]] = (data["committee_id"], _rank(data["secrecy"]))
            elif row.kind == Kind.INVITATION:
                self.invited[data["meeting_id"]] = Invited(data["role"], data["item_id"])
            else:
                self.recused.add(data["item_id"])
        self.committees = set() if self.narrowed else set(caller.committees)
        self.committees |= {c for c, _ in self.meetings.values()}
        self.items: dict[str, ItemFacts] = {}
        self.votes: dict[str, VoteFacts] = {}
        self.minutes: dict[str, str] = {}  # minutes id -> meeting id
        self.people: set[str] = {person} if person else set()
        self._headings: dict[str, str] | None = None
        if not self.committees:
            return
        inside = and_(
            records.c.meeting_id.in_(list(self.meetings)),
            records.c.kind.in_((Kind.AGENDA_ITEM, Kind.VOTE, Kind.MINUTES, Kind.INVITATION)),
        )
        members = and_(records.c.kind == Kind.MEMBERSHIP, records.c.committee_id.in_(list(self.committees)))
        for row in conn.execute(select(records.c.kind, records.c.data).where(live, or_(inside, members))):
            data = json.loads(row.data)
            if row.kind == Kind.AGENDA_ITEM:
                self.items[data["id"]] = ItemFacts(
                    data["meeting_id"],
                    bool(data["closed"]),
                    _rank(data["secrecy"]),
                    data["parent_id"],
                    int(data["position"]),
                )
            elif row.kind == Kind.VOTE:
                self.votes[data["id"]] = VoteFacts.of(data)
            elif row.kind == Kind.MINUTES:
                self.minutes[data["id"]] = data["meeting_id"]
            elif row.kind == Kind.INVITATION:
                self.people.update(p for p in (data["person_id"], data["substitute_for_id"]) if p)
            else:
                self.people.add(data["person_id"])

    # ------------------------------------------------------------------------------------ questions

    def fingerprint(self) -> str:
        """Changes when records the caller already passed by could become visible or hidden.

        A record's own change gives it a new version, so only facts about *other* records count: the
        caller's invitations and recusals, their committees, the restrictions that hide older records
        (a guest's closed items and the meeting's class, top secret anywhere, secret votes' ballots, the
        papers they may not read), the people they see through others' invitations and memberships
        (secretaries see everyone), so that a person's record is also taken back when its invitation is,
        and the headings they get as copies (an item moved under another heading, a heading's number
        changed by an item added before it).
        """
        assert not self.narrowed, "a narrowed scope does not describe everything the caller sees"
        guest_in = {
            meeting_id
            for meeting_id, invited in self.invited.items()
            if invited.role != InviteeRole.MEMBER
            and not self.is_secretary_of(self.meetings.get(meeting_id, ("", 0))[0])
        }
        restricted = {
            item_id
            for item_id, item in self.items.items()
            if (item.closed or item.rank >= CONFIDENTIAL)
            and (item.meeting_id in guest_in or self.recused_from(item_id))
        }
        facts = [
            self.caller.role,
            sorted(self.caller.committees),
            sorted((m, i.role, i.item_id or "") for m, i in self.invited.items()),
            sorted(self.recused),
            sorted(self.allow_top_secret & self.committees),
            sorted((m, r) for m, (_, r) in self.meetings.items() if m in guest_in or r >= TOP_SECRET),
            sorted(restricted | {i for i, item in self.items.items() if item.rank >= TOP_SECRET}),
            sorted(v for v, facts in self.votes.items() if facts.kind != VoteKind.OPEN),
            [] if self.caller.committees else sorted(self.people),
        ]
        if headings := self.headings():  # (left out when none, so that fingerprints made before stay)
            facts.append(sorted(headings.items()))
        if hidden := self.hidden_papers():  # (the same)
            facts.append(["papers", hidden])
        return hashlib.sha256(json.dumps(facts).encode()).hexdigest()

    def hidden_papers(self) -> list[str]:
        """The papers of the caller's meetings they may not read: one whose own class is raised or that
        moves under an item they do not see changes only its own record, which they no longer receive,
        so the set itself must count for the paper (and the annotations shared on it) to be taken back."""
        self.document("")  # (reads the documents of the caller's meetings)
        documents = self._documents or {}
        return sorted(doc_id for doc_id, data in documents.items() if not self.sees_document(data))

    def is_secretary_of(self, committee_id: str | None) -> bool:
        return committee_id is not None and committee_id in self.caller.committees

    def _meeting(self, meeting_id: str | None) -> tuple[str, int] | None:
        meeting = self.meetings.get(meeting_id or "")
        if meeting is None:
            return None
        committee, rank = meeting
        if rank >= TOP_SECRET and committee not in self.allow_top_secret:
            return None
        return meeting

    def is_member_of(self, meeting_id: str | None) -> bool:
        """Member-level access: secretary of the committee, or invited as a member."""
        meeting = self._meeting(meeting_id)
        if meeting is None:
            return False
        invited = self.invited.get(meeting_id or "")
        return self.is_secretary_of(meeting[0]) or (
            invited is not None and invited.role == InviteeRole.MEMBER
        )

    def sees_meeting(self, meeting_id: str | None) -> bool:
        return self._meeting(meeting_id) is not None

    def _rank_with(self, meeting_id: str, item_id: str | None, own_rank: int) -> int:
        ranks = [own_rank, self.meetings[meeting_id][1]]
        if item_id is not None and item_id in self.items:
            item = self.items[item_id]
            ranks.append(max(item.rank, CONFIDENTIAL if item.closed else 0))
        return max(ranks)

    def sees_item(self, item_id: str | None) -> bool:
        item = self.items.get(item_id or "")
        if item is None or not self.sees_meeting(item.meeting_id):
            return False
        rank = self._rank_with(item.meeting_id, item_id, item.rank)
        if rank >= TOP_SECRET and self.meetings[item.meeting_id][0] not in self.allow_top_secret:
            return False
        if self.is_member_of(item.meeting_id):
            return True
        invited = self.invited[item.meeting_id]
        return rank < CONFIDENTIAL and invited.item_id in (None, item_id)

    def sees_document(self, data: Mapping[str, Any]) -> bool:
        meeting_id, item_id = data["meeting_id"], data["item_id"]
        if not self.sees_meeting(meeting_id) or (item_id is not None and not self.sees_item(item_id)):
            return False
        rank = self._rank_with(meeting_id, item_id, _rank(data["secrecy"]))
        if rank >= TOP_SECRET and self.meetings[meeting_id][0] not in self.allow_top_secret:
            return False
        if self.is_secretary_of(self.meetings[meeting_id][0]):
            return True
        if self.is_member_of(meeting_id):
            return not (rank >= CONFIDENTIAL and self.recused_from(item_id))
        invited = self.invited[meeting_id]
        return rank < CONFIDENTIAL and (invited.item_id is None or invited.item_id == item_id)

    def hears_about_item(self, item_id: str) -> bool:
        """Whether what members wrote about an item reaches the caller: whoever sees it, except a member
        recused from a closed or confidential item, who does not get its discussion as they do not get
        its closed papers."""
        item = self.items.get(item_id)
        if item is None or not self.sees_item(item_id):
            return False
        if self.is_secretary_of(self.meetings[item.meeting_id][0]):
            return True
        rank = self._rank_with(item.meeting_id, item_id, item.rank)
        return not (rank >= CONFIDENTIAL and self.recused_from(item_id))

    def recused_from(self, item_id: str | None) -> bool:
        """Whether the caller is recused from the item or from one above it: the items under a matter are
        part of it (as the board book has it)."""
        seen: set[str] = set()
        while item_id is not None and item_id not in seen:
            if item_id in self.recused:
                return True
            seen.add(item_id)
            item = self.items.get(item_id)
            item_id = None if item is None else item.parent_id
        return False

    def headings(self) -> dict[str, str]:
        """Heading id -> the title its copy shows ("" for its own) for every agenda item the caller does not
        see but that stands above one they see.

        Read once per scope: a push's scope learns new items as it goes, but those are the secretary's, who
        gets no copies. Nor does the committee's secretary get any of the headings they cannot see (top secret
        under a policy that no longer allows it): their own computer has the heading itself, which a copy
        would overwrite.
        """
        if self._headings is not None:
            return self._headings
        shown: dict[str, str] = {}
        for item_id, item in self.items.items():
            if not self.sees_item(item_id) or self.is_secretary_of(self.meetings[item.meeting_id][0]):
                continue
            parent_id, seen = item.parent_id, {item_id}
            while parent_id is not None and parent_id in self.items and parent_id not in seen:
                seen.add(parent_id)
                if not self.sees_item(parent_id) and parent_id not in shown:
                    shown[parent_id] = "" if self._title_visible(parent_id) else self._number(parent_id)
                parent_id = self.items[parent_id].parent_id
        self._headings = shown
        return shown

    def _title_visible(self, item_id: str) -> bool:
        """Whether the caller may read the heading's title: its class (with its meeting's, and closed
        counting as confidential) is one the caller could see an item of."""
        item = self.items[item_id]
        rank = self._rank_with(item.meeting_id, item_id, item.rank)
        if rank >= TOP_SECRET and self.meetings[item.meeting_id][0] not in self.allow_top_secret:
            return False
        return self.is_member_of(item.meeting_id) or rank < CONFIDENTIAL

    def _number(self, item_id: str) -> str:
        """The item's number ("4", "4.1") on its meeting's whole agenda, as the secretary sees it."""
        meeting_id = self.items[item_id].meeting_id
        agenda = [
            AgendaItem(meeting_id, "-", id=i, parent_id=facts.parent_id, position=facts.position)
            for i, facts in self.items.items()
            if facts.meeting_id == meeting_id
        ]
        return number_items(agenda)[item_id]

    def copy_for(self, kind: str, data: Mapping[str, Any], owner_id: str | None) -> Mapping[str, Any] | None:
        """The record as the caller receives it: as it is when they see it, a title-only copy of a heading
        above an item they see, None when neither.

        A copy keeps the heading's place in the agenda (meeting, parent, position, section) and its title,
        nothing else: no body, resolution, presenter or duration. A heading of a class higher than the
        caller may see (closed, confidential and above for a guest; top secret kept on the secretary's
        machine) shows its number for a title instead, so that not even its title leaves; the copy itself
        then carries nothing of that class, and says normal.
        """
        if self.sees(kind, data, owner_id):
            return data
        if kind != Kind.AGENDA_ITEM:
            return None
        title = self.headings().get(data["id"])
        if title is None:
            return None
        heading = AgendaItem(
            data["meeting_id"],
            title or data["title"],
            id=data["id"],
            parent_id=data["parent_id"],
            position=data["position"],
            section=AgendaSection(data["section"]),
        )
        return p.encode(heading)

    def sees(self, kind: str, data: Mapping[str, Any], owner_id: str | None) -> bool:
        match kind:
            case Kind.COMMITTEE:
                return data["id"] in self.committees
            case Kind.PERSON:
                return bool(self.caller.committees) or data["id"] in self.people
            case Kind.MEMBERSHIP:
                return data["committee_id"] in self.committees
            case Kind.MEETING:
                return self.sees_meeting(data["id"])
            case Kind.AGENDA_ITEM:
                return self.sees_item(data["id"])
            case Kind.RECUSAL | Kind.DISSENT:
                item = self.items.get(data["item_id"])
                return (
                    item is not None
                    and self.sees_item(data["item_id"])
                    and self.is_member_of(item.meeting_id)
                )
            case Kind.DOCUMENT:
                return self.sees_document(data)
            case Kind.INVITATION:
                if not self.sees_meeting(data["meeting_id"]):
                    return False
                return self.is_member_of(data["meeting_id"]) or data["person_id"] == self.caller.person_id
            case Kind.VOTE:
                return self.sees_item(data["item_id"])
            case Kind.BALLOT:
                vote = self.votes.get(data["vote_id"])
                if vote is None or not self.sees_item(vote.item_id):
                    return False
                if data["person_id"] == self.caller.person_id:
                    return True
                item = self.items[vote.item_id]
                return self.is_secretary_of(self.meetings[item.meeting_id][0]) or (
                    vote.kind == VoteKind.OPEN and self.is_member_of(item.meeting_id)
                )
            case Kind.ACTION_ITEM:
                return self.sees_meeting(data["meeting_id"]) and (
                    data["item_id"] is None or self.sees_item(data["item_id"])
                )
            case Kind.MINUTES:
                return self.is_member_of(data["meeting_id"])
            case Kind.MINUTES_ENTRY:
                meeting_id = self.minutes.get(data["minutes_id"])
                return self.is_member_of(meeting_id) and self.sees_item(data["item_id"])
            case Kind.MINUTES_VERSION:
                return self.is_member_of(self.minutes.get(data["minutes_id"]))
            case Kind.ITEM_NOTE:  # the secretary's working notes for the minutes
                item = self.items.get(data["item_id"])
                return item is not None and self.is_secretary_of(self.meetings[item.meeting_id][0])
            case Kind.PRIVATE_NOTE:
                return self.owns(kind, owner_id)
            case Kind.ANNOTATION:
                return self.owns(kind, owner_id) or self.sees_shared_annotation(data)
        return False  # a kind without a rule here is seen by nobody

    def owns(self, kind: str, owner_id: str | None) -> bool:
        """Whether the record is a note or annotation the caller wrote: theirs to see, whatever it holds
        (the feed sends it without reading it)."""
        return kind in (Kind.PRIVATE_NOTE, Kind.ANNOTATION) and owner_id == self.caller.user_id

    def sees_shared_annotation(self, data: Mapping[str, Any]) -> bool:
        """Someone else's annotation, by its sharing: with the committee, whoever may read its paper (or
        see its item); with the secretary, the secretaries of its meeting's committee who see it."""
        meeting = self._meeting(data["meeting_id"])
        if meeting is None:
            return False
        match data["sharing"]:
            case Sharing.COMMITTEE:
                if data["document_id"] is None:
                    return data["item_id"] is not None and self.hears_about_item(data["item_id"])
                document = self.document(data["document_id"])
                return (
                    document is not None
                    and document["meeting_id"] == data["meeting_id"]
                    and self.sees_document(document)
                )
            case Sharing.SECRETARY:
                return self.is_secretary_of(meeting[0])
        return False

    def document(self, document_id: str) -> Mapping[str, Any] | None:
        """A live document of the caller's meetings, read with all the others on the first question."""
        if self._documents is None:
            rows = self._conn.execute(
                select(records.c.data).where(
                    records.c.kind == Kind.DOCUMENT,
                    records.c.deleted.is_(False),
                    records.c.meeting_id.in_(list(self.meetings)),
                )
            )
            self._documents = {data["id"]: data for data in (json.loads(row.data) for row in rows)}
        return self._documents.get(document_id)

    def learn_document(self, data: Mapping[str, Any], deleted: bool) -> None:
        """A document written by the push being checked: later annotations in it see it as it is now."""
        if self._documents is not None:
            if deleted:
                self._documents.pop(data["id"], None)
            else:
                self._documents[data["id"]] = data
