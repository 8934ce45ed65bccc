"""A paper that is not a PDF becomes one through the real LibreOffice: real .docx files (python-docx),
converted by ``soffice --headless``, checked by the real intake child and made the paper's new version;
LibreOffice missing (a PATH without it), a broken .docx and a conversion that runs out of time each give
one clear line and change nothing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from emeeting.domain import model as m
from emeeting.domain.errors import ConversionCancelled, ConversionError, StaleWriteError, ValidationError
from emeeting.domain.kinds import Kind
from emeeting.intake import convert
from emeeting.intake.sniff import DOCX, PDF
from emeeting.services.container import Services

requires_office = pytest.mark.skipif(
    convert.find_office() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)

Snapshot = Callable[[], dict[str, list[tuple[object, ...]]]]


def word_file(path: Path, *paragraphs: str) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def attach(services: Services, meeting: m.Meeting, path: Path) -> m.Document:
    result = services.documents.attach(meeting.id, None, [path])
    assert result.rejected == ()
    (document,) = result.attached
    return document


def without_office(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PATH that holds a Python but no LibreOffice (what a computer without it has)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    assert convert.find_office() is None


@requires_office
def test_a_word_paper_becomes_a_pdf_as_its_new_version(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    source = word_file(tmp_path / "in" / "m_th.docx", "ระเบียบวาระการประชุม", "เรื่องที่เสนอให้ที่ประชุมทราบ")
    word = attach(services, meeting, source)
    assert (word.name, word.mime_type, word.page_count) == ("m_th", DOCX, None)
    assert services.documents.convertible(word)

    intake = services.documents.to_pdf(word)
    changes = services.documents.new_version(word.id, intake, base=word)

    assert changes.concerns(Kind.DOCUMENT)
    pdf = services.records.get(m.Document, word.id)
    assert (pdf.id, pdf.name, pdf.position, pdf.secrecy) == (word.id, word.name, word.position, word.secrecy)
    assert (pdf.file_name, pdf.mime_type, pdf.page_count) == ("m_th.pdf", PDF, 1)
    assert "ระเบียบวาระการประชุม" in pdf.text
    assert services.store.blobs.read_bytes(pdf.sha256).startswith(b"%PDF-")
    # The Word file is kept: its content stays in the store and the audit trail names the change.
    assert services.store.blobs.read_bytes(word.sha256) == source.read_bytes()
    trail = services.records.audit_trail(word.id)
    assert any("m_th.pdf" in event.summary for event in trail)

    # The board book now binds it.
    result = services.board_book.write(meeting.id, tmp_path / "book.pdf")
    assert result.omitted == ()


@requires_office
def test_converting_twice_at_once_uses_separate_profiles(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    papers = [attach(services, meeting, word_file(tmp_path / f"{n}.docx", f"เอกสาร {n}")) for n in "ab"]
    with ThreadPoolExecutor(2) as pool:
        intakes = list(pool.map(services.documents.to_pdf, papers))
    assert [i.accepted[0].page_count for i in intakes] == [1, 1]
    assert ["เอกสาร a" in intakes[0].accepted[0].text, "เอกสาร b" in intakes[1].accepted[0].text] == [
        True
    ] * 2


@requires_office
def test_a_broken_word_file_is_refused_with_libreoffices_reason_and_nothing_changes(
    services: Services, meeting: m.Meeting, snapshot: Snapshot, tmp_path: Path
) -> None:
    good = word_file(tmp_path / "good.docx", "ข้อความ")
    broken = tmp_path / "in" / "สัญญา.docx"
    broken.parent.mkdir()
    broken.write_bytes(good.read_bytes()[:2000])  # a Word file cut short: a ZIP without its directory
    paper = attach(services, meeting, broken)
    before = snapshot()
    blobs = set(services.store.blobs.all_hashes())

    with pytest.raises(ConversionError) as raised:
        services.documents.to_pdf(paper)

    message = str(raised.value)
    assert message.startswith("สัญญา.docx: LibreOffice could not convert the file to PDF (")
    assert "\n" not in message
    assert snapshot() == before
    assert set(services.store.blobs.all_hashes()) == blobs


def test_without_libreoffice_the_message_says_what_to_do_and_nothing_changes(
    services: Services,
    meeting: m.Meeting,
    snapshot: Snapshot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paper = attach(services, meeting, word_file(tmp_path / "m_th.docx", "ข้อความ"))
    without_office(monkeypatch, tmp_path)
    assert services.documents.office() is None
    before = snapshot()

    with pytest.raises(ConversionError) as raised:
        services.documents.to_pdf(paper)

    assert str(raised.value) == (
        "m_th.docx: LibreOffice is not installed on this computer; install it, or save the file as PDF "
        "in the program that made it and attach the PDF"
    )
    assert snapshot() == before


@requires_office
def test_a_conversion_that_runs_out_of_time_is_stopped(
    services: Services, meeting: m.Meeting, snapshot: Snapshot, tmp_path: Path
) -> None:
    paper = attach(services, meeting, word_file(tmp_path / "slow.docx", "ข้อความ"))
    before = snapshot()

    with pytest.raises(ConversionError) as raised:
        services.documents.to_pdf(paper, timeout_s=0.05)

    expected = "slow.docx: LibreOffice did not finish converting the file within 0.05 seconds"
    assert str(raised.value) == expected
    assert snapshot() == before


@requires_office
def test_a_conversion_the_user_stops_ends_at_once_and_changes_nothing(
    services: Services, meeting: m.Meeting, snapshot: Snapshot, tmp_path: Path
) -> None:
    import threading
    import time

    paper = attach(services, meeting, word_file(tmp_path / "stop.docx", "ข้อความ"))
    before = snapshot()
    stop = threading.Event()
    threading.Timer(0.1, stop.set).start()  # while LibreOffice is still starting
    started = time.monotonic()

    with pytest.raises(ConversionCancelled) as raised:
        services.documents.to_pdf(paper, cancelled=stop.is_set)

    assert time.monotonic() - started < 10
    assert str(raised.value) == "stop.docx: the conversion to PDF was cancelled"
    assert snapshot() == before


def test_a_pdf_is_not_converted_and_an_image_cannot_be(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    from tests.services.conftest import pdf_bytes

    (tmp_path / "a.pdf").write_bytes(pdf_bytes(1))
    pdf = attach(services, meeting, tmp_path / "a.pdf")
    with pytest.raises(ValidationError, match=r"^a\.pdf: is already a PDF$"):
        services.documents.to_pdf(pdf)
    zipped = tmp_path / "pack.zip"
    shutil.make_archive(str(tmp_path / "pack"), "zip", tmp_path, "a.pdf")
    archive = attach(services, meeting, zipped)
    assert not services.documents.convertible(archive)
    with pytest.raises(ConversionError, match="cannot convert this kind of file"):
        services.documents.to_pdf(archive)


@requires_office
def test_a_paper_changed_while_it_was_converted_is_not_replaced(
    services: Services, meeting: m.Meeting, tmp_path: Path
) -> None:
    paper = attach(services, meeting, word_file(tmp_path / "m_th.docx", "ข้อความ"))
    intake = services.documents.to_pdf(paper)
    other = services.documents.intake([word_file(tmp_path / "v2.docx", "ฉบับใหม่")])
    services.documents.new_version(paper.id, other)  # someone attached another version meanwhile

    with pytest.raises(StaleWriteError):
        services.documents.new_version(paper.id, intake, base=paper)
    assert services.records.get(m.Document, paper.id).file_name == "v2.docx"


def test_pdf_names_are_safe_on_every_file_system() -> None:
    assert convert.pdf_name("m_th.docx") == "m_th.pdf"
    assert convert.pdf_name("bad\nname.docx") == "bad_name.pdf"
    assert convert.pdf_name("a:b*c?.doc") == "a_b_c_.pdf"
    assert convert.pdf_name("..docx") == "document.pdf"
    assert convert.pdf_name("") == "document.pdf"
    assert convert.printable_name("bad\nname.docx") == "bad?name.docx"


def test_find_office_looks_on_the_given_path_and_then_the_installers_places(tmp_path: Path) -> None:
    assert convert.find_office(str(tmp_path), extra=[]) is None
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    assert convert.find_office(str(tmp_path), extra=[]) == program
    elsewhere = tmp_path / "LibreOffice" / "program" / "soffice"
    elsewhere.parent.mkdir(parents=True)
    shutil.copy(program, elsewhere)
    assert convert.find_office(os.devnull, extra=[elsewhere]) == elsewhere
