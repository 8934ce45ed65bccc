"""Search over a generated archive whose answers are known (tests/services/search_archive.py): Thai and
English, words inside Thai compounds, queries typed without spaces, stems and prefixes, phrases, filters,
ranking, papers' pages, every version of certified minutes, and scanned papers named as having no text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.domain import model as m
from emeeting.domain.search import SearchFilter, SearchKind
from emeeting.services.container import Services
from emeeting.services.search import SearchHit, SearchResults
from emeeting.storage.store import Store
from tests.services.search_archive import Archive

PAPER = SearchKind.PAPER
ITEM = SearchKind.AGENDA_ITEM
MINUTES = SearchKind.MINUTES


@dataclass(frozen=True)
class Found:
    """A hit as the archive names it: its meeting's key (None: a person), its kind, its record's key."""

    meeting: str | None
    kind: SearchKind
    record: str
    hit: SearchHit


class Names:
    def __init__(self, archive: Archive) -> None:
        self.keys: dict[str, str] = {}
        for records in (archive.meetings, archive.items, archive.actions, archive.papers):
            self.keys.update({record.id: key for key, record in records.items()})  # type: ignore[attr-defined]
        self.keys[archive.meteo.id] = "meteo"
        self.keys[archive.treasurer.id] = "treasurer"

    def found(self, results: SearchResults) -> list[Found]:
        return [
            Found(
                None if group.meeting is None else self.keys.get(group.meeting.id, group.meeting.label),
                hit.kind,
                self.keys.get(hit.entity_id, hit.label),
                hit,
            )
            for group in results.groups
            for hit in group.hits
        ]


@dataclass(frozen=True)
class Archived:
    services: Services
    archive: Archive
    names: Names

    def search(self, text: str, **where: Any) -> list[Found]:
        results = self.services.search.search(text, SearchFilter(**where) if where else None)
        return self.names.found(results)

    def records(self, text: str, **where: Any) -> list[tuple[str | None, SearchKind, str]]:
        return [(f.meeting, f.kind, f.record) for f in self.search(text, **where)]


@pytest.fixture(scope="module")
def archived(search_archive: tuple[Path, Archive]) -> Archived:
    data_dir, archive = search_archive
    return Archived(Services(Store.open(data_dir, actor="secretary")), archive, Names(archive))


def marked(hit: SearchHit) -> list[str]:
    return [hit.snippet.text[s:e] for s, e in hit.snippet.marks]


# -- Thai ---------------------------------------------------------------------------------------------


def test_a_thai_word_is_found_on_its_page_of_a_paper(archived: Archived) -> None:
    (found,) = archived.search("ดาวเทียม")  # inside "โครงการดาวเทียมสำรวจ…", page 2 only
    assert (found.meeting, found.kind, found.record) == ("ict3", PAPER, "study")
    assert found.hit.page == 2 and found.hit.pages == (2,)
    assert found.hit.label == "feasibility-study"
    assert marked(found.hit) == ["ดาวเทียม"]
    assert found.hit.item_id == archived.archive.items["cloud"].id


def test_a_word_inside_a_compound_finds_it(archived: Archived) -> None:
    """ "ประชุม" finds "การประชุมคณะกรรมการ…", the title of ICT 1/2568."""
    meetings = archived.records("ประชุม", kinds=frozenset({SearchKind.MEETING}))
    assert ("ict1", SearchKind.MEETING, "ict1") in meetings
    hit = next(f.hit for f in archived.search("ประชุม") if f.record == "ict1")
    assert "ประชุม" in marked(hit)


def test_thai_typed_without_spaces(archived: Archived) -> None:
    assert archived.records("โครงการส่งเสริมการปลูกทุเรียน") == [("ict2", ITEM, "durian_title")]
    typed = archived.search("การประชุมคณะกรรมการเทคโนโลยี")
    assert [(f.meeting, f.kind, f.record) for f in typed[:1]] == [("ict1", SearchKind.MEETING, "ict1")]
    # The rest: the meeting's heading in its minutes, as certified (0) and as amended (1).
    assert [(f.meeting, f.kind) for f in typed[1:]] == [("ict1", MINUTES)] * 2
    assert sorted(f.hit.version or 0 for f in typed[1:]) == [0, 1]
    assert archived.records("การประชุม คณะกรรมการ เทคโนโลยี") == archived.records("การประชุมคณะกรรมการเทคโนโลยี")


def test_a_thai_quoted_phrase_matches_only_as_written(archived: Archived) -> None:
    loose = {f.record for f in archived.search("ระบบ คลาวด์")}
    assert {"ict3", "cloud", "cloud_reversed"} <= loose  # "บริการคลาวด์ของเอกชนและระบบเดิม"
    assert archived.records('"ระบบคลาวด์"') == [("ict3", SearchKind.MEETING, "ict3"), ("ict3", ITEM, "cloud")]


def test_thai_digits_and_arabic_find_each_other(archived: Archived) -> None:
    """The legal basis says "พ.ศ. ๒๕๖๒" in Thai digits."""
    thai = archived.records("พระราชบัญญัติ ๒๕๖๒")
    assert thai == archived.records("พระราชบัญญัติ 2562")
    assert {r[2] for r in thai} == {"roof", "durian_title", "durian_body", "cloud"}


# -- English ------------------------------------------------------------------------------------------


def test_english_is_case_folded_and_stemmed(archived: Archived) -> None:
    # "The committee held two meeting sessions on the lighthouse roof."
    assert archived.records("lighthouse meetings") == [("fin1", ITEM, "lighthouse")]
    assert archived.records("LIGHTHOUSE") == archived.records("lighthouse")
    assert {r[2] for r in archived.records("lighthouse")} == {"lighthouse", "treasurer"}


def test_english_prefix_finds_the_word_being_typed(archived: Archived) -> None:
    meetings = archived.records(
        "budg", committee_id=archived.archive.fin.id, kinds=frozenset({SearchKind.MEETING})
    )
    assert {r[2] for r in meetings} == {"fin1", "fin2"}  # "Budget review", "Annual budget meeting"
    assert {"fin1", "fin2", "budget"} <= {r[2] for r in archived.records("budg")}
    assert archived.records("heliost") == [("fin2", SearchKind.ACTION_ITEM, "heliostat")]


def test_an_english_quoted_phrase_matches_only_as_written(archived: Archived) -> None:
    # "The crane at the harbour was inspected." (fin1) and "The harbour crane was inspected." (fin2)
    assert {r[2] for r in archived.records("harbour crane")} == {"lighthouse", "zeppelin"}
    (found,) = archived.search('"harbour crane"')
    assert (found.meeting, found.record) == ("fin2", "zeppelin")
    assert marked(found.hit) == ["harbour crane"]
    assert archived.records('"crane harbour"') == []


def test_thai_and_english_in_one_query(archived: Archived) -> None:
    assert archived.records("ดาวเทียม satellite") == [("ict3", PAPER, "study")]
    assert archived.records("ปะการัง reef") == [("fin2", ITEM, "zeppelin")]


# -- filters and ranking ------------------------------------------------------------------------------


def test_filters_by_committee_dates_and_kind(archived: Archived) -> None:
    a = archived.archive
    everywhere = {(r[0], r[2]) for r in archived.records("ปะการัง")}
    assert everywhere == {("fin2", "zeppelin"), ("ict3", "reef"), ("ict1", "roof")}
    assert {r[2] for r in archived.records("ปะการัง", committee_id=a.ict.id)} == {"reef", "roof"}
    assert {r[2] for r in archived.records("ปะการัง", committee_id=a.fin.id)} == {"zeppelin"}
    assert {r[2] for r in archived.records("ปะการัง", since=date(2026, 1, 1))} == {"zeppelin", "reef"}
    assert {r[2] for r in archived.records("ปะการัง", until=date(2025, 12, 31))} == {"roof"}
    # The bounds are meeting days as this computer shows them, both included (ICT 1/2569: 24 March 2026).
    day = a.meetings["ict3"].start.astimezone().date()
    assert {r[2] for r in archived.records("ปะการัง", since=day, until=day)} == {"reef"}
    assert {r[2] for r in archived.records("ปะการัง", until=day - timedelta(days=1))} == {"roof"}
    assert {r[2] for r in archived.records("ปะการัง", since=day + timedelta(days=1))} == {"zeppelin"}
    assert archived.records("ปะการัง", kinds=frozenset({SearchKind.ACTION_ITEM})) == [
        ("ict3", SearchKind.ACTION_ITEM, "reef")
    ]
    assert archived.records("ปะการัง", committee_id=a.fin.id, kinds=frozenset({SearchKind.ACTION_ITEM})) == []
    assert {r[2] for r in archived.records("ปะการัง", kinds=frozenset({ITEM, SearchKind.ACTION_ITEM}))} == {
        "zeppelin", "reef", "roof"
    }  # fmt: skip
    # People belong to no meeting: a committee or date filter leaves them out.
    assert archived.records("holloway", committee_id=a.fin.id) == []
    assert archived.records("holloway", kinds=frozenset({SearchKind.PERSON})) == [
        (None, SearchKind.PERSON, "treasurer")
    ]


def test_a_title_hit_ranks_above_a_body_hit_even_in_an_older_meeting(archived: Archived) -> None:
    # ทุเรียน: the title of an item of 15 September 2025, the background of one of 24 March 2026.
    assert archived.records("ทุเรียน") == [("ict2", ITEM, "durian_title"), ("ict3", ITEM, "durian_body")]


def test_among_equal_scores_the_newer_meeting_comes_first(archived: Archived) -> None:
    # The same item, word for word, in ICT 2/2568 and ICT 1/2569.
    assert archived.records("มังคุด") == [("ict3", ITEM, "mangosteen_new"), ("ict2", ITEM, "mangosteen_old")]
    hits = archived.search("มังคุด")
    assert hits[0].hit.snippet == hits[1].hit.snippet


def test_hits_are_grouped_by_meeting_with_its_committee(archived: Archived) -> None:
    results = archived.services.search.search("ปะการัง")
    groups = {g.meeting.id: g for g in results.groups if g.meeting is not None}
    ict1 = archived.archive.meetings["ict1"]
    assert groups[ict1.id].committee == archived.archive.ict
    assert groups[ict1.id].day == ict1.start.astimezone().date()  # 10 March 2025, here
    assert results.count == 3 and not results.more


def test_an_agenda_items_label_is_its_number_in_its_own_meeting(archived: Archived) -> None:
    """Hits from many meetings at once: each item numbered on its own meeting's agenda."""
    numbers = {
        entry.item.id: entry.number
        for key in ("ict1", "ict2", "ict3")
        for entry in archived.services.meetings.view(archived.archive.meetings[key].id).agenda
    }
    titles = {i.id: i.title for i in archived.services.records.select(m.AgendaItem)}
    hits = [f.hit for f in archived.search("ประชุม") if f.kind in (ITEM, MINUTES) and f.hit.item_id]
    assert len({hit.item_id for hit in hits}) > 5
    for hit in hits:
        assert hit.label == f"{numbers[hit.item_id]} {titles[hit.item_id]}"  # type: ignore[index]


# -- papers, minutes, people, actions -----------------------------------------------------------------


def test_a_paper_hit_gives_its_best_page_and_every_matching_page(archived: Archived) -> None:
    (found,) = archived.search("satellite")  # pages 2 and 3
    assert found.kind is PAPER and found.hit.pages == (2, 3)
    assert found.hit.page in (2, 3)
    assert marked(found.hit) == ["satellite"]
    page = {2: "imagery", 3: "ground station"}[found.hit.page]  # type: ignore[index]
    assert page in found.hit.snippet.text


def test_a_papers_name_is_found_without_a_page(archived: Archived) -> None:
    (found,) = archived.search("feasibility")
    assert (found.kind, found.record, found.hit.page, found.hit.pages) == (PAPER, "study", None, ())


def test_a_scanned_paper_is_named_as_having_no_text(archived: Archived) -> None:
    results = archived.services.search.search("ดาวเทียม")
    (scan,) = results.no_text
    assert scan.document_id == archived.archive.papers["scan"].id
    assert scan.name == "signed-contract-scan" and scan.sealed is False
    assert scan.meeting_id == archived.archive.meetings["ict3"].id
    # Only the searched meetings' papers are named; a paper with text is never among them.
    assert archived.services.search.search("heliostat").no_text == ()
    # Its name is still found.
    assert archived.records("contract") == [("ict3", PAPER, "scan")]


def test_every_certified_version_of_the_minutes_and_the_draft_are_found(archived: Archived) -> None:
    roof = archived.archive.items["roof"]
    # กระเบื้อง: in the text as certified (version 0) and as amended (version 1), and in the current text.
    tiles = archived.search("กระเบื้อง")
    assert {(f.meeting, f.kind) for f in tiles} == {("ict1", MINUTES)}
    assert sorted((f.hit.version for f in tiles), key=lambda v: -1 if v is None else v) == [None, 0, 1]
    draft = next(f.hit for f in tiles if f.hit.version is None)
    assert draft.item_id == roof.id and draft.label.endswith(roof.title)
    # จักรยาน: only the amendment added it.
    bicycles = [f.hit.version for f in archived.search("จักรยาน")]
    assert sorted(bicycles, key=lambda v: -1 if v is None else v) == [None, 1]


def test_people_are_found_in_a_group_of_their_own(archived: Archived) -> None:
    results = archived.services.search.search("อุตุนิยมวิทยา")
    (group,) = results.groups
    assert group.meeting is None and group.committee is None and group.day is None
    (hit,) = group.hits
    assert hit.kind is SearchKind.PERSON and hit.entity_id == archived.archive.meteo.id
    assert hit.label == archived.archive.meteo.display_name == "นางทองดี มีสุข"
    assert marked(hit) == ["อุตุนิยมวิทยา"]
    assert archived.records("holloway") == [(None, SearchKind.PERSON, "treasurer")]
    assert archived.records("Margaret") == [(None, SearchKind.PERSON, "treasurer")]


def test_action_items_are_found(archived: Archived) -> None:
    assert archived.records("heliostat") == [("fin2", SearchKind.ACTION_ITEM, "heliostat")]
    (found,) = archived.search("heliostat")
    assert found.hit.item_id == archived.archive.items["zeppelin"].id


def test_an_empty_or_unsearchable_query_finds_nothing_and_raises_nothing(archived: Archived) -> None:
    for text in ("", "   ", '""', "😀", "*", "\x00", "_", "^", "()"):
        assert archived.services.search.search(text).count == 0, text
    # FTS5's syntax typed is searched for as words.
    for typed, words in (
        ("NEAR(", "near"),
        ("budget NOT crane", "budget not crane"),
        ("(hangar)", "hangar"),
        ("budg*", "budg"),
        ("-lighthouse", "lighthouse"),
        ("title:hangar", "title hangar"),
        ('"hangar', "hangar"),
    ):
        assert archived.records(typed) == archived.records(words), typed
    assert archived.records("NEAR(") == [("fin2", ITEM, "zeppelin")]  # "the reef nearby"


def test_the_limit_says_whether_there_is_more(archived: Archived) -> None:
    results = archived.services.search.search("ประชุม", limit=3)
    assert results.more
    assert sum(len(g.hits) for g in results.groups) <= 3
    assert not archived.services.search.search("ปะการัง", limit=3).more  # exactly three
    assert archived.services.search.search("ปะการัง", limit=2).more


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40) | st.sampled_from(["ดาวเทียม", "satellite", '"harbour', "ปะการัง reef", "budg"]))
def test_anything_typed_searches_the_archive_without_error(archived: Archived, typed: str) -> None:
    results = archived.services.search.search(typed)
    for group in results.groups:
        for hit in group.hits:
            for start, end in hit.snippet.marks:
                assert 0 <= start < end <= len(hit.snippet.text)
            assert hit.page is None or hit.page in hit.pages
