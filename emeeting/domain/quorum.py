"""Quorum (APA 2539 s.79): at least a fraction of the voting members must be present.

The fraction is a committee setting (one half by default; one third for a meeting reconvened after an
adjournment for lack of quorum). Everything here is recomputable at any instant ``at`` so the UI can show
the quorum live as people arrive and leave, and the minutes can say when it was reached.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import ATTENDED, Attendance, Committee, Invitation, Meeting, Membership


@dataclass(frozen=True)
class QuorumState:
    present: int  # voting members present (in person, online, or through a substitute)
    required: int
    members: int  # voting members of the committee on the meeting day
    reached: bool


def required_for_quorum(voting_members: int, fraction: Fraction) -> int:
    """How many must be present: the ceiling of members × fraction ("at least one half": 10 → 5, 3 → 2).

    Never less than 1: nobody present is no meeting, even for a committee without voting members.
    """
    if voting_members < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The number of voting members cannot be negative."))
    if not 0 < fraction <= 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A quorum fraction must be above 0 and at most 1, not {fraction}."),
            fraction=fraction,
        )
    return max(1, math.ceil(voting_members * fraction))


def voting_member_ids(committee_id: str, memberships: Iterable[Membership], day: date) -> frozenset[str]:
    """Person ids of the committee's voting members whose term covers ``day`` (a person counts once)."""
    return frozenset(
        m.person_id for m in memberships if m.committee_id == committee_id and m.voting and m.active_on(day)
    )


def is_attending(invitation: Invitation, at: datetime | None = None) -> bool:
    """Whether the invitee is in the meeting at ``at`` (None: as recorded now; those who left don't count).

    A missing arrival time means "there from the start"; someone counts until the instant they leave.
    """
    if invitation.attendance not in ATTENDED:
        return False
    if at is None:
        return invitation.attendance is not Attendance.LEFT_EARLY and invitation.left_at is None
    if invitation.arrived_at is not None and invitation.arrived_at > at:
        return False
    if invitation.left_at is not None:
        return at < invitation.left_at
    return invitation.attendance is not Attendance.LEFT_EARLY  # left, but the time was not recorded


def members_present(
    member_ids: Collection[str],
    meeting_id: str,
    invitations: Iterable[Invitation],
    at: datetime | None = None,
) -> frozenset[str]:
    """Voting members present at ``at``; a substitute ("นาย ก แทน นาย ข") counts once for the member."""
    return frozenset(
        counts_for
        for inv in invitations
        if inv.meeting_id == meeting_id
        and (counts_for := inv.substitute_for_id or inv.person_id) in member_ids
        and is_attending(inv, at)
    )


def quorum_fraction(committee: Committee, meeting: Meeting) -> Fraction:
    # A meeting reconvened after lacking quorum (within 14 days, as its notice says) needs the lower fraction.
    return committee.reconvened_quorum_fraction if meeting.reconvened else committee.quorum_fraction


def quorum_state(
    committee: Committee,
    meeting: Meeting,
    memberships: Iterable[Membership],
    invitations: Iterable[Invitation],
    at: datetime | None = None,
) -> QuorumState:
    """The quorum at instant ``at`` (None: from the attendance as recorded now).

    Members are the committee's voting members whose term covers the meeting day. Datetimes must be all
    naive or all aware, like the meeting's.
    """
    member_ids = voting_member_ids(committee.id, memberships, meeting.start.date())
    present = len(members_present(member_ids, meeting.id, invitations, at))
    required = required_for_quorum(len(member_ids), quorum_fraction(committee, meeting))
    return QuorumState(
        present=present, required=required, members=len(member_ids), reached=present >= required
    )


def quorum_timeline(
    committee: Committee,
    meeting: Meeting,
    memberships: Iterable[Membership],
    invitations: Iterable[Invitation],
) -> list[tuple[datetime, QuorumState]]:
    """The quorum from the meeting's start and at each later arrival or departure, one entry per change.

    For the minutes ("quorum reached at 13.40 น.") and a live chart.
    """
    memberships, invitations = list(memberships), [i for i in invitations if i.meeting_id == meeting.id]
    instants = {meeting.start}
    for inv in invitations:
        instants.update(t for t in (inv.arrived_at, inv.left_at) if t is not None and t > meeting.start)
    timeline: list[tuple[datetime, QuorumState]] = []
    for instant in sorted(instants):
        state = quorum_state(committee, meeting, memberships, invitations, instant)
        if not timeline or timeline[-1][1] != state:
            timeline.append((instant, state))
    return timeline
