"""`emeeting about` from the source tree: every component named, a broken one reported, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from emeeting.about import Check, report
from emeeting.cli import main


def test_about_names_every_component_and_passes_here(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["--data-dir", str(tmp_path), "about"]) == 0
    output = capsys.readouterr().out
    assert f"data folder:   {tmp_path}" in output
    names = [
        line.split(":")[0].split(maxsplit=1)[1] for line in output.splitlines() if line.startswith("ok ")
    ]
    assert names == [
        "password store",
        "Thai word breaking",
        "Thai text shaping",
        "PDF writing and reading",
        "Word documents",
        "spreadsheets",
        "sync server stack",
        "confidential papers",
        "PDF viewer (QtPdf)",
    ]


def test_a_broken_component_is_named_and_the_exit_status_is_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def printer_driver(pdf: bytes) -> Check:
        raise OSError(f"no printer for {len(pdf)} bytes")

    assert report(tmp_path, extra=[printer_driver]) == 1
    output = capsys.readouterr().out
    assert "FAILED printer_driver: OSError: no printer for" in output
    assert "ok     PDF writing and reading" in output  # the others still ran
