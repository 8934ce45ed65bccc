"""The password store misbehaving under the keys of sealed papers."""

from __future__ import annotations

from emeeting.sync.paper_keys import PaperKeys
from tests.sync.conftest import MemoryKeyring


class FlakyKeyring(MemoryKeyring):
    """A password store whose reads fail while it is ``locked`` (a locked wallet, a D-Bus timeout), and
    whose writes still go through."""

    locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise RuntimeError("the wallet is locked")
        return super().get_password(service, username)


def test_a_read_that_fails_does_not_replace_the_key_of_what_is_already_sealed() -> None:
    store = FlakyKeyring()
    keys = PaperKeys(store)
    made = keys.key_for("https://emeeting.example.go.th", "alice", "committee")
    assert made is not None
    store.locked = True
    # Asked again (the next sync, the next annotation) while the read fails: no key, and above all no
    # new key written over the one that opens every paper and note already sealed with it.
    assert keys.key_for("https://emeeting.example.go.th", "alice", "committee") is None
    assert keys.unavailable is not None
    store.locked = False
    assert keys.paper_key(made[0]) == made[1]
    assert keys.key_for("https://emeeting.example.go.th", "alice", "committee") == made
