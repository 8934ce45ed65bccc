"""Content decides the type; the file name only breaks ties."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from emeeting.intake import sniff_mime, sniff_path
from emeeting.intake.sniff import (
    CSV,
    DOC,
    DOCX,
    GIF,
    HEAD_SIZE,
    JPEG,
    OCTET,
    OLE,
    PDF,
    PNG,
    PPT,
    PPTX,
    TEXT,
    XLS,
    XLSX,
    ZIP,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def office_zip(*members: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in members:
            zf.writestr(name, "<x/>" * 10)
    return buf.getvalue()


def ole_file(stream_name: str | None, *, directory_sector: int = 1) -> bytes:
    """A minimal compound-file header with one directory sector holding ``stream_name``."""
    header = bytearray(512)
    header[:8] = OLE_MAGIC
    struct.pack_into("<H", header, 0x1E, 9)  # 512-byte sectors
    struct.pack_into("<I", header, 0x30, directory_sector)
    sectors = bytearray(512 * (directory_sector + 1))
    entry = bytearray(128)
    root = "Root Entry".encode("utf-16-le")
    entry[: len(root)] = root
    directory = bytes(entry)
    if stream_name:
        entry = bytearray(128)
        name = stream_name.encode("utf-16-le") + b"\x00\x00"
        entry[: len(name)] = name
        directory += bytes(entry)
    start = 512 * directory_sector
    sectors[start : start + len(directory)] = directory
    return bytes(header) + bytes(sectors)


@pytest.mark.parametrize(
    ("head", "name", "mime"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "doc.pdf", PDF),
        (b"%PDF-1.4\n", "no-extension", PDF),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "picture.png", PNG),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.pdf", PNG),  # the name lies
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg", JPEG),
        (b"\xff\xd8\xff\xe1\x00\x10Exif", "report.pdf", JPEG),
        (b"GIF89a\x01\x00\x01\x00", "anim.gif", GIF),
        (b"GIF87a\x01\x00\x01\x00", "old.gif", GIF),
        (b"Hello, committee.\r\nItem 1\tApproved\n", "notes.txt", TEXT),
        (b"Hello", "fake.pdf", TEXT),  # not a PDF whatever it is called
        ("ประชุม".encode(), "thai.txt", TEXT),
        (b"\xef\xbb\xbfwith a BOM", "bom.txt", TEXT),
        (b"a,b,c\n1,2,3\n", "table.csv", CSV),
        (b"a,b,c\n1,2,3\n", "table.txt", TEXT),
        (b"caf\xe9 cr\xe8me", "latin1.txt", OCTET),  # not UTF-8
        (b"text\x00with NUL", "nul.txt", OCTET),
        (b"\x00" * 64, "zeros.pdf", OCTET),
        (b"\x7fELF\x02\x01\x01", "program.pdf", OCTET),
        (b"", "empty.txt", OCTET),
        (b"junk before\n%PDF-1.4\n", "junk.pdf", PDF),  # readers tolerate junk before the header ...
        (b"about %PDF-1.4 headers\n", "about.txt", TEXT),  # ... but only a .pdf name makes that a PDF
        (OLE_MAGIC + bytes(100), "legacy.doc", DOC),
        (OLE_MAGIC + bytes(100), "legacy.xls", XLS),
        (OLE_MAGIC + bytes(100), "legacy.ppt", PPT),
        (OLE_MAGIC + bytes(100), "mail.msg", OLE),
        (OLE_MAGIC + bytes(100) + "WordDocument".encode("utf-16-le"), "misnamed.xls", DOC),
    ],
)
def test_sniff_mime(head: bytes, name: str, mime: str) -> None:
    assert sniff_mime(head, name) == mime


def test_utf8_cut_in_the_middle_of_a_character_is_still_text() -> None:
    head = ("ก" * HEAD_SIZE).encode()[:HEAD_SIZE]  # 3-byte characters: the cut lands mid-character
    assert len(head) % 3 != 0
    assert sniff_mime(head, "long.txt") == TEXT


@pytest.mark.parametrize(
    ("members", "name", "mime"),
    [
        (["[Content_Types].xml", "_rels/.rels", "word/document.xml"], "a.docx", DOCX),
        (["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"], "a.xlsx", XLSX),
        (["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"], "a.pptx", PPTX),
        (["[Content_Types].xml", "_rels/.rels", "word/document.xml"], "renamed.zip", DOCX),
        (["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"], "wrong.docx", XLSX),
        (["readme.txt", "data.csv"], "archive.zip", ZIP),
        (["readme.txt", "data.csv"], "fake.docx", ZIP),
        # An OOXML package without a recognisable main part: the extension decides, as ZIP otherwise.
        (["[Content_Types].xml", "_rels/.rels"], "macro.xlsm", XLSX),
        (["[Content_Types].xml", "_rels/.rels"], "slides.PPTX", PPTX),
        (["[Content_Types].xml", "_rels/.rels"], "package.zip", ZIP),
    ],
)
def test_zip_based_office_files_by_member_names(
    tmp_path: Path, members: list[str], name: str, mime: str
) -> None:
    data = office_zip(*members)
    path = tmp_path / name
    path.write_bytes(data)
    assert sniff_path(path) == mime
    assert sniff_mime(data[:HEAD_SIZE], name) == mime  # the members are visible in the head too


def test_office_member_beyond_the_head_needs_the_path(tmp_path: Path) -> None:
    filler = [f"customXml/item{n}.xml" for n in range(40)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        for name in filler:
            zf.writestr(name, "x" * 4096)
        zf.writestr("word/document.xml", "<w:document/>")
    path = tmp_path / "big.bin"
    path.write_bytes(buf.getvalue())
    assert sniff_mime(buf.getvalue()[:HEAD_SIZE], path.name) == ZIP
    assert sniff_path(path) == DOCX


def test_zip_with_an_absurd_directory_is_not_indexed(tmp_path: Path) -> None:
    # An end-of-central-directory record claiming 60,000 members: answered without building an index.
    eocd = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 60_000, 60_000, 46 * 60_000, 30, 0)
    path = tmp_path / "many.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(26) + eocd)
    assert sniff_path(path) == ZIP


def test_damaged_zip_falls_back_to_what_the_head_says(tmp_path: Path) -> None:
    path = tmp_path / "cut.docx"
    path.write_bytes(office_zip("[Content_Types].xml", "word/document.xml")[:60])
    assert sniff_path(path) == DOCX


@pytest.mark.parametrize(
    ("stream", "name", "mime"),
    [
        ("WordDocument", "a.doc", DOC),
        ("Workbook", "a.xls", XLS),
        ("Book", "old.xls", XLS),
        ("PowerPoint Document", "a.ppt", PPT),
        ("WordDocument", "misnamed.xls", DOC),
        (None, "unknown.xls", XLS),
        (None, "unknown.bin", OLE),
    ],
)
def test_ole_files_by_directory_entry(tmp_path: Path, stream: str | None, name: str, mime: str) -> None:
    path = tmp_path / name
    path.write_bytes(ole_file(stream, directory_sector=200))  # directory far beyond the head
    assert sniff_path(path) == mime


def test_sniff_path_reads_the_content_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    assert sniff_path(path) == PNG


def test_sniff_path_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        sniff_path(tmp_path / "nope.pdf")
