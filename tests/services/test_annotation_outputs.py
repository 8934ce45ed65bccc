"""A reader's annotations out of the app: the annotated copy of a paper (standard PDF annotations another
reader shows) and the summary of a meeting's annotations, through the service and `emeeting` itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf

from emeeting.domain import model as m
from emeeting.services.container import Services
from tests.services.test_annotations import ME, highlight, ink, paper  # noqa: F401  (fixture)


def sticky(on: m.Document, owner: str = ME, sharing: m.Sharing = m.Sharing.PRIVATE) -> m.Annotation:
    return m.Annotation(
        on.meeting_id,
        owner,
        m.AnnotationShape.STICKY,
        document_id=on.id,
        sha256=on.sha256,
        geometry="[300, 400]",
        text=f"ตรวจตัวเลขอีกครั้ง ({owner})",
        sharing=sharing,
    )


def annots(pdf: Path) -> list[tuple[int, str, str]]:
    """(page, subtype, contents) of every annotation, as pypdf reads them."""
    found = []
    for number, page in enumerate(pypdf.PdfReader(pdf).pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot["/Subtype"] != "/Popup":
                found.append((number, str(annot["/Subtype"]), str(annot.get("/Contents", ""))))
    return sorted(found)


def test_the_annotated_copy_holds_the_readers_marks_and_leaves_the_paper_alone(
    services: Services,
    paper: m.Document,  # noqa: F811
    tmp_path: Path,
) -> None:
    for note in (highlight(paper), ink(paper), sticky(paper), sticky(paper, owner="wichai")):
        services.annotations.add(note)
    stored = services.documents.content_path(paper).read_bytes()

    count = services.annotations.write_annotated_copy(paper.id, owner=ME, dest=tmp_path / "copy.pdf")

    assert count == 3  # another reader's note is not in my copy
    assert annots(tmp_path / "copy.pdf") == [
        (0, "/Text", f"ตรวจตัวเลขอีกครั้ง ({ME})"),
        (1, "/Highlight", ""),
        (1, "/Ink", ""),
    ]
    assert services.documents.content_path(paper).read_bytes() == stored


def test_the_summary_lists_my_notes_and_those_shared_with_me(
    services: Services,
    paper: m.Document,  # noqa: F811
    tmp_path: Path,
) -> None:
    services.annotations.add(sticky(paper))
    services.annotations.add(sticky(paper, owner="wichai", sharing=m.Sharing.COMMITTEE))

    count = services.annotations.write_summary(paper.meeting_id, owner=ME, dest=tmp_path / "summary.pdf")

    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "summary.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert count == 2
    assert f"ตรวจตัวเลขอีกครั้ง ({ME})" in text and "ตรวจตัวเลขอีกครั้ง (wichai)" in text
    assert "หน้า 1" in text


def test_both_are_written_from_the_command_line(
    services: Services,
    paper: m.Document,  # noqa: F811
    tmp_path: Path,
) -> None:
    services.annotations.add(highlight(paper))
    data_dir = services.store.data_dir
    reference = services.meetings.view(paper.meeting_id).summary.reference
    services.close()

    def emeeting(*args: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, "-m", "emeeting", "--data-dir", str(data_dir), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)

    copy = emeeting("annotated-copy", paper.id, "--owner", ME, "-o", str(tmp_path / "copy.pdf"))
    assert copy.returncode == 0, copy.stderr
    assert "(1 annotations)" in copy.stdout and annots(tmp_path / "copy.pdf")[0][1] == "/Highlight"
    summary = emeeting(
        "annotation-summary", reference, "--owner", ME, "--lang", "en", "-o", str(tmp_path / "s.pdf")
    )
    assert summary.returncode == 0, summary.stderr
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    wrong = emeeting("annotated-copy", "no-such-paper", "--owner", ME, "-o", str(tmp_path / "x.pdf"))
    assert wrong.returncode != 0 and "no document with id no-such-paper" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()
    assert json.loads(emeeting("meetings", "--json").stdout)  # the store is still sound
