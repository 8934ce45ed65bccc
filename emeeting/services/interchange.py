"""Export and import of whole meetings as OParl-shaped packages."""

from __future__ import annotations

from pathlib import Path

from emeeting.domain import model as m
from emeeting.domain.errors import StoreError, ValidationError
from emeeting.interop.oparl import read_package, write_package
from emeeting.services.meetings import MeetingService
from emeeting.services.records import insert
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
            raise StoreError(f"cannot write {dest}: {e.strerror or e}") from None

    def import_meeting(self, source: Path) -> m.Meeting:
        """Add a package's meeting to this store. The package is checked completely (structure, references,
        every file's hash) before anything is stored; people and committees already here are kept as they
        are. A meeting that is already here is refused."""
        try:
            bundle, files = read_package(source)
        except OSError as e:
            raise ValidationError(f"cannot read {source}: {e.strerror or e}") from None
        with files:
            files.verify_all()
            with self._store.read() as repo:
                if repo.find(m.Meeting, bundle.meeting.id) is not None:
                    raise ValidationError(
                        f"meeting {bundle.meeting.label} from {source.name} is already here"
                    )
                meeting = bundle.meeting
                if repo.select(
                    m.Meeting,
                    committee_id=meeting.committee_id,
                    number=meeting.number,
                    year_be=meeting.year_be,
                ):
                    raise ValidationError(f"this committee already has another meeting {meeting.label}")
            for sha256 in files.sha256s:
                if not self._store.blobs.has(sha256):
                    with files.open(sha256) as stream:
                        self._store.blobs.put_stream(stream, sha256)
        with self._store.transaction() as repo:
            new_people = [p for p in bundle.people if repo.find(m.Person, p.id) is None]
            if repo.find(m.Committee, bundle.committee.id) is None:
                insert(repo, bundle.committee)
            insert(repo, *new_people)
            insert(repo, *(ms for ms in bundle.memberships if repo.find(m.Membership, ms.id) is None))
            # Parents before children: the bundle keeps agenda items in tree order.
            insert(repo, bundle.meeting, *bundle.items, *bundle.recusals, *bundle.documents)
            insert(repo, *bundle.invitations, *bundle.votes, *bundle.ballots, *bundle.dissents)
            insert(repo, *bundle.actions)
            if bundle.minutes is not None:
                insert(repo, bundle.minutes, *bundle.minutes_entries)
        return bundle.meeting
