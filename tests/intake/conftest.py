"""Fixtures that generate well-formed, damaged and hostile files in tmp_path (nothing is checked in)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PNG_1X1 = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
GOOD_PAGES = 3


def good_pdf_bytes(pages: int = GOOD_PAGES, marker: str = "Agenda") -> bytes:
    """A small multi-page PDF with text, as reportlab writes it (uncompressed page content)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"{marker} item {n}")
        c.drawString(72, 740, "Budget approval for the committee")
        c.showPage()
    c.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1, *, xref: bool = True) -> bytes:
    """Assemble a classic PDF by hand: ``objects[k]`` is the body of object k+1."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, start)
    return bytes(out)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture
def make_good_pdf(tmp_path: Path) -> Callable[..., Path]:
    def make(name: str = "good.pdf", pages: int = GOOD_PAGES, marker: str = "Agenda") -> Path:
        return _write(tmp_path / name, good_pdf_bytes(pages, marker))

    return make


@pytest.fixture
def good_pdf(make_good_pdf: Callable[..., Path]) -> Path:
    return make_good_pdf()


def build_truncated_pdf(directory: Path) -> Path:
    data = good_pdf_bytes()
    return _write(directory / "truncated.pdf", data[: len(data) // 2])


@pytest.fixture
def truncated_pdf(tmp_path: Path) -> Path:
    return build_truncated_pdf(tmp_path)


def build_repairable_pdf(directory: Path) -> Path:
    """Garbage inserted between two objects in the middle (every later xref offset is now wrong)."""
    data = good_pdf_bytes()
    middle = data.index(b"endobj\n", len(data) // 2) + len(b"endobj\n")
    garbage = b"\n" + bytes((i * 131 + 7) % 256 for i in range(777)).replace(b"obj", b"xxx") + b"\n"
    return _write(directory / "repairable.pdf", data[:middle] + garbage + data[middle:])


@pytest.fixture
def repairable_pdf(tmp_path: Path) -> Path:
    return build_repairable_pdf(tmp_path)


def build_unrepairable_pdf(directory: Path) -> Path:
    """A PDF header followed by noise: no objects for qpdf to recover."""
    noise = bytes((i * 97 + 13) % 251 for i in range(20_000))
    return _write(directory / "broken.pdf", b"%PDF-1.7\n" + noise.replace(b"obj", b"ojb") + b"\n%%EOF\n")


@pytest.fixture
def unrepairable_pdf(tmp_path: Path) -> Path:
    return build_unrepairable_pdf(tmp_path)


def build_encrypted_user_pdf(directory: Path) -> Path:
    path = directory / "secret.pdf"
    with pikepdf.open(io.BytesIO(good_pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="letmein", owner="owner-pw", R=6))
    return path


@pytest.fixture
def encrypted_user_pdf(tmp_path: Path) -> Path:
    return build_encrypted_user_pdf(tmp_path)


def build_encrypted_owner_only_pdf(directory: Path) -> Path:
    """Opens without a password (empty user password) but is encrypted with an owner password."""
    path = directory / "restricted.pdf"
    with pikepdf.open(io.BytesIO(good_pdf_bytes())) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user="", owner="owner-pw", R=4))
    return path


@pytest.fixture
def encrypted_owner_only_pdf(tmp_path: Path) -> Path:
    return build_encrypted_owner_only_pdf(tmp_path)


def build_many_pages_pdf(directory: Path) -> Path:
    """2,000 pages sharing one small content stream."""
    path = directory / "many-pages.pdf"
    pdf = pikepdf.new()
    content = pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (Minutes) Tj ET")
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    for _ in range(2_000):
        pdf.pages.append(
            pikepdf.Page(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Page,
                    MediaBox=[0, 0, 612, 792],
                    Contents=content,
                    Resources=resources,
                )
            )
        )
    pdf.save(path)
    pdf.close()
    return path


@pytest.fixture
def many_pages_pdf(tmp_path: Path) -> Path:
    return build_many_pages_pdf(tmp_path)


def build_self_referencing_pdf(directory: Path) -> Path:
    """The root /Pages node lists itself among its /Kids."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ]
    return _write(directory / "looping.pdf", raw_pdf(objects))


@pytest.fixture
def self_referencing_pdf(tmp_path: Path) -> Path:
    return build_self_referencing_pdf(tmp_path)


def zeros_deflate(total: int, chunk: int = 16 * 1024 * 1024) -> bytes:
    """A valid zlib stream that inflates to ``total`` zero bytes, built without compressing them all.

    After a full flush the compressor forgets its history, so every further chunk of zeros compresses to
    the same bytes: compress two chunks and repeat the second. The stream is closed by hand with an empty
    final block and the Adler-32 of ``total`` zeros, which is ``(total % 65521) << 16 | 1``.
    """
    assert total % chunk == 0
    comp = zlib.compressobj(9)
    first = comp.compress(bytes(chunk)) + comp.flush(zlib.Z_FULL_FLUSH)
    block = comp.compress(bytes(chunk)) + comp.flush(zlib.Z_FULL_FLUSH)
    final_empty_block = b"\x03\x00"
    adler = ((total % 65521) << 16 | 1).to_bytes(4, "big")
    return first + block * (total // chunk - 1) + final_empty_block + adler


def build_bomb_pdf(directory: Path) -> Path:
    """One page whose content stream FlateDecodes to 4 GiB of zeros; the file itself is about 4 MiB."""
    body = zeros_deflate(4 * 1024**3)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        stream,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _write(directory / "bomb.pdf", raw_pdf(objects))


@pytest.fixture
def bomb_pdf(tmp_path: Path) -> Path:
    return build_bomb_pdf(tmp_path)


def build_objstm_bomb_pdf(directory: Path) -> Path:
    """The /Pages node lives in an object stream that inflates to 4 GiB.

    qpdf must inflate the whole object stream to find the node while counting pages, so only the worker's
    memory limit stops it (pypdf's output limits never come into play). Needs a cross-reference stream.
    """
    pages_node = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    payload_head = b"2 0 " + pages_node + b" "
    # The object stream's data: the header and the object, then a flood of zeros (NULs are whitespace).
    comp = zlib.compressobj(9)
    head = comp.compress(payload_head) + comp.flush(zlib.Z_FULL_FLUSH)
    chunk = 16 * 1024 * 1024
    block = comp.compress(bytes(chunk)) + comp.flush(zlib.Z_FULL_FLUSH)  # history is reset: repeatable
    body = head + block * 256 + b"\x03\x00"  # no Adler-32: the reader never gets that far
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    offsets[1] = len(out)
    out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    offsets[3] = len(out)
    out += b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
    offsets[4] = len(out)
    out += b"4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(body)
    out += body + b"\nendstream\nendobj\n"
    offsets[5] = len(out)
    rows = [
        (0, 0, 65535),
        (1, offsets[1], 0),
        (2, 4, 0),  # object 2: compressed, in object stream 4 at index 0
        (1, offsets[3], 0),
        (1, offsets[4], 0),
        (1, offsets[5], 0),
    ]
    xref_data = b"".join(struct.pack(">BIH", kind, field2, field3) for kind, field2, field3 in rows)
    out += (
        b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(xref_data)
        + xref_data
        + b"\nendstream\nendobj\n"
    )
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[5]
    return _write(directory / "objstm-bomb.pdf", bytes(out))


@pytest.fixture
def objstm_bomb_pdf(tmp_path: Path) -> Path:
    return build_objstm_bomb_pdf(tmp_path)


def build_png_named_pdf(directory: Path) -> Path:
    return _write(directory / "x.pdf", PNG_1X1)


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    return _write(tmp_path / "photo.png", PNG_1X1)


@pytest.fixture
def png_named_pdf(tmp_path: Path) -> Path:
    return build_png_named_pdf(tmp_path)


def build_empty_file(directory: Path) -> Path:
    return _write(directory / "empty.pdf", b"")


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    return build_empty_file(tmp_path)


def build_text_file(directory: Path) -> Path:
    return _write(directory / "notes.txt", "Minutes of the meeting — ประชุมคณะกรรมการ\n".encode() * 10)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    return build_text_file(tmp_path)


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        zf.writestr("word/document.xml", '<?xml version="1.0"?><w:document/>')
    return buf.getvalue()


def build_docx_file(directory: Path) -> Path:
    return _write(directory / "report.docx", docx_bytes())


@pytest.fixture
def docx_file(tmp_path: Path) -> Path:
    return build_docx_file(tmp_path)
