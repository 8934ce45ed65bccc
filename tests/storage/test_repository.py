"""The repository over a real database: sync columns, tombstones, column types and transactions."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emeeting.domain import model as m
from emeeting.domain.errors import NotFoundError, StoreError, ValidationError
from emeeting.storage.store import Store

T0 = datetime(2026, 3, 10, 2, 30, tzinfo=UTC)
T1 = datetime(2026, 3, 11, 8, 0, 0, 123456, tzinfo=UTC)
# One store for all examples is fine: every example writes rows with fresh ids and reads only those.
SHARED_STORE = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
AWARE = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.timezones()
).filter(lambda d: d.utcoffset() is not None)


def raw(store: Store, table: str, id_: str) -> dict[str, object]:
    with store.connection() as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", [id_]).fetchone()
    assert row is not None, f"no row {id_} in {table}"
    return dict(row)


def unique_short_name() -> str:
    """Live committees have distinct short names; examples sharing one store each make their own."""
    return "T-" + m.new_id()[:8]


def at_clock(store: Store, when: datetime) -> None:
    store.clock = lambda: when


# -- sync columns ------------------------------------------------------------------------------------------


def test_insert_sets_the_sync_columns(store: Store) -> None:
    at_clock(store, T0)
    person = m.Person("สมศรี", "มีสุข")
    with store.transaction() as repo:
        repo.insert(person)

    row = raw(store, "people", person.id)
    assert (row["version"], row["dirty"], row["deleted"]) == (0, 1, 0)
    assert row["updated_at"] == "2026-03-10 02:30:00.000000"
    assert row["updated_by"] == "secretary"


def test_update_marks_dirty_and_keeps_the_synced_version(store: Store) -> None:
    at_clock(store, T0)
    person = m.Person("สมศรี", "มีสุข")
    with store.transaction() as repo:
        repo.insert(person)
    with store.connection() as conn:  # as if a sync had sent it to the server
        conn.execute("UPDATE people SET dirty = 0, version = 7 WHERE id = ?", [person.id])

    at_clock(store, T1)
    store.actor = "chair"
    with store.transaction() as repo:
        previous = repo.update(dataclasses.replace(person, email="somsri@example.go.th"))
    assert previous == person

    row = raw(store, "people", person.id)
    assert (row["version"], row["dirty"], row["deleted"]) == (7, 1, 0)
    assert row["email"] == "somsri@example.go.th"
    assert row["updated_at"] == "2026-03-11 08:00:00.123456"
    assert row["updated_by"] == "chair"


def test_delete_leaves_a_tombstone_that_reads_cannot_see(store: Store) -> None:
    at_clock(store, T0)
    keep, gone = m.Person("อยู่", "ต่อ"), m.Person("ลา", "ก่อน")
    with store.transaction() as repo:
        repo.insert(keep, gone)
    at_clock(store, T1)
    with store.transaction() as repo:
        repo.delete(m.Person, [gone.id])

    row = raw(store, "people", gone.id)
    assert (row["deleted"], row["dirty"]) == (1, 1)
    assert row["updated_at"] == "2026-03-11 08:00:00.123456"
    assert row["first_name"] == "ลา"  # the content stays for sync and audit
    with store.read() as repo:
        assert repo.find(m.Person, gone.id) is None
        with pytest.raises(NotFoundError, match=f"no person with id {gone.id}"):
            repo.get(m.Person, gone.id)
        assert repo.select(m.Person) == [keep]
        assert repo.select(m.Person, id=[keep.id, gone.id]) == [keep]
        assert repo.count(m.Person) == 1
    with store.transaction() as repo, pytest.raises(NotFoundError):
        repo.update(dataclasses.replace(gone, email="x@example.org"))


def test_audit_events_carry_no_sync_columns_and_record_actor_and_time(store: Store) -> None:
    at_clock(store, T0)
    person = m.Person("บันทึก", "ไว้")
    with store.transaction() as repo:
        repo.insert(person)
        repo.audit("create", m.Person, person.id, "first_name")
    with store.read() as repo:
        (event,) = repo.audit_trail(person.id)
    assert (event.at, event.actor, event.action, event.entity_kind, event.summary) == (
        T0,
        "secretary",
        "create",
        "person",
        "first_name",
    )
    assert "dirty" not in raw(store, "audit_events", event.id)


# -- transactions ------------------------------------------------------------------------------------------


def test_a_failing_transaction_writes_nothing(store: Store) -> None:
    person = m.Person("ไม่", "บันทึก")
    with pytest.raises(RuntimeError), store.transaction() as repo:
        repo.insert(person)
        repo.audit("create", m.Person, person.id)
        raise RuntimeError("boom")
    with store.read() as repo:
        assert repo.find(m.Person, person.id) is None
        assert repo.audit_trail(person.id) == []


def test_integrity_errors_become_clear_validation_errors(store: Store) -> None:
    person = m.Person("ซ้ำ", "กัน")
    with store.transaction() as repo:
        repo.insert(person)
    with pytest.raises(ValidationError, match="already exists"), store.transaction() as repo:
        repo.insert(m.Person("อีก", "คน"), dataclasses.replace(person, first_name="ซ้ำอีก"))
    with pytest.raises(ValidationError, match="does not exist"), store.transaction() as repo:
        repo.insert(m.Membership("no-committee", person.id))
    with store.read() as repo:
        assert repo.select(m.Person) == [person]
        assert repo.select(m.Membership) == []


def test_a_second_writer_waits_for_the_first(store: Store) -> None:
    other = Store.open(store.data_dir, actor="other")
    try:
        other.busy_timeout_ms = 50
        first = m.Person("หนึ่ง", "ก่อน")
        with store.transaction() as repo:
            repo.insert(first)
            with pytest.raises(StoreError, match="could not be written"), other.transaction() as repo2:
                repo2.insert(m.Person("สอง", "หลัง"))
        with other.read() as repo:
            assert repo.select(m.Person) == [first]
    finally:
        other.close()


# -- column types ------------------------------------------------------------------------------------------


@SHARED_STORE
@given(when=AWARE)
def test_aware_datetimes_round_trip_as_the_same_instant(store: Store, when: datetime) -> None:
    meeting_id = _meeting_at(store, when)
    with store.read() as repo:
        stored = repo.get(m.Meeting, meeting_id).start
    # the same instant (compared in UTC: Python never calls an ambiguous local time equal across zones)
    assert stored == when.astimezone(UTC)
    assert stored.utcoffset() == timedelta(0)
    assert stored.timestamp() == when.timestamp()


@pytest.mark.parametrize(
    "when",
    [
        datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Asia/Bangkok")),
        datetime(2026, 3, 29, 2, 30, tzinfo=ZoneInfo("Europe/Berlin")),  # in the spring-forward gap
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Berlin")),  # the repeated hour
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-10))),
        datetime(2027, 1, 1, 6, 0, tzinfo=timezone(timedelta(hours=7))),  # 2026-12-31 in UTC
    ],
)
def test_zoned_datetimes_round_trip(store: Store, when: datetime) -> None:
    meeting_id = _meeting_at(store, when)
    with store.read() as repo:
        assert repo.get(m.Meeting, meeting_id).start.timestamp() == when.timestamp()


def test_naive_datetimes_are_refused(store: Store) -> None:
    invitation_time = datetime(2026, 3, 10, 9, 30)  # no zone
    meeting_id = _meeting_at(store, T0)
    person = m.Person("มา", "สาย")
    with store.transaction() as repo:
        repo.insert(person)
    with pytest.raises(ValueError, match="naive datetime"), store.transaction() as repo:
        repo.insert(m.Invitation(meeting_id, person.id, arrived_at=invitation_time))
    with store.read() as repo:
        assert repo.select(m.Invitation) == []


@pytest.mark.parametrize(
    "when",
    [
        datetime(999, 12, 31, 23, 59, tzinfo=UTC),  # strftime("%Y") gives "999" here on glibc
        datetime(1, 1, 1, 12, 0, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
def test_datetimes_of_any_year_are_stored_fixed_width_and_read_back(store: Store, when: datetime) -> None:
    """Validation keeps users to plausible years; the codec itself must still not lose any value."""
    meeting_id = _meeting_at(store, when)
    assert len(raw(store, "meetings", meeting_id)["start"]) == 26
    with store.read() as repo:
        assert repo.get(m.Meeting, meeting_id).start == when


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "start",
            datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=7))),
            "too large",
        ),  # before year 1 in UTC
        ("number", 10**20, "too large"),  # SQLite INTEGER is 64-bit
        ("title", "\ud800 ประชุม", "not valid Unicode"),  # a lone surrogate cannot be encoded
    ],
    ids=["year-0-in-utc", "int-beyond-64-bit", "lone-surrogate"],
)
def test_values_sqlite_cannot_hold_are_a_validation_error_and_change_nothing(
    store: Store, field: str, value: object, message: str
) -> None:
    committee = m.Committee("คณะกรรมการ", unique_short_name())
    meeting = dataclasses.replace(m.Meeting(committee.id, 1, 2569, "ประชุม", T0), **{field: value})
    with pytest.raises(ValidationError, match=message), store.transaction() as repo:
        repo.insert(committee, meeting)
    with store.read() as repo:
        assert repo.find(m.Committee, committee.id) is None


@SHARED_STORE
@given(times=st.lists(AWARE, min_size=2, max_size=12))
def test_stored_times_sort_as_text_in_time_order(store: Store, times: list[datetime]) -> None:
    entity_id = m.new_id()
    with store.transaction() as repo:
        repo.insert(*(m.AuditEvent(t, "x", "test", "person", entity_id, str(i)) for i, t in enumerate(times)))
    with store.connection() as conn:
        stored = [
            (value, int(summary))
            for value, summary in conn.execute(
                "SELECT at, summary FROM audit_events WHERE entity_id = ? ORDER BY at, summary", [entity_id]
            )
        ]
    assert {len(value) for value, _ in stored} == {26}  # fixed width, so text order is time order
    assert [times[i].timestamp() for _, i in stored] == sorted(t.timestamp() for t in times)
    with store.read() as repo:
        trail = repo.audit_trail(entity_id)
    assert [e.at for e in trail] == sorted(t.astimezone(UTC) for t in times)


@SHARED_STORE
@given(start=st.dates(), end=st.none() | st.dates(), role=st.sampled_from(m.MemberRole), voting=st.booleans())
def test_dates_enums_and_booleans_round_trip(
    store: Store, start: date, end: date | None, role: m.MemberRole, voting: bool
) -> None:
    committee, person = m.Committee("คณะ", unique_short_name()), m.Person("วัน", "ที่")
    membership = m.Membership(
        committee.id, person.id, role=role, voting=voting, term_start=start, term_end=end
    )
    with store.transaction() as repo:
        repo.insert(committee, person, membership)
    with store.read() as repo:
        stored = repo.get(m.Membership, membership.id)
    assert stored == membership
    assert type(stored.role) is m.MemberRole and type(stored.voting) is bool


def test_optional_fields_round_trip_as_none(store: Store) -> None:
    meeting_id = _meeting_at(store, T0)
    with store.read() as repo:
        meeting = repo.get(m.Meeting, meeting_id)
    assert (meeting.end, meeting.notice_sent_at) == (None, None)


def _meeting_at(store: Store, when: datetime) -> str:
    committee = m.Committee("คณะกรรมการ", unique_short_name())
    meeting = m.Meeting(committee.id, 1, 2569, "ประชุม", when)
    with store.transaction() as repo:
        repo.insert(committee, meeting)
    return meeting.id
