"""Lists of people from a spreadsheet: CSV or XLSX in, a header and rows of text out.

Files come from other offices and other programs, so nothing here trusts them: the size, the number of rows
and columns and the length of a cell are limited, and a file that cannot be read gives one clear line (a
:class:`~emeeting.domain.errors.RejectedFileError`), never a crash.

CSV may be UTF-8 (with or without the BOM Excel writes) or Thai Windows (cp874, a superset of TIS-620), and
separated by commas, semicolons or tabs. XLSX is read from its first sheet with openpyxl in read-only mode,
with cached formula results instead of formulas. The first non-empty row is the header;
:func:`guess_columns` maps Thai and English header names to the fields of a person.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType

from emeeting.domain.errors import QT_TRANSLATE_NOOP, RejectedFileError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # an XLSX is a zip: refuse one that would unpack to more
MAX_ROWS = 5000  # data rows, without the header
MAX_COLUMNS = 60
MAX_CELL_CHARS = 500

# The fields a column can be mapped to, in the order the import dialog offers them.
FIELDS = (
    "full_name",  # "นายสมชาย ใจดี" in one column: split into title, first and last name on import
    "title",
    "first_name",
    "last_name",
    "position",
    "organisation",
    "email",
    "phone",
    "role",
    "voting",
    "term_start",
    "term_end",
)

# Header names (normalised by _key) per field; Thai as government offices write them, and English.
_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "full_name": ("ชื่อ นามสกุล", "ชื่อ สกุล", "ชื่อและนามสกุล", "full name", "display name"),
        "title": ("คำนำหน้า", "คำนำหน้าชื่อ", "คำนำหน้านาม", "ยศ", "title", "prefix", "salutation"),
        "first_name": ("ชื่อ", "ชื่อจริง", "first name", "firstname", "given name", "name"),
        "last_name": ("นามสกุล", "สกุล", "last name", "lastname", "surname", "family name"),
        "position": ("ตำแหน่ง", "position", "job title"),
        "organisation": (
            "หน่วยงาน",
            "สังกัด",
            "องค์กร",
            "ส่วนราชการ",
            "organisation",
            "organization",
            "agency",
            "department",
        ),
        "email": ("อีเมล", "อีเมล์", "อีเมลล์", "ไปรษณีย์อิเล็กทรอนิกส์", "email", "e mail", "mail"),
        "phone": ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "หมายเลขโทรศัพท์", "โทร", "phone", "telephone", "mobile"),
        "role": (
            "บทบาท",
            "ตำแหน่งในคณะกรรมการ",
            "ตำแหน่งในคณะ",
            "หน้าที่",
            "role",
            "committee role",
        ),
        "voting": ("สิทธิออกเสียง", "สิทธิ์ออกเสียง", "มีสิทธิออกเสียง", "voting", "voting right", "vote"),
        "term_start": ("วันเริ่มวาระ", "เริ่มวาระ", "วันที่เริ่ม", "term start", "start", "from"),
        "term_end": ("วันสิ้นสุดวาระ", "สิ้นสุดวาระ", "ครบวาระ", "วันที่สิ้นสุด", "term end", "end", "until"),
    }
)


def _key(header: str) -> str:
    """A header as compared with the aliases: case, spacing, punctuation and a trailing "*" ignored."""
    return " ".join(re.sub(r"[\s_\-.:*()/]+", " ", header.casefold()).split())


_BY_ALIAS: Mapping[str, str] = MappingProxyType(
    {_key(alias): name for name, aliases in _ALIASES.items() for alias in aliases}
)


@dataclass(frozen=True)
class Table:
    """A sheet as text: ``header`` and ``rows`` (each as long as the header), with each row's number in
    the file (the header's row is ``header_row``; numbers count every line, so a user finds the row)."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    header_row: int = 1


def guess_columns(header: Iterable[str]) -> dict[str, int]:
    """Field name → column index for the headers that name a field (the first column wins)."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        field = _BY_ALIAS.get(_key(name))
        if field is not None and field not in found:
            found[field] = index
    return found


def read_table(path: Path) -> Table:
    """Read a .csv or .xlsx file (by content, the extension only breaks ties); RejectedFileError if not."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name} is larger than {limit} MB"),
                name=path.name,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} could not be read: {reason}"),
            name=path.name,
            reason=error.strerror or error,
        ) from None
    if head.startswith(b"PK"):
        return _read_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the old binary Excel format (an OLE2 container)
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is an old Excel file (.xls); save it as .xlsx or CSV"),
            name=path.name,
        )
    if path.suffix.casefold() == ".xlsx":
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a valid XLSX file"), name=path.name
        )
    return _read_csv(path)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Thai Windows: every byte but a few is defined; one that is not means this is not text at all.
        return data.decode("cp874")
    except UnicodeDecodeError:
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is neither UTF-8 nor Thai (TIS-620) text"), name=name
        ) from None


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # NUL: binary, unless UTF-16
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a text file (CSV) or an XLSX file"), name=path.name
        )
    text = _decode(data, path.name)
    if "\x00" in text:
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a text file (CSV) or an XLSX file"), name=path.name
        )
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or too little to tell: commas
    # Keep the sniffed separator and quote, not its guesses about escapes and quoting rules.
    delimiter, quotechar = dialect.delimiter, dialect.quotechar or '"'
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar=quotechar)
    try:
        return _table(((reader.line_num, row) for row in reader), path.name)
    except csv.Error as error:
        raise RejectedFileError(
            QT_TRANSLATE_NOOP("Errors", "{name} line {line} cannot be read as CSV: {reason}"),
            name=path.name,
            line=reader.line_num,
            reason=error,
        ) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):  # a date cell: Excel has no date type of its own, only datetimes
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 812345678.0 → "812345678"; a phone number typed into a number cell
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)


def _read_xlsx(path: Path) -> Table:
    bad = RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name} is not a valid XLSX file"), name=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise RejectedFileError(
                    QT_TRANSLATE_NOOP("Errors", "{name} unpacks to more than {limit} MB"),
                    name=path.name,
                    limit=MAX_UNZIPPED_BYTES // (1024 * 1024),
                )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise bad from None
    from openpyxl import load_workbook  # only when a spreadsheet is read: it takes a while to import

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about features it skips (validation, styles)
            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0] if workbook.worksheets else None
                if sheet is None:
                    raise RejectedFileError(
                        QT_TRANSLATE_NOOP("Errors", "{name} has no sheet"), name=path.name
                    )
                rows = (
                    (number, [_cell_text(v) for v in values])
                    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                )
                return _table(rows, path.name)
            finally:
                workbook.close()
    except RejectedFileError:
        raise
    except Exception:  # openpyxl raises almost anything on a damaged file; every one means the same
        raise bad from None


def _table(rows: Iterator[tuple[int, list[str]]] | Iterable[tuple[int, list[str]]], name: str) -> Table:
    header: tuple[str, ...] | None = None
    header_row = 0
    data: list[tuple[int, tuple[str, ...]]] = []
    for number, raw in rows:
        cells = [c.strip() for c in raw]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue  # blank lines anywhere are skipped
        if len(cells) > MAX_COLUMNS:
            raise RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name} row {row} has more than {limit} columns"),
                name=name,
                row=number,
                limit=MAX_COLUMNS,
            )
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            raise RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name} row {row} has a cell longer than {limit} characters"),
                name=name,
                row=number,
                limit=MAX_CELL_CHARS,
            )
        if header is None:
            header, header_row = tuple(cells), number
            continue
        if len(data) >= MAX_ROWS:
            raise RejectedFileError(
                QT_TRANSLATE_NOOP("Errors", "{name} has more than {limit} rows; split it into smaller files"),
                name=name,
                limit=MAX_ROWS,
            )
        data.append((number, tuple(cells)))
    if header is None:
        raise RejectedFileError(QT_TRANSLATE_NOOP("Errors", "{name} is empty"), name=name)
    width = max([len(header), *(len(cells) for _, cells in data)])
    header = header + ("",) * (width - len(header))
    return Table(header, tuple((n, cells + ("",) * (width - len(cells))) for n, cells in data), header_row)
