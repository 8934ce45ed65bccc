"""Decide what a file really is from its content; the file name is only a tie-breaker.

A file called ``minutes.pdf`` that starts with a PNG signature is a PNG. The extension is consulted only
when the content leaves a choice open (an OLE container without a recognisable stream name, a ZIP we are
not allowed to look inside, a text file that might be CSV).

Nothing here parses more than a bounded amount of the file, so these functions are safe to call in the
GUI process on untrusted input.
"""

from __future__ import annotations

import codecs
import os
import re
import struct
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
from types import MappingProxyType
from typing import BinaryIO

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
OLE = "application/x-ole-storage"
ZIP = "application/zip"
TEXT = "text/plain"
CSV = "text/csv"
OCTET = "application/octet-stream"

#: How many leading bytes ``sniff_path`` reads (and callers should pass to ``sniff_mime``).
HEAD_SIZE = 64 * 1024

_PDF_MAGIC = b"%PDF-"
# The PDF header may be preceded by junk; readers (and qpdf) look for it in the first 1024 bytes.
_PDF_HEADER_WINDOW = 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # local file header; empty archive
_ZIP_EOCD = b"PK\x05\x06"
_ZIP_EOCD_MIN = 22
_ZIP_TAIL = _ZIP_EOCD_MIN + 0xFFFF  # the EOCD record plus the longest possible archive comment
# Refuse to let zipfile build an index of an absurd central directory (a cheap memory attack).
_ZIP_MAX_MEMBERS = 20_000
_ZIP_MAX_DIRECTORY = 8 * 1024 * 1024

# Read-only views: shared by every call, so nothing may change them.
_OOXML_BY_EXT: Mapping[str, str] = MappingProxyType(
    {".docx": DOCX, ".docm": DOCX, ".xlsx": XLSX, ".xlsm": XLSX, ".pptx": PPTX, ".pptm": PPTX}
)
_OLE_BY_EXT: Mapping[str, str] = MappingProxyType(
    {".doc": DOC, ".dot": DOC, ".xls": XLS, ".xlt": XLS, ".ppt": PPT, ".pps": PPT}
)
# Directory entry names (UTF-16LE) of the main stream of each legacy Office format.
_OLE_STREAMS = (
    ("WordDocument".encode("utf-16-le"), DOC),
    ("Workbook".encode("utf-16-le"), XLS),
    ("Book".encode("utf-16-le") + b"\x00\x00", XLS),  # Excel 5/95; NUL-terminated to not match "Workbook"
    ("PowerPoint Document".encode("utf-16-le"), PPT),
)
# Control bytes other than TAB, LF, FF, CR and ESC mean "binary", even in valid UTF-8.
_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def _ext(file_name: str) -> str:
    return PurePath(file_name).suffix.lower()


def _is_zip(head: bytes) -> bool:
    return head.startswith(_ZIP_MAGICS)


def sniff_mime(head: bytes, file_name: str) -> str:
    """Return the MIME type of a file given its first bytes (ideally ``HEAD_SIZE`` of them).

    Recognises PDF, PNG, JPEG, GIF, Office Open XML (docx/xlsx/pptx), legacy Office (OLE: doc/xls/ppt),
    ZIP, UTF-8 plain text and otherwise answers ``application/octet-stream``. Without the whole file an
    OOXML document is recognised from the member names visible in ``head``; ``sniff_path`` looks at the
    archive's directory instead.
    """
    ext = _ext(file_name)
    if head.startswith(_PDF_MAGIC):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(head, ext)
    if _is_zip(head):
        return _zip_kind_from_names_in(head, ext)
    if ext == ".pdf" and _PDF_MAGIC in head[:_PDF_HEADER_WINDOW]:
        # Junk before the header is tolerated by PDF readers; only trust it when the name agrees,
        # so that a text file that merely mentions "%PDF-" stays a text file.
        return PDF
    if _looks_like_text(head):
        return CSV if ext == ".csv" else TEXT
    return OCTET


def sniff_path(path: str | os.PathLike[str]) -> str:
    """Return the MIME type of the file at ``path`` (see ``sniff_mime``), looking inside ZIP containers.

    Raises ``OSError`` if the file cannot be read.
    """
    p = Path(path)
    with p.open("rb") as fh:
        head = fh.read(HEAD_SIZE)
        mime = sniff_mime(head, p.name)
        if mime in (ZIP, DOCX, XLSX, PPTX):
            return _zip_kind_from_directory(fh, _ext(p.name)) or mime
        if mime in (DOC, XLS, PPT, OLE):
            return _ole_kind_from_directory(fh, head, _ext(p.name)) or mime
    return mime


# --------------------------------------------------------------------------------------------- text


def _looks_like_text(head: bytes) -> bool:
    if not head:
        return False
    data = head[3:] if head.startswith(codecs.BOM_UTF8) else head
    try:
        # Not final: the head may end in the middle of a multi-byte sequence.
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return _BINARY_CONTROLS.search(data) is None


# ---------------------------------------------------------------------------------------------- zip


def _zip_kind(names: Iterable[str], ext: str) -> str:
    """An Office Open XML type from the member names, else from the extension when the archive has the
    OOXML ``[Content_Types].xml``; otherwise a plain ZIP."""
    content_types = False
    for name in names:
        if name.startswith("word/"):
            return DOCX
        if name.startswith("xl/"):
            return XLSX
        if name.startswith("ppt/"):
            return PPTX
        content_types = content_types or name == "[Content_Types].xml"
    return _OOXML_BY_EXT.get(ext, ZIP) if content_types else ZIP


def _zip_kind_from_names_in(head: bytes, ext: str) -> str:
    """Guess from the local file headers that fit in ``head`` (Office writes the key members first)."""
    names: list[str] = []
    pos = 0
    while len(names) < 64 and head.startswith(b"PK\x03\x04", pos) and pos + 30 <= len(head):
        flags, _method = struct.unpack_from("<HH", head, pos + 6)
        comp_size = struct.unpack_from("<I", head, pos + 18)[0]
        name_len, extra_len = struct.unpack_from("<HH", head, pos + 26)
        names.append(head[pos + 30 : pos + 30 + name_len].decode("utf-8", "replace"))
        if flags & 0x08:  # sizes follow the data: we cannot skip to the next header
            break
        pos += 30 + name_len + extra_len + comp_size
    return _zip_kind(names, ext)


def _zip_kind_from_directory(fh: BinaryIO, ext: str) -> str | None:
    """Classify a ZIP by its member names; None if the directory is unreadable or unreasonably large."""
    try:
        size = fh.seek(0, os.SEEK_END)
        tail_len = min(size, _ZIP_TAIL)
        fh.seek(size - tail_len)
        tail = fh.read(tail_len)
        at = tail.rfind(_ZIP_EOCD)
        if at < 0 or at + _ZIP_EOCD_MIN > len(tail):
            return None
        members, dir_size = struct.unpack_from("<HI", tail, at + 10)
        if members == 0xFFFF or dir_size == 0xFFFFFFFF:  # ZIP64: Office files never need it
            return ZIP
        if members > _ZIP_MAX_MEMBERS or dir_size > _ZIP_MAX_DIRECTORY:
            return ZIP
        fh.seek(0)
        with zipfile.ZipFile(fh) as zf:
            names = zf.namelist()
    except (OSError, ValueError, EOFError, struct.error, zipfile.BadZipFile, NotImplementedError):
        return None
    return _zip_kind(names, ext)


# ---------------------------------------------------------------------------------------------- OLE


def _ole_kind(head: bytes, ext: str) -> str:
    # Small files often have their directory within the head; otherwise the extension decides.
    for needle, mime in _OLE_STREAMS:
        if needle in head:
            return mime
    return _OLE_BY_EXT.get(ext, OLE)


def _ole_kind_from_directory(fh: BinaryIO, head: bytes, ext: str) -> str | None:
    """Read the first directory sector of an OLE compound file and look for a known stream name."""
    if len(head) < 0x34:
        return None
    try:
        sector_shift = struct.unpack_from("<H", head, 0x1E)[0]
        first_dir_sector = struct.unpack_from("<I", head, 0x30)[0]
        if sector_shift not in (9, 12) or first_dir_sector >= 0xFFFFFFFA:
            return None
        sector_size = 1 << sector_shift
        fh.seek((first_dir_sector + 1) * sector_size)
        directory = fh.read(sector_size)
    except (OSError, ValueError, struct.error):
        return None
    for needle, mime in _OLE_STREAMS:
        if needle in directory:
            return mime
    return _OLE_BY_EXT.get(ext, OLE)
