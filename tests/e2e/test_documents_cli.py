"""`emeeting minutes | agenda | invitation` end to end: real subprocesses on a demo store."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import docx
import pytest

from tests.e2e.test_cli import counts, ok, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("documents")
    ok(data_dir, "demo", "--meetings", "6")
    return data_dir


def held(data_dir: Path, committee: str) -> str:
    """The reference of a meeting of ``committee`` that has been held (its minutes exist)."""
    meetings = json.loads(ok(data_dir, "meetings", "--committee", committee, "--json"))
    done = ("closed", "minutes_drafted", "minutes_certified")
    return next(str(m["reference"]) for m in meetings if m["status"] in done)


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def test_minutes_as_pdf_and_docx(tmp_path: Path, demo_dir: Path) -> None:
    reference = held(demo_dir, "ICT")
    number = reference.split(":")[1]
    pdf, word = tmp_path / "minutes.pdf", tmp_path / "minutes.docx"
    assert ok(demo_dir, "minutes", reference, "-o", str(pdf)).strip() == f"wrote {pdf}"
    text = text_of(pdf).replace("\n", "")
    for heading in ("รายงานการประชุม", f"ครั้งที่ {number}", "ผู้มาประชุม", "ผู้ไม่มาประชุม", "เริ่มประชุมเวลา"):
        assert heading in text
    assert "เลิกประชุมเวลา" in text and "ผู้จดรายงานการประชุม" in text and "ผู้ตรวจรายงานการประชุม" in text
    ok(demo_dir, "minutes", reference, "-o", str(word))
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    # Minutes set from the record head item 4 "ระเบียบวาระที่ 4"; certified ones print their frozen text,
    # where it is "4 <title>".
    assert "ผู้มาประชุม" in paragraphs
    assert any(p.startswith(("ระเบียบวาระที่ 4", "4 ")) for p in paragraphs)


def test_thai_digits_and_english(tmp_path: Path, demo_dir: Path) -> None:
    thai = tmp_path / "thai.pdf"
    ok(demo_dir, "agenda", held(demo_dir, "ICT"), "-o", str(thai), "--thai-digits")
    text = text_of(thai)
    assert "ระเบียบวาระการประชุม" in text and not re.search(r"[0-9]", text)
    english = tmp_path / "english.pdf"
    ok(demo_dir, "invitation", held(demo_dir, "DTSC"), "-o", str(english), "--lang", "en")
    assert "Invitation to a meeting" in text_of(english) and "Yours faithfully," in text_of(english)


def test_invitation_letter(tmp_path: Path, demo_dir: Path) -> None:
    out = tmp_path / "invitation.pdf"
    ok(demo_dir, "invitation", held(demo_dir, "PMQA"), "-o", str(out))
    assert "หนังสือเชิญประชุม" in text_of(out) and "ขอแสดงความนับถือ" in text_of(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["minutes", "ICT:99/2500", "-o", "{out}.pdf"], "no meeting 'ICT:99/2500'"),
        (["agenda", "{meeting}", "-o", "{out}.docx"], "the agenda cannot be written as docx"),
        (["minutes", "{meeting}", "-o", "{out}.txt"], "name it .pdf or .docx"),
        (["invitation", "{meeting}", "-o", "{missing}/letter.pdf"], "cannot write"),
    ],
)
def test_bad_requests_are_clear_errors_and_leave_files_alone(
    tmp_path: Path, demo_dir: Path, args: list[str], message: str
) -> None:
    earlier = tmp_path / "out.pdf"
    earlier.write_bytes(b"an earlier file")
    values = {"out": str(tmp_path / "out"), "meeting": held(demo_dir, "ICT"), "missing": str(tmp_path / "no")}
    before = counts(demo_dir)
    result = run(demo_dir, *(a.format(**values) for a in args))
    assert result.returncode == 2
    assert result.stderr.startswith("emeeting: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert earlier.read_bytes() == b"an earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no partial or temporary file
    assert counts(demo_dir) == before


def test_lang_is_checked_by_the_parser(demo_dir: Path, tmp_path: Path) -> None:
    result = run(demo_dir, "minutes", held(demo_dir, "ICT"), "-o", str(tmp_path / "x.pdf"), "--lang", "de")
    assert result.returncode == 2 and "invalid choice" in result.stderr
