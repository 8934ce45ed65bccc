"""Export and import of whole meetings as OParl-shaped packages."""

from __future__ import annotations

from pathlib import Path

from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, StoreError, ValidationError
from emeeting.interop.oparl import read_package, write_package
from emeeting.services.meetings import MeetingService, refuse_taken_number
from emeeting.services.records import insert
from emeeting.storage.repository import Repository
from emeeting.storage.store import Store


class InterchangeService:
    def __init__(self, store: Store, meetings: MeetingService) -> None:
        self._store = store
        self._meetings = meetings

    def export_meeting(self, meeting_id: str, dest: Path) -> None:
        """Write the meeting, everything it refers to and its documents' content to ``dest``."""
        bundle = self._meetings.bundle(meeting_id)
        try:
            write_package(bundle, self._store.blobs.open, dest)
        except OSError as e:
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "cannot write {dest}: {reason}"),
                dest=dest,
                reason=e.strerror or e,
            ) from None

    def import_meeting(self, source: Path) -> m.Meeting:
        """Add a package's meeting to this store. The package is checked completely (structure, references,
        every file's hash) before anything is stored; people, committees and memberships already here are
        kept as they are. A meeting that is here is refused; one that was deleted here comes back, with
        the package's values for every record that was deleted (audited as "restore")."""
        try:
            bundle, files = read_package(source)
        except OSError as e:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "cannot read {source}: {reason}"),
                source=source,
                reason=e.strerror or e,
            ) from None
        with files:
            files.verify_all()
            with self._store.read() as repo:
                self._refuse_present(repo, bundle, source)
            for sha256 in files.sha256s:
                if not self._store.blobs.has(sha256):
                    with files.open(sha256) as stream:
                        self._store.blobs.put_stream(stream, sha256)
        with self._store.transaction() as repo:
            self._refuse_present(repo, bundle, source)  # again: another writer may have come first
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
            # Parents before children (the bundle keeps agenda items in tree order).
            b = bundle
            minutes = () if b.minutes is None else (b.minutes,)
            insert(
                repo,
                *(b.meeting, *b.items, *b.recusals, *b.documents, *b.invitations, *b.votes, *b.ballots),
                *(*b.dissents, *b.actions, *minutes, *b.minutes_entries),
                restore=True,
            )
        return bundle.meeting

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
