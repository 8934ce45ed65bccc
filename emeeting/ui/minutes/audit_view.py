"""The audit trail of a meeting: who did what and when, old → new, with a filter, and a clear line when the
hash chain that guards the trail is broken (services.audit, storage.audit_chain)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.services.audit import AuditEntry, AuditTrail, FieldChange
from emeeting.storage.audit_chain import BreakKind, ChainBreak
from emeeting.ui.day.attendance_panel import attendance_label
from emeeting.ui.minutes.minutes_editor import method_label
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.form_rows import find_label, find_text
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.screen_fit import resize_within_screen
from emeeting.ui.widgets.style import Tone, ToneLabel, tone_text_colour
from emeeting.ui.widgets.task_runner import LatestRead

WHEN, WHO, ACTION, WHAT, CHANGE = range(5)


class AuditDialog(FollowsLanguage, QDialog):
    """The trail of one meeting and of everything in it; reloads when the store changes.

    ``loaded(count)`` fires each time the trail is on screen (count: the entries listed).
    """

    loaded = Signal(int)

    def __init__(
        self,
        context: UiContext,
        meeting_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self._services = context.services
        self._reads = LatestRead(context.runner)
        self._meeting_id = meeting_id
        self._trail: AuditTrail | None = None

        self.chain_label = ToneLabel(self)
        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 5, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)  # any column: who, what, old or new value
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(True)
        for column in (WHEN, WHO, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(WHAT, 280)
        self.count_label = plain_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        filter_row = QHBoxLayout()
        self.filter_label = find_label(self.filter_edit)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chain_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 960, 600)

        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        context.bus.changed.connect(self._on_changes)
        self._retranslate()
        self.reload()

    # -- loading -------------------------------------------------------------------------------------------

    def reload(self) -> None:
        meeting_id = self._meeting_id
        trail = self._services.audit.trail
        self._reads.read(lambda: trail(meeting_id), self._show, self._failed)

    def _on_changes(self, _changes: Changes) -> None:
        self.reload()  # any change may add to the trail of this meeting

    def _failed(self, _error: BaseException, message: str) -> None:
        text = self.tr("The audit trail could not be read: {message}").format(message=message)
        self._set_chain_text(text, True)

    def _show(self, trail: AuditTrail) -> None:
        self._trail = trail
        self.model.removeRows(0, self.model.rowCount())
        for entry in reversed(trail.entries):  # the newest first: "who changed this?" is about the latest
            self.model.appendRow(self._row(entry))
        self._show_chain()
        self._update_count()
        self.loaded.emit(len(trail.entries))

    def _row(self, entry: AuditEntry) -> list[QStandardItem]:
        what = self._names.kinds.get(entry.kind, entry.kind) + (f" “{entry.label}”" if entry.label else "")
        change = "\n".join(self._change(c, entry.kind) for c in entry.changes) or entry.note
        cells = [
            labels.short_date_time(entry.at),
            entry.actor,
            self._names.actions.get(entry.action, entry.action),
            what,
            change,
        ]
        items = []
        for text in cells:
            item = QStandardItem(text)
            item.setEditable(False)
            item.setToolTip(text)
            items.append(item)
        items[WHEN].setData(entry.seq, Qt.ItemDataRole.UserRole)
        if entry.suspect:
            for item in items:
                item.setForeground(QBrush(tone_text_colour(Tone.BAD, self.palette())))
            items[WHEN].setToolTip(self.tr("Event {seq} does not match the hash chain").format(seq=entry.seq))
        return items

    def _change(self, change: FieldChange, kind: str) -> str:
        return self.tr("{field}: {old} → {new}").format(
            field=self._names.fields.get(change.field, change.field),
            old=_shown(change.old, kind, change.field),
            new=_shown(change.new, kind, change.field),
        )

    def _show_chain(self) -> None:
        if self._trail is None:
            return
        chain = self._trail.chain
        if chain.intact:
            head = chain.head
            text = self.tr(
                "The audit trail is intact: its hash chain of {count} event(s) holds (last event {seq})."
            ).format(count=chain.events, seq=head.seq if head else 0)
            self._set_chain_text(text, False)
            return
        first = chain.breaks[0]
        self._set_chain_text(
            self.tr(
                "The audit trail has been tampered with: {problem} ({count} problem(s) in all; "
                "`emeeting check` lists them). Entries in red do not match the chain."
            ).format(problem=self._break(first), count=len(chain.breaks)),
            True,
        )

    def _set_chain_text(self, text: str, broken: bool) -> None:
        self.chain_label.setText(text)
        self.chain_label.setProperty("broken", broken)
        self.chain_label.set_tone(Tone.BAD if broken else None)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    # -- words ---------------------------------------------------------------------------------------------

    def _break(self, problem: ChainBreak) -> str:
        when = labels.short_date_time(problem.at) if problem.at is not None else "–"
        span = str(problem.seq) if problem.last_seq == problem.seq else f"{problem.seq}–{problem.last_seq}"
        texts = {
            BreakKind.ALTERED: self.tr("event {span} ({when}) was changed after it was recorded"),
            BreakKind.RELINKED: self.tr(
                "event {span} ({when}) does not follow the event before it: that event was replaced"
            ),
            BreakKind.MISSING: self.tr("event(s) {span}, before {when}, were deleted"),
            BreakKind.FOREIGN: self.tr("an event ({when}) was inserted by hand"),
            BreakKind.TRUNCATED: self.tr("event(s) {span} at the end, after {when}, were deleted"),
            BreakKind.BEYOND_HEAD: self.tr("event(s) {span} were added after the last recorded event"),
            BreakKind.HEAD_MISMATCH: self.tr("the last event {span} is not the one recorded as the last"),
            BreakKind.NO_HEAD: self.tr("the record of the last event is missing"),
            BreakKind.ANCHOR: self.tr(
                "event {span}, the last when minutes were certified ({when}), is gone or changed"
            ),
        }
        return texts[problem.kind].format(span=span, when=when)

    def _kind_names(self) -> dict[str, str]:
        return {
            Kind.COMMITTEE: self.tr("Committee"),
            Kind.PERSON: self.tr("Person"),
            Kind.MEMBERSHIP: self.tr("Membership"),
            Kind.MEETING: self.tr("Meeting"),
            Kind.AGENDA_ITEM: self.tr("Agenda item"),
            Kind.RECUSAL: self.tr("Recusal"),
            Kind.DOCUMENT: self.tr("Document"),
            Kind.INVITATION: self.tr("Invitation"),
            Kind.VOTE: self.tr("Vote"),
            Kind.BALLOT: self.tr("Ballot"),
            Kind.DISSENT: self.tr("Dissent"),
            Kind.ACTION_ITEM: self.tr("Action item"),
            Kind.MINUTES: self.tr("Minutes"),
            Kind.MINUTES_ENTRY: self.tr("Minutes text"),
            Kind.ITEM_NOTE: self.tr("Item note"),
            Kind.MINUTES_VERSION: self.tr("Frozen minutes version"),
        }

    def _action_names(self) -> dict[str, str]:
        return {
            "create": self.tr("created"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "restore": self.tr("restored"),
            "move": self.tr("moved"),
            "certify": self.tr("certified"),
            "amend": self.tr("amended"),
            "import": self.tr("imported"),
        }

    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("title"),
            "place": self.tr("place"),
            "start": self.tr("start"),
            "end": self.tr("end"),
            "status": self.tr("status"),
            "position": self.tr("position"),
            "parent_id": self.tr("under"),
            "resolution": self.tr("resolution"),
            "text": self.tr("text"),
            "name": self.tr("name"),
            "rsvp": self.tr("reply"),
            "attendance": self.tr("attendance"),
            "secrecy": self.tr("secrecy"),
            "urgency": self.tr("urgency"),
            "person_id": self.tr("person"),
            "presenter_id": self.tr("presenter"),
            "certification_method": self.tr("certified by"),
            "certified_at": self.tr("certified at"),
            "minutes_id": self.tr("minutes"),
        }

    # -- language ------------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        # Named once per language, not once per row: a store's trail may hold many thousands of events.
        self._names = _Names(self._kind_names(), self._action_names(), self._field_names())
        self.setWindowTitle(self.tr("Audit trail"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by person, item, value…"))
        self.filter_label.setText(find_text())
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"), self.tr("Old → new")]
        )
        if self._trail is not None:
            self._show(self._trail)
        else:
            self._set_chain_text(self.tr("Reading the audit trail…"), False)
        self._update_count()


@dataclass(frozen=True)
class _Names:
    """The translated names of record kinds, actions and fields, in the dialog's current language."""

    kinds: dict[str, str]
    actions: dict[str, str]
    fields: dict[str, str]


def _shown(value: str | datetime, kind: str, field: str) -> str:
    """A value as the rest of the UI writes it: times in local time, statuses and classes by their names."""
    if isinstance(value, datetime):
        return labels.short_date_time(value)
    try:
        if field == "status" and kind == Kind.MEETING:
            return labels.status_label(m.MeetingStatus(value))
        if field == "status" and kind == Kind.MINUTES:
            return _minutes_status(m.MinutesStatus(value))
        if field == "certification_method":
            return method_label(m.CertificationMethod(value))
        if field == "rsvp":
            return labels.reply_label(m.Rsvp(value))
        if field == "attendance":
            return attendance_label(m.Attendance(value))
        if field == "secrecy":
            return labels.secrecy_label(m.Secrecy(value))
        if field == "urgency":
            return labels.urgency_label(m.Urgency(value))
    except ValueError:  # a value from an older or newer version: shown as it was recorded
        pass
    return " ".join(value.split())


def _minutes_status(status: m.MinutesStatus) -> str:
    if status is m.MinutesStatus.CERTIFIED:
        return QCoreApplication.translate("AuditDialog", "certified")
    return QCoreApplication.translate("AuditDialog", "draft")
