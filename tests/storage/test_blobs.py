"""The content-addressed blob store: stored once, written atomically, verified on every read."""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.domain.errors import NotFoundError, StoreError
from emeeting.storage.blobs import BlobStore, sha256_of


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_content_is_stored_once_under_its_hash(blobs: BlobStore, tmp_path: Path) -> None:
    data = b"%PDF-1.4 agenda"
    sha = hashlib.sha256(data).hexdigest()
    source = tmp_path / "agenda.pdf"
    source.write_bytes(data)

    assert blobs.put_bytes(data) == sha
    assert blobs.put_file(source) == sha
    assert blobs.put_stream(io.BytesIO(data)) == sha
    assert blobs.put_stream(io.BytesIO(data), sha) == sha

    path = blobs.path(sha)
    assert path == blobs.root / sha[:2] / sha[2:4] / sha
    assert files_under(blobs.root) == [path]
    assert blobs.read_bytes(sha) == data
    assert list(blobs.all_hashes()) == [sha]


@settings(max_examples=30, deadline=None)
@given(data=st.binary(max_size=3 * 1024 * 1024 // 2))
def test_any_content_round_trips(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    blobs = BlobStore(tmp_path_factory.mktemp("blobs"))
    sha = blobs.put_stream(io.BytesIO(data))
    assert sha == hashlib.sha256(data).hexdigest()
    assert blobs.read_bytes(sha) == data
    with blobs.open(sha) as f:
        assert f.read() == data
    assert files_under(blobs.root) == [blobs.path(sha)]


def test_large_content_streams_in_chunks(blobs: BlobStore) -> None:
    data = bytes(range(256)) * (5 * 4096 + 17)  # a few MiB, not a multiple of the chunk size
    sha = blobs.put_stream(io.BytesIO(data))
    assert sha256_of(blobs.path(sha)) == hashlib.sha256(data).hexdigest()
    assert blobs.read_bytes(sha) == data


def test_put_stream_refuses_content_that_is_not_what_was_expected(blobs: BlobStore) -> None:
    expected = hashlib.sha256(b"the real minutes").hexdigest()
    with pytest.raises(StoreError, match=f"does not match its hash {expected[:12]}"):
        blobs.put_stream(io.BytesIO(b"something else"), expected)
    assert files_under(blobs.root) == []  # no blob and no temp file left behind
    assert not blobs.has(expected)
    assert not blobs.has(hashlib.sha256(b"something else").hexdigest())


def test_a_failing_source_leaves_no_temp_file(blobs: BlobStore) -> None:
    class Broken(io.RawIOBase):
        def __init__(self) -> None:
            self.calls = 0

        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> bytes:
            self.calls += 1
            if self.calls > 1:
                raise OSError("the USB stick was pulled out")
            return b"x" * 100

    with pytest.raises(OSError, match="USB"):
        blobs.put_stream(Broken())  # type: ignore[arg-type]
    assert files_under(blobs.root) == []


def test_reading_a_tampered_blob_raises(blobs: BlobStore, tmp_path: Path) -> None:
    sha = blobs.put_bytes(b"%PDF-1.4 approved budget: 1,000,000")
    blobs.path(sha).write_bytes(b"%PDF-1.4 approved budget: 9,000,000")

    with pytest.raises(StoreError, match="damaged"):
        blobs.read_bytes(sha)
    with pytest.raises(StoreError, match="damaged"):
        blobs.verified_path(sha)
    with pytest.raises(StoreError, match="damaged"):
        blobs.open(sha)
    with pytest.raises(StoreError, match="damaged"):
        blobs.copy_to(sha, tmp_path / "out.pdf")


def test_storing_the_original_again_repairs_a_damaged_blob(blobs: BlobStore) -> None:
    """After check() reports damage, attaching the original file again must make the document readable."""
    original = b"%PDF-1.4 the signed minutes"
    sha = blobs.put_bytes(original)
    blobs.path(sha).write_bytes(b"%PDF-1.4 bit rot")

    assert blobs.put_bytes(original) == sha

    assert blobs.read_bytes(sha) == original


def test_a_missing_blob_is_not_found(blobs: BlobStore, tmp_path: Path) -> None:
    sha = hashlib.sha256(b"never stored").hexdigest()
    assert not blobs.has(sha)
    with pytest.raises(NotFoundError, match="missing"):
        blobs.read_bytes(sha)
    with pytest.raises(NotFoundError, match="missing"):
        blobs.verified_path(sha)
    with pytest.raises(NotFoundError):
        blobs.copy_to(sha, tmp_path / "out.pdf")
    assert not (tmp_path / "out.pdf").exists()


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "abc",
        "A" * 64,  # upper case is not how hashes are written
        "g" * 64,
        "0" * 63,
        "0" * 65,
        "../../../etc/passwd",
        "../" + "0" * 61,
        "0" * 64 + "\n",
        "0" * 32 + "/" + "0" * 31,
    ],
)
def test_invalid_hash_strings_are_rejected(blobs: BlobStore, bad: str) -> None:
    for use in (blobs.path, blobs.has, blobs.read_bytes, blobs.verified_path):
        with pytest.raises(NotFoundError, match="not a document hash"):
            use(bad)


def test_copy_to_writes_the_verified_content(blobs: BlobStore, tmp_path: Path) -> None:
    sha = blobs.put_bytes(b"%PDF-1.4 export me")
    blobs.copy_to(sha, tmp_path / "export.pdf")
    assert (tmp_path / "export.pdf").read_bytes() == b"%PDF-1.4 export me"


def test_all_hashes_ignores_stray_files(blobs: BlobStore) -> None:
    sha = blobs.put_bytes(b"real")
    (blobs.root / "tmp" / "tmpabc123").write_bytes(b"half written")
    (blobs.root / "ab" / "cd").mkdir(parents=True)
    (blobs.root / "ab" / "cd" / "notes.txt").write_text("not a blob")
    assert list(blobs.all_hashes()) == [sha]


def test_a_few_documents_are_flushed_one_by_one_and_many_by_one_flush_of_everything(
    blobs: BlobStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushes = {"everything": 0, "file": 0}
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushes["file"] += 1
        real_fsync(fd)

    monkeypatch.setattr(os, "sync", lambda: flushes.__setitem__("everything", flushes["everything"] + 1))
    monkeypatch.setattr(os, "fsync", fsync)
    few = {hashlib.sha256(d).hexdigest(): d for d in (b"the paper", b"its annex")}
    blobs.put_many(few)
    assert flushes == {"everything": 0, "file": 4}  # each file, then each folder it was moved into
    many = {hashlib.sha256(d).hexdigest(): d for d in (f"paper {n}".encode() for n in range(10))}
    blobs.put_many(many)
    if sys.platform.startswith("linux"):
        assert flushes["everything"] == 2 and flushes["file"] == 4
    for sha, data in (few | many).items():
        assert blobs.read_bytes(sha) == data
