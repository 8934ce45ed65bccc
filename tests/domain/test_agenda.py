from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.domain.agenda import descendants, move_item, number_items, ordered, remove_item, root_of
from emeeting.domain.errors import ValidationError
from emeeting.domain.model import AgendaItem, AgendaSection

M = "meeting-1"


def item(
    id_: str, parent: str | None, position: int, section: AgendaSection = AgendaSection.OTHER
) -> AgendaItem:
    return AgendaItem(
        meeting_id=M, title=f"item {id_}", id=id_, parent_id=parent, position=position, section=section
    )


def sample() -> list[AgendaItem]:
    """1 (announcements) 1.1 1.2 / 2 (certify) / 3 (for decision) 3.1 3.1.1 3.2 — given out of order."""
    A, C, D = AgendaSection.ANNOUNCEMENTS, AgendaSection.CERTIFY_MINUTES, AgendaSection.FOR_DECISION
    return [
        item("d2", "d", 1, D),
        item("d", None, 2, D),
        item("a", None, 0, A),
        item("a1", "a", 0, A),
        item("a2", "a", 1, A),
        item("c", None, 1, C),
        item("d1", "d", 0, D),
        item("d1x", "d1", 0, D),
    ]


def apply(items: list[AgendaItem], changed: list[AgendaItem]) -> list[AgendaItem]:
    by_id = {i.id: i for i in items} | {c.id: c for c in changed}
    return list(by_id.values())


# ---- concrete behaviour -------------------------------------------------------------------------------


def test_numbers_follow_the_tree() -> None:
    assert number_items(sample()) == {
        "a": "1",
        "a1": "1.1",
        "a2": "1.2",
        "c": "2",
        "d": "3",
        "d1": "3.1",
        "d1x": "3.1.1",
        "d2": "3.2",
    }


def test_ordered_is_reading_order() -> None:
    assert [i.id for i in ordered(sample())] == ["a", "a1", "a2", "c", "d", "d1", "d1x", "d2"]


def test_gappy_or_duplicate_positions_still_number_stably_by_id() -> None:
    items = [item("b", None, 7), item("a", None, 7), item("z", None, 0)]
    assert number_items(items) == {"z": "1", "a": "2", "b": "3"}


def test_orphan_shows_as_top_level_instead_of_disappearing() -> None:
    items = [item("a", None, 0), item("lost", "deleted-parent", 0)]
    assert {i.id for i in ordered(items)} == {"a", "lost"}
    assert number_items(items)["lost"] in {"1", "2"}


def test_descendants_and_root() -> None:
    assert [i.id for i in descendants(sample(), "d")] == ["d1", "d1x", "d2"]
    assert descendants(sample(), "c") == []
    assert root_of(sample(), "d1x").id == "d"


def test_move_within_siblings_renumbers() -> None:
    items = sample()
    changed = move_item(items, "d2", "d", 0)
    assert {c.id: c.position for c in changed} == {"d2": 0, "d1": 1}
    assert number_items(apply(items, changed))["d2"] == "3.1"


def test_move_into_another_section_takes_its_section_with_the_subtree() -> None:
    items = sample()
    changed = move_item(items, "d1", "a", 1)
    by_id = {c.id: c for c in changed}
    assert by_id["d1"].parent_id == "a"
    assert by_id["d1"].section is AgendaSection.ANNOUNCEMENTS
    assert by_id["d1x"].section is AgendaSection.ANNOUNCEMENTS  # the sub-item follows
    assert by_id["d2"].position == 0  # old siblings close the gap
    assert by_id["a2"].position == 2  # new siblings make room
    numbers = number_items(apply(items, changed))
    assert (numbers["d1"], numbers["d1x"], numbers["a2"], numbers["d2"]) == ("1.2", "1.2.1", "1.3", "3.1")


def test_move_to_top_level_keeps_section() -> None:
    changed = move_item(sample(), "d1", None, 99)  # clamped: to the end
    moved = next(c for c in changed if c.id == "d1")
    assert (moved.parent_id, moved.position, moved.section) == (None, 3, AgendaSection.FOR_DECISION)


def test_index_is_clamped() -> None:
    changed = move_item(sample(), "a2", "a", -5)
    assert {c.id: c.position for c in changed} == {"a2": 0, "a1": 1}


def test_move_to_same_place_changes_nothing() -> None:
    assert move_item(sample(), "a1", "a", 0) == []


@pytest.mark.parametrize(
    ("item_id", "parent"), [("d", "d"), ("d", "d1"), ("d", "d1x"), ("nope", None), ("a1", "nope")]
)
def test_move_refused(item_id: str, parent: str | None) -> None:
    with pytest.raises(ValidationError):
        move_item(sample(), item_id, parent, 0)


def test_remove_takes_the_subtree_and_closes_the_gap() -> None:
    removed, changed = remove_item(sample(), "d1")
    assert removed == {"d1", "d1x"}
    assert [(c.id, c.position) for c in changed] == [("d2", 0)]
    with pytest.raises(ValidationError):
        remove_item(sample(), "nope")


def test_remove_last_changes_no_sibling() -> None:
    assert remove_item(sample(), "d") == ({"d", "d1", "d1x", "d2"}, [])


# ---- properties ---------------------------------------------------------------------------------------


@st.composite
def trees(draw: st.DrawFn, normalised: bool = True) -> list[AgendaItem]:
    """A random agenda: each item's parent is an earlier item or none; children inherit the root's section."""
    n = draw(st.integers(min_value=1, max_value=14))
    items: list[AgendaItem] = []
    counts: dict[str | None, int] = {}
    for index in range(n):
        parent = draw(st.none() | st.sampled_from(items)) if items else None
        parent_id = parent.id if parent else None
        if normalised:
            position = counts.get(parent_id, 0)
            counts[parent_id] = position + 1
        else:
            position = draw(st.integers(min_value=0, max_value=3))
        section = parent.section if parent else draw(st.sampled_from(AgendaSection))
        items.append(item(f"i{index:02d}", parent_id, position, section))
    return draw(st.permutations(items))


def depth(by_id: dict[str, AgendaItem], item_id: str) -> int:
    steps, current = 0, by_id[item_id]
    while current.parent_id is not None:
        current = by_id[current.parent_id]
        steps += 1
        assert steps <= len(by_id), "parent cycle"
    return steps


def check_invariants(items: list[AgendaItem], originals: dict[str, AgendaItem]) -> None:
    by_id = {i.id: i for i in items}
    assert by_id.keys() == originals.keys()  # the same items
    for i in items:  # only tree fields ever change
        assert replace(i, parent_id=None, position=0, section=AgendaSection.OTHER) == replace(
            originals[i.id], parent_id=None, position=0, section=AgendaSection.OTHER
        )
    siblings: dict[str | None, list[int]] = {}
    for i in items:
        assert i.parent_id is None or i.parent_id in by_id
        siblings.setdefault(i.parent_id, []).append(i.position)
        depth(by_id, i.id)  # no cycles
        assert i.section == root_of(items, i.id).section
    for positions in siblings.values():
        assert sorted(positions) == list(range(len(positions)))

    numbers = number_items(items)
    in_order = [numbers[i.id] for i in ordered(items)]
    assert len(set(in_order)) == len(items)
    keys = [tuple(int(p) for p in n.split(".")) for n in in_order]
    assert keys == sorted(keys)  # numbering agrees with depth-first order
    assert not keys or len(keys[0]) == 1
    for i in items:
        number = numbers[i.id]
        assert number.count(".") == depth(by_id, i.id)
        assert number.rsplit(".", 1)[-1] == str(i.position + 1)
        if i.parent_id is not None:
            assert number.rsplit(".", 1)[0] == numbers[i.parent_id]


moves = st.lists(
    st.tuples(st.integers(0, 20), st.one_of(st.none(), st.integers(0, 20)), st.integers(-2, 20)), max_size=12
)


@settings(max_examples=200)
@given(trees(), moves)
def test_random_moves_keep_the_tree_sound(
    items: list[AgendaItem], steps: list[tuple[int, int | None, int]]
) -> None:
    originals = {i.id: i for i in items}
    ids = sorted(originals)
    check_invariants(items, originals)
    for which, parent, index in steps:
        item_id = ids[which % len(ids)]
        parent_id = None if parent is None else ids[parent % len(ids)]
        forbidden = {item_id} | {d.id for d in descendants(items, item_id)}
        if parent_id in forbidden:
            with pytest.raises(ValidationError):
                move_item(items, item_id, parent_id, index)
            continue
        items = apply(items, move_item(items, item_id, parent_id, index))
        check_invariants(items, originals)
        moved = next(i for i in items if i.id == item_id)
        siblings = [i for i in items if i.parent_id == parent_id]
        assert moved.parent_id == parent_id
        assert moved.position == max(0, min(index, len(siblings) - 1))


@given(trees(), st.integers(0, 20))
def test_remove_keeps_the_rest_sound(items: list[AgendaItem], which: int) -> None:
    item_id = sorted(i.id for i in items)[which % len(items)]
    removed, changed = remove_item(items, item_id)
    rest = [i for i in apply(items, changed) if i.id not in removed]
    assert removed == {item_id} | {d.id for d in descendants(items, item_id)}
    check_invariants(rest, {i.id: i for i in items if i.id not in removed})


@given(trees(normalised=False))
def test_any_positions_give_a_complete_consistent_numbering(items: list[AgendaItem]) -> None:
    numbers = number_items(items)
    assert numbers.keys() == {i.id for i in items}
    assert len(set(numbers.values())) == len(items)
    assert number_items(reversed(items)) == numbers  # input order does not matter


def test_corrupt_parent_cycle_still_lists_every_item() -> None:
    items = [item("a", None, 0), item("x", "y", 0), item("y", "x", 0)]
    assert {i.id for i in ordered(items)} == {"a", "x", "y"}
    assert len(set(number_items(items).values())) == 3
