"""Input that databases choke on (NUL characters, over-long ids) is refused with 4xx on every backend."""

from __future__ import annotations

from dataclasses import replace

from tests.server.conftest import World, change, push


def test_nul_characters_and_long_ids_are_refused_not_crashed_on(world: World) -> None:
    with world.live.client() as c:
        for field in ("user", "password", "device"):
            body = {"user": "alice", "password": "x" * 10, "device": "pc"} | {field: "a\x00b"}
            assert c.post("/auth/login", json=body).status_code in (401, 422)
    with world.client("sec") as c:
        assert c.get("/records/meeting/a%00b").status_code in (404, 422)
        item = world.open_item
        assert push(c, replace(item, title="เรื่อง\x00"), base=world.versions[item.id]).status_code == 422
        long_ref = change(world.invitations["alice"], world.versions[world.invitations["alice"].id])
        long_ref["data"]["person_id"] = "p" * 500
        assert c.post("/sync/push", json={"changes": [long_ref]}).status_code == 422
        doc = world.docs["open"]
        tombstone = change(replace(doc, sha256="f" * 65), world.versions[doc.id], deleted=True)
        assert c.post("/sync/push", json={"changes": [tombstone]}).status_code == 422
        assert c.get("/health").status_code == 200
