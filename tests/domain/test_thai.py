from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.thai import (
    THAI_DIGITS,
    be_year,
    ce_year,
    format_english_date,
    format_english_time,
    format_thai_date,
    format_thai_time,
    from_thai_digits,
    is_thai,
    to_thai_digits,
)

DAY = date(2026, 11, 26)  # a Thursday


def test_thai_digits() -> None:
    assert to_thai_digits("ครั้งที่ 3/2569") == "ครั้งที่ ๓/๒๕๖๙"
    assert to_thai_digits("0123456789") == "๐๑๒๓๔๕๖๗๘๙"
    assert from_thai_digits("๒๖ พ.ย. ๒๕๖๙") == "26 พ.ย. 2569"


def test_buddhist_era() -> None:
    assert be_year(DAY) == 2569
    assert be_year(2026) == 2569
    assert ce_year(2569) == 2026


def test_thai_dates() -> None:
    assert format_thai_date(DAY) == "26 พฤศจิกายน 2569"
    assert format_thai_date(DAY, weekday=True) == "วันพฤหัสบดีที่ 26 พฤศจิกายน 2569"
    assert format_thai_date(DAY, short=True) == "26 พ.ย. 2569"
    assert format_thai_date(DAY, weekday=True, thai_digits=True) == "วันพฤหัสบดีที่ ๒๖ พฤศจิกายน ๒๕๖๙"
    assert format_thai_date(date(2027, 1, 3)) == "3 มกราคม 2570"


@pytest.mark.parametrize(
    ("day", "thai", "english"),
    [
        (date(2026, 11, 22), "อาทิตย์", "Sunday"),
        (date(2026, 11, 23), "จันทร์", "Monday"),
        (date(2026, 11, 24), "อังคาร", "Tuesday"),
        (date(2026, 11, 25), "พุธ", "Wednesday"),
        (date(2026, 11, 26), "พฤหัสบดี", "Thursday"),
        (date(2026, 11, 27), "ศุกร์", "Friday"),
        (date(2026, 11, 28), "เสาร์", "Saturday"),
    ],
)
def test_weekday_names(day: date, thai: str, english: str) -> None:
    assert format_thai_date(day, weekday=True).startswith(f"วัน{thai}ที่ ")
    assert format_english_date(day).startswith(f"{english} ")


@pytest.mark.parametrize(
    ("month", "full", "short"),
    [
        (1, "มกราคม", "ม.ค."),
        (2, "กุมภาพันธ์", "ก.พ."),
        (3, "มีนาคม", "มี.ค."),
        (4, "เมษายน", "เม.ย."),
        (5, "พฤษภาคม", "พ.ค."),
        (6, "มิถุนายน", "มิ.ย."),
        (7, "กรกฎาคม", "ก.ค."),
        (8, "สิงหาคม", "ส.ค."),
        (9, "กันยายน", "ก.ย."),
        (10, "ตุลาคม", "ต.ค."),
        (11, "พฤศจิกายน", "พ.ย."),
        (12, "ธันวาคม", "ธ.ค."),
    ],
)
def test_month_names(month: int, full: str, short: str) -> None:
    assert format_thai_date(date(2026, month, 1)) == f"1 {full} 2569"
    assert format_thai_date(date(2026, month, 1), short=True) == f"1 {short} 2569"


def test_times() -> None:
    assert format_thai_time(time(13, 30)) == "13.30 น."
    assert format_thai_time(datetime(2026, 11, 26, 9, 5)) == "09.05 น."
    assert format_thai_time(time(13, 30), thai_digits=True) == "๑๓.๓๐ น."
    assert format_english_time(time(9, 5)) == "09:05"


def test_english_dates() -> None:
    assert format_english_date(DAY) == "Thursday 26 November 2026"
    assert format_english_date(DAY, weekday=False) == "26 November 2026"


@given(st.text())
def test_thai_digit_round_trip(s: str) -> None:
    arabic = from_thai_digits(s)
    assert not any(c in THAI_DIGITS for c in arabic)
    assert from_thai_digits(to_thai_digits(arabic)) == arabic
    assert to_thai_digits(from_thai_digits(s)) == to_thai_digits(s)
    assert len(to_thai_digits(s)) == len(s)


@given(st.integers(0, 10**6))
def test_thai_digits_of_numbers(n: int) -> None:
    assert int(from_thai_digits(to_thai_digits(str(n)))) == n
    assert all(c in THAI_DIGITS for c in to_thai_digits(str(n)))


@given(st.dates())
def test_be_year_and_dates(d: date) -> None:
    assert be_year(d) == d.year + 543
    assert ce_year(be_year(d)) == d.year
    assert format_thai_date(d).endswith(f" {d.year + 543}")
    assert from_thai_digits(format_thai_date(d, weekday=True, thai_digits=True)) == format_thai_date(
        d, weekday=True
    )


def test_is_thai() -> None:
    assert is_thai("รายงานการประชุม") and is_thai("ICT ครั้งที่ 3") and is_thai("๓")
    assert not is_thai("Minutes of meeting No. 3/2569") and not is_thai("")
