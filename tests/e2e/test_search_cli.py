"""`emeeting search` and `emeeting check --reindex` end to end: real subprocesses on a demo data folder.

Searching answers grouped by meeting with the words found marked, as JSON for scripts, with grep's exit
status; it works in a read-only folder. A search index damaged or left stale behind the store's back
(rows deleted with sqlite3) is reported by `check` with its remedy, never blocks a change, and is mended by
`check --reindex`, after which searching finds again.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from emeeting.domain.search import WORD_MARK
from tests.e2e.test_cli import first_meeting, ok, run
from tests.e2e.test_restore import _held_to_file_permissions, set_read_only

pytestmark = pytest.mark.slow

BUDGET = "งบประมาณ"  # in the demo's Thai papers, agenda items and minutes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo")
    ok(data_dir, "demo", "--meetings", "6")
    return data_dir


@pytest.fixture
def copy(demo: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    return folder


def search_json(data_dir: Path, *args: str) -> dict[str, object]:
    result = run(data_dir, "search", *args, "--json")
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


def hits(found: dict[str, object]) -> list[dict[str, object]]:
    return [hit for group in found["groups"] for hit in group["hits"]]  # type: ignore[attr-defined]


def test_a_thai_word_is_found_grouped_by_meeting_with_the_word_marked(demo: Path) -> None:
    result = run(demo, "search", BUDGET)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("ICT:") and " — คณะกรรมการ" in line for line in lines)  # a meeting's heading
    assert any(line.startswith("  paper: ") and " pp. 1, 2, " in line for line in lines)  # its pages
    assert any(line.startswith("  agenda item: ") for line in lines)
    assert f"«{BUDGET}»" in result.stdout  # not a terminal: the hit between guillemets, no escape codes
    assert "\x1b[" not in result.stdout and WORD_MARK not in result.stdout
    assert lines[-1].endswith("meeting(s)") and "hit(s) in" in lines[-1]


def test_json_gives_the_documented_shape_with_names_as_written(demo: Path) -> None:
    found = search_json(demo, BUDGET, "--kind", "paper,agenda_item")

    assert found["query"] == BUDGET and found["more"] is False and isinstance(found["no_text"], list)
    group = found["groups"][0]  # type: ignore[index]
    assert set(group["meeting"]) >= {"id", "label", "reference", "title", "committee", "date"}
    assert set(group["meeting"]["committee"]) == {"id", "short_name", "name"}
    every = hits(found)
    assert {h["kind"] for h in every} == {"paper", "agenda_item"}
    for hit in every:
        assert set(hit) == {"kind", "id", "label", "page", "pages", "version", "item_id", "snippet"}
        text, marks = hit["snippet"]["text"], hit["snippet"]["marks"]  # type: ignore[index]
        assert marks and all(text[start:end] == BUDGET for start, end in marks)
    papers = [h for h in every if h["kind"] == "paper"]
    assert papers and all(p["page"] in p["pages"] for p in papers)
    # A paper's label is its name exactly as `show` gives it (no word marks from the index).
    meeting = group["meeting"]["id"]
    shown = json.loads(ok(demo, "show", meeting, "--json"))
    names = {d["id"]: d["name"] for item in shown["agenda"] for d in item["documents"]}
    assert [p["label"] for p in papers if p["id"] in names] == [
        names[p["id"]] for p in papers if p["id"] in names
    ]
    assert not any(WORD_MARK in str(h["label"]) for h in every)


def test_filters_committee_by_short_name_in_any_case_dates_in_either_era_and_kind(demo: Path) -> None:
    everything = search_json(demo, BUDGET)
    ict = search_json(demo, BUDGET, "--committee", "ict")

    assert {g["meeting"]["committee"]["short_name"] for g in ict["groups"]} == {"ICT"}  # type: ignore[attr-defined,index]
    assert len(ict["groups"]) < len(everything["groups"])  # type: ignore[arg-type]
    days = sorted(g["meeting"]["date"] for g in everything["groups"])  # type: ignore[attr-defined,index]
    first = days[0]
    buddhist = f"{int(first[:4]) + 543}{first[4:]}"
    only_first = search_json(demo, BUDGET, "--since", first, "--until", buddhist)
    assert {g["meeting"]["date"] for g in only_first["groups"]} == {first}  # type: ignore[attr-defined,index]
    minutes = search_json(demo, BUDGET, "--kind", "minutes")
    assert {h["kind"] for h in hits(minutes)} == {"minutes"}


def test_nothing_found_is_exit_status_1_and_an_unknown_committee_an_error(demo: Path) -> None:
    nothing = run(demo, "search", "zzyzx")
    unknown = run(demo, "search", BUDGET, "--committee", "NOPE")
    wrong_kind = run(demo, "search", BUDGET, "--kind", "letters")

    assert (nothing.returncode, nothing.stdout) == (1, "")
    assert "nothing found for 'zzyzx'" in nothing.stderr
    assert json.loads(run(demo, "search", "zzyzx", "--json").stdout)["groups"] == []
    assert unknown.returncode == 2
    assert "no committee 'NOPE': give its short name (DTSC, ICT, PMQA) or id" in unknown.stderr
    assert wrong_kind.returncode == 2 and "not a kind: 'letters'" in wrong_kind.stderr


def test_an_empty_committee_or_kind_is_refused_rather_than_searching_everything(demo: Path) -> None:
    no_committee = run(demo, "search", BUDGET, "--committee", "")
    no_kind = run(demo, "search", BUDGET, "--kind", " , ")

    assert (no_committee.returncode, no_committee.stdout) == (2, "")
    assert "no committee '': give its short name (DTSC, ICT, PMQA) or id" in no_committee.stderr
    assert (no_kind.returncode, no_kind.stdout) == (2, "")
    assert "no kind given (choose from meeting," in no_kind.stderr


def test_a_paper_without_text_is_listed_as_not_searched(copy: Path, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    scan = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scan))
    pdf.rect(72, 72, 400, 600, fill=1)  # a page with no text layer, as a scanner makes
    pdf.showPage()
    pdf.save()
    meeting = first_meeting(copy)["reference"]
    ok(copy, "attach", str(meeting), "1", str(scan))

    found = search_json(copy, BUDGET, "--committee", "ICT")
    plain = run(copy, "search", BUDGET, "--committee", "ICT").stdout

    assert [p["name"] for p in found["no_text"]] == ["scan"]  # type: ignore[attr-defined,index]
    assert found["no_text"][0]["sealed"] is False  # type: ignore[index]
    assert "papers without text (not searched):" in plain
    assert f"{meeting}  scan — no text layer (a scan or a picture)" in plain


def run_read_only(
    data_dir: Path, home: Path, *commands: tuple[str, ...]
) -> list[subprocess.CompletedProcess[str]]:
    """Each command run on ``data_dir`` made read-only, by a user the folder's permissions hold."""
    set_read_only(data_dir, True)
    try:
        return [
            subprocess.run(
                [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=180,
                preexec_fn=_held_to_file_permissions,
                env={"HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)},
            )
            for args in commands
        ]
    finally:
        set_read_only(data_dir, False)


def test_search_works_in_a_read_only_folder_and_reindex_is_refused_there(copy: Path, tmp_path: Path) -> None:
    found, refused = run_read_only(copy, tmp_path, ("search", BUDGET), ("check", "--reindex"))

    assert found.returncode == 0, found.stderr
    assert f"«{BUDGET}»" in found.stdout and "is read-only" in found.stderr
    assert refused.returncode == 2 and "read-only: nothing can be changed" in refused.stderr


def damage(data_dir: Path, *statements: str) -> None:
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        for statement in statements:
            db.execute(statement)


def assert_mended(data_dir: Path) -> None:
    mended = run(data_dir, "check", "--reindex")
    assert mended.returncode == 0, mended.stderr
    assert mended.stdout.startswith("search index rebuilt: ") and " records indexed in " in mended.stdout
    assert "store is healthy" in mended.stdout
    assert run(data_dir, "check").returncode == 0
    assert hits(search_json(data_dir, BUDGET, "--kind", "paper"))


def test_a_damaged_index_is_reported_never_blocks_a_change_and_is_mended_by_reindex(
    copy: Path, good_pdf: Path
) -> None:
    damage(copy, "DELETE FROM search_fts_data WHERE id > 10 AND id % 3 = 0")  # FTS5's segments, gone

    checked = run(copy, "check")
    searched = run(copy, "search", BUDGET)
    attached = run(copy, "attach", str(first_meeting(copy)["reference"]), "1", str(good_pdf))

    assert checked.returncode == 1
    assert "search index: damaged; run `emeeting check --reindex` to rebuild it" in checked.stderr
    assert searched.returncode == 2
    assert "the search index is damaged; rebuild it with `emeeting check --reindex`" in searched.stderr
    assert "restore" not in searched.stderr and "malformed" not in searched.stderr + checked.stderr
    assert attached.returncode == 0, attached.stderr  # the change is kept; the index waits for a rebuild
    assert_mended(copy)
    assert hits(search_json(copy, "budget report"))  # the paper attached meanwhile is found too


def test_check_in_a_read_only_folder_finds_the_damage_a_search_there_finds(
    copy: Path, tmp_path: Path
) -> None:
    damage(copy, "DELETE FROM search_fts_data WHERE id > 10 AND id % 3 = 0")

    checked, searched = run_read_only(copy, tmp_path, ("check",), ("search", BUDGET))

    assert searched.returncode == 2 and "the search index is damaged" in searched.stderr
    assert checked.returncode == 1, checked.stdout
    assert "search index: damaged; run `emeeting check --reindex` to rebuild it" in checked.stderr
    assert_mended(copy)


def test_entries_deleted_behind_the_index_are_reported_and_mended(copy: Path) -> None:
    damage(copy, "DELETE FROM search_entries WHERE rowid % 5 = 0")

    checked = run(copy, "check")

    assert checked.returncode == 1
    assert "search index: damaged; run `emeeting check --reindex`" in checked.stderr
    assert_mended(copy)


def test_a_stale_index_names_how_many_records_cannot_be_found(copy: Path) -> None:
    # Every paper's entries gone, and FTS5 rebuilt over what is left: sound, but stale.
    damage(
        copy,
        "DELETE FROM search_entries WHERE source = 'document'",
        "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
    )
    papers = len(json.loads(ok(copy, "meetings", "--json")))  # at least one paper per meeting

    checked = run(copy, "check")
    gone = run(copy, "search", BUDGET, "--kind", "paper")

    assert checked.returncode == 1
    stale = [line for line in checked.stderr.splitlines() if "cannot be found by search" in line]
    assert len(stale) == 1 and int(stale[0].split()[2]) >= papers, checked.stderr
    assert stale[0].endswith("run `emeeting check --reindex` to rebuild it")
    assert gone.returncode == 1
    assert_mended(copy)


def test_an_archive_from_a_version_without_search_is_indexed_once_and_the_command_says_so(copy: Path) -> None:
    damage(copy, "DELETE FROM search_meta WHERE key = 'format'")  # as a version without search left it

    first = run(copy, "search", BUDGET)
    second = run(copy, "search", BUDGET)

    assert first.returncode == 0 and BUDGET in first.stdout
    assert "preparing to search the archive (once, after an upgrade)" in first.stderr
    assert second.returncode == 0 and second.stderr == ""


def test_extreme_but_valid_arguments_are_answered(demo: Path) -> None:
    last_day = run(demo, "search", BUDGET, "--until", "10542-12-31")  # the calendar's last day, B.E.
    huge = run(demo, "search", BUDGET, "--limit", str(2**63 - 1))
    phrases = run(demo, "search", " ".join(f'"budget report {n}"' for n in range(2000)))
    words = run(demo, "search", *(f"word{n}" for n in range(20_000)))

    assert last_day.returncode == 0 and BUDGET in last_day.stdout, last_day.stderr
    assert huge.returncode == 0 and BUDGET in huge.stdout, huge.stderr
    for many in (phrases, words):  # nothing holds them all: found nothing, said so
        assert many.returncode == 1 and many.stderr.startswith("nothing found for"), many.stderr[:300]


def test_bytes_that_are_not_utf8_in_a_query_are_searched_as_a_replacement_character(demo: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "emeeting",
            "--data-dir",
            str(demo),
            "search",
            os.fsdecode(b"\xff budget"),
            "--json",
        ],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    assert json.loads(result.stdout.decode("utf-8"))["query"] == "\ufffd budget"


def test_search_days_may_be_buddhist_era_and_a_day_that_does_not_exist_is_refused_clearly() -> None:
    """2568 BE is 2025, which has no 29 February: said as a bad date, not a stack trace."""
    import argparse

    import pytest

    from emeeting.cli import _day

    assert _day("2569-03-01") == _day("2026-03-01")
    for text in ("2568-02-29", "2026-13-01", "x", "1-2-3-4"):
        with pytest.raises(argparse.ArgumentTypeError, match="not a date"):
            _day(text)
