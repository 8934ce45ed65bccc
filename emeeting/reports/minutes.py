"""Minutes in form แบบที่ 11 of the Correspondence Regulation 2526, from a MeetingBundle.

``minutes_blocks`` builds the document once as blocks; ``minutes_pdf`` sets them on pages and
``reports.docx_writer`` writes the same blocks to Word. Each item's text is the minutes' entry for it
(the draft as edited by the secretary); an item without an entry shows its recorded resolution, votes,
recusals and dissent.
"""

from __future__ import annotations

from dataclasses import replace

from emeeting.domain import model as m
from emeeting.reports.common import (
    BundleIndex,
    Person,
    header,
    numbered_rows,
    signature,
    template,
    thai_digits,
    unbreakable,
)
from emeeting.reports.page_layout import (
    BODY,
    CM,
    HEADING,
    Block,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Rendered,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts, Span
from emeeting.reports.wording import ROLE_ORDER, ReportOptions, Words

TEXT_WIDTH = PageTemplate().text_width
PARAGRAPH = replace(BODY, first=2.5 * CM)  # Thai paragraphs start 2.5 cm in
LIST_HEADING = replace(HEADING, space_before=8)
DRAFT_TH, DRAFT_EN = "ร่าง", "DRAFT"  # the watermark of minutes not yet certified


def _attendance(index: BundleIndex, words: Words) -> tuple[list[Person], list[Person], list[Person]]:
    """(present, absent, in attendance), members in the order of their role in the committee."""
    b = index.bundle
    present: list[tuple[tuple[int, str], Person]] = []
    absent: list[tuple[tuple[int, str], Person]] = []
    others: list[Person] = []
    stood_in = {
        i.substitute_for_id for i in b.invitations if i.substitute_for_id and i.attendance in m.ATTENDED
    }

    def rank(person_id: str) -> tuple[int, str]:
        ms = index.members.get(person_id)
        return (ROLE_ORDER[ms.role] if ms else 9, index.name(person_id))

    def role(person_id: str) -> str:
        ms = index.members.get(person_id)
        return words.role(ms.role, ms.voting) if ms else index.position(person_id)

    for inv in b.invitations:
        notes: list[str] = []
        if inv.substitute_for_id:
            notes.append(words("instead_of", member=index.name(inv.substitute_for_id)))
        if inv.attendance is m.Attendance.ONLINE:
            notes.append(words("online"))
        if inv.attendance is m.Attendance.LATE and inv.arrived_at:
            notes.append(words("late", time=words.time(inv.arrived_at)))
        if inv.attendance is m.Attendance.LEFT_EARLY and inv.left_at:
            notes.append(words("left", time=words.time(inv.left_at)))
        name = index.name(inv.person_id)
        member_id = inv.substitute_for_id or inv.person_id
        is_member = inv.substitute_for_id is not None or (
            inv.role is m.InviteeRole.MEMBER and inv.person_id in index.members
        )
        if inv.attendance in m.ATTENDED:
            if is_member:
                present.append((rank(member_id), Person(name, role(member_id), tuple(notes))))
            else:
                others.append(Person(name, index.position(inv.person_id), tuple(notes)))
        elif is_member and not inv.substitute_for_id and inv.person_id not in stood_in:
            reason = inv.absence_reason or inv.rsvp_reason
            absent.append((rank(member_id), Person(name, role(member_id), (reason,) if reason else ())))
    present.sort(key=lambda r: r[0])
    absent.sort(key=lambda r: r[0])
    return [r for _, r in present], [r for _, r in absent], others


def _entry_paragraphs(text: str, words: Words) -> list[Block]:
    """An edited entry's text: one paragraph per line; a line opening with the resolution label shows
    the label in bold."""
    labels = ("มติที่ประชุม", "Resolution")
    blocks: list[Block] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        label = next((x for x in labels if line.startswith(x)), None)
        if label is not None:
            spans = (Span(label, bold=True), Span(line[len(label) :]))
            blocks.append(Paragraph(spans, PARAGRAPH))
        else:
            blocks.append(Paragraph.of(line, PARAGRAPH))
    return blocks


def _recorded(item: m.AgendaItem, index: BundleIndex, words: Words) -> list[Block]:
    """What was recorded on an item without an entry: the resolution, votes, recusals and dissent."""
    b = index.bundle
    blocks: list[Block] = []
    for recusal in (r for r in b.recusals if r.item_id == item.id):
        blocks.append(Paragraph.of(words("recused", name=index.name(recusal.person_id)), PARAGRAPH))
    if item.resolution:
        blocks.append(
            Paragraph((Span(words("resolution"), bold=True), Span(" " + item.resolution)), PARAGRAPH)
        )
    for vote in (v for v in b.votes if v.item_id == item.id):
        blocks.extend(_vote(vote, index, words))
    dissents = [d for d in b.dissents if d.item_id == item.id]
    if dissents:
        blocks.append(Paragraph.of(words("dissent"), replace(PARAGRAPH, bold=True)))
        for d in dissents:
            blocks.append(
                Paragraph.of(
                    words("dissent_text", name=index.name(d.person_id), reasons=d.reasons), PARAGRAPH
                )
            )
    return blocks


def _vote(vote: m.Vote, index: BundleIndex, words: Words) -> list[Block]:
    ballots = [x for x in index.bundle.ballots if x.vote_id == vote.id]
    if vote.kind is m.VoteKind.OPEN and ballots:
        count = {c: sum(1 for x in ballots if x.choice is c) for c in m.Choice}
        yes, no, abstain = count[m.Choice.FOR], count[m.Choice.AGAINST], count[m.Choice.ABSTAIN]
    else:
        yes, no, abstain = vote.votes_for, vote.votes_against, vote.abstentions
    kind = words("vote_open" if vote.kind is m.VoteKind.OPEN else "vote_secret")
    question = f" — {vote.question}" if vote.question else ""
    lines = [f"{kind}{question}: {words('tally', yes=yes, no=no, abstain=abstain)}"]
    if vote.kind is m.VoteKind.OPEN:
        for choice, key in ((m.Choice.AGAINST, "against_names"), (m.Choice.ABSTAIN, "abstain_names")):
            names = [index.name(x.person_id) for x in ballots if x.choice is choice]
            if names:
                lines.append(words(key, names=", ".join(names)))
    if vote.casting_vote is not None:
        lines.append(words("casting", choice=words(f"choice_{vote.casting_vote.value}")))
    if vote.result is not m.VoteResult.PENDING:
        lines.append(words("passed" if vote.result is m.VoteResult.PASSED else "rejected"))
    return [Paragraph.of(line, PARAGRAPH) for line in lines]


def _body(index: BundleIndex, words: Words) -> list[Block]:
    blocks: list[Block] = []
    for item in index.items:
        number = index.numbers[item.id]
        depth = number.count(".")
        if depth == 0:
            title = f"{words('section', number=number)}  {item.title}"
            blocks.append(
                Paragraph.of(title, replace(LIST_HEADING, space_before=10), role="heading", anchor=item.id)
            )
        else:
            indent = 0.75 * CM * (depth - 1)
            style = replace(HEADING, left=indent + 1.25 * CM, first=-1.25 * CM)
            blocks.append(Paragraph.of(f"{number}  {item.title}", style, role="subheading", anchor=item.id))
        entry = index.entries.get(item.id)
        content = _entry_paragraphs(entry.text, words) if entry is not None else _recorded(item, index, words)
        if not content and not index.children(item.id):
            content = [Paragraph.of(words("none"), replace(BODY, align="centre"))]
        blocks.extend(content)
    return blocks


def minutes_blocks(bundle: m.MeetingBundle, options: ReportOptions) -> list[Block]:
    words = Words(options)
    index = BundleIndex(bundle)
    minutes = bundle.minutes
    meeting = bundle.meeting
    present, absent, others = _attendance(index, words)
    width = TEXT_WIDTH
    blocks = header(words, index, "minutes")
    blocks.append(Paragraph.of(words("present"), LIST_HEADING, role="heading"))
    blocks += numbered_rows(present, width)
    blocks.append(Paragraph.of(words("absent"), LIST_HEADING, role="heading"))
    blocks += numbered_rows(absent, width)
    blocks.append(Paragraph.of(words("attending"), LIST_HEADING, role="heading"))
    blocks += numbered_rows(others, width)
    started = (minutes.started_at if minutes else None) or meeting.start
    blocks.append(Paragraph.of(words("began", time=words.time(started)), LIST_HEADING, role="heading"))
    if meeting.reconvened:
        blocks.append(Paragraph.of(words("quorum_note"), PARAGRAPH))
    blocks.append(Paragraph.of(words("opening"), PARAGRAPH))
    blocks += _body(index, words)
    ended = (minutes.ended_at if minutes else None) or meeting.end
    end_text = words.time(ended) if ended else "." * 20
    taker = minutes.taker_id if minutes else None
    checker = minutes.checker_id if minutes else None
    if taker is None:
        taker = index.with_role(m.MemberRole.ASSISTANT_SECRETARY) or index.with_role(m.MemberRole.SECRETARY)
    if checker is None:
        checker = index.with_role(m.MemberRole.SECRETARY)
    # The closing time goes with the signatures: a page of signatures alone is not accepted.
    closing = Paragraph.of(
        words("ended", time=end_text), replace(LIST_HEADING, space_before=14), role="heading"
    )
    blocks.append(
        KeepTogether(
            (
                closing,
                signature(words, index.name(taker), index.position(taker), words("taker"), width),
                signature(words, index.name(checker), index.position(checker), words("checker"), width),
            )
        )
    )
    return thai_digits(blocks) if options.thai_digits else blocks


def minutes_title(bundle: m.MeetingBundle, options: ReportOptions) -> str:
    words = Words(options)
    return (
        f"{words('minutes_title')} {bundle.committee.name} {words('meeting_no', label=bundle.meeting.label)}"
    )


def minutes_pdf(
    bundle: m.MeetingBundle, fonts: Fonts, options: ReportOptions, *, draft: bool = False
) -> Rendered:
    """The minutes as a PDF; ``draft`` (minutes not yet certified) puts "ร่าง" / "DRAFT" across every page."""
    words = Words(options)
    blocks = minutes_blocks(bundle, options)
    index = BundleIndex(bundle)
    page_template = template(index, words)
    if draft:
        page_template = replace(page_template, watermark=DRAFT_TH if words.thai else DRAFT_EN)
    return render_pdf(
        blocks,
        fonts,
        page_template,
        title=minutes_title(bundle, options),
        lang=options.lang,
        keep=unbreakable(index),
    )
