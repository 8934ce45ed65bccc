"""The in-session screen: the secretary's view of the meeting day.

Attendance with quick check-in and check-out, the live quorum (a red badge only while lost in an open
meeting), start and end, and for the current agenda item its elapsed and planned time (counted only while
the meeting is open), notes, resolution with quick phrases, dissent, recusals, votes and action items.
Every edit is an undoable step through the services; what is shown is read back through the TaskRunner
whenever the change bus says something concerning this meeting changed.

The screen is three panels under a header (``session_header``): attendance (``attendance_panel``), the
agenda, and the current item (``item_panel``) whose records are each a ``RecordList``. The panels build
and show; the screen keeps what the meeting day does: the current item, the edits and the dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.session import Attendee, SessionView
from emeeting.ui.day.attendance_panel import AttendancePanel, attendee_name
from emeeting.ui.day.chair import CHECKIN, ChairPoster, ChairState
from emeeting.ui.day.item_panel import QUICK_PHRASES, CurrentItemPanel, is_phrase
from emeeting.ui.day.live_vote_panel import LiveVotePanel
from emeeting.ui.day.presenter import PresenterWindow
from emeeting.ui.day.projector import Projected, ProjectorWindow
from emeeting.ui.day.record_list import ID_ROLE
from emeeting.ui.day.session_dialogs import (
    ActionDialog,
    PersonTextDialog,
    SessionSubstituteDialog,
    VoteDialog,
)
from emeeting.ui.day.session_header import SessionHeader
from emeeting.ui.meeting.meeting_screen import MeetingScreen
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.elided import tab_tooltips
from emeeting.ui.widgets.fields import in_language_order
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.page_scroll import PageScroll

if TYPE_CHECKING:
    from emeeting.sync import protocol as p


def _now() -> datetime:
    return datetime.now().astimezone()


class SessionScreen(FollowsLanguage, MeetingScreen[SessionView]):
    """The meeting day for one meeting; ``show_meeting(id)`` picks the meeting, ``loaded`` fires after
    each read is shown, ``failed(message)`` when a step or a read is refused.

    The current item, and the paper presented with its page, are the chair's place (``chair_state``):
    ``chair_changed(state)`` when it moves; while the meeting is open it is posted to the members' laptops,
    and the projector shows it. ``on_live_event(event)`` takes the live channel's events: a member's
    check-in marks them in the meeting as the check-in buttons do."""

    chair_changed = Signal(object)  # a ChairState
    checked_in = Signal(str)  # the invitation marked in the meeting by a member's own check-in

    KINDS = (
        Kind.MEETING,
        Kind.COMMITTEE,
        Kind.PERSON,
        Kind.MEMBERSHIP,
        Kind.AGENDA_ITEM,
        Kind.INVITATION,
        Kind.MINUTES,
        Kind.ITEM_NOTE,
        Kind.VOTE,
        Kind.BALLOT,
        Kind.DISSENT,
        Kind.RECUSAL,
        Kind.ACTION_ITEM,
    )

    def __init__(
        self, context: UiContext, parent: QWidget | None = None, *, clock: Callable[[], datetime] = _now
    ) -> None:
        super().__init__(context, parent, clock)
        self.setObjectName("sessionScreen")
        self._context = context
        self._chair: ChairState | None = None
        self._chair_sent: ChairState | None = None  # the last place handed to the poster
        self._presented: tuple[str, int] | None = None  # the paper presented, and its page
        self.poster = ChairPoster(context.runner, context.sync, self)
        self.presenter: PresenterWindow | None = None
        self.projector: ProjectorWindow | None = None
        self._current_item: str | None = None
        self._item_started: datetime | None = None
        self._saved: dict[tuple[str, str], str] = {}  # (field, item id) → text last stored

        self.header = SessionHeader(self)
        self.attendance = AttendancePanel(self)
        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("sessionAgenda")
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.item = CurrentItemPanel(self)
        # The current item's vote on members' laptops, a tab beside the votes recorded by hand.
        self.live_vote = LiveVotePanel(context, self.item.records_tabs)
        # (it scrolls within its tab on a laptop: its show of hands and its Close button stay reachable)
        self.item.records_tabs.addTab(PageScroll(self.live_vote, self.item.records_tabs), "")

        # The panels' parts the edits reach by name.
        header, attendance, item = self.header, self.attendance, self.item
        self.start_button = header.start_button
        self.end_button = header.end_button
        self.reconvened_box = header.reconvened_box
        self.table = attendance.table
        self.time_edit = attendance.time_edit
        self.now_button = attendance.now_button
        self.attendance_buttons = attendance.buttons
        self.absence_reason = attendance.absence_reason
        self.item_title = item.item_title
        self.notes_edit = item.notes_edit
        self.resolution_edit = item.resolution_edit
        self.votes_list, self.new_vote_button, self.delete_vote_button = item.votes.parts()
        self.dissent_list, self.add_dissent_button, self.remove_dissent_button = item.dissents.parts()
        self.recusal_list, self.add_recusal_button, self.remove_recusal_button = item.recusals.parts()
        self.action_list, self.add_action_button, self.remove_action_button = item.action_items.parts()

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.attendance)
        self.splitter.addWidget(self.agenda_list)
        self.splitter.addWidget(self.item)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 3)
        self.agenda_list.setMinimumWidth(150)
        # The item gets the most: its record tabs (five, in Thai) stay readable on a 1366-pixel laptop.
        self.splitter.setSizes([440, 150, 510])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)  # narrow edges: the screen fits a laptop's height in Thai
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()

        self.start_button.clicked.connect(self.start_meeting)
        self.end_button.clicked.connect(self.end_meeting)
        self.reconvened_box.toggled.connect(self._on_reconvened)
        self.now_button.clicked.connect(self._reset_time)
        self.attendance_buttons["present"].clicked.connect(lambda: self.check_in(m.Attendance.PRESENT))
        self.attendance_buttons["online"].clicked.connect(lambda: self.check_in(m.Attendance.ONLINE))
        self.attendance_buttons["late"].clicked.connect(lambda: self.check_in(m.Attendance.LATE))
        self.attendance_buttons["left"].clicked.connect(self.check_out)
        self.attendance_buttons["absent"].clicked.connect(self.mark_absent)
        self.attendance_buttons["substitute"].clicked.connect(self.open_substitute_dialog)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.agenda_list.currentItemChanged.connect(self._on_item_changed)
        self.present_button = item.present_button
        self.projector_button = header.projector_button
        self.present_button.clicked.connect(self._choose_paper)
        self.projector_button.clicked.connect(self.open_projector)
        self.poster.failed.connect(self.header.show_chair_failure)
        self.poster.failed.connect(self._chair_not_sent)
        self.poster.posted.connect(lambda _state: self.header.show_chair_failure(""))
        self.notes_edit.textChanged.connect(self._on_text_edited)
        self.resolution_edit.textChanged.connect(self._on_text_edited)
        self.new_vote_button.clicked.connect(self.open_vote_dialog)
        self.delete_vote_button.clicked.connect(lambda: self._remove_selected(self.votes_list, m.Vote))
        self.add_dissent_button.clicked.connect(self.open_dissent_dialog)
        self.remove_dissent_button.clicked.connect(
            lambda: self._remove_selected(self.dissent_list, m.Dissent)
        )
        self.add_recusal_button.clicked.connect(self.open_recusal_dialog)
        self.remove_recusal_button.clicked.connect(
            lambda: self._remove_selected(self.recusal_list, m.Recusal)
        )
        self.add_action_button.clicked.connect(self.open_action_dialog)
        self.remove_action_button.clicked.connect(
            lambda: self._remove_selected(self.action_list, m.ActionItem)
        )
        for records in item.record_lists():
            records.list.itemSelectionChanged.connect(self._update_buttons)
        self.live_vote.changed.connect(context.bus.publish)
        self.live_vote.failed.connect(self.failed)

        self._reset_time()
        self._retranslate()
        self._render()

    # -- loading ---------------------------------------------------------------------------------------

    @property
    def current_item_id(self) -> str | None:
        return self._current_item

    def _read(self, meeting_id: str) -> Callable[[], tuple[SessionView, list[m.Person]]]:
        services = self._services

        def read() -> tuple[SessionView, list[m.Person]]:
            return services.session.view(meeting_id), services.records.select(
                m.Person, order_by=("first_name", "last_name", "id")
            )

        return read

    def _meeting_of(self, view: SessionView) -> str:
        return view.meeting.id

    def _forget(self) -> None:
        self._current_item = None
        self._saved.clear()
        self._end_presentation()

    @property
    def phrase_buttons(self) -> list[QPushButton]:
        return self.item.phrase_buttons

    def _editing_widgets(self) -> list[QWidget]:
        return [
            self.start_button, self.end_button, self.reconvened_box, self.time_edit, self.now_button,
            *self.attendance_buttons.values(), self.absence_reason, self.notes_edit, self.resolution_edit,
            *self.phrase_buttons, self.new_vote_button, self.delete_vote_button, self.add_dissent_button,
            self.remove_dissent_button, self.add_recusal_button, self.remove_recusal_button,
            self.add_action_button, self.remove_action_button, self.live_vote.open_button,
            self.live_vote.close_button, self.present_button,
        ]  # fmt: skip

    # -- showing ---------------------------------------------------------------------------------------

    def _render(self) -> None:
        view = self._view
        self._filling = True
        try:
            self.setEnabled(view is not None)
            self.header.show_view(view)
            self.attendance.show_view(view)
            self._render_agenda(view)
            self._render_item()
        finally:
            self._filling = False
        self._update_buttons()
        self._on_tick()
        self._update_chair()

    def _render_agenda(self, view: SessionView | None) -> None:
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        if view is not None:
            for record in view.items:
                entry = record.entry
                row = QListWidgetItem("    " * entry.depth + f"{entry.number} {entry.item.title}")
                row.setData(ID_ROLE, entry.item.id)
                tip = f"{entry.number} {entry.item.title}"
                row.setToolTip(f"{tip}\n\n{record.item.resolution}" if record.item.resolution else tip)
                self.agenda_list.addItem(row)
                if entry.item.id == self._current_item:
                    self.agenda_list.setCurrentItem(row)
            if self._current_item is None and view.items:
                self.agenda_list.setCurrentRow(0)
                self._set_current(view.items[0].item.id)
            elif self._current_item is not None and not any(
                r.item.id == self._current_item for r in view.items
            ):
                self._current_item = None
        self.agenda_list.blockSignals(False)

    def _render_item(self) -> None:
        view, item_id = self._view, self._current_item
        record = view.item(item_id) if view is not None and item_id is not None else None
        language = view.committee.language if view is not None else "th"
        self.item.build_phrases(
            QUICK_PHRASES.get(language, QUICK_PHRASES["th"]), self._read_only, self.use_phrase
        )
        if record is None or view is None:
            self.item_title.setText("")
            self._set_text(self.notes_edit, "")
            self._set_text(self.resolution_edit, "")
            self.item.show_records(None, None)
            self.live_vote.show_item(None, None)
            return
        self.item_title.setText(f"{record.entry.number} {record.item.title}")
        self._show_stored(self.notes_edit, ("note", record.item.id), record.note)
        self._show_stored(self.resolution_edit, ("resolution", record.item.id), record.item.resolution)
        self.item.show_records(view, record.item.id)
        self.live_vote.show_item(view, record.item.id)

    def _show_stored(self, editor: QPlainTextEdit, key: tuple[str, str], stored: str) -> None:
        # Keep what the user is typing: only text not edited since the last store is replaced.
        # What is kept is based on the text stored last seen, so that stays the base of its next save: a
        # change made elsewhere meanwhile is then refused rather than overwritten.
        last = self._saved.get(key)
        if last is None or editor.toPlainText() == last or editor.property("item") != key[1]:
            self._set_text(editor, stored)
            self._saved[key] = stored
        editor.setProperty("item", key[1])

    def _set_text(self, editor: QPlainTextEdit, text: str) -> None:
        if editor.toPlainText() != text:
            was, self._filling = self._filling, True
            editor.setPlainText(text)
            self._filling = was

    def _on_tick(self) -> None:
        # The item's clock runs only while the meeting is open, from the later of the item's choosing and
        # the opening: an item chosen before the opening has not been discussed yet.
        view = self._view
        opened = view.minutes.started_at if view is not None and view.minutes is not None else None
        if (
            view is None
            or not self._meeting_on()
            or opened is None
            or self._current_item is None
            or self._item_started is None
        ):
            self.item.show_time(None, 0)
            return
        since = max(self._item_started, opened)
        elapsed = int((self._clock() - since).total_seconds())
        self.item.show_time(elapsed, view.item(self._current_item).item.duration_minutes)

    def _update_buttons(self) -> None:
        self.header.update_buttons(self._view)
        self.attendance.update_buttons(self.selected_attendee())
        self.item.update_buttons(self._current_item is not None, len(self.item_papers()))

    # -- selection -------------------------------------------------------------------------------------

    def selected_attendee(self) -> Attendee | None:
        return self.attendance.selected(self._view)

    def select_attendee(self, person_id: str) -> None:
        view = self._view
        if view is None:
            return
        for row, attendee in enumerate(view.attendees):
            if attendee.person.id == person_id:
                self.table.selectRow(row)
                return

    def select_item(self, item_id: str) -> None:
        for row in range(self.agenda_list.count()):
            if self.agenda_list.item(row).data(ID_ROLE) == item_id:
                self.agenda_list.setCurrentRow(row)
                return

    def _on_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.save_pending()
        self._set_current(current.data(ID_ROLE))
        self._filling = True
        try:
            self._render_item()
        finally:
            self._filling = False
        self._update_buttons()
        self._on_tick()
        self._update_chair()

    def _set_current(self, item_id: str) -> None:
        if item_id != self._current_item:
            self._current_item = item_id
            self._item_started = self._clock()
            if self._presented is not None and self._presented[0] not in {d.id for d in self.item_papers()}:
                self._end_presentation()  # the paper was this item's: the chair has moved on

    # -- the chair's place ------------------------------------------------------------------------------

    def chair_state(self) -> ChairState | None:
        return self._chair

    def item_papers(self) -> tuple[m.Document, ...]:
        """The papers of the current item."""
        view, item_id = self._view, self._current_item
        if view is None or item_id is None or not any(r.item.id == item_id for r in view.items):
            return ()
        return view.item(item_id).entry.documents

    def _meeting_on(self) -> bool:
        view = self._view
        return view is not None and view.started and not view.ended

    def _update_chair(self) -> None:
        """The chair's place from the current item and the paper presented: told to the projector and,
        while the meeting is open, posted to the members' laptops."""
        view, item_id = self._view, self._current_item
        state: ChairState | None = None
        if view is not None and item_id is not None:
            paper, page = self._presented if self._presented is not None else (None, None)
            state = ChairState(view.meeting.id, item_id, paper, page)
        if state != self._chair:
            self._chair = state
            self.chair_changed.emit(state)
        self._project()
        if state is not None and self._meeting_on() and not self._read_only and state != self._chair_sent:
            self._chair_sent = state
            self.poster.post(state)

    def _chair_not_sent(self, _message: str) -> None:
        self._chair_sent = None  # sent again at the next move or reload (the channel may be back by then)

    def repost_chair(self) -> None:
        """Send the chair's place again (the live channel is back after being down)."""
        self._chair_sent = None
        self._update_chair()

    def _choose_paper(self) -> None:
        papers = self.item_papers()
        if len(papers) == 1:
            self.present_paper(papers[0].id)
            return
        menu = QMenu(self)
        menu.setObjectName("presentPaperMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for paper in papers:
            action = menu.addAction(paper.name)
            action.triggered.connect(lambda _checked=False, i=paper.id: self.present_paper(i))
        menu.popup(self.present_button.mapToGlobal(self.present_button.rect().bottomLeft()))

    def present_paper(self, paper_id: str) -> PresenterWindow | None:
        """Open a paper of the current item in the presenter's window; its pages are the chair's."""
        paper = next((d for d in self.item_papers() if d.id == paper_id), None)
        if paper is None:
            return None
        if self.presenter is None:
            self.presenter = PresenterWindow(self._context.runner, self._services, self._context.sync, self)
            self.presenter.opened.connect(self._on_presenting)
            self.presenter.page_changed.connect(self._on_presented_page)
            self.presenter.closed.connect(self._on_presentation_closed)
        self.presenter.present(paper)
        self.presenter.show()
        self.presenter.activateWindow()
        return self.presenter

    def _on_presenting(self, paper_id: str) -> None:
        presenter = self.presenter
        self._presented = (paper_id, presenter.current_page() if presenter is not None else 0)
        self._update_chair()

    def _on_presented_page(self, page: int) -> None:
        if self._presented is not None:
            self._presented = (self._presented[0], page)
            self._update_chair()

    def _on_presentation_closed(self) -> None:
        self._presented = None
        self._update_chair()

    def _end_presentation(self) -> None:
        self._presented = None
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()  # its ``closed`` says the chair shows no paper

    def open_projector(self) -> ProjectorWindow:
        """The big-screen window, following the chair (on a second screen when there is one)."""
        if self.projector is None:
            self.projector = ProjectorWindow(self._context.runner, self._services, self._context.sync, self)
        self._project()
        self.projector.open_on_best_screen()
        return self.projector

    def projected(self) -> Projected | None:
        """What the projector shows of the chair's place."""
        view, state = self._view, self._chair
        if view is None or state is None or not any(r.item.id == state.item_id for r in view.items):
            return None
        record = view.item(state.item_id)
        presenter = view.people.get(record.item.presenter_id or "")
        paper = next((d for d in record.entry.documents if d.id == state.document_id), None)
        return Projected(
            f"{view.committee.short_name} {view.meeting.label} — {view.meeting.title}",
            record.entry.number,
            record.item.title,
            presenter.display_name if presenter is not None else "",
            paper,
            state.page if paper is not None else None,
        )

    def _project(self) -> None:
        if self.projector is not None:
            self.projector.show_projected(self.projected())

    # -- the live channel ------------------------------------------------------------------------------

    def on_live_event(self, event: p.LiveEvent) -> None:
        """An event of a meeting's live channel: a member's check-in marks them present or online from the
        event's time, as the check-in buttons would (one already in the meeting stays as recorded)."""
        if event.type != CHECKIN or self._read_only:
            return
        person_id, mode = event.data.get("person_id"), event.data.get("mode")
        attendance = {"present": m.Attendance.PRESENT, "online": m.Attendance.ONLINE}.get(str(mode))
        try:
            at = event.time()
        except ValueError:
            return
        if not isinstance(person_id, str) or attendance is None:
            return
        services, meeting_id = self._services, event.meeting_id

        def mark() -> tuple[str, Changes]:
            found = services.records.select(m.Invitation, meeting_id=meeting_id, person_id=person_id)
            if not found:
                return "", Changes()
            invitation = found[0]
            inside = invitation.attendance in m.ATTENDED and invitation.left_at is None
            if inside and invitation.attendance is not m.Attendance.LEFT_EARLY:
                return "", Changes()
            return invitation.id, services.session.check_in(invitation.id, attendance, at)

        def marked(result: tuple[str, Changes]) -> None:
            invitation_id, changes = result
            if changes:
                self._context.bus.publish(changes)
            if invitation_id:
                self.checked_in.emit(invitation_id)

        self._context.runner.write(mark, marked, lambda _e, message: self.failed.emit(message))

    # -- edits -----------------------------------------------------------------------------------------

    def _attendance_time(self) -> datetime:
        """The time in the time field on the meeting's day, in local time."""
        now = self._clock().astimezone()
        day = self._view.meeting.start.astimezone().date() if self._view is not None else now.date()
        t = self.time_edit.time()
        return now.replace(
            year=day.year,
            month=day.month,
            day=day.day,
            hour=t.hour(),
            minute=t.minute(),
            second=0,
            microsecond=0,
        )

    def _reset_time(self) -> None:
        now = self._clock().astimezone()
        self.time_edit.setTime(QTime(now.hour, now.minute))

    def _run(self, text: str, work: Callable[[], Changes]) -> None:
        self._history.run(text, work)

    def check_in(self, attendance: m.Attendance) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before = attendee.invitation
        at = self._attendance_time() if attendance is m.Attendance.LATE else self._clock()
        session = self._services.session
        self._run(
            self.tr("Check in {name}").format(name=attendee.person.display_name),
            lambda: session.check_in(before.id, attendance, at),
        )
        self._reset_time()

    def check_out(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before, at = attendee.invitation, self._attendance_time()
        session = self._services.session
        self._run(
            self.tr("Check out {name}").format(name=attendee.person.display_name),
            lambda: session.check_out(before.id, at),
        )
        self._reset_time()

    def mark_absent(self) -> None:
        attendee = self.selected_attendee()
        if attendee is None:
            return
        before, reason = attendee.invitation, self.absence_reason.text()
        session = self._services.session
        self._run(
            self.tr("Mark {name} absent").format(name=attendee.person.display_name),
            lambda: session.mark_absent(before.id, reason),
        )
        self.absence_reason.clear()

    def start_meeting(self) -> None:
        self._opening(self.tr("Open the meeting"), self._services.session.start)

    def end_meeting(self) -> None:
        self._opening(self.tr("Close the meeting"), self._services.session.end)

    def _opening(self, text: str, act: Callable[[str, datetime], Changes]) -> None:
        """Open or close at the current time; undo puts back the status and the times as they were."""
        view = self._view
        if view is None:
            return
        meeting_id, at = view.meeting.id, self._clock()
        self._run(text, lambda: act(meeting_id, at))

    def _on_reconvened(self, checked: bool) -> None:
        if self._filling or self._meeting_id is None:
            return
        meeting_id, session = self._meeting_id, self._services.session
        self._run(
            self.tr("Mark the meeting as reconvened")
            if checked
            else self.tr("Mark the meeting as not reconvened"),
            lambda: session.set_reconvened(meeting_id, checked),
        )

    def _on_text_edited(self) -> None:
        if not self._filling:
            self._save_timer.start()

    def save_pending(self) -> None:
        """Store notes and resolution typed but not yet stored (each an undoable step)."""
        self._save_timer.stop()
        session = self._services.session
        for field, editor, store, label in (
            ("note", self.notes_edit, session.set_note, self.tr("Edit the notes")),
            ("resolution", self.resolution_edit, session.set_resolution, self.tr("Edit the resolution")),
        ):
            item_id = editor.property("item")
            if not item_id:
                continue
            key = (field, str(item_id))
            text, before = editor.toPlainText(), self._saved.get(key, "")
            if text == before or (field == "resolution" and text.strip() == before):
                continue
            stored = text.strip() if field == "resolution" else text
            self._saved[key] = stored  # the base of the next save (a refused one reloads the screen)
            target = str(item_id)
            self._run(label, lambda s=store, t=target, x=text, b=before: s(t, x, base=b))  # type: ignore[misc]

    def use_phrase(self, phrase: str) -> None:
        """Put a quick phrase into the resolution, ready to be completed."""
        current = self.resolution_edit.toPlainText().strip()
        self.resolution_edit.setPlainText(
            f"{current} {phrase}".strip() if current and not is_phrase(current) else phrase
        )
        self.resolution_edit.moveCursor(self.resolution_edit.textCursor().MoveOperation.End)
        self.resolution_edit.setFocus()
        self.save_pending()

    def _remove_selected(self, widget: QListWidget, cls: type) -> None:
        row = widget.currentItem()
        if row is None:
            return
        entity_id = str(row.data(ID_ROLE))
        records = self._services.records
        self._run(self.tr("Remove {what}").format(what=row.text()), lambda: records.delete(cls, entity_id))

    # -- dialogs ---------------------------------------------------------------------------------------

    def _member_people(self, view: SessionView) -> list[m.Person]:
        """The voting members, in the order the meeting's language reads names."""
        members = [a.substitute_for or a.person for a in view.attendees if a.voting]
        return in_language_order(members, view.committee.language)

    def open_substitute_dialog(self) -> None:
        attendee, view = self.selected_attendee(), self._view
        if attendee is None or view is None:
            return
        invited = {a.person.id for a in view.attendees}
        dialog = SessionSubstituteDialog(
            attendee.person, self._people, [p for p in self._people if p.id not in invited], self
        )
        member_id, meeting_id = attendee.person.id, view.meeting.id
        session = self._services.session

        def accept() -> None:
            person, new = dialog.substitute()
            if person is None:
                return
            at = self._attendance_time()
            self._run(
                self.tr("Substitute for {name}").format(name=attendee.person.display_name),
                lambda: session.add_substitute(meeting_id, member_id, person, at, new_person=new),
            )

        self._open(dialog, accept)

    def open_vote_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        eligible = view.eligible_voters(item_id)
        voters = [(a.seat_id, attendee_name(a)) for a in view.attendees if a.voting and a.seat_id in eligible]
        dialog = VoteDialog(voters, self)
        dialog.question_edit.setText(view.item(item_id).item.title)
        meeting_id, session = view.meeting.id, self._services.session

        def accept() -> None:
            vote, choices = dialog.vote(meeting_id, item_id)
            self._run(
                self.tr("Record the vote {question}").format(question=vote.question),
                lambda: session.record_vote(vote, choices),
            )

        self._open(dialog, accept)

    def open_dissent_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        dialog = PersonTextDialog(self._member_people(view), self.tr("Dissent"), self.tr("Reasons"), self)
        session = self._services.session
        self._open_person_text(dialog, item_id, self.tr("Record a dissent"), session.add_dissent)

    def open_recusal_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        recused = {r.person_id for r in view.item(item_id).recusals}
        people = [p for p in self._member_people(view) if p.id not in recused]
        dialog = PersonTextDialog(people, self.tr("Conflict of interest"), self.tr("Reason"), self)
        session = self._services.session
        self._open_person_text(dialog, item_id, self.tr("Record a recusal"), session.recuse)

    def _open_person_text(
        self,
        dialog: PersonTextDialog,
        item_id: str,
        step: str,
        record: Callable[[str, str, str], Changes],
    ) -> None:
        """Open ``dialog``; once accepted with a person, ``record(item id, person id, text)`` is the undoable
        step ``step``."""

        def accept() -> None:
            person_id, text = dialog.person_combo.person_id(), dialog.text_edit.toPlainText()
            if person_id is None:
                return
            self._run(step, lambda: record(item_id, person_id, text))

        self._open(dialog, accept)

    def open_action_dialog(self) -> None:
        view, item_id = self._view, self._current_item
        if view is None or item_id is None:
            return
        dialog = ActionDialog(self._people, self._clock().date(), self)
        records = self._services.records
        meeting_id = view.meeting.id

        def accept() -> None:
            action = m.ActionItem(
                meeting_id,
                dialog.title_edit.text().strip(),
                item_id=item_id,
                assignee_id=dialog.person_combo.person_id(),
                due=dialog.due(),
            )
            self._run(
                self.tr("Add the action {title}").format(title=action.title), lambda: records.create(action)
            )

        self._open(dialog, accept)

    # -- language --------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def _retranslate(self) -> None:
        self.header.retranslate()
        self.attendance.retranslate()
        self.item.retranslate()
        tabs = self.item.records_tabs
        tabs.setTabText(tabs.count() - 1, self.tr("Vote on laptops"))
        tab_tooltips(tabs.tabBar())
        self._render()
