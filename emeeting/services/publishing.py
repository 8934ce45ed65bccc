"""Official documents of a meeting written to files: minutes (PDF or DOCX), agenda and invitation (PDF).

The service loads the meeting's bundle and hands it to ``emeeting.reports``; the file appears whole or
not at all (temp file, fsync, rename). The report modules (HarfBuzz, PyThaiNLP, python-docx) are imported
only when a document is written.
"""

from __future__ import annotations

import dataclasses
from datetime import date, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from emeeting import paths
from emeeting.atomic_file import atomic_file, cannot_write
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.thai import OFFICE_ZONE
from emeeting.services.meetings import MeetingService
from emeeting.services.minutes import MinutesService, refuse_unheld

if TYPE_CHECKING:  # the report modules are imported when a document is written
    from emeeting.domain.model import MeetingBundle
    from emeeting.reports.thai_text import Fonts
    from emeeting.reports.wording import ReportOptions


class DocumentKind(StrEnum):
    MINUTES = "minutes"
    AGENDA = "agenda"
    INVITATION = "invitation"


class PublishingService:
    def __init__(
        self, meetings: MeetingService, minutes: MinutesService, font_dir: Path | None = None
    ) -> None:
        self._meetings = meetings
        self._minutes = minutes
        self._font_dir = font_dir or paths.resources_dir() / "fonts"

    def render(
        self,
        kind: DocumentKind,
        meeting_id: str,
        *,
        fmt: str = "pdf",
        lang: str = "th",
        thai_digits: bool = False,
        tz: tzinfo = OFFICE_ZONE,
        issued: date | None = None,
    ) -> bytes:
        """The document's bytes. Only minutes come as DOCX too; ``lang`` is "th" or "en".

        Minutes are refused for a meeting that was never held; certified minutes are set from their frozen
        text (checked against its hash), never from the record; minutes not yet certified carry the draft
        mark."""
        from emeeting.reports.wording import ReportOptions

        if lang not in ("th", "en"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "no document language {lang}; use th or en"), lang=lang
            )
        if fmt not in ("pdf", "docx") or (fmt == "docx" and kind is not DocumentKind.MINUTES):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the {kind} cannot be written as {fmt}"), kind=kind.value, fmt=fmt
            )
        bundle = self._meetings.bundle(meeting_id)
        options = ReportOptions(
            lang="th" if lang == "th" else "en", thai_digits=thai_digits, tz=tz, issued=issued
        )
        if kind is DocumentKind.MINUTES:
            return self._minutes_document(meeting_id, bundle, fmt, options)
        fonts = self._fonts()
        if kind is DocumentKind.AGENDA:
            from emeeting.reports.agenda_doc import agenda_pdf

            return agenda_pdf(bundle, fonts, options).pdf
        from emeeting.reports.invitation import invitation_pdf

        return invitation_pdf(bundle, fonts, options).pdf

    def _minutes_document(
        self, meeting_id: str, bundle: MeetingBundle, fmt: str, options: ReportOptions
    ) -> bytes:
        refuse_unheld(bundle.meeting)
        frozen = self._minutes.frozen(meeting_id)
        if frozen is not None:
            from emeeting.reports.frozen_minutes import frozen_minutes_docx, frozen_minutes_pdf

            # All in the language certified: page furniture and the file's title and language too.
            options = dataclasses.replace(options, lang="th" if frozen.language == "th" else "en")
            if fmt == "docx":
                return frozen_minutes_docx(frozen.bundle, frozen.lines, options)
            return frozen_minutes_pdf(frozen.bundle, frozen.lines, self._fonts(), options).pdf
        if fmt == "docx":
            from emeeting.reports.docx_writer import minutes_docx

            return minutes_docx(bundle, options, draft=True)
        from emeeting.reports.minutes import minutes_pdf

        return minutes_pdf(bundle, self._fonts(), options, draft=True).pdf

    def _fonts(self) -> Fonts:
        from emeeting.reports.thai_text import Fonts

        return Fonts.load(self._font_dir)

    def write(
        self,
        kind: DocumentKind,
        meeting_id: str,
        dest: Path,
        *,
        lang: str = "th",
        thai_digits: bool = False,
        tz: tzinfo = OFFICE_ZONE,
        issued: date | None = None,
    ) -> Path:
        """Write the document to ``dest``, as PDF or (minutes only) DOCX after the name's suffix."""
        fmt = dest.suffix.lower().lstrip(".")
        if fmt not in ("pdf", "docx"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "cannot tell the format of {dest}: name it .pdf or .docx"),
                dest=dest,
            )
        data = self.render(
            kind, meeting_id, fmt=fmt, lang=lang, thai_digits=thai_digits, tz=tz, issued=issued
        )
        write_atomically(dest, data)
        return dest


def write_atomically(dest: Path, data: bytes) -> None:
    """``dest`` holds ``data`` whole, or is left as it was."""
    try:
        with atomic_file(dest) as tmp:
            tmp.write_bytes(data)
    except OSError as e:
        raise cannot_write(dest, e) from None
