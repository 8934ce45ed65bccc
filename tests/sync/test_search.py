"""Search on synced laptops, against a real server on 127.0.0.1: what a member, a guest and a member of
another committee may not read cannot be found on their laptops (a closed item, a confidential paper, a
top-secret item, another committee's meeting), what they may read is found, a confidential paper a member
may read is named as having no text here (sealed) and none of its words is anywhere in the laptop's
database files; a pull keeps the index up to date."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from emeeting.domain import model as m
from emeeting.domain.model import PAGE_BREAK
from emeeting.domain.search import SearchFilter
from emeeting.intake.inspect import Inspected
from emeeting.services.container import Services
from emeeting.services.documents import Intake
from tests.server.conftest import PASSWORD, Live, run_server
from tests.sync.conftest import Desk, Office, cheap_settings, make_desk
from tests.sync.test_sealed_papers import pdf_with

# Words that occur in one place only.
CLOSED_BODY = ("obsidian", "สัมปทานเหมืองแร่")  # the body of a closed item (its title: ขอความเห็นชอบ…)
SEALED_TEXT = ("tanzanite", "ไพลินสีน้ำเงิน")  # a confidential (ลับ) paper's text, on page 2
TOP_SECRET = ("plutonium", "ยูเรเนียม")  # a top-secret item: title and body
OTHER_COMMITTEE = ("flamingo", "ผู้ตรวจสอบภายใน")  # an item of the HR committee's meeting
GUEST_ITEM = ("zebra", "ทางม้าลาย")  # the open item the guest is invited for
OTHER_OPEN_ITEM = ("giraffe", "ยีราฟ")  # another open item of the same meeting
OPEN_PAPER = ("aquamarine", "มรกต")  # an ordinary paper's text, under the guest's item


def attach(services: Services, meeting_id: str, item_id: str, name: str, pages: list[str]) -> m.Document:
    """A real PDF attached as intake reads it: its text page by page."""
    data = pdf_with(*pages)
    sha = services.store.blobs.put_bytes(data)
    text = "".join(page + PAGE_BREAK for page in pages)
    found = Inspected(Path(name), "application/pdf", len(data), sha, len(pages), text)
    return services.documents.record(meeting_id, item_id, Intake((found,), ())).attached[0]


@dataclass
class World:
    live: Live
    secretary: Desk
    desks: dict[str, Desk]  # alice (recused from the closed item), bob, gina (guest), carol (HR)
    ict: m.Meeting
    hr: m.Meeting
    items: dict[str, m.AgendaItem]
    papers: dict[str, m.Document]
    tmp: Path

    def search(self, who: str, text: str) -> set[str]:
        """The records found on ``who``'s laptop (entity ids)."""
        desk = self.secretary if who == "secretary" else self.desks[who]
        results = desk.services.search.search(text)
        return {hit.entity_id for group in results.groups for hit in group.hits}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("search-sync")
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # tokens stay in the session (tests/sync/conftest.py)
    try:
        with run_server(cheap_settings(tmp)) as live:
            yield build_world(live, tmp)
    finally:
        keyring.set_keyring(before)


def build_world(live: Live, tmp: Path) -> World:
    accounts = live.state.accounts
    sec = make_desk(tmp, "secretary", live.url, None)
    services = sec.services
    ict = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
    hr = m.Committee("คณะกรรมการบริหารงานบุคคล", "HR")
    people = {n: m.Person(n.title(), "Test") for n in ("somsri", "alice", "bob", "gina", "carol")}
    services.records.create(ict, hr, *people.values())
    services.records.create(
        m.Membership(ict.id, people["somsri"].id, role=m.MemberRole.SECRETARY),
        m.Membership(hr.id, people["somsri"].id, role=m.MemberRole.SECRETARY),
        m.Membership(ict.id, people["alice"].id),
        m.Membership(ict.id, people["bob"].id),
        m.Membership(hr.id, people["carol"].id),
    )
    accounts.add_user(
        "somsri", PASSWORD, "secretary", person_id=people["somsri"].id, committees=(ict.id, hr.id)
    )
    for name in ("alice", "bob", "gina", "carol"):
        accounts.add_user(name, PASSWORD, "member", person_id=people[name].id)
    for committee in (ict, hr):
        accounts.set_policy(committee.id, offline_days=7, allow_top_secret=False)

    start = datetime(2026, 12, 10, 2, 30, tzinfo=UTC)
    ict_id, hr_id = m.new_id(), m.new_id()
    services.meetings.create(ict.id, "ประชุมครั้งที่ 1", start, meeting_id=ict_id, status=m.MeetingStatus.INVITED)
    services.meetings.create(
        hr.id, "การพิจารณาอัตรากำลัง", start, meeting_id=hr_id, status=m.MeetingStatus.INVITED
    )
    items = {
        "closed": m.AgendaItem(
            ict_id,
            "ขอความเห็นชอบเรื่องลับ",
            background=f"รายละเอียด{CLOSED_BODY[1]} {CLOSED_BODY[0]} quarry",
            closed=True,
        ),
        "sealed": m.AgendaItem(ict_id, "เอกสารประกอบการพิจารณา", background="ตามเอกสารแนบ"),
        "top_secret": m.AgendaItem(
            ict_id,
            f"โครงการ{TOP_SECRET[1]}",
            background=f"{TOP_SECRET[0]} storage",
            secrecy=m.Secrecy.TOP_SECRET,
        ),
        "guest": m.AgendaItem(ict_id, f"โครงการ{GUEST_ITEM[1]}", background=f"{GUEST_ITEM[0]} crossing"),
        "other_open": m.AgendaItem(
            ict_id, f"สวนสัตว์{OTHER_OPEN_ITEM[1]}", background=f"{OTHER_OPEN_ITEM[0]} house"
        ),
        "hr": m.AgendaItem(hr_id, f"แต่งตั้ง{OTHER_COMMITTEE[1]}", background=f"{OTHER_COMMITTEE[0]} audit"),
    }
    for item in items.values():
        services.agenda.add(item)
    papers = {
        "sealed": attach(
            services,
            ict_id,
            items["sealed"].id,
            "annex-b.pdf",
            ["ภาคผนวก ข", f"ราคา{SEALED_TEXT[1]} {SEALED_TEXT[0]} lot 7"],
        ),
        "open": attach(
            services, ict_id, items["guest"].id, "crossing.pdf", [f"{OPEN_PAPER[0]} {OPEN_PAPER[1]}"]
        ),
    }
    sealed = papers["sealed"]
    papers["sealed"] = dataclasses.replace(sealed, secrecy=m.Secrecy.CONFIDENTIAL)
    services.documents.update(papers["sealed"], base=sealed)
    services.records.create(
        m.Invitation(ict_id, people["alice"].id),
        m.Invitation(ict_id, people["bob"].id),
        m.Invitation(ict_id, people["gina"].id, role=m.InviteeRole.GUEST, item_id=items["guest"].id),
        m.Invitation(hr_id, people["carol"].id),
        m.Recusal(items["closed"].id, people["alice"].id, reason="ส่วนได้เสีย"),
    )
    sec.sync.login(live.url, "somsri", PASSWORD)
    for meeting_id in (ict_id, hr_id):
        sec.sync.publish(live.url, meeting_id)
    sec.run()
    desks = {name: make_desk(tmp, name, live.url, name) for name in ("alice", "bob", "gina", "carol")}
    for desk in desks.values():
        desk.run()
    return World(
        live, sec, desks, services.records.get(m.Meeting, ict_id), services.records.get(m.Meeting, hr_id),
        items, papers, tmp,
    )  # fmt: skip


def database_bytes(desk: Desk) -> dict[str, bytes]:
    """The laptop's database as it lies on disk: the file, its write-ahead log and shared memory."""
    folder = desk.services.store.data_dir
    return {
        p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name.startswith("emeeting.db")
    }


def traces(word: str) -> set[bytes]:
    """What of a word a database could hold: the word, and for a Latin word its inside too (the search
    index keeps the stem, "tanzanit", and a term after one that shares its first letters without them)."""
    if word.isascii():
        return {word.lower().encode(), word.lower()[2:-1].encode(), word.upper().encode()}
    return {word.encode()}


def words_on_disk(desk: Desk, words: tuple[str, ...]) -> list[str]:
    return [
        f"{name} holds {trace.decode()!r} of {word!r}"
        for name, raw in database_bytes(desk).items()
        for word in words
        for trace in traces(word)
        if trace in raw
    ]


SECRETS = {
    "closed": CLOSED_BODY,
    "sealed": SEALED_TEXT,
    "top_secret": TOP_SECRET,
    "hr": OTHER_COMMITTEE,
}
# Who may find what: a recused member still sees the closed item itself (not its closed papers or
# discussion); a confidential paper's text is on no laptop of a member (sealed), only on the office's PC.
MAY_FIND = {
    "secretary": {"closed", "sealed", "top_secret", "hr", "guest", "other_open", "open"},
    "alice": {"closed", "guest", "other_open", "open"},
    "bob": {"closed", "guest", "other_open", "open"},
    "gina": {"guest", "open"},
    "carol": {"hr"},
}
PLACES = {**SECRETS, "guest": GUEST_ITEM, "other_open": OTHER_OPEN_ITEM, "open": OPEN_PAPER}


@pytest.mark.parametrize("who", ["secretary", "alice", "bob", "gina", "carol"])
def test_each_laptop_finds_only_what_its_user_may_read(world: World, who: str) -> None:
    for place, words in PLACES.items():
        record = world.papers[place] if place in ("sealed", "open") else world.items[place]
        for word in words:
            found = world.search(who, word)
            if place in MAY_FIND[who]:
                assert record.id in found, (who, place, word)
            else:
                assert found == set() or record.id not in found, (who, place, word)
                assert not found, f"{who} finds {found} for {word!r}, which only {place} holds"


@pytest.mark.parametrize("who", ["alice", "bob", "gina", "carol"])
def test_the_words_a_user_may_not_read_are_nowhere_in_their_database(world: World, who: str) -> None:
    hidden = [words for place, words in SECRETS.items() if place not in MAY_FIND[who]]
    assert words_on_disk(world.desks[who], tuple(w for words in hidden for w in words)) == []


def test_the_secretarys_office_pc_finds_the_confidential_papers_page(world: World) -> None:
    results = world.secretary.services.search.search(SEALED_TEXT[1])
    (group,) = results.groups
    (hit,) = group.hits
    assert (hit.entity_id, hit.page, hit.pages) == (world.papers["sealed"].id, 2, (2,))
    assert results.no_text == ()


@pytest.mark.parametrize("who", ["alice", "bob"])
def test_a_confidential_paper_a_member_may_read_is_named_as_sealed(world: World, who: str) -> None:
    desk = world.desks[who]
    assert desk.services.documents.is_sealed(desk.services.records.get(m.Document, world.papers["sealed"].id))
    results = desk.services.search.search("ตามเอกสารแนบ")  # its item's background: a hit in its meeting
    assert [(p.document_id, p.name, p.sealed) for p in results.no_text] == [
        (world.papers["sealed"].id, "annex-b", True)
    ]
    assert world.search(who, "annex") == {world.papers["sealed"].id}  # by its name, which is not secret
    assert desk.services.check() == []


def test_a_guest_is_not_told_of_papers_they_may_not_read(world: World) -> None:
    results = world.desks["gina"].services.search.search(GUEST_ITEM[0])
    assert results.count >= 1
    assert results.no_text == ()
    assert world.search("gina", "annex") == set()


def test_a_pull_keeps_each_laptops_index_up_to_date(world: World) -> None:
    sec = world.secretary.services
    item = sec.records.get(m.AgendaItem, world.items["other_open"].id)
    sec.agenda.update(dataclasses.replace(item, background="okapi enclosure"), base=item)
    removed = sec.records.get(m.AgendaItem, world.items["guest"].id)
    renamed = sec.records.get(m.Document, world.papers["open"].id)
    sec.documents.update(dataclasses.replace(renamed, name="ทางข้ามถนน"), base=renamed)
    world.secretary.run()
    for who in ("alice", "bob"):
        desk = world.desks[who]
        report = desk.run()
        assert report.pulled >= 2
        assert world.search(who, "okapi") == {item.id}
        assert world.search(who, OTHER_OPEN_ITEM[0]) == set()
        assert world.search(who, "ทางข้ามถนน") == {renamed.id}
        assert desk.services.check() == []
    # A deletion pulled takes its words away.
    sec.agenda.update(dataclasses.replace(removed, background="zebra crossing moved"), base=removed)
    sec.documents.remove(renamed.id)
    world.secretary.run()
    gina = world.desks["gina"]
    gina.run()
    assert world.search("gina", OPEN_PAPER[0]) == set()
    assert world.search("gina", "moved") == {removed.id}
    assert gina.services.check() == []
    # The committee filter on a laptop: only meetings there.
    carol = world.desks["carol"].services
    assert (
        carol.search.search(OTHER_COMMITTEE[0], SearchFilter(committee_id=world.ict.committee_id)).count == 0
    )


def test_a_paper_raised_to_confidential_leaves_no_word_of_it_on_a_laptop_that_had_its_text(
    office: Office,
) -> None:
    """Read in clear before its class was raised: the next pull takes its text out of the laptop's database,
    its index included, leaving none of its words in the file or its log."""
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    paper = attach(
        services, office.meeting.id, item.id, "price-list.pdf", ["รายการราคา", " ".join(SEALED_TEXT)]
    )
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    found = alice.services.search.search(SEALED_TEXT[0])
    assert [(h.entity_id, h.page) for g in found.groups for h in g.hits] == [(paper.id, 2)]
    assert words_on_disk(alice, SEALED_TEXT[:1])  # (what the check below looks for is there now)

    services.documents.update(dataclasses.replace(paper, secrecy=m.Secrecy.CONFIDENTIAL), base=paper)
    office.secretary.run()
    alice.run()
    assert alice.services.records.get(m.Document, paper.id).text == ""
    for word in SEALED_TEXT:
        assert alice.services.search.search(word).count == 0
    sealed = alice.services.search.search("price")
    assert [(p.document_id, p.sealed) for p in sealed.no_text if p.document_id == paper.id] == [
        (paper.id, True)
    ]
    assert alice.services.check() == []
    assert words_on_disk(alice, SEALED_TEXT) == []


def test_a_paper_withdrawn_from_a_laptop_leaves_no_word_of_it_there(office: Office) -> None:
    """Alice read a paper in clear; then she is recused from its item, which is closed: the paper leaves her
    laptop at the next pull, and its words leave the database's pages with it."""
    services = office.secretary.services
    item = next(i for i in office.items if i.parent_id is None)
    paper = attach(services, office.meeting.id, item.id, "tender.pdf", [" ".join(CLOSED_BODY)])
    office.secretary.run()
    alice = office.attendee("alice")
    alice.run()
    assert alice.services.search.search(CLOSED_BODY[0]).count == 1
    assert words_on_disk(alice, CLOSED_BODY[:1])
    closed = dataclasses.replace(services.records.get(m.AgendaItem, item.id), closed=True)
    services.agenda.update(closed, base=services.records.get(m.AgendaItem, item.id))
    services.records.create(m.Recusal(item.id, office.people["alice"].id))
    office.secretary.run()
    alice.run()
    assert alice.services.records.find(m.Document, paper.id) is None
    assert alice.services.search.search(CLOSED_BODY[0]).count == 0
    assert alice.services.check() == []
    assert words_on_disk(alice, CLOSED_BODY) == []
