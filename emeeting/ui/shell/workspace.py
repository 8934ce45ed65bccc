"""The meeting workspace: the meeting's header over the tabs Details, Agenda, Invitees, Documents,
Meeting day and Minutes.

Start-up and meeting switches stay quick: the Invitees, Documents, Meeting day and Minutes tabs (and
their modules, QtPdf among them) are built when first shown, and a new meeting view refreshes only the
visible tab; the others catch up when they become current.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from emeeting.domain import model as m
from emeeting.services.meetings import MeetingView
from emeeting.ui.meeting.agenda_editor import AgendaEditor
from emeeting.ui.meeting.meeting_editor import MeetingEditor
from emeeting.ui.meeting.meeting_pane import MeetingHeader
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.page_scroll import PageScroll
from emeeting.ui.widgets.safe_text import notice_banner, plain_label
from emeeting.ui.widgets.style import Tone, shortcut_tooltip

if TYPE_CHECKING:
    from emeeting.ui.day.session_screen import SessionScreen
    from emeeting.ui.documents.documents_pane import DocumentsPane
    from emeeting.ui.meeting.invitees_pane import InviteesPane
    from emeeting.ui.minutes.minutes_editor import MinutesEditor

DETAILS, AGENDA, INVITEES, DOCUMENTS = range(4)
MEETING_DAY, MINUTES = 4, 5
TABS = (DETAILS, AGENDA, INVITEES, DOCUMENTS, MEETING_DAY, MINUTES)
_ALL_TABS = frozenset(TABS)


def tab_shortcut(tab: int) -> QKeySequence:
    """The keys that bring ``tab`` up (Ctrl+1 for the first): the View menu's, named in the tab's tooltip."""
    return QKeySequence(f"Ctrl+{tab + 1}")


_Pane = TypeVar("_Pane", bound=QWidget)


class _Host(QWidget):
    """Holds the place of a tab whose pane is built on first use."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pane: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def hold(self, pane: QWidget) -> None:
        self.pane = pane
        self._layout.addWidget(pane)


class MeetingWorkspace(FollowsLanguage, QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self._context = context
        self._view: MeetingView | None = None
        self._stale: set[int] = set()  # tabs that do not show the current meeting view yet
        self._people: list[m.Person] = []
        self._placeholder_message = ""
        self._read_only = False  # attendee mode: every tab shows its meeting without changing it
        self._frozen = False  # the meeting's minutes are certified: its record no longer changes
        self._locked: dict[int, bool] = {}  # tab → the read-only state its pane was last given

        self.stack = QStackedWidget(self)
        self.placeholder = plain_label(self.stack)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)

        content = QWidget(self.stack)
        self.header = MeetingHeader(content)
        # Why a certified meeting's tabs show without changing it, and where a change goes instead.
        self.frozen_banner = notice_banner(content, "certifiedBanner", "lock", Tone.INFO)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setDocumentMode(True)
        self.details = MeetingEditor(context, self.tabs)
        self.details.calendar_news.connect(self._offer_calendar_news)
        self.agenda = AgendaEditor(context, self.tabs)
        self._hosts = {tab: _Host(self.tabs) for tab in (INVITEES, DOCUMENTS, MEETING_DAY, MINUTES)}
        for widget in (self.details, self.agenda, *self._hosts.values()):
            self.tabs.addTab(PageScroll(widget, self.tabs), "")
        self.tabs.currentChanged.connect(self._bring_up_to_date)
        self.tabs.currentChanged.connect(self._follow_agenda_item)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.frozen_banner)
        layout.addWidget(self.tabs, 1)
        self.stack.addWidget(content)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._retranslate()

    # -- the lazily built tabs -------------------------------------------------------------------------

    @property
    def invitees(self) -> InviteesPane:
        from emeeting.ui.meeting.invitees_pane import InviteesPane

        def make(host: QWidget) -> InviteesPane:
            pane = InviteesPane(self._context, host)
            pane.set_people(self._people)
            return pane

        return self._built(INVITEES, InviteesPane, make)

    @property
    def documents(self) -> DocumentsPane:
        from emeeting.ui.documents.documents_pane import DocumentsPane

        return self._built(DOCUMENTS, DocumentsPane, lambda host: DocumentsPane(self._context, parent=host))

    @property
    def session(self) -> SessionScreen:
        from emeeting.ui.day.session_screen import SessionScreen

        return self._built(MEETING_DAY, SessionScreen, lambda host: SessionScreen(self._context, host))

    @property
    def minutes(self) -> MinutesEditor:
        from emeeting.ui.minutes.minutes_editor import MinutesEditor

        return self._built(MINUTES, MinutesEditor, lambda host: MinutesEditor(self._context, host))

    def _built(self, tab: int, kind: type[_Pane], make: Callable[[QWidget], _Pane]) -> _Pane:
        """The pane of ``tab``, made (by ``make``, in the tab's host) the first time it is asked for."""
        host = self._hosts[tab]
        if host.pane is None:
            pane = make(host)
            if self._locks(tab):  # a tab first opened in attendee mode (or frozen) starts read-only
                pane.set_read_only(True)  # type: ignore[attr-defined]  # every pane has it
            self._locked[tab] = self._locks(tab)
            if tab == DOCUMENTS:
                pane.set_items_frozen(self._frozen)  # type: ignore[attr-defined]
            host.hold(pane)
        assert isinstance(host.pane, kind)
        return host.pane

    # -- attendee mode ---------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Attendee mode: every tab, those built later too, shows its meeting and changes nothing."""
        if read_only == self._read_only:
            return
        self._read_only = read_only
        self._apply_locks()

    @property
    def frozen(self) -> bool:
        """The meeting shown has certified minutes: its record changes only by an amendment."""
        return self._frozen

    def _locks(self, tab: int) -> bool:
        """Whether ``tab`` is read-only now. Certification freezes every tab but the minutes, whose own
        screen keeps the amendment open (and certification itself closed), and the documents, which
        freeze the agenda items' papers only (``set_items_frozen``)."""
        return self._read_only or (self._frozen and tab not in (MINUTES, DOCUMENTS))

    def _apply_locks(self) -> None:
        panes: dict[int, QWidget | None] = {DETAILS: self.details, AGENDA: self.agenda}
        panes |= {tab: host.pane for tab, host in self._hosts.items()}
        for tab, pane in panes.items():
            locked = self._locks(tab)
            if pane is not None and self._locked.get(tab, False) != locked:
                pane.set_read_only(locked)  # type: ignore[attr-defined]  # every pane has it
                self._locked[tab] = locked
        if self._hosts[DOCUMENTS].pane is not None:
            self.documents.set_items_frozen(self._frozen)
        self.frozen_banner.setVisible(self._frozen)

    # -- showing a meeting -----------------------------------------------------------------------------

    @property
    def meeting_view(self) -> MeetingView | None:
        return self._view

    @property
    def meeting_id(self) -> str | None:
        return self._view.summary.meeting.id if self._view else None

    def set_people(self, people: Sequence[m.Person]) -> None:
        """Everyone who can be picked as presenter, guest, substitute or recused member."""
        self._people = list(people)
        self.agenda.set_people(people)
        if self._hosts[INVITEES].pane is not None:
            self.invitees.set_people(people)

    def show_meeting(self, view: MeetingView) -> None:
        self._view = view
        self._frozen = view.certified
        self._apply_locks()
        self.header.show_meeting(view)
        self._stale = set(_ALL_TABS)
        self._bring_up_to_date(self.tabs.currentIndex())
        self.stack.setCurrentIndex(1)

    def show_placeholder(self, message: str = "") -> None:
        """The empty workspace: ``message`` or the hint to pick a meeting."""
        self._view = None
        self._frozen = False
        self._apply_locks()
        self._placeholder_message = message
        self.placeholder.setText(message or self._default_hint())
        self._stale = set(_ALL_TABS)
        self._bring_up_to_date(self.tabs.currentIndex())
        self.stack.setCurrentIndex(0)

    def _bring_up_to_date(self, tab: int) -> None:
        """Show the current meeting (or none) in ``tab`` unless it already does."""
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        view = self._view
        meeting_id = view.summary.meeting.id if view else None
        if tab in (DETAILS, AGENDA, INVITEES):
            pane = self.details if tab == DETAILS else self.agenda if tab == AGENDA else self.invitees
            if view is None:
                pane.clear()
            else:
                pane.show_meeting(view)
        elif tab == DOCUMENTS:  # these three panes follow the ChangeBus themselves: only a new meeting
            if self.documents.meeting_id != meeting_id:
                self.documents.show_meeting(meeting_id)
        elif tab == MEETING_DAY:
            self.session.show_meeting(meeting_id)
        elif tab == MINUTES:
            self.minutes.show_meeting(meeting_id)

    def _offer_calendar_news(self, meeting_id: str, count: int) -> None:
        """The date, place or link changed (or the meeting was cancelled) after invitations went out by
        e-mail: offer to tell those invitees now, on the Invitees tab's sending dialog."""
        if self._view is None or self._view.summary.meeting.id != meeting_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Tell the invitees"),
            self.tr(
                "%n invitee(s) were sent this meeting by e-mail and their calendars show it as it was. "
                "Send them the change now?",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.tabs.setCurrentIndex(INVITEES)
            self.invitees.open_sending()

    def _follow_agenda_item(self, tab: int) -> None:
        """The Documents tab opens on the papers of the item chosen on the Agenda tab, so that "Attach
        files…" attaches to it without looking for it again."""
        item_id = self.agenda.current_item_id()
        if tab != DOCUMENTS or self._view is None or item_id is None:
            return
        pane, meeting_id = self.documents, self._view.summary.meeting.id

        def select(loaded_id: str = meeting_id) -> None:
            group = pane.group_node(item_id)
            current = pane.tree.currentItem()
            within = current is not None and group in (current, current.parent())  # a paper of the item
            if loaded_id == meeting_id and group is not None and not within:
                pane.tree.setCurrentItem(group)
                pane.tree.scrollToItem(group)

        if pane.meeting_id == meeting_id and pane.group_node(item_id) is not None:
            select()
        else:  # the meeting's documents are being read
            pane.loaded.connect(select, Qt.ConnectionType.SingleShotConnection)

    def agenda_rows(self) -> list[tuple[str, str]]:
        """(number, title) of the current meeting's agenda items, as the Agenda tab shows them."""
        self._bring_up_to_date(AGENDA)
        return self.agenda.rows()

    def _default_hint(self) -> str:
        return self.tr("Select a meeting on the left, or create one with File ▸ New meeting (Ctrl+N).")

    def _retranslate(self) -> None:
        for index, text in (
            (DETAILS, self.tr("&Details")),
            (AGENDA, self.tr("&Agenda")),
            (INVITEES, self.tr("&Invitees")),
            (DOCUMENTS, self.tr("D&ocuments")),
            (MEETING_DAY, self.tr("Meeting da&y")),
            (MINUTES, self.tr("&Minutes")),
        ):
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, shortcut_tooltip(text, tab_shortcut(index)))
        # One quiet line; the whole reason in its tooltip.
        self.frozen_banner.setText(
            self.tr(
                "Certified minutes: this meeting is read-only. Changes are made as an amendment "
                "(Minutes tab)."
            )
        )
        self.frozen_banner.setToolTip(
            self.tr(
                "The minutes of this meeting have been certified, so its details, agenda, invitees, the "
                "agenda items' documents and the meeting-day record can no longer be changed. Changes are "
                "made as an amendment to the minutes (Minutes tab, Record an amendment…)."
            )
        )
        if self.stack.currentIndex() == 0:
            self.placeholder.setText(self._placeholder_message or self._default_hint())
