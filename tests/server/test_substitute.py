"""A member names who attends in their place, from their own computer: the server takes an invitation of a
person of the committee's roll, or of someone new named with their name and position in the same push, in
place of the caller only; anything else (another member's place, a person not on the roll, an unknown id,
a guest, fields that are the secretary's, a meeting field smuggled in) is refused and changes nothing."""

from __future__ import annotations

from dataclasses import replace

import httpx
import pytest

from emeeting.domain import model as m
from tests.server.conftest import World, change, ids, pull_all, push


def _on_roll(world: World, *names: str) -> None:
    with world.client("sec") as c:
        r = push(c, *(m.Membership(world.ict.id, world.people[n].id) for n in names))
        assert r.status_code == 200, r.text


def _in_place_of(world: World, name: str, person: m.Person) -> m.Invitation:
    return m.Invitation(
        world.meeting_a.id, person.id, rsvp=m.Rsvp.ACCEPTED, substitute_for_id=world.people[name].id
    )


def _answer(world: World, name: str, reason: str = "ติดราชการต่างจังหวัด") -> dict[str, object]:
    mine = world.invitations[name]
    sending = replace(mine, rsvp=m.Rsvp.SUBSTITUTE, rsvp_reason=reason)
    return change(sending, world.versions[mine.id])


def _server_version(c: httpx.Client) -> int:
    return int(c.get("/health").json()["server_version"])


def test_a_member_names_a_person_of_the_roll_and_the_secretary_sees_it(world: World) -> None:
    _on_roll(world, "carol")
    substitute = _in_place_of(world, "alice", world.people["carol"])
    with world.client("alice") as a:
        r = a.post("/sync/push", json={"changes": [_answer(world, "alice"), change(substitute)]})
        assert r.status_code == 200, r.text
    with world.client("sec") as c:
        got = c.get(f"/records/invitation/{substitute.id}").json()["data"]
        assert got["substitute_for_id"] == world.people["alice"].id
        assert got["person_id"] == world.people["carol"].id
        own = c.get(f"/records/invitation/{world.invitations['alice'].id}").json()["data"]
        assert own["rsvp"] == "substitute"
    # Alice may take it back (to name someone else, or to attend herself) while nobody has recorded it.
    with world.client("alice") as a:
        version = {r["id"]: r["version"] for r in pull_all(a)[0]}[substitute.id]
        r = a.post("/sync/push", json={"changes": [change(substitute, version, deleted=True)]})
        assert r.status_code == 200, r.text


def test_someone_not_on_the_roll_is_named_with_name_and_position(world: World) -> None:
    person = m.Person("สมศักดิ์", "ทำแทน", title="นาย", position="ผู้อำนวยการกองแผนงาน")
    substitute = _in_place_of(world, "alice", person)
    with world.client("alice") as a:
        r = a.post(
            "/sync/push", json={"changes": [_answer(world, "alice"), change(person), change(substitute)]}
        )
        assert r.status_code == 200, r.text
        assert {person.id, substitute.id} <= ids(pull_all(a)[0])
    with world.client("sec") as c:
        got = c.get(f"/records/person/{person.id}").json()["data"]
        assert (got["first_name"], got["position"]) == ("สมศักดิ์", "ผู้อำนวยการกองแผนงาน")
        assert c.get(f"/records/invitation/{substitute.id}").json()["data"]["person_id"] == person.id


@pytest.mark.parametrize(
    "attempt",
    [
        "another_members_place",
        "unknown_person",
        "person_of_another_committee",
        "person_without_invitation",
        "edit_a_person_of_the_roll",
        "attendance_recorded",
        "meeting_field_smuggled",
        "a_guest_sends_a_substitute",
        "second_substitute",
        "a_person_already_invited",
    ],
)
def test_hostile_substitutes_are_refused_and_change_nothing(world: World, attempt: str) -> None:
    _on_roll(world, "carol")
    user = "alice"
    carol, stranger = world.people["carol"], m.Person("ใคร", "ก็ได้")
    changes: list[dict[str, object]]
    match attempt:
        case "another_members_place":  # in dave's place, not her own
            changes = [change(_in_place_of(world, "dave", carol))]
        case "unknown_person":
            changes = [change(_in_place_of(world, "alice", replace(carol, id=m.new_id())))]
        case "person_of_another_committee":  # exists on the server, not on ICT's roll
            changes = [change(_in_place_of(world, "alice", world.people["hrsec"]))]
        case "person_without_invitation":
            changes = [change(stranger)]
        case "edit_a_person_of_the_roll":
            renamed = replace(carol, first_name="Mallory")
            changes = [change(renamed, world.versions[carol.id]), change(_in_place_of(world, "alice", carol))]
        case "attendance_recorded":
            present = replace(_in_place_of(world, "alice", carol), attendance=m.Attendance.PRESENT)
            changes = [change(present)]
        case "meeting_field_smuggled":
            moved = replace(world.meeting_a, title="ประชุมที่ถูกแก้")
            changes = [
                change(moved, world.versions[world.meeting_a.id]),
                change(_in_place_of(world, "alice", carol)),
            ]
        case "a_guest_sends_a_substitute":
            user = "bob"
            changes = [change(_in_place_of(world, "bob", carol))]
        case "second_substitute":
            with world.client("alice") as a:
                r = a.post("/sync/push", json={"changes": [change(_in_place_of(world, "alice", carol))]})
                assert r.status_code == 200, r.text
            changes = [change(stranger), change(_in_place_of(world, "alice", stranger))]
        case "a_person_already_invited":  # dave is invited already
            changes = [change(_in_place_of(world, "alice", world.people["dave"]))]
    with world.client("sec") as c:
        before = _server_version(c)
        seen_before = pull_all(c)[0]
    with world.client(user) as a:
        r = a.post("/sync/push", json={"changes": changes})
        assert r.status_code in (403, 404, 422), r.text
        assert r.json()["message"]
    with world.client("sec") as c:
        assert _server_version(c) == before
        assert pull_all(c)[0] == seen_before
