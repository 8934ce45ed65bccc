"""Opening a sealed confidential paper: its bytes decrypted in memory for the viewer, next to reading the
same bytes stored in clear, measured in the same run.

Run:  .venv/bin/python tests/bench/bench_sealed.py [--mb 20] [--runs 15]

A paper of --mb megabytes (a PDF header and random bytes: the cipher's speed does not depend on the
content) is stored once in clear (``blobs/``) and once sealed (``sealed/``, AES-256-GCM) in a temporary
data folder, the key in a password store in memory. Then, alternating, --runs times each:

- bare read: ``Path.read_bytes`` of the clear file (the floor: the disk cache);
- clear, verified: ``BlobStore.read_bytes`` (read and check the sha256), what an ordinary paper costs;
- sealed, opened: ``DocumentService.content`` of the sealed paper (key from the password store, read,
  decrypt and check the tag, which binds the sha256 checked when it was sealed) — what the viewer gets.

Medians are printed with the sealed paper's cost over the clear one.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


class MemoryStore:
    """A password store in this process (the OS keyring's part)."""

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=int, default=20)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    import hashlib

    from emeeting.domain import model as m
    from emeeting.services.documents import DocumentService
    from emeeting.storage.store import Store
    from emeeting.sync.paper_keys import PaperKeys

    data = b"%PDF-1.7\n" + os.urandom(args.mb * 1_000_000)
    sha = hashlib.sha256(data).hexdigest()
    with tempfile.TemporaryDirectory(prefix="bench-sealed-") as folder:
        store = Store.open(Path(folder) / "data", actor="bench")
        keys = PaperKeys(MemoryStore())
        found = keys.key_for("https://emeeting.example.go.th", "alice", "committee")
        assert found is not None
        store.blobs.put_bytes(data)
        sealed_copy = Store.open(Path(folder) / "sealed-data", actor="bench")
        sealed_copy.sealed.put_many({sha: data}, *found)
        paper = m.Document("meeting", "annex", "annex.pdf", "application/pdf", len(data), sha)
        sealed_service = DocumentService(sealed_copy, keys)
        assert sealed_service.content(paper) == data  # and a first read warms the disk cache for both
        assert store.blobs.read_bytes(sha) == data

        bare: list[float] = []
        clear: list[float] = []
        sealed: list[float] = []
        for _ in range(args.runs):
            t = time.perf_counter()
            store.blobs.path(sha).read_bytes()
            bare.append(time.perf_counter() - t)
            t = time.perf_counter()
            store.blobs.read_bytes(sha)
            clear.append(time.perf_counter() - t)
            t = time.perf_counter()
            sealed_service.content(paper)
            sealed.append(time.perf_counter() - t)
        store.close()
        sealed_copy.close()

    size = f"{len(data) / 1e6:.0f} MB"
    print(f"a {size} paper, median of {args.runs} runs each, in the same process:")
    print(f"  bare read (Path.read_bytes)            {median_ms(bare):8.1f} ms")
    print(f"  clear, verified (BlobStore.read_bytes) {median_ms(clear):8.1f} ms   (reference)")
    print(
        f"  sealed, opened (DocumentService.content) {median_ms(sealed):6.1f} ms   "
        f"({median_ms(sealed) / median_ms(clear):.2f}x the clear paper, "
        f"+{median_ms(sealed) - median_ms(clear):.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
