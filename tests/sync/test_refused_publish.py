"""A publish the server refuses is dropped cleanly: the meeting stays on the computer as it is, the user is
told which meeting and why, no conflict copies are made, and the next sync goes on as before.

The case: the secretary of ICT also keeps the finance committee's meeting on her computer, but on the
server she is not that committee's secretary (another user is).
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, update

from emeeting.cli import main
from emeeting.domain import model as m
from emeeting.server.storage import secretary_committees, users
from emeeting.services.container import Services
from emeeting.storage.sync_state import SyncStore
from emeeting.sync.engine import PublishRefused
from tests.server.conftest import PASSWORD, Live
from tests.sync.conftest import Office, attach_bytes, content

FINANCE = "คณะกรรมการการเงิน"
NOT_SECRETARY = f"you are not the secretary of committee {FINANCE} on this server"


def make_secretary_of(live: Live, user: str, *committees: str) -> None:
    """What the administrator does on the server: the user is the secretary of these committees now."""
    with live.state.db.write() as conn:
        user_id = conn.execute(select(users.c.id).where(users.c.name == user)).scalar_one()
        conn.execute(delete(secretary_committees).where(secretary_committees.c.user_id == user_id))
        for committee in committees:
            conn.execute(insert(secretary_committees).values(user_id=user_id, committee_id=committee))
        conn.execute(update(users).where(users.c.id == user_id).values(scope_serial=users.c.scope_serial + 1))


def _finance_meeting(office: Office) -> m.Meeting:
    """The finance committee's meeting, made on the ICT secretary's computer; on the server the finance
    committee has a secretary of its own."""
    services = office.secretary.services
    finance = m.Committee(FINANCE, "FIN")
    narin = m.Person("Narin", "Test")
    services.records.create(finance, narin)
    services.records.create(
        m.Membership(finance.id, narin.id, role=m.MemberRole.SECRETARY),
        m.Membership(finance.id, office.people["alice"].id),
    )
    office.live.state.accounts.add_user(
        "narin", PASSWORD, "secretary", person_id=narin.id, committees=(finance.id,)
    )
    start = office.meeting.start + timedelta(days=3)
    services.meetings.create(finance.id, "ประชุมงบประมาณ", start, template="th")
    meeting = services.records.select(m.Meeting, committee_id=finance.id)[0]
    item = services.records.select(m.AgendaItem, meeting_id=meeting.id, order_by=("position",))[0]
    attach_bytes(services, meeting.id, item.id, "budget.pdf", content("budget"))
    services.records.create(m.Invitation(meeting.id, office.people["alice"].id))
    return meeting


KINDS: tuple[type, ...] = (
    m.Committee,
    m.Person,
    m.Membership,
    m.Meeting,
    m.AgendaItem,
    m.Document,
    m.Invitation,
)


def _everything(services: Services) -> dict[str, Any]:
    return {cls.__name__: sorted(services.records.select(cls), key=lambda x: x.id) for cls in KINDS}


def _reference(meeting: m.Meeting) -> str:
    return f"FIN:{meeting.label}"


def test_a_publish_the_server_refuses_is_dropped_and_the_next_sync_goes_on(
    office: Office, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _finance_meeting(office)
    services = office.secretary.services
    # An edit of her own committee's meeting travels in the same sync.
    first = next(i for i in office.items if i.parent_id is None)
    services.agenda.update(dataclasses.replace(first, title="วาระที่แก้ไขแล้ว"), base=first)
    before = _everything(services)
    folder = str(services.store.data_dir)
    services.close()
    monkeypatch.setenv("EMEETING_PASSWORD", PASSWORD)

    assert main(["--data-dir", folder, "sync", "--publish", _reference(meeting)]) == 1
    out = capsys.readouterr()
    assert f"meeting {_reference(meeting)} “{meeting.title}” was not published to {office.url}" in out.err
    assert NOT_SECRETARY in out.err
    assert "it stays on this computer" in out.err
    assert "conflict" not in out.out + out.err

    with Services.open(Path(folder)) as reopened:
        assert _everything(reopened) == before  # nothing changed, nothing lost
        with SyncStore(reopened.store).read() as st:
            assert meeting.id not in st.published(office.url)
            assert st.conflicts() == []

    # Later syncs go on: nothing is refused again, nothing else was lost.
    assert main(["--data-dir", folder, "sync"]) == 0
    out = capsys.readouterr()
    assert "not published" not in out.err and "conflict" not in out.out
    assert main(["--data-dir", folder, "sync", "--status"]) == 0
    assert "0 conflict copies" in capsys.readouterr().out

    # The server has none of it; her own committee's edit arrived.
    narin = office.attendee("narin")
    narin.run()
    assert narin.rows(m.Meeting) == []
    alice = office.attendee("alice")
    alice.run()
    assert [x.id for x in alice.rows(m.Meeting)] == [office.meeting.id]
    assert alice.services.records.get(m.AgendaItem, first.id).title == "วาระที่แก้ไขแล้ว"


def test_the_sync_report_names_the_refused_meeting_and_why(office: Office) -> None:
    meeting = _finance_meeting(office)
    desk = office.secretary
    desk.sync.publish(desk.url, meeting.id)
    report = desk.run()
    [refused] = report.refused
    assert isinstance(refused, PublishRefused) and refused.meeting_id == meeting.id
    assert NOT_SECRETARY in str(refused)
    assert report.conflicts == 0 and desk.sync.conflicts() == []
    assert meeting.id not in desk.sync.published(desk.url)
    again = desk.run()
    assert again.refused == [] and again.pushed == 0
    # Published again (say, once the server made her its secretary), it is sent whole.
    make_secretary_of(office.live, "somsri", office.committee.id, meeting.committee_id)
    desk.sync.publish(desk.url, meeting.id)
    report = desk.run()
    assert report.refused == [] and report.pushed > 0
    alice = office.attendee("alice")
    alice.run()
    assert meeting.id in {x.id for x in alice.rows(m.Meeting)}
    assert len(alice.rows(m.Document, meeting_id=meeting.id)) == 1


def test_a_store_left_wedged_by_an_earlier_refusal_syncs_again(office: Office) -> None:
    """Before, a refused publish put the refused parents back as if sent (clean, version 0) and left their
    children to be sent: every later push was answered "refers to a meeting the server does not have"."""
    meeting = _finance_meeting(office)
    desk = office.secretary
    desk.sync.publish(desk.url, meeting.id)
    with SyncStore(desk.services.store).transaction() as st:
        finance = st.row("meeting", meeting.id)
        assert finance is not None
        st.set_synced("committee", finance.data["committee_id"], 0, clean=True)
        for membership in desk.rows(m.Membership, committee_id=finance.data["committee_id"]):
            st.set_synced("membership", membership.id, 0, clean=True)
        st.set_synced("meeting", meeting.id, 0, clean=True)
    before = _everything(desk.services)

    report = desk.run()
    assert [r.meeting_id for r in report.refused] == [meeting.id]
    assert NOT_SECRETARY in str(report.refused[0])
    assert report.conflicts == 0 and desk.sync.conflicts() == []
    assert _everything(desk.services) == before
    again = desk.run()
    assert again.refused == [] and again.pushed == 0


def test_a_publish_whose_records_the_server_cannot_take_is_dropped_too(office: Office) -> None:
    """Here the meeting itself will never be sent (deleted here before it reached the server, its agenda
    left behind), so its items refer to a meeting the server does not have (422): the publish is dropped
    with the server's words rather than failing every sync."""
    services = office.secretary.services
    start = office.meeting.start + timedelta(days=14)
    services.meetings.create(office.committee.id, "ประชุมครั้งที่ 2", start, template="th")
    second = next(x for x in services.records.select(m.Meeting) if x.id != office.meeting.id)
    desk = office.secretary
    desk.sync.publish(desk.url, second.id)
    with SyncStore(services.store).transaction() as st:
        row = st.row("meeting", second.id)
        assert row is not None
        st.write(
            "meeting", row.data, version=0, dirty=False, deleted=True, updated_at="2026-12-07 00:00:00",
            updated_by="secretary",
        )  # fmt: skip

    report = desk.run()
    [refused] = report.refused
    assert refused.meeting_id == second.id
    assert "the server refused it" in str(refused) and "refers to a meeting the server does not have" in str(
        refused
    )
    assert report.conflicts == 0 and desk.sync.conflicts() == []
    assert desk.rows(m.AgendaItem, meeting_id=second.id)  # left as they were
    assert desk.run().refused == []
