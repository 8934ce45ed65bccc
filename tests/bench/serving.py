"""Server processes for the benchmarks: started, waited for until they answer, stopped afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def process(args: list[str], url: str, ready: str) -> Iterator[subprocess.Popen[bytes]]:
    """A server process, once ``ready`` answers; stopped afterwards."""
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env={**os.environ}
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}{ready}", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"{args[2:4]} did not start") from None
                time.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def emeeting_serve(db_url: str, blobs: Path, port: int) -> AbstractContextManager[subprocess.Popen[bytes]]:
    """`emeeting serve` on 127.0.0.1 at ``port``, once GET /health answers."""
    command = [
        sys.executable,
        "-m",
        "emeeting",
        "serve",
        "--db",
        db_url,
        "--blobs",
        str(blobs),
        "--port",
        str(port),
    ]
    return process(command, f"http://127.0.0.1:{port}", "/health")
