"""A member's annotated copy of a paper: the paper's PDF with the member's marks as standard PDF annotations.

Highlights and underlines become /Highlight and /Underline annotations with QuadPoints, ink becomes /Ink
with an InkList, sticky notes /Text with a /Popup; each carries its note as /Contents (UTF-16 when it is
not Latin), its author as /T, its id as /NM and its colour as /C. Every annotation has an appearance stream
(/AP), so that readers that draw only what the file says (poppler among them) show it as other readers do.

An annotation's geometry is in points from the top-left of the page as a reader shows it (the crop box,
turned by the page's /Rotate); PDF places annotations in the page's own space, from the bottom-left of the
media box. ``_PageSpace`` turns one into the other.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pikepdf

from emeeting.atomic_file import atomic_file, cannot_write
from emeeting.domain import model as m
from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError

Point = tuple[float, float]
RGB = tuple[float, float, float]

DEFAULT_COLOR: RGB = (1.0, 0.835, 0.31)  # #ffd54f, the model's default
ICON = 20.0  # the side of a sticky note's icon, points
POPUP = (180.0, 110.0)  # width and height of a note's pop-up window
INK_WIDTH = 2.0
TEXT_MARKS = (m.AnnotationShape.HIGHLIGHT, m.AnnotationShape.UNDERLINE)


@dataclass(frozen=True)
class _PageSpace:
    """The page as a reader shows it (top-left origin, the crop box turned by /Rotate) against the page's
    own space (bottom-left origin of the user space)."""

    x0: float
    y0: float
    width: float  # of the crop box, unturned
    height: float
    rotate: int  # 0, 90, 180 or 270, clockwise

    @classmethod
    def of(cls, page: pikepdf.Page) -> _PageSpace:
        x0, y0, x1, y1 = (float(v) for v in page.cropbox)
        rotate = _inherited(page.obj, "/Rotate", 0) % 360
        return cls(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0), rotate)

    def to_pdf(self, x: float, y: float) -> Point:
        w, h = self.width, self.height
        if self.rotate == 90:
            u, v = y, x
        elif self.rotate == 180:
            u, v = w - x, y
        elif self.rotate == 270:
            u, v = w - y, h - x
        else:
            u, v = x, h - y
        return self.x0 + u, self.y0 + v


def _inherited(node: pikepdf.Object, key: str, default: int) -> int:
    """A page's number that may be set on the page or on any of its parents in the page tree."""
    current: pikepdf.Object | None = node
    for _depth in range(64):  # a page tree deeper than this is a loop
        if current is None:
            break
        if key in current:
            return int(current[key])
        current = current.get("/Parent")
    return default


def parse_color(text: str) -> RGB:
    """``#rrggbb`` as three fractions; the default yellow for anything else."""
    value = text.strip().lstrip("#")
    if len(value) != 6:
        return DEFAULT_COLOR
    try:
        r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return DEFAULT_COLOR
    return r, g, b


def pdf_date(at: datetime) -> str:
    """A PDF date string, D:YYYYMMDDHHmmSS+HH'mm'."""
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{at:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _bbox(points: Sequence[Point], pad: float = 0.0) -> list[float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return [min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad]


def _geometry(annotation: m.Annotation) -> object:
    try:
        return json.loads(annotation.geometry or "[]")
    except ValueError:
        return None


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _rects(value: object) -> list[tuple[float, float, float, float]]:
    if not isinstance(value, list):
        return []
    out = []
    for rect in value:
        if isinstance(rect, list) and len(rect) == 4 and all(_number(v) for v in rect):
            x0, y0, x1, y1 = (float(v) for v in rect)
            if x1 != x0 and y1 != y0:
                out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out


def _strokes(value: object) -> list[list[Point]]:
    if not isinstance(value, list):
        return []
    out = []
    for stroke in value:
        if not isinstance(stroke, list):
            continue
        points = [
            (float(p[0]), float(p[1]))
            for p in stroke
            if isinstance(p, list) and len(p) == 2 and all(_number(v) for v in p)
        ]
        if points:
            out.append(points)
    return out


def _point(value: object) -> Point | None:
    if isinstance(value, list) and len(value) == 2 and all(_number(v) for v in value):
        return float(value[0]), float(value[1])
    return None


class _Writer:
    """Adds annotations to one open PDF."""

    def __init__(self, pdf: pikepdf.Pdf, made: datetime) -> None:
        self.pdf = pdf
        self.date = pdf_date(made)
        self._multiply = pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, BM=pikepdf.Name.Multiply)
        )

    def appearance(self, rect: Sequence[float], content: str, multiply: bool = False) -> pikepdf.Dictionary:
        resources = pikepdf.Dictionary()
        if multiply:
            resources.ExtGState = pikepdf.Dictionary(M=self._multiply)
            content = f"/M gs\n{content}"
        stream = pikepdf.Stream(self.pdf, content.encode("ascii"))
        stream.Type = pikepdf.Name.XObject
        stream.Subtype = pikepdf.Name.Form
        stream.BBox = pikepdf.Array([float(v) for v in rect])
        stream.Resources = resources
        return pikepdf.Dictionary(N=self.pdf.make_indirect(stream))

    def common(
        self, subtype: str, annotation: m.Annotation, rect: Sequence[float], color: RGB, page: pikepdf.Page
    ) -> pikepdf.Dictionary:
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name(subtype),
            Rect=pikepdf.Array([float(v) for v in rect]),
            C=pikepdf.Array(list(color)),
            F=4,  # print
            NM=pikepdf.String(annotation.id),
            M=pikepdf.String(self.date),
            CreationDate=pikepdf.String(self.date),
            P=page.obj,
        )
        if annotation.text:
            annot.Contents = pikepdf.String(annotation.text)
        if annotation.author:
            annot.T = pikepdf.String(annotation.author)
        return annot

    def text_mark(
        self, annotation: m.Annotation, page: pikepdf.Page, space: _PageSpace, color: RGB
    ) -> pikepdf.Dictionary | None:
        rects = _rects(_geometry(annotation))
        if not rects:
            return None
        quads: list[list[Point]] = []
        for x0, y0, x1, y1 in rects:
            # Top-left, top-right, bottom-left, bottom-right of the text as read: the order readers expect.
            quads.append(
                [space.to_pdf(x0, y0), space.to_pdf(x1, y0), space.to_pdf(x0, y1), space.to_pdf(x1, y1)]
            )
        rect = _bbox([p for q in quads for p in q], pad=1.0)
        r, g, b = color
        ops: list[str] = []
        highlight = annotation.shape is m.AnnotationShape.HIGHLIGHT
        if highlight:
            ops.append(f"{_num(r)} {_num(g)} {_num(b)} rg")
            for tl, tr, bl, br in quads:
                ops.append(
                    f"{_num(tl[0])} {_num(tl[1])} m {_num(tr[0])} {_num(tr[1])} l "
                    f"{_num(br[0])} {_num(br[1])} l {_num(bl[0])} {_num(bl[1])} l h f"
                )
        else:
            ops.append(f"{_num(r)} {_num(g)} {_num(b)} RG")
            for tl, _tr, bl, br in quads:
                # A line a fourteenth of the text's height thick, just above the foot of the box.
                height = ((tl[0] - bl[0]) ** 2 + (tl[1] - bl[1]) ** 2) ** 0.5
                width = max(height / 14, 0.75)
                lift = width / height if height else 0.0
                a = (bl[0] + (tl[0] - bl[0]) * lift, bl[1] + (tl[1] - bl[1]) * lift)
                z = (br[0] + (tl[0] - bl[0]) * lift, br[1] + (tl[1] - bl[1]) * lift)
                ops.append(f"{_num(width)} w {_num(a[0])} {_num(a[1])} m {_num(z[0])} {_num(z[1])} l S")
        subtype = "/Highlight" if highlight else "/Underline"
        annot = self.common(subtype, annotation, rect, color, page)
        annot.QuadPoints = pikepdf.Array([float(v) for q in quads for p in q for v in p])
        annot.AP = self.appearance(rect, "\n".join(ops), multiply=highlight)
        return annot

    def ink(
        self, annotation: m.Annotation, page: pikepdf.Page, space: _PageSpace, color: RGB
    ) -> pikepdf.Dictionary | None:
        strokes = [[space.to_pdf(x, y) for x, y in s] for s in _strokes(_geometry(annotation))]
        if not strokes:
            return None
        rect = _bbox([p for s in strokes for p in s], pad=INK_WIDTH)
        r, g, b = color
        ops = [f"{_num(r)} {_num(g)} {_num(b)} RG {_num(INK_WIDTH)} w 1 J 1 j"]
        for stroke in strokes:
            path = [f"{_num(stroke[0][0])} {_num(stroke[0][1])} m"]
            # A single point is drawn as a dot: a zero-length line with round caps.
            path += [f"{_num(x)} {_num(y)} l" for x, y in stroke[1:] or stroke]
            ops.append(" ".join(path) + " S")
        annot = self.common("/Ink", annotation, rect, color, page)
        annot.InkList = pikepdf.Array([pikepdf.Array([float(v) for p in s for v in p]) for s in strokes])
        annot.BS = pikepdf.Dictionary(W=INK_WIDTH, S=pikepdf.Name.S)
        annot.AP = self.appearance(rect, "\n".join(ops))
        return annot

    def sticky(
        self, annotation: m.Annotation, page: pikepdf.Page, space: _PageSpace, color: RGB
    ) -> pikepdf.Dictionary | None:
        point = _point(_geometry(annotation))
        if point is None:
            return None
        x, y = space.to_pdf(*point)
        # The icon hangs from the point to the right and down, as in the reader.
        rect = [x, y - ICON, x + ICON, y]
        r, g, b = color
        ops = (
            f"{_num(r)} {_num(g)} {_num(b)} rg 0.25 0.25 0.25 RG 1 w "
            f"{_num(x + 0.5)} {_num(y - ICON + 0.5)} {_num(ICON - 1)} {_num(ICON - 1)} re B "
            + " ".join(
                f"{_num(x + 4)} {_num(y - 5.5 - 4 * k)} m {_num(x + ICON - 4)} {_num(y - 5.5 - 4 * k)} l S"
                for k in range(3)
            )
        )
        annot = self.common("/Text", annotation, rect, color, page)
        annot.Name = pikepdf.Name.Comment
        annot.Open = False
        annot.AP = self.appearance(rect, ops)
        return annot

    def popup(self, parent: pikepdf.Object, page: pikepdf.Page, space: _PageSpace) -> pikepdf.Object:
        """The window a reader opens a note in: beside the mark, inside the page."""
        _x0, _y0, x1, y1 = (float(v) for v in parent.Rect)
        right = space.x0 + space.width
        left = min(x1 + 4, right - POPUP[0]) if right - POPUP[0] > space.x0 else space.x0
        top = min(y1, space.y0 + space.height)
        rect = [left, max(top - POPUP[1], space.y0), left + POPUP[0], top]
        popup = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Popup,
            Rect=pikepdf.Array(rect),
            Parent=parent,
            Open=False,
            F=4 | 16 | 8,  # print, no rotate, no zoom: a window, not a mark on the paper
            P=page.obj,
        )
        return self.pdf.make_indirect(popup)


def annotate_pdf(
    pdf: bytes, annotations: Sequence[m.Annotation], made: datetime | None = None
) -> tuple[bytes, int]:
    """The PDF with ``annotations`` added as standard PDF annotations, and how many were added.

    Only marks made on these very bytes (their sha256) and on one of its pages are written; notes on
    agenda items and marks of another version of the paper have no place on it. An annotation already in
    the file (the same /NM on the same page, from an earlier export) is not added twice."""
    sha256 = hashlib.sha256(pdf).hexdigest()
    made = made or datetime.now(UTC)
    try:
        document = pikepdf.open(io.BytesIO(pdf))
    except (pikepdf.PdfError, pikepdf.PasswordError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "the paper could not be read as a PDF: {reason}"), reason=error
        ) from None
    with document:
        writer = _Writer(document, made)
        added = 0
        for annotation in annotations:
            if annotation.sha256 != sha256 or annotation.shape is m.AnnotationShape.ITEM_NOTE:
                continue
            if not 0 <= annotation.page < len(document.pages):
                continue
            page = document.pages[annotation.page]
            existing = page.obj.get("/Annots")
            names = (
                {str(a.get("/NM", "")) for a in existing} if isinstance(existing, pikepdf.Array) else set()
            )
            if annotation.id in names:
                continue
            space = _PageSpace.of(page)
            color = parse_color(annotation.color)
            if annotation.shape in TEXT_MARKS:
                annot = writer.text_mark(annotation, page, space, color)
            elif annotation.shape is m.AnnotationShape.INK:
                annot = writer.ink(annotation, page, space, color)
            else:
                annot = writer.sticky(annotation, page, space, color)
            if annot is None:
                continue
            new: list[pikepdf.Object] = [document.make_indirect(annot)]
            if annotation.text or annotation.shape is m.AnnotationShape.STICKY:
                popup = writer.popup(new[0], page, space)
                new[0].Popup = popup
                new.append(popup)
            if not isinstance(existing, pikepdf.Array):
                page.obj.Annots = pikepdf.Array()
            page.obj.Annots.extend(new)
            added += 1
        out = io.BytesIO()
        # A paper the office protected (permissions under an owner password) keeps its protection.
        document.save(out, encryption=document.is_encrypted)
    return out.getvalue(), added


def write_annotated_copy(
    pdf: bytes, annotations: Sequence[m.Annotation], dest: Path, made: datetime | None = None
) -> int:
    """Write the annotated copy to ``dest``, whole or not at all; the paper's own bytes are not touched.
    The number of annotations written."""
    data, added = annotate_pdf(pdf, annotations, made)
    try:
        with atomic_file(dest) as tmp:
            tmp.write_bytes(data)
    except OSError as error:
        raise cannot_write(dest, error) from None
    return added
