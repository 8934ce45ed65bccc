"""The invitation letter (หนังสือเชิญประชุม) in the shape of an official letter: the urgency class in red
at the top left of the first page, the secrecy class in red at the top and bottom of every page, the
reference, date, subject, addressee, enclosure, the text, and the secretary's signature."""

from __future__ import annotations

from dataclasses import replace

from emeeting.domain import model as m
from emeeting.reports.common import BundleIndex, label_row, template, thai_digits, unbreakable
from emeeting.reports.page_layout import (
    BODY,
    CM,
    Block,
    PageTemplate,
    Paragraph,
    ParaStyle,
    Rendered,
    Spacer,
    Stamp,
    render_pdf,
)
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import URGENCY, ReportOptions, Words

TEXT_WIDTH = PageTemplate().text_width
PARAGRAPH = replace(BODY, first=2.5 * CM, space_before=6)
RIGHT_HALF = ParaStyle(align="left", left=TEXT_WIDTH / 2)


def invitation_blocks(bundle: m.MeetingBundle, options: ReportOptions) -> list[Block]:
    words = Words(options)
    index = BundleIndex(bundle)
    meeting, committee = bundle.meeting, bundle.committee
    width = TEXT_WIDTH
    issued = options.issued or (meeting.notice_sent_at and words.local(meeting.notice_sent_at).date())
    date_text = words.date(issued, weekday=False) if issued else "." * 30
    reference = "ที่ " + "." * 24 if words.thai else "Ref. " + "." * 24
    blocks: list[Block] = [
        Paragraph.of(words("invitation"), ParaStyle(size=20, bold=True, align="centre"), role="title"),
        Spacer(6),
        Paragraph.of(reference, ParaStyle(align="left")),
        Paragraph.of(committee.name, RIGHT_HALF),
        Paragraph.of(date_text, replace(RIGHT_HALF, space_before=6)),
        Spacer(6),
        label_row(
            words("subject"),
            words("invitation_subject", committee=committee.name, label=meeting.label),
            width,
        ),
        label_row(words("to"), words("members_of", committee=committee.name), width),
        label_row(words("enclosure"), words("invitation_agenda"), width),
    ]
    place = meeting.place or meeting.online_link or "-"
    body = words(
        "invitation_body",
        committee=committee.name,
        label=meeting.label,
        date=words.date(meeting.start),
        time=words.time(meeting.start),
        place=place,
    )
    blocks.append(Paragraph.of(body, PARAGRAPH))
    if meeting.online_link and meeting.mode is not m.MeetingMode.IN_PERSON:
        blocks.append(Paragraph.of(words("invitation_online", link=meeting.online_link), PARAGRAPH))
    if meeting.reconvened:
        blocks.append(Paragraph.of(words("quorum_note"), PARAGRAPH))
    blocks.append(Paragraph.of(words("invitation_request"), PARAGRAPH))
    secretary = index.with_role(m.MemberRole.SECRETARY)
    sign = replace(RIGHT_HALF, align="centre", left=width * 0.4)
    blocks += [
        Paragraph.of(words("respectfully"), replace(sign, space_before=18)),
        Spacer(40),
        Paragraph.of(f"({index.name(secretary)})" if secretary else "(" + "." * 40 + ")", sign),
        Paragraph.of(words("secretary_of", committee=committee.name), sign),
    ]
    return thai_digits(blocks) if options.thai_digits else blocks


def invitation_pdf(bundle: m.MeetingBundle, fonts: Fonts, options: ReportOptions) -> Rendered:
    words = Words(options)
    index = BundleIndex(bundle)
    urgency = words.pick(URGENCY[bundle.meeting.urgency])
    stamps = (Stamp(urgency, "top_left", size=32, first_page_only=True),) if urgency else ()
    title = words("invitation_subject", committee=bundle.committee.name, label=bundle.meeting.label)
    return render_pdf(
        invitation_blocks(bundle, options),
        fonts,
        template(index, words, stamps),
        title=title,
        lang=options.lang,
        keep=unbreakable(index),
    )
