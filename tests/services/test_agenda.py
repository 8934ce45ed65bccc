"""AgendaService: adding, editing, moving and removing items, with renumbering."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emeeting.domain import model as m
from emeeting.domain.agenda import move_item, number_items, root_of
from emeeting.domain.certification import changed_values
from emeeting.domain.errors import NotFoundError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.services.container import Services
from emeeting.storage.store import Store


def add(services: Services, meeting_id: str, title: str, parent: m.AgendaItem | None = None) -> m.AgendaItem:
    item = m.AgendaItem(meeting_id, title, parent_id=None if parent is None else parent.id)
    services.agenda.add(item)
    return services.records.get(m.AgendaItem, item.id)


@pytest.fixture
def decisions(services: Services, meeting: m.Meeting, numbered) -> list[m.AgendaItem]:
    """Three matters for decision: 4.1, 4.2 and 4.3."""
    section = numbered(meeting.id)["4"]
    return [add(services, meeting.id, f"เรื่องพิจารณาที่ {n}", section) for n in (1, 2, 3)]


def titles(numbered_agenda: dict[str, m.AgendaItem]) -> dict[str, str]:
    return {number: item.title for number, item in numbered_agenda.items()}


# -- add ---------------------------------------------------------------------------------------------------


def test_add_appends_at_the_end_of_its_parent_and_takes_its_section(
    services: Services, meeting: m.Meeting, decisions, numbered
) -> None:
    agenda = numbered(meeting.id)
    assert [agenda[n].id for n in ("4.1", "4.2", "4.3")] == [d.id for d in decisions]
    assert [d.position for d in decisions] == [0, 1, 2]
    assert all(d.section is m.AgendaSection.FOR_DECISION for d in decisions)

    extra = add(services, meeting.id, "เรื่องเพิ่มเติม", agenda["1"])
    assert numbered(meeting.id)["1.3"].id == extra.id
    assert extra.section is m.AgendaSection.ANNOUNCEMENTS

    top = add(services, meeting.id, "เรื่องเพื่อทราบ")
    assert numbered(meeting.id)["6"].id == top.id


def test_add_ignores_a_stale_position(services: Services, meeting: m.Meeting, decisions, numbered) -> None:
    item = m.AgendaItem(meeting.id, "แทรก", parent_id=numbered(meeting.id)["4"].id, position=0)
    services.agenda.add(item)
    assert numbered(meeting.id)["4.4"].id == item.id
    assert numbered(meeting.id)["4.1"].id == decisions[0].id


def test_add_returns_changes_and_audits(services: Services, meeting: m.Meeting) -> None:
    item = m.AgendaItem(meeting.id, "เรื่องใหม่")
    changes = services.agenda.add(item)
    assert changes.ids == {"agenda_item": {item.id}}
    assert [e.action for e in services.records.audit_trail(item.id)] == ["create"]


def test_add_under_another_meetings_item_is_refused(
    services: Services, org, meeting: m.Meeting, numbered, snapshot
) -> None:
    other_id = m.new_id()
    services.meetings.copy_as_next(meeting.id, meeting.start.replace(month=4), new_id=other_id)
    foreign_parent = numbered(other_id)["4"]
    before = snapshot()
    with pytest.raises(ValidationError, match="same meeting"):
        services.agenda.add(m.AgendaItem(meeting.id, "ผิดที่", parent_id=foreign_parent.id))
    assert snapshot() == before


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda mid: m.AgendaItem(mid, "   "), ValidationError),
        (lambda mid: m.AgendaItem(mid, "ติดลบ", duration_minutes=-5), ValidationError),
        (lambda mid: m.AgendaItem(mid, "ไม่มีแม่", parent_id="no-such-item"), NotFoundError),
        (lambda mid: m.AgendaItem("no-such-meeting", "ไม่มีการประชุม"), NotFoundError),
        (lambda mid: m.AgendaItem(mid, "ผู้นำเสนอหาย", presenter_id="no-such-person"), ValidationError),
    ],
)
def test_invalid_add_changes_nothing(services: Services, meeting: m.Meeting, snapshot, build, error) -> None:
    before = snapshot()
    with pytest.raises(error):
        services.agenda.add(build(meeting.id))
    assert snapshot() == before


# -- update ------------------------------------------------------------------------------------------------


def test_update_edits_content_but_cannot_move_an_item(
    services: Services, meeting: m.Meeting, decisions, numbered
) -> None:
    agenda = numbered(meeting.id)
    target = agenda["4.2"]
    edited = dataclasses.replace(
        target,
        title="เรื่องพิจารณาที่ 2 (แก้ไข)",
        proposal="เห็นควรอนุมัติ",
        parent_id=agenda["1"].id,
        position=0,
        meeting_id="elsewhere",
    )

    changes = services.agenda.update(edited, base=target)

    assert changes.ids == {"agenda_item": {target.id}}
    after = numbered(meeting.id)
    assert after["4.2"].id == target.id
    assert (after["4.2"].title, after["4.2"].proposal) == ("เรื่องพิจารณาที่ 2 (แก้ไข)", "เห็นควรอนุมัติ")
    assert (after["4.2"].parent_id, after["4.2"].position, after["4.2"].meeting_id) == (
        target.parent_id,
        target.position,
        meeting.id,
    )
    assert titles(after)["1.1"] == agenda["1.1"].title
    trail = services.records.audit_trail(target.id)
    assert trail[-1].action == "update"
    assert set(changed_values(trail[-1].summary) or ()) == {"title", "proposal"}


def test_update_of_an_unknown_item_is_not_found(services: Services, meeting: m.Meeting, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        nothing = m.AgendaItem(meeting.id, "ไม่มีอยู่")
        services.agenda.update(nothing, base=nothing)
    assert snapshot() == before


# -- move --------------------------------------------------------------------------------------------------


def test_move_under_another_section_renumbers_both_places(
    services: Services, meeting: m.Meeting, decisions, numbered
) -> None:
    before = numbered(meeting.id)
    sub = add(services, meeting.id, "รายละเอียดย่อย", decisions[1])  # 4.2.1 travels with 4.2

    changes = services.agenda.move(decisions[1].id, before["1"].id, 99)

    after = numbered(meeting.id)
    assert after["1.3"].id == decisions[1].id
    assert after["1.3.1"].id == sub.id
    assert after["4.2"].id == decisions[2].id
    assert "4.3" not in after
    assert after["1.3"].section is m.AgendaSection.ANNOUNCEMENTS
    assert after["1.3.1"].section is m.AgendaSection.ANNOUNCEMENTS
    assert (after["1.3"].parent_id, after["1.3"].position) == (before["1"].id, 2)
    assert changes.ids == {"agenda_item": {decisions[1].id, decisions[2].id, sub.id}}
    move = services.records.audit_trail(decisions[1].id)[-1]
    assert move.action == "move"
    assert set(changed_values(move.summary) or ()) == {"parent_id", "position", "section"}
    shifted = services.records.audit_trail(decisions[2].id)[-1]
    assert list(changed_values(shifted.summary) or ()) == ["position"]


def test_move_within_the_same_parent(services: Services, meeting: m.Meeting, decisions, numbered) -> None:
    services.agenda.move(decisions[2].id, decisions[2].parent_id, 0)
    after = numbered(meeting.id)
    assert [after[n].id for n in ("4.1", "4.2", "4.3")] == [decisions[2].id, decisions[0].id, decisions[1].id]
    assert [after[n].position for n in ("4.1", "4.2", "4.3")] == [0, 1, 2]


def test_move_to_top_level(services: Services, meeting: m.Meeting, decisions, numbered) -> None:
    services.agenda.move(decisions[0].id, None, 4)
    after = numbered(meeting.id)
    assert after["5"].id == decisions[0].id
    assert after["6"].title == "เรื่องอื่น ๆ"
    assert after["4.1"].id == decisions[1].id


def test_nesting_an_item_under_its_own_descendant_is_refused(
    services: Services, meeting: m.Meeting, decisions, numbered, snapshot
) -> None:
    child = add(services, meeting.id, "ย่อย", decisions[0])
    grandchild = add(services, meeting.id, "ย่อยลงไปอีก", child)
    section = numbered(meeting.id)["4"]
    before = snapshot()
    for target in (child.id, grandchild.id, decisions[0].id):
        with pytest.raises(ValidationError, match="under itself or one of its sub-items"):
            services.agenda.move(decisions[0].id, target, 0)
    with pytest.raises(ValidationError):
        services.agenda.move(section.id, grandchild.id, 0)
    assert snapshot() == before


def test_move_into_another_meeting_or_unknown_item_is_refused(
    services: Services, meeting: m.Meeting, decisions, numbered, snapshot
) -> None:
    other_id = m.new_id()
    services.meetings.copy_as_next(meeting.id, meeting.start.replace(month=4), new_id=other_id)
    foreign = numbered(other_id)["4"]
    before = snapshot()
    with pytest.raises(ValidationError):
        services.agenda.move(decisions[0].id, foreign.id, 0)
    with pytest.raises(NotFoundError):
        services.agenda.move("no-such-item", None, 0)
    assert snapshot() == before


# -- remove ------------------------------------------------------------------------------------------------


def test_remove_deletes_sub_items_and_documents_and_renumbers(
    services: Services, store: Store, meeting: m.Meeting, decisions, numbered, add_documents
) -> None:
    sub = add(services, meeting.id, "ย่อย", decisions[1])
    sha = store.blobs.put_bytes(b"%PDF-1.4 proposal")
    doc_item = m.Document(meeting.id, "ข้อเสนอ", "p.pdf", "application/pdf", 17, sha, item_id=decisions[1].id)
    doc_sub = m.Document(meeting.id, "ภาคผนวก", "a.pdf", "application/pdf", 17, sha, item_id=sub.id)
    doc_kept = m.Document(meeting.id, "อื่น", "k.pdf", "application/pdf", 17, sha, item_id=decisions[2].id)
    add_documents(doc_item, doc_sub, doc_kept)

    changes = services.agenda.remove(decisions[1].id)

    after = numbered(meeting.id)
    assert [after[n].id for n in ("4.1", "4.2")] == [decisions[0].id, decisions[2].id]
    assert "4.3" not in after
    assert after["4.2"].position == 1
    assert changes.ids[Kind.AGENDA_ITEM] == {decisions[1].id, sub.id, decisions[2].id}
    assert changes.ids[Kind.DOCUMENT] == {doc_item.id, doc_sub.id}
    assert services.records.select(m.Document, meeting_id=meeting.id) == [doc_kept]
    with store.connection() as conn:
        tombstones = dict(conn.execute("SELECT id, deleted FROM documents").fetchall())
        assert tombstones == {doc_item.id: 1, doc_sub.id: 1, doc_kept.id: 0}
        assert conn.execute("SELECT deleted FROM agenda_items WHERE id = ?", [sub.id]).fetchone() == (1,)
    for removed in (decisions[1].id, sub.id, doc_item.id, doc_sub.id):
        assert services.records.audit_trail(removed)[-1].action == "delete"
    assert services.records.audit_trail(decisions[2].id)[-1].action == "move"


def test_remove_unknown_item_changes_nothing(services: Services, meeting: m.Meeting, snapshot) -> None:
    before = snapshot()
    with pytest.raises(NotFoundError):
        services.agenda.remove("no-such-item")
    assert snapshot() == before


# -- random edit sequences keep the tree consistent --------------------------------------------------------


def _check_tree(items: list[m.AgendaItem]) -> None:
    by_parent: dict[str | None, list[int]] = {}
    for item in items:
        by_parent.setdefault(item.parent_id, []).append(item.position)
    for positions in by_parent.values():
        assert sorted(positions) == list(range(len(positions)))  # 0..n-1, no gaps or duplicates
    for item in items:
        if item.parent_id is not None:
            assert item.section is root_of(items, item.id).section


def _shape(items: list[m.AgendaItem]) -> dict[str, tuple[str | None, int, m.AgendaSection]]:
    return {i.id: (i.parent_id, i.position, i.section) for i in items}


@settings(
    max_examples=25,
    deadline=None,
    # One store for all examples is fine: each example works on a meeting of its own.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["move", "add", "remove"]),
            st.integers(0, 50),
            st.integers(-1, 50),
            st.integers(0, 6),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_random_edits_keep_numbers_consistent(services: Services, org, steps) -> None:
    meeting_id = m.new_id()
    services.meetings.create(
        org.committee.id,
        "ประชุม",
        datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
        template="th",
        meeting_id=meeting_id,
    )
    model = services.records.select(m.AgendaItem, meeting_id=meeting_id)
    for action, pick, parent_pick, index in steps:
        ids = sorted(i.id for i in model)
        if action == "add":
            parent = None if parent_pick < 0 or not ids else ids[parent_pick % len(ids)]
            item = m.AgendaItem(meeting_id, f"เพิ่ม {len(model)}", parent_id=parent)
            services.agenda.add(item)
            model = services.records.select(m.AgendaItem, meeting_id=meeting_id)
            assert item.id in {i.id for i in model}
        elif not ids:
            continue
        elif action == "remove":
            target = ids[pick % len(ids)]
            services.agenda.remove(target)
            model = services.records.select(m.AgendaItem, meeting_id=meeting_id)
            assert target not in {i.id for i in model}
        else:
            target = ids[pick % len(ids)]
            parent = None if parent_pick < 0 else ids[parent_pick % len(ids)]
            try:
                expected = move_item(model, target, parent, index)
            except ValidationError:
                with pytest.raises(ValidationError):
                    services.agenda.move(target, parent, index)
                assert services.records.select(m.AgendaItem, meeting_id=meeting_id) == model
                continue
            changes = services.agenda.move(target, parent, index)
            by_id = {i.id: i for i in model} | {i.id: i for i in expected}
            model = services.records.select(m.AgendaItem, meeting_id=meeting_id)
            assert _shape(model) == _shape(list(by_id.values()))
            assert {i.id for i in expected} <= changes.ids[Kind.AGENDA_ITEM]
        _check_tree(model)
        view_numbers = {e.item.id: e.number for e in services.meetings.view(meeting_id).agenda}
        assert view_numbers == number_items(model)
