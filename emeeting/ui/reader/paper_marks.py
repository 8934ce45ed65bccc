"""Annotating the paper open in the reader: the tools, what the hand does on the page with each, the
menu of a mark, and keeping the painted marks in step with the store.

Text marks take their rectangles and quote from QtPdf's text layer (``text_marks``), in points of the
page, origin top-left, as the store keeps them. Each ink stroke is stored when the pen or
mouse is lifted, as an annotation of its own: nothing drawn is lost when the reader closes the paper or
the laptop, and a stroke can be shared or deleted by itself. Everything is stored through
``AnnotationService`` as a step of the window's undo history (on the runner's writer, off the GUI thread),
so Edit ▸ Undo takes back a stroke drawn by accident as it does an edit of the annotation list, as the
server account that reads (the one the reader names; on a store that never met a server, the store's
actor).
"""

from __future__ import annotations

import dataclasses
import json

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor, QHelpEvent, QMouseEvent, QTabletEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QBoxLayout, QMenu, QToolTip, QWidget

from emeeting.domain import model as m
from emeeting.domain.changes import Changes
from emeeting.domain.kinds import Kind
from emeeting.domain.validation import MAX_ANNOTATION_QUOTE, MAX_INK_POINTS, MAX_RECTANGLES
from emeeting.services.annotations import AnnotationView
from emeeting.ui.documents.pdf_viewer import PdfViewer
from emeeting.ui.reader.annotation_layer import AnnotationLayer, PageIndex, PaintedMark, Preview, painted
from emeeting.ui.reader.mark_tools import MarkTools, StickyDialog, Tool
from emeeting.ui.reader.page_map import PageMap, map_to_page
from emeeting.ui.reader.text_marks import mark_rects, select_text
from emeeting.ui.widgets.context import UiContext
from emeeting.ui.widgets.task_runner import LatestRead

Shape = m.AnnotationShape
EMPHASIS_MS = 1600  # how long a mark the reader jumped to stays framed
MIN_INK_STEP = 0.5  # points: closer pen positions add nothing but weight to the stroke
PREVIEW_MS = 30  # a text drag's marked text is looked up at most this often while the mouse moves
_TEXT_TOOLS = {Tool.HIGHLIGHT: Shape.HIGHLIGHT, Tool.UNDERLINE: Shape.UNDERLINE}
_HANDLED = frozenset(
    {
        QEvent.Type.ToolTip,
        QEvent.Type.ContextMenu,
        QEvent.Type.KeyPress,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
    }
)


@dataclasses.dataclass(frozen=True)
class _Paper:
    """The paper being annotated and who annotates it (a server account, and the name others see)."""

    document: m.Document
    owner: str
    author: str


class PaperMarks(QObject):
    """The marks of the paper open in ``viewer``. ``loaded(count)`` when its marks are painted (after each
    read of the store), ``page_loaded(page)`` when, on opening, those of the page on screen are,
    ``saved(annotation_id)`` when a mark made here is stored, ``emphasised(id)`` when a mark the reader
    was sent to is framed on screen."""

    loaded = Signal(int)
    page_loaded = Signal(int)  # the marks of the page on screen are painted, the rest still being read
    saved = Signal(str)
    emphasised = Signal(str)

    def __init__(self, context: UiContext, viewer: PdfViewer, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._viewer = viewer
        self._widget = parent
        self._read = LatestRead(context.runner)
        self._page_read = LatestRead(context.runner)
        self._complete = False  # every mark of the paper is in the index (not only the first page's)
        self._paper: _Paper | None = None
        self._views: dict[str, AnnotationView] = {}
        self._unsaved: dict[str, PaintedMark] = {}  # painted ahead of the store, until it has them
        self._pending_emphasis: str | None = None
        self._press: tuple[int, QPointF] | None = None  # where a text drag or a stroke began
        self._drag_to = QPointF()  # where a text drag is now, in points of its page
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self._preview_text)
        self._stroke: list[tuple[float, float]] = []
        self.sticky_dialog: StickyDialog | None = None
        self.menu: QMenu | None = None

        view = viewer.page_view
        self.page_map = PageMap(view)
        self.layer = AnnotationLayer(view, self.page_map)
        self.tools = MarkTools(viewer)
        self.tools.hide()
        layout = viewer.layout()  # over the pages, under the viewer's own toolbars
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(viewer.stack), self.tools)
        self.tools.tool_changed.connect(self._on_tool)
        viewer.addAction(self.tools.read_action)  # Esc anywhere over the paper returns to reading
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_TabletTracking)
        viewer.document.statusChanged.connect(self._on_document_status)
        self._emphasis_timer = QTimer(self)
        self._emphasis_timer.setSingleShot(True)
        self._emphasis_timer.setInterval(EMPHASIS_MS)
        self._emphasis_timer.timeout.connect(self._end_emphasis)
        context.bus.changed.connect(self._on_changes)
        context.history.failed.connect(self._on_step_refused)

    # -- the paper -------------------------------------------------------------------------------------

    @property
    def document_id(self) -> str | None:
        return self._paper.document.id if self._paper else None

    def show_paper(self, document: m.Document, owner: str, author: str) -> None:
        """A single paper is in the viewer: its tools show and its marks are read."""
        self._paper = _Paper(document, owner, author)
        self.page_map.invalidate()
        self.tools.show()
        self._complete = False
        self.layer.set_index(PageIndex())
        self._read_page_first()
        self.reload()

    def _read_page_first(self) -> None:
        """The marks of the page on screen, read by themselves: a paper with thousands of marks shows
        the page's own while the rest are read."""
        paper = self._paper
        if paper is None:
            return
        records, page = self._context.services.records, self._viewer.current_page()
        document, owner = paper.document, paper.owner

        def read() -> list[AnnotationView]:
            notes = records.select(m.Annotation, document_id=document.id, page=page)
            return [AnnotationView(n, n.owner == owner, n.sha256 != document.sha256) for n in notes]

        def show(views: list[AnnotationView]) -> None:
            if not self._complete and self.document_id == document.id:
                self.layer.set_index(PageIndex(views))
                self.page_loaded.emit(page)

        self._page_read.read(read, show, lambda _e, _message: None)

    def clear(self) -> None:
        """No paper (nothing, or the board book): no tools, no marks."""
        self._paper = None
        self._read.drop()
        self._page_read.drop()
        self._views = {}
        self._unsaved = {}
        self.layer.set_index(PageIndex())
        self._cancel_gesture()
        self.tools.set_tool(Tool.READ)
        self.tools.hide()
        self.page_map.invalidate()

    def _on_document_status(self, status: QPdfDocument.Status) -> None:
        self.page_map.invalidate()
        if status != QPdfDocument.Status.Ready:
            # Looked at once the event loop turns: this also runs while the viewer is being destroyed,
            # and a timer bound to this object does not fire once it is gone with the viewer.
            QTimer.singleShot(0, self, self._clear_if_closed)

    def _clear_if_closed(self) -> None:
        if self._viewer.document.status() != QPdfDocument.Status.Ready:
            self.clear()

    def reload(self) -> None:
        paper = self._paper
        if paper is None:
            return
        annotations = self._context.services.annotations
        document_id, owner = paper.document.id, paper.owner

        def read() -> tuple[list[AnnotationView], PageIndex]:
            views = annotations.for_document(document_id, owner=owner)
            return views, PageIndex(views)

        self._read.read(read, self._show_marks, lambda _e, _message: None)

    def _show_marks(self, result: tuple[list[AnnotationView], PageIndex]) -> None:
        views, index = result
        self._views = {v.annotation.id: v for v in views}
        for mark in list(self._unsaved.values()):
            if index.get(mark.id) is None:  # read before its write was done
                index.add(mark)
            else:  # the store has it
                del self._unsaved[mark.id]
                self.saved.emit(mark.id)
        self._complete = True
        self.layer.set_index(index)
        self.loaded.emit(len(index))
        if self._pending_emphasis is not None:
            self.emphasise(self._pending_emphasis)

    def _on_changes(self, changes: Changes) -> None:
        if self._paper is not None and changes.concerns(Kind.ANNOTATION):
            self.reload()

    def _on_step_refused(self, _message: str) -> None:
        # A refused step (the window shows why) may be one of ours: what was painted ahead of the store goes.
        self._unsaved = {}
        self.reload()

    # -- the tools -------------------------------------------------------------------------------------

    def _on_tool(self, _tool: str) -> None:
        self._cancel_gesture()
        cursors = {
            Tool.READ: Qt.CursorShape.ArrowCursor,
            Tool.HIGHLIGHT: Qt.CursorShape.IBeamCursor,
            Tool.UNDERLINE: Qt.CursorShape.IBeamCursor,
            Tool.INK: Qt.CursorShape.CrossCursor,
            Tool.STICKY: Qt.CursorShape.PointingHandCursor,
        }
        self._viewport.setCursor(cursors[self.tools.tool])

    def _cancel_gesture(self) -> None:
        self._preview_timer.stop()
        self._press = None
        self._stroke = []
        if self.layer.preview is not None:
            self.layer.preview = None
            self.layer.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        T = QEvent.Type
        if kind not in _HANDLED or watched is not self._viewport or self._paper is None:
            return False
        if kind == T.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(QPointF(event.pos()), event.globalPos())
        if kind == T.ContextMenu and isinstance(event, QContextMenuEvent):
            mark = self.layer.mark_at(QPointF(event.pos()))
            if mark is not None:
                self.open_menu(mark.id, event.globalPos())
                return True
            return False
        if kind == T.KeyPress and getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            self.tools.set_tool(Tool.READ)
            return True
        tool = self.tools.tool
        if kind in (T.TabletPress, T.TabletMove, T.TabletRelease) and isinstance(event, QTabletEvent):
            if tool is not Tool.INK:
                return False
            phase = {T.TabletPress: "press", T.TabletMove: "move", T.TabletRelease: "release"}[kind]
            if phase == "move" and self._press is None:
                return False
            self._ink(phase, event.position())
            event.accept()
            return True
        if kind not in (T.MouseButtonPress, T.MouseMove, T.MouseButtonRelease) or not isinstance(
            event, QMouseEvent
        ):
            return False
        if event.button() == Qt.MouseButton.RightButton or tool is Tool.READ:
            if (
                tool is Tool.READ
                and kind == T.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
            ):
                self._show_note_at(event.position(), event.globalPosition().toPoint())
            return False
        phase = {T.MouseButtonPress: "press", T.MouseMove: "move", T.MouseButtonRelease: "release"}[kind]
        if phase == "press" and event.button() != Qt.MouseButton.LeftButton:
            return False
        if tool in _TEXT_TOOLS:
            self._text(phase, event.position())
        elif tool is Tool.INK:
            self._ink(phase, event.position())
        elif tool is Tool.STICKY and phase == "release":
            self._place_note(event.position())
        return True

    # highlight and underline: a drag over the text layer

    def _text(self, phase: str, position: QPointF) -> None:
        if phase == "press":
            self._press = self.page_map.to_page(position)
            return
        if self._press is None:
            return
        page, start = self._press
        self._drag_to = self._on_page(page, position)
        if phase == "move":
            # Shown at most every PREVIEW_MS: a text layer that must be probed costs a few ms a look.
            if not self._preview_timer.isActive():
                self._preview_timer.start()
            return
        self._preview_timer.stop()
        selection = select_text(self._viewer.document, page, start, self._drag_to)
        rects = mark_rects(selection, start, self._drag_to)[:MAX_RECTANGLES]
        self._cancel_gesture()
        quote = selection.text().strip()[:MAX_ANNOTATION_QUOTE]
        if rects and quote:
            self._add(_TEXT_TOOLS[self.tools.tool], page, json.dumps([list(r) for r in rects]), quote=quote)

    def _preview_text(self) -> None:
        if self._press is None or self.tools.tool not in _TEXT_TOOLS:
            return
        page, start = self._press
        selection = select_text(self._viewer.document, page, start, self._drag_to)
        rects = mark_rects(selection, start, self._drag_to)
        self.layer.preview = Preview(page, _TEXT_TOOLS[self.tools.tool], self.tools.color, rects=rects)
        self.layer.update()

    def _on_page(self, page: int, position: QPointF) -> QPointF:
        """A viewport position as a point of ``page``, kept on the page: a drag or stroke belongs to the
        page it began on."""
        placed = self.page_map.pages().get(page)
        if placed is None:
            return QPointF()
        rect, points = placed
        kept = QPointF(
            min(max(position.x(), rect.left()), rect.right()),
            min(max(position.y(), rect.top()), rect.bottom()),
        )
        return map_to_page(rect, points, kept)

    # ink: one stroke per press

    def _ink(self, phase: str, position: QPointF) -> None:
        if phase == "press":
            place = self.page_map.to_page(position)
            self._press = place
            self._stroke = [_point(place[1])] if place is not None else []
        elif self._press is not None:
            page = self._press[0]
            point = _point(self._on_page(page, position))
            last = self._stroke[-1] if self._stroke else None
            far_enough = last is None or abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_INK_STEP
            if far_enough and len(self._stroke) < MAX_INK_POINTS:
                self._stroke.append(point)
            if phase == "move":
                self.layer.preview = Preview(page, Shape.INK, self.tools.color, stroke=tuple(self._stroke))
                self.layer.update()
                return
            stroke = [list(p) for p in self._stroke]
            self._cancel_gesture()
            self._add(Shape.INK, page, json.dumps([stroke]))

    # sticky notes: a click, then the dialog

    def _place_note(self, position: QPointF) -> None:
        place = self.page_map.to_page(position)
        if place is None:
            return
        page, point = place
        dialog = StickyDialog(self._widget, page=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sticky_dialog = dialog

        def store() -> None:
            self._add(
                Shape.STICKY, page, json.dumps(list(_point(point))), text=dialog.text, sharing=dialog.sharing
            )

        dialog.accepted.connect(store)
        dialog.open()

    def _add(self, shape: Shape, page: int, geometry: str, *, quote: str = "", text: str = "",
             sharing: m.Sharing = m.Sharing.PRIVATE) -> None:  # fmt: skip
        paper = self._paper
        if paper is None:
            return
        document = paper.document
        note = m.Annotation(
            meeting_id=document.meeting_id,
            owner=paper.owner,
            shape=shape,
            document_id=document.id,
            sha256=document.sha256,
            page=page,
            geometry=geometry,
            quote=quote,
            text=text,
            color=self.tools.color,
            sharing=sharing,
            author=paper.author,
        )
        # Painted at once; the store's answer (a read after the change) confirms it or takes it away.
        mark = painted(AnnotationView(note, mine=True, earlier_version=False))
        if mark is not None:
            self._unsaved[note.id] = mark
            self.layer.index.add(mark)
            self.layer.update()
        annotations = self._context.services.annotations
        # ``saved`` fires when the read after the change finds the mark in the store (``_show_marks``).
        self._context.history.run(self._adding_words()[shape], lambda: annotations.add(note))

    def _adding_words(self) -> dict[Shape, str]:
        """What Edit ▸ Undo says of a mark made with each tool."""
        return {
            Shape.HIGHLIGHT: self.tr("Highlight text"),
            Shape.UNDERLINE: self.tr("Underline text"),
            Shape.INK: self.tr("Draw by hand"),
            Shape.STICKY: self.tr("Add a sticky note"),
        }

    # -- reading marks: tooltips, notes, the menu --------------------------------------------------------

    def _tooltip(self, position: QPointF, global_pos: QPoint) -> bool:
        mark = self.layer.mark_at(position)
        if mark is None:
            QToolTip.hideText()
            return False
        QToolTip.showText(global_pos, self.describe(mark), self._viewport)
        return True

    def _show_note_at(self, position: QPointF, global_pos: QPoint) -> None:
        mark = self.layer.mark_at(position)
        if mark is not None and mark.annotation.shape is Shape.STICKY:
            QToolTip.showText(global_pos, self.describe(mark), self._viewport)

    def describe(self, mark: PaintedMark) -> str:
        """What the tooltip of a mark says: a note's text, and whose mark it is when not mine."""
        note = mark.annotation
        lines = [note.text] if note.shape is Shape.STICKY else ([f"“{note.quote}”"] if note.quote else [])
        if not mark.mine:
            lines.append(self.tr("By {author}").format(author=note.author or note.owner))
        else:
            lines.append(self._sharing_words()[note.sharing])
        return "\n".join(lines)

    def _sharing_words(self) -> dict[m.Sharing, str]:
        return {
            m.Sharing.PRIVATE: self.tr("Private: only you see it"),
            m.Sharing.COMMITTEE: self.tr("Shared with the committee"),
            m.Sharing.SECRETARY: self.tr("For the secretary only"),
        }

    def mark_menu(self, annotation_id: str) -> QMenu | None:
        """The menu of a painted mark: its sharing, its note's text and deletion for my own; for another
        reader's mark, only whose it is."""
        mark = self.layer.index.get(annotation_id)
        if mark is None:
            return None
        note = mark.annotation
        menu = QMenu(self._widget)
        menu.setObjectName("markMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not mark.mine:
            author = menu.addAction(self.tr("By {author}").format(author=note.author or note.owner))
            author.setObjectName("markAuthor")
            author.setEnabled(False)
            return menu
        for sharing, text, name in (
            (m.Sharing.COMMITTEE, self.tr("Share with the committee"), "markShareCommittee"),
            (m.Sharing.SECRETARY, self.tr("For the secretary only"), "markShareSecretary"),
            (m.Sharing.PRIVATE, self.tr("Private (only me)"), "markSharePrivate"),
        ):
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setCheckable(True)
            action.setChecked(note.sharing is sharing)
            action.triggered.connect(lambda _checked=False, s=sharing: self.share(annotation_id, s))
        menu.addSeparator()
        if note.shape is Shape.STICKY:
            edit = menu.addAction(self.tr("Edit the note…"))
            edit.setObjectName("markEdit")
            edit.triggered.connect(lambda: self.edit_note(annotation_id))
        delete = menu.addAction(self.tr("Delete"))
        delete.setObjectName("markDelete")
        delete.triggered.connect(lambda: self.delete(annotation_id))
        return menu

    def open_menu(self, annotation_id: str, global_pos: QPoint | None = None) -> None:
        menu = self.mark_menu(annotation_id)
        if menu is None:
            return
        self.menu = menu
        menu.popup(global_pos if global_pos is not None else QCursor.pos())

    def share(self, annotation_id: str, sharing: m.Sharing) -> None:
        mark, paper = self.layer.index.get(annotation_id), self._paper
        if mark is None or paper is None or not mark.mine:
            return
        if mark.annotation.sharing is sharing:
            return  # no step that Undo would take back with nothing to show
        annotations, owner = self._context.services.annotations, paper.owner
        self._context.history.run(
            self.tr("Change who sees an annotation"),
            lambda: annotations.share(annotation_id, sharing, owner=owner)[1],
        )

    def delete(self, annotation_id: str) -> None:
        """My own mark only: another reader's is theirs (the service refuses it too)."""
        mark, paper = self.layer.index.get(annotation_id), self._paper
        if mark is None or paper is None or not mark.mine:
            return
        self.layer.index.remove(annotation_id)
        self.layer.update()
        annotations, owner = self._context.services.annotations, paper.owner
        self._context.history.run(
            self.tr("Delete an annotation"), lambda: annotations.delete(annotation_id, owner=owner)
        )

    def edit_note(self, annotation_id: str) -> StickyDialog | None:
        mark = self.layer.index.get(annotation_id)
        if mark is None or not mark.mine or mark.annotation.shape is not Shape.STICKY:
            return None
        base = mark.annotation
        dialog = StickyDialog(self._widget, text=base.text, page=base.page, new=False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sticky_dialog = dialog
        annotations = self._context.services.annotations

        def store() -> None:
            edited = dataclasses.replace(base, text=dialog.text)
            if edited != base:  # saved unchanged: no step
                self._context.history.run(self.tr("Edit a note"), lambda: annotations.edit(edited, base=base))

        dialog.accepted.connect(store)
        dialog.open()
        return dialog

    # -- going to a mark -------------------------------------------------------------------------------

    def emphasise(self, annotation_id: str) -> None:
        """Show the mark's page with the mark in sight, framed for a moment; when the paper's marks are
        still being read, as soon as they are."""
        mark = self.layer.index.get(annotation_id)
        if mark is None:
            view = self._views.get(annotation_id)
            if view is not None:  # known but not painted (from an earlier version): its page at least
                self._pending_emphasis = None
                self._viewer.go_to_page(view.annotation.page)
            else:
                self._pending_emphasis = annotation_id
            return
        self._pending_emphasis = None
        page = mark.annotation.page
        if self._viewer.current_page() != page or page not in self.page_map.pages():
            self._viewer.go_to_page(page)
        self._bring_into_sight(mark)
        self.layer.emphasised = annotation_id
        self.layer.update()
        self._emphasis_timer.start()
        self.emphasised.emit(annotation_id)

    def has_mark(self, annotation_id: str) -> bool:
        """Whether the mark is painted on the paper open."""
        return self.layer.index.get(annotation_id) is not None

    def wait_for(self, annotation_id: str) -> None:
        """Emphasise the mark once the paper that holds it is shown and its marks read."""
        self._pending_emphasis = annotation_id

    def _bring_into_sight(self, mark: PaintedMark) -> None:
        placed = self.page_map.pages().get(mark.annotation.page)
        if placed is None:
            return
        bounds = self.layer.mark_bounds(*placed, mark)
        viewport = QRectF(self._viewport.rect())
        if viewport.contains(bounds):
            return
        bar = self._viewer.page_view.verticalScrollBar()
        bar.setValue(bar.value() + round(bounds.center().y() - viewport.center().y()))

    def _end_emphasis(self) -> None:
        self.layer.emphasised = None
        self.layer.update()


def _point(point: QPointF) -> tuple[float, float]:
    return (round(point.x(), 2), round(point.y(), 2))
