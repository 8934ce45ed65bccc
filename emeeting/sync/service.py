"""Syncing with a server: log in, run a sync, publish a meeting, and what an attendee does (RSVP, ballots,
private notes). The network code (httpx, keyring) is imported only when a sync or a login runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import ipaddress
import socket
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.domain.validation import check_person
from emeeting.services.meetings import MeetingService
from emeeting.services.records import RecordService
from emeeting.storage.store import Store
from emeeting.storage.sync_state import ConflictCopy as ConflictCopy  # what the window shows of a conflict
from emeeting.storage.sync_state import LiveLogEntry, ServerState, SyncStore
from emeeting.sync.server_info import SYNCED_SERVER_ID, for_another_user, live_log_key, remembered

if TYPE_CHECKING:
    from emeeting.services.credentials import Credentials
    from emeeting.sync import protocol as p
    from emeeting.sync.client import SyncClient
    from emeeting.sync.engine import Progress, SyncReport
    from emeeting.sync.expiry import OfflineLimit
    from emeeting.sync.live import LiveClient
    from emeeting.sync.paper_keys import PaperKeys

ClientFactory = Callable[[str, "str | None"], "SyncClient"]
LiveFactory = Callable[[str, "str | None"], "LiveClient"]


def _default_client(url: str, token: str | None) -> SyncClient:
    from emeeting.sync.client import SyncClient

    return SyncClient(url, token)


def _default_live_client(url: str, token: str | None) -> LiveClient:
    from emeeting.sync.live import LiveClient

    return LiveClient(url, token)


def _address(url: str) -> str:
    """The address as stored: trimmed, and refused unless it names a web server at all."""
    url = url.strip().rstrip("/")
    scheme, separator, rest = url.partition("://")
    if separator and scheme.lower() in ("http", "https"):
        url = f"{scheme.lower()}://{rest}"  # as typed on a phone's keyboard: HTTPS://, Http://
    if not url.startswith(("http://", "https://")) or len(url) < len("http://x"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "a server address starts with https:// or http://: {url}"), url=url
        )
    return url


def _in_clear_text_elsewhere(url: str) -> bool:
    return url.startswith("http://") and not _on_this_computer(url)


def normalise_url(url: str) -> str:
    """The address to send a password or token to: https://, or http:// to this computer only."""
    url = _address(url)
    if _in_clear_text_elsewhere(url):
        # Passwords and confidential papers never cross a network in clear text.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a server on another computer is reached over https:// only (http:// is for a server on "
                "this computer): {url}",
            ),
            url=url,
        )
    if not _well_formed(url):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "not a server address (such as https://emeeting.example.go.th, without spaces, user name "
                "or password): {url}",
            ),
            url=url,
        )
    return url


def _well_formed(url: str) -> bool:
    """Whether the address names a host (and a port, if any, in digits) and nothing that the network code
    would refuse or read otherwise than a person does: no spaces or control characters, no user or
    password before the host (kept with the server list in clear, and a way to disguise the host)."""
    if any(c.isspace() or not c.isprintable() for c in url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises for a port that is not a number in range
    except ValueError:
        return False
    return bool(parts.hostname) and "@" not in parts.netloc


def _on_this_computer(url: str) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # such as an unclosed [ of an IPv6 address
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class PrivateNoteView:
    id: str
    meeting_id: str
    item_id: str | None
    text: str


class NotLoggedIn(ValidationError):
    pass


class LiveStream:
    """A meeting's live events from one server, after ``after``: iterate (on a worker thread) for the
    events as they come; ``close`` (from any thread) ends the iteration. Only the committee's secretary
    gets the traffic data (``joined``, ``left``)."""

    def __init__(
        self,
        client: LiveClient,
        meeting_id: str,
        server_id: str | None,
        after_for: Callable[[str | None], int],
    ) -> None:
        """``server_id``: the server database expected at the client's address; ``after_for(server_id)``:
        the id to follow on from in that database's log (asked again if another database answers)."""
        self.client = client
        self.server_id = server_id
        self.meeting_id = meeting_id
        self._after_for = after_for
        self.after = after_for(server_id)
        self.on_open: Callable[[], None] | None = None  # called once the server has taken the stream

    @property
    def server(self) -> str:
        """Under which name the events of this stream are kept (``live_log_key``)."""
        return live_log_key(self.client.base_url, self.server_id)

    def __iter__(self) -> Iterator[p.LiveEvent]:
        from emeeting.sync.live import OtherServerDatabase

        try:
            for attempt in range(2):
                try:
                    events = self.client.stream(self.meeting_id, self.after, self.on_open, self.server_id)
                    for event in events:
                        self.after = max(self.after, event.id)
                        yield event
                    return
                except OtherServerDatabase as other:  # a replaced server: follow on in its own log
                    if attempt:
                        raise
                    self.server_id = other.server_id
                    self.after = self._after_for(other.server_id)
        finally:
            self.client.close()

    def close(self) -> None:
        self.client.close()


class SyncService:
    def __init__(
        self,
        store: Store,
        credentials: Credentials,
        client_factory: ClientFactory = _default_client,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        paper_keys: PaperKeys | None = None,
        live_factory: LiveFactory = _default_live_client,
    ) -> None:
        """``paper_keys``: the keys of confidential papers sealed on this computer (the composition root
        hands the same object to the services that open them); without it none are downloaded."""
        self.store = store
        self.credentials = credentials
        self.paper_keys = paper_keys
        self.client_factory = client_factory
        self.live_factory = live_factory
        self.clock = clock
        self.state = SyncStore(store)
        self.records = RecordService(store)
        self.meetings = MeetingService(store)

    # -- servers and logins ----------------------------------------------------------------------------

    def servers(self) -> list[ServerState]:
        with self.state.read() as st:
            return st.servers()

    def server(self, url: str) -> ServerState | None:
        with self.state.read() as st:  # found even when it may no longer be used (logging out of it)
            return st.server(_address(url))

    def login(self, url: str, user: str, password: str, totp: str | None = None) -> bool:
        """Log in and keep the token; True when it is kept across sessions (the OS password store)."""
        url = normalise_url(url)
        user = user.strip()
        if not user:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "enter your user name on the server"))
        client = self.client_factory(url, None)
        try:
            client.login(user, password, socket.gethostname() or "desktop", totp)
            me = client.me()
        finally:
            client.close()
        token = client.token or ""
        with self.state.transaction() as st:
            state = st.server(url) or ServerState(url, user)
            if state.user != user:  # another person on this desktop: nothing of the last one's carries over
                state = ServerState(url, user, info=for_another_user(state.info))
            state.resync = True  # a new login may see other records than the last one
            state.info = remembered(state.info, me.model_dump())
            state.info["me_at"] = self.clock().isoformat()
            state.last_contact = self.clock()
            st.save_server(state)
        return self.credentials.set(url, user, token)

    def logged_in(self, url: str) -> bool:
        state = self.server(url)
        return state is not None and self.credentials.get(state.url, state.user) is not None

    def logout(self, url: str) -> None:
        state = self.server(url)
        if state is None:
            return
        token = self.credentials.get(state.url, state.user)
        # A server kept from before https was required is not sent the token in clear text: forgotten here.
        if token is not None and not _in_clear_text_elsewhere(state.url):
            from emeeting.sync.client import SyncError

            client = self.client_factory(state.url, token)
            try:
                client.logout()
            except SyncError:
                pass  # offline: the token is forgotten here all the same
            finally:
                client.close()
        self.credentials.delete(state.url, state.user)

    # -- syncing ---------------------------------------------------------------------------------------

    def sync(
        self,
        url: str,
        progress: Progress | None = None,
        *,
        start_over: bool | str = False,
        allow_removals: bool | Collection[str] = False,
    ) -> SyncReport:
        """Pull, push and fetch documents; raises NotLoggedIn when there is no token to use.

        ``start_over``: adopt a replaced server (ServerReplaced otherwise), whichever it is (True) or only
        the one with this id (the one the user was asked about); ``allow_removals``: let more than a handful
        of meetings go that the server no longer shares (TooManyRemovals otherwise, once the rest of the
        sync is done), any (True) or only these meetings (the ones the user was shown)."""
        from emeeting.sync.client import AuthError
        from emeeting.sync.engine import SyncEngine

        state = self.server(normalise_url(url))
        token = None if state is None else self.credentials.get(state.url, state.user)
        if state is None or token is None:
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=url)
        client = self.client_factory(state.url, token)
        try:
            engine = SyncEngine(
                self.store, client, state.url, self.meetings.bundle, self.clock,
                start_over=start_over, allow_removals=allow_removals, paper_keys=self.paper_keys,
            )  # fmt: skip
            report = engine.run(progress)
            if self._reanchor(state.user):  # papers replaced: the user's text marks follow their quotes
                SyncEngine(self.store, client, state.url, self.meetings.bundle, self.clock).run(progress)
            return report
        except AuthError as error:
            if error.code in ("invalid_token", "token_expired", "device_revoked", "user_disabled"):
                self.credentials.delete(state.url, state.user)
            raise
        finally:
            client.close()

    def _reanchor(self, user: str) -> bool:
        """Move the user's annotations made on earlier versions of papers that a pull replaced; whether
        any moved (they are then sent at once)."""
        from emeeting.services.annotations import AnnotationService
        from emeeting.services.documents import DocumentService

        documents = DocumentService(self.store, self.paper_keys)
        return bool(AnnotationService(self.store, documents).reanchor(owner=user))

    def expire_offline(self) -> int:
        """Wipe confidential documents of every server whose committee's offline limit has passed."""
        from emeeting.sync import expiry  # the store only: no network stack at start-up

        return sum(
            expiry.expire_offline(self.store, state.url, self.clock, self.paper_keys)
            for state in self.servers()
        )

    def offline_limit_passed(self, document_id: str) -> OfflineLimit | None:
        """Whether a confidential paper is closed on this computer by its committee's offline limit (and
        which): sync to open it again."""
        from emeeting.sync import expiry

        return expiry.offline_limit_passed(self.store, document_id, self.clock)

    def not_downloaded_for_want_of_keys(self, document_id: str, sha256: str) -> bool:
        """Whether a paper is missing here because it is confidential and no password store can keep the
        key it would be sealed with (the sync leaves such papers on the server)."""
        from emeeting.sync import expiry

        if self.store.blobs.has(sha256) or self.store.sealed.has(sha256) or not self.servers():
            return False
        if not expiry.is_confidential_document(self.store, document_id):
            return False
        return self.paper_keys is None or not self.paper_keys.usable()

    def publish(self, url: str, meeting_id: str) -> Changes:
        """Mark a meeting to be sent to the server at the next sync (with everything it refers to)."""
        url = normalise_url(url)
        meeting = self.records.get(m.Meeting, meeting_id)
        if meeting.secrecy is m.Secrecy.TOP_SECRET:
            state = self.server(url)
            policies = [] if state is None else state.info.get("policies", [])
            allowed = any(
                p["committee_id"] == meeting.committee_id and p["allow_top_secret"] for p in policies
            )
            if not allowed:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "a top secret meeting stays on this computer unless the committee's policy allows it",
                    )
                )
        with self.state.transaction() as st:
            if st.server(url) is None:
                raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=url)
            st.publish(url, meeting_id)
        return Changes.of(Kind.MEETING, meeting_id)

    def published(self, url: str) -> set[str]:
        with self.state.read() as st:
            return st.published(_address(url))

    def attendee_mode(self) -> bool:
        """True when this desktop only follows meetings as a member (no committee to keep)."""
        servers = self.servers()
        return bool(servers) and all(s.info.get("role") == "member" for s in servers)

    def person_id(self) -> str | None:
        for state in self.servers():
            if person := state.info.get("person_id"):
                return str(person)
        return None

    # -- what an attendee does -------------------------------------------------------------------------

    def rsvp(self, invitation_id: str, answer: m.Rsvp, reason: str = "") -> Changes:
        """Answer an invitation. Another answer than "someone attends in my place" takes back the
        substitute named before, while nobody has recorded their attendance (``send_substitute``)."""
        invitation = self.records.get(m.Invitation, invitation_id)
        answered = m.Invitation(**{**invitation.__dict__, "rsvp": answer, "rsvp_reason": reason.strip()})
        taken_back = [] if answer is m.Rsvp.SUBSTITUTE else self._my_substitutes(invitation)
        return self.records.change(update=[(answered, invitation)], delete=taken_back)

    def _my_substitutes(self, invitation: m.Invitation) -> list[m.Invitation]:
        """The invitations of whoever attends in the invitee's place whose attendance is not recorded."""
        return [
            i
            for i in self.records.select(m.Invitation, meeting_id=invitation.meeting_id)
            if i.substitute_for_id == invitation.person_id and i.attendance is m.Attendance.UNKNOWN
        ]

    def substitute_choices(self, invitation_id: str) -> tuple[list[m.Person], str | None]:
        """Who may attend in the invitee's place: the people of the committee's roll (on the meeting's
        day) not invited to the meeting already, by name; and who does now, if anyone."""
        invitation = self.records.get(m.Invitation, invitation_id)
        meeting = self.records.get(m.Meeting, invitation.meeting_id)
        invitations = self.records.select(m.Invitation, meeting_id=meeting.id)
        current = next(
            (i.person_id for i in invitations if i.substitute_for_id == invitation.person_id), None
        )
        invited = {i.person_id for i in invitations} - {current}
        day = meeting.start.date()
        roll = {
            ms.person_id
            for ms in self.records.select(m.Membership, committee_id=meeting.committee_id)
            if ms.active_on(day) and ms.person_id not in invited and ms.person_id != invitation.person_id
        }
        people = self.records.select(m.Person, id=sorted(roll)) if roll else []
        return sorted(people, key=lambda p: (p.first_name, p.last_name)), current

    def send_substitute(
        self,
        invitation_id: str,
        reason: str = "",
        *,
        person_id: str | None = None,
        new_person: m.Person | None = None,
    ) -> Changes:
        """Answer "someone attends in my place" and name them, in one step: a person of the committee's
        roll (``person_id``, one of ``substitute_choices``) or someone not on it (``new_person``, with their
        name and position), recorded as the secretary records a substitute (their own invitation, in the
        member's place). A substitute named before is taken back; the next sync sends it all."""
        if (person_id is None) == (new_person is None):
            raise ValueError("name the substitute either from the roll or as a new person")
        invitation = self.records.get(m.Invitation, invitation_id)
        if invitation.role is not m.InviteeRole.MEMBER or invitation.substitute_for_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "only an invited member can send a substitute"))
        create: list[Any] = []
        if new_person is not None:
            check_person(new_person)
            create.append(new_person)
            person_id = new_person.id
        elif person_id not in {p.id for p in self.substitute_choices(invitation_id)[0]}:
            invited = self.records.select(m.Invitation, meeting_id=invitation.meeting_id, person_id=person_id)
            if invited:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "the substitute is already invited to this meeting")
                )
            raise ValueError("a substitute from the roll is one of substitute_choices")
        assert person_id is not None
        previous = self._my_substitutes(invitation)
        if any(p.person_id == person_id for p in previous) and invitation.rsvp is m.Rsvp.SUBSTITUTE:
            kept = dataclasses.replace(invitation, rsvp_reason=reason.strip())  # the same person again
            return self.records.change(update=[(kept, invitation)])
        create.append(
            m.Invitation(
                invitation.meeting_id,
                person_id,
                role=m.InviteeRole.MEMBER,
                rsvp=m.Rsvp.ACCEPTED,
                substitute_for_id=invitation.person_id,
            )
        )
        sends = dataclasses.replace(invitation, rsvp=m.Rsvp.SUBSTITUTE, rsvp_reason=reason.strip())
        return self.records.change(create=create, update=[(sends, invitation)], delete=previous)

    def cast_ballot(self, vote_id: str, person_id: str, choice: m.Choice) -> Changes:
        vote = self.records.get(m.Vote, vote_id)
        if vote.result is not m.VoteResult.PENDING:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "this vote is closed: {question}"), question=vote.question
            )
        if vote.closed_at is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "this vote is closed: {question}"), question=vote.question
            )
        if vote.kind is m.VoteKind.SECRET:  # no named ballot, not even on this computer
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "a secret vote keeps only the counts, not who voted how")
            )
        mine = self.records.select(m.Ballot, vote_id=vote_id, person_id=person_id)
        if mine:
            return self.records.update(m.Ballot(vote_id, person_id, choice, id=mine[0].id), base=mine[0])
        return self.records.create(m.Ballot(vote_id, person_id, choice))

    # -- votes on laptops (the server's side: emeeting.server.votes) -------------------------------------

    def open_vote(
        self,
        url: str,
        item_id: str,
        question: str,
        *,
        kind: m.VoteKind = m.VoteKind.OPEN,
        rule: m.VoteRule = m.VoteRule.MAJORITY_OF_CAST,
    ) -> m.Vote:
        """The secretary puts a question to the vote on members' laptops: recorded here, then sent (the
        server announces it to every laptop of the meeting)."""
        from emeeting.services.live_votes import LiveVoteService

        vote, _ = LiveVoteService(self.store).open(item_id, question, self.clock(), kind=kind, rule=rule)
        self.sync(url)
        return vote

    def hand_ballot(self, url: str, vote_id: str, person_id: str, choice: m.Choice) -> Changes:
        """A member without a laptop votes by hand in an open vote: the secretary records it by name."""
        from emeeting.services.live_votes import LiveVoteService

        changes = LiveVoteService(self.store).hand_ballot(vote_id, person_id, choice)
        self.sync(url)
        return changes

    def answer_vote(self, url: str, vote_id: str, choice: m.Choice) -> p.VoteStatus:
        """A member answers an open vote from their laptop: a named ballot, sent at once; or, in a secret
        vote, the choice sent to be counted, kept nowhere on this computer."""
        vote = self.records.find(m.Vote, vote_id)
        if vote is None or not vote.is_open:  # announced before this laptop synced it, or closed since
            self.sync(url)
            vote = self.records.get(m.Vote, vote_id)
        if not vote.is_open:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "this vote is not open: {question}"), question=vote.question
            )
        if vote.kind is m.VoteKind.OPEN:
            person = self.person_id()
            if person is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "this login does not name a member"))
            if self.records.select(m.Ballot, vote_id=vote.id, person_id=person):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "you have already voted in this vote"))
            self.cast_ballot(vote.id, person, choice)
            self.sync(url)
            return self.vote_status(url, vote.id)
        with self._vote_client(url) as client:
            return client.secret_ballot(vote.meeting_id, vote.id, choice.value)

    def vote_status(self, url: str, vote_id: str) -> p.VoteStatus:
        """Who has voted and how many (the secretary sees who; a member, whether they have)."""
        vote = self.records.get(m.Vote, vote_id)
        with self._vote_client(url) as client:
            return client.vote_status(vote.meeting_id, vote.id)

    def close_vote(
        self, url: str, vote_id: str, *, hand_for: int = 0, hand_against: int = 0, hand_abstain: int = 0
    ) -> m.Vote:
        """The secretary closes the vote: the server stops taking answers and counts them (a secret vote's
        show of hands added), and the result goes into the vote, the item's resolution and the minutes
        draft here, then to the server."""
        from emeeting.services.live_votes import LiveVoteService
        from emeeting.sync import protocol as p

        vote = self.records.get(m.Vote, vote_id)
        hands = p.CloseVote(hand_for=hand_for, hand_against=hand_against, hand_abstain=hand_abstain)
        with self._vote_client(url) as client:
            client.close_vote(vote.meeting_id, vote.id, hands)
        self.sync(url)  # the closed vote, its counts and every ballot cast
        closed, _ = LiveVoteService(self.store).record_result(vote.id, self.clock())
        self.sync(url)
        return closed

    @contextlib.contextmanager
    def _vote_client(self, url: str) -> Iterator[SyncClient]:
        """A client for the live vote endpoints; the server's refusals in the words a member reads."""
        from emeeting.sync.client import ServerRefused

        state = self.server(normalise_url(url))
        token = None if state is None else self.credentials.get(state.url, state.user)
        if state is None or token is None:
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=url)
        client = self.client_factory(state.url, token)
        try:
            yield client
        except ServerRefused as refused:
            code = refused.body.error if refused.body is not None else ""
            message = refused.body.message if refused.body is not None else ""
            if code == "conflict" and "already voted" in message:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "you have already voted in this vote")
                ) from None
            if code == "conflict":
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the vote is not open")) from None
            if code == "forbidden":
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "you cannot vote in this vote now: it is not open, or you are not a voting member "
                        "in the meeting (check in first), or you are recused from the item",
                    )
                ) from None
            raise
        finally:
            client.close()

    def save_note(
        self, meeting_id: str, text: str, *, item_id: str | None = None, note_id: str | None = None
    ) -> str:
        """Create or replace a private note; returns its id."""
        self.records.get(m.Meeting, meeting_id)
        if item_id is not None:
            self.records.get(m.AgendaItem, item_id)
        data: dict[str, Any] = {
            "id": note_id or m.new_id(),
            "meeting_id": meeting_id,
            "item_id": item_id,
            "text": text,
        }
        with self.state.transaction() as st:
            st.put_note(data, self.clock(), self.store.actor)
        return str(data["id"])

    def delete_note(self, note_id: str) -> None:
        with self.state.transaction() as st:
            row = st.row(Kind.PRIVATE_NOTE, note_id)
            if row is None or row.deleted:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no private note with id {id}"), id=note_id)
            st.put_note(row.data, self.clock(), self.store.actor, deleted=True)

    def notes(self, meeting_id: str) -> list[PrivateNoteView]:
        with self.state.read() as st:
            return [PrivateNoteView(**d) for d in st.notes(meeting_id)]

    # -- the live meeting ------------------------------------------------------------------------------

    def live_server(self, meeting_id: str, url: str | None = None) -> str:
        """The server whose live channel carries the meeting: ``url`` when given, else the one the meeting
        came from or was published to, else the only server; NotLoggedIn when there is none to use."""
        with self.state.read() as st:
            if url is not None:
                state = st.server(_address(url))
                if state is not None:
                    return state.url
            else:
                servers = st.servers()
                for state in servers:
                    if st.shadow(state.url, Kind.MEETING, meeting_id) is not None:
                        return state.url
                for state in servers:
                    if meeting_id in st.published(state.url):
                        return state.url
                if len(servers) == 1:
                    return servers[0].url
        raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=url or "")

    def _live_client(self, meeting_id: str, url: str | None) -> LiveClient:
        server = self.live_server(meeting_id, url)
        state = self.server(server)
        token = None if state is None else self.credentials.get(state.url, state.user)
        if token is None:
            raise NotLoggedIn(QT_TRANSLATE_NOOP("Errors", "log in to {server} first"), server=server)
        return self.live_factory(server, token)

    def live_events(self, meeting_id: str, url: str | None = None) -> list[LiveLogEntry]:
        """Catch up on the meeting's live events (those after the last one kept here) and keep them: the
        secretary's desktop keeps every event of its meetings (the evidence pack reads them, offline too).
        Returns the events that were new here."""
        from emeeting.sync.live import OtherServerDatabase

        client = self._live_client(meeting_id, url)
        server_id = self._known_server_id(client.base_url)
        try:
            for attempt in range(2):
                with self.state.read() as st:
                    after = st.last_live_event(live_log_key(client.base_url, server_id), meeting_id)
                try:
                    events = client.all_events(meeting_id, after, server_id)
                    break
                except OtherServerDatabase as other:  # a replaced server: catch up on its own log
                    if attempt:
                        raise
                    server_id = other.server_id
        finally:
            client.close()
        return self.keep_live_events(live_log_key(client.base_url, server_id), events)

    def _known_server_id(self, url: str) -> str | None:
        """The id of the server database this desktop synced with at ``url`` (None: not known yet)."""
        state = self.server(url)
        known = None if state is None else state.info.get(SYNCED_SERVER_ID)
        return known if isinstance(known, str) else None

    def keep_live_events(self, server: str, events: Collection[p.LiveEvent]) -> list[LiveLogEntry]:
        """Keep events that came from ``server``'s live channel (one kept already stays as it was). Keep
        them in the server's order with none left out: a catch-up asks for those after the last one kept
        (an event this desktop sent itself is kept when it comes back by the channel or a catch-up)."""
        entries = [LiveLogEntry(e.id, e.meeting_id, e.type, e.at, e.by, dict(e.data), server) for e in events]
        if entries:
            with self.state.transaction() as st:
                st.keep_live_events(server, entries)
        return entries

    def kept_live_events(self, meeting_id: str, after: int = 0) -> list[LiveLogEntry]:
        """The meeting's live events kept here (of every server), in each server's order."""
        with self.state.read() as st:
            return st.live_events(meeting_id, after=after)

    def last_live_event(self, meeting_id: str, url: str | None = None) -> int:
        """The id of the meeting's last event kept here from its server (0: none)."""
        server = self.live_server(meeting_id, url)
        key = live_log_key(server, self._known_server_id(server))
        with self.state.read() as st:
            return st.last_live_event(key, meeting_id)

    def set_chair(
        self,
        meeting_id: str,
        item_id: str,
        document_id: str | None = None,
        page: int | None = None,
        url: str | None = None,
    ) -> p.LiveEvent:
        """Tell everyone following the meeting where the chair is (the secretary: the item under
        discussion, and the paper and its page when one is presented)."""
        client = self._live_client(meeting_id, url)
        try:
            return client.post_chair(meeting_id, item_id, document_id, page)
        finally:
            client.close()

    def check_in(self, meeting_id: str, mode: str, url: str | None = None) -> p.LiveEvent:
        """Check in to the meeting: ``mode`` "present" (in the room) or "online"."""
        if mode not in ("present", "online"):
            raise ValueError(f"a check-in is present or online, not {mode!r}")
        client = self._live_client(meeting_id, url)
        try:
            return client.check_in(meeting_id, mode)
        finally:
            client.close()

    def live_stream(self, meeting_id: str, after: int | None = None, url: str | None = None) -> LiveStream:
        """An open-able stream of the meeting's events after ``after`` (None: after the last kept here),
        for a worker thread; ``LiveStream.close`` ends it from any thread. Nothing is kept by it: the
        reader of the stream keeps what it receives (``keep_live_events``)."""
        client = self._live_client(meeting_id, url)

        def after_for(server_id: str | None) -> int:
            if after is not None:
                return after
            with self.state.read() as st:
                return st.last_live_event(live_log_key(client.base_url, server_id), meeting_id)

        return LiveStream(client, meeting_id, self._known_server_id(client.base_url), after_for)

    # -- conflict copies -------------------------------------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictCopy]:
        with self.state.read() as st:
            return st.conflicts(include_resolved=include_resolved)

    def dismiss_conflict(self, conflict_id: str) -> None:
        with self.state.transaction() as st:
            if not st.resolve_conflict(conflict_id):
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "no conflict copy with id {id}"), id=conflict_id
                )
