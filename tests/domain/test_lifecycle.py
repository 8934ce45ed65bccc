from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.errors import ValidationError
from emeeting.domain.lifecycle import MAIN_LINE, allowed_next, check_transition
from emeeting.domain.model import MeetingStatus as S


def test_a_meeting_goes_forward_along_the_main_line_skipping_steps_if_needed() -> None:
    assert allowed_next(S.DRAFT) == {
        S.INVITED, S.IN_SESSION, S.CLOSED, S.MINUTES_DRAFTED, S.MINUTES_CERTIFIED, S.POSTPONED, S.CANCELLED
    }  # fmt: skip
    assert allowed_next(S.MINUTES_DRAFTED) == {S.MINUTES_CERTIFIED}


def test_certified_minutes_are_frozen() -> None:
    assert allowed_next(S.MINUTES_CERTIFIED) == frozenset()
    with pytest.raises(ValidationError, match="minutes certified cannot become minutes drafted"):
        check_transition(S.MINUTES_CERTIFIED, S.MINUTES_DRAFTED)


def test_only_a_closed_meeting_may_be_reopened() -> None:
    check_transition(S.CLOSED, S.IN_SESSION)
    with pytest.raises(ValidationError):
        check_transition(S.IN_SESSION, S.INVITED)
    with pytest.raises(ValidationError):
        check_transition(S.MINUTES_DRAFTED, S.CLOSED)


def test_postponing_and_cancelling_only_before_the_meeting_is_held() -> None:
    for status in (S.DRAFT, S.INVITED):
        check_transition(status, S.POSTPONED)
        check_transition(status, S.CANCELLED)
    for status in (S.IN_SESSION, S.CLOSED):
        with pytest.raises(ValidationError):
            check_transition(status, S.CANCELLED)
    assert allowed_next(S.POSTPONED) == {S.DRAFT, S.INVITED, S.CANCELLED}
    assert allowed_next(S.CANCELLED) == {S.DRAFT}  # reinstated


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_check_transition_agrees_with_allowed_next(current: S, new: S) -> None:
    if new is current or new in allowed_next(current):
        check_transition(current, new)
    else:
        with pytest.raises(ValidationError):
            check_transition(current, new)


@given(st.lists(st.sampled_from(list(S)), max_size=12))
def test_no_path_leaves_certified_minutes_or_goes_backwards_past_a_held_meeting(path: list[S]) -> None:
    status = S.DRAFT
    held = False
    for new in path:
        if new is not status and new not in allowed_next(status):
            continue
        if held:
            assert new not in (S.DRAFT, S.INVITED, S.POSTPONED, S.CANCELLED)
        if status is S.MINUTES_CERTIFIED:
            assert new is S.MINUTES_CERTIFIED
        status = new
        held = held or status in MAIN_LINE[2:]
