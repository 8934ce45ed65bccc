"""When a paper, its item or its meeting becomes unreadable for someone, the feed takes the committee-shared
annotations on it back from them with the paper: their device is told to start over (410) and its full
pull no longer holds them, while those who may still read the paper keep both. In the style of the access
matrix, against a real server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from emeeting.domain import model as m
from tests.server.conftest import World, change, ids, pull_all, push

Narrowing = Callable[[World], object]


def _update(world: World, entity: object) -> None:
    with world.client("sec") as c:
        r = push(c, entity, base=world.versions[entity.id])  # type: ignore[attr-defined]
        assert r.status_code == 200, r.text


def _paper_raised(world: World) -> None:  # the paper's own class raised above a guest's
    _update(world, replace(world.docs["open"], secrecy=m.Secrecy.CONFIDENTIAL))


def _paper_moved_under_the_closed_item(world: World) -> None:
    _update(world, replace(world.docs["open"], item_id=world.closed_item.id))


def _item_closed(world: World) -> None:
    _update(world, replace(world.open_item, closed=True))


def _meeting_raised(world: World) -> None:
    _update(world, replace(world.meeting_a, secrecy=m.Secrecy.CONFIDENTIAL))


def _guest_removed(world: World) -> None:
    invitation = world.invitations["bob"]
    with world.client("sec") as c:
        r = c.post(
            "/sync/push", json={"changes": [change(invitation, world.versions[invitation.id], deleted=True)]}
        )
        assert r.status_code == 200, r.text


def _paper_top_secret_for_everyone(world: World) -> None:  # (the committee does not allow it to leave)
    _update(world, replace(world.docs["open"], secrecy=m.Secrecy.SECRET))
    with world.client("sec") as c:
        r = c.get(f"/records/document/{world.docs['open'].id}")
        version = r.json()["version"]
        r = push(c, replace(world.docs["open"], secrecy=m.Secrecy.TOP_SECRET), base=version)
        # Top secret does not go to the server at all: raised to secret, members keep it.
        assert r.status_code == 403


# (narrowing, who loses the paper's shared annotation, who keeps it)
CASES: dict[str, tuple[Narrowing, str, str]] = {
    "paper_raised": (_paper_raised, "bob", "dave"),
    "paper_moved_under_the_closed_item": (_paper_moved_under_the_closed_item, "bob", "sec"),
    "item_closed": (_item_closed, "bob", "dave"),
    "meeting_raised": (_meeting_raised, "bob", "dave"),
    "guest_removed": (_guest_removed, "bob", "dave"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_shared_annotations_on_a_paper_that_narrows_are_withdrawn_with_it(world: World, case: str) -> None:
    narrow, loses, keeps = CASES[case]
    shared = world.annotations["ann_committee"]
    paper = world.docs["open"]
    cursors: dict[str, int] = {}
    for user in (loses, keeps):
        with world.client(user) as c:
            records, cursors[user] = pull_all(c)
            assert {shared.id, paper.id} <= ids(records), user
    narrow(world)
    with world.client(loses) as c:
        r = c.get("/sync/changes", params={"since": cursors[loses]})
        assert r.status_code == 410 and r.json()["error"] == "resync_required", r.text
        records, cursor = pull_all(c, 0)
        assert shared.id not in ids(records) and paper.id not in ids(records)
        assert c.get(f"/records/annotation/{shared.id}").status_code == 404
        assert c.get("/sync/changes", params={"since": cursor}).status_code == 200  # settled
    with world.client(keeps) as c:
        records, _ = pull_all(c, 0)
        assert {shared.id, paper.id} <= ids(records)


def test_a_papers_class_raised_for_members_too_withdraws_its_annotations_from_the_recused(
    world: World,
) -> None:
    """Dave is recused from the closed item only; a confidential paper on the open item is his to read
    until he is recused from the open item too."""
    confidential = world.docs["confidential"]
    note = m.Annotation(
        world.meeting_a.id, "alice", m.AnnotationShape.STICKY, document_id=confidential.id,
        sha256=confidential.sha256, geometry="[10, 10]", text="ดูตัวเลข", sharing=m.Sharing.COMMITTEE,
    )  # fmt: skip
    with world.client("alice") as a:
        assert push(a, note).status_code == 200
    with world.client("dave") as d:
        records, cursor = pull_all(d)
        assert note.id in ids(records)
    with world.client("sec") as c:
        assert push(c, m.Recusal(world.open_item.id, world.people["dave"].id)).status_code == 200
    with world.client("dave") as d:
        assert d.get("/sync/changes", params={"since": cursor}).status_code == 410
        records, _ = pull_all(d, 0)
        assert note.id not in ids(records) and confidential.id not in ids(records)
