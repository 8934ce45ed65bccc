"""Full-text search, the part that is pure rules: what the index holds for a text, what a query asks
for, and the snippet shown for a hit.

Thai is written without spaces between words. The index holds each text with a zero-width space
(U+200B) between its Thai words, as the one word breaker the PDFs use finds them (``thai_words``), so
that SQLite's FTS5 tokenizer sees words, and removing those marks gives the text back exactly (snippets
and quoted phrases are read from it). Dictionary words inside a compound ("ประชุม" in "การประชุม") and
Thai numbers in Arabic digits go in a column of their own ("parts"), so that a shorter word finds the
compound without ranking as high as the compound itself.

A query is words and "quoted phrases". Thai typed without spaces is segmented like the text; every word
must occur (in any column); a Latin word or the last word typed also matches as a prefix (search as you
type; "budg" finds "budget"); the FTS5 porter stemmer makes "meetings" find "meeting". A phrase must
occur as written (spaces and case aside), which is checked against the text itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from emeeting.domain.thai_words import WordBreaker

WORD_MARK = "\u200b"  # between Thai words in the index's text; FTS5's unicode61 takes it for a separator
# Thai vowel signs and tone marks (category Mn): FTS5's unicode61 splits words at them unless told they
# belong to words (the tokenizer's ``tokenchars``).
THAI_MARKS = "".join(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_LEADING_VOWELS = "เแโใไ"
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")
_THAI_NUMBER = re.compile(r"[๐-๙]+")
_QUERY_WORD = re.compile(r"[\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+")
_MIN_PART = 3  # shorter dictionary words inside compounds (กร, ปร) would find nearly everything
_CACHE_LIMIT = 50_000


class SearchKind(StrEnum):
    """What a hit is; its value is kept in the index and named by ``emeeting search --kind``."""

    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    MINUTES = "minutes"
    ACTION_ITEM = "action_item"
    PERSON = "person"
    PAPER = "paper"


def _is_thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


@dataclass
class IndexText:
    """How texts are written into the index: Thai words marked, compounds' inner words and Thai numbers
    listed. Keeps what it learnt about each Thai run (archives repeat their phrases), within a bound."""

    breaker: WordBreaker
    _runs: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    _inner: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a word's inner words

    def words(self, text: str) -> str:
        """``text`` with a word mark between its Thai words (marks already in it are dropped first)."""
        text = text.replace(WORD_MARK, "")
        return _THAI_RUN.sub(lambda run: self._run(run.group())[0], text)

    def parts(self, text: str) -> str:
        """The inner words of ``text``'s Thai compounds and its Thai numbers in Arabic digits, each once."""
        found: dict[str, None] = {}
        for run in _THAI_RUN.findall(text.replace(WORD_MARK, "")):
            found.update(dict.fromkeys(self._run(run)[1]))
        for number in _THAI_NUMBER.findall(text):
            found[number.translate(_THAI_DIGITS)] = None
        return " ".join(found)

    def learn(self, *texts: str) -> None:
        """Cut the Thai runs of ``texts`` not met before, all in one go (what ``words`` and ``parts`` of
        them then find ready)."""
        runs = list(
            dict.fromkeys(
                run
                for text in texts
                for run in _THAI_RUN.findall(text.replace(WORD_MARK, ""))
                if run not in self._runs
            )
        )
        if runs:
            for run, words in zip(runs, self.breaker.segment_runs(runs), strict=True):
                self._keep(run, words)

    def _run(self, run: str) -> tuple[str, tuple[str, ...]]:
        known = self._runs.get(run)
        if known is None:
            known = self._keep(run, self.breaker.segment(run))
        return known

    def _keep(self, run: str, words: list[str]) -> tuple[str, tuple[str, ...]]:
        inner: dict[str, None] = {}
        for word in words:
            inner.update(dict.fromkeys(self._inner_words_of(word)))
        known = (WORD_MARK.join(words), tuple(inner))
        if len(self._runs) >= _CACHE_LIMIT:
            self._runs.clear()
        self._runs[run] = known
        return known

    def _inner_words_of(self, word: str) -> tuple[str, ...]:
        known = self._inner.get(word)
        if known is None:  # words repeat far more than runs do
            known = tuple(self._inner_words(word))
            if len(self._inner) >= _CACHE_LIMIT:
                self._inner.clear()
            self._inner[word] = known
        return known

    def _inner_words(self, word: str) -> list[str]:
        """Dictionary words that start inside ``word`` (where a Thai word can start)."""
        found: list[str] = []
        for start in range(1, len(word) - _MIN_PART + 1):
            c, before = word[start], word[start - 1]
            if unicodedata.category(c) == "Mn" or before in _LEADING_VOWELS or c in "ะาำๆฯ":
                continue
            found += [w for w in self.breaker.prefixes(word, start) if len(w) >= _MIN_PART]
        return found


@dataclass(frozen=True)
class Query:
    """What was asked: the words every hit holds, the phrases it holds as written, and which words may
    also match as a prefix."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    prefix: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.words

    def match(self) -> str:
        """The FTS5 MATCH expression: every word, each quoted (nothing typed is FTS5 syntax)."""
        return " AND ".join(f'"{w}"*' if w in self.prefix else f'"{w}"' for w in self.words)

    def needles(self) -> tuple[str, ...]:
        """What to highlight in a hit's text, longest first, folded as ``fold`` folds the text."""
        return tuple(sorted({*(fold(p) for p in self.phrases), *self.words}, key=len, reverse=True))

    def holds_phrases(self, text: str) -> bool:
        """Whether ``text`` (index text or plain) holds every phrase as written, spaces and case aside."""
        squeezed = _squeeze(fold(text.replace(WORD_MARK, "")))
        return all(_squeeze(fold(p)) in squeezed for p in self.phrases)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def fold(text: str) -> str:
    """Lower case and Arabic digits, one character for one (so positions in the folded text are positions
    in the text)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): kept as it is
        low = "".join(c if len(small := c.lower()) != 1 else small for c in text)
    # str.translate looks every character up; only runs of Thai digits need it
    return _THAI_NUMBER.sub(lambda number: number.group().translate(_THAI_DIGITS), low)


def parse_query(text: str, breaker: WordBreaker) -> Query:
    """Words and "phrases" from what a user typed; Thai typed without spaces is cut into words."""
    text = text.replace(WORD_MARK, "")
    phrases = [p.strip() for p in re.findall(r'"([^"]*)"', text) if p.strip()]
    loose = re.sub(r'"[^"]*"', " ", text).replace('"', " ")  # an unclosed quote: a phrase being typed
    words: list[str] = []
    prefix: set[str] = set()
    for source in [*phrases, loose]:
        for token in _QUERY_WORD.findall(source):
            if not any(c.isalnum() for c in token):
                continue  # "_", tone marks alone: no word to find, and required they would find nothing
            token = fold(token)
            pieces = (
                [w for w in breaker.segment(token) if w.strip()] if any(map(_is_thai, token)) else [token]
            )
            for piece in pieces:
                if not any(map(_is_thai, piece)):
                    prefix.add(piece)  # stems and search as you type
                if piece not in words:
                    words.append(piece)
    loose_words = _QUERY_WORD.findall(loose)
    if loose_words and not text.rstrip().endswith('"') and words:
        prefix.add(words[-1])  # the word being typed
    return Query(tuple(words), tuple(phrases), frozenset(prefix))


@dataclass(frozen=True)
class Snippet:
    """A short stretch of a hit's text and where in it the query's words are (start, end)."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


SNIPPET_CHARS = 90


def snippet(text: str, needles: Sequence[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The stretch of ``text`` around the first place its longest needle found is, with every needle in
    it marked; the text's start when none is found. Line breaks become spaces; cut ends show "…".
    Needles are matched with or without spaces between their characters (a phrase across a line break)."""
    text = " ".join(text.replace(WORD_MARK, "").split())
    folded = fold(text)
    patterns = [_needle_pattern(n) for n in needles if n.strip()]
    first = next((found.start() for p in patterns if (found := p.search(folded))), -1)
    start = 0 if first < 0 else max(0, first - width // 3)
    if start > 0:  # begin at a word's start where one is near
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and start - space < 15 else start
        while start < len(text) and unicodedata.category(text[start]) == "Mn":
            start += 1  # never begin with a vowel or tone mark that belongs to the letter before
    end = min(len(text), start + width)
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    head = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    piece = head + text[start:end] + tail
    return Snippet(piece, tuple(_marks(fold(piece), patterns)))


def _needle_pattern(needle: str) -> re.Pattern[str]:
    return re.compile(r"\s?".join(re.escape(c) for c in _squeeze(needle)))


def _marks(folded: str, patterns: Iterable[re.Pattern[str]]) -> list[tuple[int, int]]:
    marks: list[tuple[int, int]] = []
    for pattern in patterns:  # longest first: a shorter needle inside a marked one adds nothing
        for found in pattern.finditer(folded):
            at, end = found.span()
            if not any(s < end and at < e for s, e in marks):
                marks.append((at, end))
    return sorted(marks)


@dataclass(frozen=True)
class SearchFilter:
    """Where to look: one committee, a span of meeting days, some kinds (all when empty)."""

    committee_id: str | None = None
    since: date | None = None
    until: date | None = None
    kinds: frozenset[SearchKind] = frozenset()
