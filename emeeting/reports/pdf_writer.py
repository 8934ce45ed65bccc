"""A small PDF writer for shaped text: glyphs drawn by id, fonts subset and embedded with a ToUnicode
table, and every line wrapped in marked content whose /ActualText is the line's exact source text.

Why not a general PDF library: shaped Thai text is glyph ids at HarfBuzz's positions (a tone mark moved
up or left, SARA AM split into two glyphs), and copy/search only gives back the source when the writer
says what text those glyphs stand for. The output is deterministic (no dates, fixed ids).
"""

from __future__ import annotations

import hashlib
import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from emeeting.reports.thai_text import BLACK, RGB, Font, Line

A4 = (595.276, 841.890)

_HEX = tuple(f"{gid:04X}" for gid in range(4096))  # glyph ids as written in a string (fonts have fewer)
_Add = Callable[[bytes], int]
_Stream = Callable[..., int]


def _num(v: float) -> str:
    text = f"{v:.2f}"
    return "0" if text == "-0.00" else text


def _text_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with a byte-order mark, as hex (safe for any character)."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _color(rgb: RGB, stroke: bool = False) -> str:
    return f"{_num(rgb[0])} {_num(rgb[1])} {_num(rgb[2])} {'RG' if stroke else 'rg'}"


@dataclass
class _FontUse:
    font: Font
    name: str  # resource name, /F1
    gids: set[int] = field(default_factory=set)


class Page:
    """One page's drawing operations, in points from the bottom-left corner."""

    def __init__(self, writer: PdfWriter, width: float, height: float) -> None:
        self._writer = writer
        self.width = width
        self.height = height
        self._ops: list[str] = []

    def text_line(
        self,
        line: Line,
        x: float,
        y: float,
        extra_space: float = 0.0,
        extra_cluster: float = 0.0,
        actual_text: str | None = None,
    ) -> None:
        """Draw a laid-out line with its left end at ``x`` and its baseline at ``y``. Justification adds
        ``extra_space`` after each space and ``extra_cluster`` before each character cluster. The text
        that copy and search give back is the line's source unless ``actual_text`` says otherwise."""
        if not line.pieces:
            return
        ops = self._ops
        text = line.source if actual_text is None else actual_text
        ops.append(f"/Span <</ActualText {_text_string(text).decode()}>> BDC BT")
        pen = x
        first = True
        for piece in line.pieces:
            font = piece.font
            use = self._writer._use(font)
            scale = line.size / font.upem
            space_gid = font.space_gid
            advance_of = font.glyph_advance
            ops.append(f"/{use.name} {_num(line.size)} Tf {_color(piece.color)}")
            run: list[str] = []
            ex = ey = -1e9  # where the reader's pen is after the last glyph shown
            for glyph in piece.glyphs:
                gid = glyph.gid
                if glyph.cluster_start and not first:
                    pen += extra_cluster
                first = False
                gx = pen + glyph.x_offset * scale
                gy = y + glyph.y_offset * scale
                if abs(ex - gx) > 0.001 or abs(ey - gy) > 0.001:  # move only where HarfBuzz differs
                    if run:
                        ops.append(f"<{''.join(run)}> Tj")
                        run = []
                    ops.append(f"1 0 0 1 {_num(gx)} {_num(gy)} Tm")
                run.append(_HEX[gid] if gid < 4096 else f"{gid:04X}")
                use.gids.add(gid)
                ex, ey = gx + advance_of(gid) * scale, gy
                pen += glyph.advance * scale
                if gid == space_gid:
                    pen += extra_space
            if run:
                ops.append(f"<{''.join(run)}> Tj")
        ops.append("ET EMC")

    def outlined_line(self, line: Line, x: float, y: float, angle: float = 0.0, color: RGB = BLACK) -> None:
        """Draw a laid-out line as filled glyph outlines, not text, turned ``angle`` degrees about its
        baseline's left end at (``x``, ``y``): a watermark that copy, search and screen readers skip."""
        if not line.pieces:
            return
        turn = math.radians(angle)
        cos, sin = math.cos(turn), math.sin(turn)
        ops = [
            "/Artifact BMC q",
            f"{_num(cos)} {_num(sin)} {_num(-sin)} {_num(cos)} {_num(x)} {_num(y)} cm",
            _color(color),
        ]
        pen = 0.0
        for piece in line.pieces:
            scale = line.size / piece.font.upem
            for glyph in piece.glyphs:
                outline = _OutlinePen(pen + glyph.x_offset * scale, glyph.y_offset * scale, scale)
                piece.font.hb_font.draw_glyph_with_pen(glyph.gid, outline)
                if outline.ops:
                    ops.append(" ".join(outline.ops) + " f")
                pen += glyph.advance * scale
        ops.append("Q EMC")
        self._ops.extend(ops)

    def rule(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        width: float = 0.5,
        color: RGB = BLACK,
        dash: Sequence[float] = (),
    ) -> None:
        pattern = " ".join(_num(d) for d in dash)
        self._ops.append(
            f"q {_num(width)} w {_color(color, stroke=True)} [{pattern}] 0 d "
            f"{_num(x1)} {_num(y1)} m {_num(x2)} {_num(y2)} l S Q"
        )

    def rect(self, x: float, y: float, w: float, h: float, width: float = 1.0, color: RGB = BLACK) -> None:
        self._ops.append(
            f"q {_num(width)} w {_color(color, stroke=True)} {_num(x)} {_num(y)} {_num(w)} {_num(h)} re S Q"
        )

    def content(self) -> bytes:
        return "\n".join(self._ops).encode("ascii")


class _OutlinePen:
    """A fontTools-style pen that writes a glyph outline as PDF path operators, in points."""

    def __init__(self, dx: float, dy: float, scale: float) -> None:
        self.dx, self.dy, self.scale = dx, dy, scale
        self.ops: list[str] = []
        self._at = (0.0, 0.0)

    def _point(self, p: tuple[float, float]) -> tuple[float, float]:
        return self.dx + p[0] * self.scale, self.dy + p[1] * self.scale

    def moveTo(self, p: tuple[float, float]) -> None:  # the names of the fontTools pen protocol
        self._at = self._point(p)
        self.ops.append(f"{_num(self._at[0])} {_num(self._at[1])} m")

    def lineTo(self, p: tuple[float, float]) -> None:
        self._at = self._point(p)
        self.ops.append(f"{_num(self._at[0])} {_num(self._at[1])} l")

    def curveTo(self, *points: tuple[float, float]) -> None:
        a, b, c = (self._point(p) for p in points[-3:])
        self._at = c
        self.ops.append(" ".join(_num(v) for v in (*a, *b, *c)) + " c")

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        # TrueType quadratic splines: implied on-curve points halfway between off-curve ones.
        controls = [self._point(p) for p in points[:-1]]
        end = self._point(points[-1])
        for i, q in enumerate(controls):
            to = (
                end
                if i == len(controls) - 1
                else ((q[0] + controls[i + 1][0]) / 2, (q[1] + controls[i + 1][1]) / 2)
            )
            (x0, y0) = self._at
            c1 = (x0 + 2 / 3 * (q[0] - x0), y0 + 2 / 3 * (q[1] - y0))
            c2 = (to[0] + 2 / 3 * (q[0] - to[0]), to[1] + 2 / 3 * (q[1] - to[1]))
            self.ops.append(" ".join(_num(v) for v in (*c1, *c2, *to)) + " c")
            self._at = to
        if not controls:
            self.lineTo(points[-1])

    def closePath(self) -> None:
        self.ops.append("h")

    def endPath(self) -> None:
        pass


class PdfWriter:
    def __init__(self, title: str = "", lang: str = "th-TH", author: str = "", subject: str = "") -> None:
        self.title = title
        self.lang = lang
        self.author = author
        self.subject = subject
        self.pages: list[Page] = []
        self._fonts: dict[int, _FontUse] = {}

    def new_page(self, width: float = A4[0], height: float = A4[1]) -> Page:
        page = Page(self, width, height)
        self.pages.append(page)
        return page

    def _use(self, font: Font) -> _FontUse:
        use = self._fonts.get(id(font))
        if use is None:
            use = self._fonts[id(font)] = _FontUse(font, f"F{len(self._fonts) + 1}")
        return use

    def to_bytes(self) -> bytes:
        objects: list[bytes] = []  # object n is objects[n - 1]

        def reserve() -> int:
            objects.append(b"")
            return len(objects)

        def put(n: int, body: bytes) -> int:
            objects[n - 1] = body
            return n

        def add(body: bytes) -> int:
            return put(reserve(), body)

        def stream(data: bytes, extra: str = "") -> int:
            packed = zlib.compress(data, 6)
            head = f"<</Length {len(packed)} /Filter /FlateDecode{extra}>>\nstream\n".encode()
            return add(head + packed + b"\nendstream")

        catalog, pages_ref = reserve(), reserve()
        font_refs = {use.name: self._font_objects(use, add, stream) for use in self._fonts.values()}
        fonts_dict = " ".join(f"/{name} {ref} 0 R" for name, ref in font_refs.items())
        kids = []
        for page in self.pages:
            contents = stream(page.content())
            kids.append(
                add(
                    f"<</Type /Page /Parent {pages_ref} 0 R /MediaBox [0 0 {_num(page.width)} "
                    f"{_num(page.height)}] /Resources <</Font <<{fonts_dict}>> >> "
                    f"/Contents {contents} 0 R>>".encode()
                )
            )
        put(
            pages_ref,
            f"<</Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)}>>".encode(),
        )
        put(
            catalog,
            f"<</Type /Catalog /Pages {pages_ref} 0 R /Lang ({self.lang}) "
            f"/MarkInfo <</Marked true>> /ViewerPreferences <</DisplayDocTitle true>> >>".encode(),
        )
        info_parts = [b"/Producer (emeeting)"]
        for key, value in (("Title", self.title), ("Author", self.author), ("Subject", self.subject)):
            if value:
                info_parts.append(f"/{key} ".encode() + _text_string(value))
        info = add(b"<<" + b" ".join(info_parts) + b">>")

        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for n, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for offset in offsets:
            out += f"{offset:010d} 00000 n \n".encode()
        doc_id = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().upper()
        out += (
            f"trailer\n<</Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R "
            f"/ID [<{doc_id}> <{doc_id}>]>>\nstartxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)

    @staticmethod
    def _font_objects(use: _FontUse, add: _Add, stream: _Stream) -> int:
        """A Type0 font with Identity-H encoding over a CIDFontType2 subset whose CIDs are glyph ids."""
        font = use.font
        gids = sorted(use.gids | {0})
        k = 1000 / font.upem
        tag = "".join(chr(65 + int(c, 16) % 26) for c in hashlib.sha256(repr(gids).encode()).hexdigest()[:6])
        base = f"{tag}+{font.name}"
        data = font.subset(gids)
        file_ref = stream(data, f" /Length1 {len(data)}")
        ascent, descent = round(font.ascent * k), round(font.descent * k)
        descriptor = add(
            f"<</Type /FontDescriptor /FontName /{base} /Flags 4 /FontBBox [-500 {descent} 1500 {ascent}] "
            f"/ItalicAngle 0 /Ascent {ascent} /Descent {descent} /CapHeight {round(0.7 * ascent)} "
            f"/StemV 80 /FontFile2 {file_ref} 0 R>>".encode()
        )
        widths = " ".join(f"{g} [{round(font.glyph_advance(g) * k)}]" for g in gids)
        cid = add(
            f"<</Type /Font /Subtype /CIDFontType2 /BaseFont /{base} "
            f"/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> "
            f"/FontDescriptor {descriptor} 0 R /DW 1000 /W [{widths}] /CIDToGIDMap /Identity>>".encode()
        )
        to_unicode = stream(_to_unicode_cmap(font, gids))
        return add(
            f"<</Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H "
            f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R>>".encode()
        )


def _to_unicode_cmap(font: Font, gids: Sequence[int]) -> bytes:
    entries = [
        f"<{g:04X}> <{font.glyph_text[g].encode('utf-16-be').hex().upper()}>"
        for g in gids
        if font.glyph_text.get(g)
    ]
    chunks = [entries[i : i + 100] for i in range(0, len(entries), 100)]
    body = "\n".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar" for c in chunks)
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{body}\nendcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n"
    ).encode("ascii")
