"""What the UI calls the domain's values, in the current language, and how it writes dates.

Each label is built when asked for (never cached) so that a language switch takes effect at once.
Every string is a literal inside ``QCoreApplication.translate`` so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from emeeting.domain import model as m
from emeeting.domain.thai import (
    ENGLISH_MONTHS,
    THAI_MONTHS_SHORT,
    ce_year,
    format_english_date,
    format_english_time,
    format_thai_date,
    format_thai_time,
)
from emeeting.ui.widgets.style import Tone, tone_colours


def ui_language() -> str:
    """ "th" or "en": the language of the installed translation (English when none is installed)."""
    code = QCoreApplication.translate("Labels", "en", "language code of this translation: th or en")
    return "th" if code == "th" else "en"


def status_label(status: m.MeetingStatus) -> str:
    S = m.MeetingStatus
    labels = {
        S.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        S.INVITED: QCoreApplication.translate("Labels", "Invited"),
        S.IN_SESSION: QCoreApplication.translate("Labels", "In session"),
        S.CLOSED: QCoreApplication.translate("Labels", "Closed"),
        S.MINUTES_DRAFTED: QCoreApplication.translate("Labels", "Minutes drafted"),
        S.MINUTES_CERTIFIED: QCoreApplication.translate("Labels", "Minutes certified"),
        S.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
        S.POSTPONED: QCoreApplication.translate("Labels", "Postponed"),
    }
    return labels[status]


def status_badge(status: m.MeetingStatus) -> str:
    """The short form drawn in the navigator's badges."""
    S = m.MeetingStatus
    badges = {
        S.DRAFT: QCoreApplication.translate("Badge", "Draft"),
        S.INVITED: QCoreApplication.translate("Badge", "Invited"),
        S.IN_SESSION: QCoreApplication.translate("Badge", "In session"),
        S.CLOSED: QCoreApplication.translate("Badge", "Held"),
        S.MINUTES_DRAFTED: QCoreApplication.translate("Badge", "Minutes"),
        S.MINUTES_CERTIFIED: QCoreApplication.translate("Badge", "Certified"),
        S.CANCELLED: QCoreApplication.translate("Badge", "Cancelled"),
        S.POSTPONED: QCoreApplication.translate("Badge", "Postponed"),
    }
    return badges[status]


def status_description(status: m.MeetingStatus) -> str:
    """A longer explanation for tooltips."""
    S = m.MeetingStatus
    descriptions = {
        S.DRAFT: QCoreApplication.translate("Labels", "Being prepared; no notice has been sent yet"),
        S.INVITED: QCoreApplication.translate("Labels", "The notice has been sent to the invitees"),
        S.IN_SESSION: QCoreApplication.translate("Labels", "The meeting is in progress"),
        S.CLOSED: QCoreApplication.translate("Labels", "The meeting has ended; minutes not yet drafted"),
        S.MINUTES_DRAFTED: QCoreApplication.translate(
            "Labels", "The minutes are drafted and await certification"
        ),
        S.MINUTES_CERTIFIED: QCoreApplication.translate("Labels", "The minutes have been certified"),
        S.CANCELLED: QCoreApplication.translate("Labels", "The meeting was cancelled"),
        S.POSTPONED: QCoreApplication.translate("Labels", "The meeting was postponed"),
    }
    return descriptions[status]


# A meeting's status as a badge: calm tones for routine states, warm ones for those that need attention.
_STATUS_TONES: Mapping[m.MeetingStatus, Tone] = MappingProxyType(
    {
        m.MeetingStatus.DRAFT: Tone.NEUTRAL,
        m.MeetingStatus.INVITED: Tone.INFO,
        m.MeetingStatus.IN_SESSION: Tone.GOOD,
        m.MeetingStatus.CLOSED: Tone.NEUTRAL,
        m.MeetingStatus.MINUTES_DRAFTED: Tone.WARN,
        m.MeetingStatus.MINUTES_CERTIFIED: Tone.GOOD,
        m.MeetingStatus.CANCELLED: Tone.BAD,
        m.MeetingStatus.POSTPONED: Tone.WARN,
    }
)


def status_tone(status: m.MeetingStatus) -> Tone:
    return _STATUS_TONES[status]


def status_colours(status: m.MeetingStatus, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of ``status``'s badge on a window with ``palette``."""
    return tone_colours(_STATUS_TONES[status], palette)


def secrecy_label(secrecy: m.Secrecy) -> str:
    S = m.Secrecy
    labels = {
        S.NORMAL: QCoreApplication.translate("Labels", "Not classified"),
        S.CONFIDENTIAL: QCoreApplication.translate("Labels", "Confidential"),
        S.SECRET: QCoreApplication.translate("Labels", "Secret"),
        S.TOP_SECRET: QCoreApplication.translate("Labels", "Top secret"),
    }
    return labels[secrecy]


def urgency_label(urgency: m.Urgency) -> str:
    U = m.Urgency
    labels = {
        U.NORMAL: QCoreApplication.translate("Labels", "Normal"),
        U.URGENT: QCoreApplication.translate("Labels", "Urgent"),
        U.VERY_URGENT: QCoreApplication.translate("Labels", "Very urgent"),
        U.MOST_URGENT: QCoreApplication.translate("Labels", "Most urgent"),
    }
    return labels[urgency]


def mode_label(mode: m.MeetingMode) -> str:
    M = m.MeetingMode
    labels = {
        M.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        M.ONLINE: QCoreApplication.translate("Labels", "Online"),
        M.HYBRID: QCoreApplication.translate("Labels", "Hybrid (in person and online)"),
    }
    return labels[mode]


def reply_label(rsvp: m.Rsvp) -> str:
    """An invitee's reply to the invitation as the secretary's screens name it (lists, counts, the trail)."""
    labels = {
        m.Rsvp.PENDING: QCoreApplication.translate("Labels", "Not answered"),
        m.Rsvp.ACCEPTED: QCoreApplication.translate("Labels", "Accepted"),
        m.Rsvp.DECLINED: QCoreApplication.translate("Labels", "Declined"),
        m.Rsvp.SUBSTITUTE: QCoreApplication.translate("Labels", "Sends a substitute"),
    }
    return labels[rsvp]


def own_reply_label(rsvp: m.Rsvp) -> str:
    """A member's own reply, in their words (the reader, the answer dialog); the same Thai words as
    ``reply_label``, said by the member."""
    labels = {
        m.Rsvp.PENDING: QCoreApplication.translate("Labels", "Not answered yet"),
        m.Rsvp.ACCEPTED: QCoreApplication.translate("Labels", "I will attend"),
        m.Rsvp.DECLINED: QCoreApplication.translate("Labels", "I cannot attend"),
        m.Rsvp.SUBSTITUTE: QCoreApplication.translate("Labels", "Someone attends in my place"),
    }
    return labels[rsvp]


def meeting_number_format() -> str:
    """The template of :func:`meeting_number`, to format many meetings with one lookup."""
    return QCoreApplication.translate("Labels", "No. {label}")


def meeting_number(meeting: m.Meeting) -> str:
    """ "ครั้งที่ 3/2569" / "No. 3/2569"."""
    return meeting_number_format().format(label=meeting.label)


def numbered_title(meeting: m.Meeting) -> str:
    """ "ครั้งที่ 3/2569 · การประชุม…": the meeting's title after its number, or the title alone when it
    carries its number already (many do: "การประชุม… ครั้งที่ 3/2569")."""
    if meeting.label in meeting.title:
        return meeting.title
    return f"{meeting_number(meeting)} · {meeting.title}"


def committee_label(committee: m.Committee) -> str:
    """ "คณะกรรมการบริหารงานบุคคล (HR)": the committee's name and short name."""
    return QCoreApplication.translate("Labels", "{name} ({short_name})").format(
        name=committee.name, short_name=committee.short_name
    )


def year_heading(year_be: int) -> str:
    """ "พ.ศ. 2569" / "2026 (BE 2569)"."""
    return QCoreApplication.translate("Labels", "{ce} (BE {be})").format(ce=ce_year(year_be), be=year_be)


def meeting_date(start: datetime, end: datetime | None = None, language: str | None = None) -> str:
    """The meeting's day and time in local time: Thai with the BE year, or English."""
    language = language or ui_language()
    local_start = start.astimezone()
    local_end = end.astimezone() if end is not None else None
    same_day = local_end is not None and local_end.date() == local_start.date()
    if language == "th":
        day = format_thai_date(local_start.date(), weekday=True)
        time = format_thai_time(local_start)
        if same_day and local_end is not None:  # "13.30–16.30 น."
            time = f"{time.removesuffix(' น.')}–{format_thai_time(local_end)}"
    else:
        day = format_english_date(local_start.date())
        time = format_english_time(local_start)
        if same_day and local_end is not None:
            time = f"{time}–{format_english_time(local_end)}"
    return QCoreApplication.translate("Labels", "{date}, {time}").format(date=day, time=time)


def short_date(day: date) -> str:
    """ "1 ต.ค. 2568" (BE) in Thai, "1 Oct 2025" in English."""
    if ui_language() == "th":
        return format_thai_date(day, short=True)
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}"


def day_month(day: date, language: str | None = None) -> str:
    """ "1 ต.ค." in Thai, "1 Oct" in English: where a heading above already gives the year. Pass the
    ``language`` when labelling many rows: looking it up is the costly part."""
    if (language or ui_language()) == "th":
        return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]}"


def clock_time(at: datetime | time, language: str | None = None) -> str:
    """A time of day as the UI writes it everywhere: "14.30 น." in Thai (the official style: a dot and
    น.), "14:30" in English. A datetime is shown in local time."""
    local = at.astimezone() if isinstance(at, datetime) else at
    if (language or ui_language()) == "th":
        return format_thai_time(local)
    return format_english_time(local)


def time_edit_format(language: str | None = None) -> str:
    """The display format of a time typed into an edit: "HH.mm" in Thai, "HH:mm" in English."""
    return "HH.mm" if (language or ui_language()) == "th" else "HH:mm"


def short_date_time(at: datetime) -> str:
    """A moment in local time, e.g. a version's: "1 ต.ค. 2568 13.30 น." / "1 Oct 2025 13:30"."""
    local = at.astimezone()
    language = ui_language()
    return f"{short_date(local.date())} {clock_time(local, language)}"


def duration(minutes: int) -> str:
    if minutes <= 0:
        return ""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return QCoreApplication.translate("Labels", "{h} h {m} min").format(h=hours, m=rest)
    if hours:
        return QCoreApplication.translate("Labels", "{h} h").format(h=hours)
    return QCoreApplication.translate("Labels", "{m} min").format(m=rest)


def file_size(size: int) -> str:
    """A file size in bytes, kilobytes (from 1 KB) or megabytes (from 1 MB)."""
    if size < 1024:
        return QCoreApplication.translate("Labels", "{size} B").format(size=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("Labels", "{size} KB").format(size=round(size / 1024))
    return QCoreApplication.translate("Labels", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
