"""Pieces every meeting document shares: who is who in a bundle, the page template with its secrecy
stamps, signature blocks, and Thai digits over a whole document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from emeeting.domain import model as m
from emeeting.domain.agenda import number_items, ordered
from emeeting.domain.thai import to_thai_digits
from emeeting.reports.page_layout import (
    CENTRE,
    CM,
    Block,
    Cell,
    KeepTogether,
    PageTemplate,
    Paragraph,
    ParaStyle,
    Row,
    Spacer,
    Stamp,
)
from emeeting.reports.thai_text import Span, Unbreakable
from emeeting.reports.wording import SECRECY, Words


class BundleIndex:
    """Lookups over one MeetingBundle."""

    def __init__(self, bundle: m.MeetingBundle) -> None:
        self.bundle = bundle
        self.people = {p.id: p for p in bundle.people}
        self.members = {ms.person_id: ms for ms in bundle.memberships}
        self.items = ordered(bundle.items)
        self.numbers = number_items(bundle.items)
        self.entries = {e.item_id: e for e in bundle.minutes_entries}

    def name(self, person_id: str | None) -> str:
        person = self.people.get(person_id or "")
        return person.display_name if person is not None else ""

    def position(self, person_id: str | None) -> str:
        person = self.people.get(person_id or "")
        return person.position if person is not None else ""

    def children(self, item_id: str | None) -> list[m.AgendaItem]:
        return [i for i in self.items if i.parent_id == item_id]

    def with_role(self, role: m.MemberRole) -> str | None:
        return next((ms.person_id for ms in self.bundle.memberships if ms.role is role), None)

    def secrecy(self) -> m.Secrecy:
        """The highest class of the meeting and its items: the class the whole document carries."""
        classes = [self.bundle.meeting.secrecy, *(i.secrecy for i in self.bundle.items)]
        return max(classes, key=lambda s: s.rank)


def unbreakable(index: BundleIndex) -> Unbreakable:
    """The names of the record that a line must not break inside: every person's name with and without
    the title (นาคสวัสดิ์ never split, นายสมชาย never parted from ใจดี) and their organisations."""
    phrases: list[str] = []
    for person in index.people.values():
        phrases += [person.display_name, f"{person.first_name} {person.last_name}", person.organisation]
        phrases += [person.first_name, person.last_name]
    return Unbreakable(tuple(p for p in phrases if p))


def template(index: BundleIndex, words: Words, extra: Sequence[Stamp] = ()) -> PageTemplate:
    """A4 with page numbers, and the secrecy class in red at the top and bottom of every page."""
    stamps = list(extra)
    secrecy = words.pick(SECRECY[index.secrecy()])
    if secrecy:
        stamps += [Stamp(secrecy, "top"), Stamp(secrecy, "bottom")]
    return PageTemplate(thai_digits=words.options.thai_digits, stamps=tuple(stamps))


def signature(words: Words, name: str, position: str, capacity: str, width: float) -> KeepTogether:
    """A signature block in the right half: (ลงชื่อ) and a dotted line, the name in brackets, the position,
    and the capacity in which the person signs."""
    style = replace(CENTRE, left=width * 0.4)
    lines = [
        Paragraph.of(f"{words('signed')} " + "." * 40, replace(style, space_before=30)),
        Paragraph.of(f"({name})" if name else "(" + "." * 40 + ")", style),
    ]
    if position:
        lines.append(Paragraph.of(position, style))
    lines.append(Paragraph.of(capacity, style))
    return KeepTogether(tuple(lines))


def label_row(
    label: str, text: str, width: float, label_width: float = 3.8 * CM, bold_label: bool = True
) -> Row:
    """ "เรื่อง  ขอเชิญประชุม …": a label and its text, the text wrapping under itself."""
    return Row(
        (
            Cell(Paragraph.of(label, ParaStyle(bold=bold_label, align="left")), 0.0, label_width),
            Cell(Paragraph.of(text, ParaStyle(align="left")), label_width, width - label_width),
        )
    )


@dataclass(frozen=True)
class Person:
    """One line of a list of people: the name, the position or role, and notes under the name."""

    name: str
    role: str
    notes: tuple[str, ...] = ()


def numbered_rows(rows: Sequence[Person], width: float, indent: float = 1.25 * CM) -> list[Block]:
    """A numbered list of people: "1. name" on the left, their role on the right, notes (a substitute's
    member, arrival, reason for absence) on lines of their own under the name, so that each column
    reads back whole in copy and search."""
    if not rows:
        return [Paragraph.of("-", ParaStyle(align="left", left=indent))]
    name_width = width * 0.6 - indent
    blocks: list[Block] = []
    for n, person in enumerate(rows, start=1):
        left = Paragraph.of(f"{n}. {person.name}", ParaStyle(align="left", first=-0.75 * CM, left=0.75 * CM))
        right = Paragraph.of(person.role, ParaStyle(align="left"))
        row = Row(
            (
                Cell(left, indent, name_width),
                Cell(right, indent + name_width + 0.3 * CM, width * 0.4 - 0.3 * CM),
            )
        )
        note_style = ParaStyle(align="left", left=indent + 0.75 * CM)
        notes = tuple(Paragraph.of(note, note_style) for note in person.notes)
        blocks.append(KeepTogether((row, *notes)) if notes else row)
    return blocks


def thai_digits(blocks: Sequence[Block]) -> list[Block]:
    """The same blocks with every digit written in Thai (๐-๙)."""

    def para(p: Paragraph) -> Paragraph:
        return replace(p, spans=tuple(Span(to_thai_digits(s.text), s.bold, s.color) for s in p.spans))

    def block(b: Block) -> Block:
        if isinstance(b, Paragraph):
            return para(b)
        if isinstance(b, Row):
            return replace(b, cells=tuple(replace(c, paragraph=para(c.paragraph)) for c in b.cells))
        if isinstance(b, KeepTogether):
            return KeepTogether(tuple(block(x) for x in b.blocks))
        return b

    return [block(b) for b in blocks]


def header(words: Words, index: BundleIndex, title_key: str) -> list[Block]:
    """The heading every meeting document starts with: the title with the committee, the number, when
    and where."""
    b = index.bundle
    meeting = b.meeting
    title = words(title_key)
    if words.thai:
        first = f"{title}{b.committee.name}"
    else:
        first = f"{title} {b.committee.name}" if title_key == "minutes" else f"{title}: {b.committee.name}"
    when = words("at_time", date=words.date(meeting.start), time=words.time(meeting.start))
    blocks: list[Block] = [
        Paragraph.of(first, ParaStyle(size=18, bold=True, align="centre"), role="title"),
        Paragraph.of(
            words("meeting_no", label=meeting.label), ParaStyle(bold=True, align="centre"), role="title"
        ),
        Paragraph.of(words("when", date=when), CENTRE),
    ]
    if meeting.place:
        blocks.append(Paragraph.of(words("where", place=meeting.place), CENTRE))
    blocks.append(Spacer(8))
    return blocks
