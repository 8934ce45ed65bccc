"""A rate-limited link for the benchmarks: a TCP proxy on 127.0.0.1 that carries at most ``mbit`` Mbit/s in
each direction, shared by every connection through it, as one office link is.

Each chunk read (at most 16 KB) goes on when the link would have carried it: a token bucket per direction
holding one chunk, so a pump woken late does not lose the link's time. No latency is added. The proxy runs
in a process of its own, so that the benchmark's busy threads do not hold it up (in the same process it
would wait for Python's lock between chunks, and slow the link for a busy client only).

Run alone:  python tests/bench/limited_link.py http://127.0.0.1:PORT MBIT   (prints the proxy's URL)
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHUNK = 16384


class Link:
    """Both directions of the link; ``send_at`` says when more bytes may go on."""

    def __init__(self, mbit: float) -> None:
        self.bytes_per_s = mbit * 1e6 / 8
        self._carried_at = [0.0, 0.0]  # when each direction has carried everything given to it so far
        self._lock = threading.Lock()

    def send_at(self, direction: int, size: int) -> float:
        with self._lock:
            done = max(time.perf_counter(), self._carried_at[direction]) + size / self.bytes_per_s
            self._carried_at[direction] = done
            return done - CHUNK / self.bytes_per_s


def serve(upstream: tuple[str, int], mbit: float, listener: socket.socket) -> None:
    """Forward every connection to ``listener`` through one Link, until the process ends."""
    link = Link(mbit)

    def pump(src: socket.socket, dst: socket.socket, direction: int) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(CHUNK):
                wait = link.send_at(direction, len(data)) - time.perf_counter()
                if wait > 0:
                    time.sleep(wait)
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def connect(client: socket.socket) -> None:
        with contextlib.suppress(OSError), client, socket.create_connection(upstream) as server:
            for s in (client, server):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            down = threading.Thread(target=pump, args=(server, client, 1), daemon=True)
            down.start()
            pump(client, server, 0)
            down.join()

    while True:
        client, _ = listener.accept()
        threading.Thread(target=connect, args=(client,), daemon=True).start()


@contextmanager
def limited_link(url: str, mbit: float) -> Iterator[str]:
    """The proxy to ``url`` (http://127.0.0.1:PORT) in a process of its own; yields its URL."""
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), url, str(mbit)],
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ},
        text=True,
    )
    try:
        assert proc.stdout is not None
        proxy_url = proc.stdout.readline().strip()
        if not proxy_url.startswith("http://"):
            raise SystemExit("the limited link did not start")
        yield proxy_url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    url, mbit = sys.argv[1], float(sys.argv[2])
    host, port = url.removeprefix("http://").split(":")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    print(f"http://127.0.0.1:{listener.getsockname()[1]}", flush=True)
    serve((host, int(port)), mbit, listener)


if __name__ == "__main__":
    main()
