from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.model import Meeting, Urgency
from emeeting.domain.notice import meeting_notice_is_late, notice_deadline, notice_is_late

START = datetime(2026, 11, 26, 13, 30)


def test_deadline_is_three_times_24_hours_before() -> None:
    assert notice_deadline(START) == datetime(2026, 11, 23, 13, 30)


def test_three_days_ahead_is_in_time_a_minute_later_is_late() -> None:
    assert not notice_is_late(START, datetime(2026, 11, 20, 9, 0), urgent=False)
    assert not notice_is_late(START, datetime(2026, 11, 23, 13, 30), urgent=False)
    assert notice_is_late(START, datetime(2026, 11, 23, 13, 31), urgent=False)
    assert notice_is_late(START, datetime(2026, 11, 25, 16, 0), urgent=False)


def test_urgent_meeting_is_never_late() -> None:
    assert not notice_is_late(START, datetime(2026, 11, 26, 8, 0), urgent=True)


def test_notice_not_sent_yet() -> None:
    assert not notice_is_late(START, None, urgent=False)
    assert not notice_is_late(START, None, urgent=False, now=datetime(2026, 11, 22, 8, 0))
    assert notice_is_late(START, None, urgent=False, now=datetime(2026, 11, 24, 8, 0))  # warn the secretary


def test_meeting_notice() -> None:
    m = Meeting(
        committee_id="c",
        number=1,
        year_be=2569,
        title="t",
        start=START,
        notice_sent_at=datetime(2026, 11, 25),
    )
    assert meeting_notice_is_late(m)
    assert not meeting_notice_is_late(replace(m, urgency=Urgency.URGENT))
    assert not meeting_notice_is_late(replace(m, notice_sent_at=datetime(2026, 11, 1)))


@given(st.integers(-10_000, 10_000), st.booleans())
def test_late_exactly_when_sent_after_the_deadline(minutes_before: int, urgent: bool) -> None:
    sent = START - timedelta(minutes=minutes_before)
    assert notice_is_late(START, sent, urgent) == (not urgent and minutes_before < 3 * 24 * 60)


def test_aware_datetimes_compare_across_zones() -> None:
    bangkok = timezone(timedelta(hours=7))
    start = datetime(2026, 11, 26, 13, 30, tzinfo=bangkok)
    assert not notice_is_late(start, datetime(2026, 11, 23, 6, 30, tzinfo=UTC), urgent=False)  # 13.30 Bangkok
    assert notice_is_late(start, datetime(2026, 11, 23, 6, 31, tzinfo=UTC), urgent=False)
