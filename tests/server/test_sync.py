"""The change feed and versioned pushes: what each user receives, pages, conflicts, tombstones, resync."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import IntegrityError

import emeeting.server.storage as storage
from emeeting.domain import model as m
from emeeting.domain.kinds import Kind
from emeeting.server.feed import purge_tombstones
from emeeting.sync import protocol as p
from tests.server.conftest import World, change, ids, pull_all, push


def test_an_invited_member_receives_the_meeting_and_nothing_of_other_meetings(world: World) -> None:
    with world.client("alice") as c:
        records, cursor = pull_all(c)
    got = ids(records)
    assert {world.meeting_a.id, world.open_item.id, world.closed_item.id, world.vote.id} <= got
    assert {world.docs[n].id for n in ("open", "confidential", "closed", "meeting_level")} <= got
    assert {world.meeting_b.id, world.meeting_h.id, world.item_b.id, world.vote_b.id} & got == set()
    assert {world.docs["b"].id, world.docs["h"].id} & got == set()
    assert world.ict.id in got and world.hr.id not in got
    assert world.people["alice"].id in got and world.people["hrsec"].id not in got
    assert cursor == max(world.versions.values())
    # The data is the desktop store's row, and decodes back to the entity that was pushed.
    meeting = next(r for r in records if r["id"] == world.meeting_a.id)
    assert p.decode("meeting", meeting["data"]) == world.meeting_a
    assert meeting["version"] == world.versions[world.meeting_a.id]


def test_a_guest_gets_open_items_and_normal_documents_only(world: World) -> None:
    with world.client("bob") as c:
        got = ids(pull_all(c)[0])
    assert {
        world.meeting_a.id,
        world.open_item.id,
        world.docs["open"].id,
        world.docs["meeting_level"].id,
    } <= got
    assert world.closed_item.id not in got
    assert {world.docs[n].id for n in ("confidential", "closed")} & got == set()
    # A guest sees their own invitation, not the member list.
    assert world.invitations["bob"].id in got and world.invitations["alice"].id not in got


def test_a_recused_member_does_not_get_the_items_closed_documents(world: World) -> None:
    with world.client("dave") as c:
        got = ids(pull_all(c)[0])
    assert world.closed_item.id in got  # the item itself is on their agenda
    assert world.docs["closed"].id not in got
    assert world.docs["confidential"].id in got  # another item's confidential document


def test_a_secretary_sees_their_committee_only(world: World) -> None:
    with world.client("sec") as c:
        got = ids(pull_all(c)[0])
    assert {world.meeting_a.id, world.meeting_b.id, world.docs["closed"].id, world.docs["b"].id} <= got
    assert {world.meeting_h.id, world.item_h.id, world.docs["h"].id, world.hr.id} & got == set()
    with world.client("admin") as c:
        assert pull_all(c)[0] == []  # running the server gives no sight of the meetings


def test_pages_cover_everything_once_in_version_order(world: World) -> None:
    with world.client("sec") as c:
        everything, _ = pull_all(c, limit=1000)
        paged, cursor = pull_all(c, limit=3)
        again = c.get("/sync/changes", params={"since": cursor}).json()
    assert [r["id"] for r in paged] == [r["id"] for r in everything]
    versions = [r["version"] for r in paged]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert again["records"] == [] and again["cursor"] == cursor and not again["more"]


def test_a_change_moves_alone_and_a_stale_push_gets_the_server_copy(world: World) -> None:
    with world.client("sec") as c, world.client("alice") as a:
        _, cursor = pull_all(a)
        edited = replace(world.open_item, title="เรื่องเปิด (แก้ไข)")
        r = push(c, edited, base=world.versions[edited.id])
        assert r.status_code == 200, r.text
        new_version = r.json()["accepted"][0]["version"]
        page = a.get("/sync/changes", params={"since": cursor}).json()
        assert [(x["id"], x["version"]) for x in page["records"]] == [(edited.id, new_version)]
        assert page["records"][0]["data"]["title"] == "เรื่องเปิด (แก้ไข)"

        stale = replace(world.open_item, background="ความเป็นมาใหม่")
        other = replace(world.closed_item, facts="ข้อเท็จจริง")
        r = c.post(
            "/sync/push",
            json={
                "changes": [change(other, world.versions[other.id]), change(stale, world.versions[stale.id])]
            },
        )
        assert r.status_code == 412
        body = r.json()
        assert body["error"] == "conflict"
        [conflict] = body["conflicts"]
        assert conflict["id"] == stale.id and conflict["server"]["version"] == new_version
        assert conflict["server"]["data"]["title"] == "เรื่องเปิด (แก้ไข)"
        # All or nothing: the other, valid change was not applied either.
        assert c.get(f"/records/agenda_item/{other.id}").json()["data"]["facts"] == ""
        # A record created twice (two desktops, same id) is a conflict too.
        r = push(c, world.open_item)
        assert r.status_code == 412 and r.json()["conflicts"][0]["server"]["version"] == new_version


def test_a_delete_is_a_tombstone_in_the_feed(world: World) -> None:
    with world.client("sec") as c, world.client("alice") as a:
        _, cursor = pull_all(a)
        r = c.post(
            "/sync/push",
            json={
                "changes": [change(world.docs["open"], world.versions[world.docs["open"].id], deleted=True)]
            },
        )
        assert r.status_code == 200, r.text
        records, _ = pull_all(a, cursor)
    assert [(x["id"], x["deleted"]) for x in records] == [(world.docs["open"].id, True)]


def test_a_cursor_older_than_the_kept_history_must_resync(world: World) -> None:
    doc = world.docs["meeting_level"]
    with world.client("sec") as c, world.client("alice") as a:
        _, old_cursor = pull_all(a)
        r = c.post("/sync/push", json={"changes": [change(doc, world.versions[doc.id], deleted=True)]})
        tombstone = r.json()["accepted"][0]["version"]
        push(c, replace(world.meeting_a, place="ห้อง 9"), base=world.versions[world.meeting_a.id])
        assert purge_tombstones(world.live.state.db, tombstone + 1) == 1
        r = a.get("/sync/changes", params={"since": old_cursor})
        assert r.status_code == 410
        assert r.json()["error"] == "resync_required" and r.json()["oldest_cursor"] == tombstone
        records, _ = pull_all(a, 0)  # a full pull works, and the purged document is simply absent
        assert doc.id not in ids(records) and world.meeting_a.id in ids(records)
        # A cursor from another server (or a restored one) is beyond the newest version: resync too.
        assert a.get("/sync/changes", params={"since": 10**9}).status_code == 410


def test_a_new_invitation_makes_the_invitees_device_resync_and_then_see_the_meeting(world: World) -> None:
    with world.client("alice") as a, world.client("sec") as c:
        _, cursor = pull_all(a)
        assert world.meeting_b.id not in ids(pull_all(a)[0])
        r = push(c, m.Invitation(world.meeting_b.id, world.people["alice"].id))
        assert r.status_code == 200
        r = a.get("/sync/changes", params={"since": cursor})
        assert r.status_code == 410 and r.json()["error"] == "resync_required"
        records, cursor = pull_all(a, 0)
        assert {world.meeting_b.id, world.item_b.id, world.docs["b"].id} <= ids(records)
        assert a.get("/sync/changes", params={"since": cursor}).status_code == 200


def test_a_person_seen_through_an_invitation_is_taken_back_with_it(world: World) -> None:
    bob = world.people["bob"]
    with world.client("alice") as a, world.client("sec") as c:
        records, cursor = pull_all(a)
        assert bob.id in ids(records, "person")
        invitation = world.invitations["bob"]
        r = c.post(
            "/sync/push", json={"changes": [change(invitation, world.versions[invitation.id], deleted=True)]}
        )
        assert r.status_code == 200, r.text
        r = a.get("/sync/changes", params={"since": cursor})
        assert r.status_code == 410 and r.json()["error"] == "resync_required"
        records, cursor = pull_all(a, 0)
        assert bob.id not in ids(records, "person") and world.people["dave"].id in ids(records, "person")
        assert a.get("/sync/changes", params={"since": cursor}).status_code == 200
        # Invited again: the device starts over once more and gets him back.
        assert push(c, m.Invitation(world.meeting_a.id, bob.id, role=m.InviteeRole.GUEST)).status_code == 200
        assert a.get("/sync/changes", params={"since": cursor}).status_code == 410
        assert bob.id in ids(pull_all(a, 0)[0], "person")


def test_an_attendee_may_rsvp_on_their_own_invitation_only(world: World) -> None:
    mine = world.invitations["alice"]
    with world.client("alice") as a:
        accepted = replace(mine, rsvp=m.Rsvp.DECLINED, rsvp_reason="ติดราชการ")
        r = push(a, accepted, base=world.versions[mine.id])
        assert r.status_code == 200, r.text
        sneaky = replace(accepted, role=m.InviteeRole.MEMBER, attendance=m.Attendance.ONLINE)
        assert push(a, sneaky, base=r.json()["accepted"][0]["version"]).status_code == 403
        other = replace(world.invitations["dave"], rsvp=m.Rsvp.DECLINED)
        assert push(a, other, base=world.versions[other.id]).status_code == 404
        assert push(a, m.Invitation(world.meeting_a.id, world.people["carol"].id)).status_code == 403
    with world.client("sec") as c:
        assert c.get(f"/records/invitation/{mine.id}").json()["data"]["rsvp"] == "declined"


def test_members_cast_their_own_ballots_and_the_secretary_sees_them(world: World) -> None:
    ballot = m.Ballot(world.vote.id, world.people["alice"].id, m.Choice.FOR)
    with world.client("alice") as a:
        assert push(a, ballot).status_code == 200
        assert push(a, m.Ballot(world.vote.id, world.people["dave"].id, m.Choice.AGAINST)).status_code == 403
        assert push(a, m.Ballot(world.vote_b.id, world.people["alice"].id, m.Choice.FOR)).status_code == 404
    with world.client("bob") as b:  # a guest does not vote
        assert push(b, m.Ballot(world.vote.id, world.people["bob"].id, m.Choice.FOR)).status_code in (
            403,
            404,
        )
    with world.client("sec") as c:
        assert ballot.id in ids(pull_all(c)[0], "ballot")
        closed = replace(world.vote, result=m.VoteResult.PASSED, votes_for=1)
        assert push(c, closed, base=world.versions[world.vote.id]).status_code == 200
    with world.client("dave") as d:  # a closed vote takes no more ballots
        assert push(d, m.Ballot(world.vote.id, world.people["dave"].id, m.Choice.FOR)).status_code == 403


def test_a_private_note_goes_to_its_owner_only(world: World) -> None:
    note = m.PrivateNote(world.meeting_a.id, "ถามเรื่องงบประมาณ", item_id=world.open_item.id)
    with world.client("alice") as a:
        r = push(a, note)
        assert r.status_code == 200, r.text
        assert note.id in ids(pull_all(a)[0], Kind.PRIVATE_NOTE)
        # Not on a meeting the owner cannot see.
        assert push(a, m.PrivateNote(world.meeting_b.id, "x")).status_code == 403
    for other in ("sec", "dave", "bob"):
        with world.client(other) as c:
            assert note.id not in ids(pull_all(c)[0])
            assert c.get(f"/records/private_note/{note.id}").status_code == 404
            assert _as_if_unknown(push(c, replace(note, text="!"), base=r.json()["accepted"][0]["version"]))


def test_attendees_cannot_change_the_meeting(world: World) -> None:
    with world.client("alice") as a:
        edited = replace(world.meeting_a, title="แก้โดยผู้เข้าประชุม")
        assert push(a, edited, base=world.versions[edited.id]).status_code == 403
        assert push(a, m.AgendaItem(world.meeting_a.id, "วาระแทรก")).status_code == 403
    with world.client("sec") as c:  # nor may a secretary touch another committee's meeting
        assert _as_if_unknown(
            push(c, replace(world.meeting_h, title="x"), base=world.versions[world.meeting_h.id])
        )
        assert push(c, m.AgendaItem(world.meeting_h.id, "วาระแทรก")).status_code == 403
        # Moving a meeting into a committee one keeps does not work either.
        moved = replace(world.meeting_h, committee_id=world.ict.id, number=9)
        assert _as_if_unknown(push(c, moved, base=world.versions[world.meeting_h.id]))
    with world.client("hrsec") as h:
        assert _lists_as(h, world.meeting_h.id, title="ประชุม H", committee_id=world.hr.id)


def _as_if_unknown(r: httpx.Response) -> bool:
    """A change to a record one may not see gets the answer for an id the server does not have: a conflict
    without the server's copy (nothing of the record is shown, nothing is written)."""
    return r.status_code == 412 and [c["server"] for c in r.json()["conflicts"]] == [None]


def _lists_as(client: httpx.Client, record_id: str, **fields: object) -> bool:
    data = next(r["data"] for r in pull_all(client)[0] if r["id"] == record_id)
    return all(data[k] == v for k, v in fields.items())


def test_invalid_records_are_refused_and_change_nothing(world: World) -> None:
    with world.client("sec") as c:
        before = c.get("/health").json()["server_version"]
        bad_title = replace(world.meeting_a, title="  ")
        assert push(c, bad_title, base=world.versions[bad_title.id]).status_code == 422
        orphan = m.AgendaItem(m.new_id(), "ไม่มีการประชุม")
        assert push(c, orphan).status_code == 422
        missing_blob = m.Document(world.meeting_a.id, "x", "x.pdf", "application/pdf", 3, "ab" * 32)
        r = push(c, missing_blob)
        assert r.status_code == 422 and r.json()["error"] == "missing_blob"
        wrong_shape = change(world.open_item, world.versions[world.open_item.id])
        wrong_shape["data"]["closed"] = "yes"
        assert c.post("/sync/push", json={"changes": [wrong_shape]}).status_code == 422
        del wrong_shape["data"]["closed"]
        assert c.post("/sync/push", json={"changes": [wrong_shape]}).status_code == 422
        twice = change(world.open_item, world.versions[world.open_item.id])
        assert c.post("/sync/push", json={"changes": [twice, twice]}).status_code == 422
        assert c.get("/health").json()["server_version"] == before


def test_top_secret_stays_home_unless_the_committee_allows_it(world: World) -> None:
    secret = replace(world.docs["open"], id=m.new_id(), secrecy=m.Secrecy.TOP_SECRET)
    with world.client("alice") as a:
        _, cursor = pull_all(a)
    with world.client("sec") as c:
        r = push(c, secret)
        assert r.status_code == 403 and r.json()["records"] == [f"document/{secret.id}"]
        world.live.state.accounts.set_policy(world.ict.id, offline_days=3, allow_top_secret=True)
        assert push(c, secret).status_code == 200
        assert c.get("/me").json()["policies"] == [
            {"committee_id": world.ict.id, "offline_days": 3, "allow_top_secret": True}
        ]
    with world.client("alice") as a:
        # A new policy changes what laptops may hold: every device starts over with a full pull.
        assert a.get("/sync/changes", params={"since": cursor}).json()["error"] == "resync_required"
        assert secret.id in ids(pull_all(a)[0])


def test_concurrent_pushes_get_distinct_increasing_versions_and_the_feed_misses_none(world: World) -> None:
    items = [m.AgendaItem(world.meeting_b.id, f"เรื่อง {n}", position=n) for n in range(40)]
    with world.client("carol") as reader:
        _, cursor = pull_all(reader)
    errors: list[str] = []

    def writer(chunk: list[m.AgendaItem]) -> None:
        with world.client("sec") as c:
            for item in chunk:
                r = push(c, item)
                if r.status_code != 200:
                    errors.append(r.text)

    threads = [threading.Thread(target=writer, args=(items[n::4],)) for n in range(4)]
    seen: list[dict[str, object]] = []
    with world.client("carol") as reader:
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):  # poll while the writers write
            records, cursor = pull_all(reader, cursor)
            seen += records
        for t in threads:
            t.join()
        records, cursor = pull_all(reader, cursor)
        seen += records
    assert errors == []
    assert ids(seen, "agenda_item") == {i.id for i in items}
    versions = [r["version"] for r in seen]
    assert len(set(versions)) == len(versions) == len(items)


def test_minutes_go_to_members_and_the_secretarys_item_notes_stay_with_secretaries(world: World) -> None:
    minutes = m.Minutes(world.meeting_a.id)
    entry = m.MinutesEntry(minutes.id, world.open_item.id, "ที่ประชุมรับทราบ")
    version = m.MinutesVersion(minutes.id, 0, "รายงานการประชุม", "ab" * 32)
    note = m.ItemNote(world.open_item.id, "ประธานขอให้แก้ไขตัวเลข")
    with world.client("sec") as c:
        assert push(c, minutes, entry, version, note).status_code == 200
    expected = {
        "alice": {minutes.id, entry.id, version.id},
        "dave": {minutes.id, entry.id, version.id},
        "bob": set(),  # a guest gets no minutes
        "carol": set(),
        "sec": {minutes.id, entry.id, version.id, note.id},
        "hrsec": set(),
    }
    for user, visible in expected.items():
        with world.client(user) as c:
            got = ids(pull_all(c)[0])
        assert got & {minutes.id, entry.id, version.id, note.id} == visible, user
    with world.client("alice") as a:
        assert _as_if_unknown(push(a, replace(note, text="แก้โดยสมาชิก"), base=1))
        assert push(a, m.ItemNote(world.open_item.id, "x")).status_code == 403


def test_a_new_login_starts_with_a_full_pull(world: World) -> None:
    with world.client("alice") as a:
        _, cursor = pull_all(a)
    with world.live.client(world.live.login("alice", device="new laptop")) as fresh:
        r = fresh.get("/sync/changes", params={"since": cursor})
        assert r.status_code == 410 and r.json()["error"] == "resync_required"
        records, again = pull_all(fresh, 0)
        assert again == cursor and world.meeting_a.id in ids(records)
        assert fresh.get("/sync/changes", params={"since": again}).json()["records"] == []


def test_changes_in_meetings_one_cannot_see_only_move_the_cursor(world: World) -> None:
    with world.client("carol") as c, world.client("sec") as s:
        _, cursor = pull_all(c)
        r = push(s, replace(world.closed_item, facts="ลับ"), base=world.versions[world.closed_item.id])
        newest = r.json()["server_version"]
        page = c.get("/sync/changes", params={"since": cursor}).json()
        server_id = world.live.state.db.server_id()
        assert page == {
            "records": [], "cursor": newest, "more": False, "server_version": newest, "server_id": server_id
        }  # fmt: skip


def test_the_record_of_a_meeting_with_certified_minutes_changes_only_through_an_amendment(
    world: World,
) -> None:
    draft = world.extras["minutes"]
    assert isinstance(draft, m.Minutes)
    entry, frozen, task = (world.extras[k] for k in ("minutes_entry", "minutes_version", "action_item"))
    assert isinstance(entry, m.MinutesEntry) and isinstance(frozen, m.MinutesVersion)
    assert isinstance(task, m.ActionItem)
    certified = replace(
        draft,
        status=m.MinutesStatus.CERTIFIED,
        certification_method=m.CertificationMethod.NEXT_MEETING,
        certified_at=datetime(2026, 3, 17, 2, 30, tzinfo=UTC),
        certified_sha256=frozen.sha256,
    )
    v = world.versions
    # The push that certifies carries the last edits made before certifying: they go through.
    last_edit = replace(entry, text="ที่ประชุมรับทราบ (ก่อนรับรอง)")
    with world.client("sec") as c:
        r = c.post(
            "/sync/push", json={"changes": [change(certified, v[draft.id]), change(last_edit, v[entry.id])]}
        )
        assert r.status_code == 200, r.text
        server = {x["id"]: x for x in pull_all(c)[0]}
        edited = replace(world.open_item, title="เรื่องเปิด (หลังรับรอง)")
        late = m.AgendaItem(world.meeting_a.id, "วาระที่เพิ่มหลังรับรอง", position=5)
        changes = [
            change(edited, v[edited.id]),
            change(late),
            change(world.vote, v[world.vote.id], deleted=True),
            change(replace(entry, text="แก้โดยไม่แก้ไขรายงาน"), server[entry.id]["version"]),
        ]
        r = c.post("/sync/push", json={"changes": changes})
        assert r.status_code == 403  # every refused record is named, so that the device takes back each one
        assert set(r.json()["records"]) == {
            f"agenda_item/{edited.id}",
            f"agenda_item/{late.id}",
            f"vote/{world.vote.id}",
            f"minutes_entry/{entry.id}",
        }
        # Nor does a record of another meeting reach into it.
        stray = m.Vote(world.meeting_b.id, world.open_item.id, "ลงมติแทรกจากการประชุม B")
        r = push(c, stray)
        assert r.status_code == 403 and r.json()["records"] == [f"vote/{stray.id}"]
        assert {x["id"]: x for x in pull_all(c)[0]} == server  # nothing changed
        # What stays open: an action item's follow-up, papers filed with the meeting itself, a member's
        # own notes, and the records of other meetings.
        paper = world.docs["meeting_level"]
        r = c.post(
            "/sync/push",
            json={
                "changes": [
                    change(replace(task, status=m.ActionStatus.DONE), v[task.id]),
                    change(replace(paper, name="สำเนารายงานที่ลงนามแล้ว"), v[paper.id]),
                    change(replace(world.item_b, title="เรื่อง B (แก้ไข)"), v[world.item_b.id]),
                ]
            },
        )
        assert r.status_code == 200, r.text
        [task_version] = [a["version"] for a in r.json()["accepted"] if a["id"] == task.id]
        done = replace(task, status=m.ActionStatus.DONE, title="งานอื่น")
        r = c.post("/sync/push", json={"changes": [change(done, task_version)]})
        assert r.status_code == 403  # the task itself is what the minutes record
    with world.client("alice") as a:
        assert push(a, m.PrivateNote(world.meeting_a.id, "ทบทวนก่อนประชุมครั้งหน้า")).status_code == 200
    # An amendment: the entry, a correction of the record and the next frozen version, together.
    amended = m.MinutesVersion(draft.id, 1, "รายงานการประชุม A (แก้ไข)", "cd" * 32, reason="แก้ถ้อยคำ")
    invitation = world.invitations["alice"]
    with world.client("sec") as c:
        corrections = [
            change(replace(entry, text="ที่ประชุมรับทราบ (แก้ไข)"), server[entry.id]["version"]),
            change(replace(invitation, absence_reason="ติดราชการ"), v[invitation.id]),
            change(amended),
        ]
        r = c.post("/sync/push", json={"changes": corrections})
        assert r.status_code == 200, r.text
        # An amendment never rewrites the certified minutes or an earlier frozen version.
        forged = replace(frozen, text="ปลอม")
        next_version = m.MinutesVersion(draft.id, 2, "รายงานการประชุม A (ปลอม)", "ef" * 32, reason="x")
        changes = [change(forged, v[frozen.id]), change(next_version)]
        r = c.post("/sync/push", json={"changes": changes})
        assert r.status_code == 403 and r.json()["records"] == [f"minutes_version/{frozen.id}"]


def test_a_voter_has_one_ballot_per_vote_and_a_second_one_is_refused(world: World) -> None:
    first = m.Ballot(world.vote.id, world.people["alice"].id, m.Choice.FOR)
    with world.client("alice") as a:
        r = push(a, first)
        assert r.status_code == 200, r.text
        version = r.json()["accepted"][0]["version"]
        for choice in (m.Choice.AGAINST, m.Choice.FOR):  # the same ballot again, under new ids
            again = m.Ballot(world.vote.id, world.people["alice"].id, choice)
            r = push(a, again)
            assert r.status_code == 403, r.text
            assert "already voted" in r.json()["message"] and r.json()["records"] == [f"ballot/{again.id}"]
        # Changing one's own ballot stays possible.
        r = push(a, replace(first, choice=m.Choice.AGAINST), base=version)
        assert r.status_code == 200, r.text
    with world.client("dave") as d:  # two in one push: the second is refused, and so is the push
        pair = [m.Ballot(world.vote.id, world.people["dave"].id, c) for c in (m.Choice.FOR, m.Choice.AGAINST)]
        assert push(d, *pair).status_code == 403
    with world.client("sec") as c:
        ballots = [r for r in pull_all(c)[0] if r["kind"] == "ballot" and not r["deleted"]]
    assert [b["id"] for b in ballots] == [first.id]
    assert ballots[0]["data"]["choice"] == m.Choice.AGAINST


def test_an_invisible_record_and_an_unknown_one_get_the_same_answer(world: World) -> None:
    hidden = replace(world.item_h, title="ของคนอื่น")  # HR's item: alice cannot see it
    unknown = m.AgendaItem(world.meeting_h.id, "ของคนอื่น")
    unknown = replace(hidden, id=unknown.id)
    with world.client("alice") as a:
        for base in (0, 1):
            answers = [push(a, entity, base=base) for entity in (hidden, unknown)]
            assert answers[0].status_code == answers[1].status_code, [r.text for r in answers]
            bodies = [r.json() for r in answers]
            for body, entity in zip(bodies, (hidden, unknown), strict=True):
                body["message"] = body["message"].replace(entity.id, "ID")
                body["records"] = [r.replace(entity.id, "ID") for r in body["records"]]
                for conflict in body.get("conflicts", []):
                    conflict["id"] = "ID"
            assert bodies[0] == bodies[1]


def test_an_upgrade_keeps_a_voters_newest_ballot_and_withdraws_the_others(db_url: str) -> None:
    db = storage.Database(db_url, pool_size=1)
    config = Config()
    config.set_main_option("script_location", str(Path(storage.__file__).with_name("migrations")))
    try:
        with db.writer.begin() as conn:  # a database from before the unique key, with a stuffed vote
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
            for version, (ballot_id, person) in enumerate((("b1", "p1"), ("b2", "p1"), ("b3", "p2")), 1):
                data = {"id": ballot_id, "vote_id": "v1", "person_id": person, "choice": "for"}
                conn.execute(
                    text(
                        "INSERT INTO records (kind, id, version, deleted, data, person_id, updated_at,"
                        " updated_by)"
                        " VALUES ('ballot', :id, :version, :no, :data, :person, '2026-03-01', 'x')"
                    ),
                    {
                        "id": ballot_id,
                        "version": version,
                        "no": False,
                        "data": json.dumps(data),
                        "person": person,
                    },
                )
            conn.execute(update(storage.meta).values(version=3))
        db.upgrade()
        with db.read() as conn:
            rows = conn.execute(
                select(storage.records.c.id, storage.records.c.deleted, storage.records.c.version)
            ).all()
        assert {(r.id, r.deleted) for r in rows} == {("b1", True), ("b2", False), ("b3", False)}
        assert next(r.version for r in rows if r.id == "b1") == 4  # a new version: devices take it back
        with pytest.raises(IntegrityError), db.write() as conn:
            conn.execute(
                insert(storage.records).values(
                    kind="ballot",
                    id="b4",
                    version=5,
                    deleted=False,
                    data="{}",
                    person_id="p2",
                    vote_id="v1",
                    updated_at="2026-03-01",
                    updated_by="x",
                )
            )
    finally:
        db.dispose()


def test_an_upgrade_empties_the_words_of_annotations_deleted_before(db_url: str) -> None:
    db = storage.Database(db_url, pool_size=1)
    config = Config()
    config.set_main_option("script_location", str(Path(storage.__file__).with_name("migrations")))
    said = {"quote": "งบประมาณลับ", "text": "ถามเรื่องสัญญา", "geometry": "[[72, 90, 200, 104]]"}
    try:
        with db.writer.begin() as conn:  # a server from before tombstones kept no words
            config.attributes["connection"] = conn
            command.upgrade(config, "0004")
            for version, (annotation_id, deleted) in enumerate((("gone", True), ("kept", False)), 1):
                data = {"id": annotation_id, "meeting_id": "m1", "owner": "alice", **said}
                conn.execute(
                    text(
                        "INSERT INTO records (kind, id, version, deleted, data, updated_at, updated_by)"
                        " VALUES ('annotation', :id, :version, :deleted, :data, '2026-03-01', 'alice')"
                    ),
                    {"id": annotation_id, "version": version, "deleted": deleted, "data": json.dumps(data)},
                )
        db.upgrade()
        with db.read() as conn:
            rows = conn.execute(
                select(storage.records.c.id, storage.records.c.data, storage.records.c.version)
            ).all()
        stored = {r.id: (json.loads(r.data), r.version) for r in rows}
        gone, gone_version = stored["gone"]
        assert (gone["quote"], gone["text"], gone["geometry"]) == ("", "", "[]")
        assert (gone["owner"], gone["meeting_id"], gone_version) == ("alice", "m1", 1)
        assert {k: stored["kept"][0][k] for k in said} == said  # a live annotation keeps what it says
    finally:
        db.dispose()
