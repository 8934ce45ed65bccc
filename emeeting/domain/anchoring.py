"""Finding a quoted passage again in another version of a paper.

A text mark keeps the text it covered. When the paper is replaced, the mark moves to the page of the new
version where that text is found. Text layers of PDFs differ in ways a reader does not see: line breaks and
spaces where a line was broken, Thai zero-width spaces between words, soft hyphens, ``ำ`` as one character
or as ``ํ`` + ``า``, tone marks and vowels above or below a consonant in either order, Thai or Arabic
digits, and the glyph variants old Thai fonts put in the private use area. Both sides are compared in a
normal form that leaves all of those out (letter case counts: a heading in capitals is other text).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from types import MappingProxyType

# Characters that carry no text: zero-width space, non-joiner and joiner, word joiner, byte-order mark,
# soft hyphen.
_IGNORED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

# The private-use code points old Thai fonts (and the PDFs made with them) use for shifted tone marks and
# vowels and for ฐ, ญ without their tails, as the characters they stand for.
_THAI_PUA = MappingProxyType(
    {
        "\uf700": "\u0e10",
        "\uf701": "\u0e34",
        "\uf702": "\u0e35",
        "\uf703": "\u0e36",
        "\uf704": "\u0e37",
        "\uf705": "\u0e48",
        "\uf706": "\u0e49",
        "\uf707": "\u0e4a",
        "\uf708": "\u0e4b",
        "\uf709": "\u0e4c",
        "\uf70a": "\u0e48",
        "\uf70b": "\u0e49",
        "\uf70c": "\u0e4a",
        "\uf70d": "\u0e4b",
        "\uf70e": "\u0e4c",
        "\uf70f": "\u0e0d",
        "\uf710": "\u0e31",
        "\uf711": "\u0e4d",
        "\uf712": "\u0e47",
        "\uf713": "\u0e48",
        "\uf714": "\u0e49",
        "\uf715": "\u0e4a",
        "\uf716": "\u0e4b",
        "\uf717": "\u0e4c",
        "\uf718": "\u0e38",
        "\uf719": "\u0e39",
        "\uf71a": "\u0e3a",
    }
)
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# What ``comparable`` does first in one pass: the private-use glyphs as their characters, no invisible ones.
_BEFORE_NFKD: Mapping[int, str | None] = MappingProxyType(
    {**{ord(k): v for k, v in _THAI_PUA.items()}, **dict.fromkeys(map(ord, _IGNORED))}
)


def _clusters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each base character with the marks that follow it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.category(_THAI_PUA.get(text[i], text[i])) != "Mn":
            spans.append((start, i))
            start = i
    return [s for s in spans if s[1] > s[0]]


def normalise(text: str) -> tuple[str, list[int], list[int]]:
    """The text in the compared form, and for each of its characters where the cluster it comes from
    starts and ends in ``text``."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for start, end in _clusters(text):
        cluster = "".join(
            _THAI_PUA.get(c, c) for c in text[start:end] if c not in _IGNORED and not c.isspace()
        )
        # NFKD per cluster: ำ becomes ํ + า, and the marks on one consonant come in one canonical order.
        form = unicodedata.normalize("NFKD", cluster).translate(_THAI_DIGITS)
        for char in form:
            if char.isspace():  # a compatibility form may hold a space (¨ is a space and a diaeresis)
                continue
            out.append(char)
            starts.append(start)
            ends.append(end)
    return "".join(out), starts, ends


def comparable(text: str) -> str:
    """``normalise(text)[0]`` without the offsets, in a few passes over the whole text: for whole papers."""
    form = unicodedata.normalize("NFKD", text.translate(_BEFORE_NFKD))
    return "".join(form.split()).translate(_THAI_DIGITS)


def locate(quote: str, page_text: str) -> tuple[int, int] | None:
    """Where ``quote`` is in ``page_text`` (the first place), as offsets into ``page_text``; None when it
    is not there or says nothing."""
    needle = normalise(quote)[0]
    if not needle:
        return None
    hay, starts, ends = normalise(page_text)
    at = hay.find(needle)
    if at < 0:
        return None
    return starts[at], ends[at + len(needle) - 1]


class QuoteIndex:
    """The pages of one version of a paper, normalised once, to find many quotes in them (all the marks
    on a paper when it is replaced)."""

    def __init__(self, pages: Sequence[str]) -> None:
        self._pages = tuple(comparable(text) for text in pages)

    def find(self, quote: str, near_page: int) -> int | None:
        """As ``find_quote``."""
        needle = comparable(quote)
        if not needle:
            return None
        found = [n for n, text in enumerate(self._pages) if needle in text]
        if not found:
            return None
        return min(found, key=lambda n: (abs(n - near_page), n))


def find_quote(quote: str, pages: Sequence[str], near_page: int) -> int | None:
    """The page (from 0) of ``pages`` whose text holds ``quote``, the nearest to ``near_page`` (of two at
    the same distance, the earlier); None when no page holds it or the quote says nothing. To find many
    quotes in the same pages, build a ``QuoteIndex`` once."""
    return QuoteIndex(pages).find(quote, near_page)


def line_rects(
    boxes: Sequence[tuple[float, float, float, float] | None],
) -> list[tuple[float, float, float, float]]:
    """The rectangles a text mark covers, one per line: the characters' boxes (x0, top, x1, bottom, from
    the top-left of the page; None for a character drawn nowhere) in reading order. A character whose
    middle lies within the line's band goes on it: across the page for a line that runs left to right,
    down it for one that runs top to bottom (a page turned by a quarter); any other starts a new line."""
    rects: list[list[float]] = []
    runs_down: bool | None = None  # the current line's direction, once two characters tell it
    for box in boxes:
        if box is None or box[2] < box[0] or box[3] < box[1]:
            continue
        middle_x, middle_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        line = rects[-1] if rects else None
        across = line is not None and line[1] <= middle_y <= line[3]
        down = line is not None and line[0] <= middle_x <= line[2]
        if line is None or not (down if runs_down else across if runs_down is False else across or down):
            rects.append(list(box))
            runs_down = None
            continue
        if runs_down is None and across != down:  # (both: a mark over its letter tells nothing)
            runs_down = down
        line[0], line[1] = min(line[0], box[0]), min(line[1], box[1])
        line[2], line[3] = max(line[2], box[2]), max(line[3], box[3])
    return [(r[0], r[1], r[2], r[3]) for r in rects]
