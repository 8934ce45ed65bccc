"""The one Thai word breaker gives the same words whichever engine runs newmm: nlpO3 (Rust, what the app
uses) and PyThaiNLP's Python newmm (the reference), over the same dictionary."""

from __future__ import annotations

import random

import pytest

from emeeting.domain.thai_words import WordBreaker

TEXTS = [
    "ที่ประชุมมีมติเห็นชอบตามที่ฝ่ายเลขานุการเสนอโดยให้ศูนย์เทคโนโลยีสารสนเทศและการสื่อสารดำเนินการ"
    "จัดทำแผนปฏิบัติการดิจิทัลระยะห้าปีให้แล้วเสร็จภายในเดือนธันวาคม",
    "รายงานผลการเบิกจ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ คิดเป็นร้อยละ 61.4 (Budget Execution Report)",
    "คลาวด์กลางภาครัฐ (GDCC) และ Data Catalog ของกรม — ผู้ใหญ่บ้านขอให้เร่งปรับปรุงระบบระบายน้ำ!",
    "ก ข  ค\tง\nจ ๆ ฯลฯ เป็นต้น",
    "",
]


def _dictionary_runs(count: int) -> list[str]:
    """Runs of dictionary words without spaces, as Thai is written: every boundary is newmm's to find."""
    from pythainlp.corpus import thai_words

    rng = random.Random(18)
    words = rng.sample(sorted(thai_words()), 5000)
    return ["".join(rng.choices(words, k=rng.randint(2, 12))) for _ in range(count)]


def test_nlpo3_segments_as_pythainlp_newmm_does() -> None:
    pytest.importorskip("nlpo3")
    native, reference = WordBreaker(), WordBreaker(native=False)

    thai = ["ที่ประชุมมีมติเห็นชอบ", "คลาวด์กลางภาครัฐ", "ผู้ใหญ่บ้านขอให้เร่งปรับปรุงระบบระบายน้ำ", "ฯลฯ", "๒๕๖๘"]
    for text in [*TEXTS, *thai, *(run for t in TEXTS for run in t.split()), *_dictionary_runs(400)]:
        assert native.segment(text) == reference.segment(text), text
    runs = [*thai, *_dictionary_runs(200)]
    assert native.segment_runs(runs) == [reference.segment(run) for run in runs]  # cut in one call
    assert native._native is not None  # the fast engine answered, not the fallback


def test_words_join_back_to_the_text() -> None:
    breaker = WordBreaker()
    for text in TEXTS:
        assert "".join(breaker.segment(text)) == text
    assert breaker.segment("การประชุมคณะกรรมการ") == ["การประชุม", "คณะกรรมการ"]
