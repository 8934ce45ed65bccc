"""Certified minutes printed from their frozen text keep what the minutes set from the record keep: no
line breaks inside a name of the record (นาคสวัสดิ์, กรมส่งเสริม…), ครั้งที่ n/yyyy, a number and its unit,
or a date; and the words are exactly the frozen text. (Their lines never collide: test_line_spacing.)"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from emeeting.domain import model as m
from emeeting.domain.thai import to_thai_digits
from emeeting.reports.frozen_minutes import frozen_minutes_pdf
from emeeting.reports.thai_text import Fonts
from emeeting.reports.wording import ReportOptions
from tests.reports.conftest import BANGKOK, body_text, pdftotext
from tests.reports.test_line_spacing import frozen_lines
from tests.reports.test_no_break import ORGANISATION, PHRASES, TEXT


@pytest.fixture(scope="module")
def record(bundle: m.MeetingBundle) -> m.MeetingBundle:
    """The report tests' meeting with a member whose name and organisation the dictionary splits, named
    again and again in the minutes."""
    people = list(bundle.people)
    people[2] = dataclasses.replace(
        people[2], first_name="ญาณวุฒิ", last_name="นาคสวัสดิ์", title="พลตำรวจตรี", organisation=ORGANISATION
    )
    entries = tuple(dataclasses.replace(e, text=f"{TEXT}\n{TEXT}{TEXT}") for e in bundle.minutes_entries)
    return dataclasses.replace(bundle, people=tuple(people), minutes_entries=entries)


@pytest.mark.parametrize("digits", [False, True], ids=["arabic", "thai-digits"])
def test_frozen_minutes_keep_names_numbers_and_dates_on_one_line(
    tmp_path: Path,
    fonts: Fonts,
    record: m.MeetingBundle,
    digits: bool,
) -> None:
    lines = frozen_lines(record)
    pdf = tmp_path / "frozen.pdf"
    options = ReportOptions(lang="th", thai_digits=digits, tz=BANGKOK)
    pdf.write_bytes(frozen_minutes_pdf(record, lines, fonts, options).pdf)
    text = pdftotext(pdf).split("\n")
    flat = "".join(text)
    phrases = [to_thai_digits(p) if digits else p for p in [*PHRASES, "ครั้งที่ 3/2569"]]
    assert sum(flat.count(p) for p in phrases) >= 10
    split = [p for p in phrases if flat.count(p) != sum(line.count(p) for line in text)]
    assert split == [], f"broken across lines: {split}"
    frozen = "".join(line for _part, line in lines)
    assert body_text(pdf).replace(" ", "") == (to_thai_digits(frozen) if digits else frozen).replace(" ", "")
