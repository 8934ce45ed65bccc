"""Which status a meeting may move to next.

The main line is draft → invited → in session → closed → minutes drafted → minutes certified. Moving
forward may skip steps (an urgent meeting called without written notice; a past meeting recorded after
the fact). The only step back is reopening a meeting closed by mistake; certified minutes are frozen.
A meeting not yet held may be postponed or cancelled; a postponed one is invited again or cancelled, a
cancelled one may be reinstated as a draft.
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


def check_transition(current: S, new: S) -> None:
    if new is not current and new not in allowed_next(current):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "a meeting that is {current} cannot become {new}"),
            current=current.value.replace("_", " "),
            new=new.value.replace("_", " "),
        )
