"""``emeeting about``: what this installation is, where it keeps its data, and whether each bundled
component works on this computer — the first thing IT support asks for.

Every check does a small piece of real work with its component (break Thai text into words, write and
read back a PDF, hash a password), so a build that lacks a library, a data file or a plugin names it here
instead of failing later in front of a user. Qt-free; the Qt checks live in
``emeeting.ui.widgets.components``.
"""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from emeeting import __version__, paths
from emeeting.domain.errors import EmeetingError

THAI_SAMPLE = "การประชุมคณะกรรมการเทคโนโลยีสารสนเทศ"


@dataclass(frozen=True)
class Check:
    """One component: ``ok`` and a line that says what was found (or what is wrong)."""

    name: str
    ok: bool
    detail: str


def installation(data_dir: Path) -> list[tuple[str, str]]:
    """(label, value) lines that say which program this is and which folders it uses."""
    frozen = bool(getattr(sys, "frozen", False))
    translations = sorted(p.name for p in paths.translations_dir().glob("emeeting_*.qm"))
    return [
        ("version", __version__),
        ("program", sys.executable if frozen else f"{sys.executable} -m emeeting (source)"),
        ("data folder", str(data_dir)),
        ("resources", str(paths.resources_dir())),
        ("translations", ", ".join(translations) or "none built"),
    ]


def password_store() -> Check:
    """The keyring backend the sync client keeps its login in, or the session-only fallback's message."""
    from importlib.metadata import entry_points

    import keyring

    from emeeting.services.credentials import Credentials

    present = []
    for entry in entry_points(group="keyring.backends"):
        try:
            entry.load()
        except Exception:  # a backend that cannot load on this system is simply absent
            continue
        present.append(entry.name)
    backends = f"backends in this build: {', '.join(sorted(present)) or 'none'}"
    unavailable = Credentials().check()
    if unavailable is not None:
        return Check("password store", True, f"{unavailable}; {backends}")
    backend = keyring.get_keyring()
    return Check("password store", True, f"{type(backend).__module__}.{type(backend).__name__}; {backends}")


def thai_word_breaking() -> Check:
    from pythainlp.tokenize import word_tokenize

    words = word_tokenize(THAI_SAMPLE, engine="newmm", keep_whitespace=False)
    return Check("Thai word breaking", len(words) > 1, " | ".join(words))


def thai_text_shaping() -> Check:
    import uharfbuzz as hb

    font_file = paths.resources_dir() / "fonts" / "Laksaman.ttf"
    face = hb.Face(font_file.read_bytes())
    buffer = hb.Buffer()
    buffer.add_str(THAI_SAMPLE)
    buffer.guess_segment_properties()
    hb.shape(hb.Font(face), buffer)
    glyphs = len(buffer.glyph_infos)
    missing = sum(1 for info in buffer.glyph_infos if info.codepoint == 0)
    return Check("Thai text shaping", glyphs > 0 and missing == 0, f"{glyphs} glyphs, {missing} missing")


def sample_pdf() -> bytes:
    """A one-page A4 PDF with Thai text in the bundled font, written with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("Laksaman", str(paths.resources_dir() / "fonts" / "Laksaman.ttf")))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Laksaman", 16)
    page.drawString(72, 760, THAI_SAMPLE)
    page.save()
    return out.getvalue()


def pdf_tools(pdf: bytes) -> Check:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        pages = len(document.pages)
    reader = f"pikepdf {pikepdf.__version__} (qpdf {pikepdf.__libqpdf_version__})"
    return Check(
        "PDF writing and reading", pages == 1, f"reportlab wrote {len(pdf)} bytes; {reader} read {pages} page"
    )


def word_documents() -> Check:
    """python-docx, as the minutes in DOCX use it: a header (its own template file) and Thai text."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "ลับ"
    document.add_paragraph(THAI_SAMPLE)
    out = io.BytesIO()
    document.save(out)
    texts = [p.text for p in docx.Document(io.BytesIO(out.getvalue())).paragraphs]
    return Check(
        "Word documents", THAI_SAMPLE in texts, f"python-docx wrote and read {len(out.getvalue())} bytes"
    )


def spreadsheets() -> Check:
    """openpyxl, as the people import reads a workbook: written here, read back in read-only mode."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ชื่อ", "นามสกุล"])
    sheet.append(["สมชาย", "ใจดี"])
    out = io.BytesIO()
    book.save(out)
    rows = list(openpyxl.load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    return Check(
        "spreadsheets", rows[1] == ("สมชาย", "ใจดี"), f"openpyxl {openpyxl.__version__} read {len(rows)} rows"
    )


def server_stack() -> Check:
    import argon2
    import fastapi
    import psycopg
    import uvicorn

    hasher = argon2.PasswordHasher()
    verified = hasher.verify(hasher.hash("sample"), "sample")
    return Check(
        "sync server stack",
        verified,
        f"fastapi {fastapi.__version__}, uvicorn {uvicorn.__version__}, argon2id hashing works, "
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__} libpq {psycopg.pq.version()})",
    )


def sealed_papers(pdf: bytes) -> Check:
    """The cipher of confidential papers on a member's laptop: seal a sample, open it, refuse it altered."""
    import hashlib

    import cryptography

    from emeeting.storage.sealed import KEY_BYTES, KEY_ID_BYTES, seal, unseal

    key, key_id = bytes(range(KEY_BYTES)), bytes(KEY_ID_BYTES)
    sha = hashlib.sha256(pdf).hexdigest()
    sealed = seal(pdf, sha, key_id, key)
    opened = unseal(sealed, sha, lambda _kid: key) == pdf and pdf not in sealed
    altered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    try:
        unseal(altered, sha, lambda _kid: key)
        refused = False
    except EmeetingError:
        refused = True
    return Check(
        "confidential papers", opened and refused,
        f"cryptography {cryptography.__version__}: AES-256-GCM sealed {len(pdf)} bytes, opened them, "
        f"{'refused' if refused else 'ACCEPTED'} an altered copy",
    )  # fmt: skip


def run_checks(extra: Sequence[Callable[[bytes], Check]] = ()) -> list[Check]:
    """Every component check; ``extra`` checks (the Qt ones) get the sample PDF too. Never raises."""
    checks: list[Check] = []

    def attempt(name: str, check: Callable[[], Check]) -> None:
        try:
            checks.append(check())
        except Exception as error:  # the point of the report: say what is broken, keep going
            checks.append(Check(name, False, f"{type(error).__name__}: {error}"))

    pdf = b""

    def make_pdf() -> Check:
        nonlocal pdf
        pdf = sample_pdf()
        return pdf_tools(pdf)

    attempt("password store", password_store)
    attempt("Thai word breaking", thai_word_breaking)
    attempt("Thai text shaping", thai_text_shaping)
    attempt("PDF writing and reading", make_pdf)
    attempt("Word documents", word_documents)
    attempt("spreadsheets", spreadsheets)
    attempt("sync server stack", server_stack)
    attempt("confidential papers", lambda: sealed_papers(pdf))
    for check in extra:
        attempt(check.__name__, functools.partial(check, pdf))
    return checks


def report(data_dir: Path, extra: Sequence[Callable[[bytes], Check]] = ()) -> int:
    """Print the installation and every check; exit status 1 when a component does not work."""
    for label, value in installation(data_dir):
        print(f"{label + ':':<14} {value}")
    checks = run_checks(extra)
    for check in checks:
        print(f"{'ok' if check.ok else 'FAILED':<6} {check.name}: {check.detail}")
    return 0 if all(check.ok for check in checks) else 1
