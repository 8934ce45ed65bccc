"""Which papers the reader watermarks (its words: ``paper_access.Watermarks``): a paper classed ลับ or
above (itself, its item or its meeting) and a board book that binds one."""

from __future__ import annotations

from emeeting.domain import model as m
from emeeting.services.meetings import MeetingView

CONFIDENTIAL_RANK = m.Secrecy.CONFIDENTIAL.rank


def paper_is_confidential(view: MeetingView, paper: m.Document) -> bool:
    """The paper's class, its item's or its meeting's is ลับ or above: the rule papers are sealed by."""
    item = next((e.item for e in view.agenda if e.item.id == paper.item_id), None)
    classes = [paper.secrecy, view.summary.meeting.secrecy, *([item.secrecy] if item else [])]
    return any(c.rank >= CONFIDENTIAL_RANK for c in classes)


def book_is_confidential(view: MeetingView) -> bool:
    papers = [*view.meeting_documents, *(d for e in view.agenda for d in e.documents)]
    return view.summary.meeting.secrecy.rank >= CONFIDENTIAL_RANK or any(
        paper_is_confidential(view, p) for p in papers
    )


def reader_name(view: MeetingView, person_id: str | None, account: str) -> str:
    """The reader's name as the committee knows them, or their account when they are not one of its people."""
    person = view.people.get(person_id or "")
    return person.display_name if person is not None else account
