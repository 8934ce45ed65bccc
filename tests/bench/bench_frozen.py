"""Frozen start-up benchmark: the PyInstaller bundle's `emeeting smoke` against `emeeting smoke` from the
source tree, on the same store of 1,000 demo meetings, in the same run.

Run:  .venv/bin/python tests/bench/bench_frozen.py [--meetings 1000] [--data-dir bench-data/startup]

The bundle is the one the frozen tests use (build/frozen/dist/emeeting, built from build.spec when missing
or stale). The store is made once with `python -m emeeting demo` and kept in --data-dir (shared with
bench_startup.py). Both programs run as fresh processes under QT_QPA_PLATFORM=offscreen, alternating,
7 times each, after one warm-up run each. Figures as in bench_startup.py: "ready" is until the program
prints its line (window shown with the list and the first meeting's agenda), "total" until it has exited.

Also printed: the size of the bundle. Targets: frozen ready at most 1.5x the source tree's; the bundle
at most 200 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.bench_startup import RUNS, ensure_store, environment, median_line, timed  # noqa: E402
from tests.frozen.conftest import BUNDLE, bundle_in_use  # noqa: E402

TARGET_RATIO = 1.5
TARGET_MB = 200


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--meetings", type=int, default=1000, help="meetings in the store (default 1000)")
    parser.add_argument(
        "--data-dir", type=Path, default=Path("bench-data/startup"), help="where the store is kept"
    )
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs of each program (default {RUNS})")
    args = parser.parse_args()

    print("building the bundle if it is missing or stale…", flush=True)
    with bundle_in_use() as frozen:
        return measure(args, frozen)


def measure(args: argparse.Namespace, frozen: Path) -> int:
    size = folder_bytes(BUNDLE)
    data_dir = args.data_dir.resolve() / f"{args.meetings}"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = environment(data_dir.parent / "config")
    ensure_store(data_dir, args.meetings, env)

    source_command = [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "smoke"]
    frozen_command = [str(frozen), "--data-dir", str(data_dir), "smoke"]
    print(timed(source_command, env)[2])  # warm the file cache for both before measuring
    print(timed(frozen_command, env)[2])

    source: list[tuple[float, float]] = []
    bundle: list[tuple[float, float]] = []
    for _ in range(args.runs):
        source.append(timed(source_command, env)[:2])
        bundle.append(timed(frozen_command, env)[:2])
    print(median_line("source tree", source))
    print(median_line("frozen", bundle))
    source_ready = statistics.median(r for r, _ in source)
    frozen_ready = statistics.median(r for r, _ in bundle)
    ratio = frozen_ready / source_ready
    total_ratio = statistics.median(t for _, t in bundle) / statistics.median(t for _, t in source)
    speed = "ok" if ratio <= TARGET_RATIO else "over target"
    print(
        f"frozen smoke {frozen_ready:.2f} s vs source smoke {source_ready:.2f} s: {ratio:.2f}x "
        f"(target ≤ {TARGET_RATIO}x) {speed}; process totals {total_ratio:.2f}x"
    )
    megabytes = size / 1e6
    print(
        f"bundle {BUNDLE}: {megabytes:.1f} MB ({size / 2**20:.1f} MiB), target ≤ {TARGET_MB} MB "
        f"{'ok' if megabytes <= TARGET_MB else 'over target'}"
    )
    return 0 if ratio <= TARGET_RATIO and megabytes <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
