"""Word (DOCX) output of the same blocks the PDFs are set from, for secretaries who finish in Word.

Headings become Word headings (so the navigation pane lists the items), rows become borderless tables,
the page number sits at the top centre from page 2 (a PAGE field, in Thai digits when asked), and the
secrecy class is in red in the header and footer. Text is in TH SarabunPSK 16 pt, the font of Thai
official documents, set for complex scripts too so Word uses it for Thai. python-docx is imported here
only, and this module only when a DOCX is asked for.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from emeeting.domain import model as m
from emeeting.reports.common import BundleIndex, template
from emeeting.reports.minutes import DRAFT_EN, DRAFT_TH, minutes_blocks, minutes_title
from emeeting.reports.page_layout import Block, KeepTogether, PageBreak, PageTemplate, Paragraph, Row, Spacer
from emeeting.reports.wording import ReportOptions, Words

FONT = "TH SarabunPSK"


def _font(
    run_or_style: Any, size: float, bold: bool = False, rgb: tuple[float, float, float] | None = None
) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = run_or_style.font
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    if rgb is not None:
        font.color.rgb = RGBColor(*(round(c * 255) for c in rgb))
    r_pr = run_or_style.element.get_or_add_rPr()
    fonts = r_pr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    size_cs = r_pr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = r_pr.makeelement(qn("w:szCs"), {})
        r_pr.append(size_cs)
    size_cs.set(qn("w:val"), str(round(size * 2)))
    if bold:
        b_cs = r_pr.makeelement(qn("w:bCs"), {})
        r_pr.append(b_cs)


def _paragraph(
    container: Any, para: Paragraph, thai: bool, keep: bool = False, space_before: float = 0.0
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    style = para.style
    styles = {"heading": "Heading 1", "subheading": "Heading 2"}
    out = container.add_paragraph(style=styles.get(para.role))
    align = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "centre": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY if thai else WD_ALIGN_PARAGRAPH.JUSTIFY,
    }
    fmt = out.paragraph_format
    fmt.alignment = align[style.align]
    fmt.left_indent = Pt(style.left) if style.left else None
    fmt.right_indent = Pt(style.right) if style.right else None
    fmt.first_line_indent = Pt(style.first) if style.first else None
    fmt.space_before = Pt(style.space_before + space_before)
    fmt.space_after = Pt(style.space_after)
    # Single spacing: Word then spaces the lines by the font's own metrics, as the PDF does, and
    # never clips the marks stacked over Thai letters the way an exact spacing does.
    fmt.line_spacing = Pt(style.leading) if style.leading else 1.0
    fmt.keep_with_next = style.keep_with_next or keep
    for span in para.spans:
        run = out.add_run(span.text)
        _font(run, style.size, span.bold or style.bold, span.color if any(span.color) else None)
    return out


def _rows(document: Any, rows: Sequence[Row], thai: bool, width: float) -> None:
    """Consecutive rows as one borderless table, the columns as wide as the PDF's cells."""
    from docx.shared import Pt

    columns = max(len(r.cells) for r in rows)
    table = document.add_table(rows=0, cols=columns)
    table.autofit = False
    first = rows[0].cells
    edges = [c.x for c in first] + [width]
    widths = [max(edges[i + 1] - edges[i], 10.0) for i in range(len(first))]
    for row in rows:
        cells = table.add_row().cells
        for i, cell in enumerate(row.cells):
            target = cells[i]
            target.width = Pt(widths[min(i, len(widths) - 1)])
            kept = target.paragraphs[0]
            _paragraph(target, cell.paragraph, thai)
            kept._element.getparent().remove(kept._element)  # the empty paragraph every new cell has


def _header_footer(section: Any, t: PageTemplate, thai_digits: bool) -> None:
    """Page numbers "- n -" at the top centre from page 2; secrecy stamps in red on every page."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    section.different_first_page_header_footer = True
    top = [s.text for s in t.stamps if s.where == "top"]
    bottom = [s.text for s in t.stamps if s.where == "bottom"]
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        para = header.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text in top:
            _font(para.add_run(text + "\n"), 20, True, (0.8, 0.0, 0.0))
        if numbered:
            _font(para.add_run("- "), 16)
            instr = "PAGE \\* ThaiArabic" if thai_digits else "PAGE"
            field = para._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): instr})
            shown = para.add_run("2")  # what a reader shows until it updates the field
            _font(shown, 16)
            field.append(shown._r)
            para._p.append(field)
            _font(para.add_run(" -"), 16)
    if t.watermark:
        for header in (section.first_page_header, section.header):
            _watermark(header, t.watermark)
    for footer in (section.first_page_footer, section.footer):
        para = footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text in bottom:
            _font(para.add_run(text), 20, True, (0.8, 0.0, 0.0))


_WATERMARK = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    "<w:r><w:pict>"
    '<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" o:spt="136" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;rotation:{angle};'
    "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="#cccccc" stroked="f">'
    '<v:path textpathok="t"/>'
    '<v:textpath on="t" fitshape="t" style="font-family:&quot;{font}&quot;;font-size:1pt" string="{text}"/>'
    "</v:shape></w:pict></w:r></w:p>"
)


def _watermark(header: Any, text: str) -> None:
    """Word's own watermark (Design > Watermark): light grey text across the page, behind the text,
    in the header so that it is on every page."""
    from xml.sax.saxutils import quoteattr

    from docx.oxml import parse_xml

    width = 110 * len(text) if text.isascii() else 90 * len(text)
    xml = _WATERMARK.format(width=width, height=160, angle=315, font=FONT, text=quoteattr(text)[1:-1])
    (run,) = parse_xml(xml)  # the run goes into the header's first paragraph: no extra line
    header.paragraphs[0]._p.append(run)


def blocks_docx(
    blocks: Sequence[Block], t: PageTemplate, *, title: str, thai: bool, thai_digits: bool
) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = title
    section = document.sections[0]
    section.page_width, section.page_height = Pt(t.width), Pt(t.height)
    section.left_margin, section.right_margin = Pt(t.margin_left), Pt(t.margin_right)
    section.top_margin, section.bottom_margin = Pt(t.margin_top), Pt(t.margin_bottom)
    section.header_distance = Pt(28)
    for name in ("Normal", "Heading 1", "Heading 2"):
        _font(document.styles[name], 16, name != "Normal", (0.0, 0.0, 0.0))
    _header_footer(section, t, thai_digits)

    pending_space = 0.0
    flat: list[tuple[Block, bool]] = []

    def flatten(block: Block, keep: bool) -> None:
        if isinstance(block, KeepTogether):
            for i, inner in enumerate(block.blocks):
                flatten(inner, i < len(block.blocks) - 1)
        else:
            flat.append((block, keep))

    for block in blocks:
        flatten(block, False)
    i = 0
    while i < len(flat):
        block, keep = flat[i]
        if isinstance(block, Spacer):
            pending_space += block.height
        elif isinstance(block, PageBreak):
            document.add_page_break()  # type: ignore[no-untyped-call]
        elif isinstance(block, Paragraph):
            _paragraph(document, block, thai, keep, pending_space)
            pending_space = 0.0
        elif isinstance(block, Row):
            rows = [block]
            while i + 1 < len(flat) and isinstance(flat[i + 1][0], Row):
                i += 1
                rows.append(flat[i][0])  # type: ignore[arg-type]
            _rows(document, rows, thai, t.text_width)
        i += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def minutes_docx(bundle: m.MeetingBundle, options: ReportOptions, *, draft: bool = False) -> bytes:
    """The minutes as Word; ``draft`` (not yet certified) puts "ร่าง" / "DRAFT" across every page."""
    words = Words(options)
    page_template = template(BundleIndex(bundle), words)
    if draft:
        page_template = replace(page_template, watermark=DRAFT_TH if words.thai else DRAFT_EN)
    return blocks_docx(
        minutes_blocks(bundle, options),
        page_template,
        title=minutes_title(bundle, options),
        thai=options.lang == "th",
        thai_digits=options.thai_digits,
    )
