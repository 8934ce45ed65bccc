"""The annotation tools over a paper in the reader (read, highlight, underline, ink, sticky note, and a
few fixed colours) and the small dialog that asks for a sticky note's text and who sees it."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from emeeting.domain import model as m
from emeeting.domain.validation import MAX_ANNOTATION_TEXT
from emeeting.ui.widgets.buttons import dialog_buttons
from emeeting.ui.widgets.form_rows import name_fields
from emeeting.ui.widgets.language import FollowsLanguage
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import INLINE_ICON, MARK_COLOURS, icon


class Tool(StrEnum):
    READ = "read"
    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"
    INK = "ink"
    STICKY = "sticky"


TOOL_ICONS = {
    Tool.READ: "mouse-pointer-2",
    Tool.HIGHLIGHT: "highlighter",
    Tool.UNDERLINE: "underline",
    Tool.INK: "pen-tool",
    Tool.STICKY: "sticky-note",
}

# The colours a reader can choose from: few, distinct, and readable under black text when translucent.
COLORS = MARK_COLOURS


def swatch(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(160))
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class MarkTools(FollowsLanguage, QToolBar):
    """``tool_changed(tool)`` when another tool is chosen. Esc (anywhere in the widget the Read action is
    added to) returns to reading."""

    tool_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerMarkTools")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(INLINE_ICON, INLINE_ICON))
        self._tools = QActionGroup(self)
        self._tools.setExclusive(True)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool in Tool:
            action = QAction(icon(TOOL_ICONS[tool]), "", self)
            action.setObjectName(f"markTool_{tool.value}")
            action.setCheckable(True)
            action.setData(tool.value)
            self._tools.addAction(action)
            self.addAction(action)
            self.tool_actions[tool] = action
        self.read_action = self.tool_actions[Tool.READ]
        self.read_action.setChecked(True)
        self.read_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.read_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._tools.triggered.connect(lambda action: self.tool_changed.emit(str(action.data())))
        self.addSeparator()
        self._colors = QActionGroup(self)
        self._colors.setExclusive(True)
        self.color_actions: dict[str, QAction] = {}
        for color in COLORS:
            action = QAction(swatch(color), "", self)
            action.setObjectName(f"markColor_{color[1:]}")
            action.setCheckable(True)
            action.setData(color)
            self._colors.addAction(action)
            self.addAction(action)
            self.color_actions[color] = action
            button = self.widgetForAction(action)
            if button is not None:
                button.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.color_actions[COLORS[0]].setChecked(True)
        self._retranslate()

    @property
    def tool(self) -> Tool:
        checked = self._tools.checkedAction()
        return Tool(str(checked.data())) if checked is not None else Tool.READ

    def set_tool(self, tool: Tool) -> None:
        if tool is not self.tool:
            self.tool_actions[tool].setChecked(True)
            self.tool_changed.emit(tool.value)

    @property
    def color(self) -> str:
        checked = self._colors.checkedAction()
        return str(checked.data()) if checked is not None else COLORS[0]

    def set_color(self, color: str) -> None:
        self.color_actions[color].setChecked(True)

    def _retranslate(self) -> None:
        words = {
            Tool.READ: (self.tr("Read"), self.tr("Read the paper and open the menu of a mark (Esc)")),
            Tool.HIGHLIGHT: (self.tr("Highlight"), self.tr("Highlight text: drag over it")),
            Tool.UNDERLINE: (self.tr("Underline"), self.tr("Underline text: drag over it")),
            Tool.INK: (self.tr("Ink"), self.tr("Draw by hand with the mouse or a pen")),
            Tool.STICKY: (self.tr("Note"), self.tr("Pin a note: click where it belongs")),
        }
        for tool, (text, tip) in words.items():
            self.tool_actions[tool].setText(text)
            self.tool_actions[tool].setToolTip(tip)
        names = (self.tr("Yellow"), self.tr("Green"), self.tr("Blue"), self.tr("Red"))
        for color, name in zip(COLORS, names, strict=True):
            self.color_actions[color].setText(name)
            self.color_actions[color].setToolTip(name)


class StickyDialog(FollowsLanguage, QDialog):
    """A sticky note's text and, for a new note, who sees it (private unless chosen otherwise)."""

    def __init__(
        self, parent: QWidget | None = None, *, text: str = "", page: int = 0, new: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stickyDialog")
        self._new = new
        self._page = page
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("stickyText")
        self.text_edit.setPlainText(text)
        self.text_edit.setTabChangesFocus(True)
        self.sharing_combo = QComboBox(self)
        self.sharing_combo.setObjectName("stickySharing")
        self.sharing_label = plain_label(self)
        form = QFormLayout()
        form.addRow(self.sharing_label, self.sharing_combo)
        self.sharing_combo.setVisible(new)
        self.sharing_label.setVisible(new)
        self.buttons = dialog_buttons(self, on_accept=self._accept)
        name_fields(form)
        self.text_label = plain_label(self)  # the note box's visible name, and its name for screen readers
        self.text_label.setBuddy(self.text_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text_edit)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, 260)
        self._retranslate()

    def _accept(self) -> None:
        if self.text.strip():  # an empty note says nothing: keep the dialog open
            self.accept()

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()[:MAX_ANNOTATION_TEXT]

    @property
    def sharing(self) -> m.Sharing:
        return m.Sharing(self.sharing_combo.currentData() or m.Sharing.PRIVATE.value)

    def _retranslate(self) -> None:
        title = self.tr("Note on page {page}") if self._new else self.tr("Edit the note on page {page}")
        self.setWindowTitle(title.format(page=self._page + 1))
        self.text_edit.setPlaceholderText(self.tr("Write your note"))
        self.sharing_label.setText(self.tr("Who sees it:"))
        self.text_label.setText(QCoreApplication.translate("MarkTools", "Note"))  # the tool's own name
        current = self.sharing_combo.currentData()
        self.sharing_combo.clear()
        for sharing, text in (
            (m.Sharing.PRIVATE, self.tr("Private (only me)")),
            (m.Sharing.COMMITTEE, self.tr("Committee members")),
            (m.Sharing.SECRETARY, self.tr("Secretary only")),
        ):
            self.sharing_combo.addItem(text, sharing.value)
        index = self.sharing_combo.findData(current) if current else 0
        self.sharing_combo.setCurrentIndex(max(index, 0))
