"""The sync bookkeeping's savepoint: a row the store will not take is refused with our own error, its
writes undone, and the rest of the transaction goes on."""

from __future__ import annotations

import pytest

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.storage.sync_state import RowRefused, SyncStore


def test_a_committee_whose_short_name_is_taken_is_refused_and_the_rest_is_written(
    demo_services: Services,
) -> None:
    committees = demo_services.records.select(m.Committee)
    taken = committees[0]
    sync = SyncStore(demo_services.store)
    with sync.transaction() as st:
        original = st.row("committee", taken.id)
        assert original is not None
        with pytest.raises(RowRefused), st.savepoint():
            st.set_synced("committee", committees[1].id, 7, clean=True)  # undone with the refused row
            st.write(
                "committee", {**original.data, "id": m.new_id()},
                version=0, dirty=True, deleted=False, updated_at="", updated_by="",
            )  # fmt: skip
        st.set_synced("committee", taken.id, 7, clean=True)  # the transaction goes on
    with sync.read() as st:
        assert {c.id: getattr(st.row("committee", c.id), "version", None) for c in committees} == {
            c.id: 7 if c.id == taken.id else 0 for c in committees
        }
    assert len(demo_services.records.select(m.Committee)) == len(committees)


def test_a_committee_its_meetings_still_refer_to_is_refused_and_stays(demo_services: Services) -> None:
    committee = demo_services.records.select(m.Committee)[0]
    sync = SyncStore(demo_services.store)
    with sync.transaction() as st, pytest.raises(RowRefused), st.savepoint():
        st.purge("committee", committee.id)
    assert demo_services.records.get(m.Committee, committee.id) == committee
