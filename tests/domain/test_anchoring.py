"""Finding a quote again in another version's pages, and the registry's place for annotations."""

from __future__ import annotations

from emeeting.domain.anchoring import find_quote
from emeeting.domain.kinds import MEETING_RECORD, RECORDS, SYNCED, Kind


def test_a_quote_is_found_whatever_the_spaces_and_zero_width_breaks() -> None:
    pages = ["หน้าแรก", "งบ\u200bประมาณ ปี\n2570 จำนวน", "ภาคผนวก"]
    assert find_quote("งบประมาณ  ปี 2570", pages, 0) == 1
    assert find_quote("Budget  2570", ["the budget 2570", "Budget\n2570"], 0) == 1


def test_the_nearest_page_to_the_old_one_wins() -> None:
    pages = ["x", "มติ", "y", "มติ", "z", "มติ"]
    assert find_quote("มติ", pages, 4) == 3  # 3 and 5 as near: the earlier
    assert find_quote("มติ", pages, 5) == 5
    assert find_quote("มติ", pages, 0) == 1


def test_nothing_found_or_nothing_to_find() -> None:
    assert find_quote("ไม่มี", ["ก", "ข"], 0) is None
    assert find_quote(" \u200b ", ["ก"], 0) is None
    assert find_quote("ก", [], 0) is None


def test_annotations_travel_but_are_no_part_of_the_meetings_record() -> None:
    facts = Kind.ANNOTATION.facts
    assert facts.synced and facts.personal and not facts.private and not facts.of_the_record
    assert Kind.ANNOTATION in SYNCED and facts in RECORDS and facts not in MEETING_RECORD
    assert SYNCED[-1] is Kind.ANNOTATION  # after the documents and items it refers to
