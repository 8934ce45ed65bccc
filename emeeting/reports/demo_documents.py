"""Realistic multi-page PDF documents for demo data.

The text is drawn as is: Thai needs HarfBuzz shaping for perfect mark placement, which the report
renderer does; demo attachments only have to look like the papers a committee reads. Output is
deterministic (reportlab's invariant mode) so the same demo data always stores the same bytes.
reportlab is imported inside the function: importing this module must stay cheap.
"""

from __future__ import annotations

import hashlib
import io
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

_FONT_SIZE = 16.0
_TITLE_SIZE = 20.0
_LEADING = 22.0  # one and a third of the size: TH Sarabun documents look this open
_MARGIN_LEFT = 85.0  # 3 cm, as in official Thai correspondence
_MARGIN_RIGHT = 57.0  # 2 cm
_MARGIN_TOP = 71.0  # 2.5 cm
_MARGIN_BOTTOM = 57.0
_INDENT = 71.0  # first-line indent of a paragraph (2.5 cm)
_PAGE_NUMBER_Y = 28.0  # from the top edge


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

    body_width = measure(regular, _FONT_SIZE)
    page = 1
    y = height - _MARGIN_TOP
    for line in _wrap(title, text_width, measure(bold, _TITLE_SIZE)):
        pdf.setFont(bold, _TITLE_SIZE)
        pdf.drawCentredString(width / 2, y, line)
        y -= _TITLE_SIZE * 1.4
    y -= _LEADING / 2
    bottom = _MARGIN_BOTTOM
    last_page_stop = height / 2  # the last page ends about half way down
    source = [p for p in (" ".join(p.split()) for p in paragraphs) if p] or [title]
    n = 0
    while True:
        paragraph = source[n % len(source)]
        lap, index = divmod(n, len(source))
        if lap and index == 0:  # each further round of the text opens a numbered part
            heading = f"{lap + 1}. {_part_heading(title, lap)}"
            if y - 2 * _LEADING < bottom:
                y = _new_page(pdf, width, height, page := page + 1, regular)
            pdf.setFont(bold, _FONT_SIZE)
            pdf.drawString(_MARGIN_LEFT, y, heading)
            y -= _LEADING
        lines = _wrap(paragraph, text_width, body_width, first_indent=_INDENT)
        pdf.setFont(regular, _FONT_SIZE)
        for i, line in enumerate(lines):
            if y < bottom:
                if page == pages:
                    break
                y = _new_page(pdf, width, height, page := page + 1, regular)
                pdf.setFont(regular, _FONT_SIZE)
            pdf.drawString(_MARGIN_LEFT + (_INDENT if i == 0 else 0.0), y, line)
            y -= _LEADING
        else:
            y -= _LEADING / 3
            n += 1
            if page == pages and (y < last_page_stop or pages == 1 and n >= len(source)):
                break
            continue
        break
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _register_fonts(font_dir: Path) -> tuple[str, str]:
    """Register the bundled Laksaman faces once per process; the names are private to this module.

    The names carry a digest of the font directory, so two directories never share a registration.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    tag = hashlib.sha256(str(Path(font_dir).resolve()).encode()).hexdigest()[:8]
    names = []
    registered = set(pdfmetrics.getRegisteredFontNames())
    for face, file_name in (("Regular", "Laksaman.ttf"), ("Bold", "Laksaman-Bold.ttf")):
        name = f"EMeetingDemo-{face}-{tag}"
        path = Path(font_dir) / file_name
        if name not in registered:
            if not path.exists() and face == "Bold":
                names.append(names[0])  # a regular face stands in for a missing bold one
                continue
            pdfmetrics.registerFont(TTFont(name, str(path)))
        names.append(name)
    return names[0], names[1]


def _new_page(pdf: object, width: float, height: float, number: int, font: str) -> float:
    """Start page ``number`` with its number at the top centre; returns the first baseline."""
    pdf.showPage()  # type: ignore[attr-defined]
    pdf.setFont(font, _FONT_SIZE)  # type: ignore[attr-defined]
    pdf.drawCentredString(width / 2, height - _PAGE_NUMBER_Y - _FONT_SIZE, f"- {number} -")  # type: ignore[attr-defined]
    return height - _MARGIN_TOP


def _part_heading(title: str, lap: int) -> str:
    thai = any("\u0e00" <= c <= "\u0e7f" for c in title)
    return f"รายละเอียดส่วนที่ {lap + 1}" if thai else f"Details, part {lap + 1}"


def _wrap(text: str, width: float, measure: Callable[[str], float], first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking at spaces; a run longer than a line breaks between character clusters."""
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
    """The longest prefix of ``word`` that fits in ``room`` and ends before a base character."""
    cut = 1
    for i in range(1, len(word)):
        if measure(word[:i]) > room:
            break
        if unicodedata.category(word[i]) != "Mn":
            cut = i
    return cut
