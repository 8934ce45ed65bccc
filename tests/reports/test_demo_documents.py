"""The demo PDF generator: exact page counts, deterministic bytes, extractable text."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import time
from pathlib import Path

import pypdf
import pytest

from emeeting.domain.errors import ValidationError
from emeeting.reports.demo_documents import make_demo_pdf

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
THAI = (
    "ตามที่คณะกรรมการบริหารเทคโนโลยีสารสนเทศได้มอบหมายให้ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
    "จัดทำแผนปฏิบัติการดิจิทัล ระยะ 5 ปี เพื่อให้สอดคล้องกับแผนพัฒนารัฐบาลดิจิทัล นั้น",
    "ศูนย์ฯ ได้ดำเนินการแล้วเสร็จ รายละเอียดปรากฏตามเอกสารแนบ",
)
ENGLISH = (
    "This report summarises budget execution for the second quarter of the fiscal year.",
    "Disbursement reached 61.4 per cent of the allocation; two procurement projects are delayed.",
)


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("pages", [1, 2, 3, 7, 40])
def test_exact_page_count(pages: int) -> None:
    assert page_count(make_demo_pdf("รายงานผลการเบิกจ่ายงบประมาณ", THAI, pages, FONTS)) == pages


def test_long_report_is_fast_and_exact() -> None:
    make_demo_pdf("warm-up", ENGLISH, 1, FONTS)  # font parsing is a one-off per process
    started = time.perf_counter()
    pdf = make_demo_pdf("รายงานประจำปี 2568", THAI, 120, FONTS)
    elapsed = time.perf_counter() - started
    assert page_count(pdf) == 120
    assert elapsed < 120 * 0.030


def test_deterministic() -> None:
    first = make_demo_pdf("Budget Execution Report", ENGLISH, 4, FONTS)
    assert make_demo_pdf("Budget Execution Report", ENGLISH, 4, FONTS) == first
    assert make_demo_pdf("Budget Execution Report", ENGLISH, 5, FONTS) != first


def test_short_text_and_no_paragraphs_still_fill_the_pages() -> None:
    assert page_count(make_demo_pdf("Agenda", ["One line."], 3, FONTS)) == 3
    assert page_count(make_demo_pdf("Agenda", [], 2, FONTS)) == 2
    with pytest.raises(ValueError):
        make_demo_pdf("Agenda", ENGLISH, 0, FONTS)


def test_text_is_extractable_with_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(make_demo_pdf("Cloud Migration Project Proposal", ENGLISH, 3, FONTS))
    text = subprocess.run(
        ["/usr/bin/pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Cloud Migration Project Proposal" in text
    assert "Disbursement reached" in text
    # pdftotext may drop the spaces of "- 2 -": page numbers are separate words at the top centre.
    assert re.search(r"^\s+-\s?2\s?-$", text, re.M) and re.search(r"^\s+-\s?3\s?-$", text, re.M)


def test_a_missing_font_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"Laksaman\.ttf is missing; reinstall emeeting"):
        make_demo_pdf("Agenda", ENGLISH, 1, tmp_path)


def test_without_the_bold_face_the_regular_one_stands_in(tmp_path: Path) -> None:
    shutil.copy(FONTS / "Laksaman.ttf", tmp_path / "Laksaman.ttf")
    assert page_count(make_demo_pdf("รายงานการประชุม", THAI, 2, tmp_path)) == 2
