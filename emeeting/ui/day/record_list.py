"""One list of what the meeting recorded on an item (votes, conflicts of interest, dissent, action items),
with its add and remove buttons: the meeting day shows four of them, all alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordList(QWidget):
    """``name`` makes the object names (``{name}Group``, ``{name}List``, ``{add}Button``, ``{remove}Button``)
    that tests and style sheets find the parts by; each row carries its record's id."""

    def __init__(self, name: str, add: str, remove: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Group")
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 2 + 2 * self.list.frameWidth())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"{add}Button")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"{remove}Button")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def parts(self) -> tuple[QListWidget, QPushButton, QPushButton]:
        """The list, its add button and its remove button."""
        return self.list, self.add_button, self.remove_button

    def clear(self) -> None:
        self.list.clear()

    def add_row(self, text: str, record_id: str) -> None:
        row = QListWidgetItem(text)
        row.setData(ID_ROLE, record_id)
        self.list.addItem(row)

    def count(self) -> int:
        return self.list.count()

    def set_texts(self, add: str, remove: str) -> None:
        self.add_button.setText(add)
        self.remove_button.setText(remove)

    def update_buttons(self, has_item: bool) -> None:
        """Adding needs a current agenda item; removing, a selected row."""
        self.add_button.setEnabled(has_item)
        current = self.list.currentItem()
        self.remove_button.setEnabled(current is not None and current.isSelected())
