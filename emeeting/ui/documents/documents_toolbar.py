"""The documents' toolbar: attach, move up and down, rename, remove, and the secrecy of the selection.

The pane connects the actions to what they do. Its words are the documents pane's (translation context
``DocumentsPane``), as they were before the toolbar had a class of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QToolBar, QWidget

from emeeting.domain import model as m
from emeeting.ui.widgets import labels
from emeeting.ui.widgets.safe_text import plain_label
from emeeting.ui.widgets.style import INLINE_ICON, icon


class DocumentsToolbar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsToolbar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setIconSize(QSize(INLINE_ICON, INLINE_ICON))
        self.add_action = self.addAction(icon("paperclip"), "")
        self.up_action = self.addAction(icon("arrow-up"), "")
        self.down_action = self.addAction(icon("arrow-down"), "")
        self.rename_action = self.addAction(icon("pencil"), "")
        self.remove_action = self.addAction(icon("trash-2"), "")
        self.secrecy_box = QComboBox(self)
        self.secrecy_box.setObjectName("documentSecrecy")
        self.secrecy_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for secrecy in m.Secrecy:
            self.secrecy_box.addItem("", secrecy.value)
        self.addSeparator()
        self.secrecy_label = plain_label(self)  # the box's visible name, and its name for screen readers
        self.secrecy_label.setBuddy(self.secrecy_box)
        self.addWidget(self.secrecy_label)
        self.addWidget(self.secrecy_box)

    def retranslate(self) -> None:
        self.add_action.setText(QCoreApplication.translate("DocumentsPane", "Attach files…"))
        self.add_action.setToolTip(
            QCoreApplication.translate(
                "DocumentsPane",
                "Attach files to the selected agenda item; you can also drop files on the list",
            )
        )
        self.up_action.setText(QCoreApplication.translate("DocumentsPane", "Move up"))
        self.down_action.setText(QCoreApplication.translate("DocumentsPane", "Move down"))
        self.rename_action.setText(QCoreApplication.translate("DocumentsPane", "Rename"))
        self.remove_action.setText(QCoreApplication.translate("DocumentsPane", "Remove"))
        for action in (self.up_action, self.down_action, self.rename_action, self.remove_action):
            action.setToolTip(action.text())
        # The agenda item editor's word for it, translated once.
        self.secrecy_label.setText(QCoreApplication.translate("ItemEditor", "Secrecy:") + " ")
        self.secrecy_box.setToolTip(
            QCoreApplication.translate("DocumentsPane", "Secrecy of the selected document")
        )
        for index in range(self.secrecy_box.count()):
            self.secrecy_box.setItemText(
                index, labels.secrecy_label(m.Secrecy(self.secrecy_box.itemData(index)))
            )
