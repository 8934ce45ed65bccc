"""Thai word segmentation, one segmenter for everything that needs Thai words: where a printed line may
break (``reports.thai_text``) and what the search index holds (``domain.search``). PyThaiNLP is imported
when first needed, never at module import.
"""

from __future__ import annotations

from bisect import bisect_left


class WordBreaker:
    """Thai word segmentation: PyThaiNLP's dictionary-based maximal matching (newmm) over its bundled
    word list; the one place that names the segmenter, so it can be swapped.

    The dictionary is a sorted list searched by bisection, which answers newmm's "which words start
    here" exactly as PyThaiNLP's trie does but is ready in a fraction of the trie's build time (what a
    single command pays). Loaded on first use, once per breaker.
    """

    def __init__(self) -> None:
        self._sorted: list[str] = []
        self._loaded = False

    def _load(self) -> None:
        from pythainlp.corpus import thai_words

        self._sorted = sorted(thai_words())
        self._loaded = True

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

    def __contains__(self, word: str) -> bool:
        i = bisect_left(self._sorted, word)
        return i < len(self._sorted) and self._sorted[i] == word

    def segment(self, text: str) -> list[str]:
        """Words of ``text`` in order (spaces are words of their own), joining back to exactly ``text``."""
        from pythainlp.tokenize.newmm import segment

        if not self._loaded:
            self._load()
        words = [w for w in segment(text, custom_dict=self) if w]  # type: ignore[arg-type]
        if "".join(words) != text:  # never lose text to a tokenizer's normalisation
            return [text]
        return words
