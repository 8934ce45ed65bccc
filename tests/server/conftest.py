"""A real sync server on 127.0.0.1 (uvicorn in a thread), on SQLite and on a temporary PostgreSQL cluster.

Every test that takes ``server`` runs twice: once with a SQLite file, once with a fresh database in a
PostgreSQL cluster that the session starts with initdb/pg_ctl in a temp folder (as an ordinary user when
the suite runs as root, since PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from emeeting.domain import model as m
from emeeting.domain.kinds import kind_of
from emeeting.server.app import Server, Settings, create_app
from emeeting.sync import protocol as p

PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# ------------------------------------------------------------------------------------------ PostgreSQL


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    assert found, f"PostgreSQL is not installed ({name} not found under /usr/lib/postgresql): run .ci/run"
    return found[-1]


@dataclass
class Cluster:
    port: int
    counter: itertools.count[int] = field(default_factory=itertools.count)

    def new_database(self) -> str:
        import psycopg

        name = f"emeeting_test_{next(self.counter)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stop_orphaned_clusters(run_as: dict[str, Any], env: dict[str, str]) -> None:
    """Stop clusters left by a test run that was killed (its process is gone) and remove their folders."""
    for folder in Path(tempfile.gettempdir()).glob("emeeting-pg-*"):
        try:
            owner = int((folder / "owner").read_text())
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        subprocess.run(
            [_pg_bin("pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "-w", "stop"],
            capture_output=True, env=env, cwd=folder, **run_as,
        )  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def temporary_cluster(max_connections: int = 300, *, fsync: bool = False) -> Iterator[Cluster]:
    """A PostgreSQL cluster in a temp folder on a free port, stopped and removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="emeeting-pg-"))  # not pytest's folder: the cluster user enters it
    run_as: dict[str, Any] = {}
    if os.geteuid() == 0:  # PostgreSQL will not run as root
        nobody = pwd.getpwnam("nobody")
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    data = folder / "data"
    port = free_port()
    env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"}

    def run(*args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, env=env, cwd=folder, **run_as)

    _stop_orphaned_clusters(run_as, env)
    (folder / "owner").write_text(str(os.getpid()))
    try:
        run(_pg_bin("initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections={max_connections}"
        if not fsync:  # a throwaway cluster: durability is not what the tests measure
            options += " -c fsync=off"
        run(_pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
        try:
            yield Cluster(port)
        finally:
            run(_pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with temporary_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.db'}"
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


# ---------------------------------------------------------------------------------------------- server


@dataclass
class Live:
    url: str
    state: Server

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def login(self, user: str, password: str = PASSWORD, device: str = "laptop", **extra: Any) -> str:
        with self.client() as c:
            r = c.post("/auth/login", json={"user": user, "password": password, "device": device, **extra})
        assert r.status_code == 200, r.text
        return str(r.json()["token"])


@contextlib.contextmanager
def run_server(settings: Settings, port: int = 0) -> Iterator[Live]:
    """The server on 127.0.0.1 at ``port`` (0: any free one); a given port lets a new server take the URL
    of one just stopped."""
    app = create_app(settings)
    # IPPROTO_TCP named, as uvicorn's own sockets have it: asyncio sets TCP_NODELAY on accepted connections
    # only then, and without it every answer's body waits ~40 ms for the ACK of its headers.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the old server's port may be in TIME_WAIT
    sock.bind(("127.0.0.1", port))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", ws="none", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.01)
    try:
        yield Live(f"http://127.0.0.1:{port}", app.state.server)
    finally:
        app.state.server.live.close()  # live streams end, or uvicorn would wait for them to
        server.should_exit = True
        thread.join(timeout=20)
        sock.close()
        app.state.server.db.dispose()


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    # Cheaper password hashing than in production: the suite logs in hundreds of times.
    return Settings(
        db_url=db_url, blobs=tmp_path / "blobs", pool_size=5, argon2_time_cost=1, argon2_memory_kib=8192
    )


@pytest.fixture
def server(settings: Settings) -> Iterator[Live]:
    with run_server(settings) as live:
        yield live


# ---------------------------------------------------------------------------------------------- world


def change(entity: object, base: int = 0, deleted: bool = False) -> dict[str, Any]:
    kind = kind_of(type(entity))
    return {
        "kind": kind,
        "id": entity.id,  # type: ignore[attr-defined]
        "base_version": base,
        "deleted": deleted,
        "data": p.encode(entity),
    }


def push(client: httpx.Client, *entities: object, base: int = 0) -> httpx.Response:
    return client.post("/sync/push", json={"changes": [change(e, base) for e in entities]})


def pull_all(client: httpx.Client, since: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
    """Every page from ``since``; returns the records and the final cursor."""
    out: list[dict[str, Any]] = []
    while True:
        r = client.get("/sync/changes", params={"since": since, "limit": limit})
        assert r.status_code == 200, r.text
        page = r.json()
        out += page["records"]
        since = page["cursor"]
        if not page["more"]:
            return out, since


def ids(records: list[dict[str, Any]], kind: str | None = None) -> set[str]:
    return {r["id"] for r in records if kind is None or r["kind"] == kind}


@dataclass
class World:
    """Two committees and three meetings, with people in every role, published by the secretaries.

    - ICT meeting A: alice invited as member, bob as guest, dave as member but recused on the closed item;
      alice and dave are marked present, and the vote on the open item is open on their laptops.
    - ICT meeting B: carol invited as member (alice is not invited).
    - HR meeting H: its own secretary; nobody of ICT invited.
    - Meeting A also has its minutes (an entry and a version; still a draft, so that the tests may change
      the meeting's record), the secretary's note on the open item, a dissent and an action item; alice is
      a member of ICT.
    """

    live: Live
    ict: m.Committee
    hr: m.Committee
    people: dict[str, m.Person]
    meeting_a: m.Meeting
    meeting_b: m.Meeting
    meeting_h: m.Meeting
    open_item: m.AgendaItem
    closed_item: m.AgendaItem
    item_b: m.AgendaItem
    item_h: m.AgendaItem
    docs: dict[str, m.Document]
    invitations: dict[str, m.Invitation]
    vote: m.Vote
    vote_b: m.Vote
    versions: dict[str, int]
    tokens: dict[str, str]
    recusal: m.Recusal
    extras: dict[str, object] = field(default_factory=dict)  # the other kinds, by short name
    annotations: dict[str, m.Annotation] = field(default_factory=dict)  # alice's, pushed by her

    def client(self, user: str) -> httpx.Client:
        return self.live.client(self.tokens[user])

    def blob(self, name: str) -> bytes:
        return f"document {name} — เอกสารประกอบวาระ".encode() * 50


def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 2, 30, tzinfo=UTC)


def build_world(live: Live) -> World:
    accounts = live.state.accounts
    ict = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    hr = m.Committee("คณะกรรมการบริหารงานบุคคล", "HR")
    people = {
        name: m.Person(name.title(), "Test") for name in ("sec", "alice", "bob", "carol", "dave", "hrsec")
    }
    accounts.add_user("sec", PASSWORD, "secretary", person_id=people["sec"].id, committees=(ict.id,))
    accounts.add_user("hrsec", PASSWORD, "secretary", person_id=people["hrsec"].id, committees=(hr.id,))
    for name in ("alice", "bob", "carol", "dave"):
        accounts.add_user(name, PASSWORD, "member", person_id=people[name].id)
    accounts.add_user("admin", PASSWORD, "admin")
    tokens = {name: live.login(name) for name in ("sec", "hrsec", "alice", "bob", "carol", "dave", "admin")}

    meeting_a = m.Meeting(ict.id, 1, 2569, "ประชุม A", _at(10))
    meeting_b = m.Meeting(ict.id, 2, 2569, "ประชุม B", _at(17))
    meeting_h = m.Meeting(hr.id, 1, 2569, "ประชุม H", _at(12))
    open_item = m.AgendaItem(meeting_a.id, "เรื่องเปิด")
    closed_item = m.AgendaItem(meeting_a.id, "เรื่องลับ", position=1, closed=True)
    item_b = m.AgendaItem(meeting_b.id, "เรื่อง B")
    item_h = m.AgendaItem(meeting_h.id, "เรื่อง H")
    world_docs: dict[str, m.Document] = {}
    # Alice and Dave are in the meeting (marked present) and may answer its open vote.
    present = m.Attendance.PRESENT
    invitations = {
        "alice": m.Invitation(meeting_a.id, people["alice"].id, attendance=present, arrived_at=_at(10)),
        "bob": m.Invitation(meeting_a.id, people["bob"].id, role=m.InviteeRole.GUEST),
        "dave": m.Invitation(meeting_a.id, people["dave"].id, attendance=present, arrived_at=_at(10)),
        "carol": m.Invitation(meeting_b.id, people["carol"].id),
        "hrsec": m.Invitation(meeting_h.id, people["hrsec"].id),
    }
    recusal = m.Recusal(closed_item.id, people["dave"].id, reason="ส่วนได้เสีย")
    vote = m.Vote(meeting_a.id, open_item.id, "อนุมัติหรือไม่", opened_at=_at(10))  # open on laptops
    minutes = m.Minutes(meeting_a.id)
    extras: dict[str, object] = {
        "membership": m.Membership(ict.id, people["alice"].id),
        "dissent": m.Dissent(open_item.id, people["alice"].id, "ไม่เห็นด้วยกับงบประมาณ"),
        "action_item": m.ActionItem(meeting_a.id, "จัดทำรายงาน", item_id=open_item.id),
        "minutes": minutes,
        "minutes_entry": m.MinutesEntry(minutes.id, open_item.id, "ที่ประชุมรับทราบ"),
        "minutes_version": m.MinutesVersion(minutes.id, 0, "รายงานการประชุม A", "ab" * 32),
        "item_note": m.ItemNote(open_item.id, "ประธานขอให้แก้ไขตัวเลข"),
    }
    vote_b = m.Vote(meeting_b.id, item_b.id, "อนุมัติ B")
    world = World(
        live, ict, hr, people, meeting_a, meeting_b, meeting_h, open_item, closed_item, item_b, item_h,
        world_docs, invitations, vote, vote_b, {}, tokens, recusal, extras,
    )  # fmt: skip
    specs = {
        "open": (meeting_a.id, open_item.id, m.Secrecy.NORMAL),
        "confidential": (meeting_a.id, open_item.id, m.Secrecy.CONFIDENTIAL),
        "closed": (meeting_a.id, closed_item.id, m.Secrecy.NORMAL),
        "meeting_level": (meeting_a.id, None, m.Secrecy.NORMAL),
        "b": (meeting_b.id, item_b.id, m.Secrecy.NORMAL),
        "h": (meeting_h.id, item_h.id, m.Secrecy.NORMAL),
    }
    for name, (meeting_id, item_id, secrecy) in specs.items():
        data = world.blob(name)
        sha = hashlib.sha256(data).hexdigest()
        owner = "hrsec" if name == "h" else "sec"
        with world.client(owner) as c:
            assert c.put(f"/blobs/{sha}", content=data).status_code == 201
        world_docs[name] = m.Document(
            meeting_id, f"doc {name}", f"{name}.pdf", "application/pdf", len(data), sha, item_id=item_id,
            secrecy=secrecy,
        )  # fmt: skip
    with world.client("sec") as c:
        people_ict = [people[n] for n in ("sec", "alice", "bob", "carol", "dave")]
        r = push(
            c, ict, *people_ict, meeting_a, meeting_b, open_item, closed_item, item_b, recusal,
            *(world_docs[n] for n in ("open", "confidential", "closed", "meeting_level", "b")),
            *(invitations[n] for n in ("alice", "bob", "dave", "carol")), vote, vote_b, *extras.values(),
        )  # fmt: skip
        assert r.status_code == 200, r.text
        world.versions.update({a["id"]: a["version"] for a in r.json()["accepted"]})
    with world.client("hrsec") as c:
        r = push(c, hr, people["hrsec"], meeting_h, item_h, world_docs["h"], invitations["hrsec"])
        assert r.status_code == 200, r.text
        world.versions.update({a["id"]: a["version"] for a in r.json()["accepted"]})
    world.annotations.update(_annotations(world))
    with world.client("alice") as c:
        r = push(c, *world.annotations.values())
        assert r.status_code == 200, r.text
        world.versions.update({a["id"]: a["version"] for a in r.json()["accepted"]})
    return world


def _annotations(world: World) -> dict[str, m.Annotation]:
    """Alice's annotations in meeting A: one of each sharing, on the open paper, on the closed item's
    paper (which a recused member and a guest may not read), on the open item and on the closed one
    (whose discussion a recused member does not get, as they do not get its papers)."""

    def on(
        doc: str, sharing: m.Sharing, shape: m.AnnotationShape = m.AnnotationShape.HIGHLIGHT
    ) -> m.Annotation:
        geometry = {"highlight": "[[72, 90, 200, 104]]", "sticky": "[100, 100]", "ink": "[[[1, 2], [3, 4]]]"}
        document = world.docs[doc]
        return m.Annotation(
            world.meeting_a.id, "alice", shape, document_id=document.id, sha256=document.sha256,
            geometry=geometry[shape], quote="งบประมาณ", text="ดู", sharing=sharing, author="Alice Test",
        )  # fmt: skip

    return {
        "ann_private": on("open", m.Sharing.PRIVATE),
        "ann_committee": on("open", m.Sharing.COMMITTEE),
        "ann_committee_closed": on("closed", m.Sharing.COMMITTEE, m.AnnotationShape.INK),
        "ann_secretary": on("open", m.Sharing.SECRETARY, m.AnnotationShape.STICKY),
        "ann_item_note": m.Annotation(
            world.meeting_a.id,
            "alice",
            m.AnnotationShape.ITEM_NOTE,
            item_id=world.open_item.id,
            text="ถามเรื่องงบ",
            sharing=m.Sharing.COMMITTEE,
        ),
        "ann_closed_item_note": m.Annotation(
            world.meeting_a.id,
            "alice",
            m.AnnotationShape.ITEM_NOTE,
            item_id=world.closed_item.id,
            text="ถามเรื่องสัญญา",
            sharing=m.Sharing.COMMITTEE,
        ),
    }


@pytest.fixture
def world(server: Live) -> World:
    return build_world(server)
