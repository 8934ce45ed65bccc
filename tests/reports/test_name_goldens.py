"""Golden images at 300 dpi of the names whose marks stack highest and reach lowest, each set as the
documents set it (16 pt body text, single spacing from the font's metrics) on three lines, so that an
image shows the marks in place and clear of the line above. Regenerate with EMEETING_UPDATE_GOLDEN=1
after a deliberate change, and look at the images before committing them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from emeeting.reports.page_layout import PageTemplate, Paragraph, ParaStyle, render_pdf
from emeeting.reports.thai_text import Fonts
from tests.reports.conftest import pdftotext
from tests.reports.test_line_spacing import collisions, line_inks

GOLDEN = Path(__file__).parent / "golden"
NAMES = {
    "lim_prasert": "ลิ้มประเสริฐ",
    "saksit": "ศักดิ์สิทธิ์",
    "phu_yai": "ผู้ใหญ่",
    "pu_ya": "ปู่ย่า",
    "thiti": "ฐิติ",
    "yan": "ญาณ",
}
CARD = PageTemplate(
    width=150, height=110, margin_left=10, margin_right=10, margin_top=10, margin_bottom=5, page_numbers=False
)


def _card(tmp_path: Path, fonts: Fonts, key: str, bold: bool = False) -> tuple[Path, Image.Image]:
    style = ParaStyle(bold=bold, align="left")
    blocks = [Paragraph.of(NAMES[key], style) for _ in range(3)]
    pdf = tmp_path / f"{key}.pdf"
    pdf.write_bytes(render_pdf(blocks, fonts, CARD).pdf)
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / key)], check=True
    )
    return pdf, Image.open(tmp_path / f"{key}.png").convert("L")


def _differs(a: Image.Image, b: Image.Image) -> float:
    """The share of pixels that differ clearly (anti-aliasing noise is below the threshold)."""
    if a.size != b.size:
        return 1.0
    diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 96 else 0)
    return sum(diff.histogram()[1:]) / (a.size[0] * a.size[1])


@pytest.mark.parametrize("key", list(NAMES))
def test_hard_names_match_their_300_dpi_golden_images(tmp_path: Path, fonts: Fonts, key: str) -> None:
    pdf, image = _card(tmp_path, fonts, key)
    golden = GOLDEN / f"name_{key}.png"
    if os.environ.get("EMEETING_UPDATE_GOLDEN"):
        image.save(golden, optimize=True)
    assert golden.is_file(), f"no golden image {golden}; run with EMEETING_UPDATE_GOLDEN=1 and look at it"
    assert _differs(image, Image.open(golden).convert("L")) <= 0.002
    assert pdftotext(pdf).split() == [NAMES[key]] * 3  # copy-back, exactly


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("key", list(NAMES))
def test_hard_names_stacked_three_lines_never_touch(
    tmp_path: Path, fonts: Fonts, key: str, bold: bool
) -> None:
    pdf, _ = _card(tmp_path, fonts, key, bold)
    assert collisions(line_inks(pdf, tmp_path)) == []
