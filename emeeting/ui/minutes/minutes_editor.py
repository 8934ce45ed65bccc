"""The minutes editor: build the draft from the record, set the style and signatories, edit each item's
text, certify, and after certification record amendments and look at every frozen version.

Draft edits are undoable steps through the services; certification and amendments are deliberate acts
confirmed in a dialog (a certified text is frozen, so they are not undone).
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.minutes import NOT_HELD, MinutesView
from emeeting.ui.day.attendance_panel import attendance_label
from emeeting.ui.meeting.meeting_screen import MeetingScreen
from emeeting.ui.minutes.evidence_button import EvidenceButton
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.fields import DateTimeEdit, EnumCombo, PersonCombo, from_qdatetime, to_qdatetime
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.read_only import lock
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import SECTION, heading_font, icon

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VERSIONS_TAB = 2  # the tab of the certified versions and amendments
_NOT_CERTIFIABLE = NOT_HELD | {m.MeetingStatus.CANCELLED, m.MeetingStatus.IN_SESSION}


def _now() -> datetime:
    return datetime.now().astimezone()


def style_label(style: m.MinutesStyle) -> str:
    return {
        m.MinutesStyle.VERBATIM: QCoreApplication.translate("MinutesEditor", "Verbatim"),
        m.MinutesStyle.SUMMARY: QCoreApplication.translate("MinutesEditor", "Summary"),
        m.MinutesStyle.RESOLUTIONS_ONLY: QCoreApplication.translate("MinutesEditor", "Resolutions only"),
    }[style]


def method_label(method: m.CertificationMethod) -> str:
    return {
        m.CertificationMethod.SAME_MEETING: QCoreApplication.translate("MinutesEditor", "At this meeting"),
        m.CertificationMethod.NEXT_MEETING: QCoreApplication.translate(
            "MinutesEditor", "At the next meeting (agenda section 2)"
        ),
        m.CertificationMethod.CIRCULATION: QCoreApplication.translate(
            "MinutesEditor", "By circulation (แจ้งเวียน)"
        ),
    }[method]


class MinutesEmptyState(QWidget):
    """What the Minutes tab shows before there are minutes: how minutes are made, and the button that
    starts them (``start_button``). Its words are the minutes editor's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesEmptyState")
        self._held = False
        picture = plain_label(self)
        picture.setPixmap(icon("file-text").pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = plain_label(self)
        self.heading.setObjectName("minutesEmptyHeading")
        self.heading.setFont(heading_font(self.heading.font(), 1.2))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label = plain_label(self)
        self.text_label.setObjectName("minutesEmptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startMinutesButton")
        self.start_button.setIcon(icon("pencil"))
        # A column of readable width in the middle; the text wraps within it.
        column = QWidget(self)
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 90)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(SECTION)
        column_layout.addStretch(1)
        column_layout.addWidget(picture)
        column_layout.addWidget(self.heading)
        column_layout.addWidget(self.text_label)
        column_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column_layout.addStretch(2)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 4)
        layout.addStretch(1)
        self.retranslate()

    @property
    def held(self) -> bool:
        """Whether it speaks of a meeting held (the draft from its record) or one still to come."""
        return self._held

    def show_held(self, held: bool) -> None:
        """Whether the meeting has been held: its record makes the draft; before, the agenda does."""
        self._held = held
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("MinutesEditor", "No minutes yet"))
        if self._held:
            text = QCoreApplication.translate(
                "MinutesEditor",
                "Minutes are made from what the Meeting day recorded: who attended, and each item's notes, "
                "resolution and votes. Make the draft from that record, edit each item's text, then "
                "certify the minutes.",
            )
            button = QCoreApplication.translate("MinutesEditor", "Make the draft minutes")
        else:
            text = QCoreApplication.translate(
                "MinutesEditor",
                "This meeting has not been held yet. Its minutes are made from what the Meeting day records: "
                "who attends, and each item's notes, resolution and votes. After the meeting, make the draft "
                "here, edit each item's text, then certify the minutes. A draft can already be prepared from "
                "the agenda.",
            )
            button = QCoreApplication.translate("MinutesEditor", "Prepare a draft from the agenda")
        self.text_label.setText(text)
        self.start_button.setText(button)


class MinutesEditor(FollowsLanguage, MeetingScreen[MinutesView]):
    """The minutes of one meeting; ``show_meeting(id)`` picks it, ``loaded`` fires after each read is
    shown, ``failed(message)`` when a step or a read is refused."""

    KINDS = (
        Kind.MEETING,
        Kind.COMMITTEE,
        Kind.PERSON,
        Kind.AGENDA_ITEM,
        Kind.INVITATION,
        Kind.MINUTES,
        Kind.MINUTES_ENTRY,
        Kind.MINUTES_VERSION,
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
        self.setObjectName("minutesEditor")
        self._item_id: str | None = None
        self._saved: dict[str, str] = {}  # item id → text last stored

        self.status_label = plain_label(self)
        self.status_label.setObjectName("minutesStatus")
        self.status_label.setWordWrap(True)
        self.style_combo = EnumCombo(m.MinutesStyle, style_label, parent=self)
        self.style_combo.setObjectName("styleCombo")
        self.taker_combo = PersonCombo(lambda: self.tr("Not named"), self)
        self.taker_combo.setObjectName("takerCombo")
        self.checker_combo = PersonCombo(lambda: self.tr("Not named"), self)
        self.checker_combo.setObjectName("checkerCombo")
        self.generate_button = QPushButton(self)
        self.generate_button.setObjectName("generateButton")
        self.certify_button = QPushButton(self)
        self.certify_button.setObjectName("certifyButton")
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amendButton")
        # The evidence the e-Meeting Decree asks for: read only, so offered whatever the minutes' state.
        self.evidence_button = EvidenceButton(context, lambda: self._meeting_id, self)
        self.style_label, self.taker_label, self.checker_label = (plain_label(self) for _ in range(3))
        self.form = QFormLayout()
        self.form.addRow(self.style_label, self.style_combo)
        self.form.addRow(self.taker_label, self.taker_combo)
        self.form.addRow(self.checker_label, self.checker_combo)
        name_fields(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.certify_button)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.evidence_button)

        self.items_list = QListWidget(self)
        self.items_list.setObjectName("minutesItems")
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full title is the tooltip
        self.entry_edit = QPlainTextEdit(self)
        self.entry_edit.setObjectName("entryEdit")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("minutesPreview")
        self.preview.setReadOnly(True)
        self.versions_list = QListWidget(self)
        self.versions_list.setObjectName("versionsList")
        self.version_text = QPlainTextEdit(self)
        self.version_text.setObjectName("versionText")
        self.version_text.setReadOnly(True)
        self.version_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hash_label = plain_label(self)
        self.hash_label.setObjectName("certifiedHash")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        versions = QWidget(self)
        versions_layout = QVBoxLayout(versions)
        versions_layout.addWidget(self.hash_label)
        versions_split = QSplitter(Qt.Orientation.Horizontal, versions)
        versions_split.addWidget(self.versions_list)
        versions_split.addWidget(self.version_text)
        versions_split.setStretchFactor(1, 3)
        versions_layout.addWidget(versions_split, 1)

        edit_split = QSplitter(Qt.Orientation.Horizontal, self)
        edit_split.addWidget(self.items_list)
        edit_split.addWidget(self.entry_edit)
        edit_split.setStretchFactor(1, 3)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("minutesTabs")
        self.tabs.addTab(edit_split, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.addTab(versions, "")
        # Before there are minutes: how they are made, in place of the empty editing tabs.
        self.empty_state = MinutesEmptyState(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.empty_state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.pages, 1)

        self.generate_button.clicked.connect(self.generate)
        self.empty_state.start_button.clicked.connect(self.generate)
        self.certify_button.clicked.connect(self.open_certify_dialog)
        self.amend_button.clicked.connect(self.open_amend_dialog)
        self.style_combo.currentIndexChanged.connect(self._on_details_changed)
        self.taker_combo.currentIndexChanged.connect(self._on_details_changed)
        self.checker_combo.currentIndexChanged.connect(self._on_details_changed)
        self.items_list.currentItemChanged.connect(self._on_item_changed)
        self.entry_edit.textChanged.connect(self._on_entry_edited)
        self.versions_list.currentRowChanged.connect(self._show_version)
        self._retranslate()

    # -- loading ---------------------------------------------------------------------------------------

    def _read(self, meeting_id: str) -> Callable[[], tuple[MinutesView, list[m.Person]]]:
        services = self._services

        def read() -> tuple[MinutesView, list[m.Person]]:
            people = services.records.select(m.Person, order_by=("first_name", "last_name", "id"))
            return services.minutes.view(meeting_id), people

        return read

    def _meeting_of(self, view: MinutesView) -> str:
        return view.record.bundle.meeting.id

    def _forget(self) -> None:
        self._item_id = None
        self._saved.clear()

    def _editing_widgets(self) -> list[QWidget]:
        return [
            self.style_combo, self.taker_combo, self.checker_combo, self.generate_button, self.certify_button,
            self.amend_button, self.entry_edit, self.empty_state.start_button,
        ]  # fmt: skip

    # -- showing ---------------------------------------------------------------------------------------

    def _render(self) -> None:
        view = self._view
        self._filling = True
        try:
            self.setEnabled(view is not None)
            minutes = view.minutes if view is not None else None
            self.style_combo.set_value(minutes.style if minutes else m.MinutesStyle.SUMMARY)
            self.taker_combo.set_people(self._people, minutes.taker_id if minutes else None)
            self.checker_combo.set_people(self._people, minutes.checker_id if minutes else None)
            self.taker_combo.set_person(minutes.taker_id if minutes else None)
            self.checker_combo.set_person(minutes.checker_id if minutes else None)
            self._render_items(view)
            self._render_entry()
            self.preview.setPlainText(view.shown_text if view is not None else "")  # certified: as frozen
            self._render_versions(view)
            self.status_label.setText(self._status_text(view))
            self._show_page(view)
        finally:
            self._filling = False
        self._update_buttons()

    def _show_page(self, view: MinutesView | None) -> None:
        """The editing tabs once there is a draft (or certified minutes); before, how minutes are made."""
        empty = view is not None and not view.entries and not view.certified
        if empty and view is not None:
            status = view.record.bundle.meeting.status
            self.empty_state.show_held(status not in NOT_HELD and status is not m.MeetingStatus.CANCELLED)
        self.pages.setCurrentWidget(self.empty_state if empty else self.tabs)
        self.status_label.setHidden(empty)  # the empty state says it at more length

    def _status_text(self, view: MinutesView | None) -> str:
        if view is None:
            return self.tr("No meeting selected")
        minutes = view.minutes
        if view.certified and minutes is not None and minutes.certification_method is not None:
            text = self.tr("Certified {when} ({method}). Changes are recorded as amendments.").format(
                when=labels.short_date_time(minutes.certified_at) if minutes.certified_at else "",
                method=method_label(minutes.certification_method),
            )
            if view.changed_since_frozen:
                text += " " + self.tr("The record has changed since the last frozen version.")
            return text
        if not view.entries:
            return self.tr("No draft yet: generate it from what was recorded at the meeting.")
        return self.tr("Draft")

    def _render_items(self, view: MinutesView | None) -> None:
        self.items_list.blockSignals(True)
        self.items_list.clear()
        if view is not None:
            for item in view.record.bundle.items:
                depth = view.numbers[item.id].count(".")
                title = f"{view.numbers[item.id]} {item.title}"
                row = QListWidgetItem("    " * depth + title)
                row.setToolTip(title)
                row.setData(ID_ROLE, item.id)
                self.items_list.addItem(row)
                if item.id == self._item_id:
                    self.items_list.setCurrentItem(row)
            if self._item_id is None and self.items_list.count():
                self.items_list.setCurrentRow(0)
                self._item_id = str(self.items_list.item(0).data(ID_ROLE))
        self.items_list.blockSignals(False)

    def _render_entry(self) -> None:
        view, item_id = self._view, self._item_id
        if view is None or item_id is None:
            self.entry_edit.setPlainText("")
            return
        stored = view.entries.get(item_id, "")
        last = self._saved.get(item_id)
        typing = last is not None and self.entry_edit.toPlainText() != last
        moved = self.entry_edit.property("item") != item_id
        if not typing or moved:
            if self.entry_edit.toPlainText() != stored:
                self.entry_edit.setPlainText(stored)
            # Text being typed stays based on the text stored when typing began: a change made elsewhere
            # meanwhile is then refused on its next save rather than overwritten.
            self._saved[item_id] = stored
        self.entry_edit.setProperty("item", item_id)

    def _render_versions(self, view: MinutesView | None) -> None:
        row = self.versions_list.currentRow()
        self.versions_list.blockSignals(True)
        self.versions_list.clear()
        versions = view.versions if view is not None else ()
        for version in versions:
            when = view.version_times.get(version.id) if view is not None else None
            stamp = labels.short_date_time(when) if when else ""
            if version.number == 0:
                text = self.tr("Certified version — {when}").format(when=stamp)
            else:
                text = self.tr("Amendment {n} — {when}: {reason}").format(
                    n=version.number, when=stamp, reason=version.reason
                )
            self.versions_list.addItem(text)
        self.versions_list.blockSignals(False)
        if versions:
            self.versions_list.setCurrentRow(min(max(row, 0), len(versions) - 1))
            self._show_version(self.versions_list.currentRow())
        else:
            self.version_text.setPlainText("")
        minutes = view.minutes if view is not None else None
        if minutes is not None and minutes.certified_sha256:
            self.hash_label.setText(
                self.tr("SHA-256 of the certified text: {hash}").format(hash=minutes.certified_sha256)
            )
        else:
            self.hash_label.setText(self.tr("Not certified yet"))

    def _show_version(self, row: int) -> None:
        view = self._view
        if view is None or not 0 <= row < len(view.versions):
            self.version_text.setPlainText("")
            return
        version = view.versions[row]
        if row == 0:
            self.version_text.setPlainText(version.text)
            return
        previous = view.versions[row - 1]
        diff = difflib.unified_diff(
            previous.text.splitlines(),
            version.text.splitlines(),
            fromfile=self.tr("version {n}").format(n=previous.number),
            tofile=self.tr("version {n}").format(n=version.number),
            lineterm="",
        )
        self.version_text.setPlainText("\n".join(diff))

    def _update_buttons(self) -> None:
        view = self._view
        certified = view is not None and view.certified
        # Minutes are certified once the meeting has been held and closed (the service says why otherwise).
        held = view is not None and view.record.bundle.meeting.status not in _NOT_CERTIFIABLE
        self.generate_button.setEnabled(view is not None and not certified)
        self.empty_state.start_button.setEnabled(self.generate_button.isEnabled())
        self.certify_button.setEnabled(view is not None and not certified and bool(view.entries) and held)
        self.amend_button.setEnabled(certified)
        self.evidence_button.setEnabled(view is not None and not self.evidence_button.writing)
        for widget in (self.style_combo, self.taker_combo, self.checker_combo):
            widget.setEnabled(view is not None and not certified)
        # Certified text takes no typing: text typed there would be kept nowhere. An amendment's dialog
        # edits the item's text instead.
        self.entry_edit.setReadOnly(certified)
        if self._read_only:
            lock(self._editing_widgets(), True)

    # -- edits -----------------------------------------------------------------------------------------

    def generate(self) -> None:
        """Build the draft in the chosen style; undo puts back the draft as it was (refused when the
        generated text was edited since, elsewhere too)."""
        view, meeting_id = self._view, self._meeting_id
        if view is None or meeting_id is None:
            return
        self.save_pending()
        style = self.style_combo.value() or m.MinutesStyle.SUMMARY
        minutes = self._services.minutes
        self._saved.clear()
        self._history.run(self.tr("Generate the draft minutes"), lambda: minutes.draft(meeting_id, style))

    def _on_details_changed(self) -> None:
        view, meeting_id = self._view, self._meeting_id
        if self._filling or view is None or meeting_id is None:
            return
        style = self.style_combo.value() or m.MinutesStyle.SUMMARY
        taker, checker = self.taker_combo.person_id(), self.checker_combo.person_id()
        minutes = view.minutes
        old = (
            (minutes.style, minutes.taker_id, minutes.checker_id)
            if minutes is not None
            else (m.MinutesStyle.SUMMARY, None, None)
        )
        if (style, taker, checker) == old:
            return
        service = self._services.minutes
        new = (style, taker, checker)
        # Based on what the form showed: an older form would otherwise put back all three settings.
        self._history.run(
            self.tr("Change the minutes' settings"),
            lambda: service.set_details(meeting_id, *new, base=old),
        )

    def _on_item_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        self.save_pending()
        self._item_id = str(current.data(ID_ROLE))
        self._filling = True
        try:
            self._render_entry()
        finally:
            self._filling = False

    def select_item(self, item_id: str) -> None:
        for row in range(self.items_list.count()):
            if self.items_list.item(row).data(ID_ROLE) == item_id:
                self.items_list.setCurrentRow(row)
                return

    def select_version(self, number: int) -> bool:
        """Show certified version ``number`` (0: as certified, n: amendment n) on the versions tab."""
        versions = self._view.versions if self._view is not None else ()
        row = next((i for i, v in enumerate(versions) if v.number == number), -1)
        if row < 0:
            return False
        self.tabs.setCurrentIndex(VERSIONS_TAB)
        self.versions_list.setCurrentRow(row)
        return True

    def _on_entry_edited(self) -> None:
        if not self._filling and self._view is not None and not self._view.certified:
            self._save_timer.start()

    def save_pending(self) -> None:
        """Store the item text typed but not yet stored (draft minutes; certified ones take an amendment)."""
        self._save_timer.stop()
        view, meeting_id = self._view, self._meeting_id
        item_id = self.entry_edit.property("item")
        if view is None or meeting_id is None or not item_id or view.certified:
            return
        item_id = str(item_id)
        text, before = self.entry_edit.toPlainText(), self._saved.get(item_id, "")
        if text == before:
            return
        self._saved[item_id] = text  # the base of the next save (a refused one reloads the screen)
        service = self._services.minutes
        self._history.run(
            self.tr("Edit the minutes"),
            lambda: service.set_entry(meeting_id, item_id, text, base=before),
        )

    # -- certification and amendments ------------------------------------------------------------------

    def _write(self, work: Callable[[], Changes]) -> None:
        self._history.runner.write(
            work, self._history.bus.publish, lambda _e, message: self._refused(message)
        )

    def _refused(self, message: str) -> None:
        self.failed.emit(message)
        self._history.failed.emit(message)  # the window shows it, as for any refused step

    def open_certify_dialog(self) -> None:
        meeting_id = self._meeting_id
        if meeting_id is None:
            return
        self.save_pending()
        dialog = CertifyDialog(self)
        service = self._services.minutes

        def accept() -> None:
            method = dialog.method_combo.value() or m.CertificationMethod.SAME_MEETING
            at = self._clock()
            self._write(lambda: service.certify(meeting_id, method, at))

        self._open(dialog, accept)

    def open_amend_dialog(self) -> None:
        view, meeting_id, item_id = self._view, self._meeting_id, self._item_id
        if view is None or meeting_id is None:
            return
        stored = view.entries.get(item_id, "") if item_id is not None else None
        dialog = AmendDialog(_attendees(view), self, day=view.record.bundle.meeting.start, item_text=stored)
        service = self._services.minutes

        def accept() -> None:
            text = dialog.item_edit.toPlainText()
            changed = {item_id: text} if item_id is not None and text != stored else {}
            reason, corrections = dialog.reason_edit.text(), dialog.corrections()
            self._saved.clear()
            self._write(lambda: service.amend(meeting_id, reason, changed, corrections=corrections))

        self._open(dialog, accept)

    # -- language --------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.style_label.setText(self.tr("Style"))
        self.taker_label.setText(self.tr("Minutes taken by"))
        self.checker_label.setText(self.tr("Minutes checked by"))
        self.generate_button.setText(self.tr("Generate the draft from the record"))
        self.certify_button.setText(self.tr("Certify…"))
        self.amend_button.setText(self.tr("Record an amendment…"))
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Whole minutes"))
        self.tabs.setTabText(VERSIONS_TAB, self.tr("Certified versions and amendments"))
        # The audit trail's name for it, translated once.
        self.entry_edit.setAccessibleName(QCoreApplication.translate("AuditDialog", "Minutes text"))
        self.empty_state.retranslate()
        self._render()


def _attendees(view: MinutesView) -> list[tuple[m.Invitation, str]]:
    """The meeting's invitations by name, a substitute as "… แทน …" (as the minutes list them)."""
    attendees = [(inv, view.record.invitee_name(inv)) for inv in view.record.bundle.invitations]
    return sorted(attendees, key=lambda pair: (pair[1], pair[0].id))


class CertifyDialog(QDialog):
    """How the minutes are certified; certifying freezes them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certifyDialog")
        self.setWindowTitle(self.tr("Certify the minutes"))
        explanation = plain_label(self)
        explanation.setWordWrap(True)
        explanation.setText(
            self.tr(
                "Certified minutes are frozen and their SHA-256 is kept; later changes become amendments."
            )
        )
        self.method_combo = EnumCombo(m.CertificationMethod, method_label, parent=self)
        self.buttons = dialog_buttons(self)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Certified"), self.method_combo)
        form.addRow(self.buttons)


class AmendDialog(QDialog):
    """The reason for an amendment and, when the record itself was wrong, corrections to attendees'
    attendance (the common one: a wrong arrival time), made in the same step as the new frozen version.

    ``attendees``: the meeting's invitations with the name each is shown by; ``day``: when the meeting
    began, the time first offered for someone with no time recorded. Several attendees may be corrected:
    switching to another keeps what was set for the one before.
    """

    def __init__(
        self,
        attendees: Sequence[tuple[m.Invitation, str]] = (),
        parent: QWidget | None = None,
        *,
        day: datetime | None = None,
        item_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._day = day
        self.setObjectName("amendDialog")
        self.setWindowTitle(self.tr("Record an amendment"))
        self._original = {inv.id: inv for inv, _name in attendees}
        self._names = {inv.id: name for inv, name in attendees}
        self._edited: dict[str, m.Invitation] = {}  # invitation id → as corrected here
        self._shown: str | None = None  # the invitation the fields show

        self.reason_edit = QLineEdit(self)
        # The selected item's text, to change with this amendment (None: no item is selected).
        self.item_edit = QPlainTextEdit(self)
        self.item_edit.setObjectName("amendItemText")
        self.item_edit.setPlainText(item_text or "")
        self.correct_box = QGroupBox(self.tr("Also correct an attendee's attendance"), self)
        self.correct_box.setObjectName("correctAttendance")
        self.correct_box.setCheckable(True)
        self.correct_box.setChecked(False)
        self.attendee_combo = QComboBox(self.correct_box)
        for inv, name in attendees:
            self.attendee_combo.addItem(name, inv.id)
        self.attendance_combo = EnumCombo(m.Attendance, attendance_label, parent=self.correct_box)
        self.arrived_check = QCheckBox(self.tr("Arrived at"), self.correct_box)
        self.arrived_edit = DateTimeEdit(self.correct_box)
        self.left_check = QCheckBox(self.tr("Left at"), self.correct_box)
        self.left_edit = DateTimeEdit(self.correct_box)
        self.corrected_label = plain_label(self.correct_box)
        self.corrected_label.setWordWrap(True)
        fields = QFormLayout(self.correct_box)
        fields.addRow(self.tr("Attendee"), self.attendee_combo)
        fields.addRow(self.tr("Attendance"), self.attendance_combo)
        fields.addRow(self.arrived_check, self.arrived_edit)
        fields.addRow(self.left_check, self.left_edit)
        fields.addRow(self.corrected_label)
        name_fields(fields)
        self.correct_box.setEnabled(bool(attendees))

        self.buttons = dialog_buttons(self)
        self.reason_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Reason"), self.reason_edit)
        if item_text is not None:
            form.addRow(self.tr("Text of the selected item"), self.item_edit)
        else:
            self.item_edit.hide()
        form.addRow(self.correct_box)
        form.addRow(self.buttons)

        self.attendee_combo.currentIndexChanged.connect(lambda _i: self._show_attendee())
        for signal in (
            self.attendance_combo.currentIndexChanged,
            self.arrived_check.toggled,
            self.arrived_edit.dateTimeChanged,
            self.left_check.toggled,
            self.left_edit.dateTimeChanged,
        ):
            signal.connect(lambda *_args: self._on_edited())
        self._show_attendee()

    def select_attendee(self, invitation_id: str) -> None:
        self.attendee_combo.setCurrentIndex(max(self.attendee_combo.findData(invitation_id), 0))

    def corrections(self) -> list[m.Invitation]:
        """The invitations as corrected, those that differ from the record (none unless asked for)."""
        return self._changed() if self.correct_box.isChecked() else []

    def _show_attendee(self) -> None:
        inv_id = self.attendee_combo.currentData()
        self._shown = None  # the fields are being filled, not edited
        if inv_id is not None:
            inv = self._edited.get(str(inv_id), self._original[str(inv_id)])
            self.attendance_combo.set_value(inv.attendance)
            default = inv.arrived_at or inv.left_at or self._day or datetime.now().astimezone()
            self.arrived_check.setChecked(inv.arrived_at is not None)
            self.arrived_edit.setDateTime(to_qdatetime(inv.arrived_at or default))
            self.left_check.setChecked(inv.left_at is not None)
            self.left_edit.setDateTime(to_qdatetime(inv.left_at or default))
            self._shown = str(inv_id)
        self._update_fields()

    def _on_edited(self) -> None:
        if self._shown is not None:
            original = self._original[self._shown]
            attended = self.attendance_combo.value() in m.ATTENDED
            self._edited[self._shown] = dataclasses.replace(
                original,
                attendance=self.attendance_combo.value() or original.attendance,
                arrived_at=_edited_time(self.arrived_check, self.arrived_edit, original.arrived_at, attended),
                left_at=_edited_time(self.left_check, self.left_edit, original.left_at, attended),
            )
        self._update_fields()

    def _update_fields(self) -> None:
        # Someone absent (or not recorded) has no times: the minutes list them as absent.
        attended = self.attendance_combo.value() in m.ATTENDED
        for check, edit in ((self.arrived_check, self.arrived_edit), (self.left_check, self.left_edit)):
            check.setEnabled(attended)
            edit.setEnabled(attended and check.isChecked())
        names = [self._names[inv.id] for inv in self._changed()]
        self.corrected_label.setText(
            self.tr("Corrected: {names}").format(names=", ".join(names)) if names else ""
        )

    def _changed(self) -> list[m.Invitation]:
        return [inv for inv_id, inv in self._edited.items() if inv != self._original[inv_id]]


def _edited_time(
    check: QCheckBox, edit: QDateTimeEdit, stored: datetime | None, attended: bool
) -> datetime | None:
    """The time set in the dialog; the stored one (seconds and zone) while its minute is not changed."""
    if not attended or not check.isChecked():
        return None
    edited = from_qdatetime(edit.dateTime())
    if stored is not None and stored.replace(second=0, microsecond=0) == edited.replace(
        second=0, microsecond=0
    ):
        return stored
    return edited
