"""Thai word segmentation, one segmenter for everything that needs Thai words: where a printed line may
break (``reports.thai_text``) and what the search index holds (``domain.search``). The segmenter's
libraries are imported when first needed, never at module import.
"""

from __future__ import annotations

import os
import re
import tempfile
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any

# nlpO3 groups the characters around Thai words as PyThaiNLP does only within Thai ("(Budget" is one
# token to PyThaiNLP, two to nlpO3): it is given runs of Thai alone (what the search index segments).
_THAI_ONLY = re.compile(r"[\u0e01-\u0e4e]+")


@cache
def _dictionary() -> tuple[tuple[str, ...], frozenset[str]]:
    """PyThaiNLP's word list, sorted and as a set: read once per process (it never changes in one)."""
    from pythainlp.corpus import thai_words

    words = thai_words()
    return tuple(sorted(words)), frozenset(words)


@cache
def _longest_word() -> int:
    return max(map(len, _dictionary()[0]))


class WordBreaker:
    """Thai word segmentation: dictionary-based maximal matching (newmm) over PyThaiNLP's bundled word
    list; the one place that names the segmenter, so it can be swapped.

    On a run of Thai, newmm runs in nlpO3, PyThaiNLP's own port of it to Rust, which finds the same words
    as PyThaiNLP's newmm (tests/domain/test_thai_words.py holds the two to it) about fifteen times faster:
    what lets a 100-page paper be indexed for search in the transaction that attaches it. Text mixed with
    other scripts and punctuation, and everything where nlpO3 cannot be imported, goes to PyThaiNLP's
    newmm.

    For PyThaiNLP's newmm the dictionary is a sorted list searched by bisection (``prefixes``), which
    answers "which words start here" exactly as PyThaiNLP's trie does but is ready in a fraction of the
    trie's build time (what a single command pays); ``dictionary`` is the same words as a set. Read on
    first use, once per process (every store and every PDF renderer has a breaker); nlpO3 keeps its own
    copy, also once per process.
    """

    def __init__(self, *, native: bool = True) -> None:
        """``native``: use nlpO3 when it can be imported (False: PyThaiNLP's newmm, the reference)."""
        self._sorted: tuple[str, ...] = ()
        self._words: frozenset[str] = frozenset()
        self._loaded = False
        self._want_native = native
        self._native: Any = None  # the nlpo3 module, once our dictionary is loaded in it
        self._native_name = ""

    def _load(self) -> None:
        self._sorted, self._words = _dictionary()
        self._loaded = True

    def _load_native(self) -> None:
        """Give nlpO3 the same dictionary (under a name that changes with PyThaiNLP's version, so that a
        process never segments with an older list); nothing when nlpO3 is not installed."""
        self._want_native = False  # tried once
        try:
            import nlpo3
            import pythainlp
        except ImportError:
            return
        name = f"emeeting-words-{pythainlp.__version__}"
        try:
            nlpo3.segment("ก", name)
        except RuntimeError:  # not loaded in this process yet
            if not self._loaded:
                self._load()
            handle, path = tempfile.mkstemp(prefix="emeeting-words-", suffix=".txt")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    file.write("\n".join(self._sorted))
                _message, loaded = nlpo3.load_dict(path, name)
            finally:
                os.unlink(path)
            if not loaded:
                return
        self._native, self._native_name = nlpo3, name

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        """The dictionary words that ``text`` has at ``start`` (what newmm asks its dictionary)."""
        if not self._loaded:
            self._load()
        found: list[str] = []
        words = self._sorted
        count = len(words)
        for end in range(start + 1, len(text) + 1):
            piece = text[start:end]
            i = bisect_left(words, piece)  # the first word >= piece starts with it, if any word does
            if i == count or not words[i].startswith(piece):
                break
            if words[i] == piece:
                found.append(piece)
        return found

    @property
    def dictionary(self) -> frozenset[str]:
        """Every word the segmenter knows."""
        if not self._loaded:
            self._load()
        return self._words

    @property
    def longest_word(self) -> int:
        """How many characters the dictionary's longest word has."""
        return _longest_word()

    def __contains__(self, word: str) -> bool:
        if not self._loaded:
            self._load()
        return word in self._words

    def segment_runs(self, runs: Sequence[str]) -> list[list[str]]:
        """``segment`` of each run of Thai, in one call to nlpO3 (a line break between runs is a boundary
        newmm never crosses, so each run is cut as on its own)."""
        if self._want_native:
            self._load_native()
        if self._native is None or not all(_THAI_ONLY.fullmatch(run) for run in runs):
            return [self.segment(run) for run in runs]
        words = self._native.segment("\n".join(runs), self._native_name)
        cut: list[list[str]] = [[]]
        for word in words:
            if word == "\n":
                cut.append([])
            elif word:
                cut[-1].append(word)
        if len(cut) != len(runs) or any("".join(w) != run for w, run in zip(cut, runs, strict=True)):
            return [self.segment(run) for run in runs]  # never lose text to a tokenizer's normalisation
        return cut

    def segment(self, text: str) -> list[str]:
        """Words of ``text`` in order (spaces are words of their own), joining back to exactly ``text``."""
        if self._want_native:
            self._load_native()
        if self._native is not None and _THAI_ONLY.fullmatch(text):
            words = [w for w in self._native.segment(text, self._native_name) if w]
        else:
            from pythainlp.tokenize.newmm import segment

            if not self._loaded:
                self._load()
            words = [w for w in segment(text, custom_dict=self) if w]  # type: ignore[arg-type]
        if "".join(words) != text:  # never lose text to a tokenizer's normalisation
            return [text]
        return words
