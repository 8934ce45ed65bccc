"""A reader's annotations through AnnotationService: add, edit with its base, share, delete, list; undo
through services.steps; not audited and not frozen by certification; re-anchoring when a paper gets a new
version; hostile input refused with nothing stored."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import EmeetingError, StaleWriteError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from tests.services.conftest import Org
from tests.services.test_frozen import certified  # noqa: F401  (fixture)
from tests.services.test_minutes import at, held, invitation_of, minutes  # noqa: F401  (fixtures)

ME = "somying"
Held = dict[str, m.AgendaItem]


@pytest.fixture
def paper(services: Services, meeting: m.Meeting, numbered, make_pdf: Callable[..., Path]) -> m.Document:
    item = numbered(meeting.id)["4"]
    result = services.documents.attach(meeting.id, item.id, [make_pdf("budget.pdf", 3, "Budget")])
    return result.attached[0]


def highlight(paper: m.Document, quote: str = "Budget page 2", page: int = 1) -> m.Annotation:
    return m.Annotation(
        paper.meeting_id,
        ME,
        m.AnnotationShape.HIGHLIGHT,
        document_id=paper.id,
        sha256=paper.sha256,
        page=page,
        geometry=json.dumps([[72, 70, 190, 86]]),
        quote=quote,
        author="สมหญิง รักเรียน",
    )


def ink(paper: m.Document) -> m.Annotation:
    return m.Annotation(
        paper.meeting_id,
        ME,
        m.AnnotationShape.INK,
        document_id=paper.id,
        sha256=paper.sha256,
        page=1,
        geometry=json.dumps([[[10, 10], [20, 25], [30, 12.5]]]),
    )


def test_add_edit_share_delete_and_list(services: Services, paper: m.Document, numbered) -> None:
    mark, pen = highlight(paper), ink(paper)
    note = m.Annotation(
        paper.meeting_id,
        ME,
        m.AnnotationShape.ITEM_NOTE,
        item_id=numbered(paper.meeting_id)["4"].id,
        text="ถามเรื่องงบประมาณปี 2570",
    )
    sticky = m.Annotation(
        paper.meeting_id,
        ME,
        m.AnnotationShape.STICKY,
        document_id=paper.id,
        sha256=paper.sha256,
        geometry="[300, 400]",
        text="ตรวจตัวเลข",
    )
    for annotation in (mark, pen, note, sticky):
        services.annotations.add(annotation)
    listed = services.annotations.for_meeting(paper.meeting_id, owner=ME)
    assert {v.annotation.id for v in listed} == {mark.id, pen.id, note.id, sticky.id}
    assert all(v.mine and not v.earlier_version for v in listed)
    assert {v.annotation.id for v in services.annotations.for_document(paper.id, owner=ME)} == {
        mark.id,
        pen.id,
        sticky.id,
    }

    edited = dataclasses.replace(mark, text="สำคัญ", color="#ff0000")
    services.annotations.edit(edited, base=mark)
    with pytest.raises(StaleWriteError):  # made from the value before that edit
        services.annotations.edit(dataclasses.replace(mark, text="อื่น"), base=mark)
    assert services.annotations.get(mark.id) == edited

    shared, _ = services.annotations.share(mark.id, m.Sharing.COMMITTEE, owner=ME)
    assert shared.id == mark.id and services.annotations.get(mark.id).sharing is m.Sharing.COMMITTEE
    with pytest.raises(ValidationError, match="only its owner"):
        services.annotations.share(mark.id, m.Sharing.PRIVATE, owner="wichai")
    # Shared with fewer: deleted (the deletion reaches those who had it) and made again under a new id.
    private, changes = services.annotations.share(mark.id, m.Sharing.PRIVATE, owner=ME)
    assert private.id != mark.id and changes.concerns(Kind.ANNOTATION, [mark.id, private.id])
    assert dataclasses.replace(private, id=mark.id) == edited
    assert services.records.find(m.Annotation, mark.id) is None
    services.annotations.share(private.id, m.Sharing.COMMITTEE, owner=ME)
    mark = services.annotations.get(private.id)
    with pytest.raises(ValidationError, match="only its owner"):
        services.annotations.delete(mark.id, owner="wichai")

    services.annotations.delete(pen.id, owner=ME)
    assert pen.id not in {
        v.annotation.id for v in services.annotations.for_meeting(paper.meeting_id, owner=ME)
    }
    # a reader's own marks are not the meeting's record: nothing of them in the audit trail
    for annotation in (mark, pen, note, sticky):
        assert services.records.audit_trail(annotation.id) == []


def test_undo_and_redo_an_annotation_edit(services: Services, paper: m.Document) -> None:
    mark = highlight(paper)
    services.annotations.add(mark)
    edited = dataclasses.replace(mark, text="ดูหน้า 3", color="#00ff00")
    _, operation = services.steps.record(lambda: services.annotations.edit(edited, base=mark))
    assert services.annotations.get(mark.id) == edited
    _, inverse = services.steps.undo(operation)
    assert services.annotations.get(mark.id) == mark
    services.steps.redo(inverse)
    assert services.annotations.get(mark.id) == edited


def test_undo_of_adding_an_annotation_deletes_it(services: Services, paper: m.Document) -> None:
    mark = highlight(paper)
    _, operation = services.steps.record(lambda: services.annotations.add(mark))
    services.steps.undo(operation)
    assert services.annotations.for_meeting(paper.meeting_id, owner=ME) == []


def test_a_certified_meetings_papers_may_still_be_annotated(
    services: Services,
    meeting: m.Meeting,
    certified: Held,  # noqa: F811
) -> None:
    paper = services.records.select(m.Document, item_id=certified["4.1"].id)[0]
    mark = dataclasses.replace(highlight(paper, quote="Agenda page 1", page=0))
    services.annotations.add(mark)
    services.annotations.edit(dataclasses.replace(mark, text="อ่านแล้ว"), base=mark)
    services.annotations.delete(mark.id, owner=ME)
    with pytest.raises(EmeetingError, match="certified"):  # the papers themselves stay frozen
        services.documents.remove(paper.id)


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({"geometry": "[[1, 2, 3]]"}, "not well-formed"),
        ({"geometry": "not json"}, "not well-formed"),
        ({"geometry": "[[10, 10, 5, 5]]"}, "not well-formed"),  # x1 before x0
        ({"geometry": "[[0, 0, NaN, 1]]"}, "not well-formed"),
        ({"geometry": json.dumps([[0, 0, 1, 1]] * 501)}, "not well-formed"),
        ({"geometry": "[[0, 0, 99999, 1]]"}, "not well-formed"),
        ({"page": -1}, "page"),
        ({"color": "red"}, "#rrggbb"),
        ({"text": "x" * 10_001}, "at most"),
        ({"quote": "x" * 4_001}, "at most"),
        ({"sha256": "abc"}, "names the document"),
        ({"document_id": None}, "names the document"),
        ({"owner": " "}, "owner"),
    ],
)
def test_hostile_annotations_are_refused_and_nothing_is_stored(
    services: Services, paper: m.Document, snapshot, change: dict[str, object], match: str
) -> None:
    before = snapshot()
    with pytest.raises(ValidationError, match=match):
        services.annotations.add(dataclasses.replace(highlight(paper), **change))  # type: ignore[arg-type]
    assert snapshot() == before


def test_ink_bounds(services: Services, paper: m.Document, snapshot) -> None:
    before = snapshot()
    too_many = json.dumps([[[1, 1]] * 10_001, [[2, 2]] * 10_000])
    for geometry in (too_many, "[]", "[[]]", "[[[1, true]]]", "[[1, 2]]"):
        with pytest.raises(ValidationError, match="not well-formed"):
            services.annotations.add(dataclasses.replace(ink(paper), geometry=geometry))
    assert snapshot() == before


def test_an_item_note_names_an_item_of_its_meeting(services: Services, paper: m.Document, numbered) -> None:
    item = numbered(paper.meeting_id)["4"]
    note = m.Annotation(paper.meeting_id, ME, m.AnnotationShape.ITEM_NOTE, item_id=item.id, text="x")
    with pytest.raises(ValidationError, match="names the item"):
        services.annotations.add(dataclasses.replace(note, item_id=None))
    with pytest.raises(ValidationError, match="names the item"):
        services.annotations.add(dataclasses.replace(note, document_id=paper.id))
    with pytest.raises(ValidationError, match="needs its text"):
        services.annotations.add(dataclasses.replace(note, text=" "))


def test_another_meetings_paper_is_refused(
    services: Services, org: Org, paper: m.Document, make_pdf: Callable[..., Path], snapshot
) -> None:
    other_id = m.new_id()
    services.meetings.create(org.committee.id, "ประชุมครั้งที่สอง", at(9, 30, 20), meeting_id=other_id)
    before = snapshot()
    with pytest.raises(ValidationError, match="another meeting"):
        services.annotations.add(dataclasses.replace(highlight(paper), meeting_id=other_id))
    assert snapshot() == before


def test_an_edit_keeps_owner_and_paper(services: Services, paper: m.Document) -> None:
    mark = highlight(paper)
    services.annotations.add(mark)
    with pytest.raises(ValidationError, match="only its owner"):
        services.annotations.edit(dataclasses.replace(mark, owner="wichai"), base=mark)
    for change in ({"shape": m.AnnotationShape.UNDERLINE}, {"sharing": m.Sharing.COMMITTEE}):
        with pytest.raises(ValidationError, match="keeps its paper"):
            services.annotations.edit(dataclasses.replace(mark, **change), base=mark)  # type: ignore[arg-type]


def test_a_new_version_moves_text_marks_whose_quote_it_holds(
    services: Services, paper: m.Document, make_pdf: Callable[..., Path]
) -> None:
    found, lost, pen = highlight(paper, "Budget page 2", 1), highlight(paper, "Budget page 3", 2), ink(paper)
    for annotation in (found, lost, pen):
        services.annotations.add(annotation)
    # The new version: two pages only, "Budget page 3" is gone.
    intake = services.documents.intake([make_pdf("budget-v2.pdf", 2, "Budget")])
    services.documents.new_version(paper.id, intake)
    new = services.records.get(m.Document, paper.id)
    assert new.sha256 != paper.sha256 and new.page_count == 2

    services.annotations.reanchor(owner=ME)
    views = {v.annotation.id: v for v in services.annotations.for_document(paper.id, owner=ME)}
    assert views[found.id].annotation.sha256 == new.sha256 and not views[found.id].earlier_version
    assert views[found.id].annotation.page == 1
    assert views[lost.id].earlier_version and views[lost.id].annotation.sha256 == paper.sha256
    assert views[pen.id].earlier_version  # ink has no text to follow

    # With the new version's page texts (a viewer's text layer) the mark goes to the page holding it.
    again = highlight(new, "Budget page 1", 1)
    services.annotations.add(again)
    intake = services.documents.intake([make_pdf("budget-v3.pdf", 3, "Budget")])  # same bytes as v1
    services.documents.new_version(paper.id, intake)
    changes = services.annotations.reanchor(
        owner=ME, document_id=paper.id, pages=["Budget page\u200b 1", "Budget page 2", "x"]
    )
    assert changes.concerns(Kind.ANNOTATION, [again.id])
    assert services.annotations.get(again.id).page == 0


def test_only_marks_made_on_an_earlier_version_are_looked_at_for_re_anchoring(
    services: Services, paper: m.Document, make_pdf: Callable[..., Path]
) -> None:
    current, pen = highlight(paper), ink(paper)
    others = dataclasses.replace(highlight(paper), id=m.new_id(), owner="wichai")
    for annotation in (current, pen, others):
        services.annotations.add(annotation)
    text_marks = [m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.UNDERLINE]
    with services.store.read() as repo:  # the paper as it is: nothing to move, nothing read
        assert repo.marks_on_earlier_versions(ME, text_marks) == []
    intake = services.documents.intake([make_pdf("budget-v2.pdf", 2, "Budget")])
    services.documents.new_version(paper.id, intake)
    with services.store.read() as repo:  # only my text mark on the earlier version; not the ink, not his
        assert repo.marks_on_earlier_versions(ME, text_marks) == [current]
        assert repo.marks_on_earlier_versions(ME, text_marks, document_id=m.new_id()) == []
        assert repo.marks_on_earlier_versions("wichai", text_marks, document_id=paper.id) == [others]
    services.documents.remove(paper.id)
    with services.store.read() as repo:  # a removed paper's marks stay where they are
        assert repo.marks_on_earlier_versions(ME, text_marks) == []
