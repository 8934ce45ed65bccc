"""Finding an annotation's quoted text again in another version of its paper.

Text extracted from a PDF differs from version to version in ways a reader does not see: line breaks and
spaces move, and Thai text (written without spaces between words) gains or loses zero-width spaces where
a program marked word breaks. The search therefore compares the text with all whitespace and zero-width
characters left out, after Unicode normalisation (NFC).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

# Characters that mark word breaks without showing: zero-width space, (non-)joiners, word joiner, BOM.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def comparable(text: str) -> str:
    """The text as the search compares it: NFC, without whitespace and invisible break marks."""
    return "".join(
        ch for ch in unicodedata.normalize("NFC", text) if not ch.isspace() and ch not in _INVISIBLE
    )


def find_quote(quote: str, pages: Sequence[str], near_page: int) -> int | None:
    """The page (from 0) of ``pages`` holding ``quote``, the one nearest ``near_page`` when several do
    (the earlier of two as near); None when no page holds it or the quote is empty of visible text."""
    wanted = comparable(quote)
    if not wanted:
        return None
    found = [number for number, text in enumerate(pages) if wanted in comparable(text)]
    if not found:
        return None
    return min(found, key=lambda number: (abs(number - near_page), number))
