from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.errors import ValidationError
from emeeting.domain.model import AgendaSection, NumberingStyle
from emeeting.domain.templates import (
    AGENDA_TEMPLATES,
    agenda_from_template,
    meeting_title,
    next_meeting_number,
    section_title,
)


def numbered_titles(key: str, previous: str | None) -> list[tuple[str, str]]:
    items = agenda_from_template("m1", key, previous)
    numbers = number_items(items)
    return [(numbers[i.id], i.title) for i in ordered(items)]


def test_thai_template_is_the_customary_five_sections() -> None:
    assert numbered_titles("th", "2/2569") == [
        ("1", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ"),
        ("1.1", "เรื่องที่ประธานแจ้ง"),
        ("1.2", "เรื่องที่เลขานุการแจ้ง"),
        ("2", "เรื่องรับรองรายงานการประชุม"),
        ("2.1", "รับรองรายงานการประชุม ครั้งที่ 2/2569"),
        ("3", "เรื่องสืบเนื่อง"),
        ("4", "เรื่องเสนอเพื่อพิจารณา"),
        ("5", "เรื่องอื่น ๆ"),
    ]


def test_english_template() -> None:
    assert [t for n, t in numbered_titles("en", "2/2569") if "." not in n] == [
        "Announcements by the chair",
        "Adoption of the minutes of the previous meeting",
        "Matters arising",
        "Matters for decision",
        "Any other business",
    ]
    assert ("2.1", "Adoption of the minutes of meeting No. 2/2569") in numbered_titles("en", "2/2569")


def test_first_meeting_has_no_previous_number() -> None:
    assert ("2.1", "รับรองรายงานการประชุมครั้งที่ผ่านมา") in numbered_titles("th", None)
    assert ("2.1", "Adoption of the minutes of the previous meeting") in numbered_titles("en", None)


@pytest.mark.parametrize("key", sorted(AGENDA_TEMPLATES))
def test_items_belong_to_the_meeting_and_inherit_sections(key: str) -> None:
    items = agenda_from_template("m1", key, None)
    by_id = {i.id: i for i in items}
    assert all(i.meeting_id == "m1" for i in items)
    assert [i.section for i in items if i.parent_id is None] == [
        AgendaSection.ANNOUNCEMENTS,
        AgendaSection.CERTIFY_MINUTES,
        AgendaSection.MATTERS_ARISING,
        AgendaSection.FOR_DECISION,
        AgendaSection.OTHER,
    ]
    for i in items:
        if i.parent_id is not None:
            assert i.section is by_id[i.parent_id].section
    assert len({i.id for i in agenda_from_template("m1", key, None)} & by_id.keys()) == 0  # fresh ids


def test_unknown_template_refused() -> None:
    with pytest.raises(ValidationError):
        agenda_from_template("m1", "fr", None)


@pytest.mark.parametrize(
    ("style", "last", "year", "expected"),
    [
        (NumberingStyle.PER_YEAR, None, 2569, 1),
        (NumberingStyle.PER_YEAR, (2, 2569), 2569, 3),
        (NumberingStyle.PER_YEAR, (12, 2569), 2570, 1),  # ครั้งที่ 1/2570
        (NumberingStyle.CONTINUOUS, None, 2569, 1),
        (NumberingStyle.CONTINUOUS, (12, 2569), 2570, 13),
        (NumberingStyle.CONTINUOUS, (40, 2569), 2569, 41),
    ],
)
def test_next_meeting_number(
    style: NumberingStyle, last: tuple[int, int] | None, year: int, expected: int
) -> None:
    assert next_meeting_number(style, last, year) == expected


@given(st.integers(1, 500), st.integers(2500, 2700), st.integers(0, 3))
def test_numbering_properties(number: int, year: int, gap: int) -> None:
    assert next_meeting_number(NumberingStyle.CONTINUOUS, (number, year), year + gap) == number + 1
    expected = number + 1 if gap == 0 else 1
    assert next_meeting_number(NumberingStyle.PER_YEAR, (number, year), year + gap) == expected


@pytest.mark.parametrize(
    ("key", "title"),
    [("th", "เรื่องสืบเนื่อง"), ("en", "Matters arising"), ("no-such-template", "เรื่องสืบเนื่อง")],
)
def test_section_title_is_the_templates_own(key: str, title: str) -> None:
    assert section_title(key, AgendaSection.MATTERS_ARISING) == title


def test_a_meeting_is_titled_in_its_committee_s_language() -> None:
    assert meeting_title("คณะกรรมการเทคโนโลยีสารสนเทศ", "th") == "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ"
    assert meeting_title("Audit Committee", "en") == "Meeting of the Audit Committee"
