"""Login flood benchmark: 200 wrong-password logins at once against `emeeting serve` with the production
password hashing (argon2id, 64 MiB, 3 passes).

Run:  .venv/bin/python tests/bench/bench_logins.py [--logins 200]

The server runs as its own process on 127.0.0.1 (SQLite). The guesses come from 200 threads at once, each
from its own loopback address (127.0.x.y), so that the per-address limit does not answer them before the
hashing does. Printed: the server's resident memory at rest (the reference) and at its peak during the
flood (VmHWM), how the guesses were answered, and whether the right password then logs in from another
address — next to the target (peak under 300 MB, the right password works).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.serving import emeeting_serve  # noqa: E402
from tests.server.conftest import free_port  # noqa: E402

PASSWORD = "correct horse battery staple"
TARGET_MB = 300


def emeeting(*args: str, stdin: str = "") -> None:
    subprocess.run(
        [sys.executable, "-m", "emeeting", *args], input=stdin, text=True, check=True, cwd=ROOT,
        capture_output=True,
    )  # fmt: skip


def memory_mb(pid: int, field: str) -> float:
    """VmRSS (now) or VmHWM (the peak so far) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024 / 1e6
    raise SystemExit(f"no {field} for process {pid}")


def login_from(url: str, address: str, password: str) -> httpx.Response:
    transport = httpx.HTTPTransport(local_address=address)
    with httpx.Client(base_url=url, transport=transport, timeout=120) as c:
        return c.post("/auth/login", json={"user": "alice", "password": password, "device": "bench"})


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--logins", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'server.db'}"
        emeeting("server", "--db", db, "user", "add", "alice", "--role", "member", stdin=PASSWORD + "\n")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        with emeeting_serve(db, Path(tmp) / "blobs", port) as server:
            assert login_from(url, "127.0.9.9", PASSWORD).status_code == 200  # warm: one real check
            at_rest = memory_mb(server.pid, "VmRSS")
            start = threading.Barrier(args.logins)

            def guess(n: int) -> int:
                start.wait()
                address = f"127.0.{1 + n // 250}.{1 + n % 250}"
                return login_from(url, address, f"wrong guess {n:05d}").status_code

            began = time.perf_counter()
            with ThreadPoolExecutor(args.logins) as pool:
                answers = Counter(pool.map(guess, range(args.logins)))
            flood_s = time.perf_counter() - began
            peak = memory_mb(server.pid, "VmHWM")
            right = login_from(url, "127.0.200.1", PASSWORD).status_code
    print()
    print(f"{args.logins} wrong-password logins at once, answered in {flood_s:.1f} s: "
          + ", ".join(f"{n}× {status}" for status, n in sorted(answers.items())))  # fmt: skip
    print(f"reference: server memory at rest        {at_rest:7.1f} MB")
    print(f"flood:     server memory at its peak    {peak:7.1f} MB  (target < {TARGET_MB} MB)")
    print(f"the right password from another address: {right}")
    ok = peak < TARGET_MB and right == 200 and set(answers) <= {401, 429}
    verdict = "met" if ok else "NOT met"
    print(f"target: peak < {TARGET_MB} MB, no server error, right password works → {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
