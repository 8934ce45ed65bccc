"""The evidence pack of a meeting: ``evidence.json`` and ``evidence.pdf`` in one zip.

Everything comes from this computer's store — the meeting's record, the live channel's events the
secretary's desktop kept as they arrived (``SyncState.live_events``), and the frozen minutes — so the pack
is made offline too. The report module sees only the plain ``domain.evidence.Evidence``.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emeeting import paths
from emeeting.domain import evidence as ev
from emeeting.domain import model as m
from emeeting.domain.agenda import number_items
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.voting import vote_tally
from emeeting.services.meetings import MeetingService
from emeeting.services.minutes import MinutesService, minutes_language
from emeeting.services.publishing import write_atomically
from emeeting.storage.codec import datetime_from_db
from emeeting.storage.store import Store
from emeeting.storage.sync_state import LiveLogEntry, SyncStore

if TYPE_CHECKING:
    from emeeting.reports.thai_text import Fonts

JSON_NAME = "evidence.json"
PDF_NAME = "evidence.pdf"


def _now() -> datetime:
    return datetime.now(UTC)


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value)


class EvidenceService:
    def __init__(
        self,
        store: Store,
        meetings: MeetingService,
        minutes: MinutesService,
        font_dir: Path | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self._store = store
        self._meetings = meetings
        self._minutes = minutes
        self._font_dir = font_dir or paths.resources_dir() / "fonts"
        self._clock = clock

    # -- gathering -----------------------------------------------------------------------------------

    def gather(self, meeting_id: str) -> ev.Evidence:
        """The meeting's evidence as this store has it (unknown meeting: NotFoundError)."""
        bundle = self._meetings.bundle(meeting_id)
        with SyncStore(self._store).read() as state:
            kept = state.live_events(meeting_id)
        # In the server's own order (its ids), not by the clock: processes sharing a database may stamp
        # a later event with an earlier time.
        log = tuple(self._entry(e) for e in kept)
        names = {p.id: p.display_name for p in bundle.people}
        return ev.Evidence(
            committee=bundle.committee,
            meeting=bundle.meeting,
            generated_at=self._clock(),
            connections=tuple(self._connections(log, names, bundle)),
            checkins=tuple(self._checkins(log, names)),
            attendance=tuple(self._attendance(bundle, names)),
            votes=tuple(self._votes(bundle, names)),
            log=log,
            minutes=self._seal(meeting_id, bundle),
        )

    @staticmethod
    def _entry(entry: LiveLogEntry) -> ev.LogEntry:
        return ev.LogEntry(
            entry.server, entry.id, entry.type, datetime_from_db(entry.at), entry.by, dict(entry.data)
        )

    @staticmethod
    def _connections(
        log: Iterable[ev.LogEntry], names: dict[str, str], bundle: m.MeetingBundle
    ) -> Iterable[ev.Connection]:
        by_email = {p.email.lower(): p.display_name for p in bundle.people if p.email}
        for e in log:
            if e.type not in ("joined", "left"):
                continue
            person = names.get(_text(e.data, "person_id")) or by_email.get(e.by.lower(), "")
            yield ev.Connection(
                at=e.at,
                event=e.type,
                user=e.by,
                name=person or e.by,
                device=_text(e.data, "device"),
                address=_text(e.data, "address"),
            )

    @staticmethod
    def _checkins(log: Iterable[ev.LogEntry], names: dict[str, str]) -> Iterable[ev.CheckIn]:
        for e in log:
            if e.type != "checkin":
                continue
            person_id = _text(e.data, "person_id")
            yield ev.CheckIn(
                at=e.at,
                person_id=person_id,
                name=names.get(person_id, person_id),
                mode=_text(e.data, "mode"),
                verified_by=_text(e.data, "verified_by"),
                user=e.by,
                device=_text(e.data, "device"),
                address=_text(e.data, "address"),
            )

    @staticmethod
    def _attendance(bundle: m.MeetingBundle, names: dict[str, str]) -> Iterable[ev.AttendanceRecord]:
        def order(inv: m.Invitation) -> tuple[int, str]:
            return (list(m.InviteeRole).index(inv.role), names.get(inv.person_id, ""))

        for inv in sorted(bundle.invitations, key=order):
            yield ev.AttendanceRecord(
                person_id=inv.person_id,
                name=names.get(inv.person_id, inv.person_id),
                role=inv.role,
                attendance=inv.attendance,
                arrived_at=inv.arrived_at,
                left_at=inv.left_at,
                substitute_for=names.get(inv.substitute_for_id or "", ""),
            )

    @staticmethod
    def _votes(bundle: m.MeetingBundle, names: dict[str, str]) -> Iterable[ev.VoteRecord]:
        numbers = number_items(bundle.items)
        titles = {i.id: i.title for i in bundle.items}
        order = {item_id: n for n, item_id in enumerate(numbers)}
        for vote in sorted(bundle.votes, key=lambda v: (order.get(v.item_id, 0), v.opened_at is None, v.id)):
            tally = vote_tally(vote, bundle.ballots)
            chosen: tuple[tuple[m.Choice, tuple[str, ...]], ...] = ()
            if vote.kind is m.VoteKind.OPEN:
                ballots = [b for b in bundle.ballots if b.vote_id == vote.id]

                def voters(choice: m.Choice, ballots: list[m.Ballot] = ballots) -> tuple[str, ...]:
                    chose = (b.person_id for b in ballots if b.choice is choice)
                    return tuple(sorted(names.get(person_id, person_id) for person_id in chose))

                chosen = tuple((choice, voters(choice)) for choice in m.Choice)
            yield ev.VoteRecord(
                vote_id=vote.id,
                item_number=numbers.get(vote.item_id, ""),
                item_title=titles.get(vote.item_id, ""),
                question=vote.question,
                kind=vote.kind,
                rule=vote.rule,
                opened_at=vote.opened_at,
                closed_at=vote.closed_at,
                result=vote.result,
                votes_for=tally.for_,
                votes_against=tally.against,
                abstentions=tally.abstain,
                names=chosen,
                fraction=f"{vote.custom_num}/{vote.custom_den}" if vote.rule is m.VoteRule.CUSTOM else "",
            )

    def _seal(self, meeting_id: str, bundle: m.MeetingBundle) -> ev.MinutesSeal:
        minutes = bundle.minutes
        if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED:
            return ev.MinutesSeal(certified=False)
        versions = sorted((v for v in self._store_versions(minutes.id)), key=lambda v: v.number)
        latest = versions[-1] if versions else None
        return ev.MinutesSeal(
            certified=True,
            certified_at=minutes.certified_at,
            certified_sha256=minutes.certified_sha256,
            latest_version=latest.number if latest else 0,
            latest_sha256=latest.sha256 if latest else minutes.certified_sha256,
            # Every frozen text against its hash, the certified hash and the audit trail's record of both.
            verified=self._minutes.verify(meeting_id),
        )

    def _store_versions(self, minutes_id: str) -> list[m.MinutesVersion]:
        with self._store.read() as repo:
            return repo.select(m.MinutesVersion, minutes_id=minutes_id)

    # -- writing -------------------------------------------------------------------------------------

    def language(self, meeting_id: str) -> str:
        """The pack's language by default: the meeting's (its committee's minutes language)."""
        return minutes_language(self._meetings.bundle(meeting_id).committee)

    def render(self, meeting_id: str, *, lang: str | None = None, thai_digits: bool = False) -> bytes:
        """The zip's bytes: evidence.json and evidence.pdf made from it."""
        from emeeting.reports.evidence import evidence_pdf
        from emeeting.reports.wording import ReportOptions

        lang = lang or self.language(meeting_id)
        if lang not in ("th", "en"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "no document language {lang}; use th or en"), lang=lang
            )
        evidence = self.gather(meeting_id)
        options = ReportOptions(lang="th" if lang == "th" else "en", thai_digits=thai_digits)
        document = (json.dumps(ev.evidence_json(evidence), ensure_ascii=False, indent=2) + "\n").encode()
        # The PDF carries the JSON's hash: the two files of a pack are known to belong together.
        json_sha256 = hashlib.sha256(document).hexdigest()
        pdf = evidence_pdf(evidence, self._fonts(), options, json_sha256=json_sha256).pdf
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as pack:
            pack.writestr(JSON_NAME, document)
            pack.writestr(PDF_NAME, pdf)
        return buffer.getvalue()

    def write(
        self, meeting_id: str, dest: Path, *, lang: str | None = None, thai_digits: bool = False
    ) -> Path:
        """Write the pack to ``dest`` whole, or leave ``dest`` as it was."""
        write_atomically(dest, self.render(meeting_id, lang=lang, thai_digits=thai_digits))
        return dest

    def _fonts(self) -> Fonts:
        from emeeting.reports.thai_text import Fonts

        return Fonts.load(self._font_dir)
