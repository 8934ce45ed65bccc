"""The evidence pack's PDF: the record the Emergency Decree on Electronic Meetings B.E. 2563 asks the
organiser to keep, in Thai or English, set from ``domain.evidence.Evidence`` (the same values as
evidence.json).

Under the meeting's heading: the meeting and its recording, who joined and left the live channel (time,
account, device, address), check-ins with how identity was verified, attendance times, each vote (mode,
rule, when it was open, result; names per choice for an open vote, counts only for a secret one), the
certified minutes' hashes and whether they verify, the table of which requirement each part answers, and
last the whole event log of the channel (the traffic data).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from emeeting.domain import evidence as ev
from emeeting.domain import model as m
from emeeting.domain.thai import format_thai_date
from emeeting.reports.common import BundleIndex, label_row, template, thai_digits
from emeeting.reports.page_layout import (
    CENTRE,
    CM,
    HEADING,
    Block,
    Cell,
    Paragraph,
    ParaStyle,
    Rendered,
    Row,
    Spacer,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts, Unbreakable
from emeeting.reports.wording import ReportOptions, Words

SECTION = replace(HEADING, space_before=12)
LINE = ParaStyle(align="left", left=0.75 * CM)
# The first line of an entry stays on the page with the lines under it.
LEAD = ParaStyle(align="left", left=0.75 * CM, keep_with_next=True)
SUB_LINE = ParaStyle(align="left", left=1.5 * CM)
SMALL = ParaStyle(size=13, align="left", left=0.75 * CM)
# Values a reader compares or types elsewhere — hashes, links, devices and addresses, the event log — keep
# their Arabic digits when the document is written in Thai digits.
HASH = ParaStyle(size=11, align="left", left=0.75 * CM)
LINK = ParaStyle(size=13, align="left", left=0.75 * CM)
TECH = ParaStyle(size=14, align="left", left=1.5 * CM)
LOG = ParaStyle(size=12, align="left", left=0.75 * CM)
_AS_STORED = (HASH, replace(HASH, left=0.0), LINK, TECH, LOG)
TABLE_HEAD = ParaStyle(size=14, bold=True, align="left")
TABLE_CELL = ParaStyle(size=14, align="left")


def _stamp(words: Words, at: datetime) -> str:
    """Date and time to the second, as a log needs it: "7 ธ.ค. 2569 14.30.05 น." / "7 Dec 2026 14:30:05"."""
    local = words.local(at)
    if words.thai:
        return f"{format_thai_date(local.date(), short=True)} {local:%H.%M.%S} น."
    return f"{local.day} {local:%b %Y %H:%M:%S}"


def _time(words: Words, at: datetime | None) -> str:
    return words.time(at) if at is not None else "-"


def _meeting(words: Words, evidence: ev.Evidence, width: float) -> list[Block]:
    meeting = evidence.meeting
    blocks: list[Block] = [
        Paragraph.of(words("ev_meeting"), SECTION, role="heading"),
        label_row(words("ev_subject"), meeting.title, width, label_width=4.5 * CM),
        label_row(words("ev_mode"), words(f"ev_mode_{meeting.mode.value}"), width, label_width=4.5 * CM),
    ]
    # Links on lines of their own, small enough that an address is seldom broken.
    for label, link in (
        (words("ev_online_link"), meeting.online_link),
        (words("ev_recording"), evidence.recording_link),
    ):
        blocks += [
            Paragraph.of(label, replace(LEAD, left=0.0, bold=True)),
            Paragraph.of(link or words("ev_none"), LINK),
        ]
    return blocks


def _connections(words: Words, evidence: ev.Evidence) -> list[Block]:
    blocks: list[Block] = [Paragraph.of(words("ev_connections"), SECTION, role="heading")]
    if not evidence.connections:
        return [*blocks, Paragraph.of(words("ev_none"), LINE)]
    for c in evidence.connections:
        event = words("ev_joined" if c.event == "joined" else "ev_left")
        known = c.name if c.name != c.user else ""  # a person this store knows the account of
        details = [words("ev_account", user=c.user)] if c.user else []
        if c.device:
            details.append(words("ev_device", device=c.device))
        if c.address:
            details.append(words("ev_address", address=c.address))
        head = "  ".join(part for part in (_stamp(words, c.at), event, known) if part)
        blocks.append(Paragraph.of(head, LEAD if details else LINE))
        if details:
            blocks.append(Paragraph.of("  ".join(details), TECH))
    return blocks


def _verified(words: Words, how: str) -> str:
    key = f"ev_verified_{how}"
    try:
        return words(key)
    except KeyError:  # a method this version does not name: shown as the server wrote it
        return how or "-"


def _checkins(words: Words, evidence: ev.Evidence) -> list[Block]:
    blocks: list[Block] = [Paragraph.of(words("ev_checkins"), SECTION, role="heading")]
    if not evidence.checkins:
        return [*blocks, Paragraph.of(words("ev_none"), LINE)]
    for c in evidence.checkins:
        mode = words("ev_checkin_online" if c.mode == "online" else "ev_checkin_present")
        lines = [
            Paragraph.of(f"{_time(words, c.at)}  {c.name}  {mode}", LEAD),
            Paragraph.of(words("ev_verified_by", how=_verified(words, c.verified_by)), SUB_LINE),
        ]
        details = [words("ev_device", device=c.device)] if c.device else []
        if c.address:
            details.append(words("ev_address", address=c.address))
        if details:
            lines.append(Paragraph.of("  ".join(details), TECH))
        blocks += lines
    return blocks


def _attendance(words: Words, evidence: ev.Evidence) -> list[Block]:
    blocks: list[Block] = [Paragraph.of(words("ev_attendance"), SECTION, role="heading")]
    if not evidence.attendance:
        return [*blocks, Paragraph.of(words("ev_none"), LINE)]
    for n, a in enumerate(evidence.attendance, start=1):
        role = words(f"ev_role_{a.role.value}")
        name = f"{n}. {a.name} ({role})"
        if a.substitute_for:
            name += " " + words("ev_instead_of", name=a.substitute_for)
        notes = [words(f"ev_attendance_{a.attendance.value}")]
        if a.arrived_at is not None:
            notes.append(words("ev_arrived", time=words.time(a.arrived_at)))
        if a.left_at is not None:
            notes.append(words("ev_departed", time=words.time(a.left_at)))
        blocks += [Paragraph.of(name, LEAD), Paragraph.of("  ".join(notes), SUB_LINE)]
    return blocks


def _rule(words: Words, vote: ev.VoteRecord) -> str:
    return words(f"ev_rule_{vote.rule.value}", fraction=vote.fraction)


def _vote(words: Words, vote: ev.VoteRecord) -> list[Block]:
    mode = words("ev_vote_secret" if vote.kind is m.VoteKind.SECRET else "ev_vote_open")
    lines: list[Block] = [
        Paragraph.of(
            words("ev_vote_item", number=vote.item_number, title=vote.item_title),
            replace(LEAD, bold=True, space_before=6),
        ),
        Paragraph.of(words("ev_question", question=vote.question), replace(SUB_LINE, keep_with_next=True)),
        Paragraph.of(words("ev_vote_mode", mode=mode, rule=_rule(words, vote)), SUB_LINE),
    ]
    if vote.opened_at is not None:
        opened, closed = _time(words, vote.opened_at), _time(words, vote.closed_at)
        lines.append(Paragraph.of(words("ev_vote_times", opened=opened, closed=closed), SUB_LINE))
    else:
        lines.append(Paragraph.of(words("ev_by_hand"), SUB_LINE))
    tally = words("tally", yes=vote.votes_for, no=vote.votes_against, abstain=vote.abstentions)
    lines.append(Paragraph.of(tally, SUB_LINE))
    lines.append(Paragraph.of(words(f"ev_result_{vote.result.value}"), SUB_LINE))
    if vote.kind is m.VoteKind.OPEN:
        for choice, names in vote.names:
            if names:
                label = words(f"choice_{choice.value}")
                lines.append(Paragraph.of(words("ev_names", choice=label, names=", ".join(names)), SUB_LINE))
    return lines


def _votes(words: Words, evidence: ev.Evidence) -> list[Block]:
    blocks: list[Block] = [Paragraph.of(words("ev_votes"), SECTION, role="heading")]
    if not evidence.votes:
        return [*blocks, Paragraph.of(words("ev_none"), LINE)]
    for vote in evidence.votes:
        blocks += _vote(words, vote)
    return blocks


def _minutes(words: Words, evidence: ev.Evidence) -> list[Block]:
    seal = evidence.minutes
    blocks: list[Block] = [Paragraph.of(words("ev_minutes"), SECTION, role="heading")]
    if not seal.certified:
        return [*blocks, Paragraph.of(words("ev_not_certified"), LINE)]
    if seal.certified_at is not None:
        when = words.date(seal.certified_at, weekday=False)
        blocks.append(Paragraph.of(words("ev_certified_at", when=when), LINE))
    blocks += [
        Paragraph.of(words("ev_certified_sha"), LINE),
        Paragraph.of(seal.certified_sha256, HASH),
    ]
    if seal.latest_version:
        blocks += [
            Paragraph.of(words("ev_latest_sha", version=seal.latest_version), LINE),
            Paragraph.of(seal.latest_sha256, HASH),
        ]
    blocks.append(
        Paragraph.of(words("ev_verified" if seal.verified else "ev_not_verified"), replace(LINE, bold=True))
    )
    return blocks


#: Each part of the pack and the requirement it answers (wording keys).
BASIS: tuple[tuple[str, str], ...] = (
    ("ev_checkins", "ev_basis_identity"),
    ("ev_connections", "ev_basis_traffic"),
    ("ev_attendance", "ev_basis_attendance"),
    ("ev_votes", "ev_basis_votes"),
    ("ev_recording", "ev_basis_recording"),
    ("ev_minutes", "ev_basis_minutes"),
)


def _basis(words: Words, evidence: ev.Evidence, width: float) -> list[Block]:
    part_width = width * 0.32
    gap = 0.3 * CM

    def row(left: str, right: str, style: ParaStyle) -> Row:
        return Row(
            (
                Cell(Paragraph.of(left, style), 0.0, part_width),
                Cell(Paragraph.of(right, style), part_width + gap, width - part_width - gap),
            ),
            space_after=4,
        )

    blocks: list[Block] = [
        Paragraph.of(words("ev_basis"), SECTION, role="heading"),
        Paragraph.of(f"{words('ev_decree')}; {words('ev_standard')}", replace(TABLE_CELL, space_after=4)),
        row(words("ev_basis_part"), words("ev_basis_clause"), TABLE_HEAD),
    ]
    blocks += [row(words(part), words(clause), TABLE_CELL) for part, clause in BASIS]
    blocks.append(row(words("ev_log", count=len(evidence.log)), words("ev_basis_traffic"), TABLE_CELL))
    return blocks


def _data(data: dict[str, Any]) -> str:
    return "  ".join(f"{key}={'' if value is None else value}" for key, value in data.items())


def _log(words: Words, evidence: ev.Evidence) -> list[Block]:
    blocks: list[Block] = [
        Paragraph.of(words("ev_log", count=len(evidence.log)), SECTION, role="heading"),
        Paragraph.of(words("ev_log_note"), SMALL),
    ]
    if not evidence.log:
        return [*blocks, Paragraph.of(words("ev_none"), LINE)]
    for e in evidence.log:
        head = f"#{e.id}  {_stamp(words, e.at)}  {e.type}"
        if e.by:
            head += f"  {e.by}"
        detail = _data(e.data)
        blocks.append(Paragraph.of(f"{head}  {detail}" if detail else head, LOG))
    return blocks


def _heading(words: Words, evidence: ev.Evidence) -> list[Block]:
    """The title, the committee, the meeting's number, when and where, and when the pack was made."""
    meeting = evidence.meeting
    title = ParaStyle(size=18, bold=True, align="centre")
    when = words("at_time", date=words.date(meeting.start), time=words.time(meeting.start))
    blocks: list[Block] = [
        Paragraph.of(words("ev_title"), title, role="title"),
        Paragraph.of(evidence.committee.name, title, role="title"),
        Paragraph.of(words("meeting_no", label=meeting.label), replace(title, size=16), role="title"),
        Paragraph.of(words("when", date=when), CENTRE),
    ]
    if meeting.place:
        blocks.append(Paragraph.of(words("where", place=meeting.place), CENTRE))
    blocks += [
        Paragraph.of(words("ev_generated", when=_stamp(words, evidence.generated_at)), CENTRE),
        Spacer(8),
    ]
    return blocks


def evidence_blocks(
    evidence: ev.Evidence, options: ReportOptions, width: float, json_sha256: str = ""
) -> list[Block]:
    words = Words(options)
    blocks = _heading(words, evidence)
    if json_sha256:
        blocks += [
            Paragraph.of(words("ev_json_sha"), replace(LEAD, left=0.0)),
            Paragraph.of(json_sha256, replace(HASH, left=0.0)),
        ]
    blocks += _meeting(words, evidence, width)
    blocks += _connections(words, evidence)
    blocks += _checkins(words, evidence)
    blocks += _attendance(words, evidence)
    blocks += _votes(words, evidence)
    blocks += _minutes(words, evidence)
    blocks += _basis(words, evidence, width)
    blocks += [Spacer(6), *_log(words, evidence)]
    return _thai_digits(blocks) if options.thai_digits else blocks


def _thai_digits(blocks: list[Block]) -> list[Block]:
    """Thai digits everywhere but in the values kept as stored (``_AS_STORED``)."""
    return [b if isinstance(b, Paragraph) and b.style in _AS_STORED else thai_digits([b])[0] for b in blocks]


def evidence_pdf(
    evidence: ev.Evidence, fonts: Fonts, options: ReportOptions, json_sha256: str = ""
) -> Rendered:
    """The PDF of ``evidence``; ``json_sha256``: the hash of the evidence.json it goes with, printed
    under the heading."""
    words = Words(options)
    index = BundleIndex(m.MeetingBundle(evidence.committee, evidence.meeting))
    page = template(index, words)
    # The names the pack prints, never broken across lines (as the minutes keep the record's names).
    names = {a.name for a in evidence.attendance} | {c.name for c in evidence.checkins}
    names |= {c.name for c in evidence.connections}
    keep = Unbreakable(tuple(sorted(names)))
    title = (
        f"{words('ev_title')} {evidence.committee.name} {words('meeting_no', label=evidence.meeting.label)}"
    )
    return render_pdf(
        evidence_blocks(evidence, options, page.text_width, json_sha256),
        fonts,
        page,
        title=title,
        lang=options.lang,
        keep=keep,
    )
