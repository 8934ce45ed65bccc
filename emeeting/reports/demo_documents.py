"""Realistic multi-page PDF documents for demo data.

The text is drawn as is: Thai needs HarfBuzz shaping for perfect mark placement, which the report
renderer does; demo attachments only have to look like the papers a committee reads. Output is
deterministic (reportlab's invariant mode) so the same demo data always stores the same bytes.
reportlab is imported inside the function: importing this module must stay cheap.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.thai import is_thai

_FONT_SIZE = 16.0
_TITLE_SIZE = 20.0
_LEADING = 22.0  # one and a third of the size: TH Sarabun documents look this open
_MARGIN_LEFT = 85.0  # 3 cm, as in official Thai correspondence
_MARGIN_RIGHT = 57.0  # 2 cm
_MARGIN_TOP = 71.0  # 2.5 cm
_MARGIN_BOTTOM = 57.0
_INDENT = 71.0  # first-line indent of a paragraph (2.5 cm)
_PAGE_NUMBER_Y = 36.0  # baseline, from the top edge (1.27 cm)


def make_demo_pdf(title: str, paragraphs: Sequence[str], pages: int, font_dir: Path) -> bytes:
    """An A4 document of exactly ``pages`` pages: a title, then ``paragraphs`` repeated to fill them.

    Pages after the first carry their number at the top centre ("- 2 -"). The last page ends part way
    down, like a real paper. Same inputs give the same bytes.
    """
    if pages < 1:
        raise ValueError("a document has at least one page")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    regular, bold = _register_fonts(font_dir)
    width, height = A4
    text_width = width - _MARGIN_LEFT - _MARGIN_RIGHT
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setCreator("emeeting demo data")

    def measure(font: str, size: float) -> Callable[[str], float]:
        return lambda text: pdfmetrics.stringWidth(text, font, size)

    page = 1
    y = height - _MARGIN_TOP
    pdf.setFont(bold, _TITLE_SIZE)
    for line in _wrap(title, text_width, measure(bold, _TITLE_SIZE), fill=False):
        pdf.drawCentredString(width / 2, y, line)
        y -= _TITLE_SIZE * 1.4
    y -= _LEADING / 2
    last_page_stop = height / 2  # the last page ends about half way down
    source = [p for p in (" ".join(p.split()) for p in paragraphs) if p] or [title]
    body_width = measure(regular, _FONT_SIZE)
    for n in itertools.count():
        lap, index = divmod(n, len(source))
        if page == pages and (y < last_page_stop or (pages == 1 and lap)):
            break  # stop between paragraphs once the last page is part full
        block = [(bold, 0.0, f"{lap + 1}. {_part_heading(title, lap)}")] if lap and not index else []
        block += [
            (regular, _INDENT if i == 0 else 0.0, line)
            for i, line in enumerate(_wrap(source[index], text_width, body_width, first_indent=_INDENT))
        ]
        if y - _LEADING * min(len(block) - 1, 1) < _MARGIN_BOTTOM:  # keep a heading with its text
            if page == pages:
                break
            page += 1
            y = _new_page(pdf, width, height, page, regular)
        for font, indent, line in block:
            if y < _MARGIN_BOTTOM:
                if page == pages:
                    break
                page += 1
                y = _new_page(pdf, width, height, page, regular)
            pdf.setFont(font, _FONT_SIZE)
            pdf.drawString(_MARGIN_LEFT + indent, y, line)
            y -= _LEADING
        y -= _LEADING / 3
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _register_fonts(font_dir: Path) -> tuple[str, str]:
    """Register the bundled Laksaman faces once per process; the names are private to this module.

    The names carry a digest of the font directory, so two directories never share a registration. The
    regular face is required (``ValidationError`` if it is missing); the bold one is optional.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    tag = hashlib.sha256(str(Path(font_dir).resolve()).encode()).hexdigest()[:8]
    regular, bold = f"EMeetingDemo-Regular-{tag}", f"EMeetingDemo-Bold-{tag}"
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in ((regular, "Laksaman.ttf"), (bold, "Laksaman-Bold.ttf")):
        path = Path(font_dir) / file_name
        if name in registered:
            continue
        if path.is_file():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        elif name == regular:  # one clear line instead of reportlab's traceback
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the Thai font {path} is missing; reinstall emeeting"), path=path
            )
    if bold not in pdfmetrics.getRegisteredFontNames():
        bold = regular  # without a bold face the regular one stands in
    return regular, bold


def _new_page(pdf: Any, width: float, height: float, number: int, font: str) -> float:
    """Start page ``number`` with its number at the top centre; returns the first baseline."""
    pdf.showPage()
    pdf.setFont(font, _FONT_SIZE)
    pdf.drawCentredString(width / 2, height - _PAGE_NUMBER_Y, f"- {number} -")
    return height - _MARGIN_TOP


def _part_heading(title: str, lap: int) -> str:
    return f"รายละเอียดส่วนที่ {lap + 1}" if is_thai(title) else f"Details, part {lap + 1}"


def _wrap(
    text: str, width: float, measure: Callable[[str], float], first_indent: float = 0.0, fill: bool = True
) -> list[str]:
    """Greedy line breaking at spaces. Thai writes no spaces between words, so with ``fill`` a long Thai
    run fills the rest of a line and continues on the next, cut between character clusters."""
    lines: list[str] = []
    line = ""
    room = width - first_indent
    space = measure(" ")
    used = 0.0
    for word in text.split(" "):
        w = measure(word)
        if line and used + space + w <= room:
            line += " " + word
            used += space + w
            continue
        if line:
            rest = room - used - space
            if fill and rest > width / 5 and is_thai(word):
                cut = _fit(word, rest, measure)
                if measure(word[:cut]) <= rest:
                    line += " " + word[:cut]
                    word = word[cut:]
                    w = measure(word)
            lines.append(line)
            room = width
        while w > room:  # no space to break at: cut before a base character
            cut = _fit(word, room, measure)
            lines.append(word[:cut])
            word = word[cut:]
            room = width
            w = measure(word)
        line, used = word, w
    if line or not lines:
        lines.append(line)
    return lines


def _fit(word: str, room: float, measure: Callable[[str], float]) -> int:
    """Where to cut ``word`` to fit ``room``: never inside a character cluster, preferably before a
    Thai leading vowel (เ แ โ ใ ไ), which always starts a syllable."""
    cut = best = 1
    for i in range(1, len(word)):
        if measure(word[:i]) > room:
            break
        c = word[i]
        if unicodedata.category(c) != "Mn" and c not in "ะาำๅๆฯ":
            cut = i
            if c in "เแโใไ":
                best = i
    return best if best > cut * 2 // 3 else cut
