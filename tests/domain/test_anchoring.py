"""Finding a quoted passage again in a new version of a paper (domain/anchoring.py)."""

from __future__ import annotations

import pytest

from emeeting.domain.anchoring import QuoteIndex, comparable, find_quote, locate, normalise
from emeeting.domain.kinds import MEETING_RECORD, RECORDS, SYNCED, Kind

QUOTE = "วงเงินงบประมาณรวม 15,375,000 บาท"
OLD = [
    "ระเบียบวาระที่ 4.1 แผนปฏิบัติการดิจิทัล",
    f"ศูนย์ฯ ได้จัดทำร่างแผนแล้วเสร็จ {QUOTE} ตามที่เสนอ",
    "มติที่ประชุม",
]


def test_the_quote_is_found_on_its_page() -> None:
    assert find_quote(QUOTE, OLD, near_page=1) == 1


def test_the_quote_follows_the_text_to_another_page() -> None:
    new = ["ปก", "สารบัญ", *OLD]  # two pages put in front
    assert find_quote(QUOTE, new, near_page=1) == 3


def test_line_breaks_spaces_zero_width_spaces_and_soft_hyphens_do_not_matter() -> None:
    broken = "ศูนย์ฯ ได้จัดทำร่างแผนแล้วเสร็จ วงเงิน\u200bงบ\nประมาณ\u00adรวม  15,375,\n000 บาท"
    assert find_quote(QUOTE, ["", broken], near_page=0) == 1
    # And the other way round: a quote taken with the breaks of the old layout.
    assert find_quote("วงเงิน\u200bงบ\r\nประ\u00adมาณ", ["วงเงินงบประมาณ"], near_page=0) == 0


def test_thai_digits_and_arabic_digits_are_the_same_text() -> None:
    assert find_quote(QUOTE, ["วงเงินงบประมาณรวม ๑๕,๓๗๕,๐๐๐ บาท"], near_page=0) == 0


def test_sara_am_as_one_character_or_two_and_marks_in_either_order() -> None:
    # ำ (U+0E33) written as nikhahit + sara aa, as some PDF text layers give it.
    assert find_quote("ดำเนินการ", ["ด\u0e4d\u0e32เนินการ"], near_page=0) == 0
    # ปู่: sara uu then mai ek, or mai ek then sara uu.
    assert find_quote("ปู่ย่า", ["ป\u0e48\u0e39ย\u0e48\u0e32"], near_page=0) == 0


def test_glyph_variants_of_old_thai_fonts_read_as_their_characters() -> None:
    # ผู้ใหญ่ with the tone mark as the lowered variant U+F70B, ญ without its tail U+F70F and a
    # lowered mai ek U+F70A.
    assert find_quote("ผู้ใหญ่", ["ผู\uf70bให\uf70f\uf70a"], near_page=0) == 0
    assert find_quote("ญาณ", ["\uf70fาณ"], near_page=0) == 0


def test_of_two_pages_holding_the_quote_the_nearest_wins() -> None:
    pages = ["มติที่ประชุม เห็นชอบ", "อื่น ๆ", "อื่น ๆ", "อื่น ๆ", "มติที่ประชุม เห็นชอบ"]
    assert find_quote("มติที่ประชุม", pages, near_page=3) == 4
    assert find_quote("มติที่ประชุม", pages, near_page=1) == 0
    assert find_quote("มติที่ประชุม", pages, near_page=2) == 0  # at the same distance: the earlier


def test_a_quote_that_is_gone_or_empty_is_not_found() -> None:
    assert find_quote("ราคากลางสูงกว่าราคาตลาด", OLD, near_page=1) is None
    assert find_quote(" \u200b\n", OLD, near_page=1) is None
    assert find_quote(QUOTE, [], near_page=0) is None


def test_a_near_page_beyond_the_new_version_still_finds_the_quote() -> None:
    assert find_quote(QUOTE, OLD, near_page=40) == 1
    assert find_quote(QUOTE, OLD, near_page=-1) == 1


def test_english_quotes_keep_their_case_and_ignore_breaks() -> None:
    pages = ["the chair's note is attached to the minutes", "The Chair's note is\nattached to the MINUTES."]
    assert find_quote("The Chair's note is attached to the MINUTES", pages, near_page=0) == 1


def test_a_word_broken_over_lines_is_found_and_a_lookalike_is_not() -> None:
    assert find_quote("ที่ปรึกษา", ["คณะที่\nปรึกษา"], near_page=0) == 0
    assert find_quote("ที่ปรึกษา", ["ที่ประชุมที่ดิน"], near_page=0) is None


@pytest.mark.parametrize(
    ("quote", "text", "span"),
    [
        ("งบประมาณ", "วงเงินงบประมาณรวม", (6, 14)),
        ("งบ ประ\nมาณ", "วงเงิน\u200bงบ\u200bประมาณ", (7, 16)),
        ("ดำเนิน", "ให้ด\u0e4d\u0e32เนินการ", (3, 10)),
        ("NOTE", "Chair's NOTE here", (8, 12)),
    ],
)
def test_locate_gives_the_offsets_in_the_page_text(quote: str, text: str, span: tuple[int, int]) -> None:
    assert locate(quote, text) == span
    start, end = span
    assert normalise(text[start:end])[0] == normalise(quote)[0]


def test_locate_keeps_a_consonant_with_its_marks() -> None:
    # The quote ends at ผู้: the range takes the consonant with both its marks, never half a cluster.
    text = "ผู้ใหญ่บ้าน"
    assert locate("ผู้", text) == (0, 3)
    assert locate("บ้าน", text) == (7, 11)


def test_locate_finds_nothing_where_nothing_is() -> None:
    assert locate("มติ", "ข้อเท็จจริง") is None
    assert locate("", "ข้อเท็จจริง") is None


def test_an_index_of_the_pages_finds_many_quotes_as_find_quote_does() -> None:
    pages = [OLD[0], OLD[1] * 40, OLD[2], *(["อื่น ๆ " * 200] * 50), OLD[1]]
    index = QuoteIndex(pages)
    for quote, near in ((QUOTE, 0), (QUOTE, 50), ("มติที่ประชุม", 9), ("ไม่มีในเอกสาร", 3), ("", 0)):
        assert index.find(quote, near) == find_quote(quote, pages, near)
    assert index.find(QUOTE, 50) == 53


@pytest.mark.parametrize(
    "text",
    [
        OLD[1],
        "ด\u0e4d\u0e32เนินการ ป\u0e48\u0e39ย\u0e48\u0e32 ผู\uf70bให\uf70f\uf70a",
        "วงเงิน\u200bงบ\nประมาณ\u00adรวม ๑๕,๓๗๕,๐๐๐ บาท\ufeff",
        "Chair\u00a0NOTE ¨ ﬁnal ½",
    ],
)
def test_the_whole_text_form_is_the_form_locate_compares(text: str) -> None:
    assert comparable(text) == normalise(text)[0]


def test_a_quote_is_found_whatever_the_spaces_and_zero_width_breaks() -> None:
    pages = ["หน้าแรก", "งบ\u200bประมาณ ปี\n2570 จำนวน", "ภาคผนวก"]
    assert find_quote("งบประมาณ  ปี 2570", pages, 0) == 1
    assert find_quote("Budget  2570", ["the budget 2570", "Budget\n2570"], 0) == 1


def test_annotations_travel_but_are_no_part_of_the_meetings_record() -> None:
    facts = Kind.ANNOTATION.facts
    assert facts.synced and facts.personal and not facts.private and not facts.of_the_record
    assert Kind.ANNOTATION in SYNCED and facts in RECORDS and facts not in MEETING_RECORD
    assert SYNCED[-1] is Kind.ANNOTATION  # after the documents and items it refers to


def test_line_rects_make_one_rectangle_per_line_across_or_down_the_page() -> None:
    from emeeting.domain.anchoring import line_rects

    # Two lines across the page, a mark over its letter and a character drawn nowhere (a line end).
    across = [(10, 100, 20, 116), (14, 100, 14, 116), (20, 100, 30, 116), None, (10, 120, 22, 136)]
    assert line_rects(across) == [(10, 100, 30, 116), (10, 120, 22, 136)]
    # A page turned by a quarter: the line runs down.
    down = [(500, 10, 516, 20), (500, 20, 516, 32), (500, 32, 516, 40)]
    assert line_rects(down) == [(500, 10, 516, 40)]
    assert line_rects([None, (5, 5, 1, 1)]) == []
