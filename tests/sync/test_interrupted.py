"""Connections dropped and clients killed at random points of 60 syncs: both desktops converge with
nothing lost or doubled, and documents arrive whole (tests/bench/stress_sync.py runs many more)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.sync.client import ServerUnreachable
from tests.server.conftest import Live
from tests.sync.chaos import Expected, converge_and_check, one_run
from tests.sync.conftest import attach_bytes, build_office
from tests.sync.faults import FlakyProxy, flaky_proxy

RUNS = 60


@pytest.fixture
def proxy(live: Live) -> Iterator[FlakyProxy]:
    with flaky_proxy(live.url, seed=5) as p:
        yield p


def test_interrupted_syncs_converge_with_nothing_lost_or_doubled(
    live: Live, proxy: FlakyProxy, tmp_path: Path
) -> None:
    office = build_office(live, tmp_path, proxy.url)
    alice = office.attendee("alice")
    rng = random.Random(20261126)
    expected = Expected()
    for n in range(RUNS):
        one_run(office, alice, proxy, rng, n, expected)
    # Many syncs failed outright; many more dropped connections were absorbed by the client's retries.
    kills = alice.kill.kills + office.secretary.kill.kills
    assert expected.interrupted > 15 and proxy.cuts > 20 and kills > 15, (
        expected.interrupted,
        proxy.cuts,
        kills,
    )
    converge_and_check(office, alice, expected)
    again = office.attendee("alice", name="alice-second-laptop")
    again.run()
    assert {n.text for n in again.sync.notes(office.meeting.id)} == expected.notes
    assert len(again.services.records.select(m.Ballot)) == 1


def test_a_download_cut_halfway_resumes_where_it_stopped(
    live: Live, proxy: FlakyProxy, tmp_path: Path
) -> None:
    office = build_office(live, tmp_path, proxy.url)
    big = b"".join(bytes([n % 251]) * 1000 for n in range(3000))  # 3 MB
    document = attach_bytes(office.secretary.services, office.meeting.id, None, "big.pdf", big)
    office.secretary.run()
    alice = office.attendee("alice")
    # No connection carries more than 600 kB now: the file can only arrive in resumed pieces (HTTP Range).
    proxy.cut_after = 600_000
    for _ in range(40):
        try:
            alice.run()
            break
        except ServerUnreachable:
            continue
    assert alice.services.store.blobs.read_bytes(document.sha256) == big
    assert not any((alice.services.store.data_dir / "sync-partial").glob("*.part"))
    assert alice.services.check() == []
    assert proxy.cuts >= 5
