"""E-mail in the desktop: the office's mail settings, sending invitations, updates, cancellations and
reminders from a meeting's Invitees tab, and the reminders that fall due while the window is open. The
sending itself is ``emeeting.mail``'s (no Qt there: the command line sends too); this room runs it through
the task runner and shows what it does."""

from __future__ import annotations

from emeeting.mail.settings import MailSettingsStore
from emeeting.storage.mail_log import MailLog
from emeeting.ui.widgets.context import UiContext


def mail_settings(context: UiContext) -> MailSettingsStore:
    """The window's mail settings (a context made without them, in a test, gets a store of its own)."""
    return context.mail if context.mail is not None else MailSettingsStore(MailLog(context.services.store))
