"""Faults between a desktop and the server: a TCP proxy that drops connections after a random number of
bytes, and an HTTP transport that "kills the client" right after the server has answered a request."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx


class Killed(Exception):
    """The client process died here (everything after this point of the sync never happened)."""


@dataclass
class KillPlan:
    """``countdown``: how many more answered requests the client lives for (None: it lives on)."""

    countdown: int | None = None
    kills: int = 0


class Killer(httpx.HTTPTransport):
    """Raises Killed once the plan's countdown of answered requests runs out."""

    def __init__(self, plan: KillPlan) -> None:
        super().__init__()
        self.plan = plan

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if self.plan.countdown is not None:
            self.plan.countdown -= 1
            if self.plan.countdown <= 0:
                self.plan.countdown = None
                self.plan.kills += 1
                response.read()
                response.close()
                raise Killed(f"killed after {request.method} {request.url.path}")
        return response


@dataclass
class FlakyProxy:
    """Forwards 127.0.0.1:port to the server; while ``cut_after`` is set, every connection is dropped once
    that many bytes (a fresh random number per connection, up to the value) have gone through it."""

    upstream: tuple[str, int]
    rng: random.Random
    cut_after: int | None = None
    port: int = 0
    cuts: int = 0
    bytes: int = 0  # everything that went through, both ways (HTTP headers included)
    _listener: socket.socket = field(default_factory=socket.socket)
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            budget = None if self.cut_after is None else self.rng.randint(0, self.cut_after)
            Link(self, client, upstream, budget).start()


@dataclass
class Link:
    proxy: FlakyProxy
    client: socket.socket
    upstream: socket.socket
    budget: int | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False

    def start(self) -> None:
        threading.Thread(target=self._pump, args=(self.client, self.upstream), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.upstream, self.client), daemon=True).start()

    def _close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(16384):
                with self.lock:
                    self.proxy.bytes += len(data)
                    if self.budget is not None:
                        if len(data) > self.budget:
                            data = data[: self.budget]
                            self.budget = 0
                        else:
                            self.budget -= len(data)
                    cut = self.budget == 0
                if data:
                    dst.sendall(data)
                if cut:
                    self.proxy.cuts += 1
                    break
        except OSError:
            pass
        self._close()


@contextlib.contextmanager
def flaky_proxy(url: str, seed: int) -> Iterator[FlakyProxy]:
    host, port = url.removeprefix("http://").split(":")
    proxy = FlakyProxy((host, int(port)), random.Random(seed))
    proxy.start()
    try:
        yield proxy
    finally:
        proxy.stop()
