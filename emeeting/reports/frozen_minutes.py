"""Certified minutes set from their frozen text: the words are exactly the text that was certified (or
last amended) and hashed, line for line; only the layout comes from each line's part of form แบบที่ 11.

The caller (services.minutes.frozen_minutes) has checked the text against its hash and says what part
each line is: "title", "number", "subtitle", "heading", "list", "item", "subitem", "signature", "body".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from emeeting.domain import model as m
from emeeting.reports.common import BundleIndex, template, thai_digits, unbreakable
from emeeting.reports.minutes import LIST_HEADING, PARAGRAPH, TEXT_WIDTH, minutes_title
from emeeting.reports.page_layout import (
    CENTRE,
    CM,
    HEADING,
    TITLE,
    Block,
    Paragraph,
    ParaStyle,
    Rendered,
    Role,
    Spacer,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions, Words

_STYLES: dict[str, ParaStyle] = {
    "title": TITLE,
    "number": ParaStyle(bold=True, align="centre"),
    "subtitle": CENTRE,
    "heading": LIST_HEADING,
    "list": ParaStyle(align="left", left=1.25 * CM),
    "item": replace(LIST_HEADING, space_before=10),
    "subitem": replace(HEADING, left=1.25 * CM),
    "signature": ParaStyle(align="centre", left=TEXT_WIDTH / 2, space_before=14),
    "body": PARAGRAPH,
}
_ROLES: dict[str, Role] = {
    "title": "title",
    "number": "title",
    "heading": "heading",
    "item": "heading",
    "subitem": "subheading",
}


def frozen_minutes_blocks(lines: Sequence[tuple[str, str]], options: ReportOptions) -> list[Block]:
    blocks: list[Block] = []
    for n, (part, text) in enumerate(lines):
        if not text.strip():
            continue
        style = _STYLES.get(part, PARAGRAPH)
        blocks.append(Paragraph.of(text, style, role=_ROLES.get(part, "body")))
        following = lines[n + 1][0] if n + 1 < len(lines) else ""
        if part in ("title", "number", "subtitle") and following not in ("number", "subtitle"):
            blocks.append(Spacer(8))  # the heading block ends, as in minutes set from the record
    return thai_digits(blocks) if options.thai_digits else blocks


def frozen_minutes_pdf(
    bundle: m.MeetingBundle, lines: Sequence[tuple[str, str]], fonts: Fonts, options: ReportOptions
) -> Rendered:
    index = BundleIndex(bundle)
    return render_pdf(
        frozen_minutes_blocks(lines, options),
        fonts,
        template(index, Words(options)),
        title=minutes_title(bundle, options),
        lang=options.lang,
        keep=unbreakable(index),  # the record's names, as the minutes set from the record keep them
    )


def frozen_minutes_docx(
    bundle: m.MeetingBundle, lines: Sequence[tuple[str, str]], options: ReportOptions
) -> bytes:
    from emeeting.reports.docx_writer import blocks_docx

    return blocks_docx(
        frozen_minutes_blocks(lines, options),
        template(BundleIndex(bundle), Words(options)),
        title=minutes_title(bundle, options),
        thai=options.lang == "th",
        thai_digits=options.thai_digits,
    )
