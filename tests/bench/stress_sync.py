"""Stress: many syncs interrupted at random points (connections dropped by a proxy, the client "killed"
right after the server answered), then a check that the secretary's and the attendee's desktops
converged with nothing lost or doubled. The suite runs 60 such syncs (tests/sync/test_interrupted.py);
this runs as many as asked, over several seeds.

Run:  .venv/bin/python tests/bench/stress_sync.py [--runs 500] [--seeds 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

from tests.server.conftest import run_server  # noqa: E402
from tests.sync.chaos import Expected, converge_and_check, one_run  # noqa: E402
from tests.sync.conftest import build_office, cheap_settings  # noqa: E402
from tests.sync.faults import flaky_proxy  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=500, help="rounds per seed (each: edits, two syncs)")
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(fail.Keyring())
    for seed in range(args.seeds):
        with tempfile.TemporaryDirectory(prefix="emeeting-stress-") as folder:
            tmp = Path(folder)
            began = time.perf_counter()
            with run_server(cheap_settings(tmp)) as live, flaky_proxy(live.url, seed) as proxy:
                office = build_office(live, tmp, proxy.url)
                alice = office.attendee("alice")
                rng = random.Random(seed)
                expected = Expected()
                for n in range(args.runs):
                    one_run(office, alice, proxy, rng, n, expected)
                converge_and_check(office, alice, expected)
                kills = alice.kill.kills + office.secretary.kill.kills
            print(
                f"seed {seed}: {args.runs} rounds, {2 * args.runs} syncs, {expected.interrupted} failed, "
                f"{proxy.cuts} connections dropped, {kills} clients killed; converged, nothing lost or "
                f"doubled ({time.perf_counter() - began:.0f} s)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
