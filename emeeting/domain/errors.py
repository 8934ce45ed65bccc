"""Errors a user can cause. Each carries one clear line for the UI and the CLI."""

from __future__ import annotations


class EmeetingError(Exception):
    """Base: a problem the user can act on; the message is one line, shown as is."""


class NotFoundError(EmeetingError):
    pass


class ValidationError(EmeetingError):
    pass


class RejectedFileError(EmeetingError):
    """An attached or imported file was refused; nothing was stored."""


class StoreError(EmeetingError):
    pass


class StoreTooNewError(StoreError):
    """The database was written by a newer emeeting; opening it could damage it."""
