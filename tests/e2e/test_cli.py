"""The command line end to end: real subprocesses on real data folders."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def run(
    data_dir: Path | None, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "EMEETING_DATA_DIR"}
    command = [sys.executable, "-m", "emeeting", *(["--data-dir", str(data_dir)] if data_dir else []), *args]
    return subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=180, env={**base, **(env or {})}
    )


def ok(data_dir: Path, *args: str) -> str:
    result = run(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def healthy(data_dir: Path) -> None:
    result = run(data_dir, "check")
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout


def counts(data_dir: Path) -> dict[str, int]:
    """Live rows per table, read straight from the file, to prove that a refused command changed nothing."""
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo")
    assert "added demo data: 6 meetings" in ok(data_dir, "demo", "--meetings", "6")
    return data_dir


def first_meeting(data_dir: Path, committee: str = "ICT") -> dict[str, object]:
    meetings = json.loads(ok(data_dir, "meetings", "--committee", committee, "--json"))
    assert meetings, f"no {committee} meetings"
    return meetings[0]


def test_demo_lists_thai_and_english_meetings(demo_dir: Path) -> None:
    meetings = json.loads(ok(demo_dir, "meetings", "--json"))
    assert len(meetings) == 6
    assert {m["committee"] for m in meetings} == {"ICT", "PMQA", "DTSC"}
    thai = next(m for m in meetings if m["committee"] == "ICT")
    assert "คณะกรรมการ" in thai["title"]
    assert thai["reference"] == f"ICT:{thai['number']}/{thai['year_be']}"
    healthy(demo_dir)


def test_demo_again_adds_nothing(demo_dir: Path) -> None:
    before = counts(demo_dir)
    assert "no demo data added" in ok(demo_dir, "demo")
    assert counts(demo_dir) == before


def test_show_by_reference_and_by_id_agree(demo_dir: Path) -> None:
    meeting = first_meeting(demo_dir)
    by_reference = json.loads(ok(demo_dir, "show", str(meeting["reference"]), "--json"))
    by_id = json.loads(ok(demo_dir, "show", str(meeting["id"]), "--json"))
    assert by_reference == by_id
    numbers = [item["number"] for item in by_id["agenda"]]
    assert numbers[0] == "1" and "4" in numbers and numbers == sorted(numbers, key=lambda n: n.split("."))
    text = ok(demo_dir, "show", str(meeting["reference"]))
    assert str(meeting["reference"]) in text and "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ" in text


def test_unknown_meeting_is_a_clear_error(demo_dir: Path) -> None:
    result = run(demo_dir, "show", "ICT:99/2500")
    assert result.returncode == 2
    assert result.stderr.strip() == "emeeting: no meeting 'ICT:99/2500'"


def test_data_dir_from_the_environment(demo_dir: Path) -> None:
    result = run(None, "meetings", "--json", env={"EMEETING_DATA_DIR": str(demo_dir)})
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 6


def test_attach_accepts_good_files_and_names_each_rejected_one(
    tmp_path: Path, demo_dir: Path, good_pdf: Path
) -> None:
    data_dir = tmp_path / "store"
    ok(demo_dir, "backup", str(data_dir))
    meeting = first_meeting(data_dir)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(good_pdf.read_bytes()[:300])
    encrypted = tmp_path / "locked.pdf"
    import pikepdf

    with pikepdf.open(good_pdf) as pdf:
        pdf.save(encrypted, encryption=pikepdf.Encryption(user="secret", owner="owner"))
    before = counts(data_dir)

    result = run(
        data_dir, "attach", str(meeting["reference"]), "4.1", str(good_pdf), str(broken), str(encrypted)
    )

    assert result.returncode == 1
    assert "attached good.pdf (application/pdf, 3 pages)" in result.stdout
    rejected = result.stderr.strip().splitlines()
    assert len(rejected) == 2
    assert rejected[0].startswith("rejected broken.pdf: ")
    assert rejected[1].startswith("rejected locked.pdf: ") and "encrypted" in rejected[1]
    after = counts(data_dir)
    assert after["documents"] == before["documents"] + 1
    shown = json.loads(ok(data_dir, "show", str(meeting["reference"]), "--json"))
    item = next(i for i in shown["agenda"] if i["number"] == "4.1")
    assert item["documents"][-1]["pages"] == 3
    healthy(data_dir)


def test_attach_to_a_missing_item_changes_nothing(tmp_path: Path, demo_dir: Path, good_pdf: Path) -> None:
    data_dir = tmp_path / "store"
    ok(demo_dir, "backup", str(data_dir))
    meeting = first_meeting(data_dir)
    before = counts(data_dir)
    result = run(data_dir, "attach", str(meeting["reference"]), "9.9", str(good_pdf))
    assert result.returncode == 2 and "has no agenda item 9.9" in result.stderr
    assert counts(data_dir) == before


def test_export_import_export_gives_the_same_package(tmp_path: Path, demo_dir: Path) -> None:
    meeting = first_meeting(demo_dir, "PMQA")
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    ok(demo_dir, "export", str(meeting["reference"]), "-o", str(first))

    fresh = tmp_path / "fresh"
    assert "imported meeting" in ok(fresh, "import", str(first))
    ok(fresh, "export", str(meeting["id"]), "-o", str(second))

    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        there, here = json.loads(a.read("meeting.json")), json.loads(b.read("meeting.json"))
        # The trail goes on, each event marked as imported from the first package; the second store's
        # own event (the import) follows.
        trail = there["meeting"].pop("emeeting:auditEvent")
        for event in trail:
            event["actor"] += " (imported from first.zip)"
        assert here["meeting"].pop("emeeting:auditEvent")[: len(trail)] == trail
        assert here == there  # same records, same Thai text
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if name.startswith("files/"):
                assert hashlib.sha256(b.read(name)).hexdigest() == name.removeprefix("files/")
    exported = json.loads(zipfile.ZipFile(first).read("meeting.json"))
    assert "คณะกรรมการ" in exported["organization"]["name"]
    healthy(fresh)

    # Importing the same meeting again is refused and changes nothing.
    before = counts(fresh)
    again = run(fresh, "import", str(first))
    assert again.returncode == 2 and "already here" in again.stderr
    assert counts(fresh) == before


@pytest.mark.parametrize(
    "make_bad",
    [
        pytest.param(lambda p: p.write_bytes(b"not a zip at all"), id="not-a-zip"),
        pytest.param(lambda p: zipfile.ZipFile(p, "w").writestr("meeting.json", "{oops"), id="bad-json"),
        pytest.param(lambda p: zipfile.ZipFile(p, "w").writestr("other.txt", "x"), id="no-meeting-json"),
    ],
)
def test_a_malformed_package_is_refused_and_changes_nothing(
    tmp_path: Path, demo_dir: Path, make_bad: Callable[[Path], object]
) -> None:
    data_dir = tmp_path / "store"
    ok(demo_dir, "backup", str(data_dir))
    before = counts(data_dir)
    bad = tmp_path / "bad.zip"
    make_bad(bad)
    result = run(data_dir, "import", str(bad))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("emeeting: ")
    assert counts(data_dir) == before
    healthy(data_dir)


def test_a_package_with_a_tampered_document_is_refused(tmp_path: Path, demo_dir: Path) -> None:
    meeting = first_meeting(demo_dir)
    good = tmp_path / "good.zip"
    ok(demo_dir, "export", str(meeting["reference"]), "-o", str(good))
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("files/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(info, data)
    fresh = tmp_path / "fresh"
    result = run(fresh, "import", str(tampered))
    assert result.returncode == 2
    assert json.loads(ok(fresh, "meetings", "--json")) == []
    assert not any((fresh / "blobs").glob("??/??/*"))


def test_backup_opens_with_the_same_meetings_and_check_finds_damage(tmp_path: Path, demo_dir: Path) -> None:
    backup = tmp_path / "backup"
    ok(demo_dir, "backup", str(backup))
    assert ok(backup, "meetings", "--json") == ok(demo_dir, "meetings", "--json")
    healthy(backup)
    refused = run(demo_dir, "backup", str(backup))
    assert refused.returncode == 2 and "already holds" in refused.stderr

    blob = next((backup / "blobs").glob("??/??/*"))
    blob.write_bytes(blob.read_bytes() + b"tampered")
    damaged = run(backup, "check")
    assert damaged.returncode == 1 and "damaged" in damaged.stderr


def test_a_store_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    ok(data_dir, "meetings")
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    before = hashlib.sha256((data_dir / "emeeting.db").read_bytes()).hexdigest()
    result = run(data_dir, "meetings")
    assert result.returncode == 2 and "newer version of emeeting" in result.stderr
    assert hashlib.sha256((data_dir / "emeeting.db").read_bytes()).hexdigest() == before


@pytest.mark.parametrize("meetings", ["0", "-3", "many"])
def test_demo_needs_a_positive_number_of_meetings(tmp_path: Path, meetings: str) -> None:
    data_dir = tmp_path / "store"
    result = run(data_dir, "demo", "--meetings", meetings)
    assert result.returncode == 2
    assert "usage: emeeting demo" in result.stderr and "argument --meetings" in result.stderr
    assert "Traceback" not in result.stderr
    assert not data_dir.exists()  # refused before the store was opened


def _with_raw_value(package: Path, dest: Path, path: tuple[object, ...], raw: str) -> Path:
    """A copy of ``package`` whose meeting.json has the raw JSON text ``raw`` as the value at ``path``."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(dest, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "meeting.json":
                doc = json.loads(data)
                target = doc
                for key in path[:-1]:
                    target = target[key]
                target[path[-1]] = "@@RAW@@"
                text = json.dumps(doc, ensure_ascii=False, indent=2).replace('"@@RAW@@"', raw)
                data = text.encode()
            out.writestr(info, data)
    return dest


_DURATION = ("meeting", "agendaItem", 0, "emeeting:ext", "duration_minutes")


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        pytest.param(("meeting", "start"), '"0999-03-10T09:30:00+07:00"', id="year-0999"),
        pytest.param(_DURATION, str(10**20), id="int-10**20"),
        pytest.param(_DURATION, "7" * 5000, id="5000-digits"),
        pytest.param(("meeting", "name"), '"\\ud800 ประชุม"', id="lone-surrogate"),
    ],
)
def test_a_crafted_package_is_refused_in_one_line_and_changes_nothing(
    tmp_path: Path, demo_dir: Path, path: tuple[object, ...], raw: str
) -> None:
    good = tmp_path / "good.zip"
    ok(demo_dir, "export", str(first_meeting(demo_dir)["reference"]), "-o", str(good))
    bad = _with_raw_value(good, tmp_path / "bad.zip", path, raw)
    fresh = tmp_path / "fresh"
    ok(fresh, "meetings")
    before = counts(fresh)

    result = run(fresh, "import", str(bad))

    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith(
        "emeeting: meeting.json: "
    )
    assert counts(fresh) == before
    assert not any((fresh / "blobs").glob("??/??/*"))
    healthy(fresh)


@pytest.mark.skipif(
    not Path("/proc/self").is_dir(), reason="needs Linux /proc, where nobody can make folders"
)
def test_backup_to_a_folder_that_cannot_be_written_is_one_clear_line(demo_dir: Path) -> None:
    result = run(demo_dir, "backup", "/proc/x")
    assert result.returncode == 2
    assert result.stderr.startswith("emeeting: cannot write the backup to /proc/x: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_backup_that_fails_half_way_leaves_no_partial_database(tmp_path: Path, demo_dir: Path) -> None:
    dest = tmp_path / "backup"
    dest.mkdir()
    (dest / "blobs").write_text("a file where the documents belong")  # fails after the database copy
    result = run(demo_dir, "backup", str(dest))
    assert result.returncode == 2 and "cannot write the backup" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in dest.iterdir()) == ["blobs"]


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    data_dir.mkdir()
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        db.execute("CREATE TABLE meetings (topic TEXT)")
        db.execute("INSERT INTO meetings VALUES ('not ours')")
    db.close()
    before = hashlib.sha256((data_dir / "emeeting.db").read_bytes()).hexdigest()
    result = run(data_dir, "meetings")
    assert result.returncode == 2 and "is not an emeeting database" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256((data_dir / "emeeting.db").read_bytes()).hexdigest() == before
