"""Search's pure rules: what a query asks for (whatever a user types), what the index holds for a text, and
the snippet shown for a hit (its marks on the right characters, Thai and English alike)."""

from __future__ import annotations

import sqlite3
import time
import unicodedata
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emeeting.domain.search import (
    MAX_QUERY_PHRASES,
    MAX_QUERY_WORDS,
    WORD_MARK,
    IndexText,
    Query,
    Snippet,
    fold,
    parse_query,
    snippet,
)
from emeeting.domain.thai_words import WordBreaker
from emeeting.storage.search_index import FTS_TABLE
from emeeting.storage.store import Store

THAI_WORDS = [
    "การประชุม",
    "คณะกรรมการ",
    "งบประมาณ",
    "โครงการ",
    "ระบบ",
    "คลาวด์",
    "ภาครัฐ",
    "ข้อมูล",
    "ส่วนบุคคล",
    "นโยบาย",
    "อนุมัติ",
    "มติ",
    "ที่ประชุม",
    "เห็นชอบ",
    "ระเบียบ",
    "วาระ",
    "เอกสาร",
    "ประกอบ",
    "รายงาน",
    "ครั้งที่",
    "ปี",
    "พิจารณา",
    "ผู้อำนวยการ",
    "ศูนย์",
    "เทคโนโลยี",
    "สารสนเทศ",
]
LATIN_WORDS = [
    "budget",
    "meeting",
    "meetings",
    "cloud",
    "policy",
    "Committee",
    "approved",
    "PROCUREMENT",
    "annex",
]


@pytest.fixture(scope="module")
def breaker() -> WordBreaker:
    return WordBreaker()


@pytest.fixture(scope="module")
def index_text(breaker: WordBreaker) -> IndexText:
    return IndexText(breaker)


@pytest.fixture(scope="module")
def fts(index_text: IndexText, tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    """The index's own FTS5 table (its tokenizer as a new store's migrations make it) over a few texts."""
    store = Store.open(tmp_path_factory.mktemp("store"))
    with store.connection(reading=True) as made:
        (ddl,) = made.execute("SELECT sql FROM sqlite_master WHERE name = ?", [FTS_TABLE]).fetchone()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE search_entries (id INTEGER PRIMARY KEY, title TEXT, words TEXT, parts TEXT)")
    conn.execute(ddl)
    texts = [
        "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ ครั้งที่ ๓/๒๕๖๙",
        "The budget meeting approved the cloud procurement (annex A) AND NOT the rest",
        'ขออนุมัติงบประมาณโครงการระบบคลาวด์ภาครัฐ "ด่วน"',
    ]
    for rowid, text in enumerate(texts, start=1):
        row = [rowid, "", index_text.words(text), index_text.parts(text)]
        conn.execute("INSERT INTO search_entries VALUES (?, ?, ?, ?)", row)
        conn.execute(f"INSERT INTO {FTS_TABLE} (rowid, title, words, parts) VALUES (?, ?, ?, ?)", row)
    yield conn
    conn.close()


def found(conn: sqlite3.Connection, query: Query) -> set[int]:
    if query.empty:
        return set()
    rows = conn.execute(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", [query.match()])
    return {r for (r,) in rows}


# -- queries -------------------------------------------------------------------------------------------


def test_thai_typed_without_spaces_is_cut_into_words(breaker: WordBreaker) -> None:
    query = parse_query("การประชุมคณะกรรมการ", breaker)
    assert query.words == ("การประชุม", "คณะกรรมการ")
    assert query.phrases == ()
    assert parse_query("การประชุม คณะกรรมการ", breaker).words == query.words


def test_the_word_being_typed_and_latin_words_match_as_prefixes(breaker: WordBreaker) -> None:
    query = parse_query("ระบบ budg", breaker)
    assert query.match() == '"ระบบ" AND "budg"*'
    typing = parse_query("ประชุม คณะกรร", breaker)
    assert typing.words[-1] in typing.prefix  # the last word typed, Thai too
    assert "ประชุม" not in typing.prefix  # a whole Thai word before it matches as a word
    # Latin words match as prefixes wherever they are (the stemmer's "meetings" finds "meeting").
    assert parse_query("meetings cloud", breaker).prefix == {"meetings", "cloud"}


def test_quoted_phrases_are_kept_as_written_and_their_words_are_required(breaker: WordBreaker) -> None:
    query = parse_query('"ระบบคลาวด์" งบ', breaker)
    assert query.phrases == ("ระบบคลาวด์",)
    assert query.words == ("ระบบ", "คลาวด์", "งบ")
    assert query.holds_phrases("ขออนุมัติ" + WORD_MARK + "ระบบ" + WORD_MARK + "คลาวด์")
    assert query.holds_phrases("ระบบ คลาวด์")  # spaces aside
    assert not query.holds_phrases("คลาวด์ ระบบ")
    english = parse_query('"Cloud Procurement"', breaker)
    assert english.holds_phrases("the cloud   procurement plan")
    assert not english.holds_phrases("procurement of the cloud")


def test_a_closing_quote_ends_the_word_being_typed(breaker: WordBreaker) -> None:
    query = parse_query('"ระบบคลาวด์"', breaker)
    assert query.prefix == frozenset()  # the phrase is complete: its last word is a word


def test_an_unclosed_quote_still_searches_for_what_was_typed(breaker: WordBreaker) -> None:
    """Typing a phrase, before its closing quote: the words typed so far are searched (search as you type),
    the last one as a prefix."""
    query = parse_query('"ระบบคลาว', breaker)
    assert not query.empty
    assert query.words[0] == "ระบบ"
    assert query.words[-1] in query.prefix
    english = parse_query('budget "cloud procure', breaker)
    assert english.words == ("budget", "cloud", "procure")
    assert "procure" in english.prefix


def test_digits_are_folded_to_arabic(breaker: WordBreaker) -> None:
    assert parse_query("๓/๒๕๖๙", breaker).words == ("3", "2569")
    assert fold("ครั้งที่ ๓ BUDGET") == "ครั้งที่ 3 budget"


ATTACKS = [
    "AND",
    "OR",
    "NOT",
    "a AND b",
    "a OR b",
    "NOT budget",
    "budget NOT cloud",
    "NEAR(budget cloud, 2)",
    "NEAR/3",
    "budg*",
    "*",
    "^budget",
    "(budget",
    "budget)",
    "title:budget",
    "words : cloud",
    "-budget",
    "budget -cloud",
    '"',
    '""',
    '"""',
    'budget"',
    '"budget',
    'a"b"c"d',
    "'budget'",
    "{title words}: budget",
    "budget\x00cloud",
    "\x00",
    "😀",
    "budget 😀 cloud",
    "ประชุม👍🏽งบ",
    "_",
    "budget _",
    "\u0e48\u0e49",  # tone marks with no letter
    "\u200b\u200b",
    "\u202e\u202d",
    "\ufeff",
    "x" * 10_000,
    "ประชุม" * 1700,
    " ".join(f"w{i}" for i in range(2000)),
    '"' * 10_000,
    "(" * 5_000 + ")" * 5_000,
]


@pytest.mark.parametrize("typed", ATTACKS, ids=lambda t: repr(t[:20]))
def test_fts5_syntax_typed_by_users_is_never_syntax(
    typed: str, breaker: WordBreaker, fts: sqlite3.Connection
) -> None:
    query = parse_query(typed, breaker)
    found(fts, query)  # never an FTS5 syntax error
    for word in query.words:
        assert '"' not in word and word.strip() == word and word


def test_fts5_operators_typed_are_searched_as_words(breaker: WordBreaker, fts: sqlite3.Connection) -> None:
    # Row 2 holds "AND NOT" as words; "budget NOT cloud" as FTS5 would take it would exclude row 2.
    assert found(fts, parse_query("budget NOT cloud", breaker)) == {2}
    assert found(fts, parse_query("budget OR ประชุม", breaker)) == set()  # OR is a word, not an operator
    assert found(fts, parse_query("NEAR(budget cloud, 2)", breaker)) == set()  # "near" occurs nowhere
    assert found(fts, parse_query("budget -cloud", breaker)) == {2}
    assert found(fts, parse_query("title:budget", breaker)) == set()  # "title" is not in row 2's text


def test_punctuation_typed_does_not_hide_what_the_words_find(
    breaker: WordBreaker, fts: sqlite3.Connection
) -> None:
    for typed in (
        "budget _",
        "budget 😀",
        "budget\x00",
        "budget ***",
        "(budget)",
        "budget -",
        "budget \u0e48",
    ):
        assert found(fts, parse_query(typed, breaker)) == {2}, typed


def test_thai_and_english_queries_find_their_rows(breaker: WordBreaker, fts: sqlite3.Connection) -> None:
    assert found(fts, parse_query("ประชุม", breaker)) == {1}  # inside การประชุม
    assert found(fts, parse_query("การประชุมคณะกรรมการ", breaker)) == {1}
    assert found(fts, parse_query("คลาวด์", breaker)) == {3}
    assert found(fts, parse_query("cloud", breaker)) == {2}
    assert found(fts, parse_query("MEETINGS", breaker)) == {2}  # case folded, stemmed
    assert found(fts, parse_query("procure", breaker)) == {2}  # prefix
    assert found(fts, parse_query("2569", breaker)) == {1}  # Thai digits in the text
    assert found(fts, parse_query("๒๕๖๙", breaker)) == {1}
    assert found(fts, parse_query("งบประมาณ cloud", breaker)) == set()  # every word must occur


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_typed_parses_and_runs(breaker: WordBreaker, fts: sqlite3.Connection, typed: str) -> None:
    query = parse_query(typed, breaker)
    found(fts, query)
    query.holds_phrases(typed)
    snippet(typed, query.needles())


# -- what the index holds ------------------------------------------------------------------------------


def test_index_text_marks_thai_words_and_gives_the_text_back(index_text: IndexText) -> None:
    text = "การประชุมคณะกรรมการ ครั้งที่ ๓/๒๕๖๙ (budget)"
    words = index_text.words(text)
    assert words.split(WORD_MARK)[:2] == ["การประชุม", "คณะกรรมการ ครั้ง"]
    assert words.replace(WORD_MARK, "") == text


def test_inner_words_of_compounds_and_thai_numbers_are_parts(index_text: IndexText) -> None:
    parts = index_text.parts("การประชุมคณะกรรมการ ครั้งที่ ๓/๒๕๖๙").split()
    assert "ประชุม" in parts
    assert "กรรมการ" in parts
    assert "3" in parts and "2569" in parts
    assert len(parts) == len(set(parts))
    assert all(len(p) >= 3 for p in parts if not p.isdigit())  # no two-letter noise words
    assert index_text.parts("budget 2569") == ""


def test_a_pasted_book_is_searched_by_its_first_words_and_phrases(breaker: WordBreaker) -> None:
    # 20,000 words took seconds to parse and look up; 990 phrases made a query SQLite refused.
    book = parse_query(" ".join(f"word{n}" for n in range(20_000)), breaker)
    quotes = parse_query(" ".join(f'"budget report {n}"' for n in range(2_000)), breaker)
    thai = parse_query(" ".join(f"การประชุม{n}" for n in range(20_000)), breaker)
    assert book.words == tuple(f"word{n}" for n in range(MAX_QUERY_WORDS))
    assert quotes.phrases == tuple(f"budget report {n}" for n in range(MAX_QUERY_PHRASES))
    assert len(thai.words) <= MAX_QUERY_WORDS and len(thai.runs) <= MAX_QUERY_PHRASES


def test_thai_the_breaker_cannot_cut_costs_its_length_not_its_length_cubed(index_text: IndexText) -> None:
    # Garbled Thai from a broken text layer: a long run of consonants the dictionary has no words for.
    # Looking inside it for words took minutes for 8,000 letters, inside the commit that saved the paper.
    letters = "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
    garbled = "".join(letters[(i * 7919) % len(letters)] for i in range(50_000))
    started = time.perf_counter()
    words = index_text.words(garbled)
    index_text.parts(garbled)
    assert words.replace(WORD_MARK, "") == garbled
    assert time.perf_counter() - started < 30  # minutes before; well under a second now


def test_word_marks_already_in_a_text_are_not_doubled(index_text: IndexText) -> None:
    marked = index_text.words("การประชุม")
    assert index_text.words(marked) == marked


thai_letters = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
texts = st.lists(
    st.one_of(
        st.sampled_from(THAI_WORDS),
        st.sampled_from(LATIN_WORDS),
        st.text(thai_letters, max_size=8),
        st.text(max_size=5),
        st.sampled_from([" ", "\n", "\f", "๓/๒๕๖๙", "3/2569", WORD_MARK, "\u0e48", "เ", "…"]),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_words_with_their_marks_removed_are_the_text(index_text: IndexText, text: str) -> None:
    assert index_text.words(text).replace(WORD_MARK, "") == text.replace(WORD_MARK, "")
    index_text.parts(text)


# -- snippets ------------------------------------------------------------------------------------------


def marked(shown: Snippet) -> list[str]:
    return [shown.text[s:e] for s, e in shown.marks]


def test_a_snippet_marks_the_thai_word_found_inside_a_compound(breaker: WordBreaker) -> None:
    text = "ก" * 200 + " ผลการประชุมคณะกรรมการ ที่ดี " + "ข" * 200
    shown = snippet(text, parse_query("ประชุม", breaker).needles())
    assert marked(shown) == ["ประชุม"]
    assert shown.text.startswith("…") and shown.text.endswith("…")
    assert len(shown.text) <= 92


def test_a_snippet_marks_english_whatever_its_case(breaker: WordBreaker) -> None:
    text = "Minutes. " + "Filler words here. " * 20 + "The BUDGET for the Budget year; budgetary notes."
    shown = snippet(text, parse_query("budget", breaker).needles())
    assert marked(shown) == ["BUDGET", "Budget", "budget"]
    assert shown.text.startswith("…") and not shown.text.endswith("…")


def test_a_snippet_marks_a_phrase_whole(breaker: WordBreaker) -> None:
    shown = snippet(
        "We approved the cloud procurement today", parse_query('"cloud procurement"', breaker).needles()
    )
    assert marked(shown) == ["cloud procurement"]
    assert shown.text == "We approved the cloud procurement today"


def test_a_snippet_marks_thai_digits_for_arabic_ones(breaker: WordBreaker) -> None:
    shown = snippet("ครั้งที่ ๓/๒๕๖๙", parse_query("2569", breaker).needles())
    assert marked(shown) == ["๒๕๖๙"]


def test_a_snippet_never_starts_or_ends_inside_a_letter(breaker: WordBreaker) -> None:
    # Every character a vowel or tone mark could be cut before: no spaces for the snippet to start at.
    text = "ที่นี่" * 60 + "คลาวด์" + "ที่นี่" * 60
    shown = snippet(text, parse_query("คลาวด์", breaker).needles())
    body = shown.text.removeprefix("…").removesuffix("…")
    assert unicodedata.category(body[0]) != "Mn"
    assert unicodedata.category(text[text.index(body) + len(body) - 1 + 1]) != "Mn"
    assert marked(shown) == ["คลาวด์"]


def test_a_snippet_never_starts_with_a_stray_vowel_after_a_gap(breaker: WordBreaker) -> None:
    # A space, then a word mark, then a vowel without its letter (text as a broken PDF may give it).
    text = "การประชุม" * 3 + " \u200bิกข"
    shown = snippet(text, parse_query("ข", breaker).needles())
    assert shown.text == "…กข"
    assert marked(shown) == ["ข"]


def test_a_snippet_of_a_whole_paper_in_one_text_is_found_as_in_a_page(breaker: WordBreaker) -> None:
    # Papers read before their pages were kept apart are one text of up to megabytes.
    index_text = IndexText(breaker)
    page = index_text.words("ที่ประชุมพิจารณาแล้วมีมติอนุมัติโครงการจัดหาระบบคลาวด์ของกรม\nตามที่ฝ่ายเลขานุการเสนอ")
    filler = index_text.words("รายละเอียดประกอบการพิจารณา lorem ipsum dolor\n") * 20_000
    needles = parse_query("คลาวด์", breaker).needles()
    alone = snippet(page, needles)
    within = snippet(filler + page + filler, needles)
    assert marked(within) == marked(alone) == ["คลาวด์"]
    assert within.text.startswith("…") and within.text.endswith("…")
    assert alone.text.strip("…") in within.text
    spread = snippet(filler + "the harbour\n\n   crane " + filler, ["harbour crane"])  # across lines
    assert marked(spread) == ["harbour crane"]


def test_a_snippet_of_a_text_without_the_words_is_its_start(breaker: WordBreaker) -> None:
    text = "บรรทัดแรก\nบรรทัดที่สอง " + "ก" * 200
    shown = snippet(text, parse_query("cloud", breaker).needles())
    assert shown.marks == ()
    assert shown.text.startswith("บรรทัดแรก บรรทัดที่สอง")  # line breaks become spaces
    assert shown.text.endswith("…")


@settings(max_examples=300, deadline=None)
@given(texts.map(lambda t: t.replace("…", "")), st.data())
def test_snippet_marks_lie_on_the_needles_within_the_text(
    breaker: WordBreaker, text: str, data: st.DataObject
) -> None:
    plain = " ".join(text.replace(WORD_MARK, "").split())
    if plain:
        start = data.draw(st.integers(0, len(plain) - 1))
        picked = plain[start : start + data.draw(st.integers(1, 12))].strip()
    else:
        picked = ""
    query = parse_query(picked, breaker)
    needles = query.needles()
    shown = snippet(text, needles)
    body = shown.text.removeprefix("…").removesuffix("…")
    assert body in plain
    if body:
        assert unicodedata.category(body[0]) != "Mn" or plain.startswith(body)
    # "…" says text was left out there (a text repeating itself may show the same stretch either way)
    assert shown.text.startswith("…") or plain.startswith(body)
    assert shown.text.endswith("…") or plain.endswith(body)
    if shown.text.startswith("…") or shown.text.endswith("…"):
        assert len(body) < len(plain)
    previous_end = 0
    for s, e in shown.marks:
        assert previous_end <= s < e <= len(shown.text)
        # (a needle is marked with or without spaces between its letters: a phrase across a line break)
        assert "".join(fold(shown.text[s:e]).split()) in {"".join(n.split()) for n in needles}
        previous_end = e


def test_thai_stretches_and_meeting_numbers_typed_are_found_as_written(breaker: WordBreaker) -> None:
    """A name the dictionary does not know is cut into pieces found everywhere ("ริ" in "บริหาร"): the
    stretch typed must occur as written, and only it is marked; so must a number such as 3/2569."""
    name = parse_query("ศิริพร", breaker)
    assert name.runs == ("ศิริพร",)
    assert name.needles() == ("ศิริพร",)
    assert name.holds_phrases("ดร.ศิริพร สายทอง")
    assert not name.holds_phrases("คณะกรรมการบริหาร ประเสริฐ จิราพร")
    number = parse_query("ครั้งที่ ๓/๒๕๖๙", breaker)
    assert number.runs == ("3/2569",)  # ครั้ง|ที่ are dictionary words: found by its words
    assert parse_query("สมชาย", breaker).runs == ("สมชาย",)  # syllables, not words: a name
    assert number.holds_phrases("การประชุม ครั้งที่ 3/2569")
    assert not number.holds_phrases("ครั้งที่ 2/2569 ห้องประชุม ชั้น 3")
    assert parse_query("คลาวด์ budget", breaker).runs == ()  # one word needs no stretch


def test_a_compounds_first_word_is_among_its_parts(index_text: IndexText, breaker: WordBreaker) -> None:
    """The query "ประชุมคณะกรรม" is cut into ประชุม, คณะ, กรรม: each must find "การประชุมคณะกรรมการ"."""
    parts = index_text.parts("การประชุมคณะกรรมการ").split()
    assert {"ประชุม", "คณะ", "กรรม", "กรรมการ"} <= set(parts)


def test_a_snippet_begins_and_ends_between_words(index_text: IndexText) -> None:
    text = index_text.words(
        "ที่ประชุมพิจารณาแล้วเห็นชอบให้ดำเนินการตามที่ฝ่ายเลขานุการเสนอ โดยให้รายงานความคืบหน้าต่อที่ประชุม"
        "คณะกรรมการบริหารเทคโนโลยีสารสนเทศในการประชุมครั้งต่อไป และให้ประสานหน่วยงานที่เกี่ยวข้อง"
    )
    plain, starts, at = "", {0}, 0
    for c in text:  # where each word of the index's text starts, in the plain text
        if c in (WORD_MARK, " "):
            starts.add(at + (c == " "))
        if c != WORD_MARK:
            plain, at = plain + c, at + 1
    found = snippet(text, ("เทคโนโลยีสารสนเทศ",), width=40)
    inner = found.text.strip("…")
    begin = plain.index(inner)
    assert begin in starts and begin + len(inner) in starts | {len(plain)}, found.text
    assert [found.text[a:b] for a, b in found.marks] == ["เทคโนโลยีสารสนเทศ"]


def test_a_snippet_reads_as_stretches_marked_or_not() -> None:
    shown = Snippet("ผลการเบิกจ่ายงบประมาณ 2568", ((13, 21), (22, 26)))
    assert shown.pieces() == [("ผลการเบิกจ่าย", False), ("งบประมาณ", True), (" ", False), ("2568", True)]
    assert Snippet("no marks").pieces() == [("no marks", False)]
