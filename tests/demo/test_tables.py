"""The demo's tables: readable Thai data files, shipped with the package, checked when read."""

from __future__ import annotations

import fnmatch
import shutil
import tomllib
from pathlib import Path

import pytest

from emeeting.demo.tables import TableError, read_tables
from emeeting.domain.model import MemberRole

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "emeeting" / "demo" / "data"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the data files to spoil."""
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_thai_text_is_written_as_thai_not_escaped() -> None:
    committees = (DATA / "committees.toml").read_text(encoding="utf-8")
    assert 'name = "คณะกรรมการบริหารเทคโนโลยีสารสนเทศ"' in committees
    for path in DATA.glob("*.toml"):
        assert "\\u0e" not in path.read_text(encoding="utf-8").lower(), path.name


def test_the_tables_describe_three_committees_in_two_languages() -> None:
    tables = read_tables()
    assert [c.short_name for c in tables.committees] == ["ICT", "PMQA", "DTSC"]
    assert {c.language for c in tables.committees} == {"th", "en"}
    for committee in tables.committees:
        assert [s.role for s in committee.seats].count(MemberRole.CHAIR) == 1
        assert all(t.doc in tables.documents for t in committee.topics)


def test_every_data_file_ships_in_the_wheel_and_the_bundle() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["emeeting.demo"]
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for path in DATA.iterdir():
        name = f"data/{path.name}"
        assert any(fnmatch.fnmatch(name, g) for g in globs), name
    assert '"demo/data/*.toml"' in spec
    assert {p.suffix for p in DATA.iterdir()} == {".toml"}


def test_a_copy_of_the_files_in_another_folder_reads_the_same(data: Path) -> None:
    copy, packaged = read_tables(data), read_tables()
    assert (copy.committees, copy.documents, copy.holidays) == (
        packaged.committees,
        packaged.documents,
        packaged.holidays,
    )
    assert copy.languages["th"].laws == packaged.languages["th"].laws


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("committees.toml", 'organisation = "dga"', 'organisation = "nowhere"', "organisation 'nowhere'"),
        ("committees.toml", 'law = "pdpa"', 'law = "pdpa-2"', "law 'pdpa-2'"),
        ("committees.toml", 'document = "ita"', 'document = "itaa"', "document 'itaa'"),
        ("committees.toml", 'kind = "award"', 'kind = "prize"', "kind 'prize'"),
        ("committees.toml", 'role = "vice_chair"', 'role = "deputy"', "role 'deputy'"),
        ("committees.toml", 'role = "chair"', 'role = "member"', "exactly one chair seat"),
        ("committees.toml", "online = 0.05", "onlin = 0.05", "unknown onlin"),
        ("documents.toml", "pages = 6", 'pages = "six"', "pages must be int"),
        ("documents.toml", "pages = 6", "pages = 0", "at least one page"),
        ("documents.toml", 'key = "budget-th"', 'key = "minutes-th"', "two documents are called"),
        ("holidays.toml", "[4, 6]", "[4, 31]", "[4, 31] is not [month, day]"),
        ("language-th.toml", 'minutes_doc = "minutes-th"', 'minutes_doc = "nope"', "no document 'nope'"),
        ("language-en.toml", 'dates = "english"', 'dates = "klingon"', "dates 'klingon'"),
        ("people.toml", 'names = "rt"', 'names = "fr"', "names 'fr'"),
        ("people.toml", "[organisations.dapd]", "[organisation.dapd]", "unknown organisation"),
        ("people.toml", '["สมชาย", "Somchai"]', '["สมชาย"]', "[Thai, romanised] pairs"),
        ("language-th.toml", 'template = "th"', 'template = "xx"', "no agenda template 'xx'"),
        ("language-th.toml", "noted = ", "noted = ]", "language-th.toml"),
    ],
)
def test_a_slip_in_a_data_file_is_refused_naming_the_file_and_the_slip(
    data: Path, file: str, old: str, new: str, message: str
) -> None:
    edit(data / file, old, new)
    with pytest.raises(TableError, match="demo data") as refused:
        read_tables(data)
    text = str(refused.value)
    assert message in text
    assert file.removesuffix(".toml") in text


def test_a_missing_file_is_refused_by_name(data: Path) -> None:
    (data / "holidays.toml").unlink()
    with pytest.raises(TableError, match=r"holidays\.toml"):
        read_tables(data)
