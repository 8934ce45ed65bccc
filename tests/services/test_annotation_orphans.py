"""Annotations whose paper or agenda item was removed from the meeting are listed apart ("orphaned"),
never lost; a mark on a replaced paper whose quote is gone is from the earlier version, not orphaned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from emeeting.domain import model as m
from emeeting.services.container import Services
from tests.services.test_annotations import ME, highlight, paper  # noqa: F401  (fixture)


def test_a_removed_paper_or_item_leaves_its_annotations_orphaned(
    services: Services,
    paper: m.Document,  # noqa: F811
    numbered: Callable[[str], dict[str, m.AgendaItem]],
    make_pdf: Callable[..., Path],
) -> None:
    items = numbered(paper.meeting_id)
    other = services.documents.attach(paper.meeting_id, items["4"].id, [make_pdf("plan.pdf", 2, "Plan")])
    plan = other.attached[0]
    kept, lost, gone = (
        highlight(paper, "Budget page 1", 0),
        highlight(paper, "Budget page 3", 2),
        highlight(plan, "Plan page 1", 0),
    )
    note = m.Annotation(
        paper.meeting_id, ME, m.AnnotationShape.ITEM_NOTE, item_id=items["5"].id, text="ถามที่ประชุม"
    )
    for annotation in (kept, lost, gone, note):
        services.annotations.add(annotation)

    services.documents.new_version(paper.id, services.documents.intake([make_pdf("v2.pdf", 2, "Budget")]))
    services.annotations.reanchor(owner=ME)
    services.documents.remove(plan.id)
    services.agenda.remove(items["5"].id)

    views = {v.annotation.id: v for v in services.annotations.for_meeting(paper.meeting_id, owner=ME)}
    assert set(views) == {kept.id, lost.id, gone.id, note.id}
    assert not views[kept.id].earlier_version and not views[kept.id].orphaned
    assert views[lost.id].earlier_version and not views[lost.id].orphaned
    assert views[gone.id].orphaned and views[note.id].orphaned
    # An orphan is still its owner's to delete.
    services.annotations.delete(gone.id, owner=ME)
    assert gone.id not in {
        v.annotation.id for v in services.annotations.for_meeting(paper.meeting_id, owner=ME)
    }
