"""The annotation summary: a reader's marks and notes on a meeting's papers, as a PDF in Thai or English.

Under the meeting's heading and the reader's name, the papers of the meeting come first, then the agenda
items in their order, each with its notes and its papers; under each paper, its marks by page and place
("หน้า 3  เน้นข้อความ (ส่วนตัว)", the quoted text, the note). Marks made on an earlier version of a paper
whose text was not found in the new one are listed under a heading of their own, never left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from emeeting.domain import model as m
from emeeting.reports.common import BundleIndex, header, thai_digits, unbreakable
from emeeting.reports.page_layout import (
    BODY,
    CENTRE,
    CM,
    HEADING,
    Block,
    PageTemplate,
    Paragraph,
    ParaStyle,
    Rendered,
    Spacer,
    Stamp,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts, Span
from emeeting.reports.wording import SECRECY, ReportOptions, Words

PAPER_HEADING = replace(HEADING, space_before=8, left=0.75 * CM)
ENTRY_HEAD = ParaStyle(align="left", left=1.25 * CM, space_before=4, keep_with_next=True)
ENTRY_TEXT = replace(BODY, align="left", left=2.0 * CM)
NOTE_TEXT = replace(BODY, align="left", left=1.25 * CM)
LEFT_OUT_TEXT = replace(NOTE_TEXT, space_before=14)


def _place(annotation: m.Annotation) -> tuple[float, float]:
    """Where on its page a mark begins (top, then left), to list a page's marks in reading order."""
    try:
        value = json.loads(annotation.geometry or "[]")
    except ValueError:
        return (0.0, 0.0)
    while isinstance(value, list) and value and isinstance(value[0], list):
        value = value[0]  # the first rectangle, stroke or point
    if isinstance(value, list) and len(value) >= 2 and all(isinstance(v, int | float) for v in value[:2]):
        return (float(value[1]), float(value[0]))
    return (0.0, 0.0)


def _order(annotations: Sequence[m.Annotation]) -> list[m.Annotation]:
    return sorted(annotations, key=lambda a: (a.page, *_place(a)))


def _entry(words: Words, annotation: m.Annotation, on_paper: bool, reader: str) -> list[Block]:
    """One mark or note: what and where it is and who sees it (and who made it, when someone else shared
    it with the reader), the text it marks, the note."""
    shape = words(f"shape_{annotation.shape.value}")
    what = f"{words('page', page=annotation.page + 1)}  {shape}" if on_paper else shape
    sharing = words(f"sharing_{annotation.sharing.value}")
    if annotation.author and annotation.author != reader:
        sharing += words("made_by", name=annotation.author)
    blocks: list[Block] = [Paragraph((Span(what, bold=True), Span(f"  ({sharing})")), ENTRY_HEAD)]
    quote = " ".join(annotation.quote.split())
    if quote:
        blocks.append(Paragraph.of(f"“{quote}”", ENTRY_TEXT))
    blocks.extend(Paragraph.of(line, ENTRY_TEXT) for line in annotation.text.split("\n") if line.strip())
    return blocks


def _item_headings(words: Words, index: BundleIndex, item: m.AgendaItem, shown: set[str]) -> list[Block]:
    """The item's heading, after those of its sections not shown yet: "ระเบียบวาระที่ 4  …", "4.1  …"."""
    chain = [item]
    while chain[-1].parent_id is not None and chain[-1].parent_id not in shown:
        parent = next((i for i in index.items if i.id == chain[-1].parent_id), None)
        if parent is None:
            break
        chain.append(parent)
    blocks: list[Block] = []
    for entry in reversed(chain):
        shown.add(entry.id)
        number = index.numbers[entry.id]
        title = words("section", number=number) if "." not in number else number
        blocks.append(Paragraph.of(f"{title}  {entry.title}", HEADING, role="heading", anchor=entry.id))
    return blocks


def _papers(
    words: Words,
    documents: Sequence[m.Document],
    marks: dict[str, list[m.Annotation]],
    reader: str,
) -> list[Block]:
    blocks: list[Block] = []
    for document in documents:
        found = marks.get(document.id, [])
        if not found:
            continue
        blocks.append(Paragraph.of(words("paper", name=document.name), PAPER_HEADING))
        for annotation in _order(found):
            blocks.extend(_entry(words, annotation, on_paper=True, reader=reader))
    return blocks


def summary_blocks(
    bundle: m.MeetingBundle,
    annotations: Sequence[m.Annotation],
    reader: str,
    printed: date,
    options: ReportOptions,
    left_out: int = 0,
) -> list[Block]:
    """The summary as blocks. A mark belongs to the current version of its paper when its sha256 is the
    document's; otherwise it is from an earlier version. ``left_out``: how many annotations were kept out
    (on confidential papers sealed where the summary is made), said at the end."""
    words = Words(options)
    index = BundleIndex(bundle)
    documents = sorted(
        bundle.documents,
        key=lambda d: (d.item_id is not None, d.position, d.name),
    )
    by_id = {d.id: d for d in documents}
    current: dict[str, list[m.Annotation]] = {}
    earlier: dict[str, list[m.Annotation]] = {}
    item_notes: dict[str, list[m.Annotation]] = {}
    for annotation in annotations:
        if annotation.shape is m.AnnotationShape.ITEM_NOTE:
            if annotation.item_id in index.numbers:
                item_notes.setdefault(annotation.item_id, []).append(annotation)
            continue
        document = by_id.get(annotation.document_id or "")
        if document is not None and document.sha256 == annotation.sha256:
            current.setdefault(document.id, []).append(annotation)
        else:
            earlier.setdefault(annotation.document_id or "", []).append(annotation)

    blocks = header(words, index, "annotations")
    blocks[-1:-1] = [
        Paragraph.of(words("annotations_of", name=reader), CENTRE),
        Paragraph.of(words("printed", date=words.date(printed, weekday=False)), CENTRE),
    ]
    body: list[Block] = []
    meeting_papers = _papers(words, [d for d in documents if d.item_id is None], current, reader)
    if meeting_papers:
        body.append(Paragraph.of(words("meeting_papers"), HEADING, role="heading"))
        body.extend(meeting_papers)
    shown: set[str] = set()
    for item in index.items:
        papers = _papers(words, [d for d in documents if d.item_id == item.id], current, reader)
        notes = _order(item_notes.get(item.id, []))
        if not papers and not notes:
            continue
        body.extend(_item_headings(words, index, item, shown))
        for note in notes:
            body.extend(_entry(words, note, on_paper=False, reader=reader))
        body.extend(papers)
    if earlier:
        body.append(Paragraph.of(words("earlier_version"), replace(HEADING, space_before=14), role="heading"))
        body.append(Paragraph.of(words("earlier_version_note"), NOTE_TEXT))
        known = [d.id for d in documents if d.id in earlier]
        for document_id in [*known, *sorted(set(earlier) - set(known))]:
            document = by_id.get(document_id)
            name = document.name if document is not None else words("paper_gone")
            body.append(Paragraph.of(words("paper", name=name), PAPER_HEADING))
            for annotation in _order(earlier[document_id]):
                body.extend(_entry(words, annotation, on_paper=True, reader=reader))
    if not body:
        body.append(Paragraph.of(words("none"), CENTRE))
    if left_out:
        body.append(Paragraph.of(words("sealed_left_out", count=left_out), LEFT_OUT_TEXT))
    blocks += [Spacer(4), *body]
    return thai_digits(blocks) if options.thai_digits else blocks


def _template(bundle: m.MeetingBundle, annotations: Sequence[m.Annotation], words: Words) -> PageTemplate:
    """A4 with page numbers, stamped with the highest class of the meeting, its items and the papers the
    summary quotes from."""
    index = BundleIndex(bundle)
    quoted = {a.document_id for a in annotations}
    classes = [index.secrecy(), *(d.secrecy for d in bundle.documents if d.id in quoted)]
    secrecy = words.pick(SECRECY[max(classes, key=lambda s: s.rank)])
    stamps = (Stamp(secrecy, "top"), Stamp(secrecy, "bottom")) if secrecy else ()
    return PageTemplate(thai_digits=words.options.thai_digits, stamps=stamps)


def annotation_summary_pdf(
    bundle: m.MeetingBundle,
    annotations: Sequence[m.Annotation],
    reader: str,
    printed: date,
    fonts: Fonts,
    options: ReportOptions,
    left_out: int = 0,
) -> Rendered:
    """The summary of ``reader``'s ``annotations`` on the meeting's papers, printed on ``printed``."""
    words = Words(options)
    own = [a for a in annotations if a.meeting_id == bundle.meeting.id]
    title = (
        f"{words('annotations')} {bundle.committee.name} {words('meeting_no', label=bundle.meeting.label)}"
    )
    return render_pdf(
        summary_blocks(bundle, own, reader, printed, options, left_out),
        fonts,
        _template(bundle, own, words),
        title=title,
        lang=options.lang,
        keep=unbreakable(BundleIndex(bundle)),
    )
