"""Agenda templates (the customary five sections) and meeting numbering."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.model import AgendaItem, AgendaSection, NumberingStyle


@dataclass(frozen=True)
class SectionTemplate:
    """One top-level agenda section and the titles of the sub-items it starts with."""

    section: AgendaSection
    title: str
    children: tuple[str, ...] = ()


AGENDA_TEMPLATES: Mapping[str, tuple[SectionTemplate, ...]] = MappingProxyType(
    {
        "th": (
            SectionTemplate(
                AgendaSection.ANNOUNCEMENTS,
                "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
                ("เรื่องที่ประธานแจ้ง", "เรื่องที่เลขานุการแจ้ง"),
            ),
            SectionTemplate(
                AgendaSection.CERTIFY_MINUTES, "เรื่องรับรองรายงานการประชุม", ("รับรองรายงานการประชุม",)
            ),
            SectionTemplate(AgendaSection.MATTERS_ARISING, "เรื่องสืบเนื่อง"),
            SectionTemplate(AgendaSection.FOR_DECISION, "เรื่องเสนอเพื่อพิจารณา"),
            SectionTemplate(AgendaSection.OTHER, "เรื่องอื่น ๆ"),
        ),
        "en": (
            SectionTemplate(
                AgendaSection.ANNOUNCEMENTS,
                "Announcements by the chair",
                ("From the chair", "From the secretary"),
            ),
            SectionTemplate(
                AgendaSection.CERTIFY_MINUTES,
                "Adoption of the minutes of the previous meeting",
                ("Adoption of the minutes",),
            ),
            SectionTemplate(AgendaSection.MATTERS_ARISING, "Matters arising"),
            SectionTemplate(AgendaSection.FOR_DECISION, "Matters for decision"),
            SectionTemplate(AgendaSection.OTHER, "Any other business"),
        ),
    }
)

# How the certify-minutes sub-item names the previous meeting: (with its label, without one).
_PREVIOUS_MEETING: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "th": (" ครั้งที่ {label}", "ครั้งที่ผ่านมา"),
        "en": (" of meeting No. {label}", " of the previous meeting"),
    }
)


def section_title(key: str, section: AgendaSection) -> str:
    """A section's title in the agenda template ``key``; the Thai template's if ``key`` lacks the section."""
    for template_key in (key, "th"):
        for template in AGENDA_TEMPLATES.get(template_key, ()):
            if template.section is section:
                return template.title
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "No agenda template has a section {section}."),
        section=repr(section.value),
    )


def meeting_title(committee_name: str, language: str) -> str:
    """The customary title of a committee's meeting, in the committee's language: การประชุมคณะกรรมการ…"""
    if language == "th":
        return f"การประชุม{committee_name}"
    return f"Meeting of the {committee_name}"


def agenda_from_template(meeting_id: str, key: str, previous_label: str | None) -> list[AgendaItem]:
    """A fresh agenda for a meeting, in depth-first order; sub-items take their section's ``section``.

    ``previous_label`` is the previous meeting's number, e.g. "2/2569"; the certify-minutes item names it.
    """
    if key not in AGENDA_TEMPLATES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No agenda template {key}."), key=repr(key))
    with_label, without_label = _PREVIOUS_MEETING.get(key, (" {label}", ""))
    suffix = with_label.format(label=previous_label) if previous_label else without_label
    items: list[AgendaItem] = []
    for position, template in enumerate(AGENDA_TEMPLATES[key]):
        root = AgendaItem(
            meeting_id=meeting_id, title=template.title, position=position, section=template.section
        )
        items.append(root)
        for child_position, title in enumerate(template.children):
            if template.section is AgendaSection.CERTIFY_MINUTES:
                title += suffix
            items.append(
                AgendaItem(
                    meeting_id=meeting_id,
                    title=title,
                    parent_id=root.id,
                    position=child_position,
                    section=template.section,
                )
            )
    return items


def next_meeting_number(style: NumberingStyle, last: tuple[int, int] | None, year_be: int) -> int:
    """The number for a new meeting in BE year ``year_be``.

    ``last`` is (number, BE year) of the committee's latest meeting, or None for its first. Per-year numbering
    restarts at 1 when the year differs ("ครั้งที่ 1/2570"); continuous numbering never restarts.
    """
    if last is None:
        return 1
    number, last_year = last
    if style is NumberingStyle.PER_YEAR and last_year != year_be:
        return 1
    return number + 1
