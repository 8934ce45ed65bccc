"""Reminders due today: a committee that wants a reminder N days before its meetings gets one per meeting,
on that day (or the first run after it, if the computer was off), once.

Who gets it: those who said they are coming, and — when the office's reminder settings say so
(``ReminderSettings.non_responders``) — those who have not answered yet too. Nobody who declined or sends
a substitute. A cancelled or postponed meeting, or one already begun, gets none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from emeeting.domain import model as m
from emeeting.domain.mailing import MailKind, MailResult, reminder_day
from emeeting.mail.outbox import MailPlan, Outbox, Reminder, SendReport

# Meetings in these states are not going ahead as planned: no reminder.
_NOT_AHEAD = frozenset(
    {
        m.MeetingStatus.CANCELLED,
        m.MeetingStatus.POSTPONED,
        m.MeetingStatus.IN_SESSION,
        m.MeetingStatus.CLOSED,
        m.MeetingStatus.MINUTES_DRAFTED,
        m.MeetingStatus.MINUTES_CERTIFIED,
    }
)


@dataclass(frozen=True)
class DueReminder:
    meeting_id: str
    reference: str  # ICT:3/2569
    reminder: Reminder
    day: date  # the day it was due


@dataclass(frozen=True)
class ReminderResult:
    due: DueReminder
    plan: MailPlan
    report: SendReport | None  # None: a dry run


def due(outbox: Outbox, today: date) -> list[DueReminder]:
    """The meetings whose reminder is due on ``today`` (a local day) and not yet sent."""
    settings = outbox.settings.reminders()
    audience = Reminder.ALL if settings.non_responders else Reminder.ACCEPTED
    found: list[DueReminder] = []
    for summary in outbox.services.meetings.summaries():
        meeting = summary.meeting
        days = settings.days_for(meeting.committee_id)
        day = reminder_day(meeting, days)
        if day is None or meeting.status in _NOT_AHEAD:
            continue
        meeting_day = meeting.start.astimezone().date()  # local, as reminder_day counts
        if not day <= today < meeting_day:
            continue
        if any(
            s.kind is MailKind.REMINDER and s.result is MailResult.SENT
            for s in outbox.log.messages(meeting.id)
        ):
            continue
        found.append(DueReminder(meeting.id, summary.reference, audience, day))
    return found


def run_due(outbox: Outbox, today: date, *, dry_run: bool = False) -> list[ReminderResult]:
    """Send every reminder due today (``dry_run``: only say who would get one). A meeting whose reminder
    reaches nobody now (all have declined, say) counts as reminded only once a message went out; the
    mail server's failures (MailError) stop the run."""
    results: list[ReminderResult] = []
    for reminder in due(outbox, today):
        plan = outbox.plan(reminder.meeting_id, reminder=reminder.reminder)
        report = None if dry_run or not plan.outgoing else outbox.send(plan)
        results.append(ReminderResult(reminder, plan, report))
    return results
