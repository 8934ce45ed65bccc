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
from itertools import islice

from emeeting.domain.thai import THAI_DIGITS, from_thai_digits, is_thai
from emeeting.domain.thai_words import WordBreaker

WORD_MARK = "\u200b"  # between Thai words in the index's text; FTS5's unicode61 takes it for a separator
# Thai vowel signs and tone marks (category Mn): FTS5's unicode61 splits words at them unless told they
# belong to words (the tokenizer's ``tokenchars``).
THAI_MARKS = "".join(chr(c) for c in (0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)))
_LEADING_VOWELS = "เแโใไ"
_THAI_LETTERS = "\u0e01-\u0e4e"  # consonants, vowels and marks: what a Thai word is written with
_THAI_RUN = re.compile(f"[{_THAI_LETTERS}]+")
_THAI_NUMBER = re.compile(f"[{THAI_DIGITS}]+")
_QUERY_WORD = re.compile(r"[\w\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+")
_MIN_PART = 3  # shorter dictionary words inside compounds (กร, ปร) would find nearly everything
# A "word" longer than this is one the breaker could not cut (garbled text from a broken PDF, a line of
# letters): its pieces are chance, not words inside a compound, and looking for them costs its length.
_MAX_COMPOUND = 200
_CACHE_LIMIT = 50_000


class SearchKind(StrEnum):
    """What a hit is; its value is kept in the index and named by ``emeeting search --kind``."""

    MEETING = "meeting"
    AGENDA_ITEM = "agenda_item"
    MINUTES = "minutes"
    ACTION_ITEM = "action_item"
    PERSON = "person"
    PAPER = "paper"


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
            found[from_thai_digits(number)] = None
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
        """Dictionary words inside ``word`` (starting where a Thai word can start, not cut off a vowel or
        tone mark): "คณะ" and "กรรมการ" in "คณะกรรมการ", so that a query cut into words otherwise
        ("ประชุมคณะกรรม") still finds it."""
        size = len(word)
        if size > _MAX_COMPOUND:
            return []
        words, longest = self.breaker.dictionary, self.breaker.longest_word
        marks = [unicodedata.category(c) == "Mn" for c in word] + [False]
        found: list[str] = []
        for start in range(size - _MIN_PART + 1):
            if marks[start] or word[start] in "ะาำๆฯ" or (start and word[start - 1] in _LEADING_VOWELS):
                continue
            # no longer than the longest word: a "word" the breaker could not cut (thousands of letters
            # of garbled text) costs its length, not its length cubed
            for end in range(start + _MIN_PART, min(size, start + longest) + 1):
                if not marks[end] and (piece := word[start:end]) in words and piece != word:
                    found.append(piece)
        return found


@dataclass(frozen=True)
class Query:
    """What was asked: the words every hit holds, the phrases it holds as written, and which words may
    also match as a prefix.

    ``runs`` are what was typed without quotes but must still be found as written: a stretch of Thai of
    several words (a name the dictionary does not know, "ศิริพร", is cut into pieces that occur
    everywhere; "ครั้งที่" is not "ครั้ง" here and "ที่" there) and a number such as 3/2569. They are
    checked against the text only, like phrases, but not by word positions: the text around them may have
    cut them into words otherwise."""

    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    prefix: frozenset[str] = frozenset()
    runs: tuple[str, ...] = ()

    @property
    def exact(self) -> tuple[str, ...]:
        """Everything a hit must hold as written (spaces and case aside)."""
        return (*self.phrases, *self.runs)

    @property
    def empty(self) -> bool:
        return not self.words

    def match(self) -> str:
        """The FTS5 MATCH expression: every word, each quoted (nothing typed is FTS5 syntax)."""
        return " AND ".join(f'"{w}"*' if w in self.prefix else f'"{w}"' for w in self.words)

    def needles(self) -> tuple[str, ...]:
        """What to highlight in a hit's text, longest first, folded as ``fold`` folds the text: phrases
        and runs whole, and the words that are not part of one (a piece of a name marked on its own would
        light up the same letters inside other words)."""
        exact = [fold(p) for p in self.exact]
        inside = "\n".join(_squeeze(p) for p in exact)
        loose = [w for w in self.words if w not in inside]
        return tuple(sorted({*exact, *loose}, key=len, reverse=True))

    def holds_phrases(self, text: str) -> bool:
        """Whether ``text`` (index text or plain) holds every phrase and run as written, spaces and case
        aside."""
        squeezed = _squeeze(fold(text.replace(WORD_MARK, "")))
        return all(_squeeze(fold(p)) in squeezed for p in self.exact)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def fold(text: str) -> str:
    """Lower case and Arabic digits, one character for one (so positions in the folded text are positions
    in the text)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer ("İ"): kept as it is
        low = "".join(c if len(small := c.lower()) != 1 else small for c in text)
    # str.translate looks every character up; only runs of Thai digits need it
    return _THAI_NUMBER.sub(lambda number: from_thai_digits(number.group()), low)


def parse_query(text: str, breaker: WordBreaker) -> Query:
    """Words and "phrases" from what a user typed; Thai typed without spaces is cut into words.

    A query holds at most ``MAX_QUERY_WORDS`` words (from its first ``MAX_QUERY_TOKENS``) and
    ``MAX_QUERY_PHRASES`` phrases and stretches found as typed, the first ones typed: a pasted paragraph
    still finds where it came from, and pasting a book costs no more than that."""
    text = text.replace(WORD_MARK, "")
    phrases = [p.strip() for p in re.findall(r'"([^"]*)"', text) if p.strip()][:MAX_QUERY_PHRASES]
    loose = re.sub(r'"[^"]*"', " ", text).replace('"', " ")  # an unclosed quote: a phrase being typed
    words: dict[str, None] = {}
    prefix: set[str] = set()
    for source in [*phrases, loose]:
        for token in islice(_QUERY_WORD.finditer(source), MAX_QUERY_TOKENS):
            if len(words) >= MAX_QUERY_WORDS:
                break
            if not any(c.isalnum() for c in token.group()):
                continue  # "_", tone marks alone: no word to find, and required they would find nothing
            folded = fold(token.group())
            pieces = [w for w in breaker.segment(folded) if w.strip()] if is_thai(folded) else [folded]
            for piece in pieces[: MAX_QUERY_WORDS - len(words)]:
                if not is_thai(piece):
                    prefix.add(piece)  # stems and search as you type
                words[piece] = None
    loose_words = _QUERY_WORD.search(loose)
    runs: dict[str, None] = {}
    for run in _EXACT_RUN.findall(fold(loose))[:MAX_QUERY_WORDS]:
        if len(runs) < MAX_QUERY_PHRASES and run not in runs and _must_be_whole(run, breaker):
            runs[run] = None
    if loose_words and not text.rstrip().endswith('"') and words:
        prefix.add(list(words)[-1])  # the word being typed (a run being typed: found as typed so far)
    return Query(tuple(words), tuple(phrases), frozenset(prefix), tuple(runs))


MAX_QUERY_WORDS = 64
MAX_QUERY_PHRASES = 16
MAX_QUERY_TOKENS = 1000  # looked at for those words: a paragraph's worth


# Typed without quotes, yet to be found as written: a stretch of Thai letters and a number with a slash
# or a dot in it (3/2569, 4.1); see Query.runs.
_EXACT_RUN = re.compile(f"[{_THAI_LETTERS}]+|" + r"\d+(?:[/.]\d+)+")


def _must_be_whole(run: str, breaker: WordBreaker) -> bool:
    """Whether a stretch typed must be found as written: a number with parts, and Thai that the
    dictionary cuts into pieces it does not know or into syllables (names: ศิ|ริ|พร, สม|ชาย). Thai
    made of dictionary words is found by its words, wherever the index's own cutting put them."""
    if run[0].isdigit():
        return True
    pieces = [w for w in breaker.segment(run) if w.strip()]
    # A piece of one or two letters is a syllable, not a word a user looks for (สม|ชาย): a name.
    return len(pieces) > 1 and any(piece not in breaker or len(piece) < 3 for piece in pieces)


@dataclass(frozen=True)
class Snippet:
    """A short stretch of a hit's text and where in it the query's words are (start, end)."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def pieces(self) -> list[tuple[str, bool]]:
        """The text in stretches, each with whether it is marked (what a screen or a terminal highlights)."""
        out: list[tuple[str, bool]] = []
        at = 0
        for start, end in self.marks:
            out += [(self.text[at:start], False), (self.text[start:end], True)]
            at = end
        out.append((self.text[at:], False))
        return [(piece, marked) for piece, marked in out if piece]


SNIPPET_CHARS = 90


def snippet(text: str, needles: Sequence[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The stretch of ``text`` around the first place its longest needle found is, with every needle in
    it marked; the text's start when none is found. Line breaks become spaces; cut ends show "…".
    Needles are matched with or without spaces between their characters (a phrase across a line break).

    The stretch begins and ends between words: at spaces, and in Thai at the word marks the index put
    between words (``text`` as the index holds it), never inside a word or its cluster of vowels. Only
    the stretch is looked at closely: a page of text costs no more than a line, and a whole paper read
    before its pages were kept apart (a megabyte) not much more."""
    patterns = [_needle_pattern(n) for n in needles if n.strip()]
    near = next((hit for n in needles if n.strip() and (hit := _loose_pattern(n).search(text))), None)
    if near is None:
        lo, hi = 0, 3 * width
    else:  # room enough on both sides for the stretch around it, however its spaces fall
        lo, hi = max(0, near.start() - 2 * width), near.end() + 4 * width
    shown = _snippet_within(text, lo, hi, patterns, width)
    if near is not None and not shown.marks and (lo or hi < len(text)):
        shown = _snippet_within(text, 0, len(text), patterns, width)  # spaces and marks in odd places
    return shown


def _snippet_within(text: str, lo: int, hi: int, patterns: Sequence[re.Pattern[str]], width: int) -> Snippet:
    """``snippet`` as found in ``text[lo:hi]``, with "…" also where text was left out beyond it."""
    marked = " ".join(text[lo:hi].split())
    found = next((hit for p in patterns if (hit := p.search(marked))), None)
    start = 0
    if found is not None:
        start = _between_words(marked, max(0, found.start() - width // 3), found.start())
    end = start + width
    end += marked.count(WORD_MARK, start, end)  # the word marks in the stretch take no room when shown
    if found is not None:
        end = max(found.end(), end)
    end = min(end, len(marked))
    if end < len(marked):
        end = _between_words(marked, end, len(marked), forward=True)
    piece = " ".join(marked[start:end].replace(WORD_MARK, "").split())
    head = "…" if marked[:start].strip(_GAPS) or _TEXT.search(text, 0, lo) else ""
    tail = "…" if marked[end:].strip(_GAPS) or _TEXT.search(text, hi) else ""
    shown = head + piece + tail
    return Snippet(shown, tuple(_marks(shown, patterns)))


_TEXT = re.compile(r"[^\s\u200b]")  # anything shown


def _loose_pattern(needle: str) -> re.Pattern[str]:
    """Where a needle may lie in a text as it is, any spaces or word marks between its characters: the
    first place, to look closely around."""
    parts = [f"[{c}{THAI_DIGITS[int(c)]}]" if "0" <= c <= "9" else re.escape(c) for c in _squeeze(needle)]
    return re.compile("[\\s\u200b]*".join(parts), re.IGNORECASE)


_GAPS = " " + WORD_MARK


def _needle_pattern(needle: str) -> re.Pattern[str]:
    """A needle (folded: lower case, Arabic digits) as it may stand in a text not folded: in any case,
    its digits Arabic or Thai, a space or a word mark between any two of its characters."""
    parts = [f"[{c}{THAI_DIGITS[int(c)]}]" if "0" <= c <= "9" else re.escape(c) for c in _squeeze(needle)]
    return re.compile("[\\s\u200b]?".join(parts), re.IGNORECASE)


_NEAR = 15  # how far a cut moves to fall between words


def _between_words(marked: str, at: int, limit: int, *, forward: bool = False) -> int:
    """A place between words near ``at`` (after a space or a word mark): the nearest before it within
    reach, else the first after it up to ``limit`` (with ``forward``: the nearest after it); ``at``
    itself, moved off any vowel or tone mark, when none is near."""
    if at == 0:
        return 0
    if forward:
        ahead = _first_gap(marked, at, at + _NEAR)
        return ahead if ahead >= 0 else _off_marks(marked, at)
    near = max(0, at - _NEAR)
    before = max(marked.rfind(" ", near, at + 1), marked.rfind(WORD_MARK, near, at + 1))
    if before >= 0:
        return _off_marks(marked, before + 1)
    ahead = _first_gap(marked, at, limit)
    return _off_marks(marked, ahead + 1 if ahead >= 0 else at)


def _first_gap(marked: str, start: int, end: int) -> int:
    """The first space or word mark in ``marked[start:end]``; -1 when there is none."""
    found = [i for i in (marked.find(" ", start, end), marked.find(WORD_MARK, start, end)) if i >= 0]
    return min(found, default=-1)


def _off_marks(text: str, at: int) -> int:
    """``at`` moved past the gaps and the vowels or tone marks there: a stretch starts with a letter
    (a space then a word mark then a stray vowel would otherwise show the vowel first)."""
    while at < len(text) and (text[at] in _GAPS or unicodedata.category(text[at]) == "Mn"):
        at += 1  # never cut between a letter and its vowel or tone mark
    return at


def _marks(text: str, patterns: Iterable[re.Pattern[str]]) -> list[tuple[int, int]]:
    marks: list[tuple[int, int]] = []
    for pattern in patterns:  # longest first: a shorter needle inside a marked one adds nothing
        for found in pattern.finditer(text):
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
