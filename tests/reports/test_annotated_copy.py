"""Export my annotated copy (reports/annotated_copy.py): the marks come back as standard PDF annotations
through two independent readers (pypdf, and qpdf's JSON), and poppler draws them where they belong."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pikepdf
import pypdf
import pytest
from PIL import Image

from emeeting.domain import model as m
from emeeting.domain.errors import ValidationError
from emeeting.reports.annotated_copy import annotate_pdf, pdf_date, write_annotated_copy
from emeeting.reports.demo_documents import make_demo_pdf
from emeeting.reports.thai_text import Fonts
from tests.reports.conftest import FONT_DIR

NOTE = "ตรวจสอบวงเงินงบประมาณ ผู้ใหญ่บ้าน ปู่ย่า ศักดิ์สิทธิ์ อีกครั้ง"
MADE = datetime(2026, 3, 3, 2, 30, tzinfo=UTC)
A4_HEIGHT = 841.89


@pytest.fixture(scope="module")
def paper(fonts: Fonts) -> bytes:
    return make_demo_pdf("รายงานผลการดำเนินงาน", ("ศูนย์ฯ ได้จัดทำร่างแผนแล้วเสร็จ " * 20,), 3, FONT_DIR, fonts=fonts)


def marks(paper: bytes) -> list[m.Annotation]:
    sha = hashlib.sha256(paper).hexdigest()
    common: dict[str, Any] = {
        "meeting_id": "meeting",
        "owner": "anchalee",
        "sha256": sha,
        "author": "นางสาวอัญชลี พงษ์พานิช",
    }
    return [
        m.Annotation(
            shape=m.AnnotationShape.HIGHLIGHT,
            id="hl-1",
            page=0,
            geometry="[[100, 300, 300, 320], [100, 322, 200, 342]]",
            quote="ศูนย์ฯ ได้จัดทำร่างแผน",
            text=NOTE,
            color="#ffd54f",
            **common,
        ),
        m.Annotation(
            shape=m.AnnotationShape.UNDERLINE,
            id="ul-1",
            page=1,
            geometry="[[100, 400, 300, 420]]",
            color="#1e88e5",
            **common,
        ),
        m.Annotation(
            shape=m.AnnotationShape.INK,
            id="ink-1",
            page=2,
            geometry="[[[100, 500], [150, 550], [200, 500]], [[250, 500]]]",
            color="#e53935",
            **common,
        ),
        m.Annotation(
            shape=m.AnnotationShape.STICKY, id="st-1", page=0, geometry="[400, 100]", text=NOTE, **common
        ),
        m.Annotation(
            shape=m.AnnotationShape.ITEM_NOTE, id="item-1", item_id="item", text="no place", **common
        ),
        m.Annotation(
            shape=m.AnnotationShape.HIGHLIGHT,
            id="old-1",
            page=0,
            sha256="0" * 64,  # made on another version of the paper
            geometry="[[100, 100, 200, 120]]",
            meeting_id="meeting",
            owner="anchalee",
        ),
        m.Annotation(
            shape=m.AnnotationShape.HIGHLIGHT,
            id="far-1",
            page=9,
            geometry="[[100, 100, 200, 120]]",
            **common,
        ),
    ]


def by_name(annots: list[Any]) -> dict[str, Any]:
    return {a["/NM"]: a for a in annots if "/NM" in a}


def test_the_marks_of_this_version_are_written_and_the_paper_is_untouched(
    tmp_path: Path, paper: bytes
) -> None:
    source = tmp_path / "paper.pdf"
    source.write_bytes(paper)
    dest = tmp_path / "annotated.pdf"
    added = write_annotated_copy(source.read_bytes(), marks(paper), dest, MADE)
    assert added == 4  # not the item note, the earlier version's mark or the one beyond the last page
    assert source.read_bytes() == paper
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left

    reader = pypdf.PdfReader(dest)
    assert len(reader.pages) == 3
    annots = [[a.get_object() for a in page.get("/Annots", [])] for page in reader.pages]
    page0 = by_name(annots[0])
    assert set(page0) == {"hl-1", "st-1"}
    assert set(by_name(annots[1])) == {"ul-1"} and set(by_name(annots[2])) == {"ink-1"}

    hl = page0["hl-1"]
    assert hl["/Subtype"] == "/Highlight"
    assert hl["/Contents"] == NOTE  # the Thai note survives (UTF-16)
    assert hl["/T"] == "นางสาวอัญชลี พงษ์พานิช"
    assert hl["/M"] == "D:20260303023000+00'00'"
    assert [round(float(c), 3) for c in hl["/C"]] == [1.0, 0.835, 0.31]
    quads = [float(v) for v in hl["/QuadPoints"]]
    top, foot = A4_HEIGHT - 300, A4_HEIGHT - 320
    assert quads[:8] == pytest.approx([100, top, 300, top, 100, foot, 300, foot])
    assert len(quads) == 16
    rect = [float(v) for v in hl["/Rect"]]
    assert rect == pytest.approx([99, A4_HEIGHT - 343, 301, A4_HEIGHT - 299])
    assert "/N" in hl["/AP"] and "/Popup" in hl
    assert hl["/Popup"].get_object()["/Subtype"] == "/Popup"

    sticky = page0["st-1"]
    assert sticky["/Subtype"] == "/Text" and sticky["/Contents"] == NOTE
    assert [float(v) for v in sticky["/Rect"]] == pytest.approx([400, A4_HEIGHT - 120, 420, A4_HEIGHT - 100])
    assert sticky["/Popup"].get_object()["/Parent"].get_object()["/NM"] == "st-1"

    ul = by_name(annots[1])["ul-1"]
    assert ul["/Subtype"] == "/Underline" and "/Contents" not in ul and "/Popup" not in ul
    assert [round(float(c), 3) for c in ul["/C"]] == [0.118, 0.533, 0.898]

    ink = by_name(annots[2])["ink-1"]
    assert ink["/Subtype"] == "/Ink"
    strokes = [[float(v) for v in s] for s in ink["/InkList"]]
    assert len(strokes) == 2
    assert strokes[0] == pytest.approx([100, A4_HEIGHT - 500, 150, A4_HEIGHT - 550, 200, A4_HEIGHT - 500])
    assert strokes[1] == pytest.approx([250, A4_HEIGHT - 500])


def qpdf_annotations(pdf: Path) -> list[list[Any]]:
    """Each page's annotations as qpdf's JSON (format 2) gives them: a second reader, in C++."""
    out = subprocess.run(
        ["qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", str(pdf)], capture_output=True, check=True
    )
    data = json.loads(out.stdout)
    objects = data["qpdf"][1]

    def resolve(value: Any) -> Any:
        if isinstance(value, str) and value.endswith(" R"):
            return objects[f"obj:{value}"]["value"]
        return value

    pages = []
    for page in data["pages"]:
        node = resolve(page["object"])
        assert isinstance(node, dict)
        pages.append([resolve(a) for a in resolve(node.get("/Annots", [])) or []])
    return pages


def test_a_second_reader_sees_the_same_annotations(tmp_path: Path, paper: bytes) -> None:
    dest = tmp_path / "annotated.pdf"
    write_annotated_copy(paper, marks(paper), dest, MADE)
    pages = qpdf_annotations(dest)
    subtypes = [sorted(a["/Subtype"] for a in page) for page in pages]
    assert subtypes == [["/Highlight", "/Popup", "/Popup", "/Text"], ["/Underline"], ["/Ink"]]
    hl = next(a for a in pages[0] if a["/Subtype"] == "/Highlight")
    # qpdf writes strings that are not plain ASCII as "u:" followed by the text.
    assert hl["/Contents"] == f"u:{NOTE}" and hl["/NM"] == "u:hl-1"
    assert hl["/QuadPoints"][:2] == pytest.approx([100, A4_HEIGHT - 300])


def render(pdf: Path, page: int, tmp_path: Path, dpi: int = 100) -> Image.Image:
    stem = tmp_path / f"{pdf.stem}-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-cropbox",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page + 1),
            "-l",
            str(page + 1),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return Image.open(f"{stem}.png").convert("RGB")


def colour_at(image: Image.Image, x: float, y: float, dpi: int = 100) -> tuple[int, int, int]:
    """The pixel at (x, y) points from the top-left."""
    pixel = image.getpixel((round(x * dpi / 72), round(y * dpi / 72)))
    assert isinstance(pixel, tuple)
    return pixel[0], pixel[1], pixel[2]


def is_near(pixel: tuple[int, int, int], rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, rgb, strict=True))


def test_poppler_draws_each_mark_where_it_was_made(tmp_path: Path, paper: bytes) -> None:
    dest = tmp_path / "annotated.pdf"
    write_annotated_copy(paper, marks(paper), dest, MADE)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(paper)
    first = render(dest, 0, tmp_path)
    before = render(plain, 0, tmp_path)
    yellow = (255, 213, 79)
    # In the highlight's rectangles, paper that was white is now yellow; outside, nothing changed.
    assert is_near(colour_at(before, 295, 303), (255, 255, 255))
    assert is_near(colour_at(first, 295, 303), yellow)
    assert is_near(colour_at(first, 150, 340), yellow)
    assert is_near(colour_at(first, 250, 340), (255, 255, 255))  # the second rectangle ends at 200
    # The sticky note's icon sits below and right of its point.
    assert is_near(colour_at(first, 410, 110), yellow)
    second = render(dest, 1, tmp_path)
    blue = (30, 136, 229)
    # The underline lies just above the foot of its box, in its colour.
    assert any(is_near(colour_at(second, 200, 420 - dy / 4), blue) for dy in range(1, 8))
    third = render(dest, 2, tmp_path)
    red = (229, 57, 53)
    assert is_near(colour_at(third, 125, 525), red)  # on the first stroke, half-way up
    assert is_near(colour_at(third, 250, 500), red)  # the single point is a dot


def rotated(paper: bytes, rotate: int) -> bytes:
    with pikepdf.open(io.BytesIO(paper)) as pdf:
        for page in pdf.pages:
            page.obj.Rotate = rotate
            page.obj.CropBox = pikepdf.Array([20, 30, 520, 780])  # 500 × 750 points shown
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_a_turned_or_cropped_page_shows_the_mark_where_the_reader_saw_it(
    tmp_path: Path, paper: bytes, rotate: int
) -> None:
    source = rotated(paper, rotate)
    sha = hashlib.sha256(source).hexdigest()
    shown = (500, 750) if rotate in (0, 180) else (750, 500)
    # A highlight at the top-left corner of the page as shown, a red ink line at its bottom-right.
    hl = m.Annotation(
        "meeting", "owner", m.AnnotationShape.HIGHLIGHT, sha256=sha, geometry="[[10, 10, 110, 40]]"
    )
    x, y = shown[0] - 60, shown[1] - 30
    ink = m.Annotation(
        "meeting",
        "owner",
        m.AnnotationShape.INK,
        sha256=sha,
        color="#e53935",
        geometry=f"[[[{x}, {y}], [{x + 40}, {y}]]]",
    )
    data, added = annotate_pdf(source, [hl, ink], MADE)
    assert added == 2
    dest = tmp_path / "turned.pdf"
    dest.write_bytes(data)
    image = render(dest, 0, tmp_path)
    assert image.size == pytest.approx((shown[0] * 100 / 72, shown[1] * 100 / 72), abs=1)
    assert is_near(colour_at(image, 60, 25), (255, 213, 79))
    assert is_near(colour_at(image, 60, 60), (255, 255, 255))
    assert is_near(colour_at(image, x + 20, y), (229, 57, 53))


def test_an_annotation_exported_twice_is_written_once(paper: bytes) -> None:
    once, added = annotate_pdf(paper, marks(paper), MADE)
    twice, again = annotate_pdf(once, [replace_sha(a, once) for a in marks(paper)], MADE)
    assert added == 4 and again == 0
    assert (
        len(pypdf.PdfReader(io.BytesIO(twice)).pages[0].get("/Annots", []).get_object()) == 4
    )  # two marks and two pop-ups


def replace_sha(annotation: m.Annotation, pdf: bytes) -> m.Annotation:
    from dataclasses import replace

    if annotation.sha256 != "0" * 64:
        return replace(annotation, sha256=hashlib.sha256(pdf).hexdigest())
    return annotation


def test_geometry_that_makes_no_sense_is_left_out(paper: bytes) -> None:
    sha = hashlib.sha256(paper).hexdigest()
    bad = [
        m.Annotation("x", "o", m.AnnotationShape.HIGHLIGHT, sha256=sha, geometry="not json"),
        m.Annotation("x", "o", m.AnnotationShape.UNDERLINE, sha256=sha, geometry="[[1, 2, 1, 9]]"),
        m.Annotation("x", "o", m.AnnotationShape.INK, sha256=sha, geometry='[["a"]]'),
        m.Annotation("x", "o", m.AnnotationShape.STICKY, sha256=sha, geometry="[]"),
        m.Annotation("x", "o", m.AnnotationShape.STICKY, sha256=sha, geometry="[NaN, 1]"),
        m.Annotation("x", "o", m.AnnotationShape.HIGHLIGHT, sha256=sha, geometry="[[1, 2, Infinity, 9]]"),
        m.Annotation("x", "o", m.AnnotationShape.INK, sha256=sha, geometry="[[[true, 2]]]"),
    ]
    assert annotate_pdf(paper, bad, MADE)[1] == 0


def test_a_file_that_is_no_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_annotated_copy(b"not a pdf", [], tmp_path / "out.pdf", MADE)
    assert not list(tmp_path.iterdir())


def test_pdf_dates_carry_the_offset() -> None:
    from datetime import timedelta, timezone

    assert (
        pdf_date(datetime(2026, 3, 3, 9, 30, 5, tzinfo=timezone(timedelta(hours=7))))
        == "D:20260303093005+07'00'"
    )


def test_a_protected_paper_keeps_its_protection_and_a_locked_one_is_refused(paper: bytes) -> None:
    with pikepdf.open(io.BytesIO(paper)) as pdf:
        protected, locked = io.BytesIO(), io.BytesIO()
        no_forms = pikepdf.Permissions(modify_form=False)
        pdf.save(protected, encryption=pikepdf.Encryption(owner="office", user="", allow=no_forms))
        pdf.save(locked, encryption=pikepdf.Encryption(owner="office", user="reader"))
    sha = hashlib.sha256(protected.getvalue()).hexdigest()
    mark = m.Annotation("x", "o", m.AnnotationShape.HIGHLIGHT, sha256=sha, geometry="[[10, 10, 50, 30]]")
    data, added = annotate_pdf(protected.getvalue(), [mark], MADE)
    assert added == 1
    with pikepdf.open(io.BytesIO(data)) as out:
        assert out.is_encrypted and not out.allow.modify_form
        assert len(out.pages[0].obj.Annots) == 1
    with pytest.raises(ValidationError):
        annotate_pdf(locked.getvalue(), [], MADE)
