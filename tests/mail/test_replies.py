"""RSVP from the calendar: replies read from a real IMAP server (dovecot, started by the tests) become
invitees' answers, each once, through the services; the mailbox is never changed; a hostile mailbox
changes nothing and each of its messages is reported; every failure to reach the mailbox is one line."""

from __future__ import annotations

import dataclasses
import socket
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from emeeting import cli
from emeeting.domain import model as m
from emeeting.domain.errors import StaleWriteError
from emeeting.domain.kinds import kind_of
from emeeting.interop.ical import meeting_uid
from emeeting.mail.replies import MAX_MESSAGE_BYTES, MailboxError, Outcome, ReplyReport, read_replies
from emeeting.mail.settings import ImapSettings, MailSettingsStore, Security
from emeeting.mail.transport import MailFailure
from emeeting.services.container import Services
from emeeting.storage.mail_log import MailLog
from tests.mail.calendar_replies import SHAPES, Answer, message, newsletter, plain_message, reply_ics
from tests.mail.imap_server import ImapServer, dovecot_binary
from tests.mail.servers import Certificate, free_port, self_signed

pytestmark = pytest.mark.skipif(
    dovecot_binary() is None, reason="dovecot is not installed here (apt-get install dovecot-imapd)"
)

USER, PASSWORD = "secretary@example.go.th", "ความลับ-123"


@pytest.fixture
def certificate(tmp_path: Path) -> Certificate:
    return self_signed(tmp_path / "certificate")


@pytest.fixture
def imap(certificate: Certificate) -> Iterator[ImapServer]:
    with ImapServer(users={USER: PASSWORD}, certificate=certificate) as server:
        yield server


@pytest.fixture
def trusted(certificate: Certificate) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate.cert))


class Office:
    """A committee, its members with their e-mail addresses, and meetings they are invited to."""

    def __init__(self, services: Services) -> None:
        self.services = services
        records = services.records
        self.committee = m.Committee("คณะกรรมการเทคโนโลยีสารสนเทศ", "ICT")
        self.somchai = m.Person("สมชาย", "ใจดี", title="นาย", email="somchai@example.go.th")
        self.suda = m.Person("สุดา", "รักงาน", title="นางสาว", email="Suda.R@Example.go.th")
        self.expert = m.Person("Anna", "Smith", title="Dr.", email="anna@example.org")
        self.outsider = m.Person("วิชัย", "มั่นคง", title="นาย", email="wichai@example.go.th")  # not invited
        records.create(self.committee, self.somchai, self.suda, self.expert, self.outsider)
        self.meeting = self.new_meeting(datetime(2026, 12, 15, 2, 30, tzinfo=UTC))
        self.other = self.new_meeting(datetime(2026, 12, 22, 2, 30, tzinfo=UTC), invite=(self.somchai,))

    def new_meeting(
        self, start: datetime, *, invite: tuple[m.Person, ...] | None = None, **fields: object
    ) -> m.Meeting:
        meeting_id = m.new_id()
        self.services.meetings.create(
            self.committee.id, "แผนพัฒนาดิจิทัล", start, meeting_id=meeting_id, **fields
        )
        people = (self.somchai, self.suda, self.expert) if invite is None else invite
        self.services.records.create(*(m.Invitation(meeting_id, p.id) for p in people))
        return self.services.records.get(m.Meeting, meeting_id)

    def invitation(self, person: m.Person, meeting: m.Meeting | None = None) -> m.Invitation:
        [invitation] = self.services.records.select(
            m.Invitation, meeting_id=(meeting or self.meeting).id, person_id=person.id
        )
        return invitation

    def rsvps(self) -> dict[str, tuple[m.Rsvp, str]]:
        """Person id → (RSVP, reason) of the meeting's invitations."""
        invitations = self.services.records.select(m.Invitation, meeting_id=self.meeting.id)
        return {i.person_id: (i.rsvp, i.rsvp_reason) for i in invitations}


@pytest.fixture
def office(services: Services) -> Office:
    return Office(services)


def settings_store(services: Services, imap: ImapServer, **changes: object) -> MailSettingsStore:
    store = MailSettingsStore(MailLog(services.store))
    values: dict[str, object] = {
        "enabled": True,
        "host": imap.host,
        "port": imap.port,
        "security": Security.STARTTLS,
        "user": USER,
        "folder": "INBOX",
    }
    values.update(changes)
    settings = ImapSettings(**values)  # type: ignore[arg-type]
    store.save(settings)
    store.set_password(settings, PASSWORD)
    return store


def answer(office: Office, person: m.Person, partstat: str = "ACCEPTED", **kw: object) -> Answer:
    return Answer(meeting_uid(office.meeting.id), person.email, partstat, **kw)  # type: ignore[arg-type]


def read(office: Office, store: MailSettingsStore, trusted: ssl.SSLContext, **kw: object) -> ReplyReport:
    return read_replies(office.services, store, ssl_context=trusted, timeout=10, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_reply_from_each_calendar_is_recorded_once_and_the_mailbox_is_left_as_it_was(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext, shape: str
) -> None:
    store = settings_store(office.services, imap)
    imap.append(
        USER, plain_message("friend@example.org"), message(answer(office, office.somchai), shape=shape)
    )
    flags_before = imap.flags(USER)

    report = read(office, store, trusted)

    assert [(r.outcome, r.person_id, r.meeting_id) for r in report.results] == [
        (Outcome.ACCEPTED, office.somchai.id, office.meeting.id)
    ]
    assert (report.messages, report.new, report.recorded, report.ignored) == (2, 1, 1, 0)
    assert (
        str(report.results[0].note)
        == f"{office.somchai.display_name} accepts the invitation to ICT:{office.meeting.label}"
    )
    invitation = office.invitation(office.somchai)
    assert invitation.rsvp is m.Rsvp.ACCEPTED
    assert report.changes.concerns(kind_of(m.Invitation), [invitation.id])
    trail = office.services.records.audit_trail(invitation.id)
    assert trail[-1].action == "update" and "accepted" in trail[-1].summary
    # Read-only on the mailbox: nothing marked as read, moved or deleted.
    assert imap.flags(USER) == flags_before and "\\Seen" not in "".join(imap.flags(USER))
    assert imap.count(USER) == 2
    # Each reply once: a second reading finds nothing new and writes nothing.
    again = read(office, store, trusted)
    assert (again.results, again.new, again.messages) == ((), 0, 2)
    assert office.services.records.audit_trail(invitation.id) == trail


def test_declined_with_a_comment_and_tentative_and_a_later_answer_replacing_an_earlier(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    imap.append(
        USER,
        message(answer(office, office.somchai, "DECLINED", comment="ติดราชการต่างจังหวัด"), shape="thunderbird"),
        message(answer(office, office.suda, "TENTATIVE"), shape="google"),
        message(answer(office, office.expert, "TENTATIVE"), shape="outlook"),
        message(answer(office, office.expert, "ACCEPTED"), shape="outlook"),  # changed her mind
    )

    report = read(office, store, trusted)

    assert [r.outcome for r in report.results] == [
        Outcome.DECLINED,
        Outcome.TENTATIVE,
        Outcome.TENTATIVE,
        Outcome.ACCEPTED,
    ]
    rsvps = office.rsvps()
    assert rsvps[office.somchai.id] == (m.Rsvp.DECLINED, "ติดราชการต่างจังหวัด")
    assert rsvps[office.suda.id] == (m.Rsvp.PENDING, "อาจเข้าร่วม (ตอบจากปฏิทิน)")
    assert rsvps[office.expert.id] == (m.Rsvp.ACCEPTED, "")
    # The address matches whatever its case (Suda's is stored as Suda.R@Example.go.th).
    assert report.results[1].person_id == office.suda.id


def test_a_lower_sequence_after_a_higher_one_changes_nothing_even_in_a_later_reading(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    imap.append(USER, message(answer(office, office.somchai, "ACCEPTED", sequence=2)))
    imap.append(USER, message(answer(office, office.somchai, "DECLINED", sequence=1)))
    first = read(office, store, trusted)
    imap.append(USER, message(answer(office, office.somchai, "DECLINED", sequence=0), shape="google"))
    second = read(office, store, trusted)

    assert [r.outcome for r in first.results] == [Outcome.ACCEPTED, Outcome.OLDER]
    assert [r.outcome for r in second.results] == [Outcome.OLDER]
    assert office.invitation(office.somchai).rsvp is m.Rsvp.ACCEPTED
    # The same SEQUENCE again is a later answer to the same invitation: it counts.
    imap.append(USER, message(answer(office, office.somchai, "DECLINED", sequence=2), shape="apple"))
    assert [r.outcome for r in read(office, store, trusted).results] == [Outcome.DECLINED]
    assert office.invitation(office.somchai).rsvp is m.Rsvp.DECLINED


def test_a_hostile_mailbox_changes_nothing_and_every_message_is_reported(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    cancelled = office.new_meeting(
        datetime(2026, 12, 29, 2, 30, tzinfo=UTC), status=m.MeetingStatus.CANCELLED
    )
    certified = office.new_meeting(
        datetime(2026, 1, 5, 2, 30, tzinfo=UTC), template="th", status=m.MeetingStatus.CLOSED
    )
    office.services.minutes.draft(certified.id)
    office.services.minutes.certify(
        certified.id, m.CertificationMethod.NEXT_MEETING, datetime(2026, 2, 5, tzinfo=UTC)
    )
    somchai = office.somchai
    huge = message(answer(office, somchai), shape="google").replace(
        b"has accepted", b"has accepted " + b"x" * (MAX_MESSAGE_BYTES + 1000), 1
    )
    broken_mime = (
        b"From: somchai@example.go.th\r\nSubject: Accepted\r\nMessage-ID: <broken-mime@example.go.th>\r\n"
        b'Content-Type: multipart/mixed; boundary="never-closed"\r\n\r\n--never-closed\r\n'
        b"Content-Type: text/calendar; method=REPLY; charset=x-unknown-charset\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!! not base64 at all \xff\xfe\r\n"
    )
    broken_ics = reply_ics(answer(office, somchai)).replace("END:VEVENT\r\n", "")
    messages = {
        "huge": huge,
        "broken_mime": broken_mime,
        "broken_ics": message(answer(office, somchai), ics=broken_ics),
        "someone_elses_event": message(
            Answer("040000008200E00074C5B7101A82E008@google.com", somchai.email), shape="google"
        ),
        "no_such_meeting": message(Answer(meeting_uid(m.new_id()), somchai.email)),
        "another_meeting_not_invited": message(
            Answer(meeting_uid(office.other.id), office.suda.email.lower())
        ),
        "not_an_invitee": message(answer(office, office.outsider)),
        "stranger": message(Answer(meeting_uid(office.meeting.id), "stranger@example.net")),
        "forged_from": message(answer(office, somchai, "DECLINED"), sender="attacker@example.net"),
        "cancelled": message(Answer(meeting_uid(cancelled.id), somchai.email)),
        "certified": message(Answer(meeting_uid(certified.id), somchai.email)),
        "an_invitation_not_a_reply": message(
            answer(office, somchai),
            ics=reply_ics(answer(office, somchai)).replace("METHOD:REPLY", "METHOD:REQUEST"),
        ),
        "needs_action": message(answer(office, somchai, "NEEDS-ACTION")),
    }
    imap.append(USER, *messages.values())
    before = office.rsvps()
    trail = len(office.services.records.audit_trail(office.invitation(somchai).id))

    report = read(office, store, trusted)

    outcomes = [r.outcome for r in report.results]
    assert outcomes == [
        Outcome.TOO_LARGE,
        Outcome.BROKEN,
        Outcome.BROKEN,
        Outcome.OTHER_EVENT,
        Outcome.OTHER_EVENT,
        Outcome.NOT_INVITED,
        Outcome.NOT_INVITED,
        Outcome.NOT_INVITED,
        Outcome.FORGED,
        Outcome.CANCELLED,
        Outcome.CERTIFIED,
        Outcome.NOT_A_REPLY,
        Outcome.NO_ANSWER,
    ], "\n".join(str(r.note) for r in report.results)
    assert office.rsvps() == before
    assert len(office.services.records.audit_trail(office.invitation(somchai).id)) == trail
    assert report.recorded == 0 and report.ignored == len(messages)
    notes = [str(r.note) for r in report.results]
    assert all("\n" not in n and n for n in notes)
    assert "larger than a reply can be" in notes[0]
    assert notes[1] == (
        "the message from somchai@example.go.th is broken: its calendar part holds no calendar object"
    )
    assert notes[2] == (
        "the message from somchai@example.go.th is broken: the calendar file cannot be read: "
        "END:VCALENDAR does not close what was begun"
    )
    assert notes[8] == (
        "the reply from attacker@example.net answers for somchai@example.go.th: "
        "only their own address may answer"
    )
    # Each is reported once: the next reading finds nothing new.
    assert read(office, store, trusted).results == ()
    assert imap.count(USER) == len(messages)


def test_a_dry_run_says_what_would_be_recorded_and_changes_nothing(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    imap.append(USER, message(answer(office, office.somchai, "DECLINED")))
    dry = read(office, store, trusted, dry_run=True)
    assert [r.outcome for r in dry.results] == [Outcome.DECLINED] and dry.dry_run
    assert office.invitation(office.somchai).rsvp is m.Rsvp.PENDING
    assert MailLog(office.services.store).replies() == []
    real = read(office, store, trusted)
    assert [r.outcome for r in real.results] == [Outcome.DECLINED]
    assert office.invitation(office.somchai).rsvp is m.Rsvp.DECLINED
    [kept] = MailLog(office.services.store).replies()
    assert (kept.outcome, kept.meeting_id, kept.person_id) == (
        "declined@0",
        office.meeting.id,
        office.somchai.id,
    )


def test_ordinary_messages_are_looked_into_once_and_a_reply_without_message_id_counts_once(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    without_id = message(answer(office, office.expert, "DECLINED"), shape="apple", message_id="<x>").replace(
        b"Message-ID: <x>\r\n", b""
    )
    twice = message(answer(office, office.somchai), message_id="<delivered-twice@example.go.th>")
    imap.append(USER, newsletter("news@example.org"), plain_message("friend@example.org"), without_id)
    imap.append(USER, twice, twice)

    report = read(office, store, trusted)

    assert [(r.outcome, r.person_id) for r in report.results] == [
        (Outcome.DECLINED, office.expert.id),
        (Outcome.ACCEPTED, office.somchai.id),
    ]
    assert (report.messages, report.new) == (5, 2)
    kept = MailLog(office.services.store).replies()
    # The newsletter is kept as seen (never downloaded again); the plain text message needed no look.
    assert sorted(r.outcome for r in kept) == ["accepted@0", "declined@0", "no_calendar"]
    assert read(office, store, trusted).results == ()
    assert office.invitation(office.expert).rsvp is m.Rsvp.DECLINED


def test_an_edit_made_from_the_invitation_as_it_was_before_the_reply_is_refused_not_lost(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    shown = office.invitation(office.somchai)  # the Invitees tab shows it, then the reply is read
    imap.append(USER, message(answer(office, office.somchai, "DECLINED", comment="ลาพักร้อน")))
    read(office, store, trusted)
    with pytest.raises(StaleWriteError):
        office.services.records.update(dataclasses.replace(shown, rsvp=m.Rsvp.ACCEPTED), base=shown)
    assert office.rsvps()[office.somchai.id] == (m.Rsvp.DECLINED, "ลาพักร้อน")


def test_a_member_who_sends_a_substitute_keeps_that_answer(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap)
    invitation = office.invitation(office.suda)
    office.services.records.update(dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE), base=invitation)
    imap.append(USER, message(answer(office, office.suda, "ACCEPTED")))
    assert [r.outcome for r in read(office, store, trusted).results] == [Outcome.SUBSTITUTE]
    assert office.invitation(office.suda).rsvp is m.Rsvp.SUBSTITUTE


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS, Security.NONE])
def test_the_mailbox_is_read_over_tls_starttls_or_a_plain_connection(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext, security: Security
) -> None:
    port = imap.tls_port if security is Security.TLS else imap.port
    store = settings_store(office.services, imap, security=security, port=port)
    imap.append(USER, message(answer(office, office.expert)))
    assert [r.outcome for r in read(office, store, trusted).results] == [Outcome.ACCEPTED]


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_an_untrusted_certificate_is_refused_with_a_clear_line_unless_the_office_names_it(
    office: Office, imap: ImapServer, certificate: Certificate, security: Security
) -> None:
    port = imap.tls_port if security is Security.TLS else imap.port
    store = settings_store(office.services, imap, security=security, port=port)
    imap.append(USER, message(answer(office, office.expert)))
    with pytest.raises(MailboxError) as caught:
        read_replies(office.services, store, timeout=10)  # the system's authorities: none vouches for it
    line = str(caught.value)
    assert line.startswith(f"the mail server 127.0.0.1:{port}'s certificate is not trusted (")
    assert line.endswith("): name the office's certificate in the mail settings, or ask IT")
    assert "\n" not in line and caught.value.failure is MailFailure.CERTIFICATE
    assert office.invitation(office.expert).rsvp is m.Rsvp.PENDING
    # Named in the settings, the office's own certificate is trusted.
    store = settings_store(office.services, imap, security=security, port=port, ca_file=str(certificate.cert))
    assert [r.outcome for r in read_replies(office.services, store, timeout=10).results] == [Outcome.ACCEPTED]


def test_failures_to_reach_the_mailbox_are_each_one_clear_line(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    services = office.services

    def error(**changes: object) -> str:
        with pytest.raises(MailboxError) as caught:
            read(office, settings_store(services, imap, **changes), trusted)
        return str(caught.value)

    assert error(host="mail.does-not-exist.invalid") == (
        "the mail server mail.does-not-exist.invalid is not known: check its name"
    )
    closed = free_port()
    assert error(port=closed) == f"the mail server 127.0.0.1:{closed} refused the connection: check the port"
    store = settings_store(services, imap, folder="ตอบรับ")
    store.set_password(store.imap(), "wrong password")
    with pytest.raises(MailboxError) as caught:
        read(office, store, trusted)
    assert str(caught.value).startswith(
        f"the mail server 127.0.0.1:{imap.port} refused the login of {USER}: "
    )
    assert "Authentication failed" in str(caught.value) and caught.value.failure is MailFailure.LOGIN_REFUSED
    assert error(folder="Calendar replies") == "the mailbox has no folder Calendar replies"
    # A server that accepts the connection and never says a word.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        with pytest.raises(MailboxError) as caught:
            read_replies(
                services, settings_store(services, imap, port=port), ssl_context=trusted, timeout=0.5
            )
    assert str(caught.value) == f"the mail server 127.0.0.1:{port} did not answer within 0.5 seconds"
    # A login is set but no password is kept for it.
    store = settings_store(services, imap)
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(MailboxError) as caught:
        read(office, MailSettingsStore(MailLog(services.store)), trusted)
    assert str(caught.value) == (
        f"the mail server 127.0.0.1:{imap.port} needs a login and no password is kept for {USER}: "
        "set it again"
    )
    assert all(rsvp is m.Rsvp.PENDING for rsvp, _reason in office.rsvps().values())


def test_a_named_folder_with_a_thai_name_is_read(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    # "ตอบรับ" as IMAP names it (modified UTF-7: UTF-7 with "&" for "+").
    on_the_wire = "&" + "ตอบรับ".encode("utf-7").decode()[1:]
    imap.create_folder(USER, on_the_wire)
    imap.append(USER, message(answer(office, office.somchai)), folder=on_the_wire)
    imap.append(USER, message(answer(office, office.suda)))  # in INBOX: not the folder named
    store = settings_store(office.services, imap, folder="ตอบรับ")
    report = read(office, store, trusted)
    assert [r.person_id for r in report.results] == [office.somchai.id]


def test_reading_replies_is_off_until_turned_on(
    office: Office, imap: ImapServer, trusted: ssl.SSLContext
) -> None:
    store = settings_store(office.services, imap, enabled=False)
    imap.append(USER, message(answer(office, office.somchai)))
    report = read(office, store, trusted)
    assert not report.enabled and report.results == ()
    assert office.invitation(office.somchai).rsvp is m.Rsvp.PENDING


def test_the_command_reads_replies_and_says_when_it_is_off(
    office: Office,
    imap: ImapServer,
    certificate: Certificate,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_dir = str(office.services.store.data_dir)
    assert cli.main(["--data-dir", data_dir, "replies"]) == 0
    assert "reading replies is off" in capsys.readouterr().out
    settings_store(office.services, imap, ca_file=str(certificate.cert))  # the office's own certificate
    imap.append(USER, message(answer(office, office.somchai, "DECLINED")))

    assert cli.main(["--data-dir", data_dir, "replies", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        f"declined     {office.somchai.display_name} declines the invitation to ICT:{office.meeting.label}"
        in out
    )
    assert "1 answers would be recorded, 0 ignored" in out
    assert office.invitation(office.somchai).rsvp is m.Rsvp.PENDING

    assert cli.main(["--data-dir", data_dir, "replies"]) == 0
    assert "1 answers recorded, 0 ignored" in capsys.readouterr().out
    assert office.invitation(office.somchai).rsvp is m.Rsvp.DECLINED

    imap.stop()
    assert cli.main(["--data-dir", data_dir, "replies"]) == 2
    assert (
        f"the mail server 127.0.0.1:{imap.port} refused the connection: check the port"
        in capsys.readouterr().err
    )
