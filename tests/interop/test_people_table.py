"""Reading people lists from CSV and XLSX: encodings, separators, Thai headers, and broken files refused."""

from __future__ import annotations

import tempfile
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from emeeting.domain.errors import RejectedFileError
from emeeting.interop import people_table
from emeeting.interop.people_table import guess_columns, read_table

THAI_HEADER = ["คำนำหน้า", "ชื่อ", "นามสกุล", "ตำแหน่ง", "หน่วยงาน", "อีเมล", "โทรศัพท์", "บทบาท"]
THAI_ROW = [
    "นาย",
    "สมชาย",
    "ใจดี",
    "ผู้อำนวยการ",
    "กรมบัญชีกลาง",
    "somchai@example.go.th",
    "02 123 4567",
    "ประธาน",
]


def write_csv(path: Path, lines: list[list[str]], encoding: str = "utf-8", sep: str = ",") -> Path:
    path.write_bytes("\r\n".join(sep.join(cells) for cells in lines).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874", "tis-620"])
def test_thai_csv_in_every_encoding_offices_use(tmp_path: Path, encoding: str) -> None:
    table = read_table(write_csv(tmp_path / "people.csv", [THAI_HEADER, THAI_ROW], encoding))
    assert table.header == tuple(THAI_HEADER)
    assert table.rows == ((2, tuple(THAI_ROW)),)


def test_semicolons_tabs_quotes_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text('ชื่อ;นามสกุล;ตำแหน่ง\n\n"สุดา";"รักงาน";"ผู้อำนวยการ; ฝ่ายบริหาร"\n', encoding="utf-8")
    table = read_table(path)
    assert table.rows == ((3, ("สุดา", "รักงาน", "ผู้อำนวยการ; ฝ่ายบริหาร")),)  # row 3: blank line 2 counts
    write_csv(path, [["first name", "last name"], ["Anna", "Schmidt"]], sep="\t")
    assert read_table(path).rows == ((2, ("Anna", "Schmidt")),)


def test_short_rows_are_padded_to_the_header(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "p.csv", [["ชื่อ", "นามสกุล", "อีเมล"], ["สุดา"]]))
    assert table.rows == ((2, ("สุดา", "", "")),)


def test_xlsx_first_sheet_with_dates_numbers_and_formulas(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["ชื่อ", "นามสกุล", "โทรศัพท์", "วันเริ่มวาระ", "รวม"])
    sheet.append(["วิชัย", "มั่นคง", 812345678, datetime(2026, 1, 1), "=1+1"])
    sheet.append([None, None, None, None, None])
    sheet.append(["ปราณี", "ขยัน", None, date(2026, 2, 1), None])
    book.save(tmp_path / "people.xlsx")
    table = read_table(tmp_path / "people.xlsx")
    # openpyxl writes no cached formula results: a formula cell reads as empty, never as its formula
    assert table.rows == (
        (2, ("วิชัย", "มั่นคง", "812345678", "2026-01-01", "")),
        (4, ("ปราณี", "ขยัน", "", "2026-02-01", "")),
    )


def test_thai_and_english_headers_are_recognised() -> None:
    assert guess_columns(THAI_HEADER) == {
        "title": 0,
        "first_name": 1,
        "last_name": 2,
        "position": 3,
        "organisation": 4,
        "email": 5,
        "phone": 6,
        "role": 7,
    }
    english = [
        "Title",
        "First Name",
        "Surname",
        "E-mail",
        "Organization",
        "Voting right",
        "Term start",
        "Notes",
    ]
    assert guess_columns(english) == {
        "title": 0,
        "first_name": 1,
        "last_name": 2,
        "email": 3,
        "organisation": 4,
        "voting": 5,
        "term_start": 6,
    }
    assert guess_columns(["ชื่อ - นามสกุล", "สิทธิ์ออกเสียง"]) == {"full_name": 0, "voting": 1}


def refused(path: Path) -> str:
    with pytest.raises(RejectedFileError) as caught:
        read_table(path)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


def test_broken_files_are_refused_with_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    assert "is empty" in refused(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_text("\n ,, \n\n", encoding="utf-8")
    assert "is empty" in refused(tmp_path / "blank.csv")
    (tmp_path / "truncated.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    assert "not a valid XLSX" in refused(tmp_path / "truncated.xlsx")
    (tmp_path / "renamed.xlsx").write_bytes(b"just some text, not a spreadsheet")
    assert "not a valid XLSX" in refused(tmp_path / "renamed.xlsx")
    with zipfile.ZipFile(tmp_path / "other.xlsx", "w") as archive:
        archive.writestr("hello.txt", "a zip, but not a workbook")
    assert "not a valid XLSX" in refused(tmp_path / "other.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert "old Excel file" in refused(tmp_path / "old.xls")
    (tmp_path / "binary.csv").write_bytes(b"name\x00\x01\x02\xff\xfe")
    assert "not a text file" in refused(tmp_path / "binary.csv")
    (tmp_path / "quote.csv").write_bytes(b'a,b\n"x\x00y",z\n')
    refused(tmp_path / "quote.csv")
    assert "could not be read" in refused(tmp_path / "missing.csv")


def test_limits_on_size_rows_columns_and_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(people_table, "MAX_ROWS", 3)
    monkeypatch.setattr(people_table, "MAX_FILE_BYTES", 2000)
    many = write_csv(tmp_path / "many.csv", [["ชื่อ"], *[[f"n{i}"] for i in range(4)]])
    assert "more than 3 rows" in refused(many)
    assert read_table(write_csv(tmp_path / "ok.csv", [["ชื่อ"], ["a"], ["b"], ["c"]])).rows[-1] == (4, ("c",))
    big = tmp_path / "big.csv"
    big.write_bytes(b"a\n" * 1500)
    assert "larger than" in refused(big)
    wide = write_csv(tmp_path / "wide.csv", [["x"] * (people_table.MAX_COLUMNS + 1)])
    assert "columns" in refused(wide)
    long_cell = write_csv(tmp_path / "long.csv", [["ชื่อ"], ["ก" * (people_table.MAX_CELL_CHARS + 1)]])
    assert "row 2 has a cell longer" in refused(long_cell)


def test_a_zip_that_would_unpack_to_too_much_is_not_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(people_table, "MAX_UNZIPPED_BYTES", 10_000)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 100_000)
    assert "unpacks to more than" in refused(path)


def test_excel_unicode_text_utf16_with_tabs(tmp_path: Path) -> None:
    path = tmp_path / "people.txt"
    path.write_bytes("ชื่อ\tนามสกุล\r\nสุดา\tรักงาน\r\n".encode("utf-16"))
    assert read_table(path).rows == ((2, ("สุดา", "รักงาน")),)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.text(alphabet=st.sampled_from(list('ab,;\t"\n\r ก๐')), max_size=200).map(str.encode),
        st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b),
    ),
    st.sampled_from(["list.csv", "list.xlsx", "list.txt"]),
)
def test_any_bytes_give_a_table_or_one_clear_refusal(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            table = read_table(path)
        except RejectedFileError as error:
            assert "\n" not in str(error)
        else:
            assert all(len(cells) == len(table.header) for _, cells in table.rows)
