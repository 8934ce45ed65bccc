"""What kind of file a paper is, as the documents list shows it: a type icon, a kind in words, and the
name with the file's extension (so that "m_th" reads "m_th.docx", a Word file and not a PDF).

Names come from users' files: a name with a newline or another control character is shown on one line
(``one_line``); the tooltip gives it whole (``visible_controls``). Words are the documents pane's
(translation context ``DocumentsPane``)."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QCoreApplication

from emeeting.domain import model as m
from emeeting.ui.widgets.safe_text import one_line, visible_controls

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"

# The Lucide icon of each kind of file (resources/icons/lucide); anything else is a plain "file".
_ICONS = {
    PDF: "file-text",
    DOCX: "file-type",
    DOC: "file-type",
    XLSX: "file-spreadsheet",
    XLS: "file-spreadsheet",
    "text/csv": "file-spreadsheet",
    PPTX: "presentation",
    PPT: "presentation",
    "text/plain": "file-text",
    "application/zip": "file-archive",
    "image/png": "file-image",
    "image/jpeg": "file-image",
    "image/gif": "file-image",
}


def icon_name(mime_type: str) -> str:
    """The name of the bundled icon for a (sniffed) file type."""
    return _ICONS.get(mime_type, "file-question-mark")


def kind_text(mime_type: str) -> str:
    """The kind of file in words, for a sentence ("… is a Word document")."""
    translate = QCoreApplication.translate
    if mime_type == PDF:
        return translate("DocumentsPane", "PDF document")
    if mime_type in (DOCX, DOC):
        return translate("DocumentsPane", "Word document")
    if mime_type in (XLSX, XLS):
        return translate("DocumentsPane", "Excel workbook")
    if mime_type == "text/csv":
        return translate("DocumentsPane", "CSV table")
    if mime_type in (PPTX, PPT):
        return translate("DocumentsPane", "PowerPoint presentation")
    if mime_type == "text/plain":
        return translate("DocumentsPane", "text file")
    if mime_type == "application/zip":
        return translate("DocumentsPane", "ZIP archive")
    if mime_type.startswith("image/"):
        return translate("DocumentsPane", "picture")
    return translate("DocumentsPane", "file of an unknown kind")


def extension(file_name: str) -> str:
    """The file's extension with its dot (".docx"), "" when it has none."""
    return PurePath(file_name.replace("\\", "/")).suffix if file_name else ""


def shown_name(document: m.Document) -> str:
    """The paper's name on one line with its file's extension: "m_th.docx"."""
    name = one_line(document.name)
    suffix = one_line(extension(document.file_name))
    if suffix and not name.casefold().endswith(suffix.casefold()):
        name += suffix
    return name


def full_name_lines(document: m.Document) -> list[str]:
    """The paper's name and its file's name exactly as they are, controls shown, for a tooltip."""
    name, file_name = visible_controls(document.name), visible_controls(document.file_name)
    lines = [name]
    if file_name and file_name != name:
        lines.append(QCoreApplication.translate("DocumentsPane", "File: {file}").format(file=file_name))
    return lines
