"""`emeeting book` end to end: a real subprocess on a demo store, the PDF read back with poppler."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pikepdf
import pytest

from tests.e2e.test_cli import ok, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("book")
    ok(data_dir, "demo", "--meetings", "3")
    return data_dir


def meeting(data_dir: Path, committee: str) -> dict[str, object]:
    found: dict[str, object] = json.loads(ok(data_dir, "meetings", "--committee", committee, "--json"))[0]
    return found


def invitee(data_dir: Path, meeting_id: object) -> str:
    """The name of someone invited to the meeting, as the store has it."""
    with sqlite3.connect(data_dir / "emeeting.db") as db:
        first, last = db.execute(
            "SELECT p.first_name, p.last_name FROM invitations i JOIN people p ON p.id = i.person_id "
            "WHERE i.meeting_id = ? AND i.deleted = 0 ORDER BY p.last_name LIMIT 1",
            (meeting_id,),
        ).fetchone()
    return f"{first} {last}"


def texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return [" ".join(page.split()) for page in out.stdout.decode().split("\f")[:-1]]


def test_book_writes_one_stamped_pdf_with_bookmarks(store_dir: Path, tmp_path: Path) -> None:
    ict = meeting(store_dir, "ICT")
    dest = tmp_path / "book.pdf"

    out = ok(store_dir, "book", str(ict["reference"]), "-o", str(dest))

    pages = texts(dest)
    assert f"wrote {dest} ({len(pages)} pages)" in out
    documents = json.loads(ok(store_dir, "show", str(ict["reference"]), "--json"))["pages"]
    assert len(pages) > documents  # every document page, plus the cover and the agenda
    for n, text in enumerate(pages, start=1):
        assert f"หน้า {n}/{len(pages)}" in text
    with pikepdf.open(dest) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
    assert titles[:2] == ["ปก", "ระเบียบวาระการประชุม"]
    assert any(title.startswith("4 ") for title in titles)


def test_book_for_a_reader_in_english_with_thai_digits(store_dir: Path, tmp_path: Path) -> None:
    ict = meeting(store_dir, "ICT")
    name = invitee(store_dir, ict["id"])
    dest = tmp_path / "reader.pdf"

    ok(
        store_dir,
        "book",
        str(ict["reference"]),
        "-o",
        str(dest),
        "--reader",
        name,
        "--lang",
        "en",
        "--thai-digits",
    )

    pages = texts(dest)
    assert "Copy for" in pages[0] and name.split()[0] in pages[0]
    assert "Page ๑/" in pages[0]


def test_a_reader_who_is_not_invited_is_refused_and_nothing_is_written(
    store_dir: Path, tmp_path: Path
) -> None:
    ict = meeting(store_dir, "ICT")
    dest = tmp_path / "book.pdf"

    result = run(store_dir, "book", str(ict["reference"]), "-o", str(dest), "--reader", "Nobody Here")

    assert result.returncode == 2
    assert result.stderr.strip() == f"emeeting: 'Nobody Here' is not invited to {ict['reference']}"
    assert not dest.exists() and list(tmp_path.iterdir()) == []


def test_an_unknown_meeting_or_folder_is_a_clear_error(store_dir: Path, tmp_path: Path) -> None:
    result = run(store_dir, "book", "ICT:99/2500", "-o", str(tmp_path / "b.pdf"))
    assert (result.returncode, result.stderr.strip()) == (2, "emeeting: no meeting 'ICT:99/2500'")
    ict = meeting(store_dir, "ICT")
    result = run(store_dir, "book", str(ict["reference"]), "-o", str(tmp_path / "missing" / "b.pdf"))
    assert result.returncode == 2 and "cannot write" in result.stderr
