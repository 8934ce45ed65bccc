"""``emeeting demo``: fill an empty store with realistic committees, meetings and documents."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from emeeting.demo.content import make_demo
from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, RejectedFileError, StoreError
from emeeting.domain.mailing import MailKind, MailResult, SentMail, event_fingerprint
from emeeting.intake.inspect import inspect_files
from emeeting.paths import resources_dir
from emeeting.services.container import Services
from emeeting.services.records import insert
from emeeting.storage.mail_log import MailLog


def load_demo(services: Services, meetings: int, *, today: date | None = None) -> int:
    """Add ``meetings`` demo meetings to an empty store; returns how many were added (0 if not empty)."""
    store = services.store
    with store.read() as repo:
        if repo.count(m.Meeting):
            return 0
    data = make_demo(meetings, today=today or date.today())
    # Each distinct document is rendered, checked by intake like any attachment, and stored once.
    from emeeting.reports.demo_documents import make_demo_pdf

    inspected = {}
    with tempfile.TemporaryDirectory(prefix="emeeting-demo-") as tmp:
        files = {}
        for doc in data.documents:
            path = Path(tmp) / doc.file_name
            path.write_bytes(make_demo_pdf(doc.title, doc.paragraphs, doc.pages, resources_dir() / "fonts"))
            files[doc.key] = path
        for key, result in zip(files, inspect_files(list(files.values())), strict=True):
            if isinstance(result, RejectedFileError):
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "demo document rejected: {result}"), result=result
                )
            with result.path.open("rb") as source:
                store.blobs.put_stream(source, result.sha256)
            inspected[key] = result

    positions: dict[tuple[str, str | None], int] = {}
    documents = []
    for attachment in data.attachments:
        found = inspected[attachment.document_key]
        slot = (attachment.meeting_id, attachment.item_id)
        positions[slot] = positions.get(slot, -1) + 1
        documents.append(
            m.Document(
                attachment.meeting_id,
                attachment.name,
                found.path.name,
                found.mime_type,
                found.size,
                found.sha256,
                item_id=attachment.item_id,
                position=positions[slot],
                page_count=found.page_count,
                text=found.text,
            )
        )
    # Minutes are written as drafts and then certified as a secretary would: certification freezes the
    # text made from the stored record (services.frozen), so the record is written first.
    certified = [
        b.minutes for b in data.bundles if b.minutes and b.minutes.status is m.MinutesStatus.CERTIFIED
    ]
    with store.transaction() as repo:
        insert(repo, *data.committees, *data.people, *data.memberships)
        for b in data.bundles:
            insert(repo, b.meeting, *b.items, *b.recusals, *b.invitations, *b.votes, *b.ballots, *b.dissents)
        # All meetings first: carried action items point at actions of earlier meetings.
        insert(repo, *(a for b in data.bundles for a in b.actions))
        insert(repo, *(_drafted(b.minutes) for b in data.bundles if b.minutes is not None))
        insert(repo, *(e for b in data.bundles for e in b.minutes_entries), *documents)
    services.minutes.certify_many(
        [
            (c.meeting_id, c.certification_method, c.certified_at)
            for c in certified
            if c.certification_method is not None and c.certified_at is not None
        ]
    )
    MailLog(store).record(*_mail_sent(data.bundles))
    return len(data.bundles)


def _mail_sent(bundles: Sequence[m.MeetingBundle]) -> list[SentMail]:
    """The invitations the office e-mailed when it gave notice of a meeting (and the cancellations it
    sent), as the mail log of a real office shows them."""
    sent = []
    for b in bundles:
        meeting = b.meeting
        if meeting.notice_sent_at is None:
            continue
        people = {p.id: p for p in b.people}
        cancelled = meeting.status is m.MeetingStatus.CANCELLED
        for index, invitation in enumerate(b.invitations):
            person = people.get(invitation.person_id)
            if person is None or not person.email:
                continue
            messages = [(MailKind.INVITATION, 0, meeting.notice_sent_at)]
            if cancelled:
                messages.append((MailKind.CANCEL, 1, meeting.notice_sent_at + timedelta(days=1)))
            for kind, sequence, at in messages:
                sent.append(
                    SentMail(
                        person.email,
                        kind,
                        at + timedelta(seconds=2 * index),  # one message after another
                        MailResult.SENT,
                        meeting_id=meeting.id,
                        person_id=person.id,
                        sequence=sequence,
                        fingerprint=event_fingerprint(meeting),
                        message_id=f"<{meeting.id[:8]}.{kind.value}.{index}@demo.emeeting>",
                    )
                )
    return sent


def _drafted(minutes: m.Minutes) -> m.Minutes:
    """The minutes as they stood before certification."""
    return dataclasses.replace(
        minutes,
        status=m.MinutesStatus.DRAFT,
        certification_method=None,
        certified_at=None,
        certified_sha256="",
    )
