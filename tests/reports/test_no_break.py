"""No line breaks inside a person's name (with or without the title), an organisation of the record,
"ครั้งที่ n/yyyy", a number and its unit (ร้อยละ 49, 49 บาท), or a date (6 ธันวาคม 2569). The names come
from the record, so the documents protect them as units rather than hoping the dictionary knows them
(it cuts นาคสวัสดิ์ into นาค|สวัสดิ์ and กรมส่งเสริม… into กรม|ส่งเสริม…)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.reports.agenda_doc import agenda_pdf
from emeeting.reports.common import BundleIndex, unbreakable
from emeeting.reports.invitation import invitation_pdf
from emeeting.reports.minutes import minutes_pdf
from emeeting.reports.thai_text import Fonts, Span, Unbreakable, break_units, layout_paragraph
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, pdftotext

TH = ReportOptions(lang="th", tz=BANGKOK)
EN = ReportOptions(lang="en", tz=BANGKOK)
TH_DIGITS = ReportOptions(lang="th", thai_digits=True, tz=BANGKOK)

NAME = "พลตำรวจตรีญาณวุฒิ นาคสวัสดิ์"
ORGANISATION = "กรมส่งเสริมการปกครองท้องถิ่น"
PHRASES = [
    NAME,
    "ญาณวุฒิ นาคสวัสดิ์",
    ORGANISATION,
    "ร้อยละ 49",
    "49 บาท",
    "ครั้งที่ 2/2569",
    "6 ธันวาคม 2569",
    "เวลา 09.30 น.",
]
TEXT = (
    f"{NAME} ผู้แทน{ORGANISATION} รายงานว่าผู้เข้าร่วมประชุมร้อยละ 49 เห็นด้วยกับการตั้งงบประมาณไว้ 49 บาทต่อคน "
    f"ตามมติที่ประชุมครั้งที่ 2/2569 เมื่อวันที่ 6 ธันวาคม 2569 เวลา 09.30 น. และขอให้{NAME} "
    f"ประสานกับ{ORGANISATION}อีกครั้งหนึ่ง"
)


@pytest.fixture(scope="module")
def record(bundle: m.MeetingBundle) -> m.MeetingBundle:
    """The report tests' meeting with a member from the record whose name the dictionary splits, of an
    organisation it splits too, mentioned by name in the minutes and the agenda."""
    people = list(bundle.people)
    people[2] = dataclasses.replace(
        people[2], first_name="ญาณวุฒิ", last_name="นาคสวัสดิ์", title="พลตำรวจตรี", organisation=ORGANISATION
    )
    entries = tuple(dataclasses.replace(e, text=f"{TEXT}\n{TEXT}{TEXT}") for e in bundle.minutes_entries)
    items = tuple(
        dataclasses.replace(i, background=TEXT, facts=f"ข้อเท็จจริง{TEXT}") if i.parent_id else i
        for i in bundle.items
    )
    return dataclasses.replace(bundle, people=tuple(people), minutes_entries=entries, items=items)


def _breaks_inside(lines_source: list[str], text: str, phrases: list[str]) -> list[str]:
    """The phrases of ``text`` that a line break falls inside."""
    offsets, at = set(), 0
    for source in lines_source[:-1]:
        at += len(source)
        offsets.add(at)
    found = []
    for phrase in phrases:
        start = text.find(phrase)
        while start >= 0:
            if any(start < o < start + len(phrase) for o in offsets):
                found.append(phrase)
            start = text.find(phrase, start + 1)
    return found


def test_the_dictionary_alone_would_split_the_names() -> None:
    """Why the record's names must be protected: the segmenter cuts them where a line may break."""
    from emeeting.domain.thai_words import WordBreaker

    words = WordBreaker().segment(NAME + ORGANISATION)
    assert "นาค" in words and "กรม" in words


@pytest.mark.parametrize("width", range(205, 470, 3))
def test_no_break_inside_names_numbers_and_dates_at_any_width(
    fonts: Fonts, record: m.MeetingBundle, width: int
) -> None:
    keep = unbreakable(BundleIndex(record))
    lines = layout_paragraph([Span(TEXT)], fonts, 16, width, keep=keep)
    sources = [line.source for line in lines]
    assert "".join(sources) == TEXT  # copy-back stays exact
    assert all(line.width <= width + 0.01 for line in lines)
    assert _breaks_inside(sources, TEXT, PHRASES) == []


def test_without_the_record_a_narrow_line_splits_the_name(fonts: Fonts) -> None:
    """The same sweep without the record's names: the dictionary's breaks fall inside them."""
    split = set()
    for width in range(90, 470, 3):
        lines = layout_paragraph([Span(TEXT)], fonts, 16, width)
        split.update(_breaks_inside([line.source for line in lines], TEXT, [NAME, ORGANISATION]))
    assert split == {NAME, ORGANISATION}


def test_numbers_stay_with_their_words_in_thai_digits_and_english(fonts: Fonts) -> None:
    units = break_units("ครั้งที่ ๒/๒๕๖๙ ร้อยละ ๔๙ วันที่ ๖ ธันวาคม ๒๕๖๙ ราคา ๔๙ บาท", fonts.breaker)
    assert {"ครั้งที่ ๒/๒๕๖๙", "ร้อยละ ๔๙", "วันที่ ๖ ธันวาคม ๒๕๖๙", "๔๙ บาท"} <= set(units)
    units = break_units("Meeting 2/2026 on 6 December 2026: 49 per cent, 12 votes", fonts.breaker)
    assert {"6 December 2026:", "49 per cent,", "12 votes"} <= set(units)


def test_a_protected_phrase_wider_than_the_line_is_set_by_its_words(fonts: Fonts) -> None:
    long_name = "คณะอนุกรรมการพิจารณากลั่นกรองการส่งเสริมการปกครองส่วนท้องถิ่นและการกระจายอำนาจ"
    text = f"มอบให้{long_name}พิจารณา"
    lines = layout_paragraph([Span(text)], fonts, 16, 150, keep=Unbreakable((long_name,)))
    assert len(lines) > 2 and "".join(line.source for line in lines) == text
    assert all(line.width <= 150.01 for line in lines)


@pytest.mark.parametrize(
    ("kind", "render"),
    [
        ("minutes", lambda b, f: minutes_pdf(b, f, TH)),
        ("minutes-digits", lambda b, f: minutes_pdf(b, f, TH_DIGITS)),
        ("agenda", lambda b, f: agenda_pdf(b, f, TH)),
        ("invitation", lambda b, f: invitation_pdf(b, f, TH)),
    ],
)
def test_printed_documents_keep_names_numbers_and_dates_on_one_line(
    tmp_path: Path, fonts: Fonts, record: m.MeetingBundle, kind: str, render: object
) -> None:
    """Read back with poppler: every occurrence of each phrase in the text is whole on one line."""
    pdf = tmp_path / f"{kind}.pdf"
    pdf.write_bytes(render(record, fonts).pdf)  # type: ignore[operator]
    text = pdftotext(pdf)
    lines = text.split("\n")
    flat = "".join(lines)
    from emeeting.domain.thai import to_thai_digits

    # The record's own: the meeting's number and date, the invitation's date, the secretary's name.
    own = ["ครั้งที่ 3/2569", "3 มีนาคม 2569", "24 กุมภาพันธ์ 2569", "นางสาวสุดา รักงาน"]
    phrases = [*PHRASES, *own]
    if kind.endswith("digits"):
        phrases = [to_thai_digits(p) for p in phrases]
    split = [p for p in phrases if flat.count(p) != sum(line.count(p) for line in lines)]
    assert sum(flat.count(p) for p in phrases) >= 4
    assert split == [], f"broken across lines: {split}"
