"""Change pages gzipped on the wire when the client accepts it, sent as they are when it does not; the
desktop's client reads both and counts the bytes as they went over the wire."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from emeeting.server.app import accepts_gzip
from emeeting.sync import protocol as p
from emeeting.sync.client import SyncClient
from tests.server.conftest import World


def raw_page(world: World, accept_encoding: str) -> httpx.Response:
    """The first page as it came over the wire (not decoded), with its headers."""
    headers = {"Authorization": f"Bearer {world.tokens['alice']}", "Accept-Encoding": accept_encoding}
    with httpx.Client(base_url=world.live.url, timeout=30) as client:
        response = client.get("/sync/changes", params={"since": 0, "limit": p.PAGE_MAX}, headers=headers)
    return response.raise_for_status()


def test_a_page_is_gzipped_only_for_a_client_that_accepts_gzip(world: World) -> None:
    plain = raw_page(world, "identity")
    assert "content-encoding" not in plain.headers
    assert plain.headers["vary"] == "Accept-Encoding"
    assert plain.num_bytes_downloaded == len(plain.content)
    body = plain.content

    for asked in ("gzip", "gzip, deflate", "br;q=1.0, gzip;q=0.5", "*"):
        packed = raw_page(world, asked)
        assert packed.headers["content-encoding"] == "gzip", asked
        assert packed.headers["vary"] == "Accept-Encoding"
        assert packed.content == body  # the same page, decoded by httpx
        assert packed.num_bytes_downloaded < len(body) / 2  # fewer bytes on the wire
    for refused in ("deflate", "gzip;q=0", "*;q=0", "identity, gzip;q=0.0"):
        assert "content-encoding" not in raw_page(world, refused).headers, refused
        assert raw_page(world, refused).content == body


def test_the_wire_bytes_are_gzip_of_the_page(world: World) -> None:
    headers = {"Authorization": f"Bearer {world.tokens['alice']}", "Accept-Encoding": "gzip"}
    with httpx.Client(base_url=world.live.url, timeout=30) as client:
        with client.stream("GET", "/sync/changes", params={"since": 0}, headers=headers) as response:
            wire = b"".join(response.iter_raw())
        plain = client.get("/sync/changes", params={"since": 0}, headers=headers | {"Accept-Encoding": ""})
    assert gzip.decompress(wire) == plain.content
    assert json.loads(plain.content)["records"]


class Identity(httpx.HTTPTransport):
    """A client that asks for the page as it is (as a client without gzip, or a proxy stripping it)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["Accept-Encoding"] = "identity"
        return super().handle_request(request)


@pytest.mark.parametrize("gzipped", [True, False])
def test_the_desktop_client_reads_a_page_gzipped_or_not_and_counts_the_wire_bytes(
    world: World, gzipped: bool
) -> None:
    transport = None if gzipped else Identity()
    with SyncClient(world.live.url, world.tokens["alice"], transport=transport) as client:
        page = client.changes(0, p.PAGE_MAX)
        received = client.traffic.received
    plain = raw_page(world, "identity")
    assert [r.model_dump() for r in page.records] == [
        r.model_dump() for r in p.ChangesPage.model_validate_json(plain.content).records
    ]
    if gzipped:
        assert received < len(plain.content) / 2
    else:
        assert received == len(plain.content)


def test_small_answers_go_as_they_are(world: World) -> None:
    with world.client("alice") as client:
        cursor = client.get("/sync/changes", params={"since": 0, "limit": p.PAGE_MAX}).json()["cursor"]
        nothing_new = client.get("/sync/changes", params={"since": cursor})
    assert nothing_new.json()["records"] == []
    assert "content-encoding" not in nothing_new.headers


def test_the_accept_encoding_header_is_read_as_http_says() -> None:
    assert accepts_gzip("gzip") and accepts_gzip("GZIP") and accepts_gzip("deflate, gzip;q=0.1")
    assert accepts_gzip("x-gzip") and accepts_gzip("*") and accepts_gzip("br, *;q=0.5")
    assert not accepts_gzip("") and not accepts_gzip("identity") and not accepts_gzip("gzip;q=0")
    assert not accepts_gzip("*, gzip;q=0") and not accepts_gzip("gzip;q=zero")
