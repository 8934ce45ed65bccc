"""The agenda (ระเบียบวาระการประชุม): every item with its presenter, background, facts, legal basis and
proposal, under the meeting's heading."""

from __future__ import annotations

from dataclasses import replace

from emeeting.domain import model as m
from emeeting.reports.common import BundleIndex, header, template, thai_digits, unbreakable
from emeeting.reports.page_layout import BODY, CM, HEADING, Block, Paragraph, Rendered, render_pdf
from emeeting.reports.thai_text import RED, Fonts, Span
from emeeting.reports.wording import ReportOptions, Words

PARAGRAPH = replace(BODY, first=2.5 * CM)
_FIELDS = ("background", "facts", "legal_basis", "proposal")


def agenda_blocks(bundle: m.MeetingBundle, options: ReportOptions) -> list[Block]:
    words = Words(options)
    index = BundleIndex(bundle)
    blocks = header(words, index, "agenda")
    for item in index.items:
        number = index.numbers[item.id]
        depth = number.count(".")
        closed = [Span(f"  ({words('closed_item')})", bold=True, color=RED)] if item.closed else []
        if depth == 0:
            spans = (Span(f"{words('section', number=number)}  {item.title}", bold=True), *closed)
            blocks.append(Paragraph(spans, replace(HEADING, space_before=10), role="heading", anchor=item.id))
        else:
            style = replace(HEADING, left=0.75 * CM * (depth - 1) + 1.25 * CM, first=-1.25 * CM)
            spans = (Span(f"{number}  {item.title}", bold=True), *closed)
            blocks.append(Paragraph(spans, style, role="subheading", anchor=item.id))
        if item.presenter_id:
            blocks.append(
                Paragraph(
                    (Span(f"{words('presenter')}: ", bold=True), Span(index.name(item.presenter_id))),
                    PARAGRAPH,
                )
            )
        for name in _FIELDS:
            text: str = getattr(item, name)
            paragraphs = [p for p in text.split("\n") if p.strip()]
            if not paragraphs:
                continue
            blocks.append(Paragraph.of(words(name), replace(PARAGRAPH, bold=True, keep_with_next=True)))
            blocks.extend(Paragraph.of(p, PARAGRAPH) for p in paragraphs)
    return thai_digits(blocks) if options.thai_digits else blocks


def agenda_pdf(bundle: m.MeetingBundle, fonts: Fonts, options: ReportOptions) -> Rendered:
    words = Words(options)
    title = f"{words('agenda')} {bundle.committee.name} {words('meeting_no', label=bundle.meeting.label)}"
    index = BundleIndex(bundle)
    return render_pdf(
        agenda_blocks(bundle, options),
        fonts,
        template(index, words),
        title=title,
        lang=options.lang,
        keep=unbreakable(index),
    )
