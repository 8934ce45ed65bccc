"""Export and import of whole meetings as OParl-shaped packages.

A package carries the record whole: the meeting with everything it refers to, the notes taken on its items,
the frozen versions of its certified minutes with their hashes, and the audit trail of the meeting and of
everything in it. Import checks all of it before anything is stored (the record of a certified meeting
must say what its last frozen minutes say), and stores it in one transaction.

What travels one hop only: the history of records deleted before an export arrives in the other store's
trail, but that store never held those records, so its own export of the meeting does not find it again.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import zip_longest
from pathlib import Path
from types import MappingProxyType
from typing import Any

from emeeting.atomic_file import cannot_write
from emeeting.domain import model as m
from emeeting.domain.certification import disagreements, sha256_text
from emeeting.domain.errors import QT_TRANSLATE_NOOP, EmeetingError, StoreError, ValidationError
from emeeting.domain.kinds import RECORDS, Kind
from emeeting.interop.oparl import (
    MeetingPackage,
    PackageFiles,
    meeting_records,
    read_package,
    write_package,
)
from emeeting.services.meetings import MeetingService, refuse_taken_number
from emeeting.services.minutes import MinutesRecord, canonical_text
from emeeting.services.records import insert
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store

# Room left on the disk after an import's documents are written (the database and its journal grow too).
_FREE_SPACE_MARGIN = 64 * 1024 * 1024
# How far ahead of this computer's clock an imported event may be dated (another computer's clock).
_CLOCK_SKEW = timedelta(days=1)
# How often an export re-reads when the minutes were certified between reading the meeting and its versions.
_EXPORT_ATTEMPTS = 3
# How much of a line of the minutes a message quotes.
_QUOTED_LINE = 100


class InterchangeService:
    def __init__(self, store: Store, meetings: MeetingService) -> None:
        self._store = store
        self._meetings = meetings

    def export_meeting(self, meeting_id: str, dest: Path) -> None:
        """Write the meeting, everything it refers to, its documents' content, its minutes' frozen versions
        and its audit trail to ``dest``. Certified minutes whose frozen text no longer matches its hash are
        not exported: the package would claim a certification the text does not bear out."""
        package = self.package(meeting_id)
        label = package.bundle.meeting.label
        minutes = package.bundle.minutes
        if (
            minutes is not None
            and minutes.status is m.MinutesStatus.CERTIFIED
            and not package.minutes_versions
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cannot export meeting {label}: its minutes are certified but this store holds no frozen "
                    "text of them, so the certification cannot be verified",
                ),
                label=label,
            )
        if (altered := _altered_version(package)) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cannot export meeting {label}: the stored text of minutes version {number} does not "
                    "match its sha256 (it was altered after it was frozen)",
                ),
                label=label,
                number=altered.number,
            )
        if minutes is not None and disagreements(
            minutes, package.minutes_versions, package.audit_events, whole_trail=False
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cannot export meeting {label}: in this store its certified minutes disagree with their "
                    "hashes or with the hashes the audit trail recorded (the store was altered after "
                    "certification); `emeeting check` says where",
                ),
                label=label,
            )
        try:
            with _exporting_to(dest):
                write_package(package, self._store.blobs.open, dest)
        except OSError as e:
            raise cannot_write(dest, e) from None

    def package(self, meeting_id: str) -> MeetingPackage:
        """What an export of the meeting carries."""
        for _ in range(_EXPORT_ATTEMPTS):
            bundle = self._meetings.bundle(meeting_id)
            with self._store.read() as repo:
                minutes = repo.select(m.Minutes, meeting_id=meeting_id)
                if (minutes[0] if minutes else None) != bundle.minutes:
                    continue  # certified just now: read the meeting again
                versions = repo.select(m.MinutesVersion, minutes_id=[x.id for x in minutes])
                notes = repo.select(m.ItemNote, item_id=[i.id for i in bundle.items])
                trail = repo.meeting_audit_trail(meeting_id)
            order = {item.id: n for n, item in enumerate(bundle.items)}
            # The history of records deleted elsewhere (their tombstones came by sync, their "delete"
            # event stayed on the computer that deleted them) names records the package can account for
            # neither way; a package carries the history of its records and of records deleted here.
            package = MeetingPackage(bundle, tuple(notes), tuple(versions))
            accounted = {e.id for e in meeting_records(package)}
            accounted |= {e.entity_id for e in trail if e.action == "delete"}
            trail = [e for e in trail if e.entity_id in accounted]
            return MeetingPackage(
                bundle,
                tuple(sorted(notes, key=lambda note: (order[note.item_id], note.id))),
                tuple(sorted(versions, key=lambda v: v.number)),
                tuple(trail),
            )
        raise StoreError(  # pragma: no cover - only while someone certifies and amends without pause
            QT_TRANSLATE_NOOP("Errors", "the minutes kept changing while they were read; try again")
        )

    def import_meeting(self, source: Path) -> m.Meeting:
        """Add a package's meeting to this store. The package is checked completely (structure, references,
        every file's hash, every frozen minutes text against its hash, a certified meeting's record against
        its last frozen minutes) before anything is stored; people, committees and memberships already
        here are kept as they are. A meeting that is here is refused;
        one that was deleted here comes back, with the package's values for every record that was deleted
        (audited as "restore"). The package's audit events join this store's trail (those already in it
        are not added twice), followed by an "import" event naming the package; the trail's head is kept
        with each frozen version new here, as a certification keeps it."""
        self._store.require_writable()  # before the package's files are stored
        try:
            package, files = read_package(source)
        except OSError as e:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "cannot read {source}: {reason}"),
                source=source,
                reason=e.strerror or e,
            ) from None
        bundle = package.bundle
        with files:
            if (altered := _altered_version(package)) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{source}: the text of minutes version {number} does not match its sha256 (the "
                        "certified text was altered); nothing was imported",
                    ),
                    source=source.name,
                    number=altered.number,
                )
            if (forged := _record_against_minutes(package)) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{source}: the record in the package does not match its certified minutes (minutes "
                        "version {number}, line {line}: the minutes say “{minutes}”, the record says "
                        "“{record}”); nothing was imported",
                    ),
                    source=source.name,
                    number=forged.number,
                    line=forged.line,
                    minutes=_shortened(forged.minutes),
                    record=_shortened(forged.record),
                )
            files.verify_all()
            with self._store.read() as repo:  # refusals known now spare storing the documents
                self._refuse_present(repo, bundle, source)
                _refuse_foreign_history(repo, package, _new_history(repo, package), source)
                _refuse_future_history(package, repo.now, source)
            added = [sha256 for sha256 in files.sha256s if not self._store.blobs.has(sha256)]
            self._refuse_no_room(sum(files.size(sha256) for sha256 in added), source)
            written: list[str] = []
            try:
                for sha256 in added:
                    with files.open(sha256) as stream:
                        self._store.blobs.put_stream(stream, sha256)
                    written.append(sha256)
                return self._store_package(package, files, source)
            except BaseException:
                # Nothing was imported: the documents stored for it go too, unless a record refers to one
                # (another import of the same document may have come in between).
                self._discard_unreferenced(written)
                raise

    def _store_package(self, package: MeetingPackage, files: PackageFiles, source: Path) -> m.Meeting:
        bundle = package.bundle
        with self._store.transaction() as repo:
            self._refuse_present(repo, bundle, source)  # again: another writer may have come first
            # A document found here before may have been removed since by a failed import of the same
            # document (under this lock, so not while this transaction holds it): store it again.
            for sha256 in files.sha256s:
                if not self._store.blobs.has(sha256):
                    with files.open(sha256) as stream:
                        self._store.blobs.put_stream(stream, sha256)
            # The history first, as it happened elsewhere; events this store already holds (a meeting
            # exported from here and brought back) are not added again.
            history = _new_history(repo, package)
            _refuse_foreign_history(repo, package, history, source)  # again, as above
            # Each event keeps who did it, marked as history from the package: what happened elsewhere
            # is told apart from what happened here.
            repo.insert(*(_imported(event, source) for event in history))
            # Records of the committee that are live here stay as they are; the rest come from the package.
            kept = {c.id for c in repo.select(m.Committee, id=bundle.committee.id)}
            kept |= {p.id for p in repo.select(m.Person, id=[p.id for p in bundle.people])}
            kept |= {ms.id for ms in repo.select(m.Membership, id=[ms.id for ms in bundle.memberships])}
            shared: tuple[m.Committee | m.Person | m.Membership, ...] = (
                bundle.committee,
                *bundle.people,
                *bundle.memberships,
            )
            insert(repo, *(e for e in shared if e.id not in kept), restore=True)
            # Parents before children (the bundle keeps agenda items in tree order), the frozen versions
            # last. One call: the certified minutes freeze the meeting's record once they are stored, so
            # the record and its versions are written together, as the package has them.
            # A package carrying the meeting's trail carries the records' creation too: no second
            # "create" per record, only the "import" event below (records deleted here come back
            # audited as "restore").
            insert(repo, *meeting_records(package), restore=True, audit_creation=not package.audit_events)
            summary = f"from {source.name}: {len(history)} audit events"
            if package.minutes_versions:
                summary += f", {len(package.minutes_versions)} frozen minutes versions"
            repo.audit("import", m.Meeting, bundle.meeting.id, summary)
            # As a certification does, keep this store's trail head with each frozen version it did not
            # hold: a later rewrite of the history that arrived (or of anything before it) shows.
            for version in package.minutes_versions:
                if repo.audit_anchor(version.id) is None:
                    repo.anchor_audit_trail(version.id)
        return bundle.meeting

    def _refuse_no_room(self, needed: int, source: Path) -> None:
        """Refuse, before writing any of it, documents the disk has no room for (with a margin, so that
        the store itself can still grow)."""
        try:
            free = shutil.disk_usage(self._store.blobs.root).free
        except OSError:
            return  # unknown: writing will say so if there is no room
        if needed + _FREE_SPACE_MARGIN > free:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{source}: its documents need {needed} MB but the disk of the data folder has {free} MB "
                    "free; nothing was imported",
                ),
                source=source.name,
                needed=-(-needed // 2**20),
                free=free // 2**20,
            )

    def _discard_unreferenced(self, written: list[str]) -> None:
        """Remove documents this import wrote that no record refers to. Under the write lock: an import
        committing at the same time either refers to them already or restores them (``_store_package``)."""
        if not written:
            return
        try:
            with self._store.transaction() as repo:
                referenced = repo.document_hashes()
                for sha256 in written:
                    if sha256 not in referenced:
                        self._store.blobs.path(sha256).unlink(missing_ok=True)
        except (EmeetingError, OSError):
            return  # kept: `emeeting check` notes documents no record refers to

    @staticmethod
    def _refuse_present(repo: Repository, bundle: m.MeetingBundle, source: Path) -> None:
        meeting = bundle.meeting
        if repo.find(m.Meeting, meeting.id) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "meeting {label} from {source} is already here"),
                label=meeting.label,
                source=source.name,
            )
        refuse_taken_number(repo, meeting)


def _imported(event: m.AuditEvent, source: Path) -> m.AuditEvent:
    return dataclasses.replace(event, actor=f"{event.actor} (imported from {source.name})")


def _new_history(repo: Repository, package: MeetingPackage) -> list[m.AuditEvent]:
    """The package's audit events that this store's trail does not hold yet."""
    known = {e.id for e in repo.select(m.AuditEvent, id=[e.id for e in package.audit_events])}
    return [e for e in package.audit_events if e.id not in known]


def _refuse_foreign_history(
    repo: Repository, package: MeetingPackage, history: list[m.AuditEvent], source: Path
) -> None:
    """A package's trail may name its own records and records deleted before it was exported, which
    this store never held (or holds as this meeting's); naming any other record here would plant
    history in another meeting's trail, or a person's, and is refused."""
    own = {e.id for e in meeting_records(package)} | repo.meeting_record_ids(package.bundle.meeting.id)
    others = {e.entity_id for e in history} - own
    if not others:
        return
    for row in RECORDS:
        if row.kind is Kind.AUDIT_EVENT:
            continue
        found: list[Any] = repo.including_deleted(row.cls, others)
        if found:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{source}: its audit trail names {kind} {id}, which is here but not part of meeting "
                    "{label}; nothing was imported",
                ),
                source=source.name,
                kind=row.kind.words,
                id=found[0].id,
                label=package.bundle.meeting.label,
            )


def _refuse_future_history(package: MeetingPackage, now: datetime, source: Path) -> None:
    """History happened before it was exported: an event dated later than now (give or take a day of
    clocks set wrong) would stand at the end of this store's trail for good."""
    latest = max((e.at for e in package.audit_events), default=None)
    if latest is not None and latest > now + _CLOCK_SKEW:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{source}: its audit trail has an event dated {at}, which has not happened yet; nothing was "
                "imported",
            ),
            source=source.name,
            at=latest.isoformat(),
        )


@dataclass(frozen=True)
class _Disagreement:
    """The first line where a certified meeting's record and its last frozen minutes part."""

    number: int  # the frozen version
    line: int  # counted from 1
    minutes: str  # the line as the frozen minutes have it ("" past their end)
    record: str  # the line as the record renders it ("" past its end)


def _record_against_minutes(package: MeetingPackage) -> _Disagreement | None:
    """Where the record of a certified meeting says something its last frozen minutes do not.

    The frozen text carries its hash, the record beside it does not: a package whose record was edited
    (an item renamed, attendance changed) would otherwise be stored as certified. The record is rendered
    exactly as the minutes service renders it to tell whether it changed since it was frozen (in the
    office's time zone, so the same on every computer)."""
    bundle = package.bundle
    minutes = bundle.minutes
    if minutes is None or minutes.status is not m.MinutesStatus.CERTIFIED or not package.minutes_versions:
        return None
    latest = max(package.minutes_versions, key=lambda v: v.number)
    item_ids = {i.id for i in bundle.items}
    notes = {n.item_id: n.text for n in package.item_notes if n.item_id in item_ids}
    entries = {e.item_id: e.text for e in bundle.minutes_entries if e.minutes_id == minutes.id}
    text = canonical_text(MinutesRecord(bundle, MappingProxyType(notes)), entries, minutes)
    if text == latest.text:
        return None
    frozen_lines, record_lines = latest.text.splitlines(), text.splitlines()
    pairs = enumerate(zip_longest(frozen_lines, record_lines, fillvalue=""), 1)
    # Lines all alike, the texts differ only in their line ends: the line after the last one says so.
    past_end = _Disagreement(latest.number, len(frozen_lines) + 1, "", "")
    return next(
        (
            _Disagreement(latest.number, n, frozen, rendered)
            for n, (frozen, rendered) in pairs
            if frozen != rendered
        ),
        past_end,
    )


def _shortened(line: str) -> str:
    """A line of the minutes short enough to quote in a message (a paragraph can be a page long)."""
    return line if len(line) <= _QUOTED_LINE else line[: _QUOTED_LINE - 1] + "…"


def _altered_version(package: MeetingPackage) -> m.MinutesVersion | None:
    """The first frozen minutes version whose text no longer hashes to its sha256 (version 0's hash being
    the certified one is checked by the package format)."""
    return next((v for v in package.minutes_versions if sha256_text(v.text) != v.sha256), None)


@contextmanager
def _exporting_to(dest: Path) -> Iterator[None]:
    """Hold the destination folder for an export (an flock on the folder, where the file system has them)
    and remove what an export to the same file killed half-way left there: a hidden ``.NAME.*.tmp``.

    Exports into one folder take turns, so a partial file no export holds is a leftover."""
    try:
        import fcntl  # POSIX only
    except ImportError:
        yield
        return
    try:
        folder = os.open(dest.parent, os.O_RDONLY)
    except OSError:
        yield  # the export itself says what is wrong with the folder
        return
    try:
        try:
            fcntl.flock(folder, fcntl.LOCK_EX)
        except OSError:
            yield  # no locks here: leave every partial file alone
            return
        for leftover in dest.parent.glob(f".{glob.escape(dest.name)}.*.tmp"):
            with suppress(OSError):
                leftover.unlink()
        yield
    finally:
        os.close(folder)  # lets go of the flock too
