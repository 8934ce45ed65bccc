"""Errors a user can cause. Each carries one clear line for the UI and the CLI.

Every message is a template marked for translation, with its variable parts as named parameters::

    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no meeting {reference}"), reference=repr(reference))

``str(error)`` is the English line (the CLI prints it, the log records it); the UI shows the template's
translation with the same parameters filled in (``emeeting.ui.widgets.task_runner.user_message``).
Parameters are file names, ids, numbers, labels or a library's own words: they are never translated. A
parameter may be another EmeetingError, which is then shown in the same language as the message around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


# Upper case against PEP 8 (N802; pep8-naming is not enabled, so no noqa): it is the name lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; the UI translates it when it shows the message.

    Returns ``text`` unchanged: the domain stays free of Qt, and ``pyside6-lupdate`` finds the marked
    messages in the source by this name.
    """
    return text


@dataclass(frozen=True)
class Moment:
    """A moment named in a message (who changed a row, and when), in local time: the time alone when it
    was today, with its date (``with_date``) otherwise. ``str`` is the English line's "14:02" or
    "2026-12-06 14:02"; the UI writes it in its own language and time style ("14.02 น.")."""

    at: datetime
    with_date: bool = False

    def __str__(self) -> str:
        return self.at.strftime("%Y-%m-%d %H:%M" if self.with_date else "%H:%M")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _rebuild(cls: type[EmeetingError], template: str, params: dict[str, object]) -> EmeetingError:
    error = cls.__new__(cls)
    EmeetingError.__init__(error, template, **params)
    return error


class EmeetingError(Exception):
    """Base: a problem the user can act on; the message is one line.

    ``template`` is the English message with ``{named}`` placeholders (marked with QT_TRANSLATE_NOOP in
    the "Errors" context), ``params`` their values.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params
        super().__init__(template.format(**params) if params else template)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickling (a process pool, say) keeps the template and the parameters, not only the English line.
        return (_rebuild, (type(self), self.template, self.params), self.__dict__)


class NotFoundError(EmeetingError):
    pass


class ValidationError(EmeetingError):
    pass


class RejectedFileError(EmeetingError):
    """An attached or imported file was refused; nothing was stored."""


class ConversionError(EmeetingError):
    """A file could not be converted to PDF (LibreOffice missing, failing or too slow); nothing changed."""


class ConversionCancelled(ConversionError):
    """The user stopped a conversion to PDF; nothing changed."""


class StoreError(EmeetingError):
    pass


class StoreTooNewError(StoreError):
    """The database was written by a newer emeeting; opening it could damage it."""


class StaleWriteError(EmeetingError):
    """Someone else changed the record after this edit read it; nothing was written (no lost update)."""
