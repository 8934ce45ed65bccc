"""Which status a meeting may move to next.

The main line is draft → invited → in session → closed → minutes drafted → minutes certified. Moving
forward may skip steps (an urgent meeting called without written notice; a past meeting recorded after
the fact). The only step back is reopening a meeting closed by mistake; certified minutes are frozen.
A meeting not yet held may be postponed or cancelled; a postponed one is invited again or cancelled, a
cancelled one may be reinstated as a draft.

"Minutes certified" is reached only by certifying the minutes (services.minutes), which freezes them in the
same step; a status given by hand (the Details editor, the meeting day's screen) never reaches it, or the
meeting would look certified with nothing frozen.
"""

from __future__ import annotations

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import MeetingStatus as S

MAIN_LINE = (S.DRAFT, S.INVITED, S.IN_SESSION, S.CLOSED, S.MINUTES_DRAFTED, S.MINUTES_CERTIFIED)
_NOT_HELD = frozenset({S.DRAFT, S.INVITED})


def allowed_next(status: S) -> frozenset[S]:
    """Every status a meeting in ``status`` may be given (not counting staying where it is)."""
    if status is S.CANCELLED:
        return frozenset({S.DRAFT})
    if status is S.POSTPONED:
        return frozenset({S.DRAFT, S.INVITED, S.CANCELLED})
    later = MAIN_LINE[MAIN_LINE.index(status) + 1 :]
    allowed = set(later)
    if status in _NOT_HELD:
        allowed |= {S.POSTPONED, S.CANCELLED}
    if status is S.CLOSED:
        allowed.add(S.IN_SESSION)  # reopened: closed by mistake
    return frozenset(allowed)


def allowed_by_hand(status: S) -> frozenset[S]:
    """Every status a secretary may give a meeting in ``status`` by hand: all but "minutes certified"."""
    return allowed_next(status) - {S.MINUTES_CERTIFIED}


def check_transition(current: S, new: S) -> None:
    if new is not current and new not in allowed_next(current):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "a meeting that is {current} cannot become {new}"),
            current=current.value.replace("_", " "),
            new=new.value.replace("_", " "),
        )


def check_status_by_hand(current: S, new: S) -> None:
    """``check_transition`` for a status given by hand, which never makes a meeting "minutes certified"."""
    if new is S.MINUTES_CERTIFIED and current is not new:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a meeting becomes “minutes certified” only by certifying its minutes (Minutes tab, "
                "“Certify…”), which freezes them",
            )
        )
    check_transition(current, new)


def certified_status_agrees(status: S, *, certified: bool) -> bool:
    """Whether a meeting's status and its minutes' certification say the same: certifying the minutes of
    a meeting that was held, and only that, makes it "minutes certified" (services.minutes), and nothing
    else does."""
    return certified == (status is S.MINUTES_CERTIFIED)
