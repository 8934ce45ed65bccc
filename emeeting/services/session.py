"""The meeting day: attendance, start and end, the live quorum, notes and resolutions, dissent, recusals,
votes and action items.

Every time is given by the caller (the screen passes "now"; a secretary may correct a time afterwards)
and must carry its time zone. The rules themselves live in the domain: quorum.py for who counts,
voting.py for tallies and results, lifecycle.py for the meeting's status.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.domain.lifecycle import allowed_next, check_status_by_hand
from emeeting.domain.quorum import QuorumState, members_present, quorum_state, voting_member_ids
from emeeting.domain.voting import check_ballot, decide_vote, tally_ballots
from emeeting.services.meetings import AgendaEntry, agenda_entries, item_notes, stored_bundle
from emeeting.services.records import cascade_delete, insert, replace
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# Ways of being in the meeting that "check in" records (leaving is "check out").
CHECK_IN = frozenset({m.Attendance.PRESENT, m.Attendance.ONLINE, m.Attendance.LATE})


@dataclass(frozen=True)
class Attendee:
    invitation: m.Invitation
    person: m.Person
    substitute_for: m.Person | None  # "นาย ก แทน นาย ข": this person attends in place of that member
    voting: bool  # a voting member of the committee, or here in place of one

    @property
    def seat_id(self) -> str:
        """Whose vote this attendee casts: the member's own id, also for a substitute."""
        return self.invitation.substitute_for_id or self.invitation.person_id


@dataclass(frozen=True)
class ItemRecord:
    """One agenda item with what was recorded on it during the meeting."""

    entry: AgendaEntry
    note: str
    votes: tuple[m.Vote, ...]
    ballots: tuple[m.Ballot, ...]
    dissents: tuple[m.Dissent, ...]
    recusals: tuple[m.Recusal, ...]
    actions: tuple[m.ActionItem, ...]

    @property
    def item(self) -> m.AgendaItem:
        return self.entry.item


@dataclass(frozen=True)
class SessionView:
    """Everything the in-session screen shows, read in one transaction."""

    committee: m.Committee
    meeting: m.Meeting
    minutes: m.Minutes | None
    attendees: tuple[Attendee, ...]
    items: tuple[ItemRecord, ...]
    people: Mapping[str, m.Person]
    quorum: QuorumState
    present_member_ids: frozenset[str]  # voting members in the meeting now (a substitute counts for one)

    def item(self, item_id: str) -> ItemRecord:
        return next(record for record in self.items if record.item.id == item_id)

    def eligible_voters(self, item_id: str) -> frozenset[str]:
        """Voting members present now who are not recused from the item."""
        return self.present_member_ids - {r.person_id for r in self.item(item_id).recusals}

    @property
    def started(self) -> bool:
        return self.minutes is not None and self.minutes.started_at is not None

    @property
    def ended(self) -> bool:
        return self.minutes is not None and self.minutes.ended_at is not None


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a time on the meeting day needs a time zone"))
    return at


def _meeting_minutes(repo: Repository, meeting_id: str) -> m.Minutes | None:
    found = repo.select(m.Minutes, meeting_id=meeting_id)
    return found[0] if found else None


def _eligible(repo: Repository, meeting: m.Meeting, item_id: str) -> frozenset[str]:
    """Voting members present and not recused from the item; refused when the meeting lacks quorum."""
    committee = repo.get(m.Committee, meeting.committee_id)
    memberships = repo.select(m.Membership, committee_id=committee.id)
    invitations = repo.select(m.Invitation, meeting_id=meeting.id)
    quorum = quorum_state(committee, meeting, memberships, invitations)
    if not quorum.reached:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "the meeting has no quorum ({present} of {required} present); no vote can be taken"
            ),
            present=quorum.present,
            required=quorum.required,
        )
    members = voting_member_ids(committee.id, memberships, meeting.start.date())
    present = members_present(members, meeting.id, invitations)
    return present - {r.person_id for r in repo.select(m.Recusal, item_id=item_id)}


def _item_of_meeting(repo: Repository, item_id: str) -> tuple[m.AgendaItem, m.Meeting]:
    item = repo.get(m.AgendaItem, item_id)
    return item, repo.get(m.Meeting, item.meeting_id)


def _move_meeting(repo: Repository, meeting: m.Meeting, status: m.MeetingStatus) -> Changes:
    check_status_by_hand(meeting.status, status)  # never "minutes certified": that is certifying them
    if status is meeting.status:
        return Changes()
    return replace(repo, dataclasses.replace(meeting, status=status))


def session_view(bundle: m.MeetingBundle, notes: Mapping[str, str]) -> SessionView:
    """What the in-session screen shows, from ``stored_bundle`` (its lists in the store's order) and the
    notes taken on its items (item id → text)."""
    committee, meeting = bundle.committee, bundle.meeting
    memberships, invitations = bundle.memberships, bundle.invitations
    people = {p.id: p for p in bundle.people}
    members = voting_member_ids(committee.id, memberships, meeting.start.date())
    attendees = tuple(
        sorted(
            (
                Attendee(
                    inv,
                    people[inv.person_id],
                    people.get(inv.substitute_for_id) if inv.substitute_for_id else None,
                    (inv.substitute_for_id or inv.person_id) in members,
                )
                for inv in invitations
            ),
            key=lambda a: (not a.voting, a.invitation.role.value, a.person.display_name, a.invitation.id),
        )
    )

    def of_item(entry: AgendaEntry) -> ItemRecord:
        item_id = entry.item.id
        item_votes = tuple(sorted((v for v in bundle.votes if v.item_id == item_id), key=lambda v: v.id))
        vote_ids = {v.id for v in item_votes}
        return ItemRecord(
            entry,
            notes.get(item_id, ""),
            item_votes,
            tuple(b for b in bundle.ballots if b.vote_id in vote_ids),
            tuple(d for d in bundle.dissents if d.item_id == item_id),
            tuple(r for r in bundle.recusals if r.item_id == item_id),
            tuple(a for a in bundle.actions if a.item_id == item_id),
        )

    return SessionView(
        committee=committee,
        meeting=meeting,
        minutes=bundle.minutes,
        attendees=attendees,
        items=tuple(of_item(e) for e in agenda_entries(list(bundle.items), list(bundle.documents))),
        people=MappingProxyType(people),
        quorum=quorum_state(committee, meeting, memberships, invitations),
        present_member_ids=members_present(members, meeting.id, invitations),
    )


class SessionService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading -------------------------------------------------------------------------------------

    def view(self, meeting_id: str) -> SessionView:
        with self._store.read() as repo:
            bundle = stored_bundle(repo, meeting_id)
            notes = item_notes(repo, bundle)
        return session_view(bundle, notes)

    # -- attendance ----------------------------------------------------------------------------------

    def check_in(self, invitation_id: str, attendance: m.Attendance, at: datetime) -> Changes:
        """Present, online, or late: in the meeting from ``at`` (a return after leaving clears the leave)."""
        if attendance not in CHECK_IN:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "checking in records present, online or late, not {attendance}"),
                attendance=attendance.value.replace("_", " "),
            )
        with self._store.transaction() as repo:
            invitation = repo.get(m.Invitation, invitation_id)
            arrived = invitation.arrived_at if invitation.arrived_at is not None else _aware(at)
            if attendance is m.Attendance.LATE or invitation.attendance not in m.ATTENDED:
                arrived = _aware(at)
            return replace(
                repo,
                dataclasses.replace(
                    invitation, attendance=attendance, arrived_at=arrived, left_at=None, absence_reason=""
                ),
            )

    def check_out(self, invitation_id: str, at: datetime) -> Changes:
        """The invitee left the meeting at ``at``."""
        with self._store.transaction() as repo:
            invitation = repo.get(m.Invitation, invitation_id)
            if invitation.attendance not in m.ATTENDED or invitation.left_at is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "only someone who is in the meeting can leave it")
                )
            return replace(
                repo, dataclasses.replace(invitation, attendance=m.Attendance.LEFT_EARLY, left_at=_aware(at))
            )

    def mark_absent(self, invitation_id: str, reason: str = "") -> Changes:
        """Did not come (ลาป่วย, ติดราชการ …)."""
        with self._store.transaction() as repo:
            invitation = repo.get(m.Invitation, invitation_id)
            return replace(
                repo,
                dataclasses.replace(
                    invitation,
                    attendance=m.Attendance.ABSENT,
                    arrived_at=None,
                    left_at=None,
                    absence_reason=reason.strip(),
                ),
            )

    def add_substitute(
        self, meeting_id: str, member_id: str, substitute: m.Person, at: datetime, *, new_person: bool
    ) -> Changes:
        """``substitute`` attends in place of the invited member from ``at``; ``new_person``: create them.

        The member's own invitation says they sent a substitute and are absent in person.
        """
        with self._store.transaction() as repo:
            meeting = repo.get(m.Meeting, meeting_id)
            invitations = repo.select(m.Invitation, meeting_id=meeting.id)
            own = next((i for i in invitations if i.person_id == member_id and not i.substitute_for_id), None)
            if own is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "only an invited member can send a substitute")
                )
            if own.attendance in m.ATTENDED and own.left_at is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the member is in the meeting and needs no substitute")
                )
            if any(i.substitute_for_id == member_id and i.attendance in m.ATTENDED for i in invitations):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "someone already attends in place of this member")
                )
            if any(i.person_id == substitute.id for i in invitations):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the substitute is already invited to this meeting")
                )
            changes = insert(repo, substitute) if new_person else Changes()
            changes |= insert(
                repo,
                m.Invitation(
                    meeting.id,
                    substitute.id,
                    role=m.InviteeRole.MEMBER,
                    rsvp=m.Rsvp.ACCEPTED,
                    substitute_for_id=member_id,
                    attendance=m.Attendance.PRESENT,
                    arrived_at=_aware(at),
                ),
            )
            return changes | replace(
                repo, dataclasses.replace(own, rsvp=m.Rsvp.SUBSTITUTE, attendance=m.Attendance.ABSENT)
            )

    # -- start, end, reconvened ----------------------------------------------------------------------

    def start(self, meeting_id: str, at: datetime) -> Changes:
        """The chair opens the meeting (เริ่มประชุมเวลา); a closed meeting reopened keeps its start time."""
        with self._store.transaction() as repo:
            meeting = repo.get(m.Meeting, meeting_id)
            minutes = _meeting_minutes(repo, meeting_id)
            changes = _move_meeting(repo, meeting, m.MeetingStatus.IN_SESSION)
            if minutes is None:
                return changes | insert(repo, m.Minutes(meeting_id, started_at=_aware(at)))
            if minutes.status is m.MinutesStatus.CERTIFIED:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the minutes are certified; the meeting cannot be reopened")
                )
            started = minutes.started_at or _aware(at)
            return changes | replace(repo, dataclasses.replace(minutes, started_at=started, ended_at=None))

    def end(self, meeting_id: str, at: datetime) -> Changes:
        """The chair closes the meeting (เลิกประชุมเวลา); the meeting has been held."""
        with self._store.transaction() as repo:
            meeting = repo.get(m.Meeting, meeting_id)
            minutes = _meeting_minutes(repo, meeting_id)
            if minutes is None or minutes.started_at is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the meeting has not been started"))
            if _aware(at) < minutes.started_at:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "a meeting cannot end before it starts"))
            changes = Changes()
            if meeting.status is not m.MeetingStatus.CLOSED and m.MeetingStatus.CLOSED in allowed_next(
                meeting.status
            ):
                changes = _move_meeting(repo, meeting, m.MeetingStatus.CLOSED)
            return changes | replace(repo, dataclasses.replace(minutes, ended_at=at))

    def set_reconvened(self, meeting_id: str, reconvened: bool) -> Changes:
        """Mark the meeting as reconvened after lacking quorum: the committee's lower quorum applies."""
        with self._store.transaction() as repo:
            meeting = repo.get(m.Meeting, meeting_id)
            return replace(repo, dataclasses.replace(meeting, reconvened=reconvened))

    # -- items ---------------------------------------------------------------------------------------

    def set_note(self, item_id: str, text: str, *, base: str | None = None) -> Changes:
        """What was said on the item (one note per item, replaced as the secretary types).

        ``base``: the note the screen showed ("" for none; for an autosave, the text it saved last); a
        note changed meanwhile by someone else is not overwritten: StaleWriteError, nothing written.
        """
        with self._store.transaction() as repo:
            repo.get(m.AgendaItem, item_id)
            existing = repo.select(m.ItemNote, item_id=item_id)
            if existing:
                note = existing[0]
                shown = None if base is None else dataclasses.replace(note, text=base)
                return replace(repo, dataclasses.replace(note, text=text), base=shown)
            if base:  # the screen showed a note that is gone meanwhile
                repo.refuse_deleted_meanwhile(m.ItemNote, item_id=item_id)
            return insert(repo, m.ItemNote(item_id, text))

    def set_resolution(self, item_id: str, text: str, *, base: str | None = None) -> Changes:
        """มติที่ประชุม for the item; ``base``: the resolution the screen showed (as for ``set_note``)."""
        with self._store.transaction() as repo:
            item = repo.get(m.AgendaItem, item_id)
            shown = None if base is None else dataclasses.replace(item, resolution=base.strip())
            return replace(repo, dataclasses.replace(item, resolution=text.strip()), base=shown)

    def add_dissent(self, item_id: str, person_id: str, reasons: str) -> Changes:
        """A member's dissenting opinion with reasons (APA s.83), for the minutes."""
        with self._store.transaction() as repo:
            _item, meeting = _item_of_meeting(repo, item_id)
            invited = {i.person_id for i in repo.select(m.Invitation, meeting_id=meeting.id)} | {
                i.substitute_for_id for i in repo.select(m.Invitation, meeting_id=meeting.id)
            }
            if person_id not in invited:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "only someone invited to the meeting can dissent")
                )
            return insert(repo, m.Dissent(item_id, person_id, reasons.strip()))

    def recuse(self, item_id: str, person_id: str, reason: str = "") -> Changes:
        """A member with a conflict of interest on the item: does not vote on it."""
        with self._store.transaction() as repo:
            repo.get(m.AgendaItem, item_id)
            repo.get(m.Person, person_id)
            if repo.select(m.Recusal, item_id=item_id, person_id=person_id):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "this member is already recused"))
            votes = repo.select(m.Vote, item_id=item_id)
            if repo.select(m.Ballot, vote_id=[v.id for v in votes], person_id=person_id):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "this member has voted on the item; change that vote before the recusal"
                    )
                )
            return insert(repo, m.Recusal(item_id, person_id, reason=reason.strip()))

    # -- votes ---------------------------------------------------------------------------------------

    def record_vote(self, vote: m.Vote, choices: Mapping[str, m.Choice] | None = None) -> Changes:
        """Record (or re-record) a vote and its result.

        Open votes: ``choices`` names each voter's choice (by member id; a substitute votes for their
        member) and the tally is counted from them. Secret votes: the counts in ``vote``, no names.
        Only voting members present and not recused may vote; the result follows the vote's rule and,
        on a tie, the chair's casting vote (without it the result stays pending).
        """
        choices = dict(choices or {})
        with self._store.transaction() as repo:
            item, meeting = _item_of_meeting(repo, vote.item_id)
            if vote.meeting_id != meeting.id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "a vote belongs to the meeting of its agenda item")
                )
            eligible = _eligible(repo, meeting, item.id)
            recused = {r.person_id for r in repo.select(m.Recusal, item_id=item.id)}
            ballots = [m.Ballot(vote.id, person_id, choice) for person_id, choice in sorted(choices.items())]
            if vote.kind is m.VoteKind.SECRET:
                if ballots:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "a secret vote keeps only the counts, not who voted how")
                    )
            else:
                for ballot in ballots:
                    check_ballot(ballot.person_id, recused, eligible)
                tally = tally_ballots(ballots)
                vote = dataclasses.replace(
                    vote, votes_for=tally.for_, votes_against=tally.against, abstentions=tally.abstain
                )
            result = decide_vote(vote, ballots, len(eligible))
            tied = vote.rule is m.VoteRule.MAJORITY_OF_CAST and vote.votes_for == vote.votes_against
            vote = dataclasses.replace(vote, result=result, casting_vote=vote.casting_vote if tied else None)
            changes = Changes()
            if repo.find(m.Vote, vote.id) is not None:
                old = repo.select(m.Ballot, vote_id=vote.id)
                if old:
                    changes |= cascade_delete(repo, m.Ballot, [b.id for b in old])
                changes |= replace(repo, vote)
            else:
                changes |= insert(repo, vote)
            if ballots:
                changes |= insert(repo, *ballots)
            return changes | Changes.of(Kind.VOTE, vote.id)
