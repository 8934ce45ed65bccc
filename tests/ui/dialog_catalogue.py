"""Every dialog of the app, built on the demo data as its screen builds it: for tests that look at all of
them at once (sizes, labels). A new dialog class is added here; `test_every_dialog_class_is_catalogued`
fails until it is."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QWidget

from emeeting.domain import model as m
from emeeting.services.container import Services
from emeeting.ui.shell.main_window import MainWindow

Factory = Callable[[MainWindow, Services], QDialog]


def _meeting(services: Services) -> m.Meeting:
    """The ICT meeting with the most invitees: the longest lists and names."""
    summaries = [s for s in services.meetings.summaries() if s.committee.short_name == "ICT"]
    best = max(summaries, key=lambda s: len(services.meetings.view(s.meeting.id).invitations))
    return best.meeting


def _people(services: Services) -> list[m.Person]:
    return services.records.select(m.Person, order_by=("first_name", "last_name", "id"))


def _connect(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.sync.sync_dialog import ConnectDialog

    return ConnectDialog(window.context.sync, window.context.runner, parent=window)


def _conflicts(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.sync.sync_dialog import ConflictsDialog

    return ConflictsDialog(window.context.sync, window.context.runner, window)


def _attendee(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.sync.sync_dialog import AttendeeDialog

    meeting = _meeting(services)
    invitation = services.meetings.view(meeting.id).invitations[0]
    context = window.context
    return AttendeeDialog(context.sync, context.runner, context.bus, meeting.id, invitation.person_id, window)


def _server_replaced(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.sync.sync_dialog import ServerReplacedDialog

    return ServerReplacedDialog("https://emeeting.example.go.th", True, window)


def _removals(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.sync.sync_dialog import RemovalsDialog

    titles = [s.meeting.title for s in services.meetings.summaries()]
    return RemovalsDialog("https://emeeting.example.go.th", len(titles), titles, window)


def _calendar_feed(window: MainWindow, services: Services) -> QDialog:
    from emeeting.sync.calendar_feed import CalendarFeeds, FeedState
    from emeeting.ui.sync.calendar_feed_dialog import CalendarFeedDialog

    url = "https://emeeting.example.go.th"
    state = FeedState(True, datetime(2026, 12, 1, 3, 15, tzinfo=UTC), f"{url}/calendar/{'x' * 43}.ics")
    return CalendarFeedDialog(CalendarFeeds(window.context.sync), window.context.runner, url, window, state)


def _new_meeting(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.meeting.meeting_editor import NewMeetingDialog

    return NewMeetingDialog(services.records.select(m.Committee), None, window)


def _next_meeting(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.meeting.meeting_editor import NextMeetingDialog

    return NextMeetingDialog(_meeting(services), window)


def _guest(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.meeting.invitees_pane import GuestDialog

    return GuestDialog(_people(services), services.meetings.view(_meeting(services).id), window)


def _substitute(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.meeting.invitees_pane import SubstituteDialog

    view = services.meetings.view(_meeting(services).id)
    return SubstituteDialog(_people(services), view.invitations[0], view, window)


def _committees(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.directory.committee_editor import CommitteeDialog

    return CommitteeDialog(window.context, window)


def _people_dialog(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.directory.people_pane import PeopleDialog

    return PeopleDialog(window.context, window)


def _membership(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.directory.people_pane import MembershipDialog

    committees = tuple(services.records.select(m.Committee))
    person = _people(services)[0]
    return MembershipDialog(committees, m.Membership(committees[0].id, person.id), window)


def _people_import(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.directory.people_import import PeopleImportDialog

    return PeopleImportDialog(window.context, window)


def _audit(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.minutes.audit_view import AuditDialog

    return AuditDialog(window.context, _meeting(services).id, window)


def _certify(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.minutes.minutes_editor import CertifyDialog

    return CertifyDialog(window)


def _amend(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.minutes.minutes_editor import AmendDialog

    meeting = _meeting(services)
    names = {p.id: p.display_name for p in _people(services)}
    attendees = [(i, names[i.person_id]) for i in services.meetings.view(meeting.id).invitations]
    return AmendDialog(attendees, window, day=meeting.start, item_text="")


def _export_options(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.shell.export_actions import ExportOptionsDialog

    return ExportOptionsDialog(True, _people(services), window)


def _open_vote(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.day.live_vote_panel import OpenVoteDialog

    return OpenVoteDialog(_long_item_title(services), window)


def _vote(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.day.session_dialogs import VoteDialog

    return VoteDialog([(p.id, p.display_name) for p in _people(services)[:12]], window)


def _dissent(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.day.session_dialogs import PersonTextDialog

    return PersonTextDialog(_people(services), "Dissent", "Reasons", window)


def _action(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.day.session_dialogs import ActionDialog

    return ActionDialog(_people(services), datetime.now(UTC).date(), window)


def _session_substitute(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.day.session_dialogs import SessionSubstituteDialog

    people = _people(services)
    return SessionSubstituteDialog(people[0], people, people[1:], window)


def _sticky(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.reader.mark_tools import StickyDialog

    return StickyDialog(window, page=0)


def _note(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.reader.item_notes import NoteDialog

    return NoteDialog(window, item_title=_long_item_title(services))


def _summary(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.reader.annotation_exports import SummaryDialog

    return SummaryDialog("th", window)


def _mail_settings(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.mail.settings_dialog import MailSettingsDialog

    return MailSettingsDialog(window.context, window)


def _send_mail(window: MainWindow, services: Services) -> QDialog:
    from emeeting.ui.mail.send_dialog import SendMailDialog

    return SendMailDialog(window.context, _meeting(services).id, window)


def _long_item_title(services: Services) -> str:
    return max((i.title for i in services.records.select(m.AgendaItem)), key=len)


DIALOGS: dict[str, Factory] = {
    "ConnectDialog": _connect,
    "ConflictsDialog": _conflicts,
    "AttendeeDialog": _attendee,
    "ServerReplacedDialog": _server_replaced,
    "RemovalsDialog": _removals,
    "CalendarFeedDialog": _calendar_feed,
    "NewMeetingDialog": _new_meeting,
    "NextMeetingDialog": _next_meeting,
    "GuestDialog": _guest,
    "SubstituteDialog": _substitute,
    "CommitteeDialog": _committees,
    "PeopleDialog": _people_dialog,
    "MembershipDialog": _membership,
    "PeopleImportDialog": _people_import,
    "AuditDialog": _audit,
    "CertifyDialog": _certify,
    "AmendDialog": _amend,
    "ExportOptionsDialog": _export_options,
    "OpenVoteDialog": _open_vote,
    "VoteDialog": _vote,
    "PersonTextDialog": _dissent,
    "ActionDialog": _action,
    "SessionSubstituteDialog": _session_substitute,
    "StickyDialog": _sticky,
    "NoteDialog": _note,
    "SummaryDialog": _summary,
    "MailSettingsDialog": _mail_settings,
    "SendMailDialog": _send_mail,
}


def every_dialog(window: MainWindow, services: Services) -> Iterator[tuple[str, QDialog]]:
    """Each dialog in turn, built and shown (the caller looks at it; it is closed and deleted after)."""
    for name, factory in DIALOGS.items():
        dialog = factory(window, services)
        dialog.show()
        try:
            yield name, dialog
        finally:
            dialog.close()
            dialog.deleteLater()


def dialog_classes(root: type[QWidget] = QDialog) -> set[str]:
    """The names of the app's own dialog classes (those defined in emeeting.ui), every room imported."""
    import importlib
    import pkgutil

    import emeeting.ui

    for module in pkgutil.walk_packages(emeeting.ui.__path__, "emeeting.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    stack: list[type] = [root]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("emeeting.ui.") and "Dialog" in sub.__name__:
                found.add(sub.__name__)
    return found
