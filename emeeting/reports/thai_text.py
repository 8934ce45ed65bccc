"""Thai text for official documents: the bundled font, HarfBuzz shaping, and line breaking between words.

A paragraph is a sequence of ``Span`` (text, bold, colour). It is cut into break units (Thai words from a
dictionary segmenter, Latin words, spaces), each unit is shaped once per font and cached, and the units
are set into lines greedily. A ``Line`` keeps the exact source text it shows, so the PDF writer can tag it
for copy and search. uharfbuzz and pythainlp are imported when first needed, never at module import.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from emeeting.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from emeeting.domain.thai import ENGLISH_MONTHS, THAI_MONTHS, THAI_MONTHS_SHORT, is_thai
from emeeting.domain.thai_words import WordBreaker

REGULAR_FILE = "Laksaman.ttf"
BOLD_FILE = "Laksaman-Bold.ttf"

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
RED: RGB = (0.8, 0.0, 0.0)

# Punctuation that must not begin a line (closing marks, ๆ, ฯ) or end one (opening marks); a slash or a
# hyphen joins what is on either side (3/2569, 2569-2573, e-Meeting).
_NO_BREAK_BEFORE = frozenset(")]}>,.:;!?%”’»ๆฯ/-")
_NO_BREAK_AFTER = frozenset("([{<“‘«/-")


@dataclass(frozen=True)
class Glyph:
    gid: int
    advance: int  # font units
    x_offset: int
    y_offset: int
    cluster_start: bool  # first glyph of a character cluster: justification may add space before it


@dataclass(frozen=True)
class Shaped:
    glyphs: tuple[Glyph, ...]
    advance: int  # font units


class Font:
    """One TrueType face: HarfBuzz shaping with a per-font cache, metrics, and the glyph → text map that
    the PDF writer needs for its ToUnicode table."""

    def __init__(self, path: Path) -> None:
        import uharfbuzz as hb

        try:
            self.data = Path(path).read_bytes()
        except OSError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "the Thai font {path} is missing; reinstall emeeting"), path=path
            ) from None
        self.path = Path(path)
        self._hb = hb
        self.face = hb.Face(hb.Blob(self.data))
        self.hb_font = hb.Font(self.face)
        self.upem: int = self.face.upem
        # The font's own vertical metrics, chosen as word processors choose them: OS/2's typographic
        # ascender, descender and line gap when the font asks for them (USE_TYPO_METRICS, as Laksaman and
        # TH Sarabun do), else hhea's. HarfBuzz makes exactly that choice.
        extents = self.hb_font.get_font_extents("ltr")
        self.ascent: int = extents.ascender
        self.descent: int = extents.descender  # negative
        self.line_gap: int = max(extents.line_gap, 0)
        self.name = self.path.stem.replace(" ", "")
        self.space_gid: int = self.hb_font.get_nominal_glyph(32) or -1
        self._cache: dict[str, Shaped] = {}
        self._advances: dict[int, int] = {}
        self.glyph_text: dict[int, str] = {}  # glyph id → the text it stands for, learnt while shaping
        self._reverse_cmap: dict[int, str] | None = None

    @property
    def line_spacing(self) -> float:
        """Single line spacing in ems: ascent, descent and line gap, what LibreOffice and Word set a
        paragraph of this font at. Thai marks stacked over a tall vowel reach about 1.3 em above the
        baseline and lower vowels 0.37 em below it: spacing any tighter lets lines collide."""
        return (self.ascent - self.descent + self.line_gap) / self.upem

    @property
    def baseline_drop(self) -> float:
        """Where the baseline sits under the top of a line, in ems: the line gap, then the ascent."""
        return (self.line_gap + self.ascent) / self.upem

    def shape(self, text: str) -> Shaped:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        hb = self._hb
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(self.hb_font, buf, {"kern": True, "liga": True})
        glyphs = []
        previous = -1
        infos, positions = buf.glyph_infos, buf.glyph_positions
        clusters = [info.cluster for info in infos]
        for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            glyphs.append(
                Glyph(info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset, info.cluster != previous)
            )
            previous = info.cluster
            if info.codepoint not in self.glyph_text:
                self._learn(info.codepoint, text, clusters, i)
        shaped = Shaped(tuple(glyphs), sum(g.advance for g in glyphs))
        self._cache[text] = shaped
        return shaped

    def _learn(self, gid: int, text: str, clusters: list[int], index: int) -> None:
        """What a glyph means for the ToUnicode table: its cmap character, else the text of a cluster it
        forms alone (a contextual form such as a lowered tone mark is a glyph of its own)."""
        reverse = self.reverse_cmap()
        if gid in reverse:
            self.glyph_text[gid] = reverse[gid]
            return
        name = self.hb_font.get_glyph_name(gid) or ""
        if name.startswith("uni") and len(name) >= 7:  # "uni0E48.low": a form of U+0E48
            try:
                self.glyph_text[gid] = chr(int(name[3:7], 16))
                return
            except ValueError:
                pass
        start = clusters[index]
        if clusters.count(start) == 1:
            later = [c for c in clusters if c > start]
            self.glyph_text[gid] = text[start : min(later) if later else len(text)]

    def reverse_cmap(self) -> dict[int, str]:
        if self._reverse_cmap is None:
            reverse: dict[int, str] = {}
            for cp in sorted(self.face.unicodes):
                gid = self.hb_font.get_nominal_glyph(cp)
                if gid:
                    reverse.setdefault(gid, chr(cp))
            self._reverse_cmap = reverse
        return self._reverse_cmap

    def glyph_advance(self, gid: int) -> int:
        """The advance in the font's own metrics (what a PDF reader uses), in font units."""
        advance = self._advances.get(gid)
        if advance is None:
            advance = self._advances[gid] = self.hb_font.get_glyph_h_advance(gid)
        return advance

    def subset(self, gids: Iterable[int]) -> bytes:
        """The font with only these glyphs, glyph ids kept (the PDF addresses glyphs by id)."""
        hb = self._hb
        source = hb.SubsetInput()
        for gid in {0, *gids}:
            source.glyph_set.add(gid)
        source.flags = hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING
        face = hb.subset(self.face, source)
        if face is None:  # HarfBuzz could not subset: embed the whole font rather than fail
            return self.data
        return bytes(face.blob.data)


@dataclass
class Fonts:
    """What documents are set with: the faces, loaded once per renderer from the bundled font folder,
    and the word breaker."""

    regular: Font
    bold: Font
    breaker: WordBreaker = field(default_factory=lambda: WordBreaker())

    @classmethod
    def load(cls, font_dir: Path) -> Fonts:
        regular = Font(Path(font_dir) / REGULAR_FILE)
        bold_path = Path(font_dir) / BOLD_FILE
        return cls(regular, Font(bold_path) if bold_path.is_file() else regular)

    def get(self, bold: bool) -> Font:
        return self.bold if bold else self.regular

    def line_height(self, size: float) -> float:
        """Single line spacing at ``size`` points for text in either face: one spacing for regular and
        bold, so that a bold word does not open its line."""
        return size * max(self.regular.line_spacing, self.bold.line_spacing)

    def baseline_drop(self, size: float) -> float:
        """The baseline's distance under the top of a line at ``size`` points."""
        return size * max(self.regular.baseline_drop, self.bold.baseline_drop)


# -- segmentation ------------------------------------------------------------------------------------


def _is_space(s: str) -> bool:
    return s.isspace()


_NUMBER = r"[0-9๐-๙](?:[0-9๐-๙,./:-]*[0-9๐-๙])?"
_MONTHS = "|".join(
    re.escape(m) for m in sorted({*THAI_MONTHS, *THAI_MONTHS_SHORT, *ENGLISH_MONTHS}, key=len, reverse=True)
)
# Words that a number completes (ครั้งที่ 2/2569, ร้อยละ 49, มาตรา 4, พ.ศ. 2569, เวลา 09.30) and units that
# complete a number (49 บาท, 09.30 น., 12 เสียง): a line never breaks between the two.
_BEFORE_NUMBER = (
    "ครั้งที่",
    "ร้อยละ",
    "มาตรา",
    "ข้อ",
    "วรรค",
    "อนุมาตรา",
    "ระเบียบวาระที่",
    "วาระที่",
    "พ.ศ.",
    "ค.ศ.",
    "เวลา",
    "ชั้น",
    "ห้อง",
    "หมู่ที่",
    "ฉบับที่",
    "ไตรมาสที่",
    "ครั้งละ",
    "จำนวน",
    "อายุ",
    "ปี",
    "ปีงบประมาณ",
    "วันที่",
    "ลำดับที่",
    "เลขที่",
    "ที่",
    "No.",
    "Article",
    "Section",
    "item",
)
_AFTER_NUMBER = (
    "บาท",
    "ล้านบาท",
    "ล้าน",
    "แสน",
    "หมื่น",
    "พัน",
    "สตางค์",
    "คน",
    "ราย",
    "เสียง",
    "ปี",
    "เดือน",
    "วัน",
    "สัปดาห์",
    "ชั่วโมง",
    "นาที",
    "วินาที",
    "น.",
    "นาฬิกา",
    "ครั้ง",
    "ฉบับ",
    "เรื่อง",
    "แห่ง",
    "หน่วยงาน",
    "ชั้น",
    "เล่ม",
    "หน้า",
    "ข้อ",
    "โครงการ",
    "กิโลเมตร",
    "เมตร",
    "ตารางเมตร",
    "ไร่",
    "%",
    "baht",
    "persons",
    "votes",
    "per cent",
    "percent",
)


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMBER_PHRASE = re.compile(
    rf"(?:(?:{_alternatives(_BEFORE_NUMBER)})\s?)?{_NUMBER}"  # ครั้งที่ 2/2569, ร้อยละ 49
    rf"(?:\s(?:{_MONTHS})(?:\s(?:พ\.ศ\.\s?)?{_NUMBER})?)?"  # 6 ธันวาคม 2569
    rf"(?:\s?(?:{_alternatives(_AFTER_NUMBER)}))?"  # 49 บาท, 09.30 น.
)


@dataclass(frozen=True)
class Unbreakable:
    """What a line must not break inside: the names the record holds (people with and without their
    title, organisations), passed by the document that prints them, and everywhere a number with the
    word it completes (ครั้งที่ 2/2569, ร้อยละ 49, 49 บาท, 6 ธันวาคม 2569, เวลา 09.30 น.)."""

    phrases: tuple[str, ...] = ()
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kept = sorted({p.strip() for p in self.phrases if len(p.strip()) > 1}, key=len, reverse=True)
        if kept:
            object.__setattr__(self, "_pattern", re.compile("|".join(re.escape(p) for p in kept)))

    def ranges(self, text: str) -> list[tuple[int, int]]:
        """The [start, end) stretches of ``text`` that stay on one line, sorted by start."""
        found = [m.span() for m in _NUMBER_PHRASE.finditer(text)]
        if self._pattern is not None:
            found += [m.span() for m in self._pattern.finditer(text)]
        return sorted(found)


_NO_PHRASES = Unbreakable()


def _protect(units: list[str], ranges: Sequence[tuple[int, int]]) -> list[list[str]]:
    """The units grouped so that no group boundary falls strictly inside one of ``ranges``. A range
    that ends inside a word ends before that word ("49 วัน" does not reach into "วันที่"); one that ends
    before punctuation glued to its last word takes the punctuation ("2026:")."""
    boundaries = [0]
    for unit in units:
        boundaries.append(boundaries[-1] + len(unit))
    text = "".join(units)
    forbidden: set[int] = set()
    for start, end in ranges:
        last = bisect_right(boundaries, end) - 1  # the last boundary at or before the range's end
        if boundaries[last] != end and not text[end].isalnum() and unicodedata.category(text[end]) != "Mn":
            last += 1
        first = bisect_right(boundaries, start)  # the first boundary after its start
        while last > first and _is_space(units[last - 1]):  # nor does it take the space after it
            last -= 1
        forbidden.update(range(first, last))
    groups: list[list[str]] = []
    for i, unit in enumerate(units):
        if i in forbidden and groups:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def break_units(text: str, breaker: WordBreaker, keep: Unbreakable | None = None) -> list[str]:
    """``text`` cut where a line may break: between Thai words, at spaces (a space is a unit of its own),
    never inside a number such as 3/2569 or 4.1, nor before closing or after opening punctuation, nor
    inside what ``keep`` protects (a unit may then hold spaces)."""
    return ["".join(group) for group in protected_units(text, breaker, keep)]


def protected_units(text: str, breaker: WordBreaker, keep: Unbreakable | None = None) -> list[list[str]]:
    """The break units of ``text``, each with the finer units it is made of when it joins several
    (what a protected phrase falls back to when it is wider than a whole line)."""
    units = _word_units(text, breaker)
    ranges = (keep or _NO_PHRASES).ranges(text)
    return _protect(units, ranges) if ranges else [[u] for u in units]


def _word_units(text: str, breaker: WordBreaker) -> list[str]:
    units: list[str] = []
    for word in breaker.segment(text):
        if units:
            prev = units[-1]
            glue = (
                not _is_space(prev)
                and not _is_space(word)
                and (
                    word[0] in _NO_BREAK_BEFORE
                    or prev[-1] in _NO_BREAK_AFTER
                    or (not is_thai(prev[-1]) and not is_thai(word[0]))
                    or unicodedata.category(word[0]) == "Mn"
                )
            )
            if glue:
                units[-1] = prev + word
                continue
        units.append(word)
    return units


# -- line layout -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    color: RGB = BLACK


@dataclass(frozen=True)
class Piece:
    """A run of one font and colour on a line."""

    font: Font
    color: RGB
    text: str
    glyphs: tuple[Glyph, ...]
    width: float  # points


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    text: str  # exactly the source text shown on this line
    width: float  # points, without a trailing space
    size: float
    last: bool = False  # the paragraph's last line (not justified)
    break_space: str = ""  # the space the line broke at: not drawn, but part of the source

    @property
    def source(self) -> str:
        return self.text + self.break_space


@dataclass
class _Unit:
    text: str
    font: Font
    color: RGB
    shaped: Shaped
    width: float
    space: bool
    parts: tuple[str, ...] = ()  # a protected phrase's own units, should it not fit on a line at all


@dataclass
class _Builder:
    units: list[_Unit] = field(default_factory=list)
    width: float = 0.0


def _unit(text: str, font: Font, color: RGB, size: float, parts: tuple[str, ...] = ()) -> _Unit:
    space = _is_space(text)
    shaped = font.shape(" " * len(text) if space else text)  # a tab or NBSP sets as a space
    return _Unit(text, font, color, shaped, shaped.advance * size / font.upem, space, parts)


def _units(spans: Sequence[Span], fonts: Fonts, size: float, keep: Unbreakable | None) -> list[_Unit]:
    units: list[_Unit] = []
    for span in spans:
        font = fonts.get(span.bold)
        for group in protected_units(span.text, fonts.breaker, keep):
            parts = tuple(group) if len(group) > 1 else ()
            units.append(_unit("".join(group), font, span.color, size, parts))
    return units


def _split_long(unit: _Unit, room: float, size: float) -> tuple[_Unit, _Unit] | None:
    """Cut a unit wider than a whole line at the last cluster boundary that fits (a URL, a long number)."""
    scale = size / unit.font.upem
    best = 0
    for i in range(1, len(unit.text)):
        c = unit.text[i]
        if unicodedata.category(c) == "Mn" or c in "ะาำๅๆฯ":
            continue
        if unit.font.shape(unit.text[:i]).advance * scale > room:
            break
        best = i
    if best == 0:
        return None
    head, tail = unit.text[:best], unit.text[best:]
    a, b = unit.font.shape(head), unit.font.shape(tail)
    return (
        _Unit(head, unit.font, unit.color, a, a.advance * scale, False),
        _Unit(tail, unit.font, unit.color, b, b.advance * scale, False),
    )


def layout_paragraph(
    spans: Sequence[Span],
    fonts: Fonts,
    size: float,
    width: float,
    first_indent: float = 0.0,
    keep: Unbreakable | None = None,
) -> list[Line]:
    """Greedy line breaking of one paragraph (no newlines inside) into lines at most ``width`` wide;
    the first line is ``first_indent`` narrower. Spaces at a break are kept in ``Line.break_space``.
    No line breaks inside what ``keep`` protects unless the phrase is wider than a whole line."""
    units = _units(spans, fonts, size, keep)
    lines: list[Line] = []
    current = _Builder()
    room = width - first_indent

    def finish(break_space: str, last: bool) -> None:
        nonlocal current, room
        body = current.units
        lines.append(_line(body, size, last, break_space))
        current = _Builder()
        room = width

    queue = deque(units)
    while queue:
        unit = queue.popleft()
        if unit.space:
            if not current.units and lines:  # a space after a break: part of the text, takes no room
                prev = lines[-1]
                lines[-1] = dataclasses.replace(prev, break_space=prev.break_space + unit.text)
                continue
            current.units.append(unit)
            current.width += unit.width
            continue
        # The spaces before the unit stay inside the line if the unit joins it: they take room.
        if current.units and current.width + unit.width > room + 1e-6:
            spaces = _trailing_spaces(current.units)
            if spaces:
                del current.units[-len(spaces) :]
            finish("".join(u.text for u in spaces), False)
        if unit.parts and unit.width > room + 1e-6 and (not current.units or unit.width > width + 1e-6):
            # A protected phrase wider than a whole line: set it by its own words after all.
            queue.extendleft(_unit(p, unit.font, unit.color, size) for p in reversed(unit.parts))
            continue
        if not current.units and unit.width > room + 1e-6:
            split = _split_long(unit, room, size)
            if split is not None:
                current.units.append(split[0])
                current.width += split[0].width
                finish("", False)
                queue.appendleft(split[1])
                continue
        current.units.append(unit)
        current.width += unit.width
    spaces = _trailing_spaces(current.units)
    if spaces and current.units[: -len(spaces)]:
        del current.units[-len(spaces) :]
        finish("".join(u.text for u in spaces), True)
    else:
        finish("", True)
    return lines


def _trailing_spaces(units: list[_Unit]) -> list[_Unit]:
    n = 0
    while n < len(units) and units[-1 - n].space:
        n += 1
    return units[len(units) - n :] if n else []


def _line(units: list[_Unit], size: float, last: bool, break_space: str) -> Line:
    pieces: list[Piece] = []
    for unit in units:
        if pieces and pieces[-1].font is unit.font and pieces[-1].color == unit.color:
            p = pieces[-1]
            pieces[-1] = Piece(
                p.font, p.color, p.text + unit.text, p.glyphs + unit.shaped.glyphs, p.width + unit.width
            )
        else:
            pieces.append(Piece(unit.font, unit.color, unit.text, unit.shaped.glyphs, unit.width))
    return Line(
        tuple(pieces), "".join(u.text for u in units), sum(u.width for u in units), size, last, break_space
    )


def text_width(text: str, font: Font, size: float) -> float:
    return font.shape(text).advance * size / font.upem


def justification_gaps(line: Line) -> tuple[int, int]:
    """(spaces, cluster gaps) inside a line: where justification may add room."""
    spaces = sum(p.text.count(" ") for p in line.pieces)
    clusters = sum(1 for p in line.pieces for g in p.glyphs if g.cluster_start) - 1
    return spaces, max(clusters, 0)
