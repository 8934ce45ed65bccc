"""The order of search hits, and what a word finds: BM25 first (a title counts most), the newer meeting
first among equals, also after a meeting moves to another day; words found on many entries narrow a
search and the others rank it, and when every word is common the newest entries come first; dates
filter by meeting day; a Latin word spelt as an indexed word is that word, a fragment a prefix."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest

from emeeting.domain import model as m
from emeeting.domain.search import SearchFilter, SearchKind, parse_query
from emeeting.storage.search_index import IndexHit, SearchIndex
from emeeting.storage.store import Store


def meeting(
    store: Store, committee: m.Committee, number: int, day: date, *items: tuple[str, str]
) -> m.Meeting:
    """A meeting on ``day`` with agenda items (title, background)."""
    held = m.Meeting(
        committee.id, number, 2569, f"ครั้งที่ {number}", datetime(day.year, day.month, day.day, 3, tzinfo=UTC)
    )
    with store.transaction() as repo:
        repo.insert(held, *(m.AgendaItem(held.id, title, background=text) for title, text in items))
    return held


@pytest.fixture
def committee(store: Store) -> m.Committee:
    found = m.Committee("คณะกรรมการทดสอบ", "T")
    with store.transaction() as repo:
        repo.insert(found)
    return found


@contextmanager
def index(store: Store, selective_entries: int = 2500) -> Iterator[SearchIndex]:
    with store.connection(reading=True) as conn:
        yield SearchIndex(conn, store.index_text, selective_entries=selective_entries)


def find(
    store: Store, text: str, where: SearchFilter | None = None, *, selective: int = 2500
) -> list[IndexHit]:
    with index(store, selective) as found:
        return found.search(parse_query(text, store.index_text.breaker), where or SearchFilter(), 50)


def items(hits: list[IndexHit]) -> list[str]:
    return [h.title for h in hits if h.kind == SearchKind.AGENDA_ITEM]


def test_equal_hits_come_newest_meeting_first_also_after_a_meeting_moves(
    store: Store, committee: m.Committee
) -> None:
    old = meeting(store, committee, 1, date(2025, 3, 1), ("รายงานงบประมาณ ฉบับแรก", ""))
    meeting(store, committee, 2, date(2026, 3, 1), ("รายงานงบประมาณ ฉบับสอง", ""))
    meeting(store, committee, 3, date(2025, 9, 1), ("รายงานงบประมาณ ฉบับสาม", ""))

    assert items(find(store, "งบประมาณ")) == [
        "รายงานงบประมาณ ฉบับสอง",
        "รายงานงบประมาณ ฉบับสาม",
        "รายงานงบประมาณ ฉบับแรก",
    ]

    with store.transaction() as repo:
        repo.update(dataclasses.replace(old, start=datetime(2026, 6, 1, 3, tzinfo=UTC)), base=old)

    assert items(find(store, "งบประมาณ")) == [
        "รายงานงบประมาณ ฉบับแรก",
        "รายงานงบประมาณ ฉบับสอง",
        "รายงานงบประมาณ ฉบับสาม",
    ]
    assert items(find(store, "งบประมาณ", SearchFilter(since=date(2026, 6, 1), until=date(2026, 6, 1)))) == [
        "รายงานงบประมาณ ฉบับแรก"
    ]
    assert store.check() == []


def test_a_title_outranks_the_text_and_dates_filter_by_meeting_day(
    store: Store, committee: m.Committee
) -> None:
    meeting(
        store, committee, 7, date(2023, 1, 1), *((f"Other business {n}", "") for n in range(8))
    )  # BM25's idf
    meeting(store, committee, 1, date(2024, 1, 10), ("Cloud migration", "the plan"))
    meeting(store, committee, 2, date(2026, 1, 10), ("Plan", "a cloud in the text only"))

    assert items(find(store, "cloud")) == ["Cloud migration", "Plan"]  # the older one: its title holds it
    assert items(find(store, "cloud", SearchFilter(since=date(2024, 1, 11)))) == ["Plan"]
    assert items(find(store, "cloud", SearchFilter(until=date(2024, 1, 10)))) == ["Cloud migration"]
    person = m.Person("Cloud", "Walker")
    with store.transaction() as repo:
        repo.insert(person)
    assert [h.kind for h in find(store, "walker")] == [SearchKind.PERSON]
    assert find(store, "walker", SearchFilter(until=date(2030, 1, 1))) == []  # people have no meeting day


def test_common_words_narrow_the_search_and_the_others_rank_it(store: Store, committee: m.Committee) -> None:
    for n in range(1, 6):  # "report" on every item: common when only 3 entries make a word selective
        meeting(
            store, committee, n, date(2026, 1, n), (f"Report {n}", "quarterly" if n in (2, 4) else "annual")
        )
    meeting(store, committee, 9, date(2026, 2, 1), ("Quarterly review", "no report here"))
    meeting(store, committee, 10, date(2026, 2, 2), ("Quarterly", ""))

    common = find(store, "report", selective=3)
    ranked = find(store, "report quarterly", selective=3)

    # Every word common: newest first.
    assert items(common) == ["Quarterly review", "Report 5", "Report 4", "Report 3", "Report 2", "Report 1"]
    # "report" narrows, "quarterly" ranks: the title that holds it first, then newest first among equals.
    assert items(ranked) == ["Quarterly review", "Report 4", "Report 2"]
    assert items(find(store, "report quarterly")) == items(ranked)  # all selective: the same order here


def test_a_latin_word_is_that_word_its_forms_found_by_stemming_and_a_fragment_is_a_prefix(
    store: Store, committee: m.Committee
) -> None:
    meeting(
        store,
        committee,
        1,
        date(2026, 1, 5),
        ("Budget", ""),
        ("Budgets of the year", ""),
        ("Budgetary rules", ""),
    )

    assert sorted(items(find(store, "budget"))) == ["Budget", "Budgets of the year"]
    assert sorted(items(find(store, "budg"))) == ["Budget", "Budgetary rules", "Budgets of the year"]
