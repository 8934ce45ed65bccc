"""Thai digits, Buddhist Era years, Thai/English date and time wording for official documents, and the
titles that stand before Thai names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from types import MappingProxyType

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
BE_OFFSET = 543  # พ.ศ. = ค.ศ. + 543

# The office's time zone: meetings of a Thai government office happen on Thai time, so the record and
# every printed document give times on it, whatever the computer's own zone. Thailand keeps UTC+07:00 all
# year (no daylight saving), so a fixed offset needs no tz database (Windows has none).
OFFICE_ZONE = timezone(timedelta(hours=7), "Asia/Bangkok")

_TO_THAI: Mapping[int, int] = MappingProxyType(str.maketrans("0123456789", THAI_DIGITS))
_FROM_THAI: Mapping[int, int] = MappingProxyType(str.maketrans(THAI_DIGITS, "0123456789"))

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
# Indexed like date.weekday(): Monday is 0.
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

# English names spelt out here rather than strftime's, which follow the process locale.
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Titles before a name, offered in the title box (anything else may be typed): the everyday prefixes, then
# academic titles and the ranks most often met on Thai committees, then English ones.
TITLE_SUGGESTIONS = (
    "นาย",
    "นาง",
    "นางสาว",
    "ว่าที่ร้อยตรี",
    "ว่าที่ร้อยตรีหญิง",
    "ดร.",
    "ศ.",
    "ศ.ดร.",
    "รศ.",
    "รศ.ดร.",
    "ผศ.",
    "ผศ.ดร.",
    "นพ.",
    "พญ.",
    "พล.อ.",
    "พล.ท.",
    "พล.ต.",
    "พ.อ.",
    "พ.ท.",
    "พ.ต.",
    "พล.ต.อ.",
    "พล.ต.ท.",
    "พล.ต.ต.",
    "พ.ต.อ.",
    "พ.ต.ท.",
    "พ.ต.ต.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
)


def to_thai_digits(s: str) -> str:
    """ "ครั้งที่ 3/2569" → "ครั้งที่ ๓/๒๕๖๙"; everything but 0-9 is left as is."""
    return s.translate(_TO_THAI)


def from_thai_digits(s: str) -> str:
    """ "๒๕๖๙" → "2569", e.g. to parse what a user typed with a Thai keyboard."""
    return s.translate(_FROM_THAI)


def be_year(d: date | int) -> int:
    """The Buddhist Era year of a date (or of a CE year): 2026 → 2569."""
    return (d if isinstance(d, int) else d.year) + BE_OFFSET


def ce_year(be: int) -> int:
    """The CE year of a Buddhist Era year: 2569 → 2026."""
    return be - BE_OFFSET


def format_thai_date(
    d: date, *, weekday: bool = False, thai_digits: bool = False, short: bool = False
) -> str:
    """ "26 พฤศจิกายน 2569"; weekday=True: "วันพฤหัสบดีที่ 26 พฤศจิกายน 2569"; short=True: "26 พ.ย. 2569"."""
    month = (THAI_MONTHS_SHORT if short else THAI_MONTHS)[d.month - 1]
    text = f"{d.day} {month} {be_year(d)}"
    if weekday:
        text = f"วัน{THAI_WEEKDAYS[d.weekday()]}ที่ {text}"
    return to_thai_digits(text) if thai_digits else text


def format_thai_time(t: time | datetime, *, thai_digits: bool = False) -> str:
    """ "13.30 น." — the official form: a dot, two-digit minutes, and น. (นาฬิกา)."""
    text = f"{t.hour:02d}.{t.minute:02d} น."
    return to_thai_digits(text) if thai_digits else text


def format_english_date(d: date, *, weekday: bool = True) -> str:
    """ "Thursday 26 November 2026" (CE years in English); weekday=False: "26 November 2026"."""
    text = f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}"
    return f"{ENGLISH_WEEKDAYS[d.weekday()]} {text}" if weekday else text


def format_english_time(t: time | datetime) -> str:
    """ "13:30"."""
    return f"{t.hour:02d}:{t.minute:02d}"


def is_thai(text: str) -> bool:
    """Whether ``text`` contains any character of the Thai block (U+0E00–U+0E7F), e.g. to pick a language."""
    return any("\u0e00" <= c <= "\u0e7f" for c in text)
