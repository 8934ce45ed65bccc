"""The search index is up to date as soon as a change is committed, whatever wrote it (agenda, papers and
their versions, undo, deleting and restoring a meeting, minutes, people), a rolled-back change leaves it as
it was, and a rebuild gives the same answers. Each test changes its own copy of the generated archive;
`emeeting check` stays clean throughout."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import StoreError
from emeeting.domain.search import SearchKind
from emeeting.services.container import Services
from emeeting.services.records import insert
from emeeting.storage.search_index import INDEX_FORMAT
from emeeting.storage.store import Store
from tests.services.search_archive import Archive, at, text_pdf
from tests.services.test_search import Archived, Names

ITEM = SearchKind.AGENDA_ITEM
PAPER = SearchKind.PAPER
MINUTES = SearchKind.MINUTES

# Queries over every kind of record, with what the archive holds for them.
ANSWERS = (
    "ดาวเทียม",
    "satellite",
    "ทุเรียน",
    "มังคุด",
    "ประชุม",
    "การประชุมคณะกรรมการเทคโนโลยี",
    "lighthouse meetings",
    "budg",
    '"harbour crane"',
    "ปะการัง",
    "กระเบื้อง",
    "อุตุนิยมวิทยา",
    "heliostat",
    "feasibility",
    "contract",
    "๒๕๖๒",
)


def copy_archive(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture
def archived(search_archive: tuple[Path, Archive], tmp_path: Path) -> Iterator[Archived]:
    source, archive = search_archive
    store = Store.open(copy_archive(source, tmp_path / "data"), actor="secretary")
    services = Services(store)
    yield Archived(services, archive, Names(archive))
    assert store.check() == [], "every change must leave an index that `emeeting check` finds sound"


def answers(archived: Archived) -> dict[str, list[tuple[object, ...]]]:
    """Every hit of every query in ANSWERS as the user sees it: where, what, label, snippet, page(s)."""
    return {
        text: [
            (f.meeting, f.kind, f.record, f.hit.label, f.hit.snippet, f.hit.page, f.hit.pages, f.hit.version)
            for f in archived.search(text)
        ]
        for text in ANSWERS
    }


def records_of(archived: Archived, text: str) -> set[str]:
    return {f.record for f in archived.search(text)}


def test_editing_an_agenda_item_is_found_at_once(archived: Archived) -> None:
    services = archived.services
    item = services.records.get(m.AgendaItem, archived.archive.items["durian_body"].id)
    edited = dataclasses.replace(item, background="ผลผลิตลำไยเพิ่มขึ้นทุกปี", resolution="รับทราบ Longan exports")
    services.agenda.update(edited, base=item)
    assert archived.records("ทุเรียน") == [("ict2", ITEM, "durian_title")]
    assert archived.records("ลำไย") == [("ict3", ITEM, "durian_body")]
    assert archived.records("longan") == [("ict3", ITEM, "durian_body")]
    services.agenda.remove(item.id)
    assert archived.records("ลำไย") == []


def test_renaming_deleting_and_undoing_a_paper(archived: Archived) -> None:
    services = archived.services
    study = services.records.get(m.Document, archived.archive.papers["study"].id)
    services.documents.update(dataclasses.replace(study, name="รายงานศึกษาความเป็นไปได้"), base=study)
    assert archived.records("feasibility") == [("ict3", PAPER, "study")]  # its file's name stays
    (renamed,) = archived.search("ความเป็นไปได้")
    assert renamed.hit.label == "รายงานศึกษาความเป็นไปได้" and renamed.hit.page is None

    _changes, removal = services.steps.record(lambda: services.documents.remove(study.id))
    assert archived.records("ดาวเทียม") == []
    assert archived.records("ความเป็นไปได้") == []
    services.steps.undo(removal)
    (back,) = archived.search("ดาวเทียม")
    assert (back.record, back.hit.page, back.hit.pages) == ("study", 2, (2,))
    assert archived.records("ความเป็นไปได้") == [("ict3", PAPER, "study")]


def test_a_new_version_of_a_papers_file_is_searched_instead(archived: Archived, tmp_path: Path) -> None:
    services = archived.services
    study = archived.archive.papers["study"]
    new_file = tmp_path / "feasibility-study-v2.pdf"
    new_file.write_bytes(
        text_pdf([("ฉบับแก้ไข", "บทนำ revised"), ("โรงไฟฟ้า", "แผนสร้างโรงไฟฟ้าพลังน้ำ hydro plant")])
    )
    intake = services.documents.intake([new_file])
    assert not intake.rejected
    _changes, replaced = services.steps.record(lambda: services.documents.new_version(study.id, intake))
    assert archived.records("ดาวเทียม") == [] and archived.records("satellite") == []
    (found,) = archived.search("โรงไฟฟ้า")
    assert (found.record, found.hit.page, found.hit.pages) == ("study", 2, (2,))
    assert archived.records("v2") == [("ict3", PAPER, "study")]  # the new file's name
    services.steps.undo(replaced)  # the earlier file back
    assert archived.records("โรงไฟฟ้า") == []
    assert [f.hit.pages for f in archived.search("satellite")] == [(2, 3)]


def test_deleting_a_meeting_hides_its_records_and_restoring_it_brings_them_back(archived: Archived) -> None:
    services = archived.services
    ict3 = archived.archive.meetings["ict3"]
    before = answers(archived)
    _changes, deletion = services.steps.record(lambda: services.meetings.delete(ict3.id))
    assert archived.records("คลาวด์") == [("ict2", ITEM, "cloud_reversed")]
    for text in ("ดาวเทียม", "ทุเรียน", "มังคุด", "ปะการัง", "feasibility", "contract"):
        assert all(f.meeting != "ict3" for f in archived.search(text)), text
    assert archived.services.search.search("คลาวด์").no_text == ()  # its scan went with it
    services.steps.undo(deletion)
    assert answers(archived) == before
    assert [p.name for p in archived.services.search.search("ดาวเทียม").no_text] == ["signed-contract-scan"]


def test_moving_a_meeting_to_another_day_moves_it_in_date_filters(archived: Archived) -> None:
    services = archived.services
    ict1 = services.records.get(m.Meeting, archived.archive.meetings["ict2"].id)
    since = {"since": date(2027, 1, 1)}
    assert archived.records("ทุเรียน", **since) == []
    services.meetings.update(dataclasses.replace(ict1, start=at(2027, 2, 1)), base=ict1)
    assert archived.records("ทุเรียน", **since) == [("ict2", ITEM, "durian_title")]
    assert archived.records("มังคุด") == [("ict2", ITEM, "mangosteen_old"), ("ict3", ITEM, "mangosteen_new")]


def test_minutes_drafted_edited_certified_and_amended_are_found_as_they_are(archived: Archived) -> None:
    services = archived.services
    meeting_id = m.new_id()
    services.meetings.create(
        archived.archive.fin.id, "Extraordinary meeting", at(2026, 7, 1), meeting_id=meeting_id,
        status=m.MeetingStatus.CLOSED,
    )  # fmt: skip
    item = m.AgendaItem(meeting_id, "Pier", resolution="The quasar telescope is approved.")
    services.agenda.add(item)
    services.minutes.draft(meeting_id)
    (drafted,) = [f for f in archived.services.search.search("quasar").groups[0].hits if f.kind is MINUTES]
    assert drafted.version is None and drafted.item_id == item.id
    services.minutes.set_entry(meeting_id, item.id, "The pulsar telescope is approved.")
    assert [f.kind for f in archived.search("quasar")] == [ITEM]
    services.minutes.certify(meeting_id, m.CertificationMethod.SAME_MEETING, at(2026, 7, 1))
    assert sorted(f.hit.version or 0 for f in archived.search("pulsar")) == [0, 0]  # the draft and version 0
    services.minutes.amend(meeting_id, "typo", {item.id: "The magnetar telescope is approved."})
    assert [f.hit.version for f in archived.search("magnetar")] in ([None, 1], [1, None])
    assert [f.hit.version for f in archived.search("pulsar")] == [0]  # only as certified
    # The certified minutes of ICT 1/2568 amended once more: version 2.
    roof = archived.archive.items["roof"].id
    services.minutes.amend(archived.archive.meetings["ict1"].id, "เพิ่มเติม", {roof: "มีมติให้ปลูกทุ่งหญ้า"})
    assert sorted(f.hit.version or 0 for f in archived.search("ทุ่งหญ้า")) == [0, 2]
    assert sorted(f.hit.version or 0 for f in archived.search("กระเบื้อง")) == [0, 1]  # the draft moved on


def test_editing_a_person_is_found_at_once(archived: Archived) -> None:
    services = archived.services
    meteo = services.records.get(m.Person, archived.archive.meteo.id)
    services.people.update_person(dataclasses.replace(meteo, organisation="กรมทรัพยากรน้ำ"), base=meteo)
    assert archived.records("อุตุนิยมวิทยา") == []
    assert archived.records("ทรัพยากรน้ำ") == [(None, SearchKind.PERSON, "meteo")]


def test_action_items_follow_their_edits(archived: Archived) -> None:
    services = archived.services
    reef = services.records.get(m.ActionItem, archived.archive.actions["reef"].id)
    services.records.update(dataclasses.replace(reef, title="Survey the kelp forest"), base=reef)
    assert archived.records("ปะการัง", kinds=frozenset({SearchKind.ACTION_ITEM})) == []
    assert archived.records("kelp") == [("ict3", SearchKind.ACTION_ITEM, "reef")]
    services.records.delete(m.ActionItem, reef.id)
    assert archived.records("kelp") == []


def test_a_rolled_back_change_leaves_the_index_as_it_was(archived: Archived) -> None:
    store, before = archived.services.store, answers(archived)
    ict3 = archived.archive.meetings["ict3"]
    item = archived.services.records.get(m.AgendaItem, archived.archive.items["cloud"].id)
    with pytest.raises(RuntimeError), store.transaction() as repo:
        insert(repo, m.ActionItem(ict3.id, "Feed the quokka"))
        repo.update(dataclasses.replace(item, title="renamed", background="wombat"))
        repo.delete(m.Meeting, [archived.archive.meetings["ict2"].id])
        raise RuntimeError("the change fails before its commit")
    assert archived.records("quokka") == [] and archived.records("wombat") == []
    assert answers(archived) == before
    with store.connection() as conn:
        assert conn.execute("SELECT count(*) FROM search_queue").fetchone() == (0,)
    # The next change commits only itself.
    archived.services.records.create(m.ActionItem(ict3.id, "Feed the wallaby"))
    assert archived.records("quokka") == [] and archived.records("wallaby") != []


def test_a_rebuilt_index_gives_the_same_answers(archived: Archived) -> None:
    before = answers(archived)
    assert archived.services.store.reindex() > 0
    assert answers(archived) == before


def test_a_rebuilt_index_after_changes_gives_the_same_answers(archived: Archived) -> None:
    services = archived.services
    _changes, deletion = services.steps.record(
        lambda: services.meetings.delete(archived.archive.meetings["fin1"].id)
    )
    services.steps.undo(deletion)
    study = services.records.get(m.Document, archived.archive.papers["study"].id)
    services.documents.update(dataclasses.replace(study, name="ผลการศึกษา"), base=study)
    incremental = answers(archived)
    services.store.reindex()
    assert answers(archived) == incremental


def test_a_store_whose_index_is_stale_is_rebuilt_when_opened(archived: Archived) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:
        conn.execute("UPDATE search_meta SET value = 'an older format' WHERE key = 'format'")
        conn.execute("DELETE FROM search_entries WHERE kind = 'paper'")  # as an older version indexed it
    assert any("not built for this version" in p for p in store.check())
    reopened = Store.open(store.data_dir, actor="secretary")
    with reopened.connection() as conn:
        assert conn.execute("SELECT value FROM search_meta WHERE key = 'format'").fetchone() == (
            INDEX_FORMAT,
        )
    assert reopened.check() == []
    assert answers(Archived(Services(reopened), archived.archive, archived.names)) == before


def test_a_store_opened_without_building_its_index_builds_it_later_telling_its_progress(
    archived: Archived,
) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:
        conn.execute("UPDATE search_meta SET value = 'an older format' WHERE key = 'format'")
    reopened = Store.open(store.data_dir, actor="secretary", build_index=False)
    assert reopened.search_index_due()  # left for the window or the command to build, showing its progress
    told: list[tuple[int, int]] = []
    count = reopened.reindex(only_if_due=True, progress=lambda done, total: told.append((done, total)))
    assert count > 0 and not reopened.search_index_due()
    assert told[-1] == (told[-1][1], told[-1][1])  # the last word is "all of them"
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert reopened.reindex(only_if_due=True, progress=lambda *_: told.append((-1, -1))) == 0
    assert told[-1] != (-1, -1)  # nothing due: nothing built, nothing told
    assert answers(Archived(Services(reopened), archived.archive, archived.names)) == before


def test_check_finds_a_damaged_index_and_a_rebuild_mends_it(archived: Archived) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:  # the index's text gone from under its FTS5 table
        conn.execute("DELETE FROM search_entries WHERE entity_id = ?", [archived.archive.items["cloud"].id])
    problems = store.check()
    assert [p for p in problems if "search index: damaged" in p] == problems and problems
    store.reindex()
    assert store.check() == []
    assert answers(archived) == before


def test_check_finds_records_missing_from_the_index_and_entries_left_of_deleted_ones(
    archived: Archived,
) -> None:
    store, before = archived.services.store, answers(archived)
    cloud = archived.archive.items["cloud"].id
    with store.connection() as conn:  # as a database tool or another program might leave it
        gone = conn.execute(
            "SELECT id, title, words, parts FROM search_entries WHERE entity_id = ?", [cloud]
        ).fetchall()
        conn.executemany(
            "INSERT INTO search_fts (search_fts, rowid, title, words, parts) VALUES ('delete', ?, ?, ?, ?)",
            gone,
        )
        conn.execute("DELETE FROM search_entries WHERE entity_id = ?", [cloud])
        ghost = conn.execute(
            "INSERT INTO search_entries (source, entity_id, kind, part, title, words, parts) "
            "VALUES ('agenda_item', 'no-such-item', 'agenda_item', 0, 'ghost', 'ghost', '')"
        ).lastrowid
        conn.execute(
            "INSERT INTO search_fts (rowid, title, words, parts) VALUES (?, 'ghost', 'ghost', '')", [ghost]
        )
    problems = store.check()
    assert any("1 records cannot be found by search" in p for p in problems), problems
    assert any("1 deleted records can still be found" in p for p in problems), problems
    store.reindex()
    assert store.check() == []
    assert answers(archived) == before


def test_a_write_by_another_program_is_indexed_before_the_next_search(archived: Archived) -> None:
    """A row changed outside the app (a database tool, an older version) is noted by the triggers; the
    next search catches the index up first."""
    store = archived.services.store
    with store.connection() as conn:
        conn.execute(
            "UPDATE agenda_items SET title = 'Narwhal survey' WHERE id = ?",
            [archived.archive.items["zeppelin"].id],
        )
    assert archived.records("narwhal") == [("fin2", ITEM, "zeppelin")]
    assert archived.records("zeppelin") == []


def test_a_meeting_imported_from_a_package_is_found_at_once(archived: Archived, tmp_path: Path) -> None:
    """Exported from the archive, imported into another office's store: its papers' pages, its certified
    minutes' versions and its items are found there as here."""
    services = archived.services
    for key in ("ict1", "ict3"):
        services.interchange.export_meeting(archived.archive.meetings[key].id, tmp_path / f"{key}.emeeting")
    other = Services(Store.open(tmp_path / "other", actor="another office"))
    for key in ("ict1", "ict3"):
        other.interchange.import_meeting(tmp_path / f"{key}.emeeting")
    elsewhere = Archived(other, archived.archive, archived.names)
    for text in ("ดาวเทียม", "satellite", "กระเบื้อง", "จักรยาน", "ปะการัง", "มังคุด", "contract"):
        here = [r for r in archived.records(text) if r[0] in ("ict1", "ict3")]
        assert sorted(elsewhere.records(text), key=str) == sorted(here, key=str), (
            text
        )  # (ranks: its own corpus)
    assert [f.hit.pages for f in elsewhere.search("satellite")] == [(2, 3)]
    assert other.check() == []


def test_a_text_full_of_form_feeds_makes_no_more_entries_than_the_paper_has_pages(tmp_path: Path) -> None:
    """A paper's text from elsewhere (a sync, an import) with a form feed after every letter is not a
    hundred thousand pages to index in the transaction that brings it: only its paper's pages count."""
    from datetime import UTC, datetime

    from emeeting.domain import model as m
    from emeeting.services.container import Services

    services = Services.open(tmp_path / "data")
    committee = m.Committee("คณะกรรมการ", "C")
    meeting = m.Meeting(committee.id, 1, 2569, "การประชุม", datetime(2026, 1, 5, 2, 30, tzinfo=UTC))
    paper = m.Document(
        meeting.id,
        "เอกสาร",
        "p.pdf",
        "application/pdf",
        1,
        "0" * 64,
        page_count=3,
        text="งบประมาณ\f" * 100_000,
    )
    with services.store.transaction() as repo:
        repo.insert(committee, meeting, paper)
    (found,) = services.search.search("งบ").groups[0].hits
    assert found.pages == (1, 2, 3)
    assert [p for p in services.check() if p.startswith("search index")] == []  # (its file is not stored)


@pytest.mark.parametrize(
    "dropped",
    ["search_fts", "search_fts_idx", "search_fts_config", "search_entries", "search_queue", "search_meta"],
)
def test_a_part_of_the_index_dropped_behind_the_stores_back_is_reported_and_made_again(
    archived: Archived, dropped: str
) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:  # as a database tool might
        conn.execute(f"DROP TABLE {dropped}")
    problems = store.check()
    assert len(problems) == 1 and problems[0].startswith("search index: damaged (") and dropped in problems[0]
    assert problems[0].endswith(" gone); run `emeeting check --reindex` to rebuild it")
    store.reindex()
    assert store.check() == []
    assert answers(archived) == before
    item = archived.services.records.get(m.AgendaItem, archived.archive.items["durian_body"].id)
    archived.services.agenda.update(dataclasses.replace(item, background="ผลผลิตลำไย"), base=item)
    assert archived.records("ลำไย") == [("ict3", ITEM, "durian_body")]


def test_a_dropped_trigger_is_reported_and_the_next_opening_makes_it_again(archived: Archived) -> None:
    store = archived.services.store
    with store.connection() as conn:
        conn.execute("DROP TRIGGER search_agenda_items_update")
    assert store.check() == [
        "search index: damaged (search_agenda_items_update gone); "
        "run `emeeting check --reindex` to rebuild it"
    ]
    reopened = Store.open(store.data_dir, actor="secretary")  # rebuilt when opened, as a stale index is
    assert reopened.check() == []
    services = Services(reopened)
    item = services.records.get(m.AgendaItem, archived.archive.items["durian_body"].id)
    services.agenda.update(dataclasses.replace(item, background="ผลผลิตลำไย"), base=item)
    assert Archived(services, archived.archive, archived.names).records("ลำไย") == [
        ("ict3", ITEM, "durian_body")
    ]


def test_an_index_table_dropped_never_stops_a_change_and_is_made_again_at_the_next_opening(
    archived: Archived,
) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:
        conn.execute("DROP TABLE search_fts")
    item = archived.services.records.get(m.AgendaItem, archived.archive.items["durian_body"].id)
    archived.services.agenda.update(dataclasses.replace(item, background="ผลผลิตลำไย"), base=item)  # kept
    assert archived.services.records.get(m.AgendaItem, item.id).background == "ผลผลิตลำไย"
    reopened = Store.open(store.data_dir, actor="secretary")
    assert reopened.check() == []
    again = Archived(Services(reopened), archived.archive, archived.names)
    assert again.records("ลำไย") == [("ict3", ITEM, "durian_body")]
    assert answers(again)["satellite"] == before["satellite"]


def test_notes_and_entries_of_no_known_kind_are_reported_and_never_stop_a_change_or_a_search(
    archived: Archived,
) -> None:
    store, before = archived.services.store, answers(archived)
    with store.connection() as conn:  # written by another program
        conn.execute("INSERT INTO search_queue (source, entity_id) VALUES ('bogus', 'x')")
        conn.execute(
            "UPDATE search_entries SET source = 'nonsense' WHERE entity_id = ?",
            [archived.archive.items["cloud"].id],
        )
    assert any("entries of no known kind" in p for p in store.check())
    assert "cloud" not in records_of(archived, "คลาวด์")  # searched; the strange entries left out
    item = archived.services.records.get(m.AgendaItem, archived.archive.items["durian_body"].id)
    archived.services.agenda.update(dataclasses.replace(item, background="ผลผลิตลำไย"), base=item)
    assert archived.records("ลำไย") == [("ict3", ITEM, "durian_body")]
    store.reindex()
    assert store.check() == []
    assert answers(archived)["satellite"] == before["satellite"]
    assert "cloud" in records_of(archived, "คลาวด์")


def test_another_program_writing_is_not_damage_and_a_search_does_not_wait_for_it(archived: Archived) -> None:
    store, before = archived.services.store, answers(archived)
    store.busy_timeout_ms = 3000
    with store.connection() as conn:  # a change by another program, noted for the index, not indexed yet
        conn.execute("UPDATE people SET position = position WHERE rowid = 1")
    with closing(sqlite3.connect(store.db_path, isolation_level=None)) as writer:
        writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        started = time.monotonic()
        assert answers(archived) == before  # the index as it stands
        searching = time.monotonic() - started
        with pytest.raises(StoreError, match=r"locked|busy|another"):
            store.check()  # not "damaged": FTS5 checks itself by writing, which must wait
        writer.execute("ROLLBACK")
    assert searching < 2.5, f"{len(ANSWERS)} searches took {searching:.1f} s with a writer busy"
    assert store.check() == []
