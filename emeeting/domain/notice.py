"""Notice of a meeting (APA 2539 s.80): members get written notice at least 3 days ahead unless urgent.

We use a plain 3 × 24 hours before the start, not Thai calendar days: it is simple, never stricter than
a day-count reading by more than hours, and Thailand has no daylight saving time to make 24 h ambiguous.
Datetimes must be all naive or all aware.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from emeeting.domain.model import Meeting, Urgency

NOTICE_PERIOD = timedelta(days=3)


def notice_deadline(start: datetime) -> datetime:
    """The latest time a notice can be sent for a meeting starting at ``start``."""
    return start - NOTICE_PERIOD


def notice_is_late(
    meeting_start: datetime, notice_sent_at: datetime | None, urgent: bool, *, now: datetime | None = None
) -> bool:
    """Whether the notice came (or, not sent yet, would come ``now``) after the deadline.

    Exactly 3 × 24 h ahead is in time. An urgent meeting is never late. A notice not sent yet is late only
    once ``now`` is past the deadline; without ``now`` there is nothing to judge yet, so it is not late.
    """
    if urgent:
        return False
    sent = notice_sent_at if notice_sent_at is not None else now
    return sent is not None and sent > notice_deadline(meeting_start)


def meeting_notice_is_late(meeting: Meeting, *, now: datetime | None = None) -> bool:
    """``notice_is_late`` for a meeting; any urgency class (ด่วน and above) counts as urgent."""
    return notice_is_late(
        meeting.start, meeting.notice_sent_at, meeting.urgency is not Urgency.NORMAL, now=now
    )
