"""Start-up benchmark: `emeeting smoke` on a store with 1,000 meetings against a bare PySide6 window.

Run:  .venv/bin/python tests/bench/bench_startup.py [--meetings 1000] [--data-dir bench-data/startup]

The store is made once with `python -m emeeting demo` and kept in --data-dir. Both programs run as fresh
processes under QT_QPA_PLATFORM=offscreen, alternating, 7 times each. Two figures per program:

- ready: from launch until the program prints its line, i.e. the window is shown (bare) or shown with
  the meeting list and the first meeting's agenda loaded and painted (smoke): what a user waits for;
- total: until the process has exited (adds the interpreter's and Qt's teardown).

The medians and the ratio of the ready times are printed next to the target (at most 3.5x).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 3.5
RUNS = 7

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("bare window shown", flush=True)
"""


def environment(config_home: Path) -> dict[str, str]:
    # An installed program runs from compiled bytecode (pip and PyInstaller write it); measure that, not
    # a shell that recompiles every module at each start (PYTHONDONTWRITEBYTECODE).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return env | {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config_home),
        "PYTHONPYCACHEPREFIX": str(config_home.parent / "pycache"),
    }


def ensure_store(data_dir: Path, meetings: int, env: dict[str, str]) -> None:
    marker = data_dir / f".bench-{meetings}-meetings"
    if marker.exists():
        return
    if (data_dir / "emeeting.db").exists():
        sys.exit(
            f"{data_dir} holds a store not made by this benchmark; remove it or choose another --data-dir"
        )
    print(f"creating a store with {meetings} demo meetings in {data_dir} (once)…", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "demo", "--meetings", str(meetings)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.exit(f"`emeeting demo` failed (exit {result.returncode}):\n{result.stderr.strip()}")
    marker.write_text(f"{meetings}\n")
    print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds until the first line of output, seconds until exit, that line)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    ready = time.perf_counter() - started
    _, stderr = process.communicate(timeout=120)
    total = time.perf_counter() - started
    if process.returncode != 0 or not line:
        sys.exit(f"{' '.join(command)} failed (exit {process.returncode}):\n{stderr.strip()}")
    return ready, total, line.strip()


def median_line(name: str, runs: list[tuple[float, float]]) -> str:
    ready = " ".join(f"{r:.3f}" for r, _ in runs)
    return (
        f"{name:<12} ready {statistics.median(r for r, _ in runs):.3f} s (runs: {ready}); "
        f"total {statistics.median(t for _, t in runs):.3f} s"
    )


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

    data_dir = args.data_dir.resolve() / f"{args.meetings}"
    data_dir.mkdir(parents=True, exist_ok=True)
    env = environment(data_dir.parent / "config")
    ensure_store(data_dir, args.meetings, env)

    bare_command = [sys.executable, "-c", BARE_WINDOW]
    smoke_command = [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), "smoke"]
    timed(bare_command, env)  # warm the file cache for both before measuring
    print(timed(smoke_command, env)[2])

    bare: list[tuple[float, float]] = []
    smoke: list[tuple[float, float]] = []
    for _ in range(args.runs):
        bare.append(timed(bare_command, env)[:2])
        smoke.append(timed(smoke_command, env)[:2])
    print(median_line("bare window", bare))
    print(median_line("smoke", smoke))
    bare_ready = statistics.median(r for r, _ in bare)
    smoke_ready = statistics.median(r for r, _ in smoke)
    ratio = smoke_ready / bare_ready
    total_ratio = statistics.median(t for _, t in smoke) / statistics.median(t for _, t in bare)
    verdict = "ok" if ratio <= TARGET_RATIO else "over target"
    print(
        f"smoke {smoke_ready:.2f} s vs bare window {bare_ready:.2f} s: {ratio:.1f}x "
        f"(target ≤ {TARGET_RATIO}x) {verdict}; process totals {total_ratio:.1f}x"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
